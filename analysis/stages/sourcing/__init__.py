"""Sourcing: who an article lets speak, through which verb, and what it attributes to them."""

from .reader import Vocabulary, analyze_sourcing, summarize, vocabulary

__all__ = ["Vocabulary", "analyze_sourcing", "summarize", "vocabulary"]
