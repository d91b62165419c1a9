"""Reference resolution: what "he", "the company", "the two" or "the consortium" stands for.

The words and small tests the resolver of `loaders.article` reads; the resolver itself follows.
"""

from __future__ import annotations

import os
from typing import Final

from loaders.it_readings import (
    HOLDING_ADVERBS,
    PARTICIPLE_ENDS,
)
from loaders.lexicon import Lexicon, per_lexicon
from loaders.relations import deal_roles
from loaders.relations.model import OBJECT_FOLLOWERS, Mention
from loaders.relations.rival_words import rival_words
from loaders.relations.words import (
    DEFINITE_DETS,
    PREPOSITIONS,
    SKIP_DETS,
    WHICH_THAT,
)

DEAL_PAIR_REACH: Final = 6  # sentences after a takeover that "both firms" may name its sides
# "... over X": a takeover written with "take"
TAKE_WORDS: Final[frozenset[str]] = frozenset({"take", "takes", "took", "taking", "taken"})
DEFINITE: Final[frozenset[str]] = DEFINITE_DETS


Ref = tuple[int, int, str, str]  # a reference: (i, j, kind, type)
# a resolved reference: the entity ids it stands for, and the confidence
Resolution = tuple[tuple[str, ...], float]


PAIRED = frozenset({"pair", "order"})  # references whose word is their last: "rivals", "latter"


# the numbers "its two founders" may give (`_founder_group`, `_resolve_founders`)
FOUNDER_COUNTS: Final = {"two": 2, "three": 3, "four": 4, "pair": 2}
OPENER_WORDS = 3  # words of an adverbial opening a clause before "they" ("Between them")


def _both_of_thing(lex: Lexicon, lows: list[str], j: int) -> bool:
    """ "both of", "both accusations": the "both" at j - 1 quantifies a thing (a claim), no
    reference to the two latest parties ("Okoth-Vall rejects both accusations")."""
    return j < len(lows) and (lows[j] == "of" or lows[j] in lex.claim_nouns)


# appoint area: the head noun after a role noun in an appositive ("A, its parent company,")
APPOSED_ROLE_HEADS: frozenset[str] = frozenset({"company", "firm", "group"})


def _demonym_of(adjective: str, place: str) -> bool:
    """The adjective is made from the place's name (its last word): "Belgian" Belgium,
    "Korean" South Korea."""
    place = place.rsplit(" ", 1)[-1]
    common = len(os.path.commonprefix([adjective, place]))
    return common >= max(4, len(place) - 2)


def _fronted_place(lows: list[str], name: int, comma: int) -> bool:
    """The name at `name` ends a participle phrase opening the sentence at the first comma
    (`comma`), as a preposition's object: "Based in Leeds, the firm ...", "Founded in 1990 and
    based in Derby, the group ...", or a fronted place adjunct: "In the EU, the company ..."."""
    opener = lows[0].endswith(PARTICIPLE_ENDS) and lows[0].isalpha()
    prep = name - 1 - (name >= 2 and lows[name - 1] == "the")
    if not opener and prep == 0 and lows[0] in PREPOSITIONS:
        return "," not in lows[:comma]  # "In Europe, the company ...": the subject
    return opener and name >= 2 and lows[name - 1] in PREPOSITIONS and "," not in lows[:comma]


# words after an object "it" ("accused it of", "sued it in May", "criticised it.")
IT_OBJECT_FOLLOWERS = (OBJECT_FOLLOWERS - {"and", "or"}) | {"of", "over", "after", "at", "with"}
QUOTE_CHARS: Final = frozenset({'"', "“", "”", "«", "»"})
THEY = (
    "They"  # the type of an opening "They": the two organizations the sentence before opened with
)
THEIR = "Their"  # the type of "their" opening an appositive: the clause's subject pair
RIVALRY = frozenset({"COMPETES_WITH"})
GOVERNMENT: Final = "government"  # the kind of public bodies (loaders/data/coref.yaml `kinds`)
GROUP = "Group"  # the type of "the canneries": a remembered group of organizations
SPEAKER = "Speaker"  # the type of "we" in a quote: the quoted person's organization
SPEAKER_SELF = "SpeakerSelf"  # "I", "my" in a quote or an answer: the person speaking
ADDRESSEE = "Addressee"  # "you" in an interview's question: the interviewee's organization
# the words between a person and an organization that name the person's affiliation
AFFILIATING: frozenset[str] = frozenset({"of", "at", "from", "("})


def _in_relative(lows: list[str], items: list[Mention], rid: str) -> bool:
    """rid's first mention in the sentence (lows, items) sits inside a "who" clause ("P, who
    joined from rival A in 2020, said"), with no descriptor of its own (not "A, a dyer")."""
    m = next((m for m in items if m.ids[0] == rid), None)
    if m is None:
        return False
    if lows[m.j : m.j + 1] == [","] and m.j + 1 < len(lows) and lows[m.j + 1] in SKIP_DETS:
        return False  # "A, a Bradford dyer": described, not named in passing
    who = [w for w in range(m.i) if lows[w] == "who"]
    return bool(who) and "," not in lows[who[-1] : m.i]


def _rival_thing(lex: Lexicon, words: tuple[str, ...]) -> bool:
    """ "the main competing service", "the rival app": a thing offered by a rival (a rival
    modifier before one of `rival_things`), never the firm or product in view."""
    rw = rival_words(lex)
    return (
        len(words) >= 2
        and words[-1] in rw.rival_things
        and not rw.rival_mods.isdisjoint(words[:-1])
    )


def _described_name(lows: list[str], items: list[Mention], i: int) -> set[str]:
    """The name a predicate or an appositive opened by "its" at i describes ("X is its main
    rival", "X, its main rival"): the pronoun is not that name's."""
    if i >= 2 and lows[i - 1] in ("is", "was", "remains", "became", ","):
        named = next((set(m.ids) for m in items if m.j == i - 1), set())
        if named:
            return named
    return _relative_name(lows, items, i)


def _after_fronted_with(lows: list[str], i: int) -> bool:
    """ "With Brenna Logistics, it is building a depot": "it" at i opens the clause after a
    fronted "with" phrase, whose name it is not."""
    return lows[i] == "it" and i >= 3 and lows[0] == "with" and lows[i - 1] == ","


def _relative_name(lows: list[str], items: list[Mention], i: int) -> set[str]:
    """ "X, which is now its main rival", "X, the French group that is its rival": the name
    a relative clause whose copula (and an adverb) stands before "its" at i describes."""
    c = i - 1 - (lows[i - 1] in HOLDING_ADVERBS)
    if c < 3 or lows[c] not in ("is", "was", "remains", "became", "been", "become"):
        return set()
    r = c - 1
    while r >= 1 and c - r <= 3 and lows[r] in ("has", "have", "had", "long", "always"):
        r -= 1  # "which has long been its rival"
    if lows[r] not in WHICH_THAT:
        return set()
    for m in reversed(items):
        if m.j < r and m.j < len(lows) and lows[m.j] in (",", "is", "was"):
            between = lows[m.j + 1 : r]
            ok = len(between) <= 5 and all(w.replace("-", "").isalpha() for w in between)
            return set(m.ids) if ok else set()
    return set()


ASKED = "Asked"  # "they" opening the answer to a question that named one organization
ANSWERED = "Answered"  # "they" after an answer that is only a name: that organization


@per_lexicon
def plural_orgs(lex: Lexicon) -> frozenset[str]:
    """One-word plural nouns for kinds of organization (`pair_types` in
    loaders/data/lexicon.yaml, but not its `pair_roles`): "companies", "carmakers"."""
    spec = lex.data.get("pair_types") or {}
    roles = {str(w).lower() for w in lex.data.get("pair_roles") or ()}
    return frozenset(
        str(k).lower()
        for k, v in spec.items()
        if v == "Organization" and " " not in str(k) and str(k).lower() not in roles
    )


# precroles22: generic body nouns that an inquiry noun before them makes a panel ("the review
# group", "the inquiry team"): no reference to a firm (`Article._definite`)
PANEL_HEADS: Final[frozenset[str]] = frozenset({"group", "team", "unit", "body"})


def _reference_mention(
    lows: list[str], ref: tuple[int, int, str, str], ids: tuple[str, ...], conf: float
) -> Mention:
    """The mention of a resolved reference, with the word the rules read: the pronoun itself;
    for "the two rivals", its noun; a group's noun ("joint venture"); a deal role ("The buyer,
    Y, ..."). "the latter" reads as a description."""
    i, j, kind, etype = ref
    word = lows[i] if kind == "pronoun" else lows[j - 1] if kind in PAIRED else ""
    if kind == "group":
        word = etype
    elif kind == "np" and lows[j - 1] in deal_roles.ROLE_NOUNS:
        word = lows[j - 1]
    elif kind == "np" and etype == "Person" and lows[i] == "the":
        word = " ".join(lows[i + 1 : j])  # "the chief executive, Ann Lee": its title
    return Mention(ids, i, j, "np" if kind == "order" else kind, conf, word)


def _after_participle(lows: list[str], i: int) -> bool:
    """The description at i follows a trailing participle ("..., accusing the Cyprus company
    of"): measured, hiding the place of any other unresolved description cost blind13 0.003
    mean P."""
    return i >= 2 and lows[i - 2] == "," and lows[i - 1].endswith("ing")
