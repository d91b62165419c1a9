"""The OWNS relations an article has stated so far, read incrementally (by
`loaders.relations.unnamed_roles`, for the organization of a bare role, and by
`loaders.bought_units`, for the company a buyer's "the unit" means)."""

from __future__ import annotations

from graph.model import Relation


class Ownership:
    """The article's OWNS relations so far, by owner and by owned, read incrementally (the
    relations of an article grow while its sentences are read; `forget` when one is taken
    back, so that the next read is of all of them)."""

    def __init__(self) -> None:
        self.seen = 0
        self.owned: dict[str, list[str]] = {}
        self.owners: dict[str, set[str]] = {}

    def forget(self) -> None:
        """A relation was taken back: read them all again at the next `update`."""
        self.seen = 0
        self.owned = {}
        self.owners = {}

    def update(self, relations: dict[tuple[str, str, str], Relation]) -> Ownership:
        new = len(relations) - self.seen
        if new <= 0:
            return self
        added: list[tuple[str, str, str]] = []
        for key in reversed(relations):  # newest first: only the ones not read yet
            added.append(key)
            if len(added) == new:
                break
        for src, rtype, t in reversed(added):
            if rtype == "OWNS":
                self.owned.setdefault(src, []).append(t)
                self.owners.setdefault(t, set()).add(src)
        self.seen = len(relations)
        return self
