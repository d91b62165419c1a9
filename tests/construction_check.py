"""The one check of the construction tests: a sentence yields these relations and not those;
and the entities a text resolves, for the entity tests.

Relations are (source id, type, target id); the symmetric types match in either direction.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import pytest

from graph.model import GraphDocument
from loaders.article import Extraction, extract
from loaders.config import ExtractionConfig

CONFIG = ExtractionConfig()

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


def types(text: str) -> dict[str, str]:
    """Every entity the article resolves, name -> type, including places mentioned in passing
    (which the final document leaves out unless a relation needs them)."""
    run = Extraction(text, "test", CONFIG, GraphDocument())
    run.run()
    return {rec.name: rec.type for rec in run.registry.entities.values()}


def kept(text: str) -> set[str]:
    """The names of the entities the extraction outputs."""
    return {e.name for e in extract(text, CONFIG).entities.values()}


def check_types(text: str, must: dict[str, str], must_not: list[str]) -> None:
    """Every name of `must` resolves with its type (a leading "The" dropped, as the scorer does)
    and no name of `must_not` (a cut or glued name) is an entity."""
    got = {n.removeprefix("The "): t for n, t in types(text).items()}
    wrong = {n: (t, got.get(n)) for n, t in must.items() if got.get(n) != t}
    glued = [n for n in must_not if n in got]
    assert not wrong and not glued, (wrong, glued, got)


def gap_params(
    cases: Sequence[tuple[Any, ...]], gaps: Mapping[str, str], *, spread: bool = False
) -> list[Any]:
    """The cases as pytest parameters, each marked xfail(strict) with its reason when its text
    opens with a key of `gaps` (a known gap: a fix shows up as a failure to remove the mark).
    `spread` passes a case's fields as separate arguments."""
    out = []
    for case in cases:
        reason = next((r for opening, r in gaps.items() if case[0].startswith(opening)), None)
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        values = case if spread else (case,)
        out.append(pytest.param(*values, marks=marks, id=case[0][:60]))
    return out
