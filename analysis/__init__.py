"""Quantitative claims about North Korean troops in Russia, from news articles to charts.

Public API::

    load_corpus()                                   # articles + validated provenance
    find_mentions(text, language="de")              # every numeric expression, with offsets
    extract_claims(text, published="2025-07-02")    # the claims table for any text
    build_derived()                                 # rebuild data/derived/ (python -m analysis build)

Charts (:mod:`analysis.charts`) and notebook tables (:mod:`analysis.views`) are
imported on demand, so the command line stays quick to start.
"""

from . import regex_cache

with regex_cache.module_patterns_kept(__name__):   # the rule modules' patterns from the kept code
    from .build import build_derived
    from .corpus import Article, Provenance, load_corpus
    from .errors import AnalysisError
    from .extract.mentions import find_mentions
    from .pipeline import extract_claims

__all__ = ["AnalysisError", "Article", "Provenance", "build_derived", "extract_claims", "find_mentions", "load_corpus"]
