"""Quantitative claims about North Korean troops in Russia, from news articles to charts.

Public API::

    load_corpus()                       # articles + validated provenance
    find_mentions(text, language="de")  # every numeric expression
    extract_claims(text, published=...) # the claims table for any text
"""

from .corpus import Article, Provenance, load_corpus
from .errors import AnalysisError

__all__ = ["AnalysisError", "Article", "Provenance", "load_corpus"]
