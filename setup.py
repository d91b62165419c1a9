"""Build hook for the compiled extractor: `ERG_MYPYC=1` compiles `loaders/` with mypyc.

By default (and always for editable installs) erg installs as pure Python. With `ERG_MYPYC=1`,
a regular install compiles the extractor's modules with mypyc (about twice as fast per article):

    pip install 'mypy==2.4.1' 'setuptools>=70'  # mypyc ships with mypy
    ERG_MYPYC=1 pip install --no-build-isolation .

Editable installs stay pure Python, because a compiled module beside its source is imported
first and would hide every later edit of the `.py` file. `python setup.py build_ext --inplace`
with `ERG_MYPYC=1` compiles a throw-away copy of the tree in place (CI does this to test the
compiled extractor); never do it in a working checkout (tests/conftest.py refuses stale builds).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from setuptools import setup

ROOT = Path(__file__).resolve().parent
# not compiled: the chat-model extractor (off the hot path), pytest's conftest, and the marker
# module mypyc itself reads
KEEP_PYTHON = ("loaders/llm/", "loaders/conftest.py", "loaders/mypyc_marks.py")


def compiled_modules() -> list[str]:
    """The extractor's modules mypyc compiles, as paths relative to the repository."""
    paths = (p.relative_to(ROOT).as_posix() for p in sorted((ROOT / "loaders").rglob("*.py")))
    return [p for p in paths if not p.startswith(KEEP_PYTHON)]


def extensions() -> list:
    if os.environ.get("ERG_MYPYC") != "1" or "editable_wheel" in sys.argv:
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        sys.exit(
            "ERG_MYPYC=1 needs mypyc: pip install 'mypy==2.4.1' 'setuptools>=70', then "
            "ERG_MYPYC=1 pip install --no-build-isolation ."
        )
    return mypycify(compiled_modules(), opt_level="3", multi_file=True)


setup(ext_modules=extensions())
