"""How far a negation or hedge reaches, and conditionals that block an act.

- `scope_start`: a hedge or negation covers its own verb, not the one after "but" or after
  "and" with a sequence adverb: "Calder considered buying Fenwick but bought Solway instead",
  "Marlo weighed an offer for Pike and later bought Dunmore" (Solway and Dunmore are bought).
- `unplanned`: founding, partnering, leading, advising and backing acts with a plan just
  before their verb are dropped: "Peter Hale plans to start a team, Ferro Ladies" (no FOUNDED).
- `conditional`: "would" under an "if" or "unless", and "will" under one that is no deal's
  approval: "If regulators approve, Tarn would buy Kelda", "Hollis would invest in Fenn if the
  numbers added up", "Kelvin will invest in Brisk if the trial succeeds" (no act); "Tarsa will
  buy Kelso if shareholders approve" is a stated deal.
- `relative_fact`: a non-restrictive relative clause states its own fact; a denial or a
  "whether" before its antecedent does not reach it: "Tarsa declined to say whether it would
  sue Kelso Bank, which owns 9% of it" (Kelso owns Tarsa).
- `ended_hold`: a holding verb in the past perfect or with "until" after its object is a tie
  that is over: "Trask had owned 40% of Vey since 2018", "owned X until 2019", "once had a
  stake in X" (no OWNS).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from loaders.lexicon import Lexicon, PhraseIndex, Trigger, per_lexicon, phrase_index
from loaders.relations.trap_words import trap_words
from loaders.relations.words import (
    CLAUSE_STOP,
    HOLDING_PARTICIPLES,
    POSSESSIVES,
    PUNCT_STOP,
    RELATIVE_WH,
    RELATIVES,
    REPORTING,
    SKIP_DETS,
    M,
)

# adverbs after "and" that start a new act of the same subject ("and later bought Y")
SEQUENCE: frozenset[str] = frozenset(
    {"later", "eventually", "then", "instead", "finally", "ultimately", "subsequently"}
)
# the conditional mood, and what sets its condition; "will" too, under a condition that is no
# deal's approval nor a resolve ("will invest in X if the trial succeeds"; "will buy X if
# shareholders approve", "will sue X if we must" are stated: traps.yaml `stated_conditions`,
# `trap_words`)
CONDITIONAL_VERBS: Final[frozenset[str]] = frozenset({"would"})
FUTURE: Final = "will"
CONDITIONS: frozenset[str] = frozenset({"if", "unless"})
REPORT_REACH = 3  # words before the blocked span its reporting verb may stand ("said it had")
# an object pronoun after the verb past "and" that takes the reported clause's object up again
# ("said it had not opposed X's bid and backed it"): the report goes on, its scope with it
BACK_OBJECTS: Final[frozenset[str]] = frozenset({"it", "them", "this", "that", "one"})
# "-ed" words that are no past verb opening a new act after "and"
NOT_PAST: Final[frozenset[str]] = frozenset({"need", "indeed", "exceed", "proceed", "succeed"})
STATED_REACH = 5  # words from "if" to the approval ("if the merger is approved")


def scope_start(
    lows: list[str], start: int, hi: int, pronoun: Callable[[int], bool] | None = None
) -> int:
    """The first position whose hedges and negations reach hi: past the last "but" (not "all
    but") or "and" + sequence adverb between start and hi; else start."""
    hi = min(hi, len(lows))
    for k in range(hi - 1, start, -1):
        w = lows[k]
        if w == "but" and lows[k - 1] != "all":
            return k + 1
        if w == "and" and k + 1 < hi and lows[k + 1] in SEQUENCE:
            return k + 1
        if w == "and" and k + 1 < hi and _report_closed(lows, start, k, pronoun):
            return k + 1
    return start


def _report_closed(
    lows: list[str], start: int, k: int, pronoun: Callable[[int], bool] | None = None
) -> bool:
    """The "and" at k closes a clause reported from just before start, a past verb opening the
    next act of the sentence's subject: "X said it had not been told and accused Y" (Y is accused;
    not "X did not sue and accuse Y", nor "X said it had not and would not")."""
    nxt = lows[k + 1]
    if not (nxt.endswith("ed") and nxt.isalpha()) or nxt in NOT_PAST:
        return False
    obj = k + 2
    if obj < len(lows) and (lows[obj] in BACK_OBJECTS or (pronoun is not None and pronoun(obj))):
        return False  # "said it had not opposed X's bid and backed it": the reported bid again
    return any(lows[j] in REPORTING for j in range(max(0, start - REPORT_REACH), k))


def conditional(lows: list[str], lex: Lexicon, lo: int, hi: int, preposed: int) -> bool:
    """A "would" between lo and hi whose clause has a condition: a preposed "If ...,"
    closing at `preposed` before lo, or an "if" or "unless" after hi in the sentence; a
    "will" under a condition that is no approval ("If the trial succeeds, X will invest")."""
    if CONDITIONS.isdisjoint(lows):
        return False  # no condition at all (most sentences)
    verbs = {lows[k] for k in range(max(lo, 0), min(hi, len(lows)))}
    mood = not CONDITIONAL_VERBS.isdisjoint(verbs)
    if not mood and FUTURE not in verbs:
        return False
    if 0 <= preposed < lo:
        ifs = [k for k in range(preposed) if lows[k] in CONDITIONS]
        if ifs and (mood or not _approval(lows, lex, ifs[0])):
            return True
    for k in range(hi, len(lows)):
        if lows[k] in PUNCT_STOP and lows[k] != ",":
            return False
        if lows[k] in CONDITIONS:
            return mood or not _approval(lows, lex, k)
    return False


# the mood of a consequent that makes its "if" clause a supposition ("it would be bigger")
SUPPOSING_MODALS: Final[frozenset[str]] = frozenset({"would", "could", "might"})
PAST_PERFECT: Final = "had"


def supposed(lows: list[str], lex: Lexicon, lo: int, hi: int) -> bool:
    """The relation from lo to hi is the act of an "if" clause that only supposes it: the
    clause in the past perfect, or a consequent with "would/could/might" ("If Otto Wynn had
    started Harlow Foods, it would be bigger", "if he started Kelda Rail now, it would fail");
    "even if" concedes a fact. Not past the comma that closes the "if" clause ("If the talks
    fail, Orsk Group chief executive Ann Lee said ..."), nor a title or possessive inside it
    ("If Kelda Rail chief executive Ann Lee gets her way, the firm could ...")."""
    if CONDITIONS.isdisjoint(lows):
        return False  # no "if" at all (most sentences)
    c = next((k for k in range(min(lo, len(lows)) - 1, -1, -1) if lows[k] in CONDITIONS), -1)
    if c < 0 or (c >= 1 and lows[c - 1] == "even"):
        return False
    if any(w in PUNCT_STOP or w == "," or w in RELATIVE_PRONOUNS for w in lows[c:lo]):
        return False  # the "if" belongs to an earlier clause, or its clause is closed
    if PAST_PERFECT in lows[c:hi]:
        return True
    if _nominal(lows, lex, lo, hi):
        return False  # the clause's verb is another one ("... Ann Lee gets her way")
    for k in range(hi, len(lows)):  # the consequent, up to the sentence's next full stop
        if lows[k] in PUNCT_STOP and lows[k] != ",":
            return False
        if lows[k] in SUPPOSING_MODALS:
            return True
    return False


# what a nominal tie is written with besides its role noun: "X chief executive Y", "X's Y",
# "Y, the chief executive of X"
NOMINAL_GLUE: Final[frozenset[str]] = SKIP_DETS | POSSESSIVES | {M, ",", "of", "'s", "’s"}


def _nominal(lows: list[str], lex: Lexicon, lo: int, hi: int) -> bool:
    """lo to hi holds only names, role nouns and their glue: a title or possessive, no verb."""
    k = lo
    while k < min(hi, len(lows)):
        w = lows[k]
        hit = lex.roles.match(lows, k) if w in lex.roles else None
        if hit is not None:
            k += max(1, hit[0])
        elif w in NOMINAL_GLUE:
            k += 1
        else:
            return False
    return True


def _approval(lows: list[str], lex: Lexicon, k: int) -> bool:
    """The condition opened at k is a deal's approval ("if shareholders approve") or a resolve
    ("if we must"): the act stays stated."""
    stated = trap_words(lex).stated
    for b in range(k + 1, min(len(lows), k + 1 + STATED_REACH)):
        if lows[b] in stated and stated.match(lows, b):
            return True
    return False


# the pronouns that open a non-restrictive relative clause after a comma
RELATIVE_PRONOUNS: Final = RELATIVE_WH


def relative_fact(lows: list[str], lo: int, hi: int, k: int) -> bool:
    """The relation from lo to hi sits in a ", which/who" clause whose opening comma is at lo
    (its antecedent ends the subject; hi before the clause closes) or at k - 1 (the backward
    walk from lo reached the pronoun at k): what is before the antecedent does not put the
    clause in doubt. "denied that Kelso, which owns 9% of it, had sued X": the suit is denied."""
    n = len(lows)
    if 1 <= k < n and lows[k] in RELATIVE_PRONOUNS and lows[k - 1] == ",":
        return True
    if not (0 <= lo < n - 1 and lows[lo] == "," and lows[lo + 1] in RELATIVE_PRONOUNS):
        return False
    close = next((c for c in range(lo + 2, n) if lows[c] == "," or lows[c] in PUNCT_STOP), n)
    return hi <= close


APPOSITIVE_OPENERS: Final[frozenset[str]] = frozenset({"its", "their", "a", "an", "the"})
APPOSITIVE_REACH = 8  # words from the appositive's opening comma to its closing one
# a relative on the appositive's descriptor, and the words it may run on to the closing comma:
# "talk that Orbison Re, the Bermuda insurer that holds 7 per cent of Quillex, might buy more"
RELATIVE_REACH = 12


def appositive_fact(lows: list[str], lo: int, hi: int) -> bool:
    """The relation from lo to hi lies inside an appositive set off by commas after its subject:
    "whether Kelso Bank, its biggest lender, would sue X" (Kelso funds it, whatever the
    hedge), also when a relative on its descriptor states the fact: "talk that Orbison Re, the
    Bermuda insurer that holds 7 per cent of Quillex, might buy more" (Orbison owns Quillex)."""
    n = len(lows)
    if not 0 <= lo < n - 1 or lows[lo] != ",":
        return False
    if lows[lo + 1] not in APPOSITIVE_OPENERS and lows[lo + 1] != M:
        return False  # ", its biggest lender," (its a mention), ", a rival of X,"
    reach = APPOSITIVE_REACH
    for c in range(lo + 2, n):
        if c >= lo + reach:
            return False
        if lows[c] == ",":
            return hi <= c
        if lows[c] in PUNCT_STOP:
            return False
        if lows[c] in RELATIVES and lows[c - 1] != M:
            reach = c + RELATIVE_REACH - lo  # ", the Bermuda insurer that holds 7% of X,"
    return False


# a report its subject will not confirm: "would not comment on press claims that it had turned
# down an approach from X", "declined to confirm reports that" (the report's act is unconfirmed)
CONFIRM_VERBS: Final[frozenset[str]] = frozenset({"comment", "confirm"})
REFUSALS: Final[frozenset[str]] = frozenset({"not", "n't", "declined", "refused", "never", "no"})
REFUSAL_REACH = 6  # words from the refusal to the report noun


def unconfirmed(lows: list[str], noun: int) -> bool:
    """A refusal to comment on or confirm the report whose noun is at `noun`, just before it."""
    lo = max(0, noun - REFUSAL_REACH)
    verb = next((k for k in range(noun - 1, lo - 1, -1) if lows[k] in CONFIRM_VERBS), -1)
    return verb > 0 and any(w in REFUSALS for w in lows[max(0, verb - 3) : verb])


# relation types a plan before their verb makes no act (ownership and funding: `deal_guards`)
PLANNED_TYPES: Final[frozenset[str]] = frozenset(
    {"FOUNDED", "PARTNERS_WITH", "LEADS", "ADVISES", "BACKS"}
)
PLAN_REACH = 5  # words from the plan's first word to the verb


def planned(lows: list[str], lex: Lexicon, k: int) -> bool:
    """A plan ("plans to", "is planning to", "hopes to") just before the verb at k, in its
    phrase."""
    return plan_before(lows, k, lex.plans, PLAN_REACH)


def plan_before(
    lows: list[str],
    k: int,
    words: PhraseIndex,
    reach: int,
    between: frozenset[str] | None = None,
) -> bool:
    """A phrase of `words` within `reach` words before the verb at k, in its phrase (no name,
    comma or clause stop in between); with `between`, only those words may separate the phrase
    from the verb ("would jointly create")."""
    for b in range(k - 1, max(-1, k - reach - 1), -1):
        w = lows[b]
        if w == M or w == "," or w in CLAUSE_STOP:
            return False
        hit = words.match(lows, b) if w in words else None
        if hit is not None:
            return between is None or all(x in between for x in lows[b + hit[0] : k])
    return False


def unplanned(
    lows: list[str], lex: Lexicon, k: int, trigs: tuple[Trigger, ...]
) -> tuple[Trigger, ...]:
    """The triggers at k left once planned founding, partnering, leading, advising and backing
    acts are dropped."""
    if not any(PLANNED_TYPES.intersection(t.types) for t in trigs) or not planned(lows, lex, k):
        return trigs
    return tuple(t for t in trigs if PLANNED_TYPES.isdisjoint(t.types))


# a holding participle (words.HOLDING_PARTICIPLES) in the past perfect or before "until" ends
# the tie ("had owned 40% of X since 2018", "owned X until 2019"); an acquisition ("had bought
# X") stays stated. "once" or "formerly" right before the verb ends it too ("once had a stake
# in X")
ENDINGS: frozenset[str] = frozenset({"until", "till"})
HAD_FILLERS: frozenset[str] = frozenset({"long", "once", "previously", "also", "jointly"})
# an adverb of a former state right before a past holding verb: "once had a stake in X",
# "formerly owned 30% of X"
FORMER: frozenset[str] = frozenset({"once", "formerly", "previously"})
# a habit of the past before a holding verb: "used to own most of the rest" (rr37m)
USED_TO: Final[list[str]] = ["used", "to"]


def ended_hold(lows: list[str], v: int, last: int) -> bool:
    """The holding verb at v is a tie that ended: a past perfect ("had owned", "had long
    held"), after "once" ("once had a stake in") or "used to" ("used to own"), or with an
    "until" after its object at `last`, in its clause ("owned X until 2019"). A
    seller's past is no stated ownership (the conventions keep it only with its purchase)."""
    if v < 0 or v >= len(lows):
        return False
    if lows[max(0, v - 2) : v] == USED_TO:
        return True  # "used to own the rest"
    if v >= 1 and lows[v - 1] in FORMER and (lows[v] == "had" or lows[v] in HOLDING_PARTICIPLES):
        return True
    if lows[v] not in HOLDING_PARTICIPLES:
        return False
    b = v - 1
    while b >= 0 and lows[b] in HAD_FILLERS:
        b -= 1
    if b >= 0 and lows[b] == "had":
        return True
    for k in range(last + 1, min(len(lows), last + 6)):
        if lows[k] in ENDINGS:
            return True
        if lows[k] in CLAUSE_STOP or lows[k] == "," or lows[k] == M:
            return False
    return False


TALK: Final[frozenset[str]] = frozenset({"talk"})
# the words that open a hearsay phrase's content: "talk that A would buy B", "talk of a bid"
CONTENT_OPENERS: Final[frozenset[str]] = frozenset({"that", "of"})
# subordinators that open a clause of its own, out of an earlier hearsay phrase's content:
# "Speculation about the brewery grew after A bought B"
SUBORDINATORS: Final[frozenset[str]] = frozenset({"after", "when", "as", "until", "since"})


@per_lexicon
def hearsay_index(lex: Lexicon) -> PhraseIndex:
    """The hearsay phrases of triggers.yaml `litigation.hearsay` ("talk that", "some say")."""
    spec = lex.data.get("litigation") or {}
    return phrase_index(spec.get("hearsay"))


def out_of_fact(lows: list[str], k: int, n: int) -> bool:
    """The hearsay phrase of n words at k puts its content out of fact: a bare noun
    ("Speculation that A would buy B lifted ...") or talk ("there has been talk that"), with its
    content right after it ("that ...", "of a bid ..."); not "reports that", "some say" (a firm
    may confirm reports, and say on), nor "The rumours faded after A bought B"."""
    if n != 1 and TALK.isdisjoint(lows[k : k + n]):
        return False
    return lows[k + n - 1] in CONTENT_OPENERS or (
        k + n < len(lows) and lows[k + n] in CONTENT_OPENERS
    )


def hearsay_starts(lex: Lexicon, lows: list[str]) -> frozenset[int]:
    """Where a hearsay phrase that puts its content out of fact opens (`out_of_fact`)."""
    index = hearsay_index(lex)
    return frozenset(k for k, n, _ in index.hits(lows, 0, len(lows)) if out_of_fact(lows, k, n))
