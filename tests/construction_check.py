"""The one check of the construction tests: a sentence yields these relations and not those.

Relations are (source id, type, target id); the symmetric types match in either direction.
"""

from __future__ import annotations

from loaders.article import extract

SYMMETRIC = {"PARTNERS_WITH", "COMPETES_WITH"}
Triple = tuple[str, str, str]
Case = tuple[str, list[Triple], list[Triple]]


def found(text: str) -> set[Triple]:
    return set(extract(text).relations)


def has(got: set[Triple], rel: Triple) -> bool:
    a, t, b = rel
    return rel in got or (t in SYMMETRIC and (b, t, a) in got)


def check(text: str, present: list[Triple], absent: list[Triple]) -> None:
    """Every relation of `present` is found and none of `absent` is."""
    got = found(text)
    missing = [r for r in present if not has(got, r)]
    wrong = [r for r in absent if has(got, r)]
    assert not missing and not wrong, (missing, wrong, sorted(got))
