"""Pure pieces of the app (no streamlit): highlight and evidence HTML, plotly figures, table rows, names,
classroom text. Tests call them directly; ``app/pages`` shows what they return."""
