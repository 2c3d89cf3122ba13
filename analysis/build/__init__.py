"""The build: the one package that writes ``data/derived/``.

:func:`build_derived` loads the corpus, finds every numeric mention, turns mentions
into claims, applies the analysts' review decisions, validates each table against
:mod:`analysis.schema` and writes CSV + Parquet, ``datapackage.json`` and
``README.md`` atomically under a lock.  Same inputs, same bytes.

Modules, in the order a build uses them:

- ``inputs``: review decisions, and the fingerprints of the inputs (``build_inputs``, ``code_digest``)
- ``batches``: the batch function: a run of articles -> validated parts
- ``engines`` (+ ``cluster``): map the batch function in this process or on Dask
- ``groups``: claim groups across articles, one pass over all batches
- ``outputs``: the files in ``data/derived/``, and reading a table back
- ``run``: :func:`build_derived`, the orchestration
"""

from .inputs import REVIEW_NOT_APPLIED, build_inputs
from .outputs import TABLE_NAMES, load_table, write_tables
from .run import DEFAULT_BATCH_SIZE, BuildResult, build_derived

__all__ = ["DEFAULT_BATCH_SIZE", "REVIEW_NOT_APPLIED", "TABLE_NAMES", "BuildResult", "build_derived", "build_inputs",
           "load_table", "write_tables"]
