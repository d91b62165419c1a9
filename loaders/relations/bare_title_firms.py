"""A bare leading title on a person whose firm the same sentence names as a clause's subject
(posts28), where the narrow role rules find no organization for the title:

- "Chief executive Ona Pell said Kestrel Mills would close two looms" (the reported clause's
  subject);
- "Varra Foods, which bakes for schools, buys its flour in Kansas, chairman Ted Hoy told
  reporters" (the sentence's subject);
- "Lumo Freight raised its outlook, and chief executive Ida Wren used the call to ..." (the
  subject of the clause before).

The title stands alone ("chief executive", "chairman", "managing director", after at most a
"co-founder and"); no name, possessor or "of"/"at" phrase gives it a firm. The sentence names
one organization by name and no other, and that name opens a clause (at the sentence's start,
or after "that", "and", a comma or a semicolon). References ("the company", "it") are not
counted: the resolver may have tied them to a firm the paragraph named before.

Words live in `loaders/data/unnamed_roles.yaml` (`bare_title_openers`; the firm-head titles and
deputy words of posts27).
"""

from __future__ import annotations

from typing import Final

from loaders.lexicon import Lexicon, read_data
from loaders.relations.held_posts import DEPUTY_WORDS, FIRM_HEAD_TITLES
from loaders.relations.model import Sentence
from loaders.relations.words import PUNCT_STOP, M

_DATA = read_data("unnamed_roles.yaml")
# words that may stand right before a bare title: "..., chief executive X told", '" said chairman'
OPENERS: Final[frozenset[str]] = frozenset(_DATA["bare_title_openers"])
# words a name opening a clause may follow: "that Kestrel would", "; Kestrel", ", and Kestrel"
CLAUSE_OPENERS: Final[frozenset[str]] = frozenset({"that", "and", ";", ",", '"'})
TITLE_REACH: Final = 4  # words of a firm-head title: "chief executive officer"
RULE: Final = "held-posts/bare-title"


def cues(lex: Lexicon) -> frozenset[str]:
    """The words one of which a sentence holds for this reading to apply."""
    return frozenset(w.split()[0] for w in FIRM_HEAD_TITLES)


def bare_title_firms(s: Sentence) -> None:
    """ "Chief executive Ona Pell said Kestrel Mills would ...": the one firm the sentence names
    as a clause's subject is led by the bare title's holder."""
    lows = s.lows
    folded = {h for _, _, h in s.folds}
    firm = -1
    for h, w in enumerate(lows):
        if w != M or h in folded or "Person" not in s.etypes(h) or s.ment(h).kind != "name":
            continue
        q = _bare_title(s, h)
        if q < 0:
            continue
        if firm < 0:
            firm = _one_subject_firm(s)
            if firm < 0:
                return
        lo, hi = min(q, firm), max(h, firm)
        if s.blocked(lo, hi + 1):
            continue
        src = s.ment(h)
        if any(f.type == "LEADS" and f.source in src.ids for f in s.found):
            continue  # the narrow rules have read this holder's post
        s.emit(src, ("LEADS",), s.ment(firm), RULE, 0.6)


def _bare_title(s: Sentence, h: int) -> int:
    """Where a bare firm-head title right before the person at h starts, else -1: nothing
    before it but a clause's opening ("said", a comma, "and", a quote or the start), nothing
    after the person that gives it another firm ("of", "at", "'s")."""
    lows = s.lows
    n = len(lows)
    if h + 1 < n and lows[h + 1] in ("of", "at", "'s", "from", "for"):
        return -1
    for q in range(max(0, h - TITLE_REACH), h):
        if " ".join(lows[q:h]) not in FIRM_HEAD_TITLES or (s.titled and s.titled[q]):
            continue
        b = q - 1
        if b >= 1 and lows[b] == "and" and lows[b - 1] in ("co-founder", "founder"):
            b -= 2  # "co-founder and chief executive X"
        if b >= 0 and lows[b] in DEPUTY_WORDS:
            return -1
        if b < 0 or lows[b] in OPENERS or lows[b] in PUNCT_STOP:
            return q
        return -1
    return -1


def _one_subject_firm(s: Sentence) -> int:
    """The position of the one organization the sentence names by name, when every name of an
    organization in it is that one and one of them opens a clause; else -1."""
    lows = s.lows
    ids: set[str] = set()
    at = -1
    for x, w in enumerate(lows):
        if w != M or "Organization" not in s.etypes(x):
            continue
        m = s.ment(x)
        if m.kind != "name":
            continue
        ids.update(m.ids)
        if len(ids) > 1 or len(m.ids) > 1:
            return -1
        if at < 0 and _opens_clause(lows, x):
            at = x
    return at


def _opens_clause(lows: list[str], x: int) -> bool:
    """The name at x is a clause's subject: at the start or after a clause opener, and followed
    by a verb's slot (not a possessive, a coordination or a preposition's object)."""
    if x > 0 and lows[x - 1] not in CLAUSE_OPENERS:
        return False
    if x + 1 >= len(lows):
        return False
    nxt = lows[x + 1]
    return nxt != M and nxt not in ("'s", "and", "or", "of") and nxt not in PUNCT_STOP
