"""Holder lists with no possessor, and holders named before a copula.

- `listed-holders`: "Other shareholders include A and B", "Shareholders include A, B and C",
  "Other major owners are A and B": a sentence that opens with an owning noun (after "other",
  "the other" or a rank word) and lists names after "include"/"are" to its end. Each listed
  name holds (OWNS; FUNDS for a project) the company the article's stakes are about
  (`SentenceContext.stake_topic`). A possessed noun ("Its shareholders include") is the noun
  triggers' (`triggers.yaml`); a funding noun ("Other backers include A and B") the rounds'
  (`rounds.py`, the company of the round last named).
- `holders-are`: "A and B are the main shareholders of X", "A and B are also investors", "A,
  B and C are among its backers": each holder holds (an owning noun: OWNS; FUNDS a project) or
  funds (a funding noun: FUNDS) the company after "of"/"in", the possessor, or else the
  article's stake topic. An owning noun needs a holding now ("are", not "were").

Words: `stakes: holders_of` and `stakes: ranks` of `loaders/data/triggers.yaml`.
"""

from __future__ import annotations

from typing import Final

from loaders.lexicon import Lexicon
from loaders.relations.model import Mention, Sentence
from loaders.relations.nav import coord
from loaders.relations.stake import holder_words, holders_cues, percent_at
from loaders.relations.words import LENDER_PLURALS, LIST_VERBS, M

# what opens the holder noun: "Other shareholders", "The other investors"
OPENERS: Final[tuple[tuple[str, ...], ...]] = (("other",), ("the", "other"), ("the",), ())
# modifiers of a sentence-opening holder noun: "Major shareholders A and B"
TITLE_MODIFIERS: Final[frozenset[str]] = frozenset({"major", "existing", "big", "key", "minority"})
# what brings the list after the noun: "Shareholders including A", "such as A", "like A"
LIST_PREPS: Final[frozenset[str]] = frozenset({"including", "such", "like"})
# the verbs that list the holders: "include", "are"
# nouns that name no holder of a company's shares: "Lenders include A and B", "a holder of
# X's bonds"
NOT_HOLDERS: Final[frozenset[str]] = LENDER_PLURALS | {"holders"}
# what may stand between the copula and the holder noun: "are also the main shareholders",
# "are among its early backers", "is now a minority shareholder"
COPULA_FILLERS: Final[frozenset[str]] = frozenset(
    {"also", "now", "still", "both", "all", "among", "the", "a", "an", "other", "early"}
    | {"existing", "key", "major", "minority", "big", "significant", "joint", "long-time"}
)
# copulas of a holding now ("are"), and of a funding that stays a fact ("were early backers")
HOLDING_COPULAS: Final[frozenset[str]] = frozenset({"is", "are", "remains", "remain"})
FUNDING_COPULAS: Final[frozenset[str]] = HOLDING_COPULAS | {"was", "were"}
# what may follow the holder noun when no company is named: "are also investors."
NOUN_ENDS: Final[frozenset[str]] = frozenset({".", ",", ";", "and", "with"})
FILLER_REACH = 5  # words between the copula and the holder noun
# what may close the list: the sentence's end
LIST_ENDS: Final[frozenset[str]] = frozenset({".", ";"})


def cues(lex: Lexicon) -> frozenset[str]:
    return holder_words(lex)[0] - NOT_HOLDERS


def listed_holders(s: Sentence) -> None:
    """ "Other shareholders include A and B", "Major shareholders A and B backed the plan",
    "Shareholders such as A and B ...": A and B hold the article's stake topic."""
    lows = s.lows
    n = len(lows)
    k = _holder_noun(s)
    if k < 0 or k + 2 >= n:
        return
    owned = _named_held(s, k)  # "Shareholders in X include A and B"
    topic = owned.ids[0] if owned else s.context.stake_topic
    if not topic:
        return
    k += 2 if owned else 0
    first = k + 1 + (lows[k + 1] in LIST_VERBS)  # "include A", or the title "shareholders A"
    first += lows[first] in LIST_PREPS  # "shareholders including A", "such as A"
    first += lows[first - 1] == "such" and lows[first] == "as"
    if first >= n or lows[first] != M or s.is_det(first):
        return
    idx = coord(s, first, +1)
    end = idx[-1] + 1
    if lows[k + 1] in LIST_VERBS and end < n and lows[end] not in LIST_ENDS:
        return  # "Shareholders are A and B, which ...": the list must close the sentence
    holders = s.merged(idx)
    if topic in holders.ids or s.blocked(0, end):
        return
    owned = owned or Mention((topic,), -1, -1, "context", 0.8)
    s.emit(holders, ("OWNS", "FUNDS"), owned, "stake/listed-holders", 0.65)


def _named_held(s: Sentence, k: int) -> Mention | None:
    """The company named after the holder noun at k and before a list verb ("Shareholders in
    X include"), else None."""
    lows = s.lows
    if k + 3 >= len(lows) or lows[k + 1] not in ("in", "of") or lows[k + 2] != M:
        return None
    if s.is_det(k + 2) or lows[k + 3] not in LIST_VERBS:
        return None
    return s.ment(k + 2)


def _holder_noun(s: Sentence) -> int:
    """The holder noun that opens the sentence (after an opener and a modifier), else -1."""
    lows = s.lows
    nouns = cues(s.lex)
    for opener in OPENERS:
        k = len(opener)
        if tuple(lows[:k]) != opener or k >= len(lows):
            continue
        k += lows[k] in s.lex.holder_ranks or lows[k] in TITLE_MODIFIERS
        if k < len(lows) and lows[k] in nouns:
            return k
    return -1


def copula_cues(lex: Lexicon) -> frozenset[str]:
    return FUNDING_COPULAS


def holders_are(s: Sentence) -> None:
    """ "A and B are the main shareholders of X", "A is also an investor": A (and B) hold or
    fund X (the possessor, the name after "of"/"in", else the article's stake topic)."""
    lows = s.lows
    owning, _funding = holder_words(s.lex)
    for c in range(1, len(lows) - 2):
        last = _last_holder(s, c)
        if lows[c] not in FUNDING_COPULAS or last < 0:
            continue
        q, owner = _holder_noun_after(s, c + 1)
        if q < 0:
            continue
        noun = lows[q] if lows[q].endswith("s") else lows[q] + "s"
        if noun in owning and lows[c] not in HOLDING_COPULAS:
            continue  # "A was a shareholder": no holding now
        owned = _held_company(s, q, owner)
        holders = _holder_list(s, last)
        if owned is None or s.blocked(min(holders), q + 1):
            continue
        merged = s.merged(holders)
        if merged.shares(owned):
            owned = _topic_for(s, owned, merged)  # "A and B are its investors": not A's
            if owned is None:
                continue
        types = ("OWNS", "FUNDS") if noun in owning else ("FUNDS",)
        s.emit(merged, types, owned, "stake/holders-are", 0.65)


def _last_holder(s: Sentence, c: int) -> int:
    """The name just before the copula at c, past its own share in brackets ("C (15%) are"),
    else -1."""
    lows = s.lows
    b = c - 1
    if lows[b] == ")" and b >= 3 and lows[b - 2] == "(" and percent_at(lows, b - 1) is not None:
        b -= 3  # "A (29.9%), B (20%) and C (15%) are the biggest shareholders"
    return b if b >= 0 and lows[b] == M and not s.is_det(b) else -1


def _holder_list(s: Sentence, last: int) -> list[int]:
    """The coordinated holders that end at `last`: the first name whose list, read rightwards,
    reaches it ("A (29.9%), B (20%) and C (15%)"), else the leftward list."""
    for j in range(last):
        if s.lows[j] == M and last in (ahead := coord(s, j, +1)):
            return ahead
    return coord(s, last, -1)


def _holder_noun_after(s: Sentence, a: int) -> tuple[int, int]:
    """The holder noun within reach after a copula, and a possessor before it ("its", "X's";
    -1 for none): (noun, possessor), else (-1, -1)."""
    lows = s.lows
    nouns = holders_cues(s.lex) - NOT_HOLDERS
    owner = -1
    for q in range(a, min(len(lows), a + FILLER_REACH)):
        w = lows[q]
        if w in nouns or w + "s" in nouns:
            return q, owner
        if w == M and s.is_det(q) and owner < 0:
            owner = q
        elif w == M and q + 1 < len(lows) and lows[q + 1] == "'s" and owner < 0:
            owner = q
        elif w not in COPULA_FILLERS and w != "'s" and w not in s.lex.holder_ranks:
            return -1, -1
    return -1, -1


def _held_company(s: Sentence, q: int, owner: int) -> Mention | None:
    """What the holder noun at q holds: its possessor, the name after "of"/"in", or (the noun
    closing the clause) the article's stake topic."""
    lows = s.lows
    after = lows[q + 1] if q + 1 < len(lows) else "."
    if owner >= 0:
        return s.ment(owner) if after in NOUN_ENDS else None
    if after in ("of", "in") and q + 2 < len(lows) and lows[q + 2] == M:
        end = lows[q + 3] if q + 3 < len(lows) else "."
        return s.ment(q + 2) if end in NOUN_ENDS else None  # not "of X's bonds"
    topic = s.context.stake_topic
    if after in NOUN_ENDS and topic:
        return Mention((topic,), -1, -1, "context", 0.8)
    return None


def _topic_for(s: Sentence, ref: Mention, holders: Mention) -> Mention | None:
    """A pronoun or description ("its", "the company") read as one of the holders stands for
    the article's stake topic instead, else None."""
    topic = s.context.stake_topic
    if ref.kind == "name" or not topic or topic in holders.ids:
        return None
    return Mention((topic,), ref.i, ref.j, "context", 0.8)
