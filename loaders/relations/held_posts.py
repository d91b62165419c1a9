"""A broad reading of a person's leading post stated in a clause about them, for the pairs the
narrow role rules leave unread (posts27): a leading verb whose object is an organization, in a
relative clause or after its subject: "Omar Quist, 58, who has run the tannery since 2011 and
...", "Lea Brun, who owns Kelby Mills and has chaired it since 2004, ...". A reference as the
object is trusted only when the sentence names its organization by name; a division ("runs
Kelby's seed unit") leads nothing.

(A leading title in a person's own clause with no firm after it, read as leading the firm the
text is about, was dropped in posts28: that firm was wrong on the unread half.)

Words live in `loaders/data/unnamed_roles.yaml` (`post_glue`, `deputy_words`,
`firm_head_titles`; the link adverbs and the leading verbs). The deputy words and firm-head
titles serve `bare_title_firms`.
"""

from __future__ import annotations

from typing import Final

from loaders.lexicon import Lexicon, read_data
from loaders.relations.founder_phrases import relative_holder
from loaders.relations.founder_roles import LATER_ADVERBS
from loaders.relations.model import Sentence
from loaders.relations.second_roles import LEAD_ENDS, PERFECT_LEAD_FORMS
from loaders.relations.unnamed_roles import LEAD_VERBS, LINK_ADVERBS
from loaders.relations.words import PUNCT_STOP, M

_DATA = read_data("unnamed_roles.yaml")
# words before a leading verb besides it: auxiliaries, adverbs ("who has also run")
POST_GLUE: Final[frozenset[str]] = frozenset(_DATA["post_glue"]) | LINK_ADVERBS | LATER_ADVERBS
# a second in command leads nothing: "deputy chief executive", "vice chairman"
DEPUTY_WORDS: Final[frozenset[str]] = frozenset(_DATA["deputy_words"])
# the titles of a firm's head `bare_title_firms` takes ("chief executive", not "coach" or "head")
FIRM_HEAD_TITLES: Final[frozenset[str]] = frozenset(_DATA["firm_head_titles"])
APPOSITION_REACH: Final = 5  # words of an apposition before "who": "his eldest granddaughter"
RELATIVE_REACH: Final = 12  # words from "who" to a second verb phrase: "who owns X and has run"
# what may follow a leading verb's object: its end, "since 2011", "for a decade"
OBJECT_ENDS: Final[frozenset[str]] = LEAD_ENDS | PUNCT_STOP | frozenset({",", "and", "in"})


def cues(lex: Lexicon) -> frozenset[str]:
    """Words one of which a sentence holds for this reading to apply."""
    return LEAD_VERBS | PERFECT_LEAD_FORMS


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
