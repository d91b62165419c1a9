"""Doctests here run in a temporary directory with `examples/` linked (see graph/conftest.py)."""

from graph.conftest import doctest_directory

__all__ = ["doctest_directory"]
