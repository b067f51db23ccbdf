"""What differs between articles: distinctive words, similarity, and the facts each reports or leaves out."""

from .comparison import CompareSettings, Comparison, body_text, compare_articles, load_compare_settings

__all__ = ["CompareSettings", "Comparison", "body_text", "compare_articles", "load_compare_settings"]
