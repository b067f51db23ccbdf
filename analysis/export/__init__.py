"""What leaves FrameLens: flat rows for CSV and the self-contained HTML report."""
