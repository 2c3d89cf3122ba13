from .claims import claims_for_articles as process_articles  # noqa: F401  # shim, replaced at merge
