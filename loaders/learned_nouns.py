"""The trade nouns an article itself gives its organizations: "the tanner" in a sector no
word list knows.

Which firm "the maltster" is cannot come from a list of sectors: a fresh sector's nouns are
unknown to `lexicon.yaml`. The article says it instead, and `LearnedNouns` reads it as the
sentences go (`learn`, from each sentence's names):

- an appositive or a copula: "Halbrook, a Yorkshire tanner," / "Halbrook is a tanner";
- a premodifier: "by tanner Halbrook";
- a name word sharing the noun's stem: "the cooper" and Mossgate Cooperage, "the salter" and
  Pellow Salt;
- a trade the firm is said to ply: "Pellow, which salts fish" -> "the salter".

`noun_at` says whether a word is such an agent noun unknown to the lexicon (for
`references._definite`: "the office" or "the boiler" beside Dunmere Boilers are none), and
`bind` which organization it describes: the one so described, the latest named first, none
when two organizations were last named in the same sentence (the noun is theirs equally).
`described` gives the one organization an appositive gave a noun the lexicon knows ("X, a
bowling chain" ... "the chain"), which `description_refs` prefers when no other firm of the
article may bear the noun; plurals ("services") and generic or role nouns are never learned.

    >>> from loaders.article import extract
    >>> doc = extract("Halbrook Leather, a Yorkshire tanner, lost money. Orlin Foods cut "
    ...               "prices. The tanner sued Corvane Chemicals.")
    >>> ("halbrook-leather", "DISPUTES", "corvane-chemicals") in doc.relations
    True
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import TYPE_CHECKING, Final, final

from loaders.coref import role_nouns
from loaders.lexicon import per_lexicon
from loaders.non_names import data_words
from loaders.relations.words import POSSESSIVE_MARKS, PREPOSITIONS, SKIP_DETS, WHICH_THAT

if TYPE_CHECKING:
    from loaders.lexicon import Lexicon
    from loaders.relations.model import Mention

# suffixes a trade's agent noun and a firm's name word share a stem under ("tanner",
# "Tannery"; "maltster", "Maltings"), longest first
_SUFFIXES: Final = tuple(
    sorted(
        ("ings", "ing", "ers", "er", "ors", "or", "iers", "ier", "ies", "sters", "ster", "age")
        + ("eries", "ery", "ists", "ist", "s", "y"),
        key=len,
        reverse=True,
    )
)
# the endings of an agent noun ("the cooper", "the quarrier"): only such a noun is read through
# a name word's or a verb's stem
_AGENT: Final = ("er", "or", "ist")
_COPULAS: Final = frozenset({"is", "was", "remains", "became"})
# what may end an appositive's noun: "a tanner, ", "a tanner based in", "a tanner that"
_NOUN_ENDS: Final = frozenset({",", ".", ";", "that", "which", "who"}) | PREPOSITIONS
_STEM_MIN: Final = 4  # "salt", "malt", "tann": shorter stems match too much
_APPOSITIVE_REACH: Final = 5  # "a family-run Yorkshire leather tanner": words to its noun
# what may stand before a premodifier: "the tanner Halbrook", "by tanner Halbrook"
_BEFORE_PREMODIFIER: Final = frozenset({",", "and"}) | SKIP_DETS | PREPOSITIONS
# what may tie a name to a noun that loosely says what it is too ("Gorse, another tanner",
# "Gorse is now a tanner", "Gorse, which is also a tanner", "Gorse and Mire, two other
# tanners", "Gorse has become a tanner"): such a firm may be "the tanner" as well; a plural's
# and a perfect's verbs too ("are", "has"), since a loose tie is all it takes
_HINT_LINKS: Final = _COPULAS | {",", "are", "were", "has", "had"}
_HINT_REACH: Final = 6  # "is one of the largest tanners": words to the noun


@lru_cache(maxsize=65536)  # the same name words recur in every sentence naming their firm
def stem(word: str) -> str:
    """The word less up to two suffixes, keeping at least four letters: "cooperage" ->
    "coop", "quarries" -> "quarr", "maltster" -> "malt"."""
    for _ in range(2):
        for suffix in _SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= _STEM_MIN:
                word = word[: -len(suffix)]
                break
        else:
            break
    return word


def _plural(word: str) -> bool:
    """ "services", "tanners": a plural names a trade, not one firm ("business" is none)."""
    return word.endswith("s") and not word.endswith("ss")


def _noun_shaped(word: str) -> bool:
    """A lower-case word of letters that may head a description ("tanner", "tannery")."""
    return len(word) > _STEM_MIN and word.isalpha() and not word.endswith(("ly", "ed", "ing"))


@final
class LearnedNouns:
    """One article's learned nouns: the stems the text gave each organization."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.by_noun: dict[str, set[str]] = {}  # noun -> organizations described so
        # the nouns this sentence gave first: "X remains the biggest holder" describes X,
        # it refers to no one
        self.fresh: set[str] = set()
        self.agent_stems: dict[str, set[str]] = {}  # stems only an agent noun is read by
        self.name_ids: dict[str, set[str]] = {}  # a name word -> the organizations so named
        self.name_words: set[str] = set()  # the organizations' name words ("the water" is
        # never Halsey Water's agent noun)
        self.known = _known_words(lex)
        # noun -> the organizations the text also tied it to, however loosely (`_hinted_nouns`)
        self.hinted: dict[str, set[str]] = {}
        # stem -> the organizations whose name word or plied trade has it, known words too
        # ("Leeds Tannery" may be "the tanner" as well)
        self.rival_stems: dict[str, set[str]] = {}
        self.not_agents = data_words(lex, "not_agent_nouns")
        self.names_read: set[tuple[str, tuple[str, ...]]] = set()  # (organization, name words)
        self.unlearned = _unlearned_words(lex)

    def learn(
        self,
        lows: list[str],
        names: list[Mention],
        covered: set[int],
        type_of: Callable[[str], str],
    ) -> None:
        """Read what the sentence's organization names are called (see the module); `covered`:
        the positions `names` cover."""
        self.fresh = set()
        for m in names:
            rid = m.ids[0]
            if type_of(rid) != "Organization":
                continue
            noun = _appositive_noun(lows, m.j, covered) or self._premodifier(lows, m.i, covered)
            if noun and noun not in self.unlearned and not _plural(noun):
                if noun not in self.by_noun:
                    self.fresh.add(noun)
                self.by_noun.setdefault(noun, set()).add(rid)
            self._name(rid, tuple(lows[m.i : m.j]))
            verb = _plied_verb(lows, m.j)
            if verb:
                key = stem(verb)
                self.agent_stems.setdefault(key, set()).add(rid)
                self.rival_stems.setdefault(key, set()).add(rid)
            for word in _hinted_nouns(lows, m.i, m.j, covered):
                self.hinted.setdefault(word, set()).add(rid)

    def _name(self, rid: str, words: tuple[str, ...]) -> None:
        """Record the organization's name words and their stems."""
        # what a name's words record depends on the words and the organization only: a name
        # named again (most are, sentence after sentence) adds nothing
        if (rid, words) in self.names_read:
            return
        self.names_read.add((rid, words))
        for word in words:
            self.name_ids.setdefault(word, set()).add(rid)
            if not _noun_shaped(word):
                continue
            key = stem(word)
            self.rival_stems.setdefault(key, set()).add(rid)
            if word not in self.known:
                self.name_words.add(word)
                self.agent_stems.setdefault(key, set()).add(rid)

    def _rivals(self, word: str, firm: str, ranked: set[str]) -> bool:
        """Another organization the text tied the noun to loosely ("Gorse, another tanner"),
        or whose name or trade shares its stem ("Leeds Tannery", "Humber Foods salts cod"),
        may be "the tanner" as well; those of the pool `bind` ranked to pick `firm` are none."""
        others = self.hinted.get(word, set()) | self.rival_stems.get(stem(word), set())
        return bool(others - ranked - {firm})

    def _premodifier(self, lows: list[str], i: int, covered: set[int]) -> str:
        """ "by tanner Halbrook", "Leeds tanner Halbrook": an agent noun right before the name,
        after a determiner, a preposition or another name (not a verb's form)."""
        if i < 2 or (lows[i - 2] not in _BEFORE_PREMODIFIER and i - 2 not in covered):
            return ""
        word = lows[i - 1]
        return word if self._agent(word) else ""

    def _agent(self, word: str) -> bool:
        """An agent noun's shape: "tanner", "cooper", "chemist"; not "other", "former"."""
        # the ending first: most words asked about ("the company", "the deal") fail it alone
        return word.endswith(_AGENT) and _noun_shaped(word) and word not in self.not_agents

    def noun_at(self, word: str) -> bool:
        """The word is an agent noun unknown to the lexicon ("the tanner", not "the office")
        the article gave some organization; not a name word itself nor its singular ("the
        boiler" is no trade of Dunmere Boilers)."""
        if not self.by_noun and not self.agent_stems:
            return False
        if word in self.known or not self._agent(word):
            return False
        if word in self.by_noun:
            return word not in self.fresh
        named = word in self.name_words or word + "s" in self.name_words
        return not named and stem(word) in self.agent_stems

    def described(self, word: str) -> str | None:
        """The one organization an appositive, copula or premodifier gave this noun, when
        no other was given it, is named by it ("Brava Mills": "the mill") or was loosely tied
        to it ("Gorse, another mill"); else None."""
        ids = self.by_noun.get(word)
        if not ids or len(ids) > 1 or word in self.fresh:
            return None
        named = self.name_ids.get(word, set()) | self.name_ids.get(word + "s", set())
        if named - ids or self.hinted.get(word, set()) - ids:
            return None
        return next(iter(ids))

    def bind(self, word: str, last: Mapping[str, int]) -> str | None:
        """The organization the noun describes: the latest named of those described so
        (directly before those whose name or trade shares its stem), None when two were
        last named in the same sentence or another organization may bear the noun too
        (`_rivals`)."""
        key = stem(word)
        named = self.name_ids.get(word, set()) | self.name_ids.get(word + "s", set())
        described = self.by_noun.get(word, set()) | named
        for pool in (described, self.agent_stems.get(key, set())):
            ids = sorted((last.get(r, -1), r) for r in pool if r in last)
            if not ids:
                continue
            if len(ids) > 1 and ids[-1][0] == ids[-2][0]:
                return None
            firm = ids[-1][1]
            return None if self._rivals(word, firm, pool) else firm
        return None


@per_lexicon
def _unlearned_words(lex: Lexicon) -> frozenset[str]:
    """Nouns no appositive gives one firm for good: the generic ("company"), a part in a deal
    ("the buyer", "the parent"), a person's title or occupation."""
    words = data_words(lex, "generic_heads") | role_nouns(lex)
    return words | set(lex.roles) | set(lex.titles) | data_words(lex, "person_occupations")


@per_lexicon
def _known_words(lex: Lexicon) -> frozenset[str]:
    """Nouns the lexicon reads already: references, heads, roles, titles, occupations."""
    known = set(lex.anaphora) | set(lex.heads) | set(lex.roles) | set(lex.titles)
    return frozenset(known) | data_words(lex, "person_occupations")


def _appositive_noun(lows: list[str], j: int, covered: set[int]) -> str:
    """The noun of "NAME, a Yorkshire tanner," or "NAME is a Leeds-based tanner": the last
    word before a comma, a full stop, a preposition or a relative, no name's word."""
    k = j + 1 if j < len(lows) and (lows[j] == "," or lows[j] in _COPULAS) else -1
    if k < 0 or k >= len(lows) or lows[k] not in SKIP_DETS:
        return ""
    q = k + 1
    while q < len(lows) and q - k <= _APPOSITIVE_REACH and lows[q] not in _NOUN_ENDS:
        if not (lows[q].isalpha() or "-" in lows[q]):
            return ""
        q += 1
    if q == k + 1 or q >= len(lows) or lows[q] not in _NOUN_ENDS:
        return ""
    if lows[q - 1] == "based" and q - 2 > k:
        q -= 1  # "a cooper based in Fife"
    noun = lows[q - 1]
    return noun if _noun_shaped(noun) and q - 1 not in covered else ""


def _hinted_nouns(lows: list[str], i: int, j: int, covered: set[int]) -> list[str]:
    """The nouns (singular) the text ties the name at i..j to, however loosely: the word
    right before it ("rival tanner Gorse", "sued cooper Stavely") and those shortly after a
    comma or a copula ("Gorse, another tanner", "Gorse is now a glazier", "Gorse and Mire,
    two other tanners"), up to the next name; not a definite description ("X, which sued
    the tanner"), a possessor ("X, the tanner's lender") nor another name's premodifier ("X,
    which supplies tanner Halbrook")."""
    words = [lows[i - 1]] if i > 0 and i - 1 not in covered else []
    if j < len(lows) and lows[j] in _HINT_LINKS:
        for q in range(j + 1, min(len(lows), j + 1 + _HINT_REACH)):
            if q in covered or lows[q] in {".", ";"}:
                break
            nxt = lows[q + 1] if q + 1 < len(lows) else ""
            if (
                (lows[q - 1] == "the" and q - 1 > j + 1)
                or q + 1 in covered
                or nxt in POSSESSIVE_MARKS
            ):
                continue
            words.append(lows[q])
    return [w[:-1] if _plural(w) else w for w in words if _noun_shaped(w)]


def _plied_verb(lows: list[str], j: int) -> str:
    """ "Pellow, which salts fish" / "Pellow salts fish": the present verb a firm is said to
    ply, when a noun follows it (not "Pellow says")."""
    k = j
    if k + 1 < len(lows) and lows[k] == "," and lows[k + 1] in WHICH_THAT:
        k += 2
    if k + 1 >= len(lows):
        return ""
    verb = lows[k]
    if not (verb.endswith("s") and _noun_shaped(verb)) or not lows[k + 1].isalpha():
        return ""
    return verb
