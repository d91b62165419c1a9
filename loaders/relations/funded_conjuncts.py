"""Funded conjuncts: a funding passive whose subject lies past a first conjunct or asides.

- `relative`: "Project Q, a scheme to build depots, which Orvik unveiled last spring and which is
  now financed partly by A"; "the Tarn school, a college that counts 200 graduates and is funded
  mostly by A": A FUNDS the relative clause's antecedent (an appositive's named head).
- `main`: "The plan, which the firm called Project Q, adds two kilns, and will be financed by
  a loan from A": A FUNDS the sentence's opening subject (or the name that a naming
  aside gives an unnamed subject).
- `apposed`: "Project Q, a ring of bells for the abbey in P, which is funded by A": the relative
  is said of the appositive's head, not the place that ends the appositive.
- `aside`: "Project Q, opened by T, which has added two berths, is co-financed by A": the
  sentence's opening subject, not a name inside the asides before the passive.

The fundings read from the same givers to names inside the first conjunct or the asides are
dropped ("a berth that T opened and which is funded by A": A funds the berth, not T).

The passive's own patient search stops at the first conjunct; this reads past it to the
subject both conjuncts share. The money's giver after "by" may be named through a loan or a
grant ("by a loan from A").

Words: `funded_passives` (`loaders/data/names.yaml`), the words before "by" below.
"""

from __future__ import annotations

from typing import Final

from loaders.grammar_words import INDEFINITE_ARTICLES, SKIP_DETS
from loaders.lexicon import Lexicon, per_lexicon, word_set
from loaders.relations.model import Mention, Sentence
from loaders.relations.money_amounts import is_money
from loaders.relations.nav import (
    agent_after,
    appositive_start,
    coord,
    negated_phrase,
    prep_before,
)
from loaders.relations.relative_heads import named_before
from loaders.relations.second_funder import described_name
from loaders.relations.words import (
    AUXILIARIES,
    NAMING_PARTICIPLES,
    PREPOSITIONS,
    PUNCT_STOP,
    SAYING,
    WHICH_THAT,
    M,
)

# words between a funding participle and "by": "financed in part by", "funded partly by"
BEFORE_BY: Final = frozenset(
    {"in", "part", "partly", "jointly", "largely", "mostly", "partially", "equally", "also"}
)
# words between "and" and the participle: "and is being", "and which has been", "and was later"
LINK_WORDS: Final = AUXILIARIES | {"be", "being", "been", "since", "already"}
# words that name an unnamed subject in its aside: "under the name Q", "called Q"
NAMING: Final = NAMING_PARTICIPLES | {"name"}
# f36m: money that is earned from someone, not given: "funded by revenue from A", "by fees
# from A", "by proceeds from the sale of A": A does not fund the patient
EARNED: Final = frozenset(
    {"revenue", "revenues", "fee", "fees", "income", "proceeds", "sales", "earnings"}
    | {"profit", "profits", "royalties", "rent", "rents", "tolls", "tax", "taxes"}
)
# f36m: verbs whose clause follows: "A said the depot, built by T, is funded by B", "A told
# Q that the mill ... and is funded by B": the funded thing is the inner clause's subject
CLAUSE_SAYING: Final = (
    (SAYING - {"added", "announced", "announces", "confirmed"})
    | {"stated", "noted", "explained", "claimed", "argued", "insisted", "warned"}
    | {"assured", "informed", "reminded", "notified", "convinced", "persuaded"}
)
# f36m: money given by the name after "from", besides the lexicon's money words: "by bonds
# from A", "by a donation from A"
GIVEN: Final = frozenset({"bond", "bonds", "debt", "credit", "notes", "donation", "donations"})
CONJUNCT_REACH = 30  # words from the second conjunct's "and" back to the relative opener
LOAN_REACH = 8  # words from "by" to the "from" of the loan: "by a £4m loan from A"


@per_lexicon
def _participles(lex: Lexicon) -> frozenset[str]:
    return frozenset(w for w in word_set(lex.data.get("funded_passives")) if " " not in w)


def cues(lex: Lexicon) -> frozenset[str]:
    return _participles(lex)


def funded_conjunct(s: Sentence) -> None:
    lows = s.lows
    parts = _participles(s.lex)
    for k in range(3, len(lows) - 2):
        if lows[k] not in parts or negated_phrase(s, k):
            continue
        funders = _funders(s, k + 1)
        if not funders:
            continue
        patient, lo, hi, rule = _patient(s, k)
        if patient < 0 or "Location" in s.etypes(patient) or patient in funders:
            continue
        givers = s.merged(funders)
        _unlink_inner(s, givers, lo, hi, patient)
        if not _given(s, k + 1, funders[0]):
            continue  # "by fees from A": A funds neither the subject nor a name inside
        s.emit(givers, ("FUNDS",), s.ment(patient), "funded-conjuncts/" + rule, 0.6)


def _patient(s: Sentence, k: int) -> tuple[int, int, int, str]:
    """What the funding passive at k is said of, past a first conjunct or asides, with the
    span lo to hi (both left out) whose names it is not said of, and the shape read;
    (-1, 0, 0, "") if none."""
    lows = s.lows
    p = k - 1
    while p > 0 and (lows[p] in LINK_WORDS or lows[p].endswith("ly")):
        p -= 1
    if p == k - 1:
        return -1, 0, 0, ""  # "and financed by": read by the passive's own conjunct search
    second = lows[p] in WHICH_THAT and lows[p - 1] == "and"
    a = p - second
    if lows[a] == "and":
        patient, opener = _relative_antecedent(s, a)
        if patient >= 0:
            return patient, opener, a, "relative"
        if not second and lows[a - 1] == ",":
            return _opening_subject(s, a), 0, a, "main"
    elif lows[p] in WHICH_THAT:
        # "X, a ring of bells for the abbey in P, which is funded by A": the appositive's head
        patient, _ = _antecedent(s, p)
        return patient, patient, p, "apposed"
    elif lows[p] == ",":
        # "X, launched by T, which has put $2m into it, is funded by A": the opening subject
        return _opening_subject(s, p, aside=True), 0, p, "aside"
    return -1, 0, 0, ""


def _unlink_inner(s: Sentence, givers: Mention, lo: int, hi: int, patient: int) -> None:
    """Drop the fundings read from the givers to a name between lo and hi, the first conjunct
    ("X, a berth that T opened and which is funded by A": A funds X, not T), not to the
    patient itself when a pronoun inside stands for it ("X, which shut its kiln, ...")."""
    inner = {i for m in range(lo + 1, hi) if s.lows[m] == M for i in s.ment(m).ids}
    inner -= set(s.ment(patient).ids)
    gone = [
        f for f in s.found if f.type == "FUNDS" and f.source in givers.ids and f.target in inner
    ]
    s.withdraw(gone)


def _funders(s: Sentence, b: int) -> list[int]:
    """The named funders after the participle: "by A and B", "in part by A", "by a loan from
    A"; [] when none."""
    lows = s.lows
    n = len(lows)
    while b < n and lows[b] in BEFORE_BY:
        b += 1
    if b >= n or lows[b] != "by":
        return []
    agent = agent_after(s, b + 1)
    if agent < 0:
        agent = _loan_giver(s, b + 1)
    return coord(s, agent, +1) if agent >= 0 else []


def _given(s: Sentence, q: int, agent: int) -> bool:
    """The words from the participle's next word q to the funder at agent name money given,
    not earned: "by A", "by a loan from A", not "by revenue from A", "by fees from A", "by a
    study from A"."""
    words = s.lows[q:agent]
    if any(w in EARNED for w in words):
        return False
    if "from" not in words:
        return True
    return any(w in GIVEN or is_money(s.lex, w) for w in words[: words.index("from")])


def _loan_giver(s: Sentence, q: int) -> int:
    """ "a £4m loan from A", "grants from the agency A": the giver, else -1."""
    lows = s.lows
    money = False
    for f in range(q, min(len(lows) - 1, q + LOAN_REACH)):
        w = lows[f]
        if w == "from":
            return described_name(s, f + 1) if money else -1
        if w == M or w in PUNCT_STOP or w == ",":
            return -1
        money = money or is_money(s.lex, w)
    return -1


def _relative_antecedent(s: Sentence, a: int) -> tuple[int, int]:
    """The antecedent of the relative clause whose first conjunct ends at the "and" at a
    ("X, which ... and (which) is funded", "a school that ... and is funded") and the relative
    pronoun; (-1, -1) when none."""
    lows = s.lows
    for r in range(a - 1, max(0, a - CONJUNCT_REACH), -1):
        w = lows[r]
        if w in PUNCT_STOP or (w == "," and r < a - 1):
            return -1, -1  # "X, which ..., adds kilns and is funded": the main clause's
        if w in WHICH_THAT:
            return _antecedent(s, r)
    return -1, -1


def _antecedent(s: Sentence, r: int) -> tuple[int, int]:
    """The name the relative pronoun at r is said of, and r: the name before it, or the head of
    an appositive before it ("X, a scheme to build depots in rural P, which"); (-1, -1)."""
    lows = s.lows
    q = r - (lows[r - 1] == ",")
    if lows[r] == "that" and q == r and lows[q - 1] == M and lows[q - 2] in CLAUSE_SAYING:
        return -1, -1  # "A told Q that the mill ... and is funded by B": no relative
    head = appositive_start(s, q - 1 - (lows[q - 1] == M), q)
    if head >= 0 and lows[r] == "which" and "Person" in s.etypes(head) and lows[q - 1] == M:
        # "Dana Ruiz, a partner at Orvik, which is funded by A": "which" is not said of
        # the person, but of the firm that ends the appositive ("that" may be said of her)
        return (-1 if "Location" in s.etypes(q - 1) else q - 1), r
    if head >= 0 or lows[q - 1] != M or prep_before(s, q - 1):
        return head, r
    return named_before(s, r), r


def _opening_subject(s: Sentence, a: int, aside: bool = False) -> int:
    """The subject the sentence opens with, for a main clause's second conjunct at a: a name,
    or an unnamed noun phrase's name in its aside ("The plan, launched under the name Q,");
    else -1."""
    lows = s.lows
    if aside and not _asides(s, a):
        return -1
    if any(w in CLAUSE_SAYING for w in lows[1:a]):
        return -1  # "A said the depot, built by T, is funded by B": the depot, not A
    if lows[0] == M and s.ment(0).kind == "name":
        return 0
    named = _named_in_aside(s, a) if lows[0] in ("the", M) else -1
    if named < 0 and aside and s.ment(0).kind != "pronoun":
        return 0  # "The scheme, launched by T, is funded by A": the scheme, not T
    return named


def _named_in_aside(s: Sentence, a: int) -> int:
    """The name an unnamed opening subject is given in its first aside ("The plan, launched
    under the name Q,"), else -1."""
    lows = s.lows
    c = next((p for p in range(1, min(a, 6)) if lows[p] == ","), -1)
    if c < 0 or any(w == M for w in lows[1:c]):
        return -1
    for p in range(c + 1, a):
        if lows[p] == ",":
            return -1
        if lows[p] == M and lows[p - 1] in NAMING and not _names_other(s, p - 1):
            return p
    return -1


def _names_other(s: Sentence, p: int) -> bool:
    """The naming word at p names another noun, not the subject: "a deal with a distributor
    named Q", "hired a contractor called Q" (not "which the firm called Q", "under the name Q")."""
    lows = s.lows
    if lows[p] == "name" or lows[p - 1] == "and":
        return False
    return lows[p - 2] in PREPOSITIONS or any(
        w in INDEFINITE_ARTICLES for w in lows[max(0, p - 3) : p]
    )


def _asides(s: Sentence, c: int) -> bool:
    """Between the opening subject and the comma at c, only comma-closed asides: the first
    opens right after the subject with a participle, a relative pronoun or a determiner
    ("X, launched by T, which ..., is"; "The plan, a scheme to ..., is")."""
    lows = s.lows
    if len(lows) < 4 or lows[0] != M or lows[1] != ",":
        return False
    w = lows[2]
    if not (w.endswith("ed") or w in WHICH_THAT or w == "who" or w in SKIP_DETS):
        return False
    return not any(x in PUNCT_STOP or x in ("and", "but", "while") for x in lows[2:c])
