"""One module per measure: each takes what the pipeline built for an article and returns a frozen result."""
