"""Funders of a project named in a list after a funder noun (the nouns are
`stakes: holders_of: funding` in `loaders/data/triggers.yaml`, with "lenders"). The rules
are in the construction table's "project-funders" family.

- `listed`: "Lenders to the Kelso pipeline include A and B", "Other investors in the Tarn
  wind farm are A, B and C": a funding noun with its project ("to", "in", "of", "for"), then
  "include" or "are" and the list; each listed name FUNDS the project (typed Project). The
  nouns are `stakes: holders_of: funding` (`loaders/data/triggers.yaml`) with "lenders".
- `possessed_list`: "The Tarn wind farm's funders are A and B", "the Tarn dam, whose backers
  include A and B,": the listed names FUND the possessing project.
- `copula_funders`: "A and B are the main lenders to the Tarn wind farm", "A is the largest
  lender to X", "A and B are equal partners in X": a funder noun after a copula, its project
  after "to", "in", "of" or "behind".
- `as_funders`: "The Tarn wind farm reached financial close with A and B as lenders": a list
  after "with" named as funders of the clause's one project.
"""

from __future__ import annotations

from typing import Final

from loaders.lexicon import Lexicon
from loaders.project_heads import headed_name_end, project_head
from loaders.relations.funding_shapes import funder_nouns
from loaders.relations.model import Sentence
from loaders.relations.nav import coord
from loaders.relations.words import AMOUNT_STARTS, ARTICLES, LIST_VERBS, M

LIST_MODS: Final[frozenset[str]] = frozenset({"other", "existing", "the", "its", "main", "key"})
LIST_PREPS: Final[frozenset[str]] = frozenset({"to", "in", "of", "for", "behind", "on"})


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
    p = project_after(s, k + 2)
    if p < 0:
        return
    v = p + 1 + project_head(s.lex.heads, lows, p + 1, lambda w: w not in LIST_VERBS)
    v = _past_relative(lows, v)
    if v + 1 >= len(lows) or lows[v] not in LIST_VERBS or lows[v + 1] != M or s.is_det(v + 1):
        return
    funders = s.merged(coord(s, v + 1, +1))
    if not s.blocked(k, v + 1) and s.ment(p).ids[0] not in funders.ids:
        s.emit(funders, ("FUNDS",), s.ment(p), "project-funders/listed", 0.7)


# words of ", which will power 300,000 homes," before the list's verb
RELATIVE_REACH: Final[int] = 16


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


def project_after(s: Sentence, q: int) -> int:
    """The project named at q, maybe after an article ("the Kelso pipeline"), else -1."""
    lows = s.lows
    q += q < len(lows) and lows[q] in ARTICLES
    while q < len(lows) and lows[q][:1] in AMOUNT_STARTS:
        q += 1  # "the £2bn Kelso pipeline"
    ok = q < len(lows) and lows[q] == M and not s.is_det(q) and s.etypes(q) == {"Project"}
    return q if ok else -1


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
        p = project_after(s, k + 2)
        if p >= 0 and not s.blocked(v - 1, p):
            funders = s.merged(coord(s, v - 1, -1))
            s.emit(funders, ("FUNDS",), s.ment(p), "project-funders/copula", 0.7)


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
