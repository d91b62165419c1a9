"""A partnership noun phrase with no party before it: the article's firm is the other party.

"What Dravel Tea still has is a brand and a partnership with Quoyne Auctioneers", "the
finance director said the partnership with Pelm Haulage, under which ..., had produced
profits", "A partnership with Kuusi, the Finnish textile house, lends its sofas a northern
look": no subject or possessor names who holds the tie, so the firm the text is about
(`SentenceContext.joint_org`) partners with the name after "with". Not when another firm is
named before the partner (it may hold the tie) or, when the tie opens the sentence, anywhere
in it ("A partnership with X lets its rival Y dye its own yarn"), nor when
the sentence doubts, plans or denies it ("A tie-up with X could follow", "is seeking a
partnership with X"), nor when a rule above already gave the partner a partner.
"""

from __future__ import annotations

from loaders.relations.deal_guards import intended
from loaders.relations.model import Mention, Sentence
from loaders.relations.nav import coord
from loaders.relations.partnering import (
    TIE_DOUBTS,
    emit_partners,
    opens_tie,
    partner_after_with,
    tie_at,
)
from loaders.relations.words import M


def bare_tie_at(lows: list[str]) -> bool:
    """The words hold "a|the <partnership noun> with" (the context then reads the firm of the
    text, `SentenceContext.joint_org`)."""
    return any(tie_at(lows, k) for k in range(len(lows) - 2))


def bare_tie(s: Sentence) -> None:
    """ "a partnership with X", "the alliance with X" with no holder named: the firm of the
    text partners with X."""
    org = s.context.joint_org
    lows = s.lows
    if not org or not TIE_DOUBTS.isdisjoint(lows):
        return
    named = any(w == M and org in s.ment(x).ids for x, w in enumerate(lows))
    if not (named or opens_tie(lows)):
        return  # the firm of the text is named in the sentence, or the tie opens it
    for k in range(len(lows) - 2):
        if not tie_at(lows, k):
            continue
        e = partner_after_with(s, k + 2)
        if e < 0 or s.is_det(e) or intended(s, k + 1) or _other_org_before(s, e, org):
            continue
        partners = coord(s, e, +1)
        if (k == 0 or not named) and _other_org(s, partners, org):
            continue  # "A partnership with X lets its rival Y ...": Y may hold the tie
        house = Mention((org,), -1, -1, "context", 0.7)
        for x in partners:
            if "Organization" in s.etypes(x) and not _has_partner(s, x, org):
                emit_partners(s, house, s.ment(x), "bare-tie", 0, x)


def _other_org_before(s: Sentence, e: int, org: str) -> bool:
    """An organization other than the firm of the text named before the partner at e."""
    return any(
        w == M and "Organization" in s.etypes(x) and org not in s.ment(x).ids
        for x, w in enumerate(s.lows[:e])
    )


def _other_org(s: Sentence, partners: list[int], org: str) -> bool:
    """An organization named anywhere in the sentence besides the partners (or an "its" for
    one) and the firm of the text (the guard of `partnering.opening_tie`)."""
    known = {org}.union(*(s.ment(p).ids for p in partners))
    return any(
        w == M and "Organization" in s.etypes(x) and known.isdisjoint(s.ment(x).ids)
        for x, w in enumerate(s.lows)
    )


def _has_partner(s: Sentence, x: int, org: str) -> bool:
    """The name at x is already a party of a partnership found in the sentence, or is the
    firm of the text."""
    ids = s.ment(x).ids
    if org in ids:
        return True
    return any(f.type == "PARTNERS_WITH" and (f.source in ids or f.target in ids) for f in s.found)
