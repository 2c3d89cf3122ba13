"""One base exception for the package, with specific subclasses.

Every error says where (file, line or offset), what was expected, what was
found and how to fix it.  The CLI prints ``str(error)`` and exits non-zero;
the traceback is shown only with ``--debug``.

Errors pickle as themselves (type, message and fields), so an error raised on a
Dask worker reaches the driver as the same subclass with the same message.
"""

from __future__ import annotations

import errno
import re
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


class StorageError(AnalysisError):
    """The file system refused a read or a write: read-only, full, no permission, or a path of the wrong kind."""


# errno -> (expected, found, how to fix) for the faults of the machine users meet.
_STORAGE_FAULTS = {
    errno.ENOSPC: ("free space to write it", "No space left on device",
                   "free space on that disk (or point ANALYSIS_ROOT at a copy on another disk), then run again"),
    errno.EDQUOT: ("free space to write it", "the disk quota is used up", "free space within your quota, then run again"),
    errno.EROFS: ("a writable directory", "a read-only file system",
                  "remount it read-write, or copy the project to a writable place and set ANALYSIS_ROOT to it"),
    errno.EACCES: ("permission to read or write it", "permission denied",
                   "give your user access (chmod/chown), or run as the user who owns the project"),
    errno.EPERM: ("permission to read or write it", "operation not permitted",
                  "give your user access (chmod/chown), or run as the user who owns the project"),
    errno.EISDIR: ("a file", "a directory", "remove or rename the directory; the program creates the file itself"),
    errno.ENOTDIR: ("a directory", "a file (or a path through one)",
                    "remove or rename the file, so that the directory can be there"),
    errno.EEXIST: ("a directory", "a file of that name", "remove or rename the file, so that the directory can be there"),
    errno.ELOOP: ("a regular file", "a symbolic link (never followed: it could point anywhere)",
                  "remove the link; the program creates the file itself"),
}
_WRAPPED_OS_ERROR = re.compile(r"\(os error (\d+)\)")   # how polars (Rust) reports one


def os_error_number(exc: BaseException) -> int | None:
    """The errno of an :class:`OSError`, or of another library's error that wraps one ('... (os error 28)')."""
    if isinstance(exc, OSError) and exc.errno is not None:
        return exc.errno
    match = _WRAPPED_OS_ERROR.search(str(exc))
    return int(match.group(1)) if match else None


def storage_error(exc: BaseException, where: str | Path | None = None, *, needed: str | None = None,
                  free: str | None = None) -> StorageError | None:
    """The one-line message for a fault of the file system (read-only, full, permissions, wrong kind of path),
    or None for any other error.  ``needed``/``free``: the space a full disk lacks, as text."""
    number = os_error_number(exc)
    if number not in _STORAGE_FAULTS:
        return None
    expected, found, fix = _STORAGE_FAULTS[number]
    if number in (errno.ENOSPC, errno.EDQUOT) and needed:
        expected = f"about {needed} free on its disk"
        found = f"{found}{f' ({free} free)' if free else ''}"
        fix = f"free at least {needed} on that disk (or point ANALYSIS_ROOT at a copy on another disk), then run again"
    filename = getattr(exc, "filename", None)
    if where is None or (filename and number not in (errno.ENOSPC, errno.EDQUOT)):
        where = filename or "a file"           # the path refused, unless a full disk's directory says more
    return StorageError(where, expected=expected, found=found, fix=fix)
