"""Partners of a project set up together, in a relative clause or an appositive: "the Brisa
mill, which Orvane will build in a joint venture with Tesk and Vell" (each partner FUNDS the
mill, like a joint venture's parents, unless the sentence names who pays: a client after
"for", or "is funded by"), "Marrow Quay, a dock project in which Orvane and Tesk have both
invested" and "..., a dock scheme it runs alongside Tesk and in which both have put £20m"
(the investors FUND the project the description is of), and "Tessa Loom, in which Pell
invested" (`invested_in_which`: the two "in which" readings share the cue, the verb walk and
the investing verbs).

Words: the building verbs are `co_builders.verbs` (triggers.yaml), the money verbs
`invest_verbs` and `funding_shapes.reinvest_verbs` ("put", "pour", "sink"), the venture
phrases `venture_phrases` (grammar.yaml), the funding passives `funded_passives`
(names.yaml), and `venture_projects` in triggers.yaml.
"""

from __future__ import annotations

from typing import Final

from loaders.co_builders import builder_verbs
from loaders.grammar_words import INDEFINITE_ARTICLES
from loaders.lexicon import read_data
from loaders.non_names import data_words
from loaders.relations.funding_shapes import shape_words
from loaders.relations.joint_holders import venture_cues as venture_cues  # one definition
from loaders.relations.model import Sentence
from loaders.relations.nav import coord
from loaders.relations.relative_heads import apposed_relative_head
from loaders.relations.stake import SUBJECT_GLUE
from loaders.relations.whose_antecedent import described_antecedent
from loaders.relations.words import (
    AMOUNT_STARTS,
    AUXILIARIES,
    IN_INTO,
    PUNCT_STOP,
    THING_RELATIVES,
    VENTURE_PHRASES,
    M,
)

_DATA: Final = read_data("triggers.yaml")["venture_projects"]
VENTURE_DETS: Final[frozenset[str]] = frozenset({"a", "an", "their", "its"})
# the one word that may stand right before a built thing's name: a determiner or "new" ("will
# build the Brisa plant", "will build new Brisa homes")
BEFORE_THING: Final[frozenset[str]] = frozenset({"the", "a", "its", "their", "new"})
VENTURE_PREPS: Final[frozenset[str]] = frozenset({"in", "through", "via"})
VERB_GAP: Final = 3  # words between the building verb and "in a joint venture"
LEAD_WORDS: Final = 4  # "will", "plans to", "is to": words between the builder and the verb
DESCRIPTION_REACH: Final = 16  # words from an appositive's opening to its "and in which"
AMOUNT_REACH: Final = 3  # words from a money verb to its amount ("put about £30m")
CLIENT_REACH: Final = 4  # words from "for" to the client's name ("for the state utility X")
INVESTOR_GLUE: Final[frozenset[str]] = frozenset(_DATA["investor_glue"])
PAIR_NOUNS: Final[frozenset[str]] = frozenset(_DATA["pair_nouns"])
THINGS: Final[frozenset[str]] = frozenset({"Project", "Organization"})


def invested_cues(_lex: object) -> frozenset[str]:
    return frozenset({"which"})


def built_in_venture(s: Sentence) -> None:
    """ "P, which A will build in a joint venture with B and C": A, B and C fund P (and A is
    B's and C's partner); only partners when the sentence names who pays for P."""
    lows = s.lows
    for k in range(2, len(lows) - 3):
        if lows[k] not in VENTURE_DETS or lows[k - 1] not in VENTURE_PREPS:
            continue
        e = _venture_end(lows, k + 1)
        if e < 0 or e + 1 >= len(lows) or lows[e] != "with" or lows[e + 1] != M:
            continue
        verb = _verb_before(s, k - 1)
        thing, builder = _relative_thing(s, verb) if verb >= 0 else _object_thing(s, k - 1)
        if thing < 0 or "Project" not in s.etypes(thing) or s.blocked(builder, e + 1):
            continue
        listed = coord(s, e + 1, +1)
        members = s.merged(listed)
        site = s.ment(thing)
        s.drop(site, "PARTNERS_WITH", members)  # the builder is the members' partner
        s.drop(members, "PARTNERS_WITH", site)
        s.emit(s.ment(builder), ("PARTNERS_WITH",), members, "joint/built-in-venture", 0.7)
        if _client_after(s, listed[-1] + 1) or _funded_passive(s):
            continue  # "... with B for the utility C", "is funded by D": builders, not funders
        partners = s.merged([builder] + listed)
        s.emit(partners, ("FUNDS",), site, "joint/built-in-venture", 0.7)


def _client_after(s: Sentence, p: int) -> bool:
    """ "for" at p and an organization within `CLIENT_REACH` words: the builders' client."""
    lows = s.lows
    if p >= len(lows) or lows[p] != "for":
        return False
    for q in range(p + 1, min(len(lows), p + 1 + CLIENT_REACH)):
        if lows[q] == M:
            return "Organization" in s.etypes(q)
        if lows[q] in PUNCT_STOP or lows[q] == ",":
            return False
    return False


def _funded_passive(s: Sentence) -> bool:
    """A funding passive in the sentence: "is funded by", "will be paid for by"."""
    lows = s.lows
    passives = data_words(s.lex, "funded_passives")
    return any(
        lows[k] == "by" and (lows[k - 1] in passives or " ".join(lows[k - 2 : k]) in passives)
        for k in range(2, len(lows))
    )


def _venture_end(lows: list[str], p: int) -> int:
    """The end of "joint venture" or "jv" at p, past one modifier ("equal"), else -1."""
    for q in (p, p + 1):
        for words in VENTURE_PHRASES:
            if tuple(lows[q : q + len(words)]) == words:
                return q + len(words)
    return -1


def _verb_before(s: Sentence, p: int) -> int:
    """A building verb ending within `VERB_GAP` words before p ("build", "is developing")."""
    verbs = builder_verbs(s.lex)
    for v in range(p - 1, max(-1, p - VERB_GAP - 1), -1):
        if s.lows[v] in verbs and verbs.match(s.lows, v):
            return v
        if s.lows[v] == M or s.lows[v] in PUNCT_STOP:
            return -1
    return -1


def _builder(s: Sentence, verb: int) -> int:
    """The organization building, named up to `LEAD_WORDS` words before the verb, else -1."""
    lows = s.lows
    b = verb - 1
    while b >= 0 and verb - b <= LEAD_WORDS and lows[b] != M and lows[b].isalpha():
        b -= 1
    return b if b >= 0 and lows[b] == M and "Organization" in s.etypes(b) else -1


def _object_thing(s: Sentence, p: int) -> tuple[int, int]:
    """(thing, builder) of "A will build the P plant" ending before p; else (-1, -1)."""
    lows = s.lows
    t = p - 1
    t -= t >= 1 and lows[t].isalpha() and lows[t - 1] == M  # "the Halvard smelter"
    if t < 2 or lows[t] != M:
        return -1, -1
    v = t - 1 - (lows[t - 1] in BEFORE_THING)
    verbs = builder_verbs(s.lex)
    if v < 1 or lows[v] not in verbs or not verbs.match(lows, v):
        return -1, -1
    b = _builder(s, v)
    return (t, b) if b >= 0 else (-1, -1)


def _relative_thing(s: Sentence, verb: int) -> tuple[int, int]:
    """(thing, builder) of "P, which|that A will build" ending at the verb; else (-1, -1)."""
    lows = s.lows
    b = _builder(s, verb)
    if b < 2:
        return -1, -1
    r = b - 1
    if lows[r] not in THING_RELATIVES:
        return -1, -1
    t = r - 1 - (lows[r - 1] == ",")
    t -= lows[t].isalpha() and lows[t - 1] == M  # "the Halvard smelter, which"
    return (t, b) if lows[t] == M else (-1, -1)


def invested_in_which(s: Sentence) -> None:
    """ "Tessa Loom, in which Pell Ventures invested $5 million": the investor FUNDS the name
    before "in which" (the verb's preposition moved in front of the relative), or the name a
    description before it is apposed to ("Tessa Loom, a mill in which A and B have each
    invested": `apposed_relative_head`)."""
    lows = s.lows
    n = len(lows)
    for w in range(3, n - 2):
        if not _in_which(lows, w):
            continue
        head = w - 3 if lows[w - 2] == "," and lows[w - 3] == M else apposed_relative_head(s, w)
        if head < 0 or lows[w + 1] != M or s.is_det(w + 1):
            continue
        named = coord(s, w + 1, +1)  # "in which A and B have each invested"
        v = _verb_at(lows, named[-1] + 1, SUBJECT_GLUE)
        if _invests(s, v) and not s.blocked(w, v + 1):
            investors = s.merged(named)
            s.emit(investors, ("FUNDS",), s.ment(head), "stake/invested-in-which", 0.75)


def invested_in_described(s: Sentence) -> None:
    """ "P, a port project in which A and B invested", "P, a dock scheme it runs alongside B and
    in which both have sunk £9m": the investors fund the name the description is of. Unlike
    `invested_in_which` it takes investors named only as "both" and a verb of putting money
    with its amount, so it asks a description of a project or firm."""
    lows = s.lows
    n = len(lows)
    for w in range(3, n - 2):
        if not _in_which(lows, w) or lows[w - 2] == ",":
            continue
        thing = _described(s, w - 1)
        if thing < 0 or not s.etypes(thing) & THINGS:
            continue
        investors, v = _investors(s, thing, w)
        if not investors:
            continue
        v = _verb_at(lows, v, INVESTOR_GLUE)
        if _money_verb(s, v) and not s.blocked(w, v + 1):
            got = s.merged(investors)
            s.emit(got, ("FUNDS",), s.ment(thing), "stake/invested-in-described", 0.7)


def _in_which(lows: list[str], w: int) -> bool:
    """ "in which" or "into which", "which" at w."""
    return lows[w] == "which" and lows[w - 1] in IN_INTO


def _verb_at(lows: list[str], v: int, glue: frozenset[str]) -> int:
    """The first word from v that is no auxiliary nor glue ("have each invested")."""
    n = len(lows)
    while v < n and (lows[v] in AUXILIARIES or lows[v] in glue):
        v += 1
    return v


def _invests(s: Sentence, v: int) -> bool:
    """An investing verb at v ("invested", "has put money into")."""
    lows, lex = s.lows, s.lex
    return v < len(lows) and lows[v] in lex.invest_verbs and bool(lex.invest_verbs.match(lows, v))


def _investors(s: Sentence, thing: int, w: int) -> tuple[list[int], int]:
    """The investors named after "in which" at w and where their verb phrase starts: "A and
    B", or "both (firms)", "each of the two (firms)" for the two organizations the description
    names ("a scheme it runs alongside B and in which both ...")."""
    lows = s.lows
    n = len(lows)
    i = w + 1 + (w + 1 < n and lows[w + 1] in INVESTOR_GLUE)
    if i < n and lows[i] == M and not s.is_det(i):
        got = coord(s, i, +1)
        return got, got[-1] + 1
    end = _pair_end(lows, w + 1)
    if end < 0:
        return [], -1
    named = [q for q in range(thing + 1, w) if lows[q] == M and s.etypes(q) == {"Organization"}]
    if len({s.ment(q).ids for q in named}) != 2:
        return [], -1
    return named, end + (end < n and lows[end] in PAIR_NOUNS)


def _pair_end(lows: list[str], q: int) -> int:
    """Past a quantifier over a pair at q, before its noun: "both", "both of the two", "each
    of the two" (then "companies"), else -1."""
    if q >= len(lows):
        return -1
    if lows[q] in ("both", "each") and lows[q + 1 : q + 4] == ["of", "the", "two"]:
        return q + 4
    return q + 1 if lows[q] == "both" else -1


def _described(s: Sentence, p: int) -> int:
    """The name an appositive ending at p describes: "X, a port project" + "in which", or
    "X, a dock scheme it runs alongside B" + "and in which"; else -1."""
    lows = s.lows
    if lows[p - 1] != "and":
        return described_antecedent(s, p)
    for a in range(p - 2, max(1, p - DESCRIPTION_REACH), -1):
        if lows[a] in PUNCT_STOP or lows[a] == ",":
            return -1
        if lows[a] in INDEFINITE_ARTICLES and lows[a - 1] == "," and a >= 2 and lows[a - 2] == M:
            return a - 2
    return -1


def _money_verb(s: Sentence, v: int) -> bool:
    """An investing verb at v ("invested"), or a verb of putting money with an amount after
    it ("pour €5m", "have sunk $2m")."""
    lows, lex = s.lows, s.lex
    if v >= len(lows):
        return False
    if _invests(s, v):
        return True
    puts = shape_words(lex).reinvest_verbs
    if lows[v] not in puts or not puts.match(lows, v):
        return False
    after = lows[v + 1 : v + 1 + AMOUNT_REACH]
    return any(w[:1] in AMOUNT_STARTS for w in after)
