"""Articles in and tables out: files, uploads, web pages (fetched safely), corpus files, CSV."""
