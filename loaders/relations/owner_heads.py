"""An owner the sentence names by the head word of its name.

"Pelham Foods, which is owned by Ostrin Trust, closed a plant. Ada Lunn, who chairs the
trust, ...": "the trust" is the last word of one firm's name, Ostrin Trust, so the chair leads
the owner, not the article's subject its owners stand for (`unnamed_roles.redirected`). No
binding by the head when two firms' names end with the noun ("Ostrin Trust", "Bexley Trust"),
nor when the text called the subject itself by it ("Pelham, a trust in all but name"), or its
name holds it, nor when a preposition post-modifies the noun ("who runs the group of engineers").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Final

from loaders.relations.words import DEFINITE_DETS, HEAD_POSTMODIFIERS

if TYPE_CHECKING:
    from loaders.coref import Record

# a definite noun ("the trust", "that bank": `DEFINITE_DETS`) may name a firm by its head,
# unless post-modified ("the group of engineers", "the group at Kessel": `HEAD_POSTMODIFIERS`)
DESCRIPTION_REACH: Final[int] = 3  # modifiers of a subject description: "The Leeds bakery group"


def _head(name: str) -> str:
    """The last word of a name, lower case ("Ostrin Trust" -> "trust")."""
    words = name.lower().split()
    return words[-1] if words else ""


def _called(head: str, rec: Record) -> bool:
    """The text called the entity by the noun: a word of its name or a descriptor."""
    words = rec.name.lower().split()
    return head in words or head + "s" in words or head in rec.descr


def _subject_description(lows: Sequence[str]) -> set[str]:
    """The words that may head a modified definite description opening a sentence as its
    subject ("The bakery group cut prices": "group", up to the first closed-class word)."""
    if len(lows) < 3 or lows[0] != "the" or not lows[1].isalpha():
        return set()
    out: set[str] = set()
    for w in lows[2 : 2 + DESCRIPTION_REACH]:
        if not w.replace("-", "").isalpha() or w in DEFINITE_DETS or w in HEAD_POSTMODIFIERS:
            break
        out.add(w)
    return out


def org_heads(entities: Mapping[str, Record]) -> dict[str, int]:
    """How many organizations' names end with each word, counted once per built registry."""
    ends: dict[str, int] = {}
    for rec in entities.values():
        if rec.type == "Organization":
            h = _head(rec.name)
            ends[h] = ends.get(h, 0) + 1
    return ends


def owners_by_head(
    lows: Sequence[str],
    owners: Sequence[str],
    main: str,
    entities: Mapping[str, Record],
    ends: Mapping[str, int],
    earlier: Sequence[Sequence[str]] = (),
) -> set[str]:
    """The owners a definite noun of the sentence names as the last word of their name, the
    one organization whose name ends so (`ends`: `org_heads` of the registry), when the subject
    `main` is not called by it (in an appositive, or as an earlier sentence's subject: "The
    bakery group cut prices")."""
    nouns = {
        lows[k]
        for k in range(1, len(lows))
        if lows[k - 1] in DEFINITE_DETS
        and (k + 1 == len(lows) or lows[k + 1] not in HEAD_POSTMODIFIERS)
    }
    if not nouns:
        return set()
    # organizations only (a Person owner's surname is no firm's head); two owners with one head
    # both count in `ends`, so neither is bound
    heads = {
        _head(entities[r].name): r
        for r in owners
        if r in entities and entities[r].type == "Organization"
    }
    wanted = {h: r for h, r in heads.items() if h in nouns}
    if not wanted or main not in entities:
        return set()
    subject = entities[main]
    described = {w for e in earlier for w in _subject_description(e)}
    return {
        r
        for h, r in wanted.items()
        if ends.get(h) == 1 and not _called(h, subject) and h not in described
    }
