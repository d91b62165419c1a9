"""A broad reading of a person's leading post stated in a clause about them, for the pairs the
narrow role rules leave unread (posts27):

- a leading title as the predicate of a person's clause, after any short verb group of being,
  becoming, staying, serving or being appointed: "Ada Vorn, 61, who has been managing director
  since 2015, ...", "Piet Dorn remained chairman until 2019", "Ines Kell, who was made interim
  chief executive in May, ...", "Tove Aas, who used to be chair of Halden Mills, ...";
- a leading verb whose object is an organization, in a relative clause or after its subject:
  "Omar Quist, 58, who has run the tannery since 2011 and ...", "Lea Brun, who owns Kelby Mills
  and has chaired it since 2004, ...".

The organization is the one named after the title ("of X", "at X") or the verb's object; with
none named, the organization the text was just about when the sentence names no other
(`unnamed_roles._lead`). A head of a function ("managing director of sales", "its finance
chief"), a deputy ("deputy chief executive") and a division ("runs Kelby's seed unit") lead
nothing.

Words live in `loaders/data/unnamed_roles.yaml` (`post_verbs`, `post_glue`, `post_premodifiers`,
`deputy_words`; the link, continuing, serving and becoming verbs and the leading verbs).
"""

from __future__ import annotations

from typing import Final

from loaders.lexicon import Lexicon, read_data
from loaders.relations.founder_phrases import relative_holder
from loaders.relations.founder_roles import BECAME_VERBS, LATER_ADVERBS
from loaders.relations.model import Mention, Sentence
from loaders.relations.second_roles import LEAD_ENDS, PERFECT_LEAD_FORMS, SERVING_VERBS
from loaders.relations.unnamed_roles import (
    CONTINUING_VERBS,
    LEAD_VERBS,
    LINK_ADVERBS,
    LINK_VERBS,
    _leading_role,
)
from loaders.relations.words import PUNCT_STOP, M

_DATA = read_data("unnamed_roles.yaml")
# verbs that make a following leading title the person's post (besides link, continuing,
# serving and becoming verbs): "was appointed", "was made", "took over as"
POST_VERBS: Final[frozenset[str]] = (
    frozenset(_DATA["post_verbs"]) | LINK_VERBS | CONTINUING_VERBS | SERVING_VERBS | BECAME_VERBS
)
# words a post's verb group may hold besides its verbs: auxiliaries, "as", "on", adverbs
POST_GLUE: Final[frozenset[str]] = frozenset(_DATA["post_glue"]) | LINK_ADVERBS | LATER_ADVERBS
# words between the verb group and the title: "the", "interim", "a former"
POST_PREMODIFIERS: Final[frozenset[str]] = frozenset(_DATA["post_premodifiers"])
# a second in command leads nothing: "deputy chief executive", "vice chairman"
DEPUTY_WORDS: Final[frozenset[str]] = frozenset(_DATA["deputy_words"])
# the titles of a firm's head these readings take ("chief executive", not "coach" or "head")
FIRM_HEAD_TITLES: Final[frozenset[str]] = frozenset(_DATA["firm_head_titles"])
GROUP_REACH: Final = 6  # words of a post's verb group: "has also been appointed as"
RULE_VIEW: Final = "held-posts/in-view"
APPOSITION_REACH: Final = 5  # words of an apposition before "who": "his eldest granddaughter"
RELATIVE_REACH: Final = 12  # words from "who" to a second verb phrase: "who owns X and has run"
# what may follow a leading verb's object: its end, "since 2011", "for a decade"
OBJECT_ENDS: Final[frozenset[str]] = LEAD_ENDS | PUNCT_STOP | frozenset({",", "and", "in"})


def cues(lex: Lexicon) -> frozenset[str]:
    """Words one of which a sentence holds for these readings to apply."""
    return POST_VERBS | LEAD_VERBS | PERFECT_LEAD_FORMS


def held_posts(s: Sentence) -> None:
    """Both readings over one sentence."""
    titled_predicates(s)
    ran_firms(s)


def titled_predicates(s: Sentence) -> None:
    """ "X, who has been chief executive since 2017": a leading title after a post's verb
    group whose subject is a person leads the named or the text's organization."""
    lows, lex = s.lows, s.lex
    for q, w in enumerate(lows):
        if w not in lex.roles or q < 2 or (s.titled and s.titled[q]):
            continue
        e = _leading_role(s, q, reach=1)
        if e < 0 or lows[q - 1] in DEPUTY_WORDS or " ".join(lows[q:e]) not in FIRM_HEAD_TITLES:
            continue
        b = q - 1
        while b >= 0 and q - b <= 3 and lows[b] in POST_PREMODIFIERS:
            b -= 1
        b = _group_start(lows, b)
        if b < 0:
            continue
        holder = _holder_before(s, b)
        if holder < 0 or "Person" not in s.etypes(holder):
            continue
        if e + 1 < len(lows) and lows[e] in ("of", "at"):
            # "who used to be chair of X": the "of" phrase may name a unit or a description
            # the resolver tied to another firm; left to the narrow role rules (posts28)
            continue
        _in_view(s, holder, e)


def _group_start(lows: list[str], b: int) -> int:
    """From the group's last word at b back: the position before a post's verb group holding
    at least one post verb, else -1."""
    verb = False
    c = b
    while c >= 0 and b - c < GROUP_REACH:
        w = lows[c]
        if w in POST_VERBS:
            verb = True
        elif w not in POST_GLUE:
            break
        c -= 1
    return c if verb and c >= 0 else -1


def _holder_before(s: Sentence, c: int) -> int:
    """The person whose clause a verb group opening after c states: a relative's head ("X,
    58, who"), the subject right before it, or the head of a relative clause whose second verb
    phrase follows "and" ("X, who owns Y and has run it"); else -1."""
    lows = s.lows
    if lows[c] == "who":
        return _relative_person(s, c)
    if lows[c] == M:
        if c + 1 < len(lows) and lows[c + 1] == "'s":
            return -1
        return c if "Person" in s.etypes(c) and _subject_start(s, c) else -1
    if lows[c] == ",":
        return _apposed_subject(s, c)
    if lows[c] != "and":
        return -1
    for w in range(c - 1, max(-1, c - RELATIVE_REACH), -1):
        if lows[w] in PUNCT_STOP or lows[w] == ",":
            return -1
        if lows[w] == "who":
            return _relative_person(s, w)
    return -1


def _relative_person(s: Sentence, w: int) -> int:
    """The person a "who" at w is about, past an age set off by commas ("X, 58, who")."""
    lows = s.lows
    h = relative_holder(s, w)
    if h >= 0:
        return h
    if w < 1 or lows[w - 1] != ",":
        return -1
    if w >= 4 and lows[w - 2].isdigit() and lows[w - 3] == ",":
        m = w - 4
        return m if lows[m] == M and "Person" in s.etypes(m) else -1
    # "X, his granddaughter, who": a possessive pronoun inside the apposition
    m = w - 2
    while m >= 1 and w - m <= APPOSITION_REACH and lows[m] != ",":
        if lows[m] in PUNCT_STOP or (lows[m] == M and not s.is_det(m)):
            return -1
        m -= 1
    if m >= 1 and lows[m] == "," and lows[m - 1] == M and "Person" in s.etypes(m - 1):
        return m - 1
    return -1


def _apposed_subject(s: Sentence, c: int) -> int:
    """The subject closing an apposition at the comma c: "her father, Tom Vell, remains"
    (Tom Vell), "Ada Vorn, 61, remained" (Ada Vorn); else -1."""
    lows = s.lows
    m = c - 1
    if m >= 2 and lows[m].isdigit() and lows[m - 1] == ",":
        m -= 2  # an age
    elif not (m >= 1 and lows[m - 1] == ","):
        return -1
    return m if m >= 0 and lows[m] == M and "Person" in s.etypes(m) else -1


def _subject_start(s: Sentence, c: int) -> bool:
    """The mention at c opens its clause (a subject, not an object): "Piet Dorn remained
    chairman", "..., while her father, Tom Vell, remains chair"."""
    lows = s.lows
    if c == 0:
        return True
    p = lows[c - 1]
    if p in (",", "while", "and", "but", "though", "although", "whereas") or p in PUNCT_STOP:
        # an apposition's closing comma: "her father, Tom Vell, remains"
        return p != "," or c < 2 or lows[c - 2] != M
    return False


def ran_firms(s: Sentence) -> None:
    """ "X, who has run the tannery since 2011": a person's leading verb whose object is an
    organization (not a possessor of a unit: "runs Kelby's seed unit")."""
    lows = s.lows
    n = len(lows)
    for k, w in enumerate(lows):
        if not (w in LEAD_VERBS or (w in PERFECT_LEAD_FORMS and k >= 1 and lows[k - 1] == "has")):
            continue
        o = k + 1
        if o + 1 >= n or lows[o] != M or "Organization" not in s.etypes(o):
            continue
        if lows[o + 1] not in OBJECT_ENDS:
            continue
        c = k - 1
        while c >= 0 and lows[c] in POST_GLUE:
            c -= 1
        holder = _holder_before(s, c) if c >= 0 else -1
        if holder < 0 or not _firm_in_view(s, o) or s.blocked(holder, o + 1):
            continue
        s.emit(s.ment(holder), ("LEADS",), s.ment(o), "held-posts/ran-firm", 0.7)


def _firm_in_view(s: Sentence, o: int) -> bool:
    """The object at o is a name, or a reference ("it", "the business") to an organization
    this sentence names by name: a reference the resolver tied elsewhere is not trusted."""
    m = s.ment(o)
    if m.kind == "name":
        return True
    named = [
        i
        for x, n in enumerate(s.ments)
        if n is not None and n.kind == "name" and "Organization" in s.etypes(x)
        for i in n.ids
    ]
    return bool(named) and set(m.ids) <= set(named)


def _in_view(s: Sentence, holder: int, e: int) -> None:
    """A post with no organization after it: the organization the text is about, when the
    sentence names no other (`SentenceContext.org`)."""
    org = s.context.org
    if org is None or s.blocked(holder, e):
        return
    s.emit(s.ment(holder), ("LEADS",), Mention((org,), -1, -1, "context", 0.7), RULE_VIEW, 0.6)
