"""Errors (analysis.errors): every AnalysisError pickles as itself, as it must to come back from a Dask worker."""

from __future__ import annotations

import pickle

import pytest

from analysis import errors


def _subclasses(cls: type) -> list[type]:
    return [cls, *(s for sub in cls.__subclasses__() for s in _subclasses(sub))]


@pytest.mark.parametrize("cls", [pytest.param(c, id=c.__name__) for c in _subclasses(errors.AnalysisError)])
def test_every_error_pickles_as_itself(cls: type):
    error = cls("data/raw/articles/a.txt", expected="sha256 abc", found="sha256 def", fix="restore the file")
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is cls
    assert str(copy) == str(error) == "data/raw/articles/a.txt: expected sha256 abc; found sha256 def. How to fix: restore the file"
    assert (copy.where, copy.expected, copy.found, copy.fix) == (error.where, error.expected, error.found, error.fix)


def test_attributes_a_subclass_adds_survive_pickling():
    error = errors.ReviewError("review.yaml:3", expected="a", found="b", fix="c")
    error.line = 3
    assert pickle.loads(pickle.dumps(error)).line == 3
