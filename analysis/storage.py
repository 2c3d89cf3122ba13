"""Atomic writes: every output goes to a temporary file and is renamed into place.

:class:`AtomicOutputs` stages a set of files and renames them all only when
every one was written, so a build killed half-way leaves the previous outputs
intact.  With a journal, the set is one commit: the renames are recorded (in a file
itself renamed into place) before the first one, so a process killed between two
renames leaves the journal, and :func:`finish_commit` completes them.  :func:`exclusive` holds a lock file so two builds never interleave.
Temporaries are created with ordinary permissions (0666 / 0777 less the umask,
applied by the system), so the umask is never read or changed.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import secrets
from collections.abc import Callable, Iterator
from pathlib import Path

from filelock import FileLock, Timeout

from .errors import AnalysisError

log = logging.getLogger(__name__)
_ATTEMPTS = 100  # tries to find a free temporary name


def fsync_dir(directory: Path) -> None:
    """Flush a directory's entries (renames into it) to disk, where the system allows it."""
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _create_unique(directory: Path, prefix: str, suffix: str, create: Callable[[Path], None]) -> Path:
    for _ in range(_ATTEMPTS):
        path = directory / f"{prefix}{secrets.token_hex(4)}{suffix}"
        try:
            create(path)
        except FileExistsError:
            continue
        return path
    raise FileExistsError(f"{directory}: no free name {prefix}*{suffix} after {_ATTEMPTS} tries")


def _new_file(path: Path) -> None:
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))


def make_temp_file(directory: Path, prefix: str, suffix: str = "") -> Path:
    """Create a new empty file ``directory/<prefix><random><suffix>`` (mode 0666 less the umask)."""
    return _create_unique(directory, prefix, suffix, _new_file)


def make_temp_dir(directory: Path, prefix: str) -> Path:
    """Create a new empty directory ``directory/<prefix><random>`` (mode 0777 less the umask)."""
    return _create_unique(directory, prefix, "", lambda path: path.mkdir(mode=0o777))


def sha256_of_file(path: Path) -> str:
    """The sha256 of a file's bytes, read in chunks."""
    with open(path, "rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


class AtomicOutputs:
    """Stage files in temporaries beside their targets; rename all on :meth:`commit`."""

    def __init__(self) -> None:
        self._staged: list[tuple[Path, Path]] = []

    def stage(self, target: Path, write: Callable[[Path], None]) -> None:
        """Call ``write(tmp_path)`` for a temporary beside ``target``."""
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp_path = make_temp_file(target.parent, prefix=f".{target.name}.", suffix=".tmp")
        try:
            write(tmp_path)
            with open(tmp_path, "rb+") as handle:
                os.fsync(handle.fileno())
        except BaseException:
            tmp_path.unlink(missing_ok=True)
            raise
        self._staged.append((tmp_path, target))

    def stage_bytes(self, target: Path, data: bytes) -> None:
        self.stage(target, lambda tmp: tmp.write_bytes(data))

    def stage_text(self, target: Path, text: str) -> None:
        self.stage_bytes(target, text.encode("utf-8"))

    def staged_sha256(self) -> dict[str, str]:
        """``file name -> sha256`` of every file staged so far (what the commit will put in place)."""
        return {target.name: sha256_of_file(tmp) for tmp, target in self._staged}

    def commit(self, journal: Path | None = None, *, then: list[tuple[Path, Path]] = ()) -> list[Path]:
        """Rename every staged file into place; return the targets.

        With ``journal``, the renames are first recorded there and the journal is removed
        after the last one: killed in between, :func:`finish_commit` completes them.  ``then``:
        renames of whole directories made last, in the same commit (their targets must not
        exist: set the old one aside first).
        """
        renames = [*self._staged, *then]
        if journal is not None:
            write_atomic(journal, json.dumps(
                [[os.path.relpath(p, journal.parent) for p in pair] for pair in renames]).encode("utf-8"))
        targets = []
        for tmp, target in renames:
            os.replace(tmp, target)
            targets.append(target)
        for directory in {t.parent for t in targets}:
            fsync_dir(directory)
        self._staged.clear()
        if journal is not None:
            journal.unlink()
            fsync_dir(journal.parent)
        return targets

    def discard(self) -> None:
        for tmp, _ in self._staged:
            tmp.unlink(missing_ok=True)
        self._staged.clear()

    def __enter__(self) -> AtomicOutputs:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.discard()


def write_atomic(target: Path, data: bytes) -> Path:
    """Write one file atomically."""
    with AtomicOutputs() as out:
        out.stage_bytes(target, data)
    return target


def finish_commit(journal: Path) -> bool:
    """Complete the renames a killed :meth:`AtomicOutputs.commit` recorded in ``journal``; True if there was one.

    Every staged file was written and flushed before the journal, so the commit rolls forward:
    a temporary still there is renamed into place, one already renamed is gone.
    """
    try:
        renames = json.loads(journal.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return False
    for tmp, target in renames:
        with contextlib.suppress(FileNotFoundError):
            os.replace(journal.parent / tmp, journal.parent / target)
    fsync_dir(journal.parent)
    journal.unlink()
    fsync_dir(journal.parent)
    log.info("completed the commit a killed process left in %s", journal)
    return True


@contextlib.contextmanager
def exclusive(directory: Path, name: str = ".build.lock", timeout: float = 600) -> Iterator[None]:
    """Hold ``directory/name`` as a lock; a second holder waits (up to ``timeout`` s)."""
    directory.mkdir(parents=True, exist_ok=True)
    lock = FileLock(directory / name)
    try:
        lock.acquire(timeout=0.05)
    except Timeout:
        log.info("waiting for another build to finish (lock %s)", directory / name)
        try:
            lock.acquire(timeout=timeout)
        except Timeout:
            raise AnalysisError(
                directory / name, expected="the lock to be released",
                found=f"another process held it for {timeout:.0f} s",
                fix="wait for the other build or render to finish, or stop it",
            ) from None
    try:
        yield
    finally:
        lock.release()
