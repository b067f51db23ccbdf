"""What leaves FrameLens: flat rows for CSV, the self-contained HTML report, and the one model of a report's
highlights (``marks``) with its renderer (``marks_html``) and palette, which the app draws from too."""
