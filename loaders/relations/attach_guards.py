"""Attachment guards: a name near a trigger that is not its argument.

- `reported_act`: "CFO Mira Pell said the purchase of Brisco added revenue": a person who
  speaks about an act named by a noun with a definite article is no party of it (an
  organisation saying it is: "Quillex said the purchase of Brisco added revenue").
"""

from __future__ import annotations

from typing import Final

from loaders.person_frames import SUBJECT_PRONOUNS
from loaders.relations.deal_guards import deal_words
from loaders.relations.model import Sentence
from loaders.relations.words import (
    DEFINITE_DETS,
    REPORTING,
    SKIP_DETS,
    TELLING,
    WHICH_THAT,
    M,
)
from loaders.relations.words import RELATIVES as RELATIVES  # re-exported: one definition

# determiners of an act the speaker only mentions: "said the purchase", "said this deal"
MENTIONED_DETS: Final[frozenset[str]] = DEFINITE_DETS


def reported_act(s: Sentence, subj: int, k: int) -> bool:
    """The noun trigger at k follows a reporting verb whose subject, the person at subj, is the
    candidate: "Mira Pell said (that) the purchase of Brisco ..."."""
    lows = s.lows
    if subj >= k or "Person" not in s.etypes(subj) or "Organization" in s.etypes(subj):
        return False
    d = k - 1
    while d > subj and k - d <= 3 and lows[d] not in MENTIONED_DETS:
        if not lows[d].isalpha():
            return False
        d -= 1  # "the proposed $2bn purchase"
    if d <= subj or lows[d] not in MENTIONED_DETS:
        return False
    r = d - 1 - (lows[d - 1] == "that")
    if r > subj + 1 and lows[r - 1] in TELLING and lows[r].isalpha():
        r -= 1  # "told reporters the investment in X"
    return r > subj and (lows[r] in REPORTING or lows[r] in TELLING)


def act_not_holder(s: Sentence, k: int, e: int, inverse: bool) -> bool:
    """ "the acquisition of Brisco, which Quillex bought": an inverse role noun ("acquisition")
    right after "the" and before "of" names an act whose object follows, no holder."""
    lows = s.lows
    return inverse and k >= 1 and lows[k - 1] == "the" and e < len(lows) and lows[e] == "of"


# words that open an aside between a subject and its predicate: "X, which supplies Y, is ...",
# "X, a rival of Y, is ..."
ASIDE_OPENERS: frozenset[str] = frozenset(
    {"which", "who", "that", "whose", "a", "an", "the", "one", "once", "formerly"}
)
# the auxiliary that resumes the main clause after the aside: "..., is 40% held by"
RESUMING_AUX: frozenset[str] = frozenset(
    {"is", "was", "are", "were", "has", "had", "have", "will", "would", "remains"}
)


def aside_head(s: Sentence, patient: int, k: int) -> int:
    """The subject of a predicate at k when the name at `patient` sits inside an aside closed
    by a comma just before it: "Pellan Foods, a rival of Brisco, is 40% held by X" (Pellan
    Foods), "The plant, which supplies Vessary, is majority held by X" (-1: the head is no
    name); else `patient` itself."""
    lows = s.lows
    if patient >= 3 and lows[patient - 1] in WHICH_THAT and lows[patient - 2] == ",":
        return object_relative_head(s, patient, k)
    if patient < 1 or patient + 2 >= k or lows[patient + 1] != ",":
        return patient
    if lows[patient + 2] not in RESUMING_AUX or M in lows[patient + 2 : k]:
        return patient
    c = patient - 1
    while c >= 0 and patient - c <= 10 and lows[c] not in (",", M) and lows[c].isalpha():
        c -= 1
    if c < 1 or lows[c] != "," or lows[c + 1] not in ASIDE_OPENERS:
        return patient
    return c - 1 if lows[c - 1] == M else -1


def object_relative_head(s: Sentence, patient: int, k: int) -> int:
    """The head of an object relative whose subject is the name at `patient`, when the main
    clause resumes before k: "The Tarn mine, which Velko is developing, is financed by X"
    (Tarn; -1 when the head is no name); else `patient`."""
    lows = s.lows
    c = patient + 1
    while c < k and c - patient <= 5 and lows[c].isalpha():
        c += 1  # "is developing", "plans to build"
    if c == patient + 1 or c + 1 >= k or lows[c] != "," or lows[c + 1] not in RESUMING_AUX:
        return patient
    if M in lows[c + 1 : k]:
        return patient
    d = patient - 3
    while d > 0 and patient - 3 - d < 2 and lows[d].isalpha():
        d -= 1  # "the Tarn copper mine, which": a name before its head noun
    if lows[d] != M or (d < patient - 3 and not s.etypes(d).isdisjoint(("Person", "Location"))):
        return -1
    return d


def of_apposed_head(s: Sentence, c: int, v: int) -> int:
    """The antecedent of a relative clause whose verb is at v when the name at c just before it
    closes an appositive "of" phrase: "Marlo Holdings, the vehicle of tycoon Ravi Tanwar, which
    owns 20% of Brisco" (Marlo Holdings, not Tanwar), -1 when that head is no name ("The fund,
    a unit of Vessary, which owns ..."); else c."""
    lows = s.lows
    if not (c + 2 < v and lows[c + 1] == "," and lows[c + 2] in RELATIVES):
        return c
    q = c - 1
    while q >= 0 and c - q <= 8 and lows[q].isalpha() and lows[q] != M:
        q -= 1
    inner = lows[q + 1 : c]
    if q < 1 or lows[q] != "," or "of" not in inner or inner[0] not in SKIP_DETS:
        return c
    return q - 1 if lows[q - 1] == M and not s.is_det(q - 1) else -1


# nouns of a regulator's look at something: "opened a probe into", "an inquiry into"
REVIEW_NOUNS: frozenset[str] = frozenset(
    {"investigation", "investigations", "probe", "probes", "inquiry", "inquiries", "review"}
)


def deal_review(s: Sentence, k: int, e: int, last: int) -> bool:
    """A probe at k..e into a deal, not into a party's conduct: "opened an in-depth probe into
    Quillex's purchase of Dalmet", "an inquiry into the merger of A and B" (merger control is
    no dispute; "a probe into Quillex" still is)."""
    lows = s.lows
    if lows[k] not in REVIEW_NOUNS:
        return False
    deals = deal_words(s.lex).called_off
    if not deals.isdisjoint(lows[e:last]):
        return True  # "a probe into the proposed merger of A and B"
    return (
        last + 2 < len(lows)
        and lows[last + 1] == "'s"
        and not deals.isdisjoint(lows[last + 2 : last + 5])
    )


def person_pronoun_subject(s: Sentence, c: int, k: int) -> bool:
    """ "until he moved to Peru": a "he"/"she" right before the verb at k is its subject, so
    a farther name (the firm he ran) is never tried in its place."""
    if c >= k or k - c > 3 or s.lows[c] != M:
        return False
    ment = s.ment(c)
    return ment.kind == "pronoun" and ment.word.lower() in SUBJECT_PRONOUNS


# holders named by what they hold: "by the three owners of X" (X is held, not the agent)
HOLDER_NOUNS: frozenset[str] = frozenset(
    {"owner", "owners", "shareholder", "shareholders", "holders", "backers", "investors"}
    | {"parent", "parents", "members", "partners", "founders", "lenders", "creditors"}
)


def holders_of(s: Sentence, agent: int) -> bool:
    """The agent found after "by" is the complement of a holder noun: "funded by the two owners
    of Dalmet" (the owners fund, Dalmet does not)."""
    lows = s.lows
    return agent >= 2 and lows[agent - 1] == "of" and lows[agent - 2] in HOLDER_NOUNS


def agent_as_holder(s: Sentence, holder: int, other: int) -> bool:
    """The holder of a role noun found after its complement is the agent of a later passive:
    "The bakery, a rival of Brisco, is 40% owned by Orlan" (Orlan owns the bakery; it is no
    rival of Brisco)."""
    lows = s.lows
    return holder > other and holder >= 1 and lows[holder - 1] == "by" and "," in lows[other:holder]
