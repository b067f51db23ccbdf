"""The Streamlit app: the only code that imports streamlit.

``session`` (every session-state key, the active lexicon, messages, the one markdown escaper), ``cache``
(cached lexicons, reports, figures, comparisons), ``link`` (the query string), ``exports`` (download
buttons), ``context`` (what a view is given), ``pages/`` (one module per view) and ``render/`` (pure HTML,
figures and table rows: no streamlit there). ``dashboard.py`` sets the page up and routes to a view.
"""
