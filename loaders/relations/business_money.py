"""Business money: a holder's money put into "the business" or "the company", no name after.

- `business-money`: "Tamsin is run by Orrin Partners, a Denver buyout firm that has poured
  $120m into the business", "Orrin Growth, which pumped $45m into the company, has 9%",
  "Orrin Capital has 12%, having sunk $8m into the business": the holder FUNDS the one firm
  this sentence (else the sentences before) found it owns, not the latest firm named, which a
  plain "the company" would read (a co-holder, often).

The noun must close its phrase ("into the company's plant" and "into the business of X" are
another thing). Words: `holdings.business_money_verbs`, `holdings.business_money_nouns`,
`holdings.owner_money_nouns` in `loaders/data/holdings.yaml`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from loaders.lexicon import Lexicon, inflected, per_lexicon, word_set
from loaders.relations.deal_guards import intended
from loaders.relations.model import Found, Mention, Sentence
from loaders.relations.nav import subjects
from loaders.relations.owner_money import owner_money_words
from loaders.relations.words import WHICH_THAT, M

MONEY_REACH: Final = 6  # words from the verb to "into": "sank nearly $90 million of equity into"
INTO: Final[frozenset[str]] = frozenset({"into", "in"})
HELPERS: Final[frozenset[str]] = frozenset(
    {"has", "have", "had", "also", "already", "since", "so", "far"}
)
UNSURE: Final[frozenset[str]] = frozenset(
    {"whether", "if", "would", "could", "might", "may", "considering"}
)
DESCRIPTOR_REACH: Final = 7  # words of "a Denver buyout firm" before "that"


@dataclass(frozen=True)
class BusinessWords:
    verbs: frozenset[str]  # every form of the verbs
    nouns: frozenset[str]


@per_lexicon
def business_words(lex: Lexicon) -> BusinessWords:
    spec = lex.data.get("holdings") or {}
    verbs = frozenset(
        form[0]
        for entry in spec.get("business_money_verbs") or ()
        for form, _ in inflected(str(entry), lex.irregular)
    )
    return BusinessWords(verbs, word_set(spec.get("business_money_nouns")))


def cues(lex: Lexicon) -> frozenset[str]:
    return business_words(lex).verbs  # not the nouns: a "the company" read as a firm is M


def business_money(s: Sentence) -> None:
    """ "X, which pumped $45m into the company": X FUNDS the firm X owns."""
    lows = s.lows
    words = business_words(s.lex)
    for v, w in enumerate(lows):
        if w not in words.verbs:
            continue
        into = _money_into(s, v)
        noun = _business_at(s, into + 1, words.nouns) if into > 0 else None
        if noun is None or any(s.type_of(i) != "Organization" for i in noun):
            continue  # "inject capital into the project": the verb rules' reading
        holder = _described_holder(s, v) if lows[v - 1] != "having" else _clause_first(s, v)
        cands = [holder] if holder >= 0 else subjects(s, v, True)
        if not cands or cands[0] > v or _unsure(s, cands[0], v):
            continue
        owner = s.ment(cands[0])
        owned = _owned(s, owner)
        if owned is None:
            continue
        if owned not in noun and _reading_stands(s, owner, noun, owned, into + 1):
            continue  # "Tarn's chief said Orrin had pumped $5m into the company": Tarn
        s.withdraw([f for f in s.found if _misread(f, owner, noun, owned)])
        target = Mention((owned,), -1, -1, "context", 0.9)
        s.emit(owner, ("FUNDS",), target, "funding/business-money", 0.6)


def _described_holder(s: Sentence, v: int) -> int:
    """The name a relative clause's descriptor sets off before the verb at v ("Orrin, a Leeds
    buyout house which has poured ...": Orrin), else -1."""
    lows = s.lows
    r = v - 1
    while r > 0 and lows[r] in HELPERS:
        r -= 1
    if lows[r] not in WHICH_THAT or r < 3:
        return -1
    q = r - 1
    while q > 0 and r - q <= DESCRIPTOR_REACH and lows[q] not in (",", ";", "(", "."):
        q -= 1
    if lows[q] != "," or q + 1 >= r or lows[q + 1] not in ("a", "an", "the") or lows[q - 1] != M:
        return -1
    return q - 1


def _clause_first(s: Sentence, v: int) -> int:
    """The first name of the clause a participle ("having sunk") closes: after the last ", and"
    or ";" before v ("A has 40%, and B has 12%, having sunk $8m into it": B), else -1."""
    lows = s.lows
    b = max(
        [k for k in range(1, v) if (lows[k] == "and" and lows[k - 1] == ",") or lows[k] == ";"],
        default=-1,
    )
    return next((k for k in range(b + 1, v) if lows[k] == M), -1)


def _unsure(s: Sentence, c: int, v: int) -> bool:
    """A hedge, a question or a modal of what may happen before the verb ("would not say if X
    planned to inject fresh cash into the company"), or a plan or expectation just before it
    ("X plans to pump $5m into the business", "is expected to put", the deal guards' intent)."""
    lows = s.lows
    return s.blocked(c + 1, v + 1) or not UNSURE.isdisjoint(lows[:v]) or intended(s, v)


def _misread(f: Found, owner: Mention, noun: tuple[str, ...], owned: str) -> bool:
    """A FUNDS of the owner to what "the company" was read as, which is not the owned firm."""
    return f.type == "FUNDS" and f.source in owner.ids and f.target in noun and f.target != owned


def _money_into(s: Sentence, v: int) -> int:
    """Where "into"/"in" follows a sum or money noun after the verb at v, else -1."""
    lows = s.lows
    nouns = owner_money_words(s.lex).nouns
    money = False
    for k in range(v + 1, min(len(lows), v + 1 + MONEY_REACH)):
        w = lows[k]
        if w in INTO:
            return k if money else -1
        if w == M or w in (",", ";", "."):
            return -1
        if w in nouns or w[:1] in "$£€¥" or w[:1].isdigit():
            money = True
    return -1


def _business_at(s: Sentence, k: int, nouns: frozenset[str]) -> tuple[str, ...] | None:
    """After "into": "the business" or "the company" closing its phrase, unread (no ids) or
    read as a firm by a definite description (its ids); else None."""
    lows = s.lows
    if k >= len(lows):
        return None
    if lows[k] == M:
        m = s.ment(k)
        return m.ids if m.kind == "np" and _closes(lows, k + 1) else None
    if lows[k] == "the" and k + 1 < len(lows) and lows[k + 1] in nouns and _closes(lows, k + 2):
        return ()
    return None


def _closes(lows: list[str], e: int) -> bool:
    """The noun phrase ends before e: no possessive nor "of" after it."""
    return e >= len(lows) or lows[e] not in ("'s", "of", "\u2019s")


def _reading_stands(
    s: Sentence, owner: Mention, noun: tuple[str, ...], owned: str, at: int
) -> bool:
    """The firm "the company" (at `at`) was read as holds no stake here, and the sentence
    names it elsewhere ("Tarn's chief said Orrin had pumped $5m into the company") or gives
    the owned firm as a further holding ("Orrin, which also owns Velda, has pumped $5m into
    the company": the company under discussion, not Velda). A co-holder ("A holds 31%, and
    B, which put $45m into the company, has 9%") or the holder itself stays a misreading."""
    lows = s.lows
    read = [i for i in noun if i not in owner.ids]
    if not read or any(f.type == "OWNS" and f.source in read for f in s.found):
        return False
    mentions = [k for k, w in enumerate(lows) if w == M and k != at]
    if any(not set(read).isdisjoint(s.ment(k).ids) for k in mentions):
        return True
    return any(owned in s.ment(k).ids and "also" in lows[max(0, k - 4) : k] for k in mentions)


def _owned(s: Sentence, owner: Mention) -> str | None:
    """The one firm this sentence, else the context, says the owner holds; else None."""
    owned = {f.target for f in s.found if f.type == "OWNS" and f.source in owner.ids}
    if not owned:
        owned = {t for t, held_by in s.context.owners if not set(owner.ids).isdisjoint(held_by)}
    return owned.pop() if len(owned) == 1 else None
