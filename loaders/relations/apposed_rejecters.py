"""A named person who rejects a charge set in apposition to the clause that makes it.

"Odile Brandt accused Corvane of padding its invoices, a charge Mr Laskey rejected": the
person rejecting the apposed charge answers it, and disputes its accuser (Odile Brandt), the
author of this sentence's dispute or, when that was not read, the subject of its charging verb
("accused"). The firm the accused names is read by `litigation.apposed_rejection`; this reads
a person of no such tie, who is no court or judge and no accuser, and only when the sentence
has one accuser.
"""

from __future__ import annotations

from loaders.relations.model import Mention, Sentence
from loaders.relations.nav import subjects
from loaders.relations.relative_charges import party_charge_verbs
from loaders.relations.words import PUNCT_STOP, M


def past_title(s: Sentence, r: int) -> int:
    """The position after a one-word person title at r ("Mr", "Dr") when a name follows it;
    a judge's title ("Judge", "Justice") keeps r (a court rules, no party answers)."""
    lows, lex = s.lows, s.lex
    if r + 1 >= len(lows) or lows[r + 1] != M or lows[r] in lex.adjudicators:
        return r
    hit = lex.titles.match(lows, r) if lows[r] in lex.titles else None
    return r + 1 if hit and hit[0] == 1 else r


def person_rejects(s: Sentence, c: int, r: int, rule: str) -> None:
    """The person named at r rejects the claim noun at c: it disputes the sentence's one
    accuser (of its DISPUTES before c, else the subject of its charging verb)."""
    rejecter = s.ment(r)
    if rejecter.kind != "name" or "Person" not in s.etypes(r):
        return
    accusers = {f.source for f in s.found if f.type == "DISPUTES"}
    if not accusers:
        accusers = set(_charging_subject(s, c))
    if len(accusers) != 1 or accusers & set(rejecter.ids):
        return
    accuser = next(iter(accusers))
    s.emit(rejecter, ("DISPUTES",), Mention((accuser,), r, r), rule, 0.6)


def _charging_subject(s: Sentence, c: int) -> tuple[str, ...]:
    """The ids of the subject of the charging verb ("accused", "blamed") of the clause before
    the claim noun at c; () if none."""
    lows, verbs = s.lows, party_charge_verbs(s.lex)
    for v in range(c - 2, -1, -1):
        if lows[v] in PUNCT_STOP:
            return ()
        if lows[v] != M and lows[v] in verbs and verbs.match(lows, v):
            subj = subjects(s, v, True)
            return s.ment(subj[0]).ids if subj else ()
    return ()
