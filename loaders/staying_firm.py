"""A company reference in a holder's staying on after a deal: "Velmora agreed to buy
Southbank. ... Dumont said Hollins would continue to run the business": the business is the
firm the holder is already tied to (founded or leads: Southbank), not the buyer named last.

Only "P [, appositive,] [will | would | is to] continue | stay | remain [on] to run | lead |
manage the X" and "P ... stay | remain [on] as <leading role> of the X", P a person named right
before the auxiliaries (or before an appositive set off by commas), and only when the earlier
relations tie P to exactly one organization (`tied_firm.one_tied`)."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import Final

from loaders.lexicon import Lexicon, read_data, word_set
from loaders.relations.model import Mention
from loaders.relations.unnamed_roles import CONTINUING_VERBS
from loaders.tied_firm import one_tied

_GRAMMAR = read_data("grammar.yaml")
STAY_LEADS: Final = word_set(_GRAMMAR["staying_lead_verbs"])  # "to run the business"
STAY_AUX: Final = word_set(_GRAMMAR["staying_auxiliaries"])  # "would", "is expected to"
AUX_REACH: Final = 4  # auxiliaries between P and the verb: "is expected to"
APPOSED_REACH: Final = 8  # words of an appositive on P: ", Stride's managing director,"
ROLE_REACH: Final = 4  # words between "as" and "of": "as managing director of"


def staying_firm(
    lex: Lexicon,
    lows: list[str],
    items: Sequence[Mention],
    i: int,
    relations: Collection[tuple[str, str, str]],
    type_of: Callable[[str], str],
) -> str | None:
    """The firm the holder of a staying clause ends in the reference at i is tied to ("P will
    stay on to run the company", "P would remain as chief executive of the unit"), else None.

    >>> lows = "ana lund will stay on to head the bakery".split()
    >>> items = [Mention(("ana-lund",), 0, 2)]
    >>> rels = [("ana-lund", "FOUNDED", "lund-mills")]
    >>> kind = {"ana-lund": "Person", "lund-mills": "Organization"}.__getitem__
    >>> staying_firm(Lexicon.load(), lows, items, 7, rels, kind)
    'lund-mills'
    """
    v = _staying_verb(lex, lows, i)
    if v < 0:
        return None
    person = _holder(lows, items, v, type_of)
    if person is None:
        return None
    firm = _apposed_firm(lex, lows, items, person) or one_tied(person.ids[0], relations, type_of)
    return None if firm is None or _sold_a_unit(firm, relations) else firm


def _sold_a_unit(firm: str, relations: Collection[tuple[str, str, str]]) -> bool:
    """Whether `firm` owns a company another owner has bought ("Dorn sold its arm, Crumb, to
    Garrow. ... Dorn's founder will stay on to manage the bakery": the bakery is Crumb).

    >>> _sold_a_unit("dorn", [("dorn", "OWNS", "crumb"), ("garrow", "OWNS", "crumb")])
    True
    >>> _sold_a_unit("crumb", [("dorn", "OWNS", "crumb"), ("garrow", "OWNS", "crumb")])
    False
    """
    units = {b for a, t, b in relations if a == firm and t == "OWNS"}
    return any(t == "OWNS" and b in units and a != firm for a, t, b in relations)


def _staying_verb(lex: Lexicon, lows: list[str], i: int) -> int:
    """The verb of staying ("continue", "stays") whose clause ends in the reference at i: "to
    run the X" or "as <leading role> of the X" after it, with "on" between ("stay on"); else -1."""
    k = i - 1
    if k >= 2 and lows[k] in STAY_LEADS and lows[k - 1] == "to":
        k -= 2  # "continue to run the business"
    elif k >= 2 and lows[k] == "of":
        k = _role_as(lex, lows, k)  # "remain on as chief executive of the mill"
        if k < 0:
            return -1
    else:
        return -1
    if k >= 1 and lows[k] == "on":
        k -= 1  # "stay on to oversee the bakery"
    return k if k >= 0 and lows[k] in CONTINUING_VERBS else -1


def _role_as(lex: Lexicon, lows: list[str], of: int) -> int:
    """The word before "as <leading role>" that ends right at "of", else -1."""
    for a in range(of - 2, max(-1, of - 2 - ROLE_REACH), -1):
        if lows[a] != "as":
            continue
        hit = lex.roles.match(lows, a + 1) if lows[a + 1] in lex.roles else None
        if hit and "LEADS" in hit[1].types and not hit[1].inverse and a + 1 + hit[0] == of:
            return a - 1
        return -1
    return -1


def _holder(
    lows: list[str], items: Sequence[Mention], v: int, type_of: Callable[[str], str]
) -> Mention | None:
    """The person the verb of staying at v is said of: named right before its auxiliaries
    ("Hollins would continue"), before an appositive set off by commas ("Ana Lund, Dorn's
    founder, will stay on") or as one ("Dorn's founder, Ana Lund, will stay on"); else None."""
    for m in reversed([m for m in items if m.j <= v]):
        gap = lows[m.j : v]
        if gap[:1] != [","] and "," in gap:
            continue  # a name inside the appositive ("Dorn's founder"): look further back
        if gap[:1] == [","]:
            if "," in gap[1:]:
                end = gap.index(",", 1)
                if end > APPOSED_REACH:
                    return None
            elif m.i >= 1 and lows[m.i - 1] == ",":
                end = 0  # "Dorn's founder, Ana Lund, will": the name is the appositive
            else:
                return None  # "X, which bought Y from Ana Lund, will"
            gap = gap[end + 1 :]
        if len(gap) > AUX_REACH or not all(w in STAY_AUX for w in gap):
            return None
        return m if len(m.ids) == 1 and type_of(m.ids[0]) == "Person" else None
    return None


def _apposed_firm(lex: Lexicon, lows: list[str], items: Sequence[Mention], m: Mention) -> str:
    """The firm of the role the person m is set off with ("Dorn's founder, Ana Lund" or "Ana
    Lund, Dorn's founder,": Dorn), else "" (the same sentence's relations are not yet found)."""
    if m.i >= 1 and lows[m.i - 1] == ",":  # "Dorn's founder, Ana Lund"
        owner = next((x for x in reversed(items) if x.j < m.i), None)
        end = m.i - 1
    elif lows[m.j : m.j + 1] == [","]:  # "Ana Lund, Dorn's founder,"
        owner = next((x for x in items if x.i == m.j + 1), None)
        end = lows.index(",", m.j + 1) if "," in lows[m.j + 1 :] else -1
    else:
        return ""
    if owner is None or len(owner.ids) != 1 or lows[owner.j : owner.j + 1] != ["'s"]:
        return ""
    k = owner.j + 1
    hit = lex.roles.match(lows, k) if k < len(lows) and lows[k] in lex.roles else None
    if hit is None or k + hit[0] != end or hit[1].inverse:
        return ""
    return owner.ids[0] if {"FOUNDED", "LEADS"} & set(hit[1].types) else ""
