"""The floor for bench_dashboard.py: a minimal Streamlit app that imports what the dashboard imports and draws one chart.

It imports the same libraries (pandas, plotly, textblob, scikit-learn, syntok) at the top, as a plain app
would, and draws one plotly chart under a title. A selectbox redraws the chart, so a widget change → new
chart can be timed beside the dashboard's selection change. Run with ``streamlit run benchmarks/minimal_app.py``.
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import sklearn.feature_extraction.text  # noqa: F401 (the import is what is measured)
import streamlit as st
import syntok.segmenter  # noqa: F401
import textblob  # noqa: F401

SERIES = ("alpha", "beta", "gamma", "delta")

st.set_page_config(page_title="Minimal", layout="wide")
st.title("Minimal app")
choice = st.selectbox("Series", SERIES, key="series")
k = SERIES.index(choice) + 1
frame = pd.DataFrame({"x": list(range(10)), "y": [(i * k) % 7 for i in range(10)]})
fig = go.Figure(go.Scatter(x=frame["x"], y=frame["y"], mode="lines+markers", name=choice))
fig.update_layout(title={"text": f"chart {choice}"}, height=420)
st.plotly_chart(fig, key="chart")
