"""A possessive or object pronoun bound inside its own clause, before salience is asked.

- relative clause: "a venture between Linhope and Terrow, which has its base in Lyon": "its"
  is the relative pronoun's antecedent (Terrow), not the sentence's first company;
- reported clause: "C says L knew of the flaw in its product": "its" is the clause's own
  subject L, named right after the reporting verb, not the speaker C;
- absolute "with" clause: "the hulls will be welded at Greff's yard, with Ulmar making the
  engines at its plant in Leeds": "its" is the subject of the -ing verb (Ulmar).

Only a short clause with no other name and no comma between its subject and the pronoun binds,
and only a pronoun that owns a site ("its base", "its own shipyard", the nouns of the
LOCATED_IN noun triggers): "A, which led its round" is the article's company's round. Anything
else is left to `loaders.coref.Salience`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from loaders.conjunct_binding import (
    conjunct_subject,
    last_name,
    relative_object,
    round_raiser,
    single_name,
)
from loaders.coordinated_its import coordinated_owner
from loaders.grammar_words import POSSESSIVE_MARKS
from loaders.lexicon import Lexicon
from loaders.non_names import data_words
from loaders.relations.located import site_nouns
from loaders.relations.model import Mention
from loaders.relations.words import (
    AND_OR,
    ARTICLES,
    ASIDE_STOPS,
    AUXILIARIES,
    OWN_PRONOUNS,
    PREPOSITIONS,
    REPORTING,
    STAKE_FRACTIONS,
    WHICH_THAT,
)

RELATIVES = frozenset({"which", "who"})
REACH = 8  # words between the clause's subject and the pronoun
STOPS = ASIDE_STOPS | {","}


def clause_binder(
    lex: Lexicon,
    lows: Sequence[str],
    items: Sequence[Mention],
    i: int,
    type_of: Callable[[str], str],
    types: tuple[str, ...],
) -> str | None:
    """The entity the pronoun at i stands for by its clause alone, else None."""
    if not _owns_site(lex, lows, i):
        return None
    last = last_name(items, i, type_of, types)
    if last is None:
        return None
    between = lows[last.j : i]
    if not between or len(between) > REACH or STOPS.intersection(between[1:]):
        return None
    first = between[0]
    if first == "," and len(between) > 2 and between[1] in RELATIVES:
        return last.ids[0]  # "Terrow, which has its base"
    if first.endswith("ing") and len(first) > 4 and _after_with(lows, last.i):
        return last.ids[0]  # "with Ulmar making the engines at its plant"
    return None


def reported_binder(
    lex: Lexicon,
    lows: Sequence[str],
    items: Sequence[Mention],
    i: int,
    type_of: Callable[[str], str],
    types: tuple[str, ...],
) -> str | None:
    """ "Carran Health says Lockbit Systems knew of the flaw in its GateKeep software": a
    possessive inside a reported clause is that clause's own subject (named right after the
    reporting verb), not the speaker; else None."""
    if lows[i] not in OWN_PRONOUNS:
        return None
    last = last_name(items, i, type_of, types)
    if last is None or STOPS.intersection(lows[last.j : i]):
        return None
    r = last.i - 1 - (last.i >= 1 and lows[last.i - 1] == "that")
    if r < 1 or lows[r] not in REPORTING or i - last.j > REACH:
        return None
    return last.ids[0]


def appositive_speaker(
    lex: Lexicon,
    lows: Sequence[str],
    items: Sequence[Mention],
    i: int,
    type_of: Callable[[str], str],
    types: tuple[str, ...],
) -> str | None:
    """ "Vantora's parent, Quillex, said its profits rose": the name set off by commas right
    before a reporting verb is the speaker "its" follows, not the possessor before it."""
    if lows[i] != "its" or i < 4 or lows[i - 1] not in REPORTING or lows[i - 2] != ",":
        return None
    last = last_name(items, i, type_of, types)
    if last is None or last.j != i - 2 or last.i < 2 or lows[last.i - 1] != ",":
        return None
    return last.ids[0]


def appositive_head(lows: Sequence[str], items: Sequence[Mention], i: int) -> set[str]:
    """ "Veska, its best-selling pump", "Lumex, its LED grow-light system": a possessive that
    opens an appositive never stands for the appositive's own head, the name right before."""
    if lows[i] != "its" or i < 2 or lows[i - 1] != ",":
        return set()
    last = items[-1] if items else None
    if last is None or last.j != i - 1 or last.kind != "name":
        return set()
    return set(last.ids)


CLAUSE_BREAKS: Final = frozenset({"that", "which", "who", "whose", "and", "but", "while", ","})
ACT_REACH: Final = 10  # words between a verb's named object and "its" in the object's -ing act
# the prepositions of place and time an act's "its" may follow: "at its depots", "after its
# takeover of P", "near its mine"
ACT_PREPOSITIONS = PREPOSITIONS | {"after", "before", "during", "near", "outside", "around"}


def act_binder(
    lex: Lexicon,
    lows: Sequence[str],
    items: Sequence[Mention],
    i: int,
    type_of: Callable[[str], str],
    types: tuple[str, ...],
) -> str | None:
    """ "The regulator fined Vantora for breaching an order made after its takeover of P",
    "attacked Brannock for shedding staff at its depots": an "its" in a phrase of the -ing act
    that a verb's named object is fined, blamed or praised for is that object's (it acts),
    not the subject's. Not the object of the act itself ("for backing its bid": whose bid?)
    nor in an act of taking ("sued V for copying designs from its lab")."""
    if lows[i] != "its" or i < 1 or lows[i - 1] not in ACT_PREPOSITIONS:
        return None
    last = last_name(items, i, type_of, types)
    if last is None or last.i < 1 or not _judging_verb(lex, lows, last.i - 1):
        return None
    between = lows[last.j : i]
    if len(between) < 3 or len(between) > ACT_REACH or between[0] not in ("for", "of"):
        return None
    if not _gerund(between[1]) or STOPS.intersection(between):
        return None
    if CLAUSE_BREAKS.intersection(between) or data_words(lex, "victim_acts").intersection(between):
        return None
    return last.ids[0]


ASK_LINKS: Final[frozenset[str]] = frozenset({"of", "about", "to"})
PART_REACH: Final = 3  # modifiers between "its" and the part it owns: "its trucking subsidiary"


def asked_binder(
    lex: Lexicon,
    lows: Sequence[str],
    items: Sequence[Mention],
    i: int,
    type_of: Callable[[str], str],
    types: tuple[str, ...],
) -> str | None:
    """ "accused Denmoor of using its trucking subsidiary, P", "approached Tolland about selling
    its grid arm", "urged Marrow to sell its unit": an "its" owning a part of a firm, right
    after the act the asking verb's named object is accused of or asked about, is that object's
    part. A victim act ("accused D of poaching staff from its unit") is the accuser's, its
    sentence's first name when that name is the verb's subject; else None."""
    if lows[i] != "its" or not _owns_part(lex, lows, i):
        return None
    last = last_name(items, i, type_of, types)
    if last is None or last.i < 1 or not _asking_verb(lex, lows, last.i - 1):
        return None
    between = lows[last.j : i]
    if len(between) < 2 or len(between) > ACT_REACH or between[0] not in ASK_LINKS:
        return None
    act = between[1]
    if not (_gerund(act) if between[0] != "to" else act.isalpha() and act not in PREPOSITIONS):
        return None
    if STOPS.intersection(between) or CLAUSE_BREAKS.intersection(between):
        return None
    if act in data_words(lex, "bid_acts"):
        # "approached T about buying its arm": T's arm (the asker buys); "asked T to buy its
        # arm" may be either side's
        return last.ids[0] if between == ["about", act] else None
    victim = act in data_words(lex, "victim_acts") and act not in data_words(lex, "own_use_acts")
    if not victim:
        return last.ids[0] if len(between) == 2 else None
    first = items[0]
    verb = lows[first.j : last.i]
    if first.kind != "name" or len(first.ids) != 1 or len(verb) > 2 or first is last:
        return None
    return first.ids[0] if all(w.isalpha() for w in verb) else None


def _asking_verb(lex: Lexicon, lows: Sequence[str], k: int) -> bool:
    return lows[k] in data_words(lex, "asking_verbs") or _judging_verb(lex, lows, k)


def _owns_part(lex: Lexicon, lows: Sequence[str], i: int) -> bool:
    """ "its subsidiary", "its trucking arm": the pronoun owns a part of a firm."""
    parts = data_words(lex, "new_part_heads")
    for k in range(i + 1, min(len(lows), i + 2 + PART_REACH)):
        if lows[k] in parts:
            return True
        if not lows[k].replace("-", "").isalpha():
            return False
    return False


# words of a claim between its defendant and "its": ", alleging that waste from"
CLAIM_REACH: Final = 10


def claim_binder(
    lex: Lexicon,
    lows: Sequence[str],
    items: Sequence[Mention],
    i: int,
    type_of: Callable[[str], str],
    types: tuple[str, ...],
) -> str | None:
    """ "Ostrava sued Quenby, alleging that waste from its works in Tarrow fouled a river": an
    "its" owning a site in the claim that follows a suing or accusing verb's named object is
    the defendant's site, not the plaintiff's; else None."""
    if lows[i] != "its" or not _owns_site(lex, lows, i):
        return None
    last = last_name(items, i, type_of, types)
    if last is None or last.i < 1 or not _judging_verb(lex, lows, last.i - 1):
        return None
    between = lows[last.j : i]
    if len(between) < 3 or len(between) > CLAIM_REACH or between[0] != ",":
        return None
    if between[1] not in data_words(lex, "claim_participles") or STOPS.intersection(between[2:]):
        return None
    return last.ids[0]


def agent_binder(
    lex: Lexicon,
    lows: Sequence[str],
    items: Sequence[Mention],
    i: int,
    type_of: Callable[[str], str],
    types: tuple[str, ...],
) -> str | None:
    """ "The ferry was built by Veldt at its yard in Harnby", "came from Veldt, built at its
    Harnby yard": an "its" owning a site right after the maker of a making participle (its
    by-agent, or the name after "from"/"by" that the participle follows) is the maker's;
    else None."""
    if lows[i] != "its" or not _owns_site(lex, lows, i):
        return None
    last = last_name(items, i, type_of, types)
    if last is None or last.i < 2:
        return None
    made = data_words(lex, "made_participles")
    between = lows[last.j : i]
    if lows[last.i - 1] == "by" and lows[last.i - 2] in made:
        return last.ids[0] if len(between) == 1 and between[0] in PREPOSITIONS else None
    if len(between) != 3 or between[0] != "," or between[1] not in made:
        return None
    if between[2] in PREPOSITIONS and lows[last.i - 1] in ("from", "by"):
        return last.ids[0]
    return None


def relative_binder(
    lex: Lexicon,
    lows: Sequence[str],
    items: Sequence[Mention],
    i: int,
    type_of: Callable[[str], str],
    types: tuple[str, ...],
) -> str | None:
    """An "its" in a relative clause bound by the clause itself: its own named subject ("a
    valve which Morrow makes at its plant in Leeds": Morrow), or the firm owning the people
    the clause is about ("pressure on Kessel's board, which faces criticism from its biggest
    investor": Kessel); else None."""
    if lows[i] != "its":
        return None
    last = last_name(items, i, type_of, types)
    if last is None or last.i < 1:
        return None
    between = lows[last.j : i]
    if lows[last.i - 1] in WHICH_THAT and _plain_clause(between):
        return last.ids[0]  # "which Morrow makes at its plant"
    if between[:1] != ["'s"] or "," not in between:
        return None
    comma = between.index(",")
    heads = between[1:comma]
    if not heads or len(heads) > 2 or heads[-1] not in data_words(lex, "member_heads"):
        return None
    rest = between[comma + 1 :]
    if rest[:1] not in (["which"], ["who"]) or not _plain_clause(rest[1:]):
        return None
    return last.ids[0]  # "Kessel's board, which faces criticism from its investor"


Binder = Callable[
    [Lexicon, Sequence[str], Sequence[Mention], int, Callable[[str], str], tuple[str, ...]],
    str | None,
]


def passive_relative(
    lex: Lexicon,
    lows: Sequence[str],
    items: Sequence[Mention],
    i: int,
    type_of: Callable[[str], str],
    types: tuple[str, ...],
) -> str | None:
    """ "Selby Inks, which is being auctioned off by its owner Q", "Selby Inks, which its
    owner Q wants to auction off": an "its" after "by" in a subject relative on the name right
    before, or opening an object relative on it, is that name's; else None."""
    if lows[i] != "its" or i < 3 or lows[i - 1] not in ("by", "which"):
        return None
    last = last_name(items, i, type_of, types)
    if last is None:
        return None
    between = lows[last.j : i]
    if between == [",", "which"]:
        return last.ids[0]  # "Selby Inks, which its owner wants to auction off"
    if lows[i - 1] != "by" or between[:2] != [",", "which"] or not _plain_clause(between[2:]):
        return None
    return last.ids[0]


APPOSITIVE_REACH: Final = 8  # words of an appositive between a name and its relative clause


def own_relative(
    lex: Lexicon,
    lows: Sequence[str],
    items: Sequence[Mention],
    i: int,
    type_of: Callable[[str], str],
    types: tuple[str, ...],
) -> str | None:
    """ "its own" in a subject relative clause is the clause's subject, the relative's name,
    past an appositive set off by commas ("Corvel, its main rival in Asia, which is building its
    own engine": Corvel, not the firm "its main rival" is of); else None."""
    if lows[i] != "its" or lows[i + 1 : i + 2] != ["own"]:
        return None
    rel = next((k for k in range(i - 1, max(0, i - REACH - 1), -1) if lows[k] in RELATIVES), -1)
    if rel < 2 or lows[rel - 1] != "," or not _plain_clause(lows[rel + 1 : i]):
        return None
    end = rel - 1
    named = _name_ending(items, end, type_of, types)
    if named is not None:
        return named  # "Corvel, which is building its own engine"
    opening = next(
        (k for k in range(end - 1, max(0, end - APPOSITIVE_REACH - 2), -1) if lows[k] == ","), 0
    )
    if opening < 1 or lows[opening + 1] not in ARTICLES:
        return None
    return _name_ending(items, opening, type_of, types)


def _name_ending(
    items: Sequence[Mention], end: int, type_of: Callable[[str], str], types: tuple[str, ...]
) -> str | None:
    """The one entity of `types` a name mention ending at `end` names, else None."""
    m = next((m for m in items if m.j == end), None)
    return m.ids[0] if m is not None and single_name(m, type_of, types) else None


# tried in turn: "Corvel, its rival, which is building its own engine"; "B, which has its base
# in C"; "C says L ... its P"; "V's parent, Q, said its profits"; "fined V for shedding staff at
# its depots"; "which M makes at its plant"; "accused D of using its unit"; "sued Q, alleging
# ... its works"; "built by Veldt at its yard"; "... and its" in a second conjunct; "P, who
# founded L and remains its chief"; "the round in K, with its backer"; "Korvel and its directors"
CLAUSE_BINDERS: Final[tuple[Binder, ...]] = (
    own_relative,
    passive_relative,
    clause_binder,
    reported_binder,
    appositive_speaker,
    act_binder,
    relative_binder,
    asked_binder,
    claim_binder,
    agent_binder,
    conjunct_subject,
    relative_object,
    round_raiser,
    coordinated_owner,
)


def own_clause_binder(
    lex: Lexicon,
    lows: Sequence[str],
    items: Sequence[Mention],
    i: int,
    type_of: Callable[[str], str],
    types: tuple[str, ...],
) -> str | None:
    """The entity the pronoun at i stands for by its own clause: the first of the clause
    binders that binds it, else None."""
    for binder in CLAUSE_BINDERS:
        own = binder(lex, lows, items, i, type_of, types)
        if own is not None:
            return own
    return None


def _plain_clause(words: Sequence[str]) -> bool:
    """A clause's words up to the pronoun: some, within reach, no comma, stop or new clause."""
    if not words or len(words) > REACH:
        return False
    return not (STOPS.intersection(words) or CLAUSE_BREAKS.intersection(words))


def _gerund(word: str) -> bool:
    return word.endswith("ing") and len(word) > 4 and word.replace("-", "").isalpha()


def _judging_verb(lex: Lexicon, lows: Sequence[str], k: int) -> bool:
    """The word at k is an active verb of criticism or praise ("fined", "attacked",
    "praised": a DISPUTES or BACKS verb trigger), which judges its object for what it did."""
    hit = lex.triggers.match(list(lows), k)
    if not hit or hit[0] != 1:
        return False
    judged = ("DISPUTES", "BACKS")
    return any(
        t.family == "verb" and not t.reverse and any(x in judged for x in t.types) for t in hit[1]
    )


def own_clause_subject(lows: Sequence[str], items: Sequence[Mention], i: int, j: int) -> str | None:
    """The named subject of the clause a description at i..j is an object in, which it cannot
    stand for: "Gannet Infra will purchase 15% of the wind-farm company" (not Gannet); None
    across a reporting verb, a clause break or a quote ("X said the company would ...") and for
    a possessive description ("X cut jobs at the company's plant")."""
    if j < len(lows) and lows[j] in POSSESSIVE_MARKS:
        return None
    first = items[0] if items else None
    if first is None or first.kind != "name" or len(first.ids) != 1 or first.j >= i:
        return None
    between = lows[first.j : i]
    if REPORTING.intersection(between):
        return _reported_subject(lows, items, first.j, i)
    if any(m.i < i and m is not first for m in items):
        return None  # another name in between: whose clause is it?
    if _own_aside(between):
        return first.ids[0]  # "Brisk Air, which competes with the carrier", ", a rival of"
    if not between or STOPS.intersection(between) or CLAUSE_BREAKS.intersection(between):
        return None
    return first.ids[0]


def _reported_subject(lows: Sequence[str], items: Sequence[Mention], a: int, i: int) -> str | None:
    """The named subject of a reported clause the description at i is an object in: "Brisa
    said on Monday that Vessel had bought a stake in the company" (not Vessel); the name must
    open the clause, right after the reporting verb or its "that"."""
    r = max(k for k in range(a, i) if lows[k] in REPORTING)
    later = [m for m in items if r < m.i < i]
    if len(later) != 1 or later[0].kind != "name" or len(later[0].ids) != 1:
        return None
    m = later[0]
    if m.i != r + 1 and lows[m.i - 1] != "that":
        return None
    between = lows[m.j : i]
    if not between or STOPS.intersection(between) or CLAUSE_BREAKS.intersection(between):
        return None
    return m.ids[0]


def _own_aside(between: Sequence[str]) -> bool:
    """The words after a name open its own relative clause or appositive and run on to a
    description: ", which competes with", ", a rival of" (the description is someone else)."""
    if len(between) < 3 or between[0] != "," or STOPS.intersection(between[2:]):
        return False
    if CLAUSE_BREAKS.intersection(between[2:]):
        return False
    return between[1] in RELATIVES or (between[1] in ARTICLES and between[-1] == "of")


def _after_with(lows: Sequence[str], k: int) -> bool:
    """ "with Ulmar", "with the engine maker Ulmar": "with" opens the clause of the name at k."""
    m = k - 1
    while m >= 0 and k - m <= 4 and lows[m] != "with" and lows[m].isalpha():
        m -= 1
    return m >= 0 and lows[m] == "with"


def _owns_site(lex: Lexicon, lows: Sequence[str], i: int) -> bool:
    """ "its base", "its own shipyard", "its Leeds plant": the pronoun owns a site."""
    sites = site_nouns(lex)
    for k in range(i + 1, min(len(lows), i + 4)):
        w = lows[k]
        if w in sites:
            return True
        if not w.isalnum() or w in PREPOSITIONS or w in ARTICLES or w in AND_OR:
            return False
    return False


SUBJECT_PRONOUNS: Final = frozenset({"it", "he", "she"})
VERB_REACH = 3  # words between a subject pronoun and its verb's first object


def clause_objects(lows: Sequence[str], names: Sequence[Mention], i: int) -> set[str]:
    """The names a subject pronoun's own verb takes as objects, which the pronoun cannot stand
    for: "It accuses Tormund and Velling of ..." is neither Tormund nor Velling. Only a verb
    phrase of plain words right after the pronoun, and the names coordinated with its first
    object, count."""
    if lows[i] not in SUBJECT_PRONOUNS or (i > 0 and lows[i - 1] not in (",", '"', "``")):
        return set()
    after = sorted((m for m in names if m.i > i), key=lambda m: m.i)
    if not after or after[0].i - i - 1 > VERB_REACH or after[0].i == i + 1:
        return set()
    verb = lows[i + 1 : after[0].i]
    if not all(w.isalpha() and w not in PREPOSITIONS and w not in AND_OR for w in verb):
        return set()
    if REPORTING.intersection(verb):
        return set()  # "it said Velling would ...": the clause after is another's
    found = {after[0].ids[0]} if len(after[0].ids) == 1 else set()
    end = after[0].j
    for m in after[1:]:
        gap = lows[end : m.i]
        if not gap or not set(gap) <= {",", "and", "or", "both"}:
            break
        found.update(m.ids[:1] if len(m.ids) == 1 else ())
        end = m.j
    return found


OBJECT_REACH = 6  # words between a subject description and its verb's named object


def own_clause_object(lows: Sequence[str], items: Sequence[Mention], i: int, j: int) -> str | None:
    """The named object of the clause a description at i..j is the subject of, which it cannot
    stand for: "Tallis supplies Brisco. The miner sued Brisco in May" (not Brisco); None for
    a possessive or appositive description ("the miner's chief", "the miner, Brisco, said"),
    across a reporting verb or a clause break, and when another name comes between."""
    if j >= len(lows) or lows[j] in ("'s", "'", ",", "("):
        return None
    after = [m for m in items if m.i >= j]
    first = min(after, key=lambda m: m.i) if after else None
    if first is None or first.kind != "name" or len(first.ids) != 1:
        return None
    between = lows[j : first.i]
    if not between or len(between) > OBJECT_REACH or STOPS.intersection(between):
        return None
    if CLAUSE_BREAKS.intersection(between) or REPORTING.intersection(between):
        return None
    return first.ids[0]


SHARE_OF_WORDS = frozenset({"stake", "share", "majority", "percent", "holding", "rest"}) | {
    k[-1] for k in STAKE_FRACTIONS
}
SHARE_REACH = 4  # words between the share and "of it"


def share_of_it(lows: Sequence[str], i: int) -> bool:
    """The pronoun at i is "it" owned in part: "owns a quarter of it", "a 25% stake in it"
    (its antecedent is no subject of the clause: "A put 8m into B and owns half of it")."""
    if lows[i] != "it" or i < 2 or lows[i - 1] not in ("of", "in"):
        return False
    if RELATIVES.intersection(lows[:i]) or "that" in lows[:i]:
        return False  # "B, an investor that ... owns half of it": whose clause is it?
    before = lows[max(0, i - 1 - SHARE_REACH) : i - 1]
    return any("%" in w or w in SHARE_OF_WORDS for w in before)


def funded_passive(lex: Lexicon, lows: Sequence[str], i: int) -> bool:
    """ "It will be funded by B", "It is being paid for by B": "it" opens the sentence as the
    subject of a funding passive (what is funded is a project, not the company before)."""
    if i != 0 or lows[i] != "it":
        return False
    passives = data_words(lex, "funded_passives")
    for k in range(i + 2, min(len(lows) - 1, i + 6)):
        if lows[k] == "by":
            one, two = lows[k - 1], " ".join(lows[k - 2 : k])
            return lows[i + 1] in AUXILIARIES and (one in passives or two in passives)
    return False
