"""The one stylesheet FrameLens adds to Streamlit's (pure: a constant, injected once per run by dashboard.py).

What it does: readable contrast for captions and notes (at least 4.5:1); the "word choices at a glance" grid,
which becomes one card per question on a narrow screen; charts that have a list version show the chart on
wide screens and the list on narrow ones (``fl-wide-*`` / ``fl-narrow-*`` container keys); nothing wider than
the screen on a phone; a print stylesheet. No user text ever goes into it.
"""

from __future__ import annotations

from analysis.export.glance import GLANCE_CSS, NARROW_PX

__all__ = [
    "CSS",
    "NARROW_PX",
    "stylesheet_html",
]  # below this width the grid turns into cards (Streamlit stacks its columns below ~640 px)

CSS = (
    GLANCE_CSS
    + f"""
/* contrast: Streamlit's captions are a faded grey (3.9:1); ours are #4b5563 (7.6:1) */
[data-testid="stCaptionContainer"] {{ opacity: 1 !important; }}
[data-testid="stCaptionContainer"], [data-testid="stCaptionContainer"] * {{ color: #4b5563 !important; }}
[data-testid="stWidgetLabel"] p {{ color: #1d1d1f; }}
/* never wider than the screen */
.stMainBlockContainer {{ overflow-wrap: anywhere; }}
.fl-article, .fl-evidence, .fl-legend, .fl-glance, .fl-spot {{ max-width: 100%; overflow-wrap: anywhere; }}
.fl-legend-item {{ white-space: normal; }}
.fl-diffs {{ margin: 0.2rem 0 0.6rem 1.1rem; padding: 0; font-size: 1.02rem; }}
.fl-diffs li {{ margin-bottom: 0.2rem; }}
.fl-caution {{ color: #4b5563; font-size: 0.85rem; }}
/* the spot-it-yourself result */
.fl-found {{ background: #d8f0e3; border-bottom: 2px solid #1a7f4b; }}
.fl-missed {{ background: #fde2c8; border-bottom: 2px dashed #8a3500; }}
.fl-extra {{ background: #e4e4e4; border-bottom: 2px dotted #3d3d3d; }}
.fl-spot sup {{ font-size: max(11px, 0.72em); font-weight: 700; margin-left: 2px; }}
/* charts with a list version: the chart on wide screens, the list on narrow ones */
@media (max-width: {NARROW_PX}px) {{
  [class*="st-key-fl_wide_"] {{ display: none !important; }}
  [data-testid="stHeading"] h1 {{ font-size: 2rem; }}
  [data-testid="stHeading"] h2 {{ font-size: 1.45rem; }}
  [data-testid="stHeading"] h3 {{ font-size: 1.2rem; }}
  [data-testid="stMainBlockContainer"], .stMainBlockContainer {{ padding-left: 0.8rem; padding-right: 0.8rem; }}
}}
@media (min-width: {NARROW_PX + 1}px) {{
  [class*="st-key-fl_narrow_"] {{ display: none !important; }}
}}
/* tables: a visible cue that they scroll sideways */
.fl-scroll-cue {{ font-size: 0.85rem; color: #4b5563; }}
@media (min-width: 1100px) {{ .fl-scroll-cue {{ display: none; }} }}
/* printing a handout from the browser: no app chrome */
@media print {{
  header, [data-testid="stToolbar"], [data-testid="stSidebar"], [data-testid="stDecoration"] {{ display: none !important; }}
}}
"""
)


def stylesheet_html() -> str:
    return f"<style>{CSS}</style>"
