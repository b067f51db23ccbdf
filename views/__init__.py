"""Small pure helpers for the dashboard: highlighted article HTML, plotly figures, URL state, classroom text.

Only ``views.manage`` imports streamlit; the other modules are plain functions that tests can call directly.
"""
