"""Money for a project and who gave it: each lender or giver FUNDS the project (the
"project-funders" family of the construction table; words: `project_funding` in
`loaders/data/triggers.yaml`).

- `came_from`: "Funding for the Tarn dam came from A and B", "The debt for the Tarn mine was
  provided by A": money for a project (`project_funding: money_nouns`) coming from, or given
  by (`given_by`), the listed names: each FUNDS the project.
- `money_agent`: "The Tarn wind farm is backed by loans from A and B" (money, not support),
  "Project Swift will be led by P, its head, and is financed in part by a grant from F": the
  lender of a money agent, or the agent of a passive coordinated after an appositive, FUNDS
  the project the sentence opens with. Participles: `project_funding: funded_by`.
- `staked_backers`: "X is backed by A, which took a 30% stake, and B": backers with a stake
  put money in: A and B FUND the project (not BACKS).
"""

from __future__ import annotations

from typing import Final

from loaders.lexicon import Lexicon, per_lexicon, word_set
from loaders.project_heads import project_head
from loaders.relations.funder_lists import RELATIVE_REACH, project_after
from loaders.relations.model import Mention, Sentence
from loaders.relations.nav import coord, opening_mention
from loaders.relations.words import ARTICLES, M


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
        p = project_after(s, k + 2)
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
