"""An opening "Its founder" after a sentence that introduced a firm (round 18, `loaders.article`
`_resolve_pronoun`).

"Marlow Energy cut jobs. The pressure comes from Norvik Capital, an activist fund. Its founder,
Ana Reyes, wants a new board": the sentence before named no organization as a clause subject
and introduced one organization, new to the article, with a descriptor ("X, an activist fund");
an "its" opening the next sentence before a person's role is that firm (the one being
described), not the subject named further back.
"""

from __future__ import annotations

from operator import attrgetter
from typing import TYPE_CHECKING

from loaders.relations.words import SKIP_DETS

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping, Sequence

    from loaders.lexicon import Lexicon
    from loaders.relations.model import Mention


def introduced_firm(
    lows: Sequence[str],
    prev: tuple[Sequence[str], Sequence[Mention]],
    prev_core: Sequence[str],
    first_named: Mapping[str, tuple[int, bool]],
    sno: int,
    type_of: Callable[[str], str],
    lex: Lexicon,
) -> str:
    """The organization an opening "its <role>" (lows[0] == "its") names when the sentence
    before introduced it with an appositive descriptor and made no organization its subject;
    else ""."""
    if lows[:1] != ["its"] or len(lows) < 2 or lows[1] not in lex.roles:
        return ""
    prev_lows, prev_items = prev
    cored = any(type_of(r) == "Organization" for r in prev_core)
    new = {
        m.ids[0]
        for m in prev_items
        if m.kind == "name"
        and type_of(m.ids[0]) == "Organization"
        and first_named.get(m.ids[0], (-1, False))[0] == sno - 1
        and list(prev_lows[m.j : m.j + 1]) == [","]
        and prev_lows[m.j + 1 : m.j + 2]
        and prev_lows[m.j + 1] in SKIP_DETS
    }
    if len(new) != 1:
        return ""
    others = {m.ids[0] for m in prev_items if type_of(m.ids[0]) == "Organization"} - new
    if not others and not cored:
        return next(iter(new))
    if _known_subject(prev_core, first_named, sno, type_of):
        return ""  # "At T, a dyer, Kelda Mills has installed machines. Its chief ...": Kelda
    # "Staffers at Ullock Jams, a smaller jam maker that competes with T, fear B ...": the
    # firm introduced first, before any other organization the sentence named
    first = min((m for m in prev_items if type_of(m.ids[0]) == "Organization"), key=attrgetter("i"))
    return first.ids[0] if first.ids[0] in new and first.kind == "name" else ""


def _known_subject(
    prev_core: Sequence[str],
    first_named: Mapping[str, tuple[int, bool]],
    sno: int,
    type_of: Callable[[str], str],
) -> bool:
    """The sentence before had an organization as its clause subject, and an organization of
    its clause was named before it (the article's known firm, not one new there)."""
    if not prev_core or type_of(prev_core[0]) != "Organization":
        return False
    return any(
        type_of(r) == "Organization" and first_named.get(r, (sno, False))[0] < sno - 1
        for r in prev_core
    )
