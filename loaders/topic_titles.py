"""The mentions a bare title of the article's clear topic does not yield to (round 25,
`loaders.sentence_context` `names_other_org`).

A bare leading title ("Chief executive X", "chairman X", "X, the chief executive,") names the
post at the firm the article is about. Other firms its sentence names are what the holder
speaks of, came from or blames ("Chairman X said talks with Orvik had stalled", "Chief
executive X, who came over from Dorn in 2020, said ...", "Orders for Y slipped, which chief
executive X put down to imports from Vell"). A firm named right before the title in the same
stretch of words may own it ("Dorrit Stores (chief executive X)"), and so may one whose name
carries the holder's family name, or a "whose" names ("Y, whose founder X", "chairman X,
whose union ..."); the body of "chairman X of the Y Authority" is the title's own.

>>> from loaders.lexicon import Lexicon
>>> from loaders.relations.model import Mention
>>> lows = "chairman ivo brandt said talks with orvik had stalled".split()
>>> items = [Mention(("ivo-brandt",), 1, 3, "name"), Mention(("orvik",), 6, 7, "name")]
>>> kinds = lambda r: "Person" if r == "ivo-brandt" else "Organization"
>>> sorted(topic_title_mentions(Lexicon.load(), lows, items, "tarrow", kinds))
[1, 6]
>>> lows = "chairman ivo brandt of orvik said so".split()
>>> items = [Mention(("ivo-brandt",), 1, 3, "name"), Mention(("orvik",), 4, 5, "name")]
>>> sorted(topic_title_mentions(Lexicon.load(), lows, items, "tarrow", kinds))
[1]
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Final

from loaders.relations.role import OTHER_BODY_KINDS

if TYPE_CHECKING:
    from loaders.lexicon import Lexicon
    from loaders.relations.model import Mention

# words between a title's holder and the name of the body the title is of ("X of the Y")
OWN_BODY_PREPS: Final[frozenset[str]] = frozenset({"of", "at"})
# words that set a firm named before a title apart from it ("Sales of Y, Z's range, fell,
# which chief executive X ...": Z is no owner of the title)
STRETCH_BREAKS: Final[frozenset[str]] = frozenset({",", ";", ":", '"', "“", "”"})


def topic_title_mentions(
    lex: Lexicon,
    lows: list[str],
    items: Sequence[Mention],
    org: str,
    type_of: Callable[[str], str],
) -> frozenset[int]:
    """Where the mentions start that leave a bare title to the topic `org`: all but the body
    the holder's title is of, when the sentence has a bare leading title with a named holder
    and no other firm may own the title (`_other_owner`); else none."""
    found = _titled_holder(lex, lows, items)
    if found is None:
        return frozenset(m.i for m in items)
    holder, t = found
    if _other_owner(lex, lows, items, org, type_of, holder, t):
        return frozenset()
    return frozenset(m.i for m in items if not _own_body(lows, holder, m))


def _other_owner(
    lex: Lexicon,
    lows: list[str],
    items: Sequence[Mention],
    org: str,
    type_of: Callable[[str], str],
    holder: Mention,
    t: int,
) -> bool:
    """Another organization may own the title at t: the antecedent of a "whose" before it, a
    body a "whose" after the holder names ("chairman X, whose union ..."), one named before
    the title in the same stretch of words ("Dorrit Stores (chief executive X)", "Management
    at Orrin moved to chief executive X"), or one whose name carries the holder's family name
    ("Lanric bought Tamsk Bakeries; founder Ilsa Tamsk stays on as chair")."""
    if t >= 1 and lows[t - 1] == "whose":
        return True  # "Hesketh Lighting, whose founder X stays on as chair": Hesketh's
    p = holder.j
    if p + 2 < len(lows) and lows[p] == "," and lows[p + 1] == "whose":
        if OTHER_BODY_KINDS & lex.kinds.get(lows[p + 2], frozenset()):
            return True  # "Chairman X, whose union represents the staff, ...": the union's
    family = holder.ids[0].rsplit("-", 1)[-1]
    for m in items:
        if m.ids == (org,) or not any(type_of(r) == "Organization" for r in m.ids):
            continue
        if m.j <= t and not STRETCH_BREAKS.intersection(lows[m.j : t]):
            return True
        if any(family in r.split("-") for r in m.ids):
            return True
    return False


def _titled_holder(
    lex: Lexicon, lows: list[str], items: Sequence[Mention]
) -> tuple[Mention, int] | None:
    """The named holder of the sentence's first bare leading title ("chairman X", "X, the
    chief executive,") and where the title starts, else None."""
    starts = {m.i: m for m in items}
    ends = {m.j: m for m in items}
    for t, w in enumerate(lows):
        if w not in lex.roles:
            continue
        hit = lex.roles.match(lows, t)
        if not hit or not hit[1].person_holder or not {"LEADS", "FOUNDED"} & set(hit[1].types):
            continue
        e = t + hit[0] + (t + hit[0] < len(lows) and lows[t + hit[0]] == "officer")
        holder = starts.get(e)
        if holder is not None and holder.kind == "name":
            return holder, t
        before = ends.get(t - 2) if t >= 3 and lows[t - 1] == "the" else None
        if before is not None and before.kind == "name" and lows[t - 2] == ",":
            return before, t - 1  # "X, the chief executive, said ..."
    return None


def _own_body(lows: list[str], holder: Mention, m: Mention) -> bool:
    """m names the body of the holder's title: "chairman X of (the) Y", "X at Y"."""
    p = holder.j
    if p + 1 >= len(lows):
        return False
    if lows[p] not in OWN_BODY_PREPS:
        return False
    return m.i == p + 1 or (m.i == p + 2 and lows[p + 1] == "the")
