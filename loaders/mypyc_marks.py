"""`mypyc_attr`, the class marker mypyc reads, with no run-time dependency on mypy_extensions.

mypyc reads the decorator when it compiles `loaders` (it resolves the name to
`mypy_extensions.mypyc_attr`); at run time the marker returns the class unchanged, as
mypy_extensions' own does. This module is never compiled.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from mypy_extensions import mypyc_attr as mypyc_attr
else:
    _T = TypeVar("_T")

    def mypyc_attr(*attrs: str, **kwattrs: object) -> Callable[[_T], _T]:
        return lambda cls: cls


__all__ = ["mypyc_attr"]
