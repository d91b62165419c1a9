"""A partner named as such by the firm it works with (round 41).

"Orvo Foods, the Leeds bakery, which Kelso Mills describes as its main partner for bread",
"Brisk Haulage, a carrier in Hull that Tarvo calls "our partner on every route"", "Kelso Mills
calls Orvo Foods its partner": the namer (the relative clause's subject, or the main clause's)
partners with what it names (the relative's antecedent, past a description set off by a comma,
or the object of the verb). A person names for the one firm the article ties them to by a post
or a founding ("Ann Vale, who founded Kelso, calls Orvo "our partner"": Kelso), else nothing; a
pronoun subject ("which it calls its partner") is left to the other readings.

Nothing is read for a doubt or a past before the noun ("a potential partner", "its former
partner"), a negation or hedge, a named possessor ("Kelso calls Orvo Tarvo's partner"), a
namer that is the named, a fund or firm role ("its limited partner", `naming_doubts`), "a
partner in crime", or, with no possessive before the noun, a phrase after it that names
whose partner it is ("a reliable partner for small lenders", "a partner to watch", "the
partner of Tesmer": `naming_others`). A relative clause whose subject is the antecedent
reads the same way ("Osk Resins, a glue maker from Nagoya, which calls Tarn Board its
partner": Osk Resins and Tarn Board). Words: `naming_verbs`, `naming_doubts`,
`naming_others`, `naming_idioms` in `loaders/data/partnering.yaml`.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Final

from loaders.lexicon import Lexicon, read_data, word_set
from loaders.relations.model import Mention, Sentence
from loaders.relations.nav import past_placed
from loaders.relations.relative_ties import described_firm
from loaders.relations.words import POSSESSIVES, QUOTE_MARKS, M

_DATA = read_data("partnering.yaml")
NAMING_VERBS: Final = word_set(_DATA["naming_verbs"])
NAMING_DOUBTS: Final = word_set(_DATA["naming_doubts"])
NAMING_OTHERS: Final = word_set(_DATA["naming_others"])
NAMING_IDIOMS: Final = word_set(_DATA["naming_idioms"])
RULE: Final = "partnering/named-partner"
MODIFIERS: Final = 3  # words between the determiner and "partner" ("exclusive launch")
OPENERS: Final = 3  # "as "our", its "
OPENING_WORDS: Final = POSSESSIVES | {"as", "a", "an"}
OF_PLACE: Final = frozenset({"in", "of"})  # "Helvo of Tartu, which ..."
PLACE_PREPS: Final = frozenset({"in", "from", "near"})  # "a glue maker from Nagoya in Japan"


def cues(lex: Lexicon) -> Collection[str]:
    return NAMING_VERBS


def named_partner(s: Sentence) -> None:
    """The namer of "X, which Y calls its partner" / "Y calls X its partner" partners with X."""
    lows = s.lows
    for k in range(1, len(lows) - 2):
        if lows[k] not in NAMING_VERBS:
            continue
        if lows[k - 1] != M:
            _subject_relative(s, k)
            continue
        namer, named, p = k - 1, _antecedent(s, k - 2), k + 1
        if named < 0:  # the main clause: "Y calls X its partner"
            named, p = (k + 1, k + 2) if _object(s, k + 1) else (-1, p)
        if named < 0:
            continue
        _emit(s, _namer_firm(s, namer), named, min(namer, named), _partner_noun(s, p))


def _subject_relative(s: Sentence, k: int) -> None:
    """ "X, a glue maker from Nagoya, which calls Y its partner": the antecedent names Y."""
    if not _object(s, k + 1):
        return
    namer = _antecedent(s, k - 1)
    if namer >= 0:
        _emit(s, _namer_firm(s, namer), k + 1, namer, _partner_noun(s, k + 2))


def _object(s: Sentence, p: int) -> bool:
    """An organization named or referred to at p, no possessive determiner."""
    return s.lows[p] == M and not s.is_det(p) and "Organization" in s.etypes(p)


def _emit(s: Sentence, firm: Mention | None, named: int, lo: int, end: int) -> None:
    """The namer's `firm` partners with the organization at `named`, the naming phrase
    ending at `end` (-1: none), unless negated or hedged."""
    if firm is None or end < 0 or "Organization" not in s.etypes(named):
        return
    if firm.shares(s.ment(named)) or s.blocked(lo, end) or s.hedged_after(end):
        return
    s.emit(firm, ("PARTNERS_WITH",), s.ment(named), RULE, 0.6)


def _antecedent(s: Sentence, r: int) -> int:
    """The name a relative word at r hangs on: "X, which", "X of Nairobi, which", "X, the
    Leeds bakery, which", "X, a carrier in Hull that"; else -1."""
    lows = s.lows
    if r < 2 or lows[r] not in ("which", "that"):
        return -1
    a = r - 1 if lows[r - 1] == "," else r
    if a == r and lows[r] == "which":
        return -1
    b = a - 1
    if lows[b] == M and past_placed(s, b, OF_PLACE) > 0:
        b -= 2  # "Helvo Packaging of Tartu, which"
    if lows[b] == M and not s.is_det(b) and "Location" not in s.etypes(b):
        return b if a < r else -1  # "X that": a bare name before "that" is no antecedent
    while b >= 3 and past_placed(s, b, PLACE_PREPS) > 0:
        b -= 2  # "a glue maker from Nagoya in Japan, which"
    return described_firm(s, b)


def _partner_noun(s: Sentence, p: int) -> int:
    """Where "partner" ends the naming phrase from p: [as] ["] [its|our|a|an] [modifiers]
    partner; -1 when another word, a doubt, or a possessor that is a name stands there, or
    when a phrase after "partner" names someone else's tie (`_others_partner`)."""
    lows = s.lows
    n = len(lows)
    owned = False  # "its partner", "our partner": the namer's own
    for _ in range(OPENERS):  # "as", a quote mark, the determiner, in any order
        if p < n and (lows[p] in OPENING_WORDS or lows[p] in QUOTE_MARKS or s.is_det(p)):
            owned = owned or lows[p] in POSSESSIVES or s.is_det(p)
            p += 1
    for q in range(p, min(n, p + MODIFIERS + 1)):
        w = lows[q]
        if w == "partner":
            return -1 if _others_partner(s, q, owned) else q
        if w in NAMING_DOUBTS or not w.replace("-", "").isalpha():
            return -1
    return -1


def _others_partner(s: Sentence, q: int, owned: bool) -> bool:
    """ "a partner in crime"; without a possessive, "a reliable partner for small lenders",
    "a partner to watch", "the partner of Tesmer" (a name after "of": "the partner of its
    dreams" is the namer's): no tie of the namer's."""
    after = s.lows[q + 1 : q + 3] + ["."]
    if after[0] == "in" and after[1] in NAMING_IDIOMS:
        return True
    if owned or after[0] not in NAMING_OTHERS:
        return False
    return after[0] != "of" or (after[1] == M and not s.is_det(q + 2))


def _namer_firm(s: Sentence, namer: int) -> Mention | None:
    """The firm the namer at `namer` speaks for: a named organization, or the one firm the
    article ties a person to (`SentenceContext.leaders`); None for a pronoun organization."""
    m = s.ment(namer)
    types = s.etypes(namer)
    if "Organization" in types and m.kind != "pronoun":
        return m
    if "Person" not in types:
        return None
    firms = {f for p, f in s.context.leaders if p in m.ids}
    return Mention(tuple(firms), -1, -1, "context", 0.8) if len(firms) == 1 else None
