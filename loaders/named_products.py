"""A firm's name extended into the name of its own product, service or project.

"Ondray was founded in 2011 ... Ondray Health, the home-repair service, has two million users":
the longer name ends in a word that usually ends a company's name ("Health", "Pay", "Cloud"),
which votes Organization at each mention and would fold the bare firm name into it (so every
relation of Ondray would be emitted under "Ondray Health"). When the longer name is described
as a thing (a Product or Project descriptor noun: "service", "app", "project") and its opening
words are used alone as a firm's name (a firm's descriptor noun or a known firm: "Ondray,
a Leeds startup"), the word at its end is only the thing's name, not a company's
shape: its Organization votes go, and the described type types it. The bare name stays the
firm ("a product-, project- or place-typed surface never becomes an organization's name").

>>> from loaders.lexicon import Lexicon
>>> from loaders.coref import Group
>>> firm, thing = Group("ondray"), Group("ondray health")
>>> firm.descr = {"startup"}
>>> thing.count, thing.votes, thing.descr = 2, {"Organization": 6.0, "Product": 4.0}, {"service"}
>>> described_extensions({"ondray": firm, "ondray health": thing}, Lexicon.load())
>>> thing.votes
{'Product': 4.0}
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from loaders.non_names import data_words
from loaders.type_cues import W_DESCRIPTOR, W_ORG_WORD

if TYPE_CHECKING:
    from loaders.coref import Group
    from loaders.lexicon import Lexicon

# the types of things a firm's name may be extended to name
THING_TYPES: Final[frozenset[str]] = frozenset({"Product", "Project"})


def described_extensions(kept: dict[str, Group], lex: Lexicon) -> None:
    """Drop the organization-word votes of each kept name that extends another kept name by
    one organization word and is described as a product or project (see the module)."""
    surnames = {g.tokens[-1] for g in kept.values() if len(g.tokens) > 1 and _person(g)}
    for g in kept.values():
        toks = g.tokens
        if g.known or len(toks) < 2 or not _thing_described(g, lex):
            continue
        last = toks[-1]
        if last not in lex.org_words or last in data_words(lex, "corporate_ends"):
            continue
        base = kept.get(" ".join(toks[:-1]))
        if base is None or base.key in surnames or not _firm(base, lex):
            continue  # "Mia Lund ... Lund Health, a telehealth service": her firm, named so
        left = g.votes.get("Organization", 0.0) - W_ORG_WORD * g.count
        if left > 0:
            g.votes["Organization"] = left
        else:
            g.votes.pop("Organization", None)


def _thing_described(g: Group, lex: Lexicon) -> bool:
    """A descriptor's vote (not a name's shape) types the name a thing, and no descriptor
    noun of it types organizations ("Ondray Health, the home-repair service")."""
    thing = max((g.votes.get(t, 0.0) for t in THING_TYPES), default=0.0)
    kinds = {lex.heads.lookup((d,)) for d in g.descr}
    return thing >= W_DESCRIPTOR and bool(g.descr) and "Organization" not in kinds


def _firm(g: Group, lex: Lexicon) -> bool:
    """The bare name is a firm by a cue of its own ("Ondray, the maker of ...", "Ondray
    Inc."), not only as the opening of the longer name."""
    if g.known:
        return g.known[1] == "Organization"
    return any(lex.heads.lookup((d,)) == "Organization" for d in g.descr)


def _person(g: Group) -> bool:
    votes = g.votes
    return bool(votes) and max(sorted(votes), key=lambda t: votes[t]) == "Person"
