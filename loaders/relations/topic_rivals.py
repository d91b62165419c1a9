"""Rivalry family: a named firm labelled a rival in apposition, with no holder named.

- `apposed_topic_rival`: in an article about Calla Foods, "Calla ended talks to buy Dorn, an
  Austrian rival, after ...", "She came to Calla from Dorn, the rival provider, where she ...",
  "Kelby hired engineers from Marrow, a larger rival": each firm the appositive describes
  competes with the company in question (`SentenceContext.rival`) when that company, and no
  other organization, is named before the appositive ("Harl lost the tender to Dorn, a smaller
  rival" is Harl's rival; a subject appositive whose company is only in an earlier sentence is
  left to `rivalry.rival_examples`). The description is stated as a fact whatever its clause
  says (a hedge, the end of talks), so only a negation inside the appositive blocks it. Not a
  rival bidder ("a rival bidder": a contest for one target), nor a bare definite "Dorn, the
  rival," (a reference).
"""

from __future__ import annotations

from typing import Final

from loaders.relations.model import Mention, Sentence
from loaders.relations.nav import coord
from loaders.relations.rival_words import RivalWords, rival_words
from loaders.relations.rivalry import _held, _personal, apposed_name
from loaders.relations.words import ARTICLES_AND_ANOTHER, WHICH_THAT, M

RULE_TOPIC = "rivalry/apposed-topic-rival"
# what may open a rival appositive: "a smaller rival", "the rival provider", "two rivals"
OPENERS: Final[frozenset[str]] = ARTICLES_AND_ANOTHER | frozenset({"two", "three", "both"})
# what may follow the appositive's noun: its close, a relative clause or a market phrase
AFTER_NOUN: Final[frozenset[str]] = frozenset(
    {",", ".", ";", ")", "--", "\u2014", "that", "which", "in"}
)
# words an appositive's modifiers are never ("X, a rival to ..., ": the rules of holders)
NOT_MODIFIERS: Final[frozenset[str]] = frozenset({"and", "or", "of", "to", "from", "by", "for"})


def apposed_topic_rival(s: Sentence) -> None:
    org = s.context.rival
    if not org:
        return
    lows = s.lows
    rw = rival_words(s.lex)
    for k in range(1, len(lows)):
        end = _noun_end(s, k, rw)
        if end < 0 or _held(s, k) or end < len(lows) and lows[end] not in AFTER_NOUN:
            continue
        members = _described(s, k)
        if not members or any(org in s.ment(x).ids for x in members):
            continue
        if any(s.etypes(x) != {"Organization"} or _personal(s, x) for x in members):
            continue  # "Tom Dravo, a rival broker": a person in the trade
        if not _only_topic_before(s, members[0], org) or s.negated(members[0], end):
            continue
        if lows[members[0] - 1] in ("of", "by"):
            continue  # "praised the parent of Dorn, a smaller rival": the parent may be meant
        if end == k + 1 and _bare_definite(lows, members[-1], k, end):
            continue  # "Dorn, the rival, ...": a reference, not a description
        ctx = Mention((org,), -1, -1, "context", 0.7)
        s.emit(s.merged(members), ("COMPETES_WITH",), ctx, RULE_TOPIC, 0.6)


def _bare_definite(lows: list[str], last: int, k: int, end: int) -> bool:
    """A definite rival appositive between `last` and the noun at k that no relative clause
    follows: "Dorn, the rival, ...", "Dorn, the larger rival in Leeds" (not "Dorn, the York
    rival that ...")."""
    return "the" in lows[last:k] and (end >= len(lows) or lows[end] not in WHICH_THAT)


def _noun_end(s: Sentence, k: int, rw: RivalWords) -> int:
    """The end of a rival noun at k ("rival", "competitors"), or of a rival modifier and a
    company's head noun ("rival provider", "competing chain"); else -1 (`rw`: the lexicon's
    rival words)."""
    lows = s.lows
    nxt = lows[k + 1] if k + 1 < len(lows) else ""
    if lows[k] in rw.rival_mods and nxt in rw.contest_heads:
        return -1  # "a rival bidder": a contest for one target
    if lows[k] in rw.rival_mods and s.lex.heads.lookup((nxt,)) == "Organization":
        return k + 2  # "the rival provider", "a competing maker"
    return k + 1 if lows[k] in rw.rival_nouns else -1


def _described(s: Sentence, k: int) -> list[int]:
    """The names a rival appositive whose noun phrase ends at k describes: "Dorn, a smaller
    rival", "Dorn, the York-based rival", "A and B, two smaller rivals"."""
    name = apposed_name(s, k, OPENERS, 4, NOT_MODIFIERS, place_mods=True)
    if name < 0:
        return []
    return coord(s, name, -1) if s.lows[k].endswith("s") else [name]


def _only_topic_before(s: Sentence, first: int, org: str) -> bool:
    """The company in question, and no other organization, is named before `first` ("Calla
    ended talks to buy Dorn, a rival", "She came to Calla from Dorn, the rival provider")."""
    named = [x for x in range(first) if s.lows[x] == M and "Organization" in s.etypes(x)]
    return bool(named) and all(org in s.ment(x).ids for x in named)
