"""Stake family."""

from __future__ import annotations

from loaders.relations.model import Sentence

CUES: frozenset[str] = frozenset()


def apply(s: Sentence) -> None:
    pass
