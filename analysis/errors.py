"""One base exception for the package, with specific subclasses.

Every error says where (file, line or offset), what was expected, what was
found and how to fix it.  The CLI prints ``str(error)`` and exits non-zero;
the traceback is shown only with ``--debug``.

Errors pickle as themselves (type, message and fields), so an error raised on a
Dask worker reaches the driver as the same subclass with the same message.
"""

from __future__ import annotations

from pathlib import Path


class AnalysisError(Exception):
    """Base class of every error this package raises on purpose."""

    def __init__(
        self,
        where: str | Path,
        *,
        expected: str,
        found: str,
        fix: str,
    ) -> None:
        self.where = str(where)
        self.expected = expected
        self.found = found
        self.fix = fix
        super().__init__(
            f"{self.where}: expected {expected}; found {found}. How to fix: {fix}"
        )

    def __reduce__(self):
        # The default (``cls(*args)``) fails: the fields are keyword-only.  Rebuild from the fields,
        # then restore any further attributes a subclass set.
        return _restore_error, (type(self), self.where, self.expected, self.found, self.fix), self.__dict__


def _restore_error(cls: type[AnalysisError], where: str, expected: str, found: str, fix: str) -> AnalysisError:
    """Unpickle an :class:`AnalysisError` subclass from its fields (the subclass's own ``__init__`` is not called)."""
    error = cls.__new__(cls)
    AnalysisError.__init__(error, where, expected=expected, found=found, fix=fix)
    return error


class CorpusError(AnalysisError):
    """An article file or its provenance record is missing, unreadable or inconsistent."""


class ChecksumError(CorpusError):
    """An article's bytes no longer match the sha256 in its provenance record."""


class ProvenanceError(CorpusError):
    """A provenance record has a missing or malformed field."""


class VocabularyError(AnalysisError):
    """A vocabulary data file (quantities, sources, attribution phrases) is malformed."""


class PageError(AnalysisError):
    """A saved web page or a link cannot be read or fetched, or holds no article to add."""


class ReviewError(AnalysisError):
    """A review decision does not fit the raw text or contradicts itself."""


class SchemaError(AnalysisError):
    """A table does not match its schema; it is not written."""


class ParameterError(AnalysisError):
    """A notebook or CLI parameter has the wrong type, range or value."""


class DerivedDataError(AnalysisError):
    """``data/derived/`` is missing or older than the raw data it is built from."""


class RenderError(AnalysisError):
    """A notebook run failed while rendering reports."""
