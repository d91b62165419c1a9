"""Nominal family: nouns of acts read with their agent after "by".

- `by-agent`: "a $600 million investment in Vantora by Quillex", "the takeover of Halden by a
  consortium of A, B and C", "an investment by Petrolia in the Northgate project".
- `accepted`: "Brisa Air accepted a takeover by Tovar Group" (the consenting subject is taken
  over), "agreed to a takeover offer from Tovar".
- `premodified`: "the Ostrava deal, led by Bellmark", "the Marlowe buyout, led by Pennant",
  "Telvio, whose acquisition by Skyreach closed in May".

A noun with its possessor or a light verb ("Petrolia's acquisition of Northgate", "Quillex will
make an equity investment in Vantora") is read by the verbal family's noun triggers. The nouns
and their relation types are data: `nominal` in `loaders/data/triggers.yaml`.
"""

from __future__ import annotations

from typing import Final

from loaders.lexicon import Nominal
from loaders.relations.deal_guards import intended, is_deal, undone
from loaders.relations.holding_words import holding_words
from loaders.relations.model import Sentence
from loaders.relations.nav import agent_after, coord, right, subjects
from loaders.relations.words import DATE_WORDS, M


def apply(s: Sentence) -> None:
    lows, nominal = s.lows, s.lex.nominal
    for k, w in enumerate(lows):
        spec = nominal.get(w) if w != M else None
        if spec is not None:
            by_agent(s, k, spec) or premodified(s, k, spec)


def _agents(s: Sentence, by: int) -> list[int]:
    """The coordinated agents after "by" at position `by` ("by a consortium of A, B and C")."""
    if not (0 <= by < len(s.lows)) or s.lows[by] != "by":
        return []
    first = agent_after(s, by + 1)
    if first >= 0 and not holding_words(s.lex).deal_loans.isdisjoint(s.lows[by + 1 : first]):
        return []  # "X's purchase of Y is secured by a loan from L": L lends, it does not buy
    return coord(s, first, +1) if first >= 0 else []


def _critics_from(s: Sentence, p: int, spec: Nominal) -> list[int]:
    """ "criticism of X from Y": the critics after "from" at p, for a DISPUTES noun only
    (never "the purchase of X from Y", whose Y sold)."""
    if "DISPUTES" not in spec.types or not (0 <= p < len(s.lows)) or s.lows[p] != "from":
        return []
    first = agent_after(s, p + 1)
    return coord(s, first, +1) if first >= 0 else []


def _emit(
    s: Sentence, k: int, agents: list[int], things: list[int], spec: Nominal, rule: str
) -> bool:
    # "the proposed takeover of X by Y", "... by Y was abandoned": no act
    lo, hi = min(agents[0], things[0], max(0, k - 2)), max(agents[-1], things[-1])
    if s.blocked(lo, hi) or s.hedged_after(hi + 1):
        return False
    if is_deal(spec.types) and (intended(s, k) or undone(s, lo, hi)):
        return False  # "the planned takeover of X by Y", "... by Y collapsed"
    return s.emit(s.merged(agents), spec.types, s.merged(things), rule, 0.75)


def by_agent(s: Sentence, k: int, spec: Nominal) -> bool:
    """NOUN PREP X by Y, or NOUN by Y PREP X."""
    lows = s.lows
    n = len(lows)
    e = k + 1
    if e < n and lows[e] in spec.preps:
        thing = right(s, e + 1, 3)
        if thing < 0:
            return False
        things = coord(s, thing, +1)
        link = _passive_link(s, _set_off(s, things[-1] + 1, spec))
        if link > things[-1] + 1 and _possessed(s, k):
            return False  # "Brant's takeover of Hesk is being financed by L": Brant buys
        agents = _agents(s, link) or _critics_from(s, link, spec)
        return bool(agents) and _emit(s, k, agents, things, spec, "nominal/by-agent")
    if e < n and lows[e] in s.lex.agent_links:
        e += 1  # "a lawsuit filed by X against Y"
        if e < n and lows[e] in spec.preps and "DISPUTES" in spec.types:
            return _filed_against(s, k, e, spec)
    agents = _agents(s, e)
    if not agents:
        return accepted(s, k, spec)
    p = agents[-1] + 1
    if p < n and lows[p] in spec.preps:
        thing = right(s, p + 1, 3)
        if thing >= 0:
            return _emit(s, k, agents, coord(s, thing, +1), spec, "nominal/by-agent")
    return accepted(s, k, spec, agents)


PASSIVE_AUX: Final = frozenset({"was", "were", "is", "are", "has", "have", "had", "been", "being"})


def _filed_against(s: Sentence, k: int, p: int, spec: Nominal) -> bool:
    """ "a lawsuit brought against X by Y": the preposition at p, then the agent."""
    thing = right(s, p + 1, 3)
    if thing < 0:
        return False
    things = coord(s, thing, +1)
    agents = _agents(s, things[-1] + 1)
    return bool(agents) and _emit(s, k, agents, things, spec, "nominal/by-agent")


def _set_off(s: Sentence, p: int, spec: Nominal) -> int:
    """Past a comma that opens a dispute noun's reduced relative ("the suit against X, brought
    by Y,"); else p."""
    lows = s.lows
    if "DISPUTES" in spec.types and p + 2 < len(lows) and lows[p] == ",":
        if lows[p + 1] in s.lex.agent_links and lows[p + 2] == "by":
            return p + 2
    return p


def _possessed(s: Sentence, k: int) -> bool:
    """The noun at k has a possessor naming its agent: "Brant's takeover", "its purchase"."""
    lows = s.lows
    p = k - 1
    while p >= 0 and k - p <= 3 and (lows[p].isalpha() or lows[p][:1] in "$£€0123456789"):
        if lows[p] == M:
            break
        p -= 1  # "Brant's $2bn hostile takeover"
    if p < 0:
        return False
    if lows[p] == M:
        return s.is_det(p)
    return lows[p] == "'s" and p >= 1 and lows[p - 1] == M


def _passive_link(s: Sentence, p: int) -> int:
    """ "A lawsuit against X was filed by Y", "A $20m loan to X has been arranged by Y": the
    position of "by" after an auxiliary and a participle of the act (`agent_links`), or after
    a date ("the acquisition of X in 2019 by Y"), else p."""
    lows = s.lows
    n = len(lows)
    d = p
    while d < n and d - p < 3 and (lows[d] in DATE_WORDS or lows[d].isdigit()):
        d += 1  # "the acquisition of X in 2019 by Y"
    if d > p and d < n and lows[d] == "by":
        return d
    q = p
    while q < n and q - p < 3 and lows[q] in PASSIVE_AUX:
        q += 1
    if q == p or q + 1 >= n or lows[q] not in s.lex.agent_links:
        return p
    return q + 1 if lows[q + 1] == "by" else p


def accepted(s: Sentence, k: int, spec: Nominal, agents: list[int] | None = None) -> bool:
    """ "Brisa Air accepted a takeover by Tovar Group", "agreed to a takeover offer from
    Tovar": the subject of a verb of consent is the thing taken over."""
    lows, lex = s.lows, s.lex
    n = len(lows)
    if agents is None:  # "a takeover offer from X", "a takeover bid from X"
        e = k + 1
        if not (e + 1 < n and lows[e] in lex.offer_nouns and lows[e + 1] == "from"):
            return False
        first = right(s, e + 2, 2)
        if first < 0:
            return False
        agents = coord(s, first, +1)
    v = k - 1
    while v >= 0 and k - v <= 4 and lows[v] != M and lows[v] not in lex.consent_verbs:
        if not (lows[v].isalpha() or lows[v][:1] in "$£€0123456789"):
            return False
        v -= 1
    if v < 0 or lows[v] not in lex.consent_verbs:
        return False
    subj = subjects(s, v, True)
    b = v - 1
    if b >= 2 and lows[b] == M and lows[b - 1] == "of" and lows[b - 2] in CONSENTING_BODIES:
        subj = [b]  # "the board of Brisa Air accepted": Brisa Air consents
    if not subj or s.blocked(subj[0] + 1, agents[-1]):
        return False
    return s.emit(s.merged(agents), spec.types, s.ment(subj[0]), "nominal/accepted", 0.7)


CONSENTING_BODIES = frozenset({"board", "shareholders", "directors", "investors", "owners"})


def premodified(s: Sentence, k: int, spec: Nominal) -> bool:
    """ "the X NOUN, led by Y": X named before the noun, the agent after it."""
    lows = s.lows
    n = len(lows)
    if k >= 3 and lows[k - 1] == "whose" and lows[k - 2] == "," and lows[k - 3] == M:
        thing = k - 3  # "Telvio, whose acquisition by Skyreach closed in May"
    elif k >= 1 and lows[k - 1] == M and not s.is_det(k - 1):
        thing = k - 1
    else:
        return False
    p = k + 1
    if p < n and lows[p] == ",":
        p += 1
    if p < n and lows[p] in s.lex.agent_links:
        p += 1
    agents = _agents(s, p)
    return bool(agents) and _emit(s, k, agents, [thing], spec, "nominal/premodified")
