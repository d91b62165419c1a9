"""Launches of an owned product, unit or scheme (FOUNDED by its owner):

- `launched-owned`: "Qorvo's subscription box, Pasture Crate, launched in 2021, ...", "its
  TrailPoints loyalty scheme, launched in 2017": a reduced relative "launched" after a name a
  possessive rule made the possessor's;
- `called`: "Norrland Bank offers a savings plan it calls Nestwell" (OWNS), "Velmora launched a
  rewards scheme that the group calls Stayback" (OWNS and FOUNDED): the namer, when it is the
  subject of the verb whose object the named thing is;
- `launch-of`: "the launch in May of Tidemark Scan, Ostrel Diagnostics' testing kit", "the
  launch of Ostrel's Tidemark Scan", "Ostrel's launch of Tidemark Scan".

The owner is the one an OWNS a `possessive/` (or role-noun) rule emitted for the name in this
sentence (or the possessor right before the launch noun); a planned or delayed launch is none.
Words:
`launch_participles`, `launch_nouns`, `launch_not_before` in loaders/data/names.yaml.
"""

from __future__ import annotations

from loaders.lexicon import Lexicon
from loaders.non_names import data_words
from loaders.relations.model import Sentence
from loaders.relations.nav import product_noun, subjects
from loaders.relations.words import ARTICLES, POSSESSIVE_MARKS, WHICH_THAT, M

NOUN_GAP = 3  # lower-case words between a name and its participle ("loyalty scheme")
DATE_GAP = 4  # words between the launch noun and "of" ("in May", "last year")
OWNING_RULES = ("possessive/", "role/role-noun")  # "its rental arm, Toolshed" (a role noun)


def cues(lex: Lexicon) -> frozenset[str]:
    return data_words(lex, "launch_participles") | data_words(lex, "launch_nouns")


def _owner_of(s: Sentence, t: int) -> int:
    """The position of the mention a possessive rule said OWNS the name at t, else -1."""
    targets = set(s.ment(t).ids)
    owners = {
        f.source
        for f in s.found
        if f.type == "OWNS" and f.target in targets and f.rule.startswith(OWNING_RULES)
    }
    for m in range(len(s.lows)):
        if m != t and s.lows[m] == M and owners.intersection(s.ment(m).ids):
            return m
    return -1


def launch_pending(s: Sentence, k: int) -> bool:
    """A launch noun at k that is still to come or put off: "the planned launch", "ahead of
    the launch", "delayed the launch" (a launch word in the three words before it)."""
    before = data_words(s.lex, "launch_not_before")
    return any(w in before for w in s.lows[max(0, k - 3) : k])


def _found(s: Sentence, owner: int, t: int, rule: str) -> None:
    if owner >= 0 and not s.blocked(min(owner, t), max(owner, t) + 1):
        s.emit(s.ment(owner), ("FOUNDED",), s.ment(t), rule, 0.7)


def launched_owned(s: Sentence) -> None:
    """ "NAME [noun words], launched in 2021": the owner of NAME founded it."""
    lows = s.lows
    participles = data_words(s.lex, "launch_participles")
    for k in range(3, len(lows) - 1):
        if lows[k] not in participles or lows[k - 1] != "," or lows[k + 1] in ("by", "to"):
            continue
        t = k - 2
        while t >= 0 and k - 2 - t < NOUN_GAP and lows[t] != M and lows[t].isalpha():
            t -= 1  # "its TrailPoints loyalty scheme, launched"
        if t >= 0 and lows[t] == M and not s.is_det(t):
            _found(s, _owner_of(s, t), t, "launch/launched-owned")


def launch_of(s: Sentence) -> None:
    """ "the launch (in May) of NAME, ORG's NOUN", "the launch of ORG's NAME", "ORG's launch
    of NAME": the owner founded NAME."""
    lows = s.lows
    n = len(lows)
    nouns = data_words(s.lex, "launch_nouns")
    for k in range(1, n - 2):
        if lows[k] not in nouns:
            continue
        if launch_pending(s, k):
            s.claimed.add(k)  # no later rule reads a launch still to come as a founding
            continue  # "the planned launch", "ahead of the launch", "delayed the launch"
        det = lows[k - 1] == M and s.is_det(k - 1)
        if lows[k - 1] not in ARTICLES and lows[k - 1] not in POSSESSIVE_MARKS and not det:
            continue
        of = next((x for x in range(k + 1, min(n, k + 2 + DATE_GAP)) if lows[x] == "of"), -1)
        if of < 0 or any(lows[x] == M or lows[x] in nouns for x in range(k + 1, of)):
            continue
        t = of + 1 + (of + 1 < n and lows[of + 1] in ARTICLES)
        if t >= n or lows[t] != M or s.is_det(t):
            continue
        if t + 2 < n and lows[t + 1] in POSSESSIVE_MARKS and lows[t + 2] == M:
            owner, t = t, t + 2  # "the launch of Ostrel's Tidemark Scan"
        elif lows[k - 1] in POSSESSIVE_MARKS and k >= 2 and lows[k - 2] == M:
            owner = k - 2  # "Ostrel's launch of Tidemark Scan"
        elif det:
            owner = k - 1  # "its launch of Tidemark Scan"
        else:
            owner = _owner_of(s, t)  # "the launch of Tidemark Scan, Ostrel's kit"
        _found(s, owner, t, "launch/launch-of")


NAMING_VERBS = frozenset({"calls", "call", "dubs", "dub"})
NAMED_GAP = 4  # words of the named thing's noun phrase ("a new savings plan")


def called_cues(lex: Lexicon) -> frozenset[str]:
    return NAMING_VERBS


def _named_head(s: Sentence, h: int) -> bool:
    w = s.lows[h]
    return product_noun(s, w) or s.lex.heads.lookup((w,)) == "Project"


def called(s: Sentence) -> None:
    """ "offers a savings plan it calls Nestwell", "launched a scheme that the group calls
    Stayback": the namer owns the named thing (and founded it after a launch verb)."""
    lows = s.lows
    n = len(lows)
    for c in range(4, n - 1):
        if lows[c] not in NAMING_VERBS or lows[c + 1] != M or lows[c - 1] != M:
            continue
        namer, h = c - 1, c - 2 - (lows[c - 2] in WHICH_THAT)
        if "Organization" not in s.etypes(namer) or not _named_head(s, h):
            continue
        d = h - 1
        while d >= 0 and h - d < NAMED_GAP and lows[d] not in ("a", "an", "the", M):
            d -= 1
        v = d - 1
        if d < 1 or lows[d] == M or not lows[v].isalpha():
            continue
        subj = subjects(s, v, True)
        if not subj or not s.ment(subj[0]).shares(s.ment(namer)):
            continue
        if s.blocked(subj[0], c + 2):
            continue
        s.emit(s.ment(namer), ("OWNS",), s.ment(c + 1), "possessive/called", 0.7)
        if lows[v] in data_words(s.lex, "launch_participles"):
            s.emit(s.ment(namer), ("FOUNDED",), s.ment(c + 1), "launch/called", 0.7)
