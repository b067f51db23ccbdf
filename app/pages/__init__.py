"""One module per view; each ``render(ctx)`` shows its view and nothing else (``dashboard.py`` routes)."""
