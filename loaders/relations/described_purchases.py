"""A company described, then bought or held in a relative clause: "Ostra Bakeries, the bread
and pastry maker that Marlin bought in May", "Brisk, a chain of 12 cafes in Wales that Marlin
acquired from Hexley", "Tovan Labs, the Lisbon food-safety start-up Marlin bought": the buyer
owns the name the descriptor sets off.
The verbal relative reading looks back only a few words and stops at "and" (a coordination of
antecedents); a descriptor opened by an article after a comma is one noun phrase, whatever it
holds ("bread and pastry", a place, a count), so the name before it is the antecedent.

The same antecedent for a holder named in a passive relative clause: "Kellan, a syringe
maker that is majority-owned by the turnaround investor Brisa Partners" (Brisa owns Kellan);
"controlled by", "wholly owned by", "jointly owned by A and B" (each); not "partly" or
"minority-owned" (no holding reading: those are left to the stake readings).

Guards: the descriptor is short, holds no comma, clause stop, relative word or name other than a
place ("a supplier to Harl that Marlin bought": the antecedent may be Harl; left to the verbal
reading); the buyer is an organization (a name or a pronoun that resolves to one) right before
the buying verb (past only: "agreed to buy" is `buyer_groups` of deals.yaml, an intent is not);
negations and hedges block.
"""

from __future__ import annotations

from typing import Final

from loaders.lexicon import Lexicon, per_lexicon, phrase_set, read_data, word_set
from loaders.relations.model import Sentence
from loaders.relations.nav import coord
from loaders.relations.words import (
    BE_FORMS,
    CLAUSE_STOP,
    CONTROL_MARKS,
    COUNTS,
    DATE_WORDS,
    HOLDING_PARTICIPLES,
    PREPOSITIONS,
    PUNCT_STOP,
    RELATIVES,
    SKIP_DETS,
    WHICH_THAT,
    M,
    control_participle,
)

DESCRIPTOR_REACH: Final = 12  # words of "a chain of 12 cafes in Wales" after the comma
HOLDER_REACH: Final = 6  # words of "the private equity firm" between "by" and the holder
AUX: Final[frozenset[str]] = frozenset({"had", "has", "later", "then", "eventually"})
_HOLDINGS: Final = read_data("holdings.yaml")
# what may follow the buying verb when its object is the antecedent: a preposition ("from
# Hexley", "for $80 million"), a date ("last year"), a clause end or a few adverbs
GAP_FOLLOWERS: Final[frozenset[str]] = (
    word_set(_HOLDINGS["object_gap_followers"]) | PREPOSITIONS | DATE_WORDS
)
# "and sold to Penn Foods", "before selling it", "until 2020": the holding has ended
HOLDING_ENDS: Final[frozenset[str]] = word_set(_HOLDINGS["holding_ends"])
SPANS: Final[frozenset[str]] = frozenset({"years", "year", "months", "weeks", "days", "decades"})


@per_lexicon
def buying_verbs(lex: Lexicon) -> frozenset[str]:
    """Past buying verbs of one or two words, phrases joined by spaces (`buyer_groups.verbs` of
    deals.yaml) without the "agreed to" intents; the readings here match no longer verb
    ("completed the purchase of")."""
    spec = (lex.data.get("deals") or {}).get("buyer_groups") or {}
    return frozenset(
        v
        for v in phrase_set(spec.get("verbs"))
        if not v.startswith("agreed") and len(v.split()) <= 2
    )


def cues(lex: Lexicon) -> frozenset[str]:
    return frozenset(v.split()[0] for v in buying_verbs(lex))


def _verb_at(lows: list[str], v: int, verbs: frozenset[str]) -> bool:
    return lows[v] in verbs or (v + 1 < len(lows) and f"{lows[v]} {lows[v + 1]}" in verbs)


def bought_with_object(lex: Lexicon, lows: list[str], e: int) -> bool:
    """The buying verb ending before e (an older relative reading's "X, the maker that Marlin
    bought ...") fills its own object slot or is undone later in the clause: "bought flour
    from", "bought a plant from", "bought in May and sold to Penn Foods"."""
    verbs = buying_verbs(lex)
    if e < 1 or not (lows[e - 1] in verbs or (e >= 2 and f"{lows[e - 2]} {lows[e - 1]}" in verbs)):
        return False
    return not _object_gap(lows, e) or _holding_ended(lows, e)


def _object_gap(lows: list[str], a: int) -> bool:
    """The word at a, right after the buying verb, leaves its object slot to the antecedent:
    not "bought a 10% stake in", "bought flour from", "bought 30 trucks from"."""
    if a >= len(lows):
        return True
    w = lows[a]
    if w in GAP_FOLLOWERS or w in PUNCT_STOP or w in CLAUSE_STOP or w.endswith("ly"):
        return True
    return (w.isdigit() or w in COUNTS) and a + 1 < len(lows) and lows[a + 1] in SPANS


def _holding_ended(lows: list[str], a: int) -> bool:
    """The relative clause from a on goes on with a sale or an end date ("and sold to Penn
    Foods", "before selling it", "until 2020"), before its comma or the sentence end."""
    for w in lows[a:]:
        if w == "," or w in PUNCT_STOP:
            return False
        if w in HOLDING_ENDS:
            return True
    return False


def _antecedent(s: Sentence, r: int) -> int:
    """Back from the relative word (or the buyer) at r: the name before ", the DESCRIPTOR";
    -1 when the descriptor breaks a guard."""
    lows = s.lows
    c = r - 1
    while c > 0 and r - c <= DESCRIPTOR_REACH and lows[c] != ",":
        w = lows[c]
        if w in PUNCT_STOP or w in CLAUSE_STOP or w in RELATIVES:
            return -1
        if w == M and not (s.etypes(c) == {"Location"} or s.is_det(c)):
            return -1
        c -= 1
    if c < 1 or lows[c] != "," or lows[c + 1] not in SKIP_DETS or c + 2 >= r:
        return -1
    return c - 1 if lows[c - 1] == M and not s.is_det(c - 1) else -1


def described_purchases(s: Sentence) -> None:
    lows = s.lows
    verbs = buying_verbs(s.lex)
    for b in range(3, len(lows) - 1):
        if lows[b] != M or "Organization" not in s.etypes(b):
            continue
        v = b + 1
        while v < len(lows) and lows[v] in AUX:
            v += 1
        if v >= len(lows) or not _verb_at(lows, v, verbs):
            continue
        a = v + 1 if lows[v] in verbs else v + 2  # the word after the verb
        if not _object_gap(lows, a) or _holding_ended(lows, a):
            continue
        r = b - 1 if lows[b - 1] in WHICH_THAT else b
        name = _antecedent(s, r)
        if name < 0 or name == b or s.blocked(r, v + 1):
            continue
        thing = s.ment(name)
        if {"Organization", "Product"} & s.etypes(name):
            s.emit(s.ment(b), ("OWNS",), thing, "verbal/described-purchase", 0.6)


def _passive_relative(lows: list[str], p: int) -> int:
    """ "that is majority-owned", "which was controlled" ending at the participle p: the
    position of the relative word, else -1."""
    q = p - 1
    if lows[p] not in HOLDING_PARTICIPLES:
        pass  # "majority-owned" as one token
    elif q >= 2 and lows[q] == "-" and lows[q - 1] in CONTROL_MARKS:
        q -= 2
    elif q >= 1 and lows[q] in CONTROL_MARKS:
        q -= 1
    if q < 1 or lows[q] not in BE_FORMS or lows[q - 1] not in WHICH_THAT:
        return -1
    return q - 1


def holder_after(s: Sentence, by: int) -> int:
    """The first name after "by" past a short descriptor ("the buyout firm Brisa"), else -1."""
    lows = s.lows
    for h in range(by + 1, min(len(lows), by + 1 + HOLDER_REACH)):
        if lows[h] == M:
            ok = not s.is_det(h) and {"Organization", "Person"} & s.etypes(h)
            return h if ok and lows[h + 1 : h + 2] != ["-"] else -1
        if lows[h] in PUNCT_STOP or lows[h] in (",", "and", "or"):
            return -1
    return -1


def holding_agents(s: Sentence) -> frozenset[str]:
    """The names a passive of control gives as holders: "owned by (the fund) K", "controlled by
    K" (`holder_after`)."""
    lows = s.lows
    agents: set[str] = set()
    for p in range(len(lows) - 2):
        if control_participle(lows[p]) and lows[p + 1] == "by":
            h = holder_after(s, p + 1)
            if h >= 0:
                agents.update(s.ment(h).ids)
    return frozenset(agents)


def described_holders(s: Sentence) -> None:
    lows = s.lows
    for p in range(4, len(lows) - 2):
        if not control_participle(lows[p]) or lows[p + 1] != "by":
            continue
        r = _passive_relative(lows, p)
        name = _antecedent(s, r) if r >= 0 else -1
        holder = holder_after(s, p + 1) if name >= 0 else -1
        if holder < 0 or s.blocked(r, p + 1) or _holding_ended(s.lows, holder + 1):
            continue
        if not {"Organization"} & s.etypes(name):
            continue
        for h in coord(s, holder, +1):
            s.emit(s.ment(h), ("OWNS",), s.ment(name), "verbal/described-holder", 0.6)
