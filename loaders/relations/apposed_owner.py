"""Whose product a possessive names when an appositive stands between ("B's rival, A, lowered the
price of its Orra lock": A's; "A, a rival of B, whose Kesto oats sell": A's).

The possessive/product rule reads "its" as the company coreference gave it and "whose" as the
name right before the comma; when an appositive set off by commas names a company just before,
those readings may give the product to the company the appositive describes from, not to the
one it describes. Same reading as `owned_names` (its `_sure_owner` and `_apposed_head`), for
names already typed Product, kept to what the appositive's noun makes sure:

- a rival (`rival_nouns`, `apposed_rivals` of loaders/data/rivalry.yaml) sells its own thing:
  "its" after it is the rival's, unless a verb aimed at another's thing (`aimed_verbs`) stands
  between ("a rival, A, had copied its lock": the pronoun's own) or before it ("sue its rival,
  A, over its design": no owner);
- a firm that buys, builds, sells or supplies another's things (`handler_nouns`: customer,
  partner, dealer, distributor, supplier) leaves "its" to coreference ("its dealer, Harrowby Cars,
  sells its Arlo": the speaker's);
- any other appositive: no owner;
- "Unlike its rival, A, B lowered the price of its lock": the clause's subject after a fronted
  appositive, not the appositive's firm, is the owner;
- "whose" moves to X in "X, a rival of Y, whose" only for a rival noun, an Organization X and
  no subject of the relative clause of its own ("whose Arlo it buys": Y's).
"""

from __future__ import annotations

from typing import Final

from loaders.grammar_words import DETS_AND_ONE
from loaders.lexicon import Lexicon, per_lexicon, phrase_set
from loaders.relations.model import Sentence
from loaders.relations.rival_words import rival_words
from loaders.relations.words import BARE_PRONOUNS, M

APPOSED_REACH: Final = 5  # words of ", a one-time rival of" back from the name before "whose"
LINKS: Final[frozenset[str]] = frozenset({"of", "to", "for", "with"})
OPENERS: Final[frozenset[str]] = frozenset({",", '"', "\u201d"})
NOUN_REACH: Final = 6  # words of "Norvell's biggest rival in door locks," before the set-off name
# a relative clause's own subject: "whose Arlo hatchback it buys", "whose Arlo she designed"
CLAUSE_SUBJECTS: Final[frozenset[str]] = BARE_PRONOUNS | {"i", "you"}


@per_lexicon
def _words(lex: Lexicon) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Rival nouns, handler nouns and aimed verbs (phrases joined by spaces)."""
    spec = lex.data.get("rivalry") or {}

    rivals = rival_words(lex).rival_nouns | phrase_set(spec.get("apposed_rivals"))
    return rivals, phrase_set(spec.get("handler_nouns")), phrase_set(spec.get("aimed_verbs"))


def _org(s: Sentence, x: int) -> bool:
    return s.lows[x] == M and "Organization" in s.etypes(x)


def _set_off(lows: list[str], x: int) -> bool:
    # a clause may open at the name: the comma before it is then outside `lows`; a quote's
    # closing mark may stand before a folded "B's rival, A" ('"We cut prices," B's rival, A,')
    return (x == 0 or lows[x - 1] in OPENERS) and x + 1 < len(lows) and lows[x + 1] == ","


def _apposed_noun(s: Sentence, x: int) -> str:
    """The rival or handler noun of the appositive before the set-off name at x ("Norvell's
    biggest rival in door locks, A"), "" if none."""
    rivals, handlers, _ = _words(s.lex)
    lows = s.lows
    for b in range(x - 2, max(-1, x - 2 - NOUN_REACH), -1):
        if lows[b] in rivals or lows[b] in handlers:
            return lows[b]
        if lows[b] == M and not s.is_det(b) or lows[b] in (",", ".", ";", ":"):
            break
    return ""


def _aimed(lows: list[str], a: int, b: int, aimed: frozenset[str]) -> bool:
    """A verb aimed at another's thing among lows[a:b] (one or two words)."""
    for q in range(max(a, 0), b):
        if lows[q] in aimed or (q + 1 < b and f"{lows[q]} {lows[q + 1]}" in aimed):
            return True
    return False


def set_off_owner(s: Sentence, p: int) -> int:
    """The owner of what the pronoun at p possesses, past a company set off by commas last
    before it: p (the pronoun's referent), that company, another, or -1 for none."""
    lows = s.lows
    before = [x for x in range(p) if _org(s, x)]
    if not before:
        return p
    x = before[-1]
    if not _set_off(lows, x):
        return _after_fronted(s, p, x)
    if s.ment(x).ids == s.ment(p).ids:
        return p
    rivals, handlers, aimed = _words(s.lex)
    noun = _apposed_noun(s, x)
    if noun in handlers:
        return p  # "its dealer, Harrowby Cars, sells its Arlo": the speaker's thing
    if noun in rivals:
        if _aimed(lows, x + 2, p, aimed):
            return p  # "a rival, Quillan Group, had copied its Keylo lock"
        if _aimed(lows, 0, x, aimed):
            return -1  # "would sue its rival, A, over its lock design"
        return x  # "B's rival, A, lowered the price of its lock"
    return -1


def _after_fronted(s: Sentence, p: int, x: int) -> int:
    """ "Unlike its rival, A, B lowered the price of its lock": B, the subject after a fronted
    appositive, when the pronoun went to the appositive's firm A; else p."""
    lows = s.lows
    y = x - 2
    if x >= 2 and lows[x - 1] == "," and _org(s, y) and _set_off(lows, y):
        if s.ment(y).ids == s.ment(p).ids and s.ment(x).ids != s.ment(p).ids:
            return x
    return p


def apposed_head(s: Sentence, y: int, k: int = -1) -> int:
    """ "X, a rival of Y, whose": X, the company the appositive describes, for Y at y; else y
    (and y when the relative clause after the product at k has a subject of its own)."""
    lows = s.lows
    if y < 2 or lows[y - 1] not in LINKS or lows[y - 2] not in _words(s.lex)[0]:
        return y
    a = y - 2
    while a >= 0 and y - 1 - a <= APPOSED_REACH and lows[a] not in DETS_AND_ONE:
        if not lows[a].replace("-", "").isalpha() or not lows[a].islower():
            return y
        a -= 1
    if a >= 2 and lows[a] in DETS_AND_ONE and lows[a - 1] == "," and _org(s, a - 2):
        if k >= 0 and any(w in CLAUSE_SUBJECTS for w in lows[k + 1 : k + 4]):
            return y  # "X, a rival of Y, whose Arlo it copied"
        return a - 2
    return y
