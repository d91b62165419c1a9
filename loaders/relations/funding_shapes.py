"""Funding shapes: a funder's share stated beside another funding, or as what it supplies.

- `share`: "X is funded by lenders led by A, with B supplying a third of the loans": B funds
  what the sentence says A funds.
- `supplier`: "A, the Denver lessor that supplies most of B's capital", "A provides B's
  equity": A funds B.
- `available`: "A will make a $5m loan available to B": A funds B.
- `put_back`: "Odile Farr will roll part of her payout back into the company": the one who
  puts proceeds back into a business funds it.
- `possessed_lender`: "A, Y's main lender,", "Y's lenders include A and B", "Y's backers,
  including A", "A is one of Y's lenders", "A and B are among Y's creditors": A FUNDS Y.
- `implied_loan`: "The smelter will cost $900m. A and B agreed to lend $400m between them":
  A and B fund the smelter.

Words: `funding_shapes` in `loaders/data/triggers.yaml`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from loaders.lexicon import (
    Lexicon,
    PhraseIndex,
    per_lexicon,
    phrase_index,
    verb_index,
    word_set,
)
from loaders.project_heads import headed_name_end
from loaders.relations.funding import cost_words
from loaders.relations.model import Mention, Sentence
from loaders.relations.money_amounts import is_money
from loaders.relations.nav import coord, subjects
from loaders.relations.shared_subject import shared_subject
from loaders.relations.stake import holder_words
from loaders.relations.words import CLAUSE_STOP, LENDER_PLURALS, PUNCT_STOP, M

_DESCRIPTOR_WORDS = 4  # ", with the export agency B supplying": words before the name
_REACH = 8  # words from a verb to what its money is of


@dataclass(frozen=True)
class ShapeWords:
    """The `funding_shapes` key of the lexicon, compiled."""

    share_verbs: PhraseIndex
    share_nouns: frozenset[str]
    supply_verbs: PhraseIndex
    capital_nouns: frozenset[str]
    available_nouns: frozenset[str]
    available_verbs: frozenset[str]
    reinvest_verbs: PhraseIndex


@per_lexicon
def shape_words(lex: Lexicon) -> ShapeWords:
    """The family's words, compiled once per lexicon."""
    spec = lex.data.get("funding_shapes") or {}
    share = phrase_index(spec.get("share_verbs"))
    supply = verb_index(spec.get("supply_verbs"), lex.irregular)
    back = verb_index(spec.get("reinvest_verbs"), lex.irregular)
    return ShapeWords(
        share_verbs=share,
        share_nouns=word_set(spec.get("share_nouns")),
        supply_verbs=supply,
        capital_nouns=word_set(spec.get("capital_nouns")),
        available_nouns=word_set(spec.get("available_nouns")),
        available_verbs=word_set(spec.get("available_verbs")),
        reinvest_verbs=back,
    )


def share_cues(lex: Lexicon) -> frozenset[str]:
    return frozenset({"with"})


def supply_cues(lex: Lexicon) -> frozenset[str]:
    return frozenset(shape_words(lex).supply_verbs)


def available_cues(lex: Lexicon) -> frozenset[str]:
    return frozenset({"available"})


def _name_after(s: Sentence, p: int) -> int:
    """The name at p, or after a short descriptor ("the export agency B"), else -1."""
    lows = s.lows
    for q in range(p, min(len(lows), p + _DESCRIPTOR_WORDS + 1)):
        if lows[q] == M:
            return -1 if s.is_det(q) else q
        if not lows[q].isalpha() or lows[q] in CLAUSE_STOP:
            return -1
    return -1


def _money_of(s: Sentence, p: int, nouns: frozenset[str]) -> bool:
    """From p, in its phrase, a word of money or one of `nouns` ("a third of the loans")."""
    lows = s.lows
    for q in range(p, min(len(lows), p + _REACH)):
        w = lows[q]
        if w == M or w in PUNCT_STOP or w == ",":
            return False
        if w in nouns or is_money(s.lex, w):
            return True
    return False


def share(s: Sentence) -> None:
    """ "X is funded by lenders led by A, with B supplying a third of the loans": B FUNDS X;
    each later "and C providing a £70m loan" of the same with-clause as well."""
    funded = [f for f in s.found if f.type == "FUNDS"]
    if not funded:
        return
    lows = s.lows
    for k in range(1, len(lows) - 3):
        if lows[k] != "with" or lows[k - 1] != ",":
            continue
        for givers in _with_givers(s, k):
            for f in funded:
                if f.source not in givers.ids and f.target not in givers.ids:
                    target = Mention((f.target,), -1, -1)
                    s.emit(givers, ("FUNDS",), target, "funding/share", 0.7)


def _with_givers(s: Sentence, k: int) -> list[Mention]:
    """The givers of the with-clause at k: "with B contributing £30m and C providing a £70m
    loan" (B and C); a first giver with no name ("with the county council contributing £30m")
    gives none but keeps the chain."""
    sw = shape_words(s.lex)
    lows = s.lows
    out: list[Mention] = []
    p = k + 1
    while p < len(lows):
        m = _name_after(s, p)
        v = coord(s, m, +1)[-1] + 1 if m >= 0 else _unnamed_end(s, p)
        hit = sw.share_verbs.match(lows, v) if 0 <= v < len(lows) else None
        if hit is None or not _money_of(s, v + hit[0], sw.share_nouns) or s.blocked(k, v + 1):
            break
        if m >= 0:
            out.append(s.merged(coord(s, m, +1)))
        p = _next_conjunct(lows, v + hit[0])
        if p < 0:
            break
    return out


def _unnamed_end(s: Sentence, p: int) -> int:
    """After "the" and a few plain words at p ("the county council"), the next word, else -1."""
    lows = s.lows
    if lows[p] != "the":
        return -1
    for q in range(p + 1, min(len(lows), p + _DESCRIPTOR_WORDS + 1)):
        if not lows[q].isalpha() or lows[q] in CLAUSE_STOP:
            return -1
        if lows[q] in shape_words(s.lex).share_verbs:
            return q if q > p + 1 else -1
    return -1


def _next_conjunct(lows: list[str], q: int) -> int:
    """The word after the "and" that closes the money phrase from q, else -1."""
    for r in range(q, min(len(lows) - 1, q + _REACH)):
        if lows[r] == "and":
            return r + 1
        if lows[r] in PUNCT_STOP or lows[r] in (",", M):
            return -1
    return -1


def supplier(s: Sentence) -> None:
    """ "A, the Denver lessor that supplies most of B's capital", "A provides B's equity":
    A FUNDS B."""
    sw = shape_words(s.lex)
    lows = s.lows
    for v, w in enumerate(lows):
        hit = sw.supply_verbs.match(lows, v) if w in sw.supply_verbs else None
        if hit is None or hit[1]:
            continue  # "was provided": the passive is read by the verb rules
        owner = _capital_owner(s, v + hit[0], sw.capital_nouns)
        if owner < 0:
            continue
        subj = subjects(s, v, True)
        if subj and subj[0] < v and not s.blocked(subj[0] + 1, owner):
            funder = s.merged(coord(s, subj[0], -1))
            s.emit(funder, ("FUNDS",), s.ment(owner), "funding/supplier", 0.7)


def _capital_owner(s: Sentence, p: int, nouns: frozenset[str]) -> int:
    """ "most of B's capital", "B's equity" from p: B, else -1."""
    lows = s.lows
    for q in range(p, min(len(lows) - 2, p + 5)):
        if lows[q] == M:
            if lows[q + 1] == "'s" and lows[q + 2] in nouns and not s.is_det(q):
                return q
            return -1
        if lows[q] in PUNCT_STOP or lows[q] == ",":
            return -1
    return -1


def available(s: Sentence) -> None:
    """ "A will make a $5m loan available to B": A FUNDS B."""
    sw = shape_words(s.lex)
    lows = s.lows
    n = len(lows)
    for k in range(3, n - 2):
        if lows[k] != "available" or lows[k + 1] != "to" or lows[k + 2] != M:
            continue
        v = k - 1
        while v >= 0 and k - v <= 8 and lows[v] not in sw.available_verbs:
            if lows[v] == M or lows[v] in PUNCT_STOP:
                v = -1
                break
            v -= 1
        if v < 0 or k - v > 8 or not any(w in sw.available_nouns for w in lows[v + 1 : k]):
            continue
        subj = subjects(s, v, True)
        if subj and not s.blocked(subj[0] + 1, k + 2) and not s.is_det(k + 2):
            funder = s.merged(coord(s, subj[0], -1))
            s.emit(funder, ("FUNDS",), s.ment(k + 2), "funding/available", 0.7)


_AMOUNT_WORDS = frozenset({"a", "another", "further"})


def _number(w: str) -> bool:
    """ "120", "1.5", "2,000": a number of an amount split from its currency sign."""
    return w.replace(",", "").replace(".", "").isdigit()


_LOAN_END = frozenset({".", ";", "between", "over", "in", "by", "for", "next", "this", "last"})


def implied_loan(s: Sentence) -> None:
    """ "The Kessel smelter will cost $900m. A and B agreed to lend $400m between them": a loan
    with no borrower named funds what the article just costed or said was funded."""
    if not s.context.funded:
        return
    lows = s.lows
    n = len(lows)
    implied = cost_words(s.lex).implied
    for v in range(1, n - 1):
        if lows[v] not in implied or not is_money(s.lex, lows[v + 1]):
            continue
        e = v + 1
        while e < n and (is_money(s.lex, lows[e]) or lows[e] in _AMOUNT_WORDS or _number(lows[e])):
            e += 1
        if e < n and lows[e] not in _LOAN_END:
            continue  # "lend $5m to B", "lent $5m, which ...": read elsewhere or unclear
        if e < n and lows[e] == "for" and lows[e + 1 : e + 2] == [M]:
            continue  # "lend $5m for the X line": the verb rules read it
        subj = subjects(s, v, True)
        if subj and subj[0] < v and not s.blocked(subj[0] + 1, v + 1):
            lenders = s.merged(coord(s, subj[0], -1))
            target = Mention((s.context.funded,), -1, -1, "context", 0.8)
            s.emit(lenders, ("FUNDS",), target, "funding/implied-loan", 0.7)


def loan_cues(lex: Lexicon) -> frozenset[str]:
    return cost_words(lex).implied


_BACK_REACH = 10  # words from the verb to "back into"


def back_cues(lex: Lexicon) -> frozenset[str]:
    return frozenset({"back"})


def put_back(s: Sentence) -> None:
    """ "X will roll part of her payout back into the company", "the founders are ploughing a
    third of what they receive back into the business": X FUNDS the business."""
    sw = shape_words(s.lex)
    lows = s.lows
    n = len(lows)
    for k in range(2, n - 2):
        if lows[k] != "back" or lows[k + 1] != "into" or lows[k + 2] != M:
            continue
        v = k - 1
        while v >= 0 and k - v <= _BACK_REACH and lows[v] not in sw.reinvest_verbs:
            if lows[v] in PUNCT_STOP or lows[v] == ",":
                v = -1
                break
            v -= 1
        if v < 0 or k - v > _BACK_REACH or lows[v] not in sw.reinvest_verbs:
            continue  # no verb within reach
        if sw.reinvest_verbs.match(lows, v) is None:
            continue
        subj = shared_subject(s, v, subjects(s, v, True))
        if subj and subj[0] < v and not s.blocked(subj[0] + 1, k + 2):
            funder = s.merged(coord(s, subj[0], -1))
            s.emit(funder, ("FUNDS",), s.ment(k + 2), "funding/put-back", 0.7)


LENDER_NOUNS: Final[frozenset[str]] = frozenset({"lender", "lenders"})
# nouns read in every shape of "Y's lender" ("A is Y's biggest creditor"); "investor" and
# "backer" are the role rules' (and a largest investor "with 18%" owns: stake rules)
LENDING_NOUNS: Final[frozenset[str]] = (
    LENDER_NOUNS | LENDER_PLURALS | frozenset({"creditor", "financier"})
)
_LENDER_MODIFIERS = 2  # "main", "biggest single": words between "'s" and "lender"
_INCLUDE = frozenset({"include", "includes", "included", "including", "are", "were"})
_BE = frozenset({"is", "was", "remains", "became", "has", "been"})
_ARE = _BE | frozenset({"are", "were", "remain"})
# words opening a list after "Y's lenders,": "including A", "among them A", "led by A"
_LIST_OPENERS = {"including": 1, "among": 2, "such": 2, "led": 2, "notably": 1}


@per_lexicon
def funder_nouns(lex: Lexicon) -> frozenset[str]:
    """The funding holder nouns (`stakes: holders_of: funding`, "lenders", "backers") and their
    singulars: the nouns of "Y's lenders, including A" and "A is one of Y's backers"."""
    plural = holder_words(lex)[1] | {"lenders"}
    return plural | {w[:-1] for w in plural if w.endswith("s")}


def lender_cues(lex: Lexicon) -> frozenset[str]:
    # a mention: "Y's lenders, including A and B" is read as one group mention
    return funder_nouns(lex) | {M}


def possessed_lender(s: Sentence) -> None:
    """ "A, Y's main lender,", "Y's biggest lender, A", "A is Y's lender", "Y's lenders include
    A and B": A (and B) FUNDS Y. With any funding noun ("backers", "investors", "creditors"),
    a listed member: "Y's lenders, including A and B,", "A is one of Y's backers", "A and B
    are among its creditors"."""
    lows = s.lows
    n = len(lows)
    nouns = funder_nouns(s.lex)
    for k in range(2, n):
        if lows[k] == M and s.ment(k).kind == "group" and s.ment(k).word in nouns:
            _possessed_group(s, k)
            continue
        if lows[k] not in nouns:
            continue
        q = k - 1
        while q > 0 and k - q <= _LENDER_MODIFIERS and lows[q] != "'s" and lows[q].isalpha():
            q -= 1
        y = q - 1
        if lows[q] == "'s" and y >= 0 and lows[y] != M:
            y = _headed_project(s, q)  # "the Kelso pipeline's lenders include A"
        if lows[q] == "'s" and y >= 0 and lows[y] == M:
            borrower = y
        elif lows[q] == M and s.is_det(q) and s.ment(q).word == "its":
            borrower = q  # "its main lender"; "A, one of its lenders"
        else:
            continue
        lender = -1
        if lows[k] in LENDING_NOUNS and lows[k - 1] != M:
            lender = _lender_of(s, borrower, k)
        if lender < 0:
            lender = _member_of(s, borrower, k)
        if lender >= 0 and not s.blocked(min(lender, borrower) + 1, max(lender, borrower)):
            funders = s.merged(coord(s, lender, +1 if lender > k else -1))
            if not set(funders.ids).isdisjoint(s.ment(borrower).ids):
                continue  # "A and B are among its creditors" with "its" read as A: unsure
            s.emit(funders, ("FUNDS",), s.ment(borrower), "funding/possessed-lender", 0.7)


def _headed_project(s: Sentence, q: int) -> int:
    """The project named before its head noun, the head ending before q ("the Kelso pipeline"
    of "the Kelso pipeline's"), else -1."""
    end = headed_name_end(s.lex.heads, s.lows, q, lambda p: _project_at(s, p - 1))
    return end - 1 if end > 0 else -1


def _project_at(s: Sentence, p: int) -> bool:
    return s.lows[p] == M and "Project" in s.etypes(p)


def _possessed_group(s: Sentence, k: int) -> None:
    """ "Y's lenders, including A and B," (read as one group mention at k, its noun a funding
    noun) and "its backers, among them A and B": the members FUND Y."""
    lows = s.lows
    if lows[k - 1] == "'s" and lows[k - 2] == M and not s.is_det(k - 2):
        borrower = k - 2
    elif lows[k - 1] == "'s" and (y := _headed_project(s, k - 1)) >= 0:
        borrower = y  # "the Tarn wind farm's lenders, including A and B,"
    elif s.is_det(k - 1) and s.ment(k - 1).word == "its":
        borrower = k - 1
    else:
        return
    if not s.blocked(borrower + 1, k):
        s.emit(s.ment(k), ("FUNDS",), s.ment(borrower), "funding/possessed-lender", 0.7)


def _lender_of(s: Sentence, y: int, k: int) -> int:
    """The lender named beside "Y's lender" (borrower at y, noun at k), else -1."""
    lows = s.lows
    n = len(lows)
    if k + 2 < n and lows[k + 1] == "," and lows[k + 2] == M and not s.is_det(k + 2):
        return k + 2  # "Y's biggest lender, A"
    if k + 2 < n and lows[k + 1] in _INCLUDE and lows[k + 2] == M and not s.is_det(k + 2):
        return k + 2  # "Y's lenders include A and B"
    if k + 1 < n and lows[k + 1] not in (",", ".", ";", ")"):
        return -1
    if y >= 2 and lows[y - 1] == "," and lows[y - 2] == M and not s.is_det(y - 2):
        return y - 2  # "A, Y's main lender,"
    if y >= 2 and lows[y - 1] in _BE and lows[y - 2] == M and not s.is_det(y - 2):
        return y - 2  # "A is Y's lender"
    return -1


def _member_of(s: Sentence, y: int, k: int) -> int:
    """The first named member of a plural funder noun's list (borrower at y, noun at k): "Y's
    backers, including A", "Y's lenders, led by A", "A is one of Y's lenders", "A and B are
    among Y's creditors"; else -1."""
    lows = s.lows
    n = len(lows)
    if not lows[k].endswith("s"):
        return -1
    if k + 2 < n and lows[k + 1] == "," and lows[k + 2] in _LIST_OPENERS:
        m = k + 2 + _LIST_OPENERS[lows[k + 2]]
        return m if m < n and lows[m] == M and not s.is_det(m) else -1
    if k + 1 < n and lows[k + 1] not in (",", ".", ";", ")"):
        return -1
    b = y - 2 if y >= 2 and lows[y - 2 : y] == ["one", "of"] else y - 1
    if b < 1 or lows[b] not in ("one", "among"):
        return -1
    v = b - 1
    if lows[v] in _ARE or lows[v] == ",":
        v -= 1
    if v >= 0 and lows[v] == M and not s.is_det(v) and v < b - 1:
        return v
    return -1
