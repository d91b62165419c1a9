"""Funders of a project named together.

- `listed`: "Lenders to the Kelso pipeline include A and B", "Other investors in the Tarn
  wind farm are A, B and C": a funding noun with its project ("to", "in", "of", "for"), then
  "include" or "are" and the list; each listed name FUNDS the project (typed Project). The
  nouns are `stakes: holders_of: funding` (`loaders/data/triggers.yaml`) with "lenders".
- `co_financier`: "A is co-financing the Tarn dam with B", "A co-funded it together with B":
  the companion after "with" FUNDS the project too (the verb reads A). The verbs are
  `project_funding: co_verbs` in `loaders/data/triggers.yaml`.
- `came_from`: "Funding for the Tarn dam came from A and B", "The debt for the Tarn mine was
  provided by A": money for a project (`project_funding: money_nouns`) coming from, or given
  by (`given_by`), the listed names: each FUNDS the project.
- `as_funders`: "The Tarn wind farm reached financial close with A and B as lenders": a list
  after "with" named as funders of the clause's one project.
- `money_agent`: "The Tarn wind farm is backed by loans from A and B" (money, not support),
  "Project Swift will be led by P, its head, and is financed in part by a grant from F": the
  lender of a money agent, or the agent of a passive coordinated after an appositive, FUNDS
  the project the sentence opens with. Participles: `project_funding: funded_by`.
- `possessed_list`: "The Tarn wind farm's funders are A and B", "the Tarn dam, whose backers
  include A and B,": the listed names FUND the possessing project.
- `staked_backers`: "X is backed by A, which took a 30% stake, and B": backers with a stake
  put money in: A and B FUND the project (not BACKS).
- `copula_funders`: "A and B are the main lenders to the Tarn wind farm", "A is the largest
  lender to X", "A and B are equal partners in X": a funder noun after a copula, its project
  after "to", "in", "of" or "behind".
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
from loaders.project_heads import headed_name_end, project_head
from loaders.relations.funding import cost_words
from loaders.relations.funding_shapes import funder_nouns
from loaders.relations.model import Mention, Sentence
from loaders.relations.nav import coord, opening_mention
from loaders.relations.rounds import COFUNDING_PARTICIPLES
from loaders.relations.words import AMOUNT_STARTS, ARTICLES, LIST_VERBS, M

LIST_MODS: Final[frozenset[str]] = frozenset({"other", "existing", "the", "its", "main", "key"})
LIST_PREPS: Final[frozenset[str]] = frozenset({"to", "in", "of", "for", "behind", "on"})
OBJECT_REACH = 6  # words from the verb to "with": "co-financing the £300m Tarn wind farm"


def cues(lex: Lexicon) -> frozenset[str]:
    return funder_nouns(lex)


def listed(s: Sentence) -> None:
    """ "Lenders to the Kelso pipeline include A and B": each listed name FUNDS the project."""
    lows = s.lows
    nouns = funder_nouns(s.lex)
    k = 0
    while k < len(lows) and lows[k] in LIST_MODS:
        k += 1
    if k + 3 >= len(lows) or lows[k] not in nouns or not lows[k].endswith("s"):
        return
    if lows[k + 1] not in LIST_PREPS:
        return
    p = _project_after(s, k + 2)
    if p < 0:
        return
    v = p + 1 + project_head(s.lex.heads, lows, p + 1, lambda w: w not in LIST_VERBS)
    v = _past_relative(lows, v)
    if v + 1 >= len(lows) or lows[v] not in LIST_VERBS or lows[v + 1] != M or s.is_det(v + 1):
        return
    funders = s.merged(coord(s, v + 1, +1))
    if not s.blocked(k, v + 1) and s.ment(p).ids[0] not in funders.ids:
        s.emit(funders, ("FUNDS",), s.ment(p), "project-funders/listed", 0.7)


RELATIVE_REACH = 16  # words of ", which will power 300,000 homes," before the list's verb


def _past_relative(lows: list[str], v: int) -> int:
    """Past a relative clause set off by commas at v (", which opened in May,"), else v."""
    if lows[v : v + 1] != [","] or lows[v + 1 : v + 2] not in (["which"], ["that"]):
        return v
    for c in range(v + 2, min(len(lows), v + RELATIVE_REACH)):
        if lows[c] == M or lows[c] in (";", "."):
            return v
        if lows[c] == ",":
            return c + 1
    return v


def _project_after(s: Sentence, q: int) -> int:
    """The project named at q, maybe after an article ("the Kelso pipeline"), else -1."""
    lows = s.lows
    q += q < len(lows) and lows[q] in ARTICLES
    while q < len(lows) and lows[q][:1] in AMOUNT_STARTS:
        q += 1  # "the £2bn Kelso pipeline"
    ok = q < len(lows) and lows[q] == M and not s.is_det(q) and s.etypes(q) == {"Project"}
    return q if ok else -1


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


@per_lexicon
def funding_words(lex: Lexicon) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The `project_funding` money nouns, "came from" verbs and "given by" participles."""
    spec = lex.data.get("project_funding") or {}
    return (
        word_set(spec.get("money_nouns")),
        word_set(spec.get("come_verbs")),
        word_set(spec.get("given_by")),
    )


def came_cues(lex: Lexicon) -> frozenset[str]:
    return funding_words(lex)[0]


def came_from(s: Sentence) -> None:
    """ "Funding for the Tarn dam came from A and B", "The debt for X was provided by A"."""
    lows = s.lows
    nouns, comes, given = funding_words(s.lex)
    for k in range(len(lows) - 4):
        if lows[k] not in nouns or lows[k + 1] not in ("for", "of"):
            continue  # "Funding for X", "The financing of X"
        p = _project_after(s, k + 2)
        if p < 0:
            continue
        v = p + 1 + project_head(s.lex.heads, lows, p + 1, lambda w: w not in comes)
        a = _source_after(lows, v, comes, given)
        if a < 0 or lows[a] != M or s.is_det(a) or s.blocked(k, a):
            continue
        funders = s.merged(coord(s, a, +1))
        if set(funders.ids).isdisjoint(s.ment(p).ids):
            s.emit(funders, ("FUNDS",), s.ment(p), "project-funders/came-from", 0.7)


def _source_after(lows: list[str], v: int, comes: frozenset[str], given: frozenset[str]) -> int:
    """The position after "came (mainly) from" / "will come from" / "was provided by" at v,
    else -1."""
    while v < len(lows) and lows[v] in VERB_AUX:
        v += 1
    if v >= len(lows) or (lows[v] not in comes and lows[v] not in given):
        return -1
    prep = "from" if lows[v] in comes else "by"
    v += 1
    v += v < len(lows) and lows[v] in VERB_AUX  # "came mainly from"
    return v + 1 if lows[v : v + 1] == [prep] else -1


VERB_AUX: Final[frozenset[str]] = frozenset(
    {"will", "would", "has", "have", "had", "is", "was", "are", "were", "been", "be", "being"}
    | {"mainly", "largely", "mostly", "partly", "also", "all"}
)


def as_cues(lex: Lexicon) -> frozenset[str]:
    return frozenset({"as"})


def as_funders(s: Sentence) -> None:
    """ "X reached financial close with A and B as lenders": A and B FUND the project X."""
    lows = s.lows
    nouns = funder_nouns(s.lex)
    for w in range(1, len(lows) - 3):
        if lows[w] != "with" or lows[w + 1] != M or s.is_det(w + 1):
            continue
        idx = coord(s, w + 1, +1)
        a = idx[-1] + 1
        if lows[a : a + 1] != ["as"] or a + 1 >= len(lows):
            continue
        n = a + 1 + (lows[a + 1] in ("the", "lead", "joint") or s.is_det(a + 1))
        if n >= len(lows) or lows[n] not in nouns:
            continue
        p = _clause_project(s, w)
        if p >= 0 and not s.blocked(p, a):
            s.emit(s.merged(idx), ("FUNDS",), s.ment(p), "project-funders/as-funders", 0.65)


def _clause_project(s: Sentence, w: int) -> int:
    """The one project named before w in its clause ("The Tarn wind farm reached ...", "A
    built the Tarn wind farm"), else -1."""
    lows = s.lows
    found = []
    for q in range(w - 1, -1, -1):
        if lows[q] in (";", ":", ","):
            break
        if lows[q] == M and "Project" in s.etypes(q):
            found.append(q)
    return found[0] if len(found) == 1 else -1


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


PART_WORDS: Final[frozenset[str]] = frozenset({"in", "part", "partly", "largely", "mainly"})
MONEY_REACH = 4  # words from "by" to the money noun: "a $12 million grant"


def money_cues(lex: Lexicon) -> frozenset[str]:
    return word_set((lex.data.get("project_funding") or {}).get("funded_by"))


def money_agent(s: Sentence) -> None:
    """ "X is backed by loans from A", "X will be led by P, ..., and is financed by B": A and B
    FUND the project X that opens the sentence."""
    lows = s.lows
    participles = money_cues(s.lex)
    x = opening_mention(s)
    if x < 0 or s.etypes(x) != {"Project"}:
        return
    for k in range(x + 2, len(lows) - 2):
        if lows[k] not in participles:
            continue
        b = k + 1
        while b < len(lows) and lows[b] in PART_WORDS:
            b += 1
        if lows[b : b + 1] != ["by"] or not _subject_reaches(s, x, k):
            continue
        agent = _money_from(s, b + 1)
        if agent < 0 and lows[k] in ("financed", "funded") and _after_and(lows, k):
            agent = b + 1 if b + 1 < len(lows) and lows[b + 1] == M else -1
        if agent >= 0 and not s.is_det(agent) and not s.blocked(x, agent):
            funders = s.merged(coord(s, agent, +1))
            s.emit(funders, ("FUNDS",), s.ment(x), "project-funders/money-agent", 0.65)
            _unlink_others(s, funders, s.ment(x))


def _unlink_others(s: Sentence, funders: Mention, project: Mention) -> None:
    """Drop the noun trigger's reading of the same money as funding another party ("built by
    V, and is supported by a grant from F": F funds the project, not V)."""
    s.withdraw(
        [
            f
            for f in s.found
            if f.type == "FUNDS"
            and f.source in funders.ids
            and f.target not in project.ids
            and f.rule == "nominal/noun-trigger"
        ]
    )


def _money_from(s: Sentence, g: int) -> int:
    """The lender of "a $12m grant from F" / "loans from A" at g, else -1."""
    lows, nouns = s.lows, funding_words(s.lex)[0]
    for m in range(g, min(len(lows) - 2, g + MONEY_REACH + 1)):
        w = lows[m]
        if w in nouns or w in s.lex.money_words and w not in ("million", "billion", "bn"):
            a = m + 2 + (lows[m + 2] in ARTICLES)  # "a grant from the X Fund"
            return a if lows[m + 1] == "from" and a < len(lows) and lows[a] == M else -1
        if w == M or w in (",", ";", "."):
            return -1
    return -1


def _after_and(lows: list[str], k: int, comma: bool = True) -> bool:
    """ ", and is financed", "and will be funded": a passive coordinated after "and" (after
    a comma, unless `comma` is False)."""
    p = k - 1
    while p > 0 and lows[p] in VERB_AUX:
        p -= 1
    return p >= 1 and lows[p] == "and" and (lows[p - 1] == "," or not comma)


def _subject_reaches(s: Sentence, x: int, k: int) -> bool:
    """The project at x is the subject of the participle at k: right before its auxiliaries,
    or the sentence's subject with the participle coordinated after ", and"."""
    lows = s.lows
    p = k - 1
    while p > x and lows[p] in VERB_AUX:
        p -= 1
    h = x + project_head(s.lex.heads, lows, x + 1)
    if p == h or _after_and(lows, k):
        return True  # "X is backed by", "X will be led by P, its head, and is financed by"
    if lows[p] == "," and lows[h + 1 : h + 2] == [","] and "," not in lows[h + 2 : p]:
        return True  # "X, owned by A, is backed by"
    return M not in lows[x + 1 : k] and _after_and(lows, k, comma=False)  # "X opened and is"


COPULA_FORMS: Final[frozenset[str]] = frozenset(
    {"are", "were", "remain", "became", "become", "is", "was", "remains"}
)
# "A and B are equal partners in the Tarn wind farm": partners in a project put money in it
PARTNER_MODS: Final[frozenset[str]] = frozenset({"the", "equal", "joint", "two"})
NOUN_REACH = 3  # words between the copula and the noun: "the two main"


def _funder_noun(lows: list[str], v: int, nouns: frozenset[str]) -> int:
    """The funder noun (or "partners") a few words after the copula at v, else -1."""
    for k in range(v + 1, min(len(lows), v + NOUN_REACH + 1)):
        if lows[k] in nouns or lows[k] == "partners":
            return k
        if lows[k] == M or lows[k] in (",", ";", "."):
            return -1
    return -1


def _self_reference(s: Sentence, v: int) -> bool:
    """After the copula at v, a description the article read as the subject itself ("A is
    the largest lender to"), then "to" or "behind"."""
    lows = s.lows
    if v + 2 >= len(lows) or lows[v + 1] != M or lows[v + 2] not in ("to", "behind"):
        return False
    ref = s.ment(v + 1)
    return ref.kind == "np" and ref.ids == s.ment(v - 1).ids


def copula_cues(lex: Lexicon) -> frozenset[str]:
    return COPULA_FORMS


def copula_funders(s: Sentence) -> None:
    """ "A and B are the main lenders to the Tarn wind farm": each FUNDS the project."""
    lows = s.lows
    nouns = funder_nouns(s.lex)
    for v in range(1, len(lows) - 3):
        if lows[v] not in COPULA_FORMS or lows[v - 1] != M or s.is_det(v - 1):
            continue
        if _self_reference(s, v):
            k = v + 1  # "A is the largest lender to X": "the largest lender" read as A
        else:
            k = _funder_noun(lows, v, nouns)
        if k < 0:
            continue
        if k + 2 < len(lows) and lows[k : k + 2] == ["partners", "in"]:
            if not all(w in PARTNER_MODS for w in lows[v + 1 : k]):
                continue  # "technology partners in X" supply, not fund
        elif k + 2 >= len(lows) or lows[k + 1] not in LIST_PREPS:
            continue
        p = _project_after(s, k + 2)
        if p >= 0 and not s.blocked(v - 1, p):
            funders = s.merged(coord(s, v - 1, -1))
            s.emit(funders, ("FUNDS",), s.ment(p), "project-funders/copula", 0.7)


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
SIZES: Final[frozenset[str]] = frozenset({"million", "billion", "bn", "m", "mn"})
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
    hit = cost_words(s.lex).verbs.match(lows, v) if v < len(lows) else None
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


STAKE_WORDS: Final[frozenset[str]] = frozenset({"stake", "share", "holding", "interest"})


def staked_cues(lex: Lexicon) -> frozenset[str]:
    return frozenset({"backed"})


def staked_backers(s: Sentence) -> None:
    """ "X is backed by A, which took a 30% stake, and B": A and B FUND the project X."""
    lows = s.lows
    x = opening_mention(s)
    if x < 0 or s.etypes(x) != {"Project"}:
        return
    for k in range(x + 1, len(lows) - 3):
        if lows[k : k + 2] != ["backed", "by"] or lows[k + 2] != M or s.is_det(k + 2):
            continue
        if not _subject_reaches(s, x, k):
            continue
        a = k + 2
        close = _stake_relative(lows, a + 1)
        if close < 0:
            continue
        idx = [a]
        if lows[close + 1 : close + 2] == ["and"] and lows[close + 2 : close + 3] == [M]:
            idx += coord(s, close + 2, +1)
        backers = s.merged(idx)
        if not s.blocked(x, a):
            s.drop(backers, "BACKS", s.ment(x))
            s.emit(backers, ("FUNDS",), s.ment(x), "project-funders/staked-backers", 0.65)


def _stake_relative(lows: list[str], c: int) -> int:
    """The closing comma of ", which took a 30% stake," at c, else -1."""
    if lows[c : c + 1] != [","] or lows[c + 1 : c + 2] not in (["which"], ["who"]):
        return -1
    staked = False
    for e in range(c + 2, min(len(lows), c + RELATIVE_REACH)):
        if lows[e] == M or lows[e] == ";":
            return -1
        if lows[e] in (",", "."):
            return e if staked else -1  # ", which holds a 40% interest."
        staked = staked or lows[e] in STAKE_WORDS
    return -1


MODIFIER_REACH = 2  # words between "'s" and the noun: "main", "two biggest"


def possessed_list(s: Sentence) -> None:
    """ "X's funders are A and B", "X, whose backers include A and B": each FUNDS the project X."""
    lows = s.lows
    nouns = funder_nouns(s.lex)
    for q in range(1, len(lows) - 3):
        if lows[q] not in ("'s", "whose"):
            continue
        k = q + 1
        while k < len(lows) and k - q <= MODIFIER_REACH and lows[k] not in nouns:
            k += 1
        v = k + 1
        if v + 1 >= len(lows) or lows[k] not in nouns or not lows[k].endswith("s"):
            continue
        if lows[v] not in LIST_VERBS or lows[v + 1] != M or s.is_det(v + 1):
            continue
        p = _possessor(s, q - 1 if lows[q] == "whose" and lows[q - 1] == "," else q)
        if p >= 0 and not s.blocked(q, v + 1):
            funders = s.merged(coord(s, v + 1, +1))
            if set(funders.ids).isdisjoint(s.ment(p).ids):
                s.emit(funders, ("FUNDS",), s.ment(p), "project-funders/possessed-list", 0.7)


def _possessor(s: Sentence, q: int) -> int:
    """The project named right before q, maybe before its head noun, else -1."""
    lows = s.lows
    if lows[q - 1] == M:
        return q - 1 if s.etypes(q - 1) == {"Project"} else -1
    end = headed_name_end(s.lex.heads, lows, q, lambda p: lows[p - 1] == M)
    return end - 1 if end > 0 and s.etypes(end - 1) == {"Project"} else -1
