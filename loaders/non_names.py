"""Capitalized words and phrases of business writing that name no entity where they stand.

The name chunker (`loaders.mentions`) takes every run of capitalized words as a candidate; these
checks drop the candidates that, by their words and what stands around them, are no entity of
the schema (the words live in `loaders/data/lexicon.yaml` under `non_names`):

- a department, sector or portfolio before a person's title: "Finance Director Omar Haddad",
  "Retail consultant Gemma Ash", "Ohio Banking Superintendent Ada Fulk" (`fields`);
- a word that is no entity on its own though it may open a name: a currency ("Sterling fell",
  but "Sterling Bank"), a holiday ("over Thanksgiving"), a period ("in H1") (`alone`);
- a plural acronym: "two GPs", "the ICUs", "its SUVs";
- a route or trade lane: "its Tarnby-to-Orbe trains", "its Europe-East Asia loops";
- a stock index: "the Nordbay 40 index" (`index`);
- a press release's defined terms and reported figures: "the Offer", "the Purchaser", "Net
  Sales", "Full Year" (`terms`);
- a compound with a lower-case part: "Year-round upkeep", "Low-cost carriers";
- a sentence's first word before a plural of a sector's members: "Dairy farmers sued X";
- a sentence's first word describing the name after it: "Handheld console maker Ouro",
  "Mobile game publisher Ouvo Play" (not "Harlow unit Orlo" or "Kesta chip supplier Volt":
  a role or a business tie, `ties`, makes it a party).

>>> from loaders.lexicon import Lexicon
>>> from loaders.mentions import analyze
>>> names = lambda text: [c.text for c in analyze(text, 0, Lexicon.load()).cands]
>>> names("Finance Director Omar Haddad said Sterling fell over Thanksgiving.")
['Omar Haddad']
>>> names("Orlo sold Kelbury Town to Sterling Bank in H1, two GPs said.")
['Orlo', 'Kelbury Town', 'Sterling Bank']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from loaders.grammar_words import INDEFINITE_ARTICLES, POSSESSIVE_MARKS, POSSESSIVES
from loaders.lexicon import nationality, phrase_set, word_set
from loaders.list_layouts import item_verbs

if TYPE_CHECKING:
    from loaders.lexicon import Lexicon
    from loaders.mentions import Analysis, Candidate

PLURAL_ACRONYM: Final = re.compile(r"^[A-Z]{2,5}s$")  # "GPs", "ICUs", "SUVs"
CASE_CODE: Final = re.compile(r"^[A-Z]{1,4}-[0-9]{2,}-[0-9A-Z]{2,}$")  # "KX-2026-0041"
# endings of a people's adjective that no brand shares ("the Maserati brand", "the Atlantic
# coast" keep their names): "the Corvish savings bank", "the Norwegian fund"
PEOPLE_ENDINGS: Final = ("ish", "ian", "ean", "ese")


@dataclass(frozen=True)
class NonNames:
    """The word lists of `non_names` (see loaders/data/README.md)."""

    fields: frozenset[str]
    alone: frozenset[str]
    terms: frozenset[str]
    calendar: frozenset[str]
    index_nouns: frozenset[str]
    ties: frozenset[str]
    never_open: frozenset[str]
    labels: frozenset[str]
    modifiers: frozenset[str]
    degrees: frozenset[str]
    sections: frozenset[str]
    openers: frozenset[str]
    styles: frozenset[str]
    breeds: frozenset[str]
    name_styles: frozenset[str]

    @classmethod
    def of(cls, lex: Lexicon) -> NonNames:
        cached = lex.derived.get(NonNames)
        if cached is None:
            spec = lex.data.get("non_names") or {}
            keys = (
                *("fields", "alone", "terms", "calendar", "index", "ties", "never_open"),
                *("labels", "modifiers", "degrees", "sections", "openers", "styles"),
                *("breeds", "name_styles"),
            )
            cached = cls(*(word_set(spec.get(k)) for k in keys))
            lex.derived[NonNames] = cached
        return cached


def non_names(a: Analysis, lex: Lexicon) -> list[Candidate]:
    """The candidates of an analysed sentence that may be entities (see the module doc)."""
    titles = {i for i, _ in a.titles} | {i for i, _, role in a.roles if role.person_holder}
    starts = {c.i for c in a.cands}
    nn = NonNames.of(lex)
    return [c for c in a.cands if c.known or not no_entity(c, a, titles, starts, nn, lex)]


def no_entity(
    c: Candidate, a: Analysis, title_starts: set[int], starts: set[int], nn: NonNames, lex: Lexicon
) -> bool:
    """The unknown candidate names nothing where it stands (see the module doc)."""
    lows = a.lows
    span = lows[c.i : c.j]
    if c.j in title_starts and _portfolio(c, a, nn, lex):
        return True  # "Finance Director Omar Haddad", "Retail consultant Gemma Ash"
    if _department_of(c, a, nn):
        return True  # "Director of Procurement", "Head of Logistics"
    if " ".join(span) in nn.alone or all(w in nn.terms for w in span):
        return True  # "Sterling fell", "over Thanksgiving", "the Nikkei", "the Offer"
    if c.initial and c.j - c.i == 1 and lows[c.i] in nn.openers:
        return True  # "Bondholders backed the plan", "Exports fell": a common noun
    if _degree(c, a, nn):
        return True  # "an MBA", "a Master of Science", "a PhD in Chemistry"
    if c.j - c.i == 1 and _one_word(c, a, starts, nn, lex):
        return True
    if c.j - c.i == 1 and lows[c.i] in nn.labels and (_line_label(c, lows) or _cell(c, lows)):
        return True  # "Key facts:", "Value: $2bn", "| Holder | Stake |"
    if _kicker(c, a, nn, lex):
        return True  # "Energy | Hydrogen": a kicker line's sector and subsector
    if _section_label(c, a, nn) or _caps_label(c, a):
        return True  # "Market Wrap:", "Live Updates:", "Executive Summary:", "IN THE DOCK."
    if _route(c, a, lex):
        return True
    if _family(c, a, lex):
        return True  # "the Lusk family", "the Mabry founding family", "the Orr brothers"
    # "the Nordbay 40 index"
    return c.j < len(lows) and a.toks[c.j].text.islower() and lows[c.j] in nn.index_nouns


def _one_word(c: Candidate, a: Analysis, starts: set[int], nn: NonNames, lex: Lexicon) -> bool:
    """ "two GPs" (a plural acronym), "(ORLO.OL)" (an exchange code), "Year-round upkeep" (a
    compound with a lower-case part), "Handheld console maker Ouro" (a sentence's first word
    describing the name after it)."""
    text = a.toks[c.i].text
    if PLURAL_ACRONYM.match(text) or CASE_CODE.match(text):
        return True  # "two GPs", "claim number KX-2026-0041"
    if _ticker_suffix(c.i, a) or _listed_ticker(c.i, a):
        return True
    if _style(c, a, nn, lex):
        return True  # "The Edwardian building", "its Victorian terraces": a period's style
    possessed = c.i > 0 and a.lows[c.i - 1] in BEFORE_POSSESSED
    if c.j < len(a.toks) and a.toks[c.j].text.islower() and a.lows[c.j] in nn.breeds:
        return not possessed  # "Highland cattle", "Shetland ponies"; not "its Oswen beef"
    tail = text.rpartition("-")[2]
    if tail != text and tail.isalpha() and tail.islower():
        return True  # not "Stoke-on-Trent"
    if _nationality(text, lex):  # "Bavarian rival Kessen Stahl", "Franco-Italian maker X"
        if c.i > 0 and a.lows[c.i - 1] in INDEFINITE_ARTICLES and c.j < len(a.toks):
            return a.toks[c.j].text.islower()  # "a Cornish milk producer": an adjective
        if c.i > 0 and a.lows[c.i - 1] == "the" and c.j < len(a.toks):
            if text.lower().endswith(PEOPLE_ENDINGS) and a.toks[c.j].text.isalpha():
                return a.toks[c.j].text.islower()  # "Kutra, the Corvish savings bank"
        return _describes_next(c.j, a, starts, nn, lex, adjective=True)
    if c.initial and _sector_members(c.j, a, lex):
        return True  # "Dairy farmers sued Glenmoor", "Steel producers criticised X"
    if c.initial and _listed_rivals(c.j, a, lex):
        return True  # "Key competitors of Orlo include X": an adjective, no name
    return c.initial and _describes_next(c.j, a, starts, nn, lex)


BEFORE_POSSESSED: Final[frozenset[str]] = POSSESSIVES | frozenset({"'s", "'", "whose"})
STYLE_DETERMINERS: Final[frozenset[str]] = frozenset(
    {"the", "a", "an", "its", "their", "his", "her", "our", "'s", "'", "this", "two", "three"}
)


def _style(c: Candidate, a: Analysis, nn: NonNames, lex: Lexicon) -> bool:
    """A period's or a style's adjective before a noun it modifies, after an article or a
    possessive; a style that also names brands not after a possessive ("its Regency hotel
    chain")."""
    low = a.lows[c.i]
    if low not in nn.styles or not _before_noun(c.j, a, lex) or not _determined(c.i, c.j, a):
        return False
    return low not in nn.name_styles or c.i == 0 or a.lows[c.i - 1] not in BEFORE_POSSESSED


def _determined(i: int, j: int, a: Analysis) -> bool:
    """An article or possessive right before token i ("the Edwardian building"), or a hyphen
    compound at j ("builds Victorian-style houses")."""
    return (i > 0 and a.lows[i - 1] in STYLE_DETERMINERS) or a.lows[j : j + 1] == ["-"]


def _before_noun(j: int, a: Analysis, lex: Lexicon) -> bool:
    """A lower-case word at j that the name before it may modify: not a verb of saying nor a
    function word ("Gothic said", "Regency is")."""
    if j + 1 < len(a.toks) and a.toks[j].text == "-":
        j += 1  # "Victorian-style houses"
    if j >= len(a.toks) or not a.toks[j].text.isalpha() or not a.toks[j].text.islower():
        return False
    word = a.lows[j]
    return word not in lex.person_cues.speech and word not in lex.stopwords


DEGREE_SUBJECT_LINKS: Final[frozenset[str]] = frozenset({"in", "of"})


def _degree(c: Candidate, a: Analysis, nn: NonNames) -> bool:
    """An academic degree (`degrees`: "an MBA", "a Master of Science") or its subject after
    "in" or "of" ("a PhD in Chemistry", "a degree in Economics"): no entity."""
    lows = a.lows
    if c.j - c.i == 1 and lows[c.i] in nn.degrees:
        return True
    k = c.i
    return k > 1 and lows[k - 1] in DEGREE_SUBJECT_LINKS and lows[k - 2] in nn.degrees


# lower-case words between a family's surname and its group noun: "the Mabry founding family"
FAMILY_MODIFIERS: Final = frozenset({"founding", "controlling", "owning", "founder", "ruling"})


VEHICLE_REACH = 5  # words from a family noun to its vehicle's name ("family holding company,")


def _family(c: Candidate, a: Analysis, lex: Lexicon) -> bool:
    """A surname between "the" and a lower-case group noun names a family, which is no entity
    (not "the Lusk family's", nor a name the group noun ends: "Orr Brothers")."""
    lows = a.lows
    k = c.j + (c.j < len(lows) and lows[c.j] in FAMILY_MODIFIERS)
    if lows[c.j : c.j + 2] in (["founders", "'"], ["founder", "'s"]):
        k = c.j + 2  # "the Vellan founders' family"
    # "the founding Lusk family": the role before the surname
    role = c.i >= 2 and lows[c.i - 2] == "the" and lows[c.i - 1] in FAMILY_MODIFIERS
    # "the Lyon-based Ferrand family": a base between "the" and the surname
    based = c.i >= 4 and lows[c.i - 4] == "the" and lows[c.i - 2 : c.i] == ["-", "based"]
    if c.i < 1 or (lows[c.i - 1] != "the" and not role and not based):
        return False
    if k >= len(lows) or lows[k] not in lex.group_nouns:
        return False
    if not a.toks[k].text.islower() or (k + 1 < len(lows) and lows[k + 1] in POSSESSIVE_MARKS):
        return False
    # only where the sentence names the family's vehicle ("via Lusk Holdings") or its role
    # ("founding family"), or the family is bought out ("bought out the Lusk family"):
    # elsewhere a family may stand as a holder in its own right
    if role or k > c.j or _vehicle_after(k + 1, a) or lows[c.i - 2 : c.i - 1] == ["out"]:
        return True
    return _own_vehicle(c, k + 1, a, lex)


def _own_vehicle(c: Candidate, k: int, a: Analysis, lex: Lexicon) -> bool:
    """ "the Ferrand family investment firm Ferrand Beheer", "the Danner family's holding
    company, Danner Beheer": a name opening with the family's surname a few words on, the
    family premodifying a noun (not "the Lund family, Lund Invest": an appositive's anchor)."""
    lows, word = a.lows, a.lows[c.i]
    for d in a.cands:
        if d.i <= k or d.i - k > VEHICLE_REACH or d.j - d.i < 2 or lows[d.i] != word:
            continue
        between = [t.text for t in a.toks[k : d.i] if t.text != ","]
        if all(w.isalpha() and w.islower() for w in between) and any(
            lex.heads.lookup((w,)) == "Organization" for w in between
        ):
            return True  # "investment firm", "holding company": the family's vehicle
    return False


def _vehicle_after(k: int, a: Analysis) -> bool:
    """ "via Lusk Holdings", "through its investment company, Ferro Holding": a named vehicle
    after k."""
    starts = {c.i for c in a.cands}
    for v in (x for x in range(k, len(a.lows)) if a.lows[x] in ("via", "through")):
        m = next((x for x in range(v + 1, min(len(a.lows), v + 6)) if x in starts), -1)
        if m == v + 1 or (m > 0 and a.lows[v + 1] in ("its", "their", "a", "an")):
            return True
    return False


def _nationality(text: str, lex: Lexicon) -> bool:
    """A nationality adjective ("Bavarian", "Danish"), also joined to combining forms of others
    ("Franco-Italian", "Anglo-Dutch", "Sino-German")."""
    *firsts, last = text.lower().split("-")
    if not (nationality(last) or lex.demonym(last) or (firsts and last in lex.stopwords)):
        return False  # "German", "Dutch": short ones are listed among the stopwords
    return all(w.isalpha() and (w.endswith("o") or nationality(w)) for w in firsts)


LABEL_REACH = 2  # "Key facts:": lower-case words between a label's first word and its colon


def _line_label(c: Candidate, lows: list[str]) -> bool:
    """The candidate opens the sentence (after a bullet or dash) and a colon ends the label it
    opens within `LABEL_REACH` words ("Key facts:", "- Buyer: X", "Value: $2bn"), or it is the
    whole sentence ("Overview.")."""
    if c.i > 1 or (c.i == 1 and lows[0] not in BULLETS):
        return False
    if lows[c.j :] in ([], ["."]):
        return True  # "Overview." or "Background" alone: a section's heading
    for k in range(c.j, min(c.j + LABEL_REACH + 1, len(lows))):
        if lows[k] == ":":
            return True
        if not lows[k].isalpha():
            return False
    return False


BULLETS: Final[frozenset[str]] = frozenset(["-", "--", "–", "—", "•", "*", "·"])


def _cell(c: Candidate, lows: list[str]) -> bool:
    """The candidate fills a cell of a table's row: "| Holder | Stake |", "Holder | Country"."""
    return (c.i > 0 and lows[c.i - 1] == "|") or (c.j < len(lows) and lows[c.j] == "|")


KICKER_WORDS = 6  # "Food & Farming | Dairy", "Energy | Offshore Wind"


def _kicker(c: Candidate, a: Analysis, nn: NonNames, lex: Lexicon) -> bool:
    """A kicker line: a sector, "|" and a subsector, all capitalized, alone as a sentence
    ("Energy | Hydrogen", "Food & Farming | Dairy"); not a table's row of names ("Buyer | Velmar
    Power"), whose first cell is no sector word."""
    toks, lows = a.toks, a.lows
    if "|" not in a.words or len(lows) > KICKER_WORDS or lows.count("|") != 1:
        return False
    bar = lows.index("|")
    words = [t.text for t in toks if t.text not in ("|", "&", "/", ".")]
    if not words or not all(w[:1].isupper() for w in words):
        return False
    return all(_sector_word(w, nn, lex) for w in lows[:bar] if w not in ("&", "/"))


def _caps_label(c: Candidate, a: Analysis) -> bool:
    """A line of two to five words all in capitals, alone as a sentence: a column's section
    label ("IN THE DOCK.", "GOSSIP CORNER."), no entity."""
    toks = a.toks
    words = [t.text for t in toks if t.text not in BULLETS and t.text not in ".:!"]
    if not 2 <= len(words) <= 5 or not all(w.isalpha() and w.isupper() for w in words):
        return False
    return c.j - c.i == len(words)


def _section_label(c: Candidate, a: Analysis, nn: NonNames) -> bool:
    """The candidate ends in a section's noun (`sections`) right before a colon, with only
    capitalized words (or a bullet) before it on the line: a newsletter's or live blog's label
    ("Market Wrap:", "Live Updates:", "- Deal Watch:")."""
    lows, toks = a.lows, a.toks
    if c.j >= len(lows) or lows[c.j] != ":" or lows[c.j - 1] not in nn.sections:
        return False
    return all(lows[k] in BULLETS or toks[k].text[:1].isupper() for k in range(c.i))


def _sector_members(k: int, a: Analysis, lex: Lexicon) -> bool:
    """A lower-case plural of a sector's members or goods (`sector_members`) at token k after a
    sentence's first word: the word is the sector ("Dairy farmers", "Steel producers", "Grain
    prices"), no name ("Kesta shares", "Orlo workers": a company's own things are not listed)."""
    toks = a.toks
    if k >= len(toks) or not toks[k].text.islower():
        return False
    return a.lows[k] in data_words(lex, "sector_members")


# what follows a plural rival noun that opens a list of rivals: "Key competitors of X",
# "Closest rivals include X" (not "Halvik rivals Quillex in size": a verb)
RIVAL_LIST_LINKS: Final[frozenset[str]] = frozenset(
    {"of", "include", "includes", "included", "including", "are", "were", "such", "like"}
)


def _listed_rivals(k: int, a: Analysis, lex: Lexicon) -> bool:
    """A lower-case plural rival noun (`rivalry.rival_nouns`) at token k after a sentence's
    first word, opening a list of rivals: the word describes them ("Key competitors of Orlo
    include X", "Fierce rivals such as X"), no name."""
    toks, lows = a.toks, a.lows
    if k + 1 >= len(toks) or not toks[k].text.islower() or not lows[k].endswith("s"):
        return False
    nouns = word_set((lex.data.get("rivalry") or {}).get("rival_nouns"))
    return lows[k] in nouns and lows[k + 1] in RIVAL_LIST_LINKS


def _ticker_suffix(i: int, a: Analysis) -> bool:
    """ "(ORLO.OL)", "(KEST.L)": an exchange code glued by a period to a ticker in capitals."""
    toks = a.toks
    if i < 2 or toks[i - 1].text != "." or not toks[i - 2].text.isupper():
        return False
    return toks[i - 2].end == toks[i - 1].start and toks[i - 1].end == toks[i].start


def _listed_ticker(i: int, a: Analysis) -> bool:
    """ "(NYSE: CRV)", "(LSE:CRV)", "(BRI.LS)": a ticker in capitals in the bracket of a listing,
    after an exchange and a colon or before a period and an exchange code."""
    toks = a.toks
    n = len(toks)
    if not toks[i].text.isupper():
        return False
    if i + 1 < n and toks[i + 1].text == ")" and i >= 3 and toks[i - 1].text == ":":
        return any(toks[p].text == "(" for p in range(max(0, i - 5), i - 2))
    return (
        i >= 1
        and i + 3 < n
        and toks[i - 1].text == "("
        and toks[i + 1].text == "."
        and toks[i + 2].text.isupper()
        and toks[i + 3].text == ")"
    )


DESCRIBING_REACH = 3  # "Handheld console maker Ouro": lower-case words up to the head noun


def _describes_next(
    k: int, a: Analysis, starts: set[int], nn: NonNames, lex: Lexicon, adjective: bool = False
) -> bool:
    """From token k, a few lower-case words end in a descriptor noun (`heads`) right before
    another name: "lender Corran Homes", "console maker Ouro". A role word right after the first
    name ("Harlow unit Orlo", "Tesla rival X"; not after an `adjective`: "Bavarian rival X") or a
    noun of a business tie (`ties`: "Harlow chip supplier X") makes the first name a party."""
    lows, toks = a.lows, a.toks
    m = k
    while m < len(lows) and m - k < DESCRIBING_REACH and toks[m].text.isalpha():
        w = lows[m]
        if not toks[m].text.islower() or w in nn.ties:
            return False
        if w in lex.roles and m == k and not adjective:
            return False
        if _finite_verb(w, lex):
            return False  # "Quillex bought battery maker Voltrix": the first name's verb
        m += 1
        if m in starts:
            if m == k + 1 and w in lex.place_heads and not adjective:
                if _sector_word(a.lows[k - 1], nn, lex):
                    return True  # "Cobalt miner Tervane", "Dairy cooperative Greenvale"
                return False  # "Hoboken startup Tovren": a place (loaders.place_cues)
            head = lex.heads.lookup((w,))
            return (head is not None and head != "Person") or w in lex.roles
    return False


def _finite_verb(w: str, lex: Lexicon) -> bool:
    """A trigger verb in a past or third-person form ("bought", "sued", "backs"): a clause's verb,
    never a modifier inside a descriptor ("console maker"; bare forms such as "fund" or "market"
    may be nouns there: "Pension fund manager X")."""
    if w not in item_verbs(lex):
        return False
    return w.endswith(("ed", "s")) or w in lex.irregular_participles


def _sector_word(word: str, nn: NonNames, lex: Lexicon) -> bool:
    """An ordinary word for a sector, a good or a kind of business ("Cobalt miner X", "Dairy
    cooperative X", "Aircraft lessor X", "Regional airline X"), not a place before its noun."""
    if word in nn.fields or word in nn.modifiers or word in lex.kinds:
        return True
    return lex.heads.lookup((word,)) is not None


def _portfolio(c: Candidate, a: Analysis, nn: NonNames, lex: Lexicon) -> bool:
    """The candidate's words are a portfolio ("Finance", "Human Resources"), maybe after a
    place whose portfolio it is ("Ohio Banking Superintendent")."""
    span = a.lows[c.i : c.j]
    k = len(span)
    while k > 0 and span[k - 1] in nn.fields:
        k -= 1
    if k == len(span):
        return False
    return k == 0 or lex.known_type(" ".join(t.text for t in a.toks[c.i : c.i + k])) == "Location"


def _department_of(c: Candidate, a: Analysis, nn: NonNames) -> bool:
    """A portfolio after a person's title and "of" ("Director of Procurement", "Head of
    Human Resources"): part of the title, no entity."""
    if c.i < 2 or a.lows[c.i - 1] != "of":
        return False
    ends = {j for _, j in a.titles} | {j for _, j, role in a.roles if role.person_holder}
    if c.i - 1 not in ends and a.lows[c.i - 2] not in ("head", "heads"):
        return False
    return all(w in nn.fields for w in a.lows[c.i : c.j])


def _route(c: Candidate, a: Analysis, lex: Lexicon) -> bool:
    """ "its Tarnby-to-Orbe trains", "its Europe-East Asia loops": two places joined by a
    hyphen (or "-to-") before a common noun are a route, no entity."""
    text = c.text
    if "-to-" in text:
        return True
    if "-" not in text or c.j >= len(a.toks) or not a.toks[c.j].text.islower():
        return False
    head, _, tail = text.partition("-")
    return lex.known_type(head) == "Location" and lex.known_type(tail) == "Location"


def data_words(lex: Lexicon, key: str) -> frozenset[str]:
    """The lower-cased phrases of the lexicon's list `key`, read once per lexicon (kept in its
    `word_lists`)."""
    words = lex.word_lists.get(key)
    if words is None:
        items = lex.data.get(key) or []
        words = lex.word_lists[key] = phrase_set(items)
    return words


def calendar_word(word: str, lex: Lexicon) -> bool:
    """A day, month, season or holiday ("on Friday"), or a preposition or adverb ("Like Kesta
    Foods, ..."): it opens no name, even one that ends in an organization word."""
    nn = NonNames.of(lex)
    return word in nn.calendar or word in nn.never_open
