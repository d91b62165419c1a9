"""Litigation family: a claim, who made it, whom it accuses and who answers it.

- `rebuttal`: the party that rejects a named side's claim disputes that side: "Telvio denied
  Skyreach Mobile's claims", "called the lawsuit by Skyreach a negotiating tactic", "said
  Skyreach's allegations were baseless".
- `answer`: a party accused earlier in the article that denies "the allegations", rejects "the
  claims", "will fight the lawsuit", "has countersued" or "said it would appeal" disputes its
  accuser: "Harrowby Farmers sued Glenmoor Foods. Glenmoor denied the allegations."
- `deal`: whoever fights a deal disputes each of its parties: "The authority sued to block
  Marvell's purchase of Ocra", "challenged the merger of A and B".
- `charge`: a claim whose author is named disputes whom it accuses: "The lawsuit, filed by
  Skyreach in Delaware, accuses Telvio of fraud", "Skyreach's complaint alleges that Telvio
  copied its design".

- `permit`: whoever fights a project's permit disputes the project: "challenged the licence
  granted to the Kerr mine", "asked a court to overturn the permit for Kerr" (asking a court is
  the fight itself).

A judge or court that dismisses a claim rules on it and is no party ("Judge Olsen dismissed
Skyreach's lawsuit"). The words are data: `litigation` in `loaders/data/triggers.yaml`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from loaders.amount_words import CURRENCY_SIGNS, amount_word
from loaders.cue_mask import CUE_DEAL_PHRASE
from loaders.grammar_words import DETS_AND_ONE, NOUN_DETS, PERFECT_AUX
from loaders.lexicon import (
    GAP,
    Lexicon,
    PhraseIndex,
    per_lexicon,
    phrase_index,
    verb_index,
    word_set,
)
from loaders.non_names import data_words
from loaders.quotes import spans as quote_spans
from loaders.relations.apposed_rejecters import past_title, person_rejects
from loaders.relations.award_challenges import stated_award
from loaders.relations.denials import denies_act
from loaders.relations.hedge_scope import hearsay_index
from loaders.relations.held_suits import held_at, modified_start, venue_word
from loaders.relations.modal_acts import modal_head
from loaders.relations.model import Mention, Sentence
from loaders.relations.nav import agent_after, coord, match_gap, right, subjects
from loaders.relations.self_possessor import self_possessor
from loaders.relations.words import (
    ALLY_WORDS,
    BE_FORMS,
    CLAUSE_STOP,
    CO_PARTY_MARKS,
    CONFLICT_STATES,
    COPULAS,
    DATE_WORDS,
    DEFINITE_DETS,
    IN_INTO,
    INDEFINITE_ARTICLES,
    LINKED_STATES,
    POSSESSIVE_MARKS,
    PREPOSITIONS,
    PUNCT_STOP,
    QUOTE_MARKS,
    RELATIVES,
    REPORTING,
    SCALE_WORDS,
    SKIP_DETS,
    STAYING_LINKS,
    M,
)
from loaders.relations.words import (
    STREAK_NOUNS as STREAK,
)

RULE_REBUTTAL = "litigation/rebuttal"
RULE_SUED_REBUTTER = "litigation/sued-rebutter"
RULE_CHARGED_IN = "litigation/charged-in-suit"
RULE_CHARGE = "litigation/charge"
RULE_ANSWER = "litigation/answer"
RULE_DEAL = "litigation/deal"
RULE_PERMIT = "litigation/permit"
RULE_SETTLED = "litigation/settled"
RULE_MANAGEMENT = "litigation/management"
# words between a verb and a bare "management": "attacked the senior management"
# "attacked management", "has attacked the board for overpaying" (also context cues)
MANAGEMENT_WORDS: Final[frozenset[str]] = frozenset(
    {"management", "board", "directors", "managers"}
)
MANAGEMENT_FILLERS = frozenset({"the", "senior", "top", "company", "group"})
# the management words a quoted charge may follow: "accused management of 'hiding losses'"
QUOTED_CHARGE_WORDS: Final[frozenset[str]] = frozenset({"management", "managers", "board"})
# the words after a management word that open the grounds of the criticism: a firm named in
# them ("attacked the board over its purchase of Corlin") is what the board did, no owner
GROUNDS_OPENERS: Final[frozenset[str]] = frozenset({"for", "over"})
# words between a verb and the claim: "denied all of Skyreach's claims", "rejected the latest"
# words that open where or when a claim was filed: "lodged in county court by X"
VENUE_REACH = 7  # words of a claim's venue phrase before its filing participle
VENUE_OPENERS = frozenset({"in", "at", "with", "before", "last", "this", "on", "earlier"})
CLAIM_FILLERS = SKIP_DETS | {
    "all",
    "of",
    "these",
    "those",
    "such",
    "its",
    "their",
    "any",
    "every",
    "each",
}

# "is accused in", "has been charged in", "being sued in": the copula of a charged party
PASSIVE_BE: Final[frozenset[str]] = frozenset(COPULAS | {"been", "being"})


def apply(s: Sentence) -> None:
    claims, soft = s.lex.claim_nouns, litigation_words(s.lex).soft
    for c, w in enumerate(s.lows):
        if w in claims:
            claim_at(s, c)
        elif w in soft:
            soft_claim_at(s, c)
    if s.cues() & CUE_DEAL_PHRASE:  # (most sentences: no deal noun's phrase)
        for d, length, _ in s.lex.deal_nouns.hits(s.lows, 0, len(s.lows)):
            deal(s, d, length)
    if s.context.disputes or any(f.type == "DISPUTES" for f in s.found):
        answer(s)
    dismissed_and_blamed(s)


def dismissed_and_blamed(s: Sentence) -> None:
    """ "Pellucid said the complaint had no basis and that Ortega had misread the contract":
    the side that dismisses a claim and blames a named party disputes it."""
    for k, w in enumerate(s.lows):
        if w not in REPORTING or not _said_dismissed(s, k):
            continue
        r = claim_respondent(s, k)
        blamed = _blamed_after(s, k)
        if r < 0 or blamed < 0 or s.blocked(r + 1, k):
            continue
        if not s.ment(blamed).shares(s.ment(r)):
            s.emit(s.ment(r), ("DISPUTES",), s.ment(blamed), RULE_REBUTTAL, 0.6)


def claim_at(s: Sentence, c: int) -> None:
    """Read the claim noun at c: its author, then who answers it or whom it accuses."""
    authors, start, end = claimant(s, c)
    if not authors:
        apposed_rejection(s, c)
        return
    r = rebuttal(s, authors, start, end)
    v = held_at(s, c, authors, start, end) if r < 0 else -1  # "is defending a suit brought by X"
    if v >= 0:
        r = rebuttal(s, authors, start, end, v)
    if r >= 0:
        sued_rebutter(s, c, authors, r, end, v >= 0)
    elif not charged_in_suit(s, c, authors, start) and not settled(s, authors, start):
        charge(s, authors, end)


def charged_in_suit(s: Sentence, c: int, authors: list[int], start: int) -> bool:
    """ "X was accused of fraud in a lawsuit filed by Y", "X is named in Y's complaint", "X,
    the defendant in a suit by Y": the suit's author disputes the subject of the agentless
    participle (or the party noun) before "in"."""
    lows, lw = s.lows, litigation_words(s.lex)
    if lows[c] not in lw.suits or start < 2 or lows[start - 1] != "in":
        return False
    for v in range(start - 2, max(0, start - 10), -1):
        w = lows[v]
        if (w == M and not s.is_det(v)) or w in PUNCT_STOP or w == ",":
            return False
        if (w in lw.charged and lows[v - 1] in PASSIVE_BE) or (
            w in lw.parties
            and v == start - 2
            and lows[v - 1] in SKIP_DETS
            and (lows[v - 2] in COPULAS or lows[v - 2] == ",")
        ):
            subj = subjects(s, v, True)
            if not subj or subj[0] in authors or s.blocked(subj[0] + 1, v):
                return False
            s.emit(s.merged(authors), ("DISPUTES",), s.ment(subj[0]), RULE_CHARGED_IN, 0.65)
            return True
    return False


def sued_rebutter(
    s: Sentence, c: int, authors: list[int], r: int, end: int, held: bool = False
) -> None:
    """ "Kelso is fighting a lawsuit filed by Tarsa", "Kelso called Tarsa's suit baseless":
    the suit's named author disputes the party that answers it (which disputes the author in
    turn: `rebuttal`), unless the suit names another side ("Tarsa's suit against Halvik") or
    the answer is a person's (a commentator or a lawyer, not the one sued). A claim `held`
    ("is defending a claim brought by Ann Roe": `held_suits`) is a suit whatever its noun."""
    suit = held or s.lows[c] in litigation_words(s.lex).suits
    if not suit or any(forum(s, a) for a in authors):
        return
    if "Person" in s.etypes(r):
        return  # "Ann Reyes called Tarsa's lawsuit baseless": a commentator, no defendant
    lows = s.lows
    for p in range(c + 1, min(len(lows), end + 2)):
        if lows[p] == "against" and p + 1 < len(lows) and lows[p + 1] == M:
            if not s.ment(p + 1).shares(s.ment(r)):
                return
    s.emit(s.merged(authors), ("DISPUTES",), s.ment(r), RULE_SUED_REBUTTER, 0.65)


def soft_claim_at(s: Sentence, c: int) -> None:
    """ "Corliss said Pellam's figures were wrong", "Kestle contested Lutaro's estimates": an
    answer noun (`answer_nouns`) of a named author, rejected, is a claim rebutted (a naming
    verb needs a dismissive word: "called Pellam's figures accurate" is none)."""
    authors, start, end = claimant(s, c)
    if not authors:
        return
    verb = _verb_before(s, start)
    if verb >= 0 and _naming(s, verb) and not _dismissive_near(s, c):
        return
    rebuttal(s, authors, start, end)


def _naming(s: Sentence, v: int) -> bool:
    """The rebut verb at v only names what it takes: "called", "described", "labelled"."""
    return bool(litigation_words(s.lex).naming.match(s.lows, v))


def _dismissive_near(s: Sentence, c: int) -> bool:
    """A dismissive word a few words after the noun at c, in its clause: "the note selective
    and stale", "the report as misleading"."""
    lows, dismissive = s.lows, s.lex.dismissive
    for p in range(c + 1, min(len(lows), c + 7)):
        if lows[p] in PUNCT_STOP or lows[p] == M:
            return False
        if lows[p] in dismissive and dismissive.match(lows, p):
            return True
    return False


def claimant(s: Sentence, c: int) -> tuple[list[int], int, int]:
    """The claim's authors, where its noun phrase starts and the position after it: a possessor
    ("Skyreach's claims", "its lawsuit") or an agent ("claims by X", "the suit, filed by X")."""
    lows = s.lows
    n = len(lows)
    m = c - 1
    while m >= 0 and c - m <= 3 and lows[m] != M and lows[m].isalpha() and lows[m] != "of":
        if lows[m] in SKIP_DETS:
            break  # "the claims": an article, no possessor
        m -= 1  # "Skyreach's latest patent claims"
    if m >= 1 and lows[m] == "'s" and lows[m - 1] == M and not s.is_det(m - 1):
        return coord(s, m - 1, -1), _np_start(s, m - 1), c + 1
    if m >= 0 and lows[m] == M and s.is_det(m) and c - m <= 2:
        return [m], m, c + 1
    p = c + 1
    if p < n and lows[p] == ",":
        p += 1
    while p < n and p - c <= 3 and lows[p] in ("was", "were", "has", "have", "been"):
        p += 1  # "The lawsuit was filed by X against Y"
    p = _venue_before_agent(s, p)  # "a lawsuit in a Winnipeg court brought by X"
    if p < n and lows[p] in s.lex.claim_agents:
        p += 1
        p = _past_venue(s, p)  # "the claim, lodged in county court by X"
    if p < n and lows[p] in ("by", "from"):
        a = agent_after(s, p + 1)
        if a >= 0:
            idx = coord(s, a, +1)
            end = idx[-1] + 1
            if c + 1 < n and lows[c + 1] == "," and end < n and lows[end] != ",":
                # "the suit, filed by X in Delaware, accuses": past the closing comma
                q = end
                while q < n and q - end <= 6 and lows[q] not in PUNCT_STOP and lows[q] != ",":
                    q += 1
                end = q
            return idx, _np_start(s, modified_start(s, c, CLAIM_FILLERS)), end
    return [], -1, -1


def _venue_before_agent(s: Sentence, p: int) -> int:
    """Before a filing participle and its "by", the position of the participle past a short
    phrase of where the claim stands ("a lawsuit in a Winnipeg court brought by X", "the case
    before the Ontario Superior Court filed by X"); else p itself. The phrase names only a
    place or a forum."""
    lows = s.lows
    n = len(lows)
    if p >= n or lows[p] not in VENUE_OPENERS:
        return p
    for q in range(p + 1, min(n - 1, p + VENUE_REACH)):
        if lows[q] in s.lex.claim_agents and lows[q + 1] == "by":
            return q
        if lows[q] == M and not (forum(s, q) or "Location" in s.etypes(q)):
            return p
        if lows[q] != M and not lows[q].isalpha():
            return p
    return p


def _past_venue(s: Sentence, p: int) -> int:
    """After a filing verb, the "by" past a short phrase of where or when it was filed ("lodged
    in county court by X", "filed last week by X"); else p itself."""
    lows = s.lows
    if p >= len(lows) or lows[p] not in VENUE_OPENERS:
        return p
    for q in range(p + 1, min(len(lows), p + 6)):
        if lows[q] == "by":
            return q
        if venue_word(s, q, lows[q] == M and forum(s, q)):
            continue  # "brought in 2023 by X", "filed in the High Court in Kano by X"
        if lows[q] == M or not lows[q].isalpha():
            return p
    return p


def _np_start(s: Sentence, k: int) -> int:
    """The first word of the noun phrase whose word (or possessor) is at k."""
    lows = s.lows
    m = k
    while m >= 1 and lows[m - 1] in CLAIM_FILLERS and not (lows[m - 1] == "of" and m < k):
        m -= 1
    return m


def forum(s: Sentence, k: int) -> bool:
    """The mention at k is a judge or a court ("Judge Olsen", "the Chancery Court")."""
    lows = s.lows
    before = lows[k - 1] if k >= 1 else ""
    if before in s.lex.adjudicators:
        return True
    return forum_named(s, k)


def forum_named(s: Sentence, k: int) -> bool:
    """The mention at k is a court by its name's head alone ("the Chancery Court", "the Supreme
    Court of Arland"); `forum` also reads a judge's title before the name ("Judge Olsen")."""
    return any(i.rsplit("-", 1)[-1] in s.lex.forum_heads for i in s.ment(k).ids)


def rebuttal(s: Sentence, authors: list[int], start: int, end: int, verb: int = -1) -> int:
    """ "R denied/rejected/called X's claims ...", "R said X's claims were baseless": the
    rebutting party's position, else -1 (`verb`: the answering verb when the caller found it,
    "is defending a suit brought by X")."""
    lows = s.lows
    if verb < 0:
        verb = _verb_before(s, start)
    if verb < 0:
        verb = _dismissed(s, start, end)
    if verb < 0:
        return -1
    subj = subjects(s, verb, True)
    if not subj:
        return -1
    r = subj[0]
    if r in authors or forum(s, r) or s.blocked(r + 1, verb):
        return -1
    if any(lows[x] in CLAUSE_STOP for x in range(r, verb)):
        return -1
    org, spokes = speaking_for(s, r)
    if spokes and org not in authors:
        r = org  # "Tom Vell, a lawyer for Corran Bank, said the claims ...": Corran Bank
    s.emit(s.ment(r), ("DISPUTES",), s.merged(authors), RULE_REBUTTAL, 0.7)
    return r


def settled(s: Sentence, authors: list[int], start: int) -> bool:
    """ "X agreed to pay $4m to settle a lawsuit brought by Pell": the claim's author disputes
    the party that settles it."""
    verb = _verb_before(s, start, litigation_words(s.lex).settle)
    if verb < 0:
        return False
    subj = subjects(s, verb, True)
    if not subj or subj[0] in authors or forum(s, subj[0]) or s.blocked(subj[0] + 1, verb):
        return False
    if any(forum(s, a) for a in authors):
        return True  # "won a ruling by the High Court": a court rules, it disputes no one
    last = max(authors)
    if last + 2 < len(s.lows) and s.lows[last + 1] == "against" and s.lows[last + 2] == M:
        if s.ment(last + 2).kind == "name":
            return False  # "commented on the suit filed by A against B": B is the party
    s.emit(s.merged(authors), ("DISPUTES",), s.ment(subj[0]), RULE_SETTLED, 0.65)
    return True


def _verb_before(s: Sentence, start: int, verbs: PhraseIndex | None = None) -> int:
    """A rebutting verb (or one of `verbs`) ending right before the claim's noun phrase at
    `start`, else -1."""
    lows = s.lows
    verbs = s.lex.rebut_verbs if verbs is None else verbs
    for v in range(start - 1, max(-1, start - 5), -1):
        w = lows[v]
        if w == M or w in PUNCT_STOP or w == ",":
            return -1
        if w in verbs:
            hit = verbs.match(lows, v)
            if hit and v + hit[0] == start:
                return v
    return -1


def _dismissed(s: Sentence, start: int, end: int) -> int:
    """ "said X's claims were baseless": the reporting verb before the claim, else -1."""
    lows, n = s.lows, len(s.lows)
    p = end
    if p < n and lows[p].startswith("lack"):
        p -= 1  # "said X's claim lacked merit": the dismissal is the verb itself
    elif not (p < n and lows[p] in COPULAS):
        return -1
    p += 1
    while p < n and p - end <= 3 and (lows[p].endswith("ly") or lows[p] in QUOTE_MARKS):
        p += 1  # "were entirely baseless", 'were "completely false"'
    if not (p < n and lows[p] in s.lex.dismissive and s.lex.dismissive.match(lows, p)):
        return -1
    v = start - 1
    if v >= 0 and lows[v] == "that":
        v -= 1
    return v if v >= 0 and lows[v] in REPORTING else -1


def charge(s: Sentence, authors: list[int], end: int) -> None:
    """ "the lawsuit, filed by X, accuses Y", "X's complaint alleges that Y ..."."""
    lows, verbs = s.lows, s.lex.charge_verbs
    n = len(lows)
    if any(forum(s, a) for a in authors):
        return  # "Judge Olsen's ruling says ...": the forum is no party
    p = end
    if p < n and lows[p] == ",":
        p += 1
    while p < n and p - end <= 3 and lows[p] in ("also", "further", "now", "which"):
        p += 1
    if p < n and lows[p] == "against":
        e = p + 1  # "the lawsuit was filed by X against Y"
    else:
        hit = verbs.match(lows, p) if p < n and lows[p] in verbs else None
        if not hit:
            return
        e = p + hit[0]
    if e < n and lows[e] == "that":
        e += 1
    obj = right(s, e, 3)
    if obj < 0 or obj in authors or forum(s, obj) or s.blocked(end, obj):
        return
    s.emit(s.merged(authors), ("DISPUTES",), s.merged(coord(s, obj, +1)), RULE_CHARGE, 0.7)


def answer(s: Sentence) -> None:
    """ "Glenmoor Foods denied the allegations", "Ardley has countersued": the respondent of an
    earlier dispute (this sentence's or the article's) disputes its accuser."""
    lows = s.lows
    own = [(f.source, f.target) for f in s.found if f.type == "DISPUTES"]
    disputes = [*s.context.disputes, *own]
    if QUOTE_MARKS.intersection(lows):
        _quoted_answers(s, disputes)
    _accuser_wrong(s, disputes)
    starts = _answer_starts(s.lex)
    rumour = -2  # (read at the first answer: most sentences have none)
    for k in range(len(lows)):
        if lows[k] not in starts or not _answers(s, k):
            continue
        if rumour == -2:
            rumour = hearsay_at(s.lex, lows)
        if 0 <= rumour < k:
            disputes = own  # "Some say X may sell; the firm denied this.": the rumour denied
        r = claim_respondent(s, k)
        if r < 0 or s.blocked(r + 1, k):
            continue
        ment = s.ment(r)
        longer = _longer_forms(s, ment, disputes)
        sides = (*ment.ids, *_led_by(s, r), *longer)
        for accuser, accused in _answered(s, k, ment, sides, disputes):
            # the accused answers, or the person leading it ("X, chief executive of the accused")
            keep = accused not in ment.ids and accused in sides and accused not in longer
            src = ment if keep else Mention((accused,), r, r)
            s.emit(src, ("DISPUTES",), Mention((accuser,), r, r), RULE_ANSWER, 0.6)


def _longer_forms(s: Sentence, ment: Mention, disputes: list[tuple[str, str]]) -> tuple[str, ...]:
    """The accused organizations whose names the respondent's name opens, one word or more
    short of them ("Tarn Valley denied the claims" after "X sued Tarn Valley Foods": the
    short form the article kept as its own entity)."""
    if ment.kind != "name" or _parent_aside(s, ment.i):
        return ()
    return tuple(
        b
        for _, b in disputes
        if b not in ment.ids
        and s.type_of(b) == "Organization"
        and any(b.startswith(x + "-") and s.type_of(x) == "Organization" for x in ment.ids)
    )


PARENT_ASIDE: Final = 6  # ", the listed holding company that owns it,"


def _parent_aside(s: Sentence, r: int) -> bool:
    """The respondent at r is set off by an aside calling it a parent or owner ("Tarn Valley,
    its parent company, denied the claims", "Tarn Valley, which owns the unit, denied"): a
    company of its own, not the sued firm's short form."""
    lows = s.lows
    if r + 1 >= len(lows) or lows[r + 1] != ",":
        return False
    heads = _parent_words(s.lex)
    for i in range(r + 2, min(len(lows), r + 2 + PARENT_ASIDE)):
        w = lows[i]
        if w in (",", "whose") or (w == M and not s.is_det(i)):
            return False  # "X, whose owner ...": X is owned, no parent
        if w in heads:
            return True
    return False


@per_lexicon
def _parent_words(lex: Lexicon) -> frozenset[str]:
    """Every word of the parent heads ("holding company", "parent") and the verbs of holding
    that call a respondent its sued firm's owner, read once per lexicon."""
    heads = frozenset(w for p in data_words(lex, "parent_heads") for w in p.split())
    return heads | {"owns", "controls"}


def _quoted_answers(s: Sentence, disputes: list[tuple[str, str]]) -> None:
    """'"These claims are baseless," said Kestle Dairy': the accused of a dispute, or a person
    the article ties to it alone (`loaders.leader_record`: '"These claims are baseless," she
    said' after "Ada Roe runs Kestle"), disputes its accuser."""
    for r in _quoted_speakers(s):
        ment = s.ment(r)
        # a pronoun speaks for a firm only by the article's record of whom it leads
        sides = (*(ment.ids if ment.kind == "name" else ()), *_led_by(s, r))
        for accuser, accused in reversed(disputes):
            if accused in sides and accuser not in ment.ids and accuser not in sides:
                src = ment if accused not in ment.ids else Mention((accused,), r, r)
                s.emit(src, ("DISPUTES",), Mention((accuser,), r, r), RULE_ANSWER, 0.6)
                break


def hearsay_at(lex: Lexicon, lows: list[str]) -> int:
    """Where the first hearsay phrase of the words `lows` stands ("some say", "there is talk
    that"; triggers.yaml `litigation.hearsay`: a denial after it answers no one), else -1."""
    for k, _, _ in hearsay_index(lex).hits(lows, 0, len(lows)):
        return k
    return -1


def _accuser_wrong(s: Sentence, disputes: list[tuple[str, str]]) -> None:
    """ "Penrose said Fallow was wrong": the accused of an earlier dispute says its accuser,
    named, is wrong (or its claim baseless); the accused disputes it."""
    lows = s.lows
    n = len(lows)
    for k in range(n - 3):
        if lows[k] not in REPORTING or lows[k + 1] != M or lows[k + 2] not in COPULAS:
            continue
        p = k + 3 + (lows[k + 3].endswith("ly") and k + 4 < n)  # "was simply wrong"
        if lows[p] not in s.lex.dismissive or not s.lex.dismissive.match(lows, p):
            continue
        r = claim_respondent(s, k)
        if r < 0 or s.blocked(r + 1, k):
            continue
        said, who = s.ment(r), s.ment(k + 1)
        for accuser, accused in reversed(disputes):
            if accused in said.ids and accuser in who.ids and accuser not in said.ids:
                s.emit(said, ("DISPUTES",), who, RULE_ANSWER, 0.6)
                break


def _answered(
    s: Sentence, k: int, ment: Mention, sides: tuple[str, ...], disputes: list[tuple[str, str]]
) -> list[tuple[str, str]]:
    """The disputes the answer at k rejects: the latest one against a side of the respondent;
    and every other accuser of that side when the answer covers several claims ("rejects both
    accusations", "denied the allegations" after "A and B sued C")."""
    out: list[tuple[str, str]] = []
    several = len(ment.ids) > 1  # "Both firms deny the claims": each answers its accuser
    owner = _claim_owner(s, k)
    if owner:  # "rejected the union's accusations": the one accuser the possessor describes
        return _owner_accuser(s, owner, sides, disputes)
    for accuser, accused in reversed(disputes):
        if accused in sides and accuser not in sides:
            if not out or (accused == out[0][1] and accuser not in {a for a, _ in out}):
                out.append((accuser, accused))
            elif several and (accuser, accused) not in out:
                out.append((accuser, accused))
            if not _several(s, k):
                break
            continue
        # "X sued Y. The company denied the allegations": a reference resolved to the
        # accuser, yet only the accused denies (an appeal may come from either side)
        appeal = s.lows[k].startswith("appeal")
        if not out and ment.kind != "name" and ment.ids == (accuser,) and not appeal:
            return [(accuser, accused)]
    return out[:MAX_ACCUSERS]


MAX_ACCUSERS = 3
CLAIM_REACH = 6  # words from the answering verb to its claim noun


def _claim_owner(s: Sentence, k: int) -> str:
    """The described possessor of the claim noun the answer at k rejects ("rejected the
    union's accusations" -> "union"); "" when the claim has none or a named one."""
    lows = s.lows
    for c in range(k + 2, min(len(lows), k + CLAIM_REACH)):
        if lows[c] in s.lex.claim_nouns:
            w = lows[c - 2] if lows[c - 1] in POSSESSIVE_MARKS else ""
            return w if w.isalpha() else ""
        if lows[c] in PUNCT_STOP or lows[c] == M:
            return ""
    return ""


def _owner_accuser(
    s: Sentence, owner: str, sides: tuple[str, ...], disputes: list[tuple[str, str]]
) -> list[tuple[str, str]]:
    """The latest accuser of a side whose type the possessor word fits (a person noun: a
    Person; else an Organization); else the latest accuser."""
    head = s.lex.heads.lookup((owner,)) if owner in s.lex.heads else None
    want = head or ("Person" if s.person_head(owner) else "Organization")
    accusers = [(a, b) for a, b in reversed(disputes) if b in sides and a not in sides]
    fits = [(a, b) for a, b in accusers if s.type_of(a) == want]
    return (fits or accusers)[:1]


SEVERAL_WORDS = frozenset({"both", "all"})


def _several(s: Sentence, k: int) -> bool:
    """The answer at k takes on several claims: "both accusations", "all the allegations", or
    a plural claim noun a few words on ("denied the allegations")."""
    lows = s.lows
    for c in range(k + 1, min(len(lows), k + 6)):
        if lows[c] in SEVERAL_WORDS:
            return True
        if lows[c] in s.lex.claim_nouns:
            return lows[c].endswith("s") and lows[c] not in SINGULAR_S
    return False


SINGULAR_S = frozenset({"dismiss", "class"})


def _blamed_after(s: Sentence, k: int) -> int:
    """ "X said the complaint had no basis and that Ortega had misread the contract": the
    name that opens the second reported clause after a dismissal at k; else -1."""
    lows = s.lows
    n = len(lows)
    if lows[k] not in REPORTING:
        return -1
    for a in range(k + 2, min(n - 2, k + 14)):
        if lows[a] in PUNCT_STOP:
            return -1
        if lows[a] == "and" and lows[a + 1] == "that" and lows[a + 2] == M:
            named = s.ment(a + 2).kind == "name" and "Organization" in s.etypes(a + 2)
            return a + 2 if named else -1
    return -1


def _led_by(s: Sentence, r: int) -> tuple[str, ...]:
    """What the person at r leads by this sentence's role rules: "Ida Marr, chief
    executive of Glenmoor, said the lawsuit was baseless" answers for Glenmoor (not a person
    in a clause on the company: "Glenmoor, whose president is Ida Marr, denied ...")."""
    if "whose" in s.lows[max(0, r - 4) : r]:
        return ()
    ids = s.ment(r).ids
    # "Ida Marr, Glenmoor's founder, called the remarks ...": a founder speaks for it too
    here = tuple(f.target for f in s.found if f.type in SPEAKS_FOR and f.source in ids)
    # else the one firm earlier sentences tied the person to (`loaders.leader_record`)
    if here or not s.context.leaders_answer:
        return here
    return tuple(f for p, f in s.context.leaders if p in ids)


SPEAKS_FOR: Final = frozenset({"LEADS", "FOUNDED"})


@per_lexicon
def _answer_starts(lex: Lexicon) -> frozenset[str]:
    """The words `_answers` can read as an answer: the first words of its verb phrases and the
    reporting verbs (a set test skips every other word without a call)."""
    verbs = frozenset(lex.answer_verbs) | frozenset(lex.denial_verbs) | frozenset(lex.rebut_verbs)
    return verbs | REPORTING


def _answers(s: Sentence, k: int) -> bool:
    """A verb at k that answers a claim without naming its author: "denied the allegations",
    "will fight the lawsuit", "has countersued", "said it would appeal"."""
    lows, lex = s.lows, s.lex
    n = len(lows)
    w = lows[k]
    if k >= 1 and lows[k - 1] in NOUN_DETS:
        return False  # "says another appeal might last a year": a noun, no answer
    for phrase, _ in lex.answer_verbs.bucket(w):
        if phrase[-1] in REFLEXIVES:
            if _reflexive(s, k, phrase) > k:
                return True  # "said it would vigorously defend itself"
            continue
        e = match_gap(s, k, phrase)  # "has countersued", "filed a countersuit"
        if e > k:
            named = e < n and lows[e] == M and s.ment(e).kind != "pronoun"  # "denies that it"
            to = e < n and (lows[e] == "to" or (lows[e] == "for" and not _sum_after(s, e)))
            return not (named or to)
    if w in REPORTING:
        return _said_dismissed(s, k) or _fronted_dismissal(s, k)
    if denies_act(s, k):
        return True  # "denied owing any money", ", which Ostrel denies"
    if w not in lex.rebut_verbs:
        return False
    hit = lex.rebut_verbs.match(lows, k)
    if not hit:
        return False
    c = k + hit[0]
    if _rejects_that(s, c):
        return True
    while c < n and c - k <= 5 and (lows[c] in ANSWER_FILLERS or lows[c] in QUOTE_MARKS):
        c += 1  # 'said it "firmly rejects" the allegations'
    own = self_possessor(s, k, c)  # "Ms Ode rejected her claims", "her" read as Ms Ode
    c += own
    p = _past_role_possessor(s, c)  # "dismissed the senator's criticism"
    words = litigation_words(lex)
    if p < n and lows[p] in words.rulings and not words.appeals.match(lows, k):
        return False  # "criticised the judge's ruling": the court's act, no party's claim
    if p < n and lows[p] in lex.claim_nouns:
        return bool(own) or not claimant(s, p)[0]
    if p >= n or not (lows[p] in words.soft or (p > c and lows[p] in words.possessed)):
        return False  # "contested those figures", "waved away the action"
    return not _naming(s, k) or _dismissive_near(s, p)


def _past_role_possessor(s: Sentence, c: int) -> int:
    """Past a possessor that is a role noun, not a name, at c: "the senator's", "the short
    seller's" (whose act an answer rejects); else c itself."""
    lows = s.lows
    for p in range(c, min(len(lows), c + 2)):
        if not lows[p].isalpha() or lows[p] in CLAIM_FILLERS:
            return c
        if p + 1 < len(lows) and lows[p + 1] in POSSESSIVE_MARKS:
            return p + 2
    return c


def _sum_after(s: Sentence, e: int) -> bool:
    """ "countersued for £2m", "for damages", "for libel": the "for" at e opens what is
    claimed."""
    lows = s.lows
    w = lows[e + 1] if e + 1 < len(lows) else ""
    grounds = litigation_words(s.lex).grounds
    if w == M and s.ment(e + 1).kind == "pronoun":  # "counterclaimed for its clean-up bill"
        return any(x in grounds for x in lows[e + 2 : e + 5])
    return w[:1] in CURRENCY_SIGNS or w[:1].isdigit() or w in grounds


REFLEXIVES = frozenset({"itself", "himself", "herself", "themselves"})
# what may follow the "this" or "that" a rebutting verb takes: "Ostrel denies this.",
# "rejects that outright", "calls that nonsense" (not "rejects that view")
THAT_ENDS = frozenset({",", "outright", "as", "and", "but", "flatly", "entirely"})


def _rejects_that(s: Sentence, c: int) -> bool:
    """A bare "this" or "that" at c, the object of a rebutting verb before it, standing for
    the charge just made: "Tanager denies this.", "Marlow calls that nonsense"."""
    lows = s.lows
    n = len(lows)
    if c + 1 >= n or lows[c] not in ("this", "that"):
        return False
    d = c + 1
    if lows[d] in PUNCT_STOP or lows[d] in THAT_ENDS or lows[d] in QUOTE_MARKS:
        return True
    return lows[d] in s.lex.dismissive and bool(s.lex.dismissive.match(lows, d))


def _reflexive(s: Sentence, k: int, phrase: tuple[str, ...]) -> int:
    """ "defend itself (vigorously)": a two-word phrase whose second word is a reflexive
    pronoun (a resolved mention, or left as a word); the position after it, else -1."""
    lows = s.lows
    p = k + 1
    if len(phrase) != 2 or p >= len(lows):
        return -1
    w = lows[p]
    if w == phrase[1] or (w == M and s.ment(p).word == phrase[1]):
        return p + 1
    return -1


# "rejected that claim", "called the original complaint a stunt"
ANSWER_FILLERS = CLAIM_FILLERS | {"latest", "new", "fresh", "both", "that", "this", "original"}
SAID_FILLERS = frozenset(
    {"on", "in", "a", "its", "his", "her", "their", "statement", "that", "time", "then"}
)
CLAIM_LINKS = frozenset({"were", "was", "are", "is", "had", "have", "has", "be"})


def _said_dismissed(s: Sentence, k: int) -> bool:
    """ "Kestle said on Tuesday that the claims were baseless", "said the charges had no
    basis": a claim of no named author, dismissed after a reporting verb at k."""
    lows, lex = s.lows, s.lex
    n = len(lows)
    words = litigation_words(lex)
    c = k + 1
    while c < n and c - k <= 6 and lows[c] not in lex.claim_nouns and lows[c] not in words.soft:
        if lows[c] == M or lows[c] in PUNCT_STOP:
            return False
        p = _past_role_possessor(s, c)  # "said the regulator's figures were wrong"
        if p > c:
            c = p
            break
        if lows[c] not in SAID_FILLERS and lows[c] not in ANSWER_FILLERS:
            if lows[c] not in DATE_WORDS:
                return False  # "said the new plant's claims": not only fillers
        c += 1
    if c >= n or claimant(s, c)[0]:
        return False
    if lows[c] not in lex.claim_nouns and lows[c] not in words.soft:
        return False  # "said the figures were selective" (an answer noun)
    return _dismissed_tail(s, c)


def _fronted_dismissal(s: Sentence, k: int) -> bool:
    """ "The charge is nonsense, Vosk says.", "The allegations are baseless, the company
    said": the sentence opens with a claim of no named author, dismissed, and the reporting
    verb at k comes after a comma, next to its speaker."""
    lows = s.lows
    c = 0
    while c < len(lows) and c <= 2 and (lows[c] in CLAIM_DETS or lows[c] in QUOTE_MARKS):
        c += 1
    if c == 0 or c >= k or lows[c] not in s.lex.claim_nouns or not _dismissed_tail(s, c):
        return False
    if any(lows[x] in PUNCT_STOP for x in range(c, k)):
        return False
    before = lows[k - 2 : k]
    return before[:1] == [","] or (k + 1 < len(lows) and lows[k - 1] == ",")


def _dismissed_tail(s: Sentence, c: int) -> bool:
    """After the claim noun at c, "were (entirely) baseless", "had no basis"."""
    lows, lex = s.lows, s.lex
    n = len(lows)
    p = c + 1
    while (
        p < n
        and p - c <= 4
        and (lows[p] in CLAIM_LINKS or lows[p].endswith("ly") or lows[p] in QUOTE_MARKS)
    ):
        p += 1  # "were entirely", "would be", 'were "completely
    if p < n and (p > c + 1 or lows[p].startswith("lack")) and lows[p] in lex.dismissive:
        return bool(lex.dismissive.match(lows, p))  # "were baseless", "lacked merit"
    return False


def _quoted_speakers(s: Sentence) -> list[int]:
    """'"These claims are baseless," said Kestle Dairy spokesman Tom Reed': the names of the
    speaker's phrase next to a quotation that dismisses a claim of no named author."""
    lows, claims = s.lows, s.lex.claim_nouns
    n = len(lows)
    out: list[int] = []
    for a, b in quote_spans(lows):
        if not any(
            lows[c] in claims
            and lows[c - 1] in CLAIM_DETS
            and _dismissed_tail(s, c)
            and not _negated(s, a + 1, c)
            for c in range(a + 2, b)
        ):
            continue
        p = b + 1 + (b + 1 < n and lows[b + 1] == ",")
        q = p
        while q < n and lows[q] not in PUNCT_STOP and lows[q] not in QUOTE_MARKS:
            q += 1  # 'said Kestle Dairy spokesman Tom Reed.', 'Kestle Dairy said.'
        if REPORTING.isdisjoint(lows[p:q]):
            continue
        out.extend(x for x in range(p, q) if lows[x] == M and _speaker_mention(s, x))
    return out


def _negated(s: Sentence, lo: int, hi: int) -> bool:
    """A negation (`negation` in lexicon.yaml: "not", "n't", "never", "no longer") among the
    words [lo, hi) of a quotation before its claim noun: '"We do not think the claims are
    baseless," she said' dismisses nothing (review 29 F4)."""
    lows, neg = s.lows, s.lex.negation
    return any(lows[p] in neg and neg.match(lows, p) for p in range(lo, hi))


def _speaker_mention(s: Sentence, x: int) -> bool:
    """A speaker's name, or a pronoun resolved to one person ('"...," she said')."""
    ment = s.ment(x)
    if ment.kind == "name":
        return True
    return ment.kind == "pronoun" and len(ment.ids) == 1 and s.etypes(x) == {"Person"}


CLAIM_DETS = frozenset({"these", "the", "this", "those", "such", "all", "any", "\u201c", '"'})


def claim_respondent(s: Sentence, k: int) -> int:
    """Who answers at k: the verb's subject, or the party whose lawyers speak."""
    lows = s.lows
    m = k - 1
    while m >= 0 and k - m <= 8 and lows[m] != M:
        if lows[m] in CLAUSE_STOP:
            return -1
        if (
            lows[m] in s.lex.spokespeople
            and m >= 2
            and lows[m - 1] in POSSESSIVE_MARKS
            and lows[m - 2] == M
        ):
            return m - 2  # "Quenby's lawyers called the claims baseless"
        m -= 1
    if m >= 2 and lows[m] == M and _speaks_for(s, m):
        return m  # "A spokeswoman for Lutaro called the claims baseless"
    if lows[k] in REPORTING and lows[k - 1] == "," and k + 1 < len(lows) and lows[k + 1] == M:
        return k + 1  # "The claims are baseless, said Molloy('s lawyer)"
    subj = subjects(s, k, True)
    return subj[0] if subj else -1


def _speaks_for(s: Sentence, m: int) -> bool:
    """The name at m follows "a spokesman for", "lawyers for", "officials at": the speaker
    acts for it."""
    lows = s.lows
    if lows[m - 1] not in ("for", "at") or "Organization" not in s.etypes(m):
        return False
    return lows[m - 2] in s.lex.acting_for


def deal(s: Sentence, d: int, length: int) -> None:
    """ "sued to block A's purchase of B", "challenged the merger of A and B": the deal's
    opponent (of the deal noun of `length` words at d) disputes each party; "A agreed to buy
    B. C opposed the merger.": a bare "the deal" is the takeover just stated."""
    lows = s.lows
    n = len(lows)
    e = d + length
    parties: list[int] = []
    start = d
    m, words = _before_value(lows, d - 1), 0  # "A's $2 billion purchase"
    while m >= 0 and words < 2 and lows[m].isalpha() and lows[m] not in SKIP_DETS:
        m, words = _before_value(lows, m - 1), words + 1  # "A's proposed $2 billion purchase"
    if m >= 1 and lows[m] in POSSESSIVE_MARKS and lows[m - 1] == M and not s.is_det(m - 1):
        parties = coord(s, m - 1, -1)
        start = _np_start(s, parties[0])
    elif m >= 0 and lows[m] in SKIP_DETS:
        start = m
    if e < n and lows[e] in ("of", "with", "between", "for"):
        other = right(s, e + 1, 2)
        if other >= 0:
            parties = parties + coord(s, other, +1)
    if not parties and lows[start] in DEFINITE_DETS:
        parties = _said_parties(s, e)  # "stop the disposal, saying A and B ..."
    sides = [s.ment(p) for p in parties] or _deal_before(s, start, e)
    if not sides:
        return
    verb = _blocking_verb(s, start)
    if verb < 0:
        critic = _critic_of(s, start)  # "Ornam, a loud critic of the merger, ..."
        if critic >= 0 and not forum(s, critic) and not s.blocked(critic + 1, start):
            _fight(s, s.ment(critic), sides, 0.6)
            return
        _urged_block(s, start, e, sides)
        return
    subj = subjects(s, verb, True)
    if not subj or forum(s, subj[0]) or s.blocked(subj[0] + 1, verb):
        return
    if _unreal_fight(s, subj[0] + 1, verb):
        return  # "is expected to sue to block it": no fight yet
    _fight(s, s.ment(subj[0]), sides, 0.7)


def _unreal_fight(s: Sentence, lo: int, verb: int) -> bool:
    """A fight from lo to its verb only expected ("is expected to sue", "is expected to lodge
    a challenge") or denied ("denied it had lodged a challenge"): no fight yet."""
    return any(modal_head(s, v) for v in range(lo, verb + 1)) or any(
        denies_act(s, v) for v in range(lo, verb)
    )


def _before_value(lows: list[str], k: int) -> int:
    """The position before an amount ending at k ("$2 billion", "£70m", "$6.1bn") that
    premodifies a deal noun, else k."""
    j = k
    if j >= 0 and lows[j] in SCALE_WORDS:
        j -= 1
    if j < 0 or not amount_word(lows, j):
        return k
    j -= 1
    if j >= 0 and lows[j] in CURRENCY_SIGNS:
        j -= 1
    return j


def _deal_before(s: Sentence, start: int, e: int) -> list[Mention]:
    """The parties of the takeover the sentences before stated (`SentenceContext.deal_parties`),
    for a bare "the deal" (no name after it, none named before it in the sentence)."""
    lows = s.lows
    ids = s.context.deal_parties
    if not ids or lows[start] not in DEFINITE_DETS:
        return []
    if e < len(lows) and lows[e] in ("of", "with", "between", "for", "by", "'s"):
        return []
    others = [x for x, w in enumerate(lows) if w == M and not set(s.ment(x).ids) & set(ids)]
    if len(others) > 1:
        return []  # the sentence names others (besides the parties): whose deal is unclear
    return [Mention((i,), -1, -1, "context", 0.7) for i in ids]


def _said_parties(s: Sentence, e: int) -> list[int]:
    """The parties a reason after a bare deal noun (ending at e) names: "stop the disposal,
    saying A and B hurried the auction", "fought the plan, warning that the merger of A
    and B would ..." (two organizations or more, else none)."""
    lows = s.lows
    n = len(lows)
    if e + 2 >= n or lows[e] != "," or lows[e + 1] not in REASON_VERBS:
        return []
    p = e + 2 + (lows[e + 2] == "that")
    if p + 3 < n and lows[p] == "the" and lows[p + 2] == "of" and lows[p + 1] in s.lex.deal_nouns:
        p += 3  # "the combination of A and B"
    if p >= n or lows[p] != M or s.is_det(p):
        return []
    sides = coord(s, p, +1)
    if len(sides) < 2 or any("Organization" not in s.etypes(x) for x in sides):
        return []
    return sides


CRITIC_NOUNS: Final[frozenset[str]] = frozenset({"critic", "critics", "opponent", "opponents"})


def _critic_of(s: Sentence, start: int) -> int:
    """The name a deal's critic noun describes, the deal's noun phrase starting at `start`:
    "Ornam, a loud critic of the merger," (an appositive), "Ornam is the fiercest opponent of
    the deal" (a copula); else -1."""
    lows = s.lows
    c = start - 2
    if c < 1 or lows[start - 1] != "of" or lows[c] not in CRITIC_NOUNS:
        return -1
    d = c - 1
    while d >= 0 and c - d <= 3 and lows[d].isalpha() and lows[d] not in DETS_AND_ONE:
        d -= 1  # "a loud", "the most vocal"
    if d < 1 or lows[d] not in DETS_AND_ONE:
        return -1
    if lows[d - 1] == "," and lows[d - 2 : d - 1] == [M] and not s.is_det(d - 2):
        return d - 2
    if lows[d - 1] in COPULAS:
        subj = subjects(s, d - 1, True)
        return subj[0] if subj else -1
    return -1


def _fight(s: Sentence, opponent: Mention, sides: list[Mention], conf: float) -> None:
    """The opponent of a deal disputes each of its parties but itself ("Orlo opposed
    Vessan's bid for Orlo")."""
    for p in sides:
        if not p.shares(opponent):
            s.emit(opponent, ("DISPUTES",), p, RULE_DEAL, conf)


def _urged_block(s: Sentence, start: int, e: int, sides: list[Mention]) -> None:
    """ "Portlink said the merger of A and B would cut jobs and urged the regulator to block
    it": who asks for the deal to be blocked disputes each party (the regulator, asked, has
    not acted)."""
    lows, urge = s.lows, s.lex.urge_verbs
    n = len(lows)
    for u in range(e, min(n, e + 16)):
        if lows[u] in PUNCT_STOP:
            return
        if lows[u] not in urge or not urge.match(lows, u):
            continue
        to = next((q for q in range(u + 1, min(n, u + 6)) if lows[q] == "to"), -1)
        if to < 0 or not _blocks_it(s, to + 1):
            return
        subj = subjects(s, start, True)
        if not subj or forum(s, subj[0]) or s.blocked(subj[0] + 1, u):
            return
        _fight(s, s.ment(subj[0]), sides, 0.6)
        return


def _blocks_it(s: Sentence, v: int) -> bool:
    """A blocking verb at v whose object is "it" or "the deal": "to block it", "to stop the
    merger"."""
    lows = s.lows
    n = len(lows)
    if v >= n:
        return False
    for phrase, _ in s.lex.block_verbs.bucket(lows[v]):
        end = match_gap(s, v, phrase)
        if end > v and end < n:
            w = lows[end]
            if w in ("it", "them") or (w == M and s.ment(end).kind == "pronoun"):
                return True
            return w == "the" and end + 1 < n and lows[end + 1] in s.lex.deal_nouns
    return False


def _blocking_verb(s: Sentence, start: int) -> int:
    """A verb that fights a deal, ending right before the deal's noun phrase at `start`."""
    lows, verbs = s.lows, s.lex.block_verbs
    for v in range(start - 1, max(-1, start - 9), -1):
        w = lows[v]
        if w == M or w in PUNCT_STOP:
            return -1
        for phrase, _ in verbs.bucket(w):
            if match_gap(s, v, phrase) == start:
                return v
    return -1


def acting_for(s: Sentence, k: int) -> int:
    """The organization whose people act at k: "Regulators at the FCA fined X", "A spokesman
    for X criticised Y" (no other name between); else -1."""
    lows = s.lows
    for m in range(1, k):
        if lows[m] != M:
            continue
        p = m - 1 - (lows[m - 1] in SKIP_DETS)
        if p >= 1 and lows[p] in ("at", "for", "from") and lows[p - 1] in s.lex.acting_for:
            between = lows[m + 1 : k]
            if M not in between and not CLAUSE_STOP.intersection(between) and "," not in between:
                return m
        return -1  # only the sentence's first name
    return -1


# a reason given for fighting a deal, which may name its parties (`_said_parties`)
REASON_VERBS = frozenset({"saying", "arguing", "claiming", "alleging", "warning", "noting"})
FRAME_OPENERS = frozenset({",", "and", "but", ";", ":", '"', "\u201c"})


def speaking_for(s: Sentence, c: int) -> tuple[int, bool]:
    """The organization whose spokesman or officer the person at c is, named in the appositive
    frame before it: "Its spokesman, Ned Carrow, accused ...", "The league's director, Ned
    Carrow, ...", "Ambry chief executive, Ned Carrow, ..."; (its position, whether the person
    only speaks for it), else (-1, False)."""
    lows = s.lows
    if "Person" in s.etypes(c) and (c < 3 or lows[c - 1] != ","):
        return _spokesperson_after(s, c)  # "Tom Vell, a lawyer for Corran Bank, said"
    if c < 3 or lows[c - 1] != "," or not (c + 1 < len(lows) and lows[c + 1] == ","):
        return -1, False
    if "Person" not in s.etypes(c):
        return -1, False
    m = c - 2
    while m >= 0 and c - m <= 4 and lows[m] != M and lows[m].isalpha():
        m -= 1  # "spokesman", "chief executive", "finance director"
    role = lows[m + 1 : c - 1]
    whose = "whose" in role  # "a lobby group whose spokeswoman, Lin Poe, charged X"
    if whose:
        w = m + 1 + role.index("whose")
        role, m = lows[w + 1 : c - 1], _whose_antecedent(s, w)
    if not role or m < 0:
        return -1, False
    if lows[m] == "'s" and m >= 1 and lows[m - 1] == M:
        m -= 1  # "The league's director, X,"
    elif lows[m] != M:
        return -1, False
    opened = whose or m == 0 or lows[m - 1] in FRAME_OPENERS
    if "Organization" not in s.etypes(m) or not opened:
        return -1, False
    spokes = role[-1] in s.lex.spokespeople
    if not spokes and not s.person_head(role[-1]) and s.lex.roles.lookup(tuple(role)) is None:
        return -1, False
    return m, spokes


def _whose_antecedent(s: Sentence, w: int) -> int:
    """The name "whose" at w belongs to: right before it ("Fair Fares, whose"), or the head of
    the appositive it closes ("Fair Fares, a lobby group whose"); -1 when none."""
    lows = s.lows
    q = w - 1
    while q >= 1 and w - q <= 4 and lows[q] != M and lows[q].isalpha():
        q -= 1
    if q >= 1 and lows[q] == "," and lows[q - 1] == M:
        q -= 1
    return q if q >= 0 and lows[q] == M and not s.is_det(q) else -1


def _spokesperson_after(s: Sentence, c: int) -> tuple[int, bool]:
    """ "Tom Vell, a lawyer for Corran Bank, said": the organization an appositive after the
    person says he speaks or acts for ((its position, True)), else (-1, False)."""
    lows = s.lows
    n = len(lows)
    q = c + 2
    if not (q < n and lows[c + 1] == ","):
        return -1, False
    while q < n and q - c <= 4 and lows[q] not in s.lex.spokespeople and lows[q].isalpha():
        q += 1  # "a senior lawyer", "the chief spokesman"
    if not (q + 2 < n and lows[q] in s.lex.spokespeople and lows[q + 1] in ("for", "at")):
        return -1, False
    org = q + 2
    if lows[org] != M or s.is_det(org) or "Organization" not in s.etypes(org):
        return -1, False
    return (org, True) if org + 1 < n and lows[org + 1] == "," else (-1, False)


OWNER_NOUNS: Final = frozenset({"owner", "owners"})
OWNER_MODS = frozenset({"new", "current", "present", "foreign", "american", "absentee"})


def owners_object(s: Sentence, e: int) -> Mention | None:
    """ "accused the club's owners of neglect", "has criticised its new owners": the owners
    earlier sentences named (`SentenceContext.owners`) of the possessor at e, else None."""
    lows = s.lows
    n = len(lows)
    if e >= n or lows[e] != M:
        return None
    q = e + 1 if s.is_det(e) else e + 2 if e + 1 < n and lows[e + 1] == "'s" else -1
    while 0 < q < n and lows[q] in OWNER_MODS:
        q += 1
    if q < 0 or q >= n or lows[q] not in OWNER_NOUNS:
        return None
    held = dict(s.context.owners)
    owners = tuple(o for i in s.ment(e).ids for o in held.get(i, ()))
    if not owners:
        return None
    return Mention(owners, e, q + 1, "np", 0.8)


@dataclass(frozen=True)
class LitigationWords:
    """The `permit_*` and `settle_verbs` keys of the `litigation` lexicon data, compiled."""

    nouns: PhraseIndex
    links: PhraseIndex
    verbs: PhraseIndex
    settle: PhraseIndex  # "settle", "resolve": the verbs that end a claim
    soft: frozenset[str]  # `answer_nouns`: "those figures", "the analyst's note"
    possessed: frozenset[str]  # `possessed_answer_nouns`: "the short seller's report"
    naming: PhraseIndex  # `naming_verbs`: "called", "labelled"
    grounds: frozenset[str]  # `claim_grounds`: "countersued for libel"
    rulings: frozenset[str]  # `ruling_nouns`: "the judge's ruling"
    appeals: PhraseIndex  # `ruling_answers`: "challenged the ruling"
    suits: frozenset[str]  # `suit_nouns`: "the lawsuit filed by X" (X sues its answerer)
    charged: frozenset[str]  # `suit_participles`: "was accused ... in X's lawsuit"
    parties: frozenset[str]  # `suit_parties`: "the defendant in X's lawsuit"


@per_lexicon
def litigation_words(lex: Lexicon) -> LitigationWords:
    """The family's permit and settling words, once per lexicon (`--lexicon` files extend them)."""
    spec = lex.data.get("litigation") or {}
    irregular = lex.irregular
    nouns = phrase_index(spec.get("permit_nouns"))
    links = phrase_index(spec.get("permit_links"))
    verbs = verb_index(spec.get("permit_verbs"), irregular, True)
    settle = verb_index(spec.get("settle_verbs"), irregular, True)
    soft = word_set(spec.get("answer_nouns"))
    possessed = word_set(spec.get("possessed_answer_nouns"))
    naming = verb_index(spec.get("naming_verbs"), irregular, True)
    grounds = word_set(spec.get("claim_grounds"))
    rulings = word_set(spec.get("ruling_nouns"))
    appeals = verb_index(spec.get("ruling_answers"), irregular, True)
    suits = word_set(spec.get("suit_nouns"))
    charged = word_set(spec.get("suit_participles"))
    parties = word_set(spec.get("suit_parties"))
    return LitigationWords(
        nouns,
        links,
        verbs,
        settle,
        soft,
        possessed,
        naming,
        grounds,
        rulings,
        appeals,
        suits,
        charged,
        parties,
    )


def permit_cues(lex: Lexicon) -> frozenset[str]:
    """First words of the permit nouns: cues of `permit`."""
    return frozenset(litigation_words(lex).nouns)


def permit(s: Sentence) -> None:
    """ "challenged the licence granted to the Kerr Mine project": the opponent DISPUTES it."""
    pw = litigation_words(s.lex)
    lows = s.lows
    n = len(lows)
    for c, length, _ in pw.nouns.hits(lows, 0, n):
        e = c + length
        link = pw.links.match(lows, e) if e < n and lows[e] in pw.links else None
        if not link:
            _award_fought(s, pw, c)  # "lodged a legal challenge against the award"
            continue
        target = right(s, e + link[0], 3)
        if target < 0 or not s.etypes(target) & PERMITTED:
            continue
        verb = _permit_verb(s, pw, c)
        if verb < 0:
            continue
        subj = subjects(s, verb, True)
        if not subj or forum(s, subj[0]) or s.blocked(subj[0] + 1, target):
            continue
        if any(lows[x] in CLAUSE_STOP for x in range(subj[0], verb)):
            continue
        s.emit(s.ment(subj[0]), ("DISPUTES",), s.ment(target), RULE_PERMIT, 0.65)
        grantor = _grantor_after(s, target)  # "the contract awarded to X by Y"
        if grantor >= 0 and not forum(s, grantor) and grantor != subj[0]:
            s.emit(s.ment(subj[0]), ("DISPUTES",), s.ment(grantor), RULE_PERMIT, 0.6)


def _award_fought(s: Sentence, pw: LitigationWords, c: int) -> None:
    """ "X awarded the contract to Y, beating Z, which lodged a legal challenge against the award":
    the loser fighting a bare award of its sentence (`award_challenges.stated_award`) disputes
    its winner and its grantor."""
    if c < 1:
        return
    winner, grantor = stated_award(s, c - 1)
    verb = _permit_verb(s, pw, c) if winner >= 0 else -1
    if verb < 0 or verb < winner:
        return
    sides = [s.ment(x) for x in (winner, grantor) if x >= 0]
    # the first subject that is no side of the award ("beating Z, which said it had filed":
    # an "it" read as the awarding body gives way to Z)
    subj = [x for x in subjects(s, verb, True) if not any(s.ment(x).shares(m) for m in sides)]
    if not subj or forum(s, subj[0]):
        return
    if s.blocked(max(subj[0], winner) + 1, c) or _unreal_fight(s, subj[0] + 1, verb):
        return  # "said it would not challenge the award", "may challenge"
    fighter = s.ment(subj[0])
    s.emit(fighter, ("DISPUTES",), s.ment(winner), RULE_PERMIT, 0.6)
    if grantor >= 0 and not forum(s, grantor):
        s.emit(fighter, ("DISPUTES",), s.ment(grantor), RULE_PERMIT, 0.6)


def _grantor_after(s: Sentence, target: int) -> int:
    """The agent named right after a permit's holder at `target`: "(awarded to X) by Y", an
    organization; else -1."""
    lows = s.lows
    g = target + 2
    if g < len(lows) and lows[target + 1] == "by" and lows[g] == M and not s.is_det(g):
        return g if "Organization" in s.etypes(g) else -1
    return -1


PERMITTED = frozenset({"Project", "Organization", "Product"})
PERMIT_DETS = SKIP_DETS | frozenset({"its", "their", "new", "state", "federal", "government"})


def _permit_verb(s: Sentence, pw: LitigationWords, c: int) -> int:
    """A verb that fights the permit noun phrase starting before c ("overturn the council's
    permit", "challenge its licence"), ending right before it; else -1."""
    lows = s.lows
    start = c
    while start > 0 and c - start < 2 and lows[start - 1] in PERMIT_DETS:
        start -= 1  # "the", "its new"
    if start > 0 and lows[start - 1] == M and s.is_det(start - 1):
        start -= 1  # "its"
    elif start > 1 and lows[start - 1] == "'s":
        start -= 2  # "the council's", "Varda's"
        if lows[start] != M and start > 0 and lows[start - 1] in SKIP_DETS:
            start -= 1
    for v in range(start - 1, max(-1, start - 6), -1):
        if lows[v] == M or lows[v] in PUNCT_STOP:
            return -1
        for phrase, _ in pw.verbs.bucket(lows[v]):
            if match_gap(s, v, phrase) == start:
                return v
    return -1


RULE_MUTUAL_STATE = "litigation/mutual-state"
STATE_CUES: frozenset[str] = CONFLICT_STATES  # the construction's cue words
STATE_LINKS: Final[frozenset[str]] = BE_FORMS | STAYING_LINKS  # "has been in court with X"


def mutual_state(s: Sentence) -> None:
    """ "Velden remains locked in arbitration with Doros", "is in a legal dispute with X",
    "at odds with X": a state both sides are in; each disputes the other."""
    lows = s.lows
    n = len(lows)
    for k, w in enumerate(lows):
        if w not in CONFLICT_STATES:
            continue
        wth = _past_place(s, k + 1)  # "in arbitration in Geneva with X"
        if wth + 1 >= n or lows[wth] != "with":
            continue
        if w == "row" and k >= 3 and lows[k - 2 : k] == ["in", "a"] and lows[k - 3] in STREAK:
            continue  # "the third year in a row with X close behind"
        other = right(s, wth + 1, 4)  # "with the Greek charterer Doros"
        if other < 0 or any(lows[x] in PREPOSITIONS for x in range(wth + 1, other)):
            continue
        q = k - 1
        while q >= 0 and k - q <= 4 and lows[q] not in IN_INTO and lows[q] != "at":
            if not lows[q].isalpha() and not (lows[q] == M and "Location" in s.etypes(q)):
                break  # ("in London arbitration with": a place is part of the state)
            q -= 1  # "in a bitter legal", "locked in"
        if q < 0 or lows[q] not in IN_INTO and not (lows[q] == "at" and q == k - 1):
            continue
        if w in LINKED_STATES and (q != k - 1 or q < 1 or lows[q - 1] not in STATE_LINKS):
            continue  # "is in court with X", not "appeared in court with X"
        if w in LINKED_STATES and _allied(s, other + 1):
            continue  # "in court with X as co-defendants", "... on its side against Y"
        subj = subjects(s, q, True)
        if not subj or subj[0] > q or forum(s, subj[0]) or s.blocked(subj[0] + 1, other):
            continue
        a, b = s.ment(subj[0]), s.ment(other)
        s.emit(a, ("DISPUTES",), b, RULE_MUTUAL_STATE, 0.65)
        s.emit(b, ("DISPUTES",), a, RULE_MUTUAL_STATE, 0.65)


ALLY_ENDS = CLAUSE_STOP | RELATIVES | frozenset({"over"})  # "over fees against it": the matter


def _allied(s: Sentence, p: int) -> bool:
    """The clause from p makes the other party of a linked state an ally: "as co-defendants",
    "its fellow defendant", "as joint claimants", "on its side", "alongside", "against" a third
    party."""
    lows = s.lows
    for x in range(p, len(lows)):
        w = lows[x]
        if w in ALLY_ENDS:
            return False
        if w == "side" and not (x > 0 and s.is_det(x - 1)):
            continue  # "on its side", not "the other side"
        as_ally = lows[x - 1] == "as" or s.is_det(x - 1)  # "as co-defendants", "its fellow ..."
        if w in ALLY_WORDS or (as_ally and w.startswith(CO_PARTY_MARKS)):
            return True
    return False


def _past_place(s: Sentence, p: int) -> int:
    """The position after a place phrase "in Geneva" / "at London" at p; else p itself."""
    lows = s.lows
    if p + 1 < len(lows) and lows[p] in ("in", "at") and lows[p + 1] == M:
        if "Location" in s.etypes(p + 1):
            return p + 2
    return p


REFERRING_KINDS: Final[frozenset[str]] = frozenset({"pronoun", "np"})


def management(s: Sentence) -> None:
    """ "The nurses' union attacked management for cancelling leave" in an article about
    Vitra: criticism aimed at the bare management of the article's organization disputes it
    (a possessor, "Vitra's management", is read by the verbal rules); "Holvard Capital has
    attacked the board for overpaying": the board of the article's clear topic
    (`loaders.sentence_context`)."""
    org = s.context.managed
    if not org:
        return
    lows = s.lows
    n = len(lows)
    for k, w in enumerate(lows):
        if w not in MANAGEMENT_WORDS or (k + 1 < n and lows[k + 1] in ("'s", "'", "at")):
            continue
        # "accused management of 'hiding losses'": a quoted charge only after the management
        # words (a quoted charge against a bare board is left to the holder's rule, held_boards)
        quoted = k + 2 < n and lows[k + 2] in QUOTE_MARKS and w in QUOTED_CHARGE_WORDS
        q = k + 2 + quoted
        if k + 1 < n and lows[k + 1] == "of" and not (q < n and lows[q].endswith("ing")):
            continue  # "the management of X" (not "accused management of refusing to ...")
        m = k
        while m >= 1 and k - m <= 2 and lows[m - 1] in MANAGEMENT_FILLERS:
            m -= 1
        verb = _disputing_verb(s, m, k + 1)
        if verb < 0:
            continue
        subj = subjects(s, verb, True)
        if not subj or forum(s, subj[0]) or s.blocked(subj[0] + 1, k):
            continue
        critics = coord(s, subj[0], -1)
        named = [
            x
            for x, v in enumerate(lows)
            if v == M and "Organization" in s.etypes(x) and not _affiliation(s, subj[0], x, verb)
        ]
        mine = {i for x in critics for i in s.ment(x).ids}  # "... the pay it says rewards"
        grounds = k + 1 < n and lows[k + 1] in GROUNDS_OPENERS
        others = [
            x
            for x in named
            if mine.isdisjoint(s.ment(x).ids)
            and org not in s.ment(x).ids
            and not (x > k and (grounds and not _owner_like(s, x) or _referring(s, x)))
        ]  # a reference after the board ("while the core unit stalls") names no other owner
        if others or any(org in s.ment(x).ids for x in critics):
            continue  # another organization in the sentence: whose management is unclear
            # (the managed one itself may be named: "700 of the carrier's pilots")
        if _denied_report(s, subj[0], k):
            continue  # "Reports that X had criticised the board were wrong, Y said"
        ctx = Mention((org,), -1, -1, "context", 0.7)
        s.emit(s.merged(critics), ("DISPUTES",), ctx, RULE_MANAGEMENT, 0.6)


def _referring(s: Sentence, x: int) -> bool:
    """The mention at x is a pronoun or a noun phrase, no name."""
    return s.ment(x).kind in REFERRING_KINDS


BOARD_DEALT_REACH = 3  # words after a possessive its deal noun may stand ("Koe's £2bn cash offer")


def _owner_like(s: Sentence, x: int) -> bool:
    """The organization at x in a criticism's grounds may own a board: it possesses a noun or
    a board ("for Corvo Bank's loan losses", "over the Brisa Lines board's pay"), other than
    an offer or deal the board weighs ("for recommending Koe's offer")."""
    lows = s.lows
    nxt = lows[x + 1] if x + 1 < len(lows) else ""
    if nxt in MANAGEMENT_WORDS:
        return True
    if nxt not in POSSESSIVE_MARKS:
        return False
    dealt = data_words(s.lex, "board_dealt_nouns")
    return dealt.isdisjoint(lows[x + 2 : x + 2 + BOARD_DEALT_REACH])


def _denied_report(s: Sentence, subj: int, k: int) -> bool:
    """The criticism is the content of a report a copula then dismisses: "Reports that X had
    criticised the board over Y were wrong" (a "that" before the critic, a dismissive word
    after the board)."""
    lows = s.lows
    if not any(lows[p] == "that" for p in range(max(0, subj - 3), subj)):
        return False
    dismissive = s.lex.dismissive
    return any(
        lows[p] in COPULAS and lows[p + 1] in dismissive and dismissive.match(lows, p + 1)
        for p in range(k + 1, len(lows) - 1)
    )


def _disputing_verb(s: Sentence, end: int, after: int = -1) -> int:
    """Where a DISPUTES verb (not a reversed one) ending at `end` starts, else -1; or one whose
    gap holds the words from `end` to `after` and whose last word follows them ("charged the
    board with", "faulted management for"), unless a task follows ("charged the board with
    overseeing the sale")."""
    lows = s.lows
    n = len(lows)
    tail = after + 1 < n and lows[after + 1] not in s.lex.trigger_guards_after.get("DISPUTES", ())
    for v in range(end - 1, max(-1, end - 4), -1):
        if lows[v] == M or lows[v] in PUNCT_STOP:
            return -1
        for phrase, trigs in s.lex.triggers.bucket(lows[v]):
            e = match_gap(s, v, phrase)
            gapped = tail and v == end - 1 and GAP in phrase[:-1] and e == after + 1
            if e != end and not (gapped and phrase[-2] == GAP and lows[after] == phrase[-1]):
                continue
            if any(t.family == "verb" and "DISPUTES" in t.types and not t.reverse for t in trigs):
                return v
    return -1


AFFILIATION_LINKS = frozenset({"of", "at", "from"})


def _affiliation(s: Sentence, critic: int, x: int, verb: int) -> bool:
    """The organization at x is the critic's own, said between the critic and the verb
    ("Petra Lunde of Varnby Research", "Ida Marr, an analyst at Kestrel, accused management")
    or the firm a holder holds ("Lorrimer, which holds 6% of Corvane, charged the board")."""
    return critic < x < verb and s.lows[x - 1] in AFFILIATION_LINKS


def apposed_rejection(s: Sentence, c: int) -> None:
    """ "Vossen accused Kelbrook of hoarding capacity, an allegation Kelbrook waves away as
    fantasy": a claim noun in apposition to the clause, rejected by the party it accuses,
    who disputes its accuser (a DISPUTES of this sentence). The rejecter may be the accused's
    officer ("a charge Kelbrook's owner rejects") or carry an appositive ("an accusation Mira
    Tolle, Kelbrook's head, calls nonsense")."""
    lows = s.lows
    n = len(lows)
    if not (c >= 2 and lows[c - 1] in INDEFINITE_ARTICLES and lows[c - 2] == ","):
        # 'accused Y of "padding invoices," a charge X denied': the comma inside the quote
        if not (c >= 3 and lows[c - 1] in INDEFINITE_ARTICLES and lows[c - 2] in QUOTE_MARKS):
            return
        if lows[c - 3] != ",":
            return
    r = c + 1
    if r + 1 < n and lows[r] == "the" and _definite_rejects(s, r + 1):
        _chief_rejects(s)  # "an allegation the airline denied": the one accused
        return
    r = past_title(s, r)  # "a charge Mr Laskey rejected"
    if r + 1 >= n or lows[r] != M:
        return
    v, role = _rejecting_verb(s, r)
    if v < 0:
        return
    if role and s.is_det(r):
        _chief_rejects(s)
        return
    rejecter = s.ment(r)
    if not any(
        f.type == "DISPUTES" and any(_same_firm(i, f.target) for i in rejecter.ids) for f in s.found
    ):
        person_rejects(s, c, r, RULE_REBUTTAL)  # "a charge Mr Laskey rejected": no firm's tie
    for f in s.found:
        if f.type != "DISPUTES" or any(_same_firm(i, f.source) for i in rejecter.ids):
            continue
        if any(_same_firm(i, f.target) for i in rejecter.ids):
            src = rejecter if f.target in rejecter.ids else Mention((f.target,), r, r)
            s.emit(src, ("DISPUTES",), Mention((f.source,), r, r), RULE_REBUTTAL, 0.65)
        elif lows[r + 1] == "," and v - r <= 8:
            # "an accusation Mira Tolle, Quill's head, calls nonsense": the accused's officer
            officer = (i for x in range(r + 2, v) if lows[x] == M for i in s.ment(x).ids)
            if any(_same_firm(i, f.target) for i in officer):
                s.emit(rejecter, ("DISPUTES",), Mention((f.source,), r, r), RULE_REBUTTAL, 0.6)


def _rejecting_verb(s: Sentence, r: int) -> tuple[int, bool]:
    """The rebutting verb after the rejecter at r ("Kelbrook waves away", "its chairman
    describes", "Kelbrook's owner rejects", "Mira Tolle, Kelbrook's head, calls") and whether
    a role noun stood between them; (-1, False) if none."""
    lows = s.lows
    n = len(lows)
    v = r + 1
    poss = v + 1 < n and lows[v] == "'s" and not s.is_det(r)
    v += poss  # "Kelbrook's owner rejects"
    role = s.lex.roles.match(lows, v) if (poss or s.is_det(r)) and lows[v] in s.lex.roles else None
    if role:
        v += role[0]  # "an allegation its chairman describes as absurd"
    elif poss:
        return -1, False
    elif lows[v] == ",":
        q = v + 1  # past an appositive: "Mira Tolle, Quill's head, calls"
        while q < n and q - v <= 7 and lows[q] != "," and lows[q] not in PUNCT_STOP:
            q += 1
        v = q + 1 if q < n and lows[q] == "," else n
    while v < n and v - r <= 9 and (lows[v] in PERFECT_AUX or lows[v].endswith("ly")):
        v += 1  # "has flatly"
    if v >= n or lows[v] not in s.lex.rebut_verbs or not s.lex.rebut_verbs.match(lows, v):
        return -1, False
    return v, bool(role)


def _definite_rejects(s: Sentence, p: int) -> bool:
    """ "(an allegation the) shipping line denied.": a common noun of one or two words at p (no
    court or judge, who rules) and a rebutting verb closing the clause."""
    lows, lex = s.lows, s.lex
    n = len(lows)
    v = p
    while v < n and v - p < 2 and lows[v].isalpha() and lows[v] not in lex.rebut_verbs:
        v += 1
    if v == p or lows[v - 1] in lex.forum_heads or lows[v - 1] in lex.adjudicators:
        return False
    hit = lex.rebut_verbs.match(lows, v) if v < n and lows[v] in lex.rebut_verbs else None
    e = v + hit[0] if hit else n
    return e < n and (lows[e] in PUNCT_STOP or lows[e] in THAT_ENDS)


def _same_firm(short: str, full: str) -> bool:
    """The id `short` is `full` or a short form of it said in the same sentence ("Vesta" of
    "Vesta Metals", before the article joins the two)."""
    return full == short or full.startswith(short + "-")


def _chief_rejects(s: Sentence) -> None:
    """ "Velm accuses Ostrava of price fixing, a charge its chairman describes as absurd": a
    claim rejected by an officer of "its" company: the one accused in this sentence (who
    else rejects the charge?), when a single DISPUTES of the sentence names it."""
    pairs = {(f.source, f.target) for f in s.found if f.type == "DISPUTES"}
    if len(pairs) != 1:
        return
    accuser, accused = next(iter(pairs))
    if (accused, accuser) not in pairs:
        s.emit(
            Mention((accused,), -1, -1),
            ("DISPUTES",),
            Mention((accuser,), -1, -1),
            RULE_REBUTTAL,
            0.6,
        )
