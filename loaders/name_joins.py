"""Names that run across words the name chunker would stop at: lower-case Romance particles
("Fédération des Dockers de Marseille", "Caisse des Marchés de l'Ouest", "Caisse d'Épargne"),
a country closing a national arm's name ("Tarn Haulage UK", "Farm Action Kenya"), and "and"
between two sectors of a public institution ("Regional Savings and Pension Fund").

`loaders.mentions` joins capitalized words into runs, and `loaders.long_names` carries an
institution's name across "of the", "and" and commas; these helpers say how far a run goes
past a connector the others do not read.

>>> from loaders.lexicon import Lexicon
>>> from loaders.mentions import analyze
>>> names = lambda text: [c.text for c in analyze(text, 0, Lexicon.load()).cands]
>>> names("The Union des Producteurs de Lait called the cut illegal.")
['Union des Producteurs de Lait']
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Final

from loaders.gazetteer import city_names, region_names
from loaders.lexicon import per_lexicon
from loaders.non_names import NonNames, data_words

if TYPE_CHECKING:
    from loaders.lexicon import Lexicon

ELIDED = frozenset({"'"})  # "d'", "l'": lower-cased tokens fold "’" into "'" (tokens.tokenize)
# lower-case particles the chunker's own list (`mentions.PARTICLES`) lacks
ROMANCE_PARTICLES: Final = frozenset({"des", "aux"})


def romance_particle(j: int, lows: list[str], name: Callable[[int], bool]) -> int:
    """End of the particle at token j before the next name word ("des", "de l'", "d'"), so
    the run goes on past it; j when there is none."""
    n = len(lows)
    low = lows[j]
    if low in ROMANCE_PARTICLES and name(j + 1):
        return j + 1  # "Union des Producteurs"
    if low == "de" and j + 3 < n and lows[j + 1] == "l" and lows[j + 2] in ELIDED:
        return j + 3 if name(j + 3) else j  # "de l'Ouest"
    if low in ("d", "l") and j + 2 < n and lows[j + 1] in ELIDED and name(j + 2):
        return j + 2  # "Caisse d'Épargne"
    return j


ROMANCE_OF = frozenset({"de", "di", "du", "da", "do", "del", "della", "des"})


def place_closing_name(i: int, j: int, k: int, e: int, lows: list[str], lex: Lexicon) -> bool:
    """A known place at [k, e) closing the run [i, j) belongs to the name: after a Romance
    "of" ("Fédération des Dockers de Marseille"), or a country after two or three plain name
    words ("Tarn Haulage UK", "Farm Action Kenya": a national arm or chapter)."""
    if e != j or k - i < 2:
        return False
    if lows[k - 1] in ROMANCE_OF:
        return True
    if lows[i] in lex.campaign_verbs and lows[i + 1] == "the" and k - i <= 5:
        return is_country(lows[k:e], lex)  # "Save the Moors UK": a campaign's national arm
    if k - i > 3 or not is_country(lows[k:e], lex):
        return False
    plain = lex.stopwords | lex.first_names | lex.org_words | lex.legal_suffixes
    if k - i == 2 and lows[i] not in plain and _content_stopword(lows[i + 1], lex):
        return lows[i].isalpha() and lows[i + 1] not in lex.first_names  # "Brook Watch UK"
    return all(w.isalpha() and w not in plain for w in lows[i:k])


def _content_stopword(word: str, lex: Lexicon) -> bool:
    """A stop-word that may end a group's name before its country ("Brook Watch UK",
    "Children First Norway"): no function word ("Orlo Over UK") nor verb ("Orlo Says UK")."""
    if word not in lex.stopwords or len(word) <= 3 or not word.isalpha():
        return False
    return word not in NonNames.of(lex).never_open and word not in data_words(
        lex, "possessive_name_followers"
    )


def is_country(words: list[str], lex: Lexicon) -> bool:
    """A known place that is neither a city nor a region of the gazetteer: a country."""
    hit = lex.known_phrases.lookup(tuple(words))
    if not hit or hit[1] != "Location":
        return False
    canonical = hit[0].lower()
    return canonical not in city_names() and canonical not in region_names()


def country_arm(i: int, j: int, lows: list[str], lex: Lexicon) -> bool:
    """The run [i, j) is two or three plain words and a country: "Fishing Rights Senegal", a
    name whose first word ("Fishing") would otherwise read as a verb opening the sentence."""
    for size in (1, 2):
        if 2 <= j - size - i <= 3 and place_closing_name(i, j, j - size, j, lows, lex):
            return is_country(lows[j - size : j], lex)
    return False


def sector_and_name(
    i: int, j: int, lows: list[str], name: Callable[[int], bool], lex: Lexicon
) -> int:
    """End of "Regional Savings and Pension Fund", "Provincial Mining and Energy Corporation"
    when the run [i, j) is an institution's adjective and a sector word and token j is "and",
    else j: the part after "and" ends in an organization word and names no party of its own."""
    start = i + 1 if lows[i] == "the" else i
    if j - start != 2 or lows[j] != "and" or not name(j + 1):
        return j
    adjectives = _institution_adjectives(lex)
    if lows[start] not in adjectives or lows[start + 1] in lex.first_names:
        return j
    if lows[j - 1] in lex.of_heads or lows[j - 1] in lex.public_bodies:
        return j  # "the Central Bank and Finance Ministry": two bodies
    e = j + 1
    while name(e) and e - j <= 3:
        e += 1
    part = lows[j + 1 : e]
    if not 2 <= len(part) <= 3 or any(w in lex.first_names for w in part):
        return j
    sectors = _sectors(lex)
    if part[0] not in sectors or lex.known_phrases.lookup((part[0],)):
        return j  # "National Grid and Orlo Power Board": a party of its own after "and"
    last = part[-1].rstrip(".")
    ends = last in lex.org_words or last in lex.public_bodies or last in lex.legal_suffixes
    return e if ends else j


@per_lexicon
def _institution_adjectives(lex: Lexicon) -> frozenset[str]:
    """The adjectives that open an institution's name in `sector_and_name` (once per lexicon)."""
    return lex.name_openers | lex.name_adjectives | data_words(lex, "institution_adjectives")


@per_lexicon
def _sectors(lex: Lexicon) -> frozenset[str]:
    """The sector words after "and" in `sector_and_name` (once per lexicon)."""
    return lex.org_words | data_words(lex, "sector_words")


@per_lexicon
def _body_fields(lex: Lexicon) -> frozenset[str]:
    """The fields of `field_and_body` (once per lexicon)."""
    fields = NonNames.of(lex).fields | data_words(lex, "sector_words")
    return fields | data_words(lex, "field_words")


@per_lexicon
def _body_ends(lex: Lexicon) -> frozenset[str]:
    """A public body's last words in `field_and_body` (once per lexicon)."""
    return lex.public_bodies | data_words(lex, "field_body_ends")


def field_and_body(
    i: int, j: int, lows: list[str], name: Callable[[int], bool], lex: Lexicon
) -> int:
    """End of "Tarsa Energy and Water Authority", "Clean Energy and Mobility Fund" when the run
    [i, j) is two words ending in a field ("Energy") and token j is "and", else j: the part
    after "and" is fields and a public body's word, no name of its own (but "Harlow Mining and
    Tarrow Port Authority": two parties)."""
    start = i + 1 if lows[i] == "the" else i
    if j - start != 2 or lows[j] != "and" or not name(j + 1):
        return j
    fields = _body_fields(lex)
    if lows[j - 1] not in fields or lows[start] in lex.first_names:
        return j
    e = j + 1
    while name(e) and e - j <= 3:
        e += 1
    part = lows[j + 1 : e]
    ends = _body_ends(lex)
    if not 2 <= len(part) <= 3 or part[-1].rstrip(".") not in ends:
        return j
    return e if all(w in fields for w in part[:-1]) else j


def comma_ampersand(i: int, j: int, lows: list[str], name: Callable[[int], bool]) -> int:
    """End of "Hale, Morrow & Tate" (a partnership of surnames) when the run [i, j) is one word
    and token j is the comma, else j."""
    if j - i != 1 or lows[j] != "," or j + 3 >= len(lows):
        return j
    if name(j + 1) and lows[j + 2] == "&" and name(j + 3) and not name(j + 2):
        return j + 4
    return j
