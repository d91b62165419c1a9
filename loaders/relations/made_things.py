"""A named thing, told by its noun, and the firm that makes it (round 42, own42).

- `thing-made-by`: the name stands before its thing noun and a making participle follows,
  with no comma between, or in a relative clause: "the Tarro valve made by Kelvin Pumps",
  "Tarro valves are made by Kelvin Pumps", "Tarro tyres, which are made by Kelvin Rubber",
  "the Brisa scanner developed by the Oslo firm Nordel": the maker OWNS the name
  (`possessive.appositives` reads the same with a comma: "the Tarro valve, made by K").
- `described-made-by`: an appositive description whose head is no product noun, after a
  strict making participle ("the Solvane cathode, a nickel plate made by Kelvin"): whatever
  is made or manufactured by a firm is its product (`possessive` reads product nouns only).

Guards: the name is no organization, person or place; the thing noun is a product noun, or
for "made"/"manufactured" any noun that names no body, site or act ("the Harlow offer made by
V" is none); "developed" and "produced" need a product noun ("the Kestrel field developed by
V" is a site, "the Kestrel programme" a project); the maker is an organization, no person; a
possessor before the name ("Vela's Tarro valves are made by Kelvin") or a client after the
maker ("made by Kelvin for Vela", "under licence") makes the maker a contractor.
"""

from __future__ import annotations

from typing import Final

from loaders.grammar_words import POSSESSIVES
from loaders.relations.model import Sentence
from loaders.relations.nav import agent_after, product_noun
from loaders.relations.place_lists import all_site_nouns
from loaders.relations.words import (
    BE_FORMS,
    CLAUSE_LINKS,
    INDEFINITE_ARTICLES,
    POSSESSIVE_MARKS,
    PRODUCT_MAKING_PARTICIPLES,
    STRICT_MAKING_PARTICIPLES,
    WHICH_THAT,
    M,
)

# participles whose agent makes a thing whatever its noun (STRICT_MAKING_PARTICIPLES: "made",
# "manufactured"), and those that make only a product-noun thing (PRODUCT_MAKING_PARTICIPLES:
# "the Brisa app developed by V")
MAKING: Final[frozenset[str]] = STRICT_MAKING_PARTICIPLES | PRODUCT_MAKING_PARTICIPLES
# "made by K for Vela", "on behalf of Vela", "under contract": a contract maker
CLIENT_WORDS: Final[frozenset[str]] = frozenset({"for", "on", "under"})
CLAUSE_OPENERS: Final[frozenset[str]] = CLAUSE_LINKS | {",", ";", ":"}
BRAND_NOT: Final[frozenset[str]] = frozenset({"Person", "Location"})
NOT_THINGS: Final[frozenset[str]] = frozenset({"Organization", "Person", "Location"})
STOPS: Final[frozenset[str]] = MAKING | BE_FORMS  # where the thing's noun ends
MAX_HEAD: Final[int] = 2  # words of the thing noun after the name ("desk lamp")
MAX_DESCRIPTION: Final[int] = 5  # words of an appositive description ("a ceramic electrode")


def thing_made_by(s: Sentence) -> None:
    """ "the Tarro valve made by K", "Tarro valves are made by K": K OWNS Tarro."""
    lows = s.lows
    if MAKING.isdisjoint(lows):
        return  # no making participle: nothing `_emit_maker` reads
    for k in range(len(lows) - 4):
        if lows[k] != M or s.is_det(k) or _possessed(s, k):
            continue
        h = k + 1
        while h < len(lows) and h - k <= MAX_HEAD and _plain(lows[h]) and lows[h] not in STOPS:
            h += 1
        if h == k + 1:
            continue
        r = _past_relative(lows, h)  # "Tarro valves, which are made by K"
        be = r < len(lows) and lows[r] in BE_FORMS
        p = r + be
        if not _thing_noun(s, lows[h - 1], lows[p] if p < len(lows) else ""):
            continue
        if _thing_name(s, k) or (be and r == h and _brand_subject(s, k, h - 1)):
            _emit_maker(s, k, p)


def described_made_by(s: Sentence) -> None:
    """ "the Solvane cathode, a nickel plate made by K": a description with any noun of a
    thing, then a strict making participle: K OWNS Solvane."""
    lows = s.lows
    if STRICT_MAKING_PARTICIPLES.isdisjoint(lows):
        return  # no strict making participle
    n = len(lows)
    for k in range(n - 5):
        if lows[k] != M or s.is_det(k) or not _thing_name(s, k) or _possessed(s, k):
            continue
        c = k + 1
        while c < n and c - k <= MAX_HEAD and _plain(lows[c]):
            c += 1  # "the Solvane cathode,": the name's own noun
        if not (c + 1 < n and lows[c] == "," and lows[c + 1] in INDEFINITE_ARTICLES):
            continue
        h = c + 2
        while h < n and h - c <= MAX_DESCRIPTION and _plain(lows[h]) and lows[h] not in STOPS:
            h += 1
        if (
            h > c + 2
            and h < n
            and lows[h] in STRICT_MAKING_PARTICIPLES
            and _thing_noun(s, lows[h - 1], lows[h])
        ):
            _emit_maker(s, k, h)


def _past_relative(lows: list[str], h: int) -> int:
    """Past ", which" or ", that" after the thing's noun at h, else h."""
    if h + 2 < len(lows) and lows[h] == "," and lows[h + 1] in WHICH_THAT:
        return h + 2
    return h


def _emit_maker(s: Sentence, k: int, p: int) -> None:
    """Emit the maker named after the participle at p as the owner of the name at k."""
    lows = s.lows
    if p + 2 >= len(lows) or lows[p] not in MAKING or lows[p + 1] != "by":
        return
    a = p + 2 if lows[p + 2] == M else agent_after(s, p + 2)  # "by the Oslo firm Nordel"
    if a < 0 or s.is_det(a) or s.ment(a).shares(s.ment(k)) or s.blocked(k, a):
        return
    types = s.etypes(a)
    if "Organization" not in types or "Person" in types:
        return
    if a + 1 < len(lows) and lows[a + 1] in CLIENT_WORDS:
        return  # "made by Kelvin for Vela", "under licence": a contract maker
    s.emit(s.ment(a), ("OWNS",), s.ment(k), "possessive/thing-made-by", 0.7)


def _thing_name(s: Sentence, k: int) -> bool:
    """The mention at k names a thing: none of its types is a body, person or place."""
    return NOT_THINGS.isdisjoint(s.etypes(k))


def _brand_subject(s: Sentence, k: int, head: int) -> bool:
    """A name read as a firm's that opens the clause right before a product noun, the subject
    of a passive of making ("Lumo lenses are made by Pellan"): the brand of its goods; not
    a person or a place, nor a firm the lexicon knows or the text names in full ("Google
    phones are made by V", "Harlan biscuits" after "Harlan Stores": V is a contractor)."""
    lows = s.lows
    opens = k == 0 or lows[k - 1] in CLAUSE_OPENERS
    if not (opens and product_noun(s, lows[head]) and BRAND_NOT.isdisjoint(s.etypes(k))):
        return False
    m = s.ment(k)
    if any(len(i.split("-")) > m.j - m.i for i in m.ids):
        return False  # "Harlan biscuits" after "Harlan Stores": the firm's short name
    return not any(s.lex.known_type(i.replace("-", " ")) == "Organization" for i in m.ids)


def _possessed(s: Sentence, k: int) -> bool:
    """An owner stands before the name: "Vela's Tarro valves", "its Tarro valves"."""
    lows = s.lows
    before = lows[k - 1] if k >= 1 else ""
    return before in POSSESSIVES or before in POSSESSIVE_MARKS


def _thing_noun(s: Sentence, head: str, verb: str) -> bool:
    """`head` names a thing its maker owns: a product noun; for a strict participle any noun
    that names no body, project, site or act."""
    if product_noun(s, head):
        return verb in MAKING
    if verb not in STRICT_MAKING_PARTICIPLES or not head.isalpha():
        return False
    if s.lex.heads.lookup((head,)) is not None or head in all_site_nouns(s.lex):
        return False
    single = head[:-1] if head.endswith("s") else head
    return head not in s.lex.made_acts and single not in s.lex.made_acts


def _plain(w: str) -> bool:
    """A plain lower-case word of a noun phrase ("ceramic", "low-cost", a hyphen), no mention
    or other mark."""
    return w == "-" or (w != M and w.islower() and w.replace("-", "").isalpha())
