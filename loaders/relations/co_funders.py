"""Companions funding the project another party was found to fund (the "project-funders"
family of the construction table; words: `project_funding` in `loaders/data/triggers.yaml`).

- `co_financier`: "A is co-financing the Tarn dam with B", "A co-funded it together with B":
  the companion after "with" FUNDS the project too (the verb reads A). The verbs are
  `project_funding: co_verbs` in `loaders/data/triggers.yaml`.
- `signed_lender`: "A signed a £90m financing agreement for the Tarn wind farm with B": the
  lender B FUNDS the project.
- `joined_funder`: "A joined B in financing the Tarn dam", "A joins B as a lender to X": A
  FUNDS what B was found to fund (a project); "A is lending $20m to X, joining B and C": B
  and C fund it too.
- `later_funders`: after a clause that funds one project, the others named with no verb of
  their own: "A is providing £200m for X, B £150m and C the rest" (a gapped share) and "X is
  funded by A, with B and C also lending" (`COFUNDING_PARTICIPLES`); a clause giving the rest
  (", while B will lend the rest", "and B will lend the balance").
"""

from __future__ import annotations

from typing import Final

from loaders.lexicon import Lexicon, per_lexicon, verb_index, word_set
from loaders.relations.funding import cost_words
from loaders.relations.model import Mention, Sentence
from loaders.relations.nav import coord
from loaders.relations.project_money import VERB_AUX, funding_words
from loaders.relations.rounds import COFUNDING_PARTICIPLES
from loaders.relations.words import AMOUNT_STARTS, SCALE_WORDS, M

OBJECT_REACH = 6  # words from the verb to "with": "co-financing the £300m Tarn wind farm"


@per_lexicon
def co_verbs(lex: Lexicon) -> frozenset[str]:
    """The `project_funding: co_verbs` lemmas in every form ("co-financing", "co-funded")."""
    spec = (lex.data.get("project_funding") or {}).get("co_verbs")
    return frozenset(verb_index(spec, lex.irregular, True))


def co_cues(lex: Lexicon) -> frozenset[str]:
    return co_verbs(lex)


def co_financier(s: Sentence) -> None:
    """ "A is co-financing the Tarn dam with B": B FUNDS the project A was found to fund."""
    lows = s.lows
    verbs = co_verbs(s.lex)
    for k, w in enumerate(lows):
        if w not in verbs:
            continue
        w_at = _with_after(lows, k)
        if w_at < 0:
            continue
        target = _object_project(s, k, w_at)
        if target is None or not _funded(s, target):
            continue  # "plans to co-finance X with B": the verb's own read was blocked
        funders = s.merged(coord(s, w_at + 1, +1))
        if set(funders.ids).isdisjoint(target.ids):
            s.emit(funders, ("FUNDS",), target, "project-funders/co-financier", 0.65)


SIGN_FORMS: Final[frozenset[str]] = frozenset({"sign", "signs", "signed", "signing"})
SIGNED_REACH = 14  # "signed a £90m financing agreement for the Selby Moor solar farm with"


def sign_cues(lex: Lexicon) -> frozenset[str]:
    return SIGN_FORMS


def signed_lender(s: Sentence) -> None:
    """ "A signed a £90m financing agreement for the Tarn wind farm with B": B, the lender
    after "with", FUNDS the project A was found to fund (a money noun before the project)."""
    lows = s.lows
    nouns = funding_words(s.lex)[0]
    for k, w in enumerate(lows):
        if w not in SIGN_FORMS:
            continue
        w_at = _with_after(lows, k, SIGNED_REACH)
        target = _object_project(s, k, w_at) if w_at > 0 else None
        if target is None or not _funded(s, target):
            continue  # "is in talks to sign ...": the verb's own read was blocked
        p = next(p for p in range(k + 1, w_at) if lows[p] == M)
        if nouns.isdisjoint(lows[k + 1 : p]):
            continue  # "signed a supply deal for X with B": no money
        funders = s.merged(coord(s, w_at + 1, +1))
        if set(funders.ids).isdisjoint(target.ids):
            s.emit(funders, ("FUNDS",), target, "project-funders/signed-lender", 0.6)


def _with_after(lows: list[str], k: int, reach: int = OBJECT_REACH) -> int:
    """The "with" ("together with", "jointly with") of the companion after the verb at k,
    its name right after it; else -1."""
    for w in range(k + 1, min(len(lows) - 1, k + reach)):
        if lows[w] in (",", ";", "."):
            return -1
        if lows[w] == "with" and lows[w + 1] == M:
            return w
    return -1


def _funded(s: Sentence, target: Mention) -> bool:
    """Did a rule before this one find someone funding the target in this sentence?"""
    return any(f.type == "FUNDS" and f.target in target.ids for f in s.found)


def _object_project(s: Sentence, k: int, w_at: int) -> Mention | None:
    """The one project named between the verb at k and "with" at w_at, else None."""
    found = [p for p in range(k + 1, w_at) if s.lows[p] == M]
    if len(found) != 1 or s.etypes(found[0]) != {"Project"}:
        return None
    return s.ment(found[0])


JOIN_FORMS: Final[frozenset[str]] = frozenset({"joined", "joins", "join", "joining"})


def join_cues(lex: Lexicon) -> frozenset[str]:
    return JOIN_FORMS


def joined_funder(s: Sentence) -> None:
    """ "A joined B in financing X", "A joins B and C as lenders to X": A FUNDS the project the
    rules found B to fund."""
    lows = s.lows
    for k in range(1, len(lows) - 1):
        if lows[k] == "joining" and lows[k - 1] == "," and lows[k + 1] == M:
            _join_list(s, k + 1)  # "A is lending $20m to X, joining B and C"
            continue
        if lows[k] not in JOIN_FORMS or lows[k + 1] != M or lows[k - 1] != M:
            continue
        joined = s.merged(coord(s, k + 1, +1))
        targets = {
            f.target
            for f in s.found
            if f.type == "FUNDS" and f.source in joined.ids and s.type_of(f.target) == "Project"
        }
        if len(targets) != 1 or s.blocked(k - 1, k + 1):
            continue
        joiner = s.merged(coord(s, k - 1, -1))
        s.emit(
            joiner, ("FUNDS",), Mention((targets.pop(),), -1, -1), "project-funders/joined", 0.65
        )


def _one_project(s: Sentence, but: set[str], any_type: bool = False) -> Mention | None:
    """The one project (with `any_type`, the one target of any type) this sentence was found
    to fund (by sources not in `but`), else None."""
    targets = {
        f.target
        for f in s.found
        if f.type == "FUNDS"
        and f.source not in but
        and (any_type or s.type_of(f.target) == "Project")
    }
    return Mention((targets.pop(),), -1, -1) if len(targets) == 1 else None


def _join_list(s: Sentence, m: int) -> None:
    """The list after ", joining" at m funds the one project funded before it."""
    joined = s.merged(coord(s, m, +1))
    target = _one_project(s, set(joined.ids))
    if target is not None and not s.blocked(m - 1, m + 1):
        s.emit(joined, ("FUNDS",), target, "project-funders/joined", 0.6)


SHARE_WORDS: Final[frozenset[str]] = frozenset({"rest", "remainder", "balance"})
SIZES: Final[frozenset[str]] = SCALE_WORDS | {"mn"}
GAP_ENDS: Final[frozenset[str]] = frozenset({",", "and", ".", ";"})
# the openers of a clause whose subject gives the rest: ", while B and C will lend the rest",
# "and B will lend the balance"
REST_OPENERS: Final[frozenset[str]] = frozenset({"while", "whereas", "and"})


def later_cues(lex: Lexicon) -> frozenset[str]:
    return frozenset({",", "and", "while", "whereas"})


def later_funders(s: Sentence) -> None:
    """ "A is providing £200m for X, B £150m and C the rest"; "X is funded by A, with B and C
    also lending": B and C FUND the project X."""
    lows = s.lows
    if not any(f.type == "FUNDS" for f in s.found):
        return
    for g in range(1, len(lows) - 2):
        if lows[g + 1] != M or s.is_det(g + 1):
            continue
        if lows[g] in (",", "and") and _gapped_share(lows, g + 2) and _money_before(lows, g):
            target = _one_project(s, set(s.ment(g + 1).ids))
            if target is not None and not s.blocked(g, g + 2):
                s.emit(s.ment(g + 1), ("FUNDS",), target, "project-funders/gapped", 0.6)
        elif lows[g - 1 : g + 1] == [",", "with"]:
            _with_also(s, g + 1)
    for g in range(1, len(lows) - 4):
        if lows[g] in REST_OPENERS and lows[g + 1] == M and _lends_rest(s, g + 1):
            rest = s.merged(coord(s, g + 1, +1))
            target = _one_project(s, set(rest.ids), any_type=True)
            if target is not None and not s.blocked(g, len(lows)):
                s.emit(rest, ("FUNDS",), target, "project-funders/rest-clause", 0.6)
    for w in range(1, len(lows) - 5):
        if lows[w - 1 : w + 1] == [",", "with"] and (m := _rest_from(s, w)) >= 0:
            rest = s.merged(coord(s, m, +1))
            target = _one_project(s, set(rest.ids))
            if target is not None and not s.blocked(w, m):
                s.emit(rest, ("FUNDS",), target, "project-funders/rest-from", 0.6)


def _money_before(lows: list[str], g: int) -> bool:
    """An amount before g: the first clause gave a share ("is providing £200m for X")."""
    return any(w[:1] in AMOUNT_STARTS for w in lows[:g])


@per_lexicon
def _joining(lex: Lexicon) -> frozenset[str]:
    return word_set((lex.data.get("project_funding") or {}).get("joining_participles"))


def _lends_rest(s: Sentence, m: int) -> bool:
    """ "B and C will lend the rest" after the list at m: a giving verb (`cost_shares: verbs`)
    and "the rest" (remainder, balance) ending the clause."""
    lows = s.lows
    v = coord(s, m, +1)[-1] + 1
    while v < len(lows) and lows[v] in VERB_AUX:
        v += 1
    hit = cost_words(s.lex).verbs.match(lows, v)
    if hit is None:
        return False
    e = v + hit[0]
    if lows[e : e + 1] != ["the"] or lows[e + 1 : e + 2] == [] or lows[e + 1] not in SHARE_WORDS:
        return False
    return e + 2 >= len(lows) or lows[e + 2] in GAP_ENDS


def _rest_from(s: Sentence, w: int) -> int:
    """ ", with the rest coming from B": the position of B (w at "with"), else -1."""
    lows = s.lows
    a = w + 1
    if lows[a : a + 1] != ["the"] or lows[a + 1 : a + 2] == [] or lows[a + 1] not in SHARE_WORDS:
        return -1
    v = a + 2
    if lows[v : v + 2] == ["to", "come"]:
        v += 1
    elif lows[v : v + 1] != ["coming"]:
        return -1
    ok = lows[v + 1 : v + 2] == ["from"] and lows[v + 2 : v + 3] == [M] and not s.is_det(v + 2)
    return v + 2 if ok else -1


def _with_also(s: Sentence, m: int) -> None:
    """ ", with B and C also lending": the list FUNDS the one project funded before it."""
    lows = s.lows
    idx = coord(s, m, +1)
    v = idx[-1] + 1
    v += v < len(lows) and lows[v] == "also"
    if lows[v : v + 2] == ["taking", "part"]:
        v += 1  # "with B and C taking part"
    elif v >= len(lows) or not (lows[v] in COFUNDING_PARTICIPLES or lows[v] in _joining(s.lex)):
        return
    if v + 1 < len(lows) and lows[v + 1] not in GAP_ENDS and lows[v + 1][:1] not in AMOUNT_STARTS:
        return  # "with B also financing C": the verb has its own object
    listed = s.merged(idx)
    target = _one_project(s, set(listed.ids))
    if target is not None and not s.blocked(m, v + 1):
        s.emit(listed, ("FUNDS",), target, "project-funders/with-also", 0.6)


def _gapped_share(lows: list[str], a: int) -> bool:
    """After a name at a - 1, a share with no verb: "£150m", "the rest" (then a list's end)."""
    if a < len(lows) and lows[a][:1] in AMOUNT_STARTS:
        e = a + 1
        while e < len(lows) and e - a < 3 and (lows[e][:1] in AMOUNT_STARTS or lows[e] in SIZES):
            e += 1  # "£ 150m", "$ 1.2 billion"
    elif lows[a : a + 1] == ["the"] and lows[a + 1 : a + 2] and lows[a + 1] in SHARE_WORDS:
        e = a + 2
    elif (
        lows[a : a + 2] == ["the", "remaining"]
        and lows[a + 2 : a + 3]
        and lows[a + 2][:1] in AMOUNT_STARTS
    ):
        return _gapped_share(lows, a + 2)  # "the remaining 40%"
    else:
        return False
    return e >= len(lows) or lows[e] in GAP_ENDS
