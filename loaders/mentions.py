"""Entity mentions in a sentence: capitalized name runs, known names, and the cues that type them.

A mention candidate is a run of name tokens ("Elon Musk", "Bank of America", "xAI", "U.S.")
split at role and title words ("Tesla CEO Elon Musk" is Tesla, a role, and Elon Musk). Each
candidate carries type votes from its context (`loaders.type_cues`, `loaders.person_cues`,
`loaders.place_cues`): known names, organization suffixes, the role or title next to it,
descriptor nouns ("the social media platform X", "X, a startup"), given names, and the shape
of the word (camel-case brands such as xAI or SoftBank).

>>> from loaders.lexicon import Lexicon
>>> a = analyze("Tesla CEO Elon Musk met OpenAI chief Sam Altman.", 0, Lexicon.load())
>>> [(c.text, c.best()) for c in a.cands]  # doctest: +NORMALIZE_WHITESPACE
[('Tesla', 'Organization'), ('Elon Musk', 'Person'),
 ('OpenAI', 'Organization'), ('Sam Altman', 'Person')]
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Final

from loaders.cue_mask import cue_table, mask_of
from loaders.foreign_heads import foreign_heads
from loaders.founded_events import founded_event
from loaders.gazetteer import compass_place, compass_places, place_names, region_names
from loaders.labour_bodies import labour_body_end
from loaders.letter_amounts import letter_amounts
from loaders.lexicon import (
    AMBIGUOUS,
    PLACE_ADJECTIVE_ENDS,
    Lexicon,
    Role,
    firsts,
    nationality,
    per_lexicon,
)
from loaders.list_layouts import item_verbs
from loaders.long_names import (
    RIVER_TOWN_PARTICLES,
    and_body,
    campaign,
    family_body,
    listed_body,
    listed_tail,
    of_the,
    portfolio_end,
    river_town,
)
from loaders.name_fragments import listing_prefix
from loaders.name_joins import (
    comma_ampersand,
    country_arm,
    field_and_body,
    is_country,
    place_closing_name,
    romance_particle,
    sector_and_name,
)
from loaders.name_shape import shape_votes
from loaders.non_names import NonNames, calendar_word, data_words, non_names
from loaders.person_cues import credit_names, person_votes
from loaders.place_cues import office_before, place_votes
from loaders.place_people import Reading, modifies, people_of_place
from loaders.placed_names import place_in_firm_name
from loaders.relations.made_ties import MAKING
from loaders.relations.words import AND_OR, BOARD_NOUNS, DASHES, SKIP_DETS, VERB_LEADS
from loaders.shared_surnames import share_surnames
from loaders.tokens import Tok, tokenize
from loaders.type_cues import (
    ALLCAPS_RE,
    CAMEL_RE,
    W_DESCRIPTOR,
    W_SHAPE,
    W_TITLE,
    name_kind,
    place_end,
    type_votes,
)

# lower-case particles inside personal and institutional names
PARTICLES = "de da do van von der den du la le al bin ibn di del della dei degli dos das y ter ten"
# "and", "for" and "of the" inside German, French, Italian and Nordic firms' names: "Lager und
# Umschlag", "Gesellschaft für Hafenbau", "Ports et Docks", "Credito e Risparmio", "Aker og Sonn";
# entity18: "for" in Spanish, Portuguese, French and Dutch ("Instituto para la Vivienda")
FOREIGN_CONNECTORS = "und für fur zur zum et des e og och para pour voor el los las"
# spurious30: Italian "per" and "il" ("Consorzio per il Legno Alpino"); mend30a (review 30 F3):
# they are English words too ("per") or join nothing outside an Italian name ("il"), so they
# join one only after an Italian or Romance word of the run (`italian_name_words`,
# `foreign_org_heads`, `foreign_firm_words`): "Istituto per Studi", "Banca il Tarvo"
ITALIAN_CONNECTORS: Final = frozenset({"per", "il"})
ITALIAN_VOWELS: Final = "aeiouàèéìòù"
NAME_CONNECTORS: Final = (
    frozenset(PARTICLES.split() + FOREIGN_CONNECTORS.split() + ["zu", "af"]) | ITALIAN_CONNECTORS
)
IsName = Callable[[int], bool]  # whether token k is a free name token
OPEN_PUNCT: Final = frozenset("\"'“‘([:—–-")
CLOSERS: Final = frozenset("\"'”’)]")
# ... or a dateline's dash
OPENERS: Final = frozenset(['"', "“", "‘", "'", "(", ":", "-", "--", "—", "–"])


@dataclass
class Candidate:
    """A possible entity mention: token span [i, j), surface text, offsets and type votes."""

    i: int
    j: int
    text: str
    start: int
    end: int
    initial: bool = False
    known: tuple[str, str] | None = None
    votes: dict[str, float] = field(default_factory=dict)
    descr: set[str] = field(default_factory=set)  # descriptor nouns: "airline", "fund"
    # named only to describe someone ("two former Bainbridge auditors"): an entity of the
    # article, but no endpoint of this sentence's relations
    descriptor_only: bool = False
    clause_open: bool = False  # after ", and" / ", but" / ";": a clause's subject
    firm_context: bool = False  # a company's verb or possession follows ("Tovalli sells")
    firm_only: bool = False  # a company's trade verb or passive follows ("Castelli was founded")
    # "the Harnby unit": before a company noun (`loaders.premodifier`), the type that noun
    # would have voted ("" for none): the name's other mentions get it back
    premodifier: bool = False
    # "NZ$3", "TSX-listed", "maker of PVC windows": a fragment, no party (`loaders.name_fragments`)
    fragment: bool = False
    held: str = ""
    place_slot: bool = False  # after a locative preposition (`loaders.uncued_towns`)

    # Written out (the dataclass keeps it): a compiled dataclass's generated `__init__` is
    # interpreted, and one candidate is made for every name of every new sentence.
    def __init__(
        self,
        i: int,
        j: int,
        text: str,
        start: int,
        end: int,
        initial: bool = False,
        known: tuple[str, str] | None = None,
        votes: dict[str, float] | None = None,
        descr: set[str] | None = None,
        descriptor_only: bool = False,
        clause_open: bool = False,
        firm_context: bool = False,
    ) -> None:
        self.i = i
        self.j = j
        self.text = text
        self.start = start
        self.end = end
        self.initial = initial
        self.known = known
        self.votes = {} if votes is None else votes
        self.descr = set() if descr is None else descr
        self.descriptor_only = descriptor_only
        self.clause_open = clause_open
        self.firm_context = firm_context
        self.firm_only = False
        self.premodifier = False
        self.fragment = False
        self.held = ""
        # a town's Location vote before a site noun, kept for `coref` (`site_towns`); `_led`:
        # at a weak site ("the Orre centre"), which counts only for a name placed elsewhere too
        self.site_town = 0.0
        self.site_town_led = False
        self.place_slot = False

    def vote(self, etype: str, weight: float) -> None:
        if etype != AMBIGUOUS:
            self.votes[etype] = self.votes.get(etype, 0.0) + weight

    def best(self) -> str | None:
        if self.known:
            return self.known[1]
        # the first type with the most votes, as `max(votes, key=votes.get)` gives, without a
        # key function called through Python for each type
        best: str | None = None
        top = 0.0
        for etype, weight in self.votes.items():
            if best is None or weight > top:
                best, top = etype, weight
        return best


@dataclass
class Analysis:
    """Tokens of one sentence, its name candidates and the role words found in it."""

    toks: list[Tok]
    lows: list[str]
    cands: list[Candidate]
    roles: list[tuple[int, int, Role]]
    titles: list[tuple[int, int]]
    headline: bool = False
    lower: frozenset[str] = frozenset()  # words written in lower case (common words)
    refpos: tuple[int, ...] = ()  # where a pronoun, "the company" or "the two" may start
    question: bool = False  # the sentence ends with a question mark
    words: frozenset[str] = frozenset()  # the set of `lows`, for cue checks ("any role word?")
    cues: int = 0  # the cue sets `lows` has a word of (`loaders.cue_mask`): `a.cues & CUE_X`

    def __init__(
        self,
        toks: list[Tok],
        lows: list[str],
        cands: list[Candidate],
        roles: list[tuple[int, int, Role]],
        titles: list[tuple[int, int]],
        headline: bool = False,
        lower: frozenset[str] = frozenset(),
        refpos: tuple[int, ...] = (),
        question: bool = False,
        words: frozenset[str] = frozenset(),
        cues: int = 0,
    ) -> None:
        self.toks = toks  # (written out, as `Candidate.__init__`)
        self.lows = lows
        self.cands = cands
        self.roles = roles
        self.titles = titles
        self.headline = headline
        self.lower = lower
        self.refpos = refpos
        self.question = question
        self.words = words
        self.cues = cues


def _is_initial(t: Tok) -> bool:
    """A single capital letter: the "K" of "Robert K. Hallam"."""
    s = t.text
    return len(s) == 1 and s.isupper()


# a brand opened by a digit: "3Sixty", "1Password" (not "3D", "5G", "4K", "10Mbps", "4Mtpa")
DIGIT_BRAND = re.compile(r"^[0-9][A-Z][a-z]{2,}[A-Za-z]*$")
UNIT_WORDS = frozenset("mbps gbps kbps tbps mtpa ktpa mtoe mmbtu mmcfd".split())


def _digit_brand(word: str) -> bool:
    return bool(DIGIT_BRAND.match(word)) and word[1:].lower() not in UNIT_WORDS


def _is_name_token(t: Tok) -> bool:
    s = t.text
    c = s[0]
    if c.isupper():
        return len(s) == 1 or s[1] != "." or s[:1].isalpha()
    if c.isdigit():
        return _digit_brand(s)  # as in `_word_shapes`
    return c.islower() and s != t.low and bool(CAMEL_RE.match(s))


HYPHEN_TAILS = frozenset(
    {"era", "style", "like", "made", "born", "run", "owned", "based", "on", "off", "up", "out"}
)


def _split_hyphens(toks: list[Tok], lex: Lexicon) -> list[Tok]:
    """ "Trump-Backed", "Texas-based", "Hands-on" and "GPU-hour" become name, "-", the common
    word ("Ji-ho" stays whole)."""
    out: list[Tok] = []
    for k, t in enumerate(toks):
        s = t.text
        if s[:3] in ("ex-", "Ex-") and s[3:4].isupper():  # "two ex-Fairholm accountants"
            out.append(Tok("ex", "ex", t.start, t.start + 2))  # lower: no name word
            out.append(Tok("-", "-", t.start + 2, t.start + 3))
            out.append(Tok(s[3:], s[3:].lower(), t.start + 3, t.end))
            continue
        if "-" in s and s[0].isupper() and t.low not in lex.stopwords:
            head, _, tail = s.rpartition("-")
            if head.lower() in lex.held_adverbs:
                out.append(t)  # "Majority-owned by X, ...": an adverb, no name
                continue
            low = tail.lower()
            if _pair(k, toks, head, tail, lex):
                a = t.start + len(head)
                out.append(Tok(head, head.lower(), t.start, a))
                out.append(Tok("-", "-", a, a + 1))
                out.append(Tok(tail, low, a + 1, t.end))
                continue
            # "GPU-hour prices", "AI-driven": an acronym before a common word
            acronym = head.isupper() and len(head) > 1 and tail.isalpha() and tail.islower()
            if (
                head
                and tail
                and (low in lex.hyphen or low.endswith("ed") or low in HYPHEN_TAILS or acronym)
            ):
                if lex.roles.lookup((t.low,)) is None and lex.titles.lookup((t.low,)) is None:
                    a, b = t.start + len(head), t.start + len(head) + 1
                    out.append(Tok(head, head.lower(), t.start, a))
                    out.append(Tok("-", "-", a, b))
                    out.append(Tok(tail, tail.lower(), b, t.end))
                    continue
        out.append(t)
    return out


def _pair(k: int, toks: list[Tok], head: str, tail: str, lex: Lexicon) -> bool:
    """ "the Marlow-Tenby team": two capitalized names joined by a hyphen before a noun of
    partnership (`pair_heads`) are two parties."""
    if k + 1 >= len(toks) or toks[k + 1].low not in lex.pair_heads:
        return False
    if not toks[k + 1].text.islower() or "-" in head or not tail[:1].isupper():
        return False
    return head[1:].islower() and tail[1:].islower() and toks[k].low not in lex.known_phrases


def _pair_part(c: Candidate, toks: list[Tok], lows: list[str], lex: Lexicon) -> bool:
    """A half of "the Marlow-Tenby team" (split by `_pair`): an entity, but the team, not
    either half, is the party to the sentence."""
    k = c.j
    if k + 2 < len(toks) and toks[k].text == "-" and toks[k].start == toks[k - 1].end:
        # "the Toronto-based alliance": a participle after the hyphen, no second party
        named = toks[k + 1].text[:1].isupper()
        return named and toks[k + 1].start == toks[k].end and _pair_at(k + 1, lows, lex)
    i = c.i
    return (
        i > 0
        and toks[i - 1].text == "-"
        and toks[i - 1].end == toks[i].start
        and (_pair_at(i, lows, lex))
    )


def _pair_at(i: int, lows: list[str], lex: Lexicon) -> bool:
    """The name word at i is the tail of a hyphenated pair before a `pair_heads` noun."""
    return i + 1 < len(lows) and lows[i + 1] in lex.pair_heads


def _span_marks(lows: list[str], toks: list[Tok], lex: Lexicon):
    """Role and title phrases found by longest match at each position."""
    roles: list[tuple[int, int, Role]] = []
    titles: list[tuple[int, int]] = []
    marks = _mark_words(lex)
    n = len(lows)
    i = 0
    while i < n:
        if lows[i] not in marks:
            i += 1  # (most words: one set test instead of a look-up in each index)
            continue
        if lows[i] in lex.roles:
            mark = _role_mark(i, lows, toks, lex)
            if mark is not None:
                e, role = mark
                if role is None:
                    titles.append((i, e))
                else:
                    roles.append((i, e, role))
                i = e
                continue
        if lows[i] in lex.titles:
            end = _title_mark(i, lows, toks, lex)
            if end is not None:
                e = end
                titles.append((i, e))
                i = e
                continue
        i += 1
    return roles, titles


@per_lexicon
def _mark_words(lex: Lexicon) -> frozenset[str]:
    """The first words of the role and title phrases: where `_span_marks` may find a mark."""
    return firsts(lex.roles, lex.titles)


def _role_mark(
    i: int, lows: list[str], toks: list[Tok], lex: Lexicon
) -> tuple[int, Role | None] | None:
    """The role phrase at token i: its end and role, or its end and None for a function
    ("Chief Medical Officer", "chief of staff": a title); None when it is no role here (a
    longer title, or a word of an organization's name)."""
    hit = lex.roles.match(lows, i)
    if hit and lows[i] in lex.titles:
        longer = lex.titles.match(lows, i)
        if longer and longer[0] > hit[0]:
            return None  # "chief of staff", "general counsel": a title
    if not hit:
        return None
    e = i + hit[0]
    if _org_word_tail(i, e, lows, toks, lex) or _opens_name(i, e, toks, lows, lex):
        return None
    if _body_part_end(i, e, lows, toks, lex):
        return None  # "the Coastal Resilience Unit paid": the last word of a body's name
    if _possessive_body(i, e, lows, toks, lex):
        return None  # "Dunmore Rovers Supporters' Trust": a word of the trust's name
    if _firm_partner(i, e, lows, toks, lex):
        return None  # "Smith & Partner": the last word of a partnership's name
    # "Chief Medical Officer", "chief of staff": a function, not a role
    m = e
    n = len(lows)
    while m < n and lows[m] in lex.role_modifiers:
        m += 1
    if m == e:  # "Chief Nursing Officer", "Chief Human Resources Officer"
        o = e
        while o < min(n, e + 3) and lows[o] != "officer" and lows[o].isalpha():
            o += 1
        if o < n and o > e and lows[o] == "officer":
            m = o + 1
    return (m, None) if m > e else (e, hit[1])


def _firm_partner(i: int, e: int, lows: list[str], toks: list[Tok], lex: Lexicon) -> bool:
    """A capitalized one-word role after "&" and a name word that is no role or title: "Smith &
    Partner", "Varo & Associate" (not "Chairman & Chief Executive")."""
    if e - i != 1 or i < 2 or lows[i - 1] != "&" or not toks[i].text[0].isupper():
        return False
    prev = lows[i - 2]
    if not _is_name_token(toks[i - 2]) or prev in lex.roles or prev in lex.titles:
        return False
    return e >= len(toks) or not _is_name_token(toks[e])


def _org_word_tail(i: int, e: int, lows: list[str], toks: list[Tok], lex: Lexicon) -> bool:
    """ "Keystone Growth Partners": a capitalized org word [i, e) ending a name is the name
    ("Hollis Partners Fund II" goes on; "Keystone Partners CEO Ann Lee" does not)."""
    return (
        toks[i].text[0].isupper()
        and (lows[e - 1] in lex.org_words)
        and i > 0
        # "Brandt Hollis & Partners", "Hale and Partners": after an ampersand or "and" too
        and (_is_name_token(toks[i - 1]) or _ampersand(i - 1, toks) or _and_partners(i, toks))
        and (e >= len(lows) or not _is_name_token(toks[e]) or lows[e] in lex.org_words)
    )


def _body_part_end(i: int, e: int, lows: list[str], toks: list[Tok], lex: Lexicon) -> bool:
    """ "the Coastal Resilience Unit", "the Fraud Investigation Division": a capitalized part
    word after a capitalized name word ends the name (not "Tovar's unit", "a unit of Y")."""
    return (
        e - i == 1
        and i > 0
        and toks[i].text.istitle()
        and lows[i] in data_words(lex, "body_part_ends")
        and _is_name_token(toks[i - 1])
        and (e >= len(lows) or lows[e] != "of")
    )


def _title_mark(i: int, lows: list[str], toks: list[Tok], lex: Lexicon) -> int | None:
    """The end of the title phrase at token i (with a minister's portfolio), or None when there
    is none or its word belongs to a name."""
    hit = lex.titles.match(lows, i)
    if not hit or _title_in_name(i, hit[0], lows, toks, lex):
        return None
    if _opens_name(i, i + hit[0], toks, lows, lex) or _acronym_opens_firm(i + hit[0], toks, lex):
        return None
    n = len(lows)
    return portfolio_end(i + hit[0], lows, lambda k: k < n and _is_name_token(toks[k]), lex)


def _acronym_opens_firm(k: int, toks: list[Tok], lex: Lexicon) -> bool:
    """A title written as an acronym ("MSP", "TD", "MLA") before a name of no person's shape
    opens a firm's name: "TD Cowen analysts", "MSP Brightgate IT" (one word that is no given
    name, or a second word in capitals); "MSP Isla Brannock", "TD Ciaran Molloy" are people."""
    title = toks[k - 1].text
    if not (title.isupper() and title.isalpha()) or k >= len(toks) or not _is_name_token(toks[k]):
        return False
    if toks[k].low in lex.first_names:
        return False
    second = toks[k + 1] if k + 1 < len(toks) else None
    return second is None or not _is_name_token(second) or second.text.isupper()


def _title_in_name(i: int, size: int, lows: list[str], toks: list[Tok], lex: Lexicon) -> bool:
    """A capitalized title word at token i (`size` words long) inside a name: "Hartley Capital
    Partners", "Union of Journalists", "Cremlow Farmers", "banker Ines Lord said"."""
    n = len(lows)
    capital = toks[i].text[0].isupper()
    # "Cremlow Farmers", "Davy Stockbrokers": a capitalized plural after a name ends it
    plural = size == 1 and lows[i].endswith("s")
    inside = (
        capital and i > 0 and _is_name_token(toks[i - 1]) and (lows[i] in lex.org_words or plural)
    )
    if capital and i > 1 and lows[i - 1] in ("of", "for"):
        inside = _is_name_token(toks[i - 2])
    if capital and plural and i + 2 < n and lows[i + 1] in ("'", "’"):
        inside = inside or _plural_possessive_name(i + 2, toks, lows, lex)
    # "banker Ines Lord said", "Tom King, a farmer": a surname after a given name; "the tanker
    # Sela Star": a title word ending a name a descriptor noun opens (no name after it)
    if capital and size == 1 and i > 0 and _described_name_before(i, lows, toks, lex):
        inside = inside or i + 1 >= n or not _is_name_token(toks[i + 1])
    if capital and size == 1 and i > 0 and _body_end(i, toks, lows, lex):
        inside = inside or i + 1 >= n or not _is_name_token(toks[i + 1])
    if capital and size == 1 and i > 0 and i + 1 < n and _is_name_token(toks[i - 1]):
        # "the Kestle Star ferry": a title word ending a name its kind of product follows
        inside = inside or lex.heads.lookup((lows[i + 1],)) == "Product"
    if capital and not inside:
        inside = _titled_office_word(i + size, toks, lows, lex)
    return inside or (capital and size == 1 and _brand_title(i, lows, toks, lex))


def _body_end(i: int, toks: list[Tok], lows: list[str], lex: Lexicon) -> bool:
    """A public body's word that is a title too ends a name of two capitalized words or more
    before it: "the Health Service Executive", "the Tarsa Water Executive" (not "Kesta
    Executive Ann Lee", whose name follows it; not "its Executive" after no name word); also
    after "X and Y" ("the Health and Safety Executive")."""
    if lows[i] not in lex.public_bodies or i < 2 or not _is_name_token(toks[i - 1]):
        return False
    if lows[i - 2] == "and" and i >= 3:
        return _is_name_token(toks[i - 3])
    return _is_name_token(toks[i - 2])


def _brand_title(i: int, lows: list[str], toks: list[Tok], lex: Lexicon) -> bool:
    """A brand-like title word at token i between two capitalized name words, the last of them
    no given name and ending the name: "the carrier Norland Star Express" (not "Norland Star
    Ada Brannock", "Texas Governor Abbott": no brand title)."""
    n = len(lows)
    if lows[i] not in data_words(lex, "brand_titles") or i == 0 or i + 1 >= n:
        return False
    if not _is_name_token(toks[i - 1]) or not toks[i - 1].text.istitle():
        return False
    k = i + 1
    if not toks[k].text.istitle() or lows[k] in lex.first_names or lows[k] in lex.titles:
        return False
    return k + 1 >= n or not _is_name_token(toks[k + 1])


def _described_name_before(i: int, lows: list[str], toks: list[Tok], lex: Lexicon) -> bool:
    """A given name, or one name word after a descriptor noun ("the tanker Sela Star"; not "the
    Kesta Star": measured on blind2), right before token i."""
    if lows[i - 1] in lex.first_names:
        return True
    if i < 2 or not _is_name_token(toks[i - 1]):
        return False
    return lex.heads.lookup((lows[i - 2],)) is not None


def _and_partners(i: int, toks: list[Tok]) -> bool:
    """ "Hale and Partners": "and" after one capitalized name word before the word at i."""
    if i < 2 or toks[i - 1].text != "and" or not _is_name_token(toks[i - 2]):
        return False
    return i < 3 or not _is_name_token(toks[i - 3])


def _possessive_body(i: int, e: int, lows: list[str], toks: list[Tok], lex: Lexicon) -> bool:
    """A capitalized plural role word [i, e) before "'" and an organization's name words:
    "Supporters' Trust", "Shareholders' Association", "Investors' Forum"."""
    return (
        toks[i].text[0].isupper()
        and e + 1 < len(lows)
        and lows[e] in ("'", "’")
        and lows[e - 1].endswith("s")
        and _plural_possessive_name(e + 1, toks, lows, lex)
    )


def _plural_possessive_name(k: int, toks: list[Tok], lows: list[str], lex: Lexicon) -> bool:
    """ "Farmers' Cooperative", "Nurses' Union": the capitalized words from token k after a
    plural possessive end in an organization word, so the plural opens the name."""
    m = k
    while m < len(toks) and _is_name_token(toks[m]):
        m += 1
    return m > k and _possessive_body_end(lows[m - 1], lex, lows[k - 2])


def _possessive_body_end(word: str, lex: Lexicon, owner: str = "") -> bool:
    """A last word of a body named after a plural possessive: "Nurses' Union", "Residents'
    Forum", "Teachers' Pension Plan"; after a plural of people (`owner`, no firm's word) also
    a group's word: "Bakers' Collective", "Growers' Organisation", "Drivers' Voice" (not
    "Orvik Motors' Voice app": a firm's product)."""
    if word in lex.org_words or word in lex.topic_heads or word in data_words(lex, "plan_ends"):
        return True
    if owner in lex.org_words or owner in data_words(lex, "sector_words"):
        return False  # "Tarn Mines' Collective bonus": a firm named for its sector owns it
    return any(word in data_words(lex, key) for key in POSSESSIVE_BODY_LISTS)


def _ampersand(k: int, toks: list[Tok]) -> bool:
    return k > 0 and toks[k].text == "&" and _is_name_token(toks[k - 1])


def _opens_name(i: int, e: int, toks: list[Tok], lows: list[str], lex: Lexicon) -> bool:
    """A capitalized title or role word [i, e) that opens an organization's name: "Premier
    Foods", "General Mills", "the Justice Department", "rival Leader Steel". The name words after
    it end in an organization word; at a sentence's start ("Investor Harlow Capital bought")
    they must all be organization words, else the word describes the name after it."""
    if not toks[i].text[0].isupper():
        return False
    m = e
    while m < len(toks) and _is_name_token(toks[m]):
        m += 1
    rest = lows[e:m]
    if rest and lows[i] in lex.firm_openers and e - i == 1:  # not "General Manager X"
        # "led by General Catalyst", "General Atlantic invested": a firm's name
        return m - e <= 2 and rest[0] not in lex.first_names and rest[0] not in lex.stopwords
    if not rest or not _org_end(rest[-1], lex):
        return False
    if all(_org_end(w, lex) for w in rest):
        return True
    if m - e >= 2 and lows[i] not in lex.heads and lows[i] not in lex.roles:
        return True  # "Star Point Shipping said": a title word no descriptor noun, two words on
    return i > 0 and toks[i - 1].text not in OPENERS and toks[i - 1].text[:1].isalpha()


def _org_end(word: str, lex: Lexicon) -> bool:
    return word in lex.org_words or word.rstrip(".") in lex.legal_suffixes


def _runs(
    toks: list[Tok], lows: list[str], blocked: set[int], lex: Lexicon, isname: list[bool]
) -> list[tuple[int, int]]:
    """Maximal runs of name tokens (with connectors such as "of", "&", "van") as (i, j)."""
    n = len(toks)
    i = 0

    def name(k: int) -> bool:
        return k < n and isname[k] and k not in blocked

    # a list, not a generator, and the run's first token tested here, not by a call of `name`
    # (the words outside names, most of them, cost no call)
    out: list[tuple[int, int]] = []
    while i < n:
        if not isname[i] or i in blocked:
            i += 1
            continue
        j = _run_end(i, toks, lows, name, lex)
        out.append((i, j))
        i = j
    return out


def _run_end(i: int, toks: list[Tok], lows: list[str], name: IsName, lex: Lexicon) -> int:
    """The end of the run of name tokens from token i: past the connectors, punctuation and
    legal forms that belong inside a name."""
    n = len(toks)
    j = i + 1
    institution = False  # an of-head has joined its complement: "Ministry of Fisheries"
    while j < n:
        if name(j):
            j += 1
            continue
        low = lows[j]
        e = _long_name_end(i, j, lows, name, lex, institution)
        if e > j and low == "family":
            return e  # "the Vorn family office of Lyon": the body's name ends before its town
        if e > j:
            j = e
            institution = True
            continue
        # "Pieter van der Berg", "Maria de la Cruz": two connectors in a row
        if (
            low in NAME_CONNECTORS
            and toks[j].text.islower()
            and j + 2 < n
            and lows[j + 1] in NAME_CONNECTORS
            and toks[j + 1].text.islower()
            and name(j + 2)
        ):
            j += 3
            continue
        if name(j + 1):
            joined = _joined(i, j, toks, lows, name, lex, institution)
            if joined is not None:
                j, institution = joined
                continue
            e = _punctuated(i, j, toks, lows, name, lex)
            if e > j:
                j = e
                continue
        return _legal_tail(j, toks, lows, name, lex)
    return j


def _long_name_end(
    i: int, j: int, lows: list[str], name: IsName, lex: Lexicon, institution: bool
) -> int:
    """The end of an institution's long name going on at token j (see loaders.long_names):
    "Friends of the Marshes", "Ministry of Fisheries, Ports and Coastal Affairs", "Competition
    and Markets Authority", "Save the Kell Estuary"; j when none does."""
    low = lows[j]
    e = of_the(j, lows[j - 1], lows, name, lex, institution)
    if e == j and institution and low in (",", "and") and "and" not in lows[i:j]:
        e = listed_tail(j, lows, name, lex)  # one "and" closes a list: not "... and Orsa Dates"
    if e == j and low == "and":
        e = and_body(i, j, lows, name, lex)
    if e == j and low in ("the", "our"):
        e = campaign(i, j, lows, name, lex)
    if e == j and low == "and":
        e = sector_and_name(i, j, lows, name, lex)
    if e == j and low == "and":
        e = field_and_body(i, j, lows, name, lex)
    if e == j and low in (",", "and"):
        e = labour_body_end(i, j, lows, name, lex)
    if e == j:
        e = romance_particle(j, lows, name)
    if e == j and low == "family":
        e = family_body(i, j, lows, lex, name)
    if e == j and low in RIVER_TOWN_PARTICLES:
        e = river_town(i, j, lows, name)
    if e == j and low == ",":
        e = comma_ampersand(i, j, lows, name)
    if e == j and low == ",":
        e = listed_body(i, j, lows, name, lex)  # "Culture, Media and Sport Committee"
    return e


def _joined(
    i: int,
    j: int,
    toks: list[Tok],
    lows: list[str],
    name: IsName,
    lex: Lexicon,
    institution: bool,
) -> tuple[int, bool] | None:
    """A connector word at token j inside a name ("Women in Mining", "Committee on Climate
    Change", "Ministry of Fisheries", "Marks & Spencer", "Ludwig van Beethoven"): the run's new
    end and whether it now names an institution; None when the word ends the run."""
    low = lows[j]
    prev = lows[j - 1]
    # "Royal Society for the Protection of Birds": inside an institution's name
    if low == "in" and _people_in(i, j, toks, lows, name, lex):
        return _part_end_names(j + 1, name), institution  # "Women in Mining"
    if low in ("on", "into") and lows[j + 1] not in lex.stopwords:
        # "Committee on Climate Change", "Centre for Research into Energy"; not "the
        # Commission on Harlow Bank's fees"
        e = _part_end_names(j + 1, name)
        owner = e < len(lows) and lows[e] == "'s"
        if (institution or prev in lex.topic_heads) and not owner:
            return j + 2, True
    if low == "for" and prev in data_words(lex, "people_for") and toks[j - 1].text.istitle():
        return j + 2, True  # "Drivers for Safer Roads", "Parents for Clean Air": a campaign
    # "Fondet for Utvikling": a Nordic foundation's head and its "for" (not "of": "Stiftelsen
    # of Bergen" is the foundation and its place)
    foreign = low == "for" and _foreign_for(prev, lows[j + 1], lex)
    if low == "&" or (low in ("of", "for") and (prev in lex.of_heads or institution or foreign)):
        # "Ministry of Fisheries" names an institution; "Gulf of Maine" a place
        place = prev in lex.name_starts or lex.heads.lookup((prev,)) == "Location"
        return j + 2, institution or (low != "&" and not place and prev != "port")
    if low in NAME_CONNECTORS and toks[j].text.islower():
        if low in ITALIAN_CONNECTORS and not _italian_run(lows[i:j], low, lex):
            return None  # "Orlo Bank per Halden Research": English "per" between two names
        return j + 2, institution
    if low == "to" and toks[j].text == "to" and _to_scheme(i, j, lows, name, lex):
        return j + 2, institution  # "the Field to Fork programme"
    if low == "with" and toks[j].text == "with" and _joint_council(i, j, lows, name):
        return _part_end_names(j + 1, name), True  # "Kirklees with Rhondda Council"
    return None


@per_lexicon
def _romance_words(lex: Lexicon) -> frozenset[str]:
    """Italian and Romance name words (`italian_name_words`, and the foreign heads of firms and
    bodies, `foreign_org_heads` and `foreign_firm_words`)."""
    return data_words(lex, "italian_name_words") | foreign_heads(lex)


def _italian_run(words: list[str], connector: str, lex: Lexicon) -> bool:
    """A word of the run before an Italian connector is an Italian or Romance name word; "per"
    (an English word too) also follows a word of Italian shape, ending in a vowel ("Istituto
    Nazionale per", "Pastificio per Tutti"), not a foreign firm's family name ("Groupe Dornac
    per Store", "Koperasi Tanjung per Hectare": English "per")."""
    romance = _romance_words(lex)
    italian_shape = connector != "per" or words[-1][-1:] in ITALIAN_VOWELS
    return italian_shape and any(w in romance for w in words)


def _foreign_for(prev: str, nxt: str, lex: Lexicon) -> bool:
    """ "Fondet for Utvikling": a foreign organization's head (`foreign_org_heads`) before
    "for" and a word that is no stopword."""
    return prev in data_words(lex, "foreign_org_heads") and nxt not in lex.stopwords


# words before a joint council's first place word; not "and" or "between" ("the deal between
# Serco and Veolia with Rhondda Council": "with" joins the pair's deal)
JOINT_COUNCIL_AFTER: Final[frozenset[str]] = frozenset(
    {"by", "from", "the", "of", "at", "for", ",", "to", "with", "which", "that"}
)
JOINT_COUNCIL_WORDS: Final = 3  # place words and "Council" after "with": "Rhondda Borough Council"


def _joint_council(i: int, j: int, lows: list[str], name: IsName) -> bool:
    """ "Kirklees with Rhondda Council": one place word, "with", and a council's name of a few
    words ending in "Council" (a joint local council); not "merged Kelso with Tarsa Council"
    (the run opens at the place word, so a verb before it is no part of it), nor "signed by
    Amey with Kent County Council" (a verb that makes a deal takes the "with")."""
    if j - i != 1 or (i > 0 and lows[i - 1] not in JOINT_COUNCIL_AFTER):
        return False
    if i > 1 and lows[i - 1] == "by" and lows[i - 2] in MAKING:
        return False
    e = _part_end_names(j + 1, name)
    return e - (j + 1) <= JOINT_COUNCIL_WORDS and lows[e - 1] == "council"


def _to_scheme(i: int, j: int, lows: list[str], name: IsName, lex: Lexicon) -> bool:
    """ "Field to Fork" before "programme": one word, "to", one word and a scheme's noun
    (`to_name_heads`) or an appositive that opens with one ("Farm to School, a scheme run by
    X"); not "sold Kelso to Tarsa in May"."""
    start = i + 1 if lows[i] == "the" else i
    if j - start != 1 or j + 2 >= len(lows) or name(j + 2):
        return False
    heads = data_words(lex, "to_name_heads")
    if lows[j + 2] == "," and lows[j + 3 : j + 4] in (["a"], ["the"], ["an"]):
        if start == 0 and i == 0:  # "Free to Fly, a bird welfare charity, ..."
            heads = heads | data_words(lex, "to_body_heads")
        return any(w in heads for w in lows[j + 4 : j + 7])
    return lows[j + 2] in heads


# plural people that a possessive inside an institution's name follows ("Boston Children's
# Medical Center"; two or more words before "'s" are else an owner's name)
# word lists whose words end a body named after a plural possessive ("Nurses' Union")
POSSESSIVE_BODY_LISTS: Final = ("network_nouns", "possessive_body_ends")
POSSESSIVE_PEOPLE = frozenset({"children", "women", "men", "people", "veterans", "workers"})


def _punctuated(
    i: int, j: int, toks: list[Tok], lows: list[str], name: IsName, lex: Lexicon
) -> int:
    """Punctuation at token j inside a name: "St. Luke's", "Robert K. Hallam", "Irish Farmers'
    Association", "Hobb's Loaf". The run's new end, or j when it ends the run."""
    low = lows[j]
    prev = lows[j - 1]
    # "St. Luke's", "Mt. Sinai"
    if low == "." and prev in lex.never_final and toks[j - 1].text[0].isupper():
        return j + 1
    # a middle initial: "Robert K. Hallam", "J. Robert Smith"
    if (
        low == "."
        and _is_initial(toks[j - 1])
        and (j - 1 > i or name(j + 2))
        and lows[j + 1] not in lex.stopwords
        and lows[j + 1] not in lex.sentence_starters
    ):
        return j + 1
    if low == "." and j - 1 == i and _is_initial(toks[i]) and _initials_open(j, toks, lows, lex):
        return j + 1  # "J. R. Okafor", "A. Okafor": initials opening a name
    # "Irish Farmers' Association", "Nurses' Union": a plural possessive
    if low in ("'", "’") and prev.endswith("s") and toks[j - 1].text[0].isupper():
        e = _part_end_names(j + 1, name)
        if _possessive_body_end(lows[e - 1], lex, prev):
            return e  # also "Kelmore Residents' Forum", "Ostmark Teachers' Pension Plan"
        if (
            e - j > 2
            and _possessive_body_end(lows[e - 2], lex, prev)
            and is_country(lows[e - 1 : e], lex)
        ):
            return e  # "the Hauliers' Alliance Scotland": a national chapter
    if low == "'s" and _people_plural(j - 1, toks, lows, lex):
        e = _part_end_names(j + 1, name)
        if e > j + 1 and _possessive_body_end(lows[e - 1], lex):
            return e  # "the Fishermen's Association", "Norland Seamen's Union"
        if e > j + 1 and j - 1 == i and lows[i] in POSSESSIVE_PEOPLE:
            return e  # "Women's Aid", "People's Choice": the plural opens the name
    # "Hobb's Loaf", "McGill's Bakery": a shop named for its owner
    if low == "'s" and _shop_name(i, j, lows, name, lex):
        return j + 2
    # "St. Luke's Medical Center", "Boston Children's Hospital Trust": a possessive inside an
    # institution's name (not "Tray's Holdco Group": one word before it is an owner)
    if (
        low == "'s"
        and (lows[i] in ("saint", "st") or (j - i > 1 and lows[j - 1] in POSSESSIVE_PEOPLE))
        and lex.known_phrases.lookup(tuple(lows[i:j])) is None
        and lows[j - 1] not in lex.org_words  # "Halden Steel's Orvik Metals": two companies
    ):  # not "Anna Marr's Orlo Foods", "Kelmo Dastry's Varno Holdings": an owner and a company
        e = j + 1
        while name(e):
            e += 1
        if e - j > 2 and lows[e - 1] in lex.org_words:
            return e
    if low == "'s":
        return _title_office(j, toks, lows, name, lex)
    return j


def _titled_office_word(k: int, toks: list[Tok], lows: list[str], lex: Lexicon) -> bool:
    """A title word ending at token k is a word of a body named for a title's possessive, with
    more title words before "'s": "the Fisheries Commissioner's Office", "the Auditor
    General's Department"."""
    n = len(lows)
    while k < n and toks[k].text.istitle() and (hit := lex.titles.match(lows, k)):
        k += hit[0]
    if k >= n or lows[k] != "'s":
        return False
    return _title_office(k, toks, lows, lambda m: m < n and _is_name_token(toks[m]), lex) > k


def _title_office(j: int, toks: list[Tok], lows: list[str], name: IsName, lex: Lexicon) -> int:
    """ "the Fisheries Commissioner's Office", "the Court of Queen's Bench", "the Solicitor
    General's Office": a capitalized title before "'s" at token j and capitalized words after
    it that end in a public body's word (or `title_office_ends`) make one body's name (not
    "Kesto's Orla Office Park", "Lena Marr's Varno Agency": no title owns them). The run's new
    end, or j when it ends the run."""
    if not toks[j - 1].text.istitle() or not lex.titles.match(lows, j - 1):
        return j
    e = _part_end_names(j + 1, name)
    last = lows[e - 1]
    ends = data_words(lex, "title_office_ends")
    if _bare_title(j, toks, lows, lex) and last not in data_words(lex, "bare_title_office_ends"):
        return j if last not in ends else e  # "the Manager's Board meeting": no body's name
    if e > j + 1 and (last in lex.public_bodies or last in ends):
        return e
    return j


def _bare_title(j: int, toks: list[Tok], lows: list[str], lex: Lexicon) -> bool:
    """The capitalized words before "'s" at token j are titles only: "the Mayor's", "the Auditor
    General's", "Court of Queen's" (not "the Fisheries Commissioner's": a field names it)."""
    s = j - 1
    while s > 0 and _is_name_token(toks[s - 1]) and lows[s - 1] not in lex.stopwords:
        s -= 1
    while s < j and (hit := lex.titles.match(lows, s)):
        s += hit[0]
    return s >= j


def _people_opener(i: int, toks: list[Tok], lows: list[str], lex: Lexicon) -> bool:
    """A capitalized plural of people at token i that opens a body's name with a possessive or
    a campaign's "for": "People's Bank of Tessmoor", "Veterans' Voice Peru", "People for Clean
    Rivers" (the plural is a common word the run would else lose, leaving "'s Bank of
    Tessmoor")."""
    if not toks[i].text.istitle() or lows[i] not in POSSESSIVE_PEOPLE:
        return False
    return lows[i + 1] in ("'s", "'", "’") or (
        lows[i + 1] == "for" and lows[i] in data_words(lex, "people_for")
    )


def _people_plural(k: int, toks: list[Tok], lows: list[str], lex: Lexicon) -> bool:
    """A capitalized plural of people at token k that takes "'s": "Women", "Fishermen"."""
    w = lows[k]
    if not toks[k].text[:1].isupper() or w in lex.first_names:
        return False
    return w in POSSESSIVE_PEOPLE or (len(w) > 4 and w.endswith("men"))


def _initials_open(j: int, toks: list[Tok], lows: list[str], lex: Lexicon) -> bool:
    """The initial before the period at token j opens a person's name: another initial and its
    period follow ("J. R. Okafor"), or one surname and then no name word ("A. Okafor said"; not
    "rated B. Tamber Foods said", where a sentence ends after the letter)."""
    n = len(toks)
    k = j + 1
    while k + 1 < n and _is_initial(toks[k]) and lows[k + 1] == ".":
        k += 2  # "J. R. R. Okafor"
    if k >= n or len(toks[k].text) < 2 or not toks[k].text.istitle():
        return False
    if lows[k] in lex.stopwords or lows[k] in lex.sentence_starters or lows[k] in lex.org_words:
        return False
    if k > j + 1:
        return True
    after = toks[k + 1].text if k + 1 < n else "."
    return lows[j - 1] not in lex.stopwords and not after[:1].isupper()


def _legal_tail(j: int, toks: list[Tok], lows: list[str], name: IsName, lex: Lexicon) -> int:
    """The end of a run stopped at token j, taking a legal form after a comma ("Velmora
    Health, Inc.") and the period of "Inc." and "Corp."."""
    n = len(toks)
    low = lows[j]
    if (
        low == ","
        and j + 1 < n
        and lows[j + 1] in lex.legal_suffixes
        and toks[j + 1].text[0].isupper()
        and (j + 2 >= n or not name(j + 2))
    ):
        j += 2
        if j < n and lows[j] == ".":
            j += 1
        return j
    if low == "." and lows[j - 1] in lex.legal_suffixes:
        j += 1
        # "Ostrel AG & Co. KG": a partnership's form after "& Co."
        if j < n and lows[j] in lex.legal_suffixes and toks[j].text.isupper() and j - 3 > 0:
            if lows[j - 3] == "&":
                j += 1
    return j


def _people_in(i: int, j: int, toks: list[Tok], lows: list[str], name, lex: Lexicon) -> bool:
    """ "Women in Mining", "Girls in Welding circle": a capitalized plural of people, "in" at
    token j and a field (`people_in`) name a network; the field's words end in an organization
    word, a network noun follows, or an appositive describes it."""
    if lows[j - 1] not in lex.people_in or not toks[j - 1].text.istitle():
        return False
    e = _part_end_names(j + 1, name)
    if e - (j + 1) > 3 or lows[j + 1] in lex.stopwords:
        return False
    return (
        lows[e - 1] in lex.org_words
        or e >= len(lows)
        or lows[e] in lex.network_nouns
        or (lows[e] == "," and e + 1 < len(lows) and lows[e + 1] in SKIP_DETS)
    )


def _shop_name(i: int, j: int, lows: list[str], name, lex: Lexicon) -> bool:
    """ "Hobb's Loaf", "McGill's Bakery", "Orsino's Market": one word, "'s" at token j and one
    shop noun (`shop_nouns`) make a shop's name, unless a noun of a unit follows ("Orlo's
    Bakery unit") or the first word is a given name ("Anna's Kitchen" stays a name too)."""
    k = j + 1
    if j - i != 1 or not name(k) or name(k + 1) or lows[k] not in lex.shop_nouns:
        return False
    return k + 1 >= len(lows) or lows[k + 1] not in lex.heads


CLOCK_ZONES = frozenset("am pm a.m. p.m. gmt bst cet utc et est edt".split())
ITEM_MARKS: Final[frozenset[str]] = frozenset("•*·▪")  # a list item's bullet before its first word
LIST_MARKS: frozenset[str] = ITEM_MARKS | {"-", "–", "—"}
OPENING_MARKS: Final[frozenset[str]] = OPEN_PUNCT | ITEM_MARKS  # before the first word


def _opening(toks: list[Tok]) -> int:
    """The first word of the sentence: past opening punctuation, a bullet, a live blog's clock
    ("10:45 Coffee break.", "14:02 - Shares rise", "9:30am Markets open")."""
    k = next((k for k, t in enumerate(toks) if t.text not in OPENING_MARKS), 0)
    n = len(toks)
    if k + 3 < n and toks[k].text.isdigit() and toks[k + 1].text == ":":
        m = k + 2
        if toks[m].text.isdigit() or toks[m].low[:2].isdigit() and toks[m].low[2:] in CLOCK_ZONES:
            m += 1
            m += m < n and toks[m].low in CLOCK_ZONES
            while m < n and toks[m].text in OPEN_PUNCT:
                m += 1
            return m if m < n else k
    return k


def _past_dateline(i: int, j: int, toks: list[Tok], lows: list[str], lex: Lexicon) -> int:
    """ "CARDIFF Harlow Mining sued ...": a dateline in capitals glued to the name after it is
    no part of it (an acronym like "ASML Holding" ends in an organization word and stays)."""
    k = i
    while k < j and toks[k].text.isupper() and toks[k].text.isalpha():
        k += 1
    letters = sum(len(toks[m].text) for m in range(i, k))
    if k == i or k == j or letters < 4:
        return i
    if j - k == 1 and (lows[k] in lex.org_words or lows[k] in lex.legal_suffixes):
        return i  # "ASML Holding"
    known = lex.known_type(" ".join(t.text for t in toks[i:k]))
    return i if known not in (None, "Location") else k


def _part_end_names(k: int, name) -> int:
    while name(k):
        k += 1
    return k


def _gerund(i: int, j: int, toks: list[Tok], lows: list[str], lex: Lexicon) -> bool:
    """ "Bringing", "Citing": an -ing verb opening a sentence, not the first word of a name
    ("Sterling Bank" and "Boeing Co." keep theirs, and so does "Sterling Crest Bank sued")."""
    w = lows[i]
    if len(w) <= 5 or not w.endswith("ing") or w in lex.first_names or w in lex.known_phrases:
        return False
    if country_arm(i, j, lows, lex):
        return False  # "Fishing Rights Senegal": a national campaign's name
    if not (lows[j - 1] in lex.org_words or lows[j - 1] in lex.legal_suffixes):
        return True
    return j - i != 2 and not _verb_after(j, toks, lows, lex)


def _verb_after(j: int, toks: list[Tok], lows: list[str], lex: Lexicon) -> bool:
    """A lower-case word right after the run at token j that is no title or descriptor noun:
    the run is the subject of a verb ("Sterling Crest Bank sued"), not a gerund's object
    ("Citing Halvern Bank, ...", "Outgoing Pelham Assurance chairman Tom Vell")."""
    if j >= len(toks) or not toks[j].text.isalpha() or not toks[j].text.islower():
        return False
    w = lows[j]
    return w not in lex.heads and w not in lex.roles and w not in lex.titles


AGENT_ENDINGS: Final = ("er", "or", "ers", "ors")


def _agent_head(i: int, lows: list[str], lex: Lexicon) -> bool:
    """A descriptor noun of an agent ("carmaker", "insurer", "miner", "lender") at token i:
    opening a sentence before a name, it describes the name ("Miner Kirra Gold said"). Nouns of
    other shapes open real names ("Network Rail", "Union Pacific", "Project Lantern")."""
    w = lows[i]
    if w in lex.name_starts or w in lex.known_phrases:
        return False
    if w in data_words(lex, "person_occupations"):
        return True  # typing19: "Landlord Tavish Morrow sold the site"
    if not w.endswith(AGENT_ENDINGS):
        return _trade_noun(w, lex)
    return lex.heads.lookup((w,)) in ("Organization", "Person") or w.endswith(("maker", "makers"))


def _trade_noun(w: str, lex: Lexicon) -> bool:
    """A singular noun of a kind of firm that no name ends with ("utility", "conglomerate",
    "startup", "telco"): opening a sentence before a name it describes the name ("Utility
    Northway Power said"), where "Bank", "Group" or "Club" open names of their own."""
    if w.endswith("s") or w in lex.org_words or w in lex.first_names:
        return False
    return w in lex.located_heads and lex.heads.lookup((w,)) == "Organization"


def _trim(i: int, j: int, lows: list[str], toks: list[Tok], lex: Lexicon) -> tuple[int, int]:
    """Drop leading stop-words ("The", "However", "Tuesday") from a run; a capitalized name
    opener before a name word stays ("sold panels to First Solar", "National Grid said")."""
    if _kept_opener(i, j, lows, toks, lex):
        return i, j
    while i < j and (lows[i] in lex.stopwords or lows[i] in lex.sentence_starters):
        if lows[i] in lex.former_before:
            i += 1  # "Former Varno Bank boss X": the person's old employer, not a name's word
            continue
        if j - i == 2 and lows[j - 1] in lex.government_words and toks[j - 1].text.istitle():
            if toks[i].text.istitle() and lows[i] not in lex.sentence_starters:
                break  # "the Welsh Government", "the Federal Government": a body
        if j - i == 2 and lows[i] in lex.first_names and lows[i] not in lex.sentence_starters:
            break  # "Jan Harvey": a given name that is also a month
        if j - i > 1 and toks[i].text.isupper() and len(toks[i].text) > 1:
            break  # "AI Zone": an acronym opening a longer name
        if j - i == 2 and lows[i] in lex.name_adjectives and toks[i].text.istitle():
            if place_end(lows, j, lex) or (i > 0 and lows[i - 1] in ("in", "across")):
                break  # "the Eastern Region", "in South Yorkshire": a direction opening a region
            if lows[j - 1] in region_names() or office_before(lows, i):
                break  # "Halden, West Yorkshire", "the MP for North Brackley": a place
            if compass_place(lows, i, j, lex.name_adjectives):
                break  # "the North Atlantic", "the Western Cape": a region
        if _opening_adjective(i, j, lows, toks, lex):
            break  # "East Riding Trade Forum", "the Eastern Spur link", "Danish Coastal Forces"
        if j - i > 1 and (lows[i + 1] == "of" or lows[i] in lex.heads):
            break  # "Project Swift", "Department of Energy"
        if j - i > 2 and lows[i + 1] == "for" and lows[i] in lex.of_heads:
            if toks[i].text.istitle() and lows[j - 1] not in lex.org_words:
                break  # "the Board for Inland Waters": an institution's head, not "the board"
        if j - i > 2 and _people_opener(i, toks, lows, lex):
            break  # "People's Bank of Tessmoor", "People for Clean Rivers": the name's word
        if j - i > 3 and lows[i] not in SKIP_DETS and lows[i + 1] in lex.of_heads:
            if lows[i + 2] == "of":
                break  # "National Union of Journalists" (not "A Bureau of Fisheries")
        if (
            j - i > 2
            and lows[j - 1] in lex.org_words
            and lows[i] not in lex.sentence_starters
            and not calendar_word(lows[i], lex)  # "on Friday Corvo Utilities"
        ):
            break  # "Nigerian Venture Capital Association"
        if j - i > 2 and lows[i] == "the" and lows[j - 1] in lex.org_words:
            if lows[j - 1] not in lex.venture_ends and not _generic_head_after(j, toks, lows, lex):
                break  # "The Carlyle Group" keeps its article (not "The Group")
        if j - i > 1 and nationality(lows[i]) and toks[i].text.istitle():
            if any(w in lex.org_words for w in lows[i + 1 : j]):
                break  # "Norwegian Air Shuttle", "Scottish Power": a nationality opening a name
        if (
            j - i == 2
            and lows[j - 1] in lex.org_words
            and (lows[i] in lex.titles or lows[i] in lex.roles)
        ):
            break  # "Chief Brands", "Executive Media": a title word opening a name
        i += 1
    return i, _trim_end(i, j, lows, toks, lex)


def _kept_opener(i: int, j: int, lows: list[str], toks: list[Tok], lex: Lexicon) -> bool:
    """The run's first word is kept as the name's own: a capitalized name opener before a name
    word ("First Solar"), a capitalized particle ("sued Under Armour", "the Over Hill Farms
    cooperative") or a question word after a lower-case word ("the charity Whose Turn": a
    name, not a question)."""
    if j - i > 1 and lows[i] in lex.name_openers and toks[i].text.istitle():
        if lows[i + 1] not in lex.stopwords:
            return True
    if _capitalized_particle(i, j, lows, toks, lex):
        return True
    if j - i > 1 and i > 0 and toks[i].text.istitle() and toks[i - 1].text.islower():
        return lows[i] in data_words(lex, "question_name_openers") and toks[i - 1].text.isalpha()
    return False


def _trim_end(i: int, j: int, lows: list[str], toks: list[Tok], lex: Lexicon) -> int:
    """The end of a run past trailing connectors ("of", "&"), a sector's acronym before the
    head noun and an amount's currency code."""
    while j > i and (
        lows[j - 1] in ("&", "of", "for", "'s")
        or (lows[j - 1] in NAME_CONNECTORS and toks[j - 1].text.islower())
    ):
        j -= 1
    if j - i > 1 and _acronym_modifier(j - 1, toks, lows, lex):
        j -= 1  # "the Harl Bay LNG terminal": a sector's acronym before the head noun
    if j - i > 1 and _currency_code(j - 1, toks, lows, lex):
        j -= 1  # "lent Quillex Foods GBP30m": the amount's currency ends no name
    if j - i > 2 and _post_nominal(i, toks[j - 1].text, lows, j - 1, lex):
        j -= 1  # "Ada Merrow KC", "Tova Vey PhD": an honour's or a degree's letters
    return j


def _post_nominal(i: int, text: str, lows: list[str], k: int, lex: Lexicon) -> bool:
    """Letters at k written after a full name that opens at i: an honour or a silk's ("KC",
    "CBE"), or a degree's with a capital inside ("PhD", "MBA", "DPhil"; not "Master", a name's
    word); letters clubs' names end with too ("SC", "MP") only after a given name or a title
    ("Ada Merrow SC", not "Orlando City SC")."""
    low = lows[k]
    if text.isupper() and low in data_words(lex, "post_nominals"):
        return True
    if text.isupper() and low in data_words(lex, "post_nominals_shared"):
        return lows[i] in lex.first_names or any(
            w in lex.titles for w in lows[max(i - 1, 0) : i + 1]
        )
    return not text.istitle() and text[:1].isupper() and low in NonNames.of(lex).degrees


AMOUNT_RE = re.compile(r"^\d[\d.,]*(?:bn|mn|m|k|tn|bln|mln)?$")


def _currency_code(k: int, toks: list[Tok], lows: list[str], lex: Lexicon) -> bool:
    """The token at k is a currency code (an upper-case stop-word: "GBP", "CHF") before an
    amount ("GBP30m", "EUR 12 million")."""
    nxt = k + 1
    return (
        nxt < len(toks)
        and toks[k].text.isupper()
        and lows[k] in lex.stopwords
        and AMOUNT_RE.match(lows[nxt]) is not None
    )


def _capitalized_particle(i: int, j: int, lows: list[str], toks: list[Tok], lex: Lexicon) -> bool:
    """A preposition, conjunction or adverb that prose writes in lower case (`never_open`),
    capitalized after a lower-case word inside a sentence and before another name word: it
    opens the name ("sued Under Armour", "the Over Hill Farms cooperative")."""
    if i == 0 or j - i < 2 or not toks[i].text.istitle() or lows[i + 1] in lex.stopwords:
        return False
    before = toks[i - 1].text
    return before.isalpha() and before.islower() and lows[i] in NonNames.of(lex).never_open


def _generic_head_after(j: int, toks: list[Tok], lows: list[str], lex: Lexicon) -> bool:
    """A lower-case generic head noun or a firm's board follows the name at token j ("The
    Summit Ridge Foods group owns ...", "The Brindle Dairies board rejected ..."): the article
    belongs to the head noun, not to the name."""
    if j >= len(toks) or not toks[j].text.islower():
        return False
    return lows[j] in data_words(lex, "generic_heads") or lows[j] in BOARD_NOUNS


def _acronym_modifier(k: int, toks: list[Tok], lows: list[str], lex: Lexicon) -> bool:
    """The last word of a run at token k is a generic acronym (a stop-word: "LNG", "EV", "SUV")
    before a lower-case head noun: it describes the head ("the Harl Bay LNG terminal"), it is
    no part of the name (not "Heller LNG said")."""
    nxt = k + 1
    if nxt >= len(toks) or not toks[nxt].text.isalpha() or not toks[nxt].text.islower():
        return False
    if not toks[k].text.isupper() or lows[k] not in lex.stopwords:
        return False
    return lows[nxt] in lex.heads and lex.heads.match(lows, nxt) is not None


def _opening_adjective(i: int, j: int, lows: list[str], toks: list[Tok], lex: Lexicon) -> bool:
    """A capitalized direction ("East", "Eastern") before two name words or one organization
    word, or a nationality ("Danish") before two name words, opens the name: "East Riding Trade
    Forum", "the Danish Coastal Forces" (not "Danish Maersk": one word is the company alone)."""
    if not toks[i].text.istitle() or j - i < 2:
        return False
    if j - i == 2 and lows[i] in lex.name_adjectives and _compass_name(i, lows, toks, lex):
        return True  # "Western Digital", "Northern Rock", "Southern Company"
    if lows[i + 1] in lex.stopwords or lows[i + 1] in lex.sentence_starters:
        return False
    if not toks[i + 1].text[:1].isupper():
        return False
    if lows[i + 1] in lex.first_names or lex.known_phrases.lookup(tuple(lows[i + 1 : j])):
        return False  # "Norwegian Hanne Vik", "the North Atlantic": a person, a known place
    if lows[i] in lex.name_adjectives:  # not "the North Atlantic": a place (place_cues)
        last = lows[j - 1]
        return j - i > 2 or last in lex.org_words or name_kind(lows, i + 1, j, lex) is not None
    demonym = nationality(lows[i]) or lex.demonym(toks[i].text)
    demonym = demonym or lows[i] in data_words(lex, "short_demonyms")
    return demonym and j - i >= 3 and lows[i + 2] not in lex.stopwords


def _compass_name(i: int, lows: list[str], toks: list[Tok], lex: Lexicon) -> bool:
    """A direction at token i and one capitalized word after it make a company's name ("Western
    Digital", "Northern Rock", "Southern Company"): an organization word, or a word that is no
    place, given name, stop-word or known name ("Northern England", "southern Spain", "the
    Northern region", "the North Atlantic" stay a direction and a place)."""
    k = i + 1
    word = lows[k]
    if (
        not toks[k].text.istitle()
        or not word.isalpha()
        or compass_place(lows, i, k + 1, lex.name_adjectives)
    ):
        return False
    if place_end(lows, k + 1, lex):
        return False  # "the Northern Region", "North Province"
    if word in lex.org_words:
        return True
    if word in lex.stopwords or word in lex.sentence_starters or word in lex.first_names:
        return False
    if word in lex.known_phrases or word in place_names():
        return False
    return word not in lex.name_ends and word not in lex.heads


def _split_known(i: int, j: int, lows: list[str], lex: Lexicon, person: bool = False):
    """Pieces of a run: known names ("U.S.") and the rest, as (i, j, known-or-None).

    A known place that starts an institution's name stays in it: "U.S. Department of Energy",
    "Tennessee Healthcare Innovation Fund".
    """
    whole = lex.known_phrases.lookup(tuple(lows[i:j]))
    if whole:
        return [(i, j, whole)]
    if compass_place(lows, i, j, lex.name_adjectives):
        return [(i, j, None)]  # "Western Australia": a region, not "Australia"
    if person and 2 <= j - i <= 3:
        return [(i, j, None)]  # "chief executive Beatriz Lima": a name, not a city
    pieces = []
    k = i
    start = i
    while k < j:
        hit = lex.known_phrases.match(lows, k) if lows[k] in lex.known_phrases else None
        if hit and j - i == 2 and lows[i] in lex.first_names:
            # "Beatriz Lima", "Jordan Smith": a person, not a place; "Michael Dell", "Priya
            # Dell": a given name and a surname that is also a company's name
            if (hit[1][1] == "Location" and k in (i, i + 1)) or (
                hit[1][1] == "Organization" and k == i + 1 and hit[0] == 1
            ):
                return [(i, j, None)]
        if hit and k + hit[0] <= j:
            e = k + hit[0]
            if _known_in_name(i, j, k, e, hit[1][1], lows, lex):
                return [(i, j, None)]
            if start < k:
                pieces.append((start, k, None))
            pieces.append((k, e, hit[1]))
            k = start = e
            continue
        k += 1
    if start < j:
        pieces.append((start, j, None))
    return pieces


def _known_in_name(
    i: int, j: int, k: int, e: int, kind: str, lows: list[str], lex: Lexicon
) -> bool:
    """A known name of type `kind` at [k, e) that is a part of the longer name [i, j): "U.S.
    Department of Energy", "Port of Rotterdam Authority", "Helvetia Zurich", "Salesforce
    Ventures", "Greater Accra Region", "the Oslo Bors"."""
    if kind == "Location":
        if k == i and len(lows[e:j]) == 1 and _company_noun(lows, j, lex):
            return False  # "Lisbon AI start-up Veltria", "a Paris AI firm": place, sector, noun
        if _place_in_name(i, j, k, e, lows, lex):
            return True
    return _part_in_name(i, j, k, e, kind, lows, lex)


def _place_in_name(i: int, j: int, k: int, e: int, lows: list[str], lex: Lexicon) -> bool:
    """A known place at [k, e) that is a part of the longer name [i, j): "Fédération des
    Dockers de Marseille", "The Ohio Department of ...", "Helvetia Zurich", "Greater Accra
    Region"."""
    rest = lows[e:j]
    if place_closing_name(i, j, k, e, lows, lex) or place_in_firm_name(i, j, k, e, lows, lex):
        return True  # "Fédération des Dockers de Marseille", "Tarn Haulage UK", "Andes Valve Co"
    # "The Ohio Department of ...": a place opening an institution's name
    if (k == i or (k == i + 1 and lows[i] == "the")) and rest:
        if rest[-1] in lex.org_words or "of" in rest or rest[0] in lex.of_heads:
            return True
        # "the Pune Vendors' Sangh": a place opening a body named after a plural possessive
        if len(rest) >= 3 and rest[-2] in ("'", "’"):
            return _possessive_body_end(rest[-1], lex, rest[-3])
    # "Coastal Georgia Jobs Council": a place inside an institution's name
    if len(rest) >= 2 and rest[-1] in lex.org_words and j - i <= 5:
        if not any(lows[m] in lex.first_names for m in range(i, k)):
            return True
    # "Helvetia Zurich", "Mizuno Brasil": a place ending a brand's name is part of it
    if (
        e == j
        and k - i == 1
        and lows[i] not in lex.first_names
        and lows[i] not in lex.stopwords  # "the U.S. government": no brand
        and lex.known_phrases.lookup((lows[i],)) is None
    ):
        return True
    # "Kesta Foods Norway", "Imperial College London", "Arts Council England": a place closing
    # a name that ends in an organization word before it (a national arm)
    if e == j and k - i >= 2 and lows[k - 1] in lex.org_words:
        if lows[i] not in lex.first_names and lows[i] not in lex.stopwords:
            return True
    # "Veterans' Voice Peru": a country closing a body named after a plural possessive
    if e == j and k - i >= 3 and lows[k - 2] in ("'", "’"):
        return _possessive_body_end(lows[k - 1], lex, lows[k - 3])
    # "Greater Accra Region", "Kessel Valley Province": a place inside a region's name
    return e < j and j - i <= 4 and place_end(lows, j, lex)


def _part_in_name(i: int, j: int, k: int, e: int, kind: str, lows: list[str], lex: Lexicon) -> bool:
    """A known name of any type at [k, e) that is a part of the longer name [i, j): "Port of
    Rotterdam Authority", "Tarsa Threads Ltd", "Salesforce Ventures", "the Oslo Bors"."""
    rest = lows[e:j]
    # "Airline Crew Union of Ireland", "Port of Rotterdam Authority"
    if k - i >= 1 and lows[k - 1] == "of" and k >= 2:
        if lows[k - 2] in lex.org_words or lows[k - 2] in lex.of_heads:
            return True
    # "Halvik Gemini Energy", "Tarsa Threads Ltd": a known product's word inside a firm's name
    if kind == "Product" and e < j and (k > i or j - i >= 3) and lows[i] not in lex.first_names:
        last = lows[j - 1].rstrip(".")
        if last in lex.org_words or last in lex.legal_suffixes:
            return True
    # "Salesforce Ventures", "Nvidia Capital": a known company's arm
    if kind == "Organization" and k == i and rest and all(w in lex.org_words for w in rest):
        return True
    # "the Oslo Bors", "Lisbon Fintech": a place opening a two-word name
    return (
        kind in ("Location", "Organization")
        and k == i
        and 1 <= j - e <= 2
        and e - k == 1
        and lows[e] not in lex.first_names
        and all(
            w.isalpha() and w not in lex.stopwords and w not in lex.known_phrases for w in lows[e:j]
        )
    )


def _company_noun(lows: list[str], k: int, lex: Lexicon) -> bool:
    """A company noun at token k ("start-up", "firm", "lender"), after a name it describes."""
    w = lows[k] if k < len(lows) else ""
    return w in lex.located_heads or lex.heads.lookup((w,)) == "Organization"


def analyze(text: str, base: int, lex: Lexicon, headline: bool = False) -> Analysis:
    """Tokens, role words and name candidates of one sentence starting at offset `base`."""
    credits = _credit_line(text, headline, lex)
    headline = headline and not credits  # a credit line may stand alone like a headline
    toks = tokenize(text, base)
    if "-" in text:  # (a token holds a hyphen only where the text does)
        toks = _split_hyphens(toks, lex)
    toks, amounts = letter_amounts(toks, lex)  # "R40 million", "Rs 90 crore": read as "$40"
    lows = [t.low for t in toks]
    roles, titles = _span_marks(lows, toks, lex)
    blocked: set[int] = set()
    for i, j, _ in roles:
        blocked.update(range(i, j))
    for i, j in titles:
        blocked.update(range(i, j))
    blocked.update(amounts)
    isname, lower, refpos = _word_shapes(toks, lex)
    a = Analysis(
        toks,
        lows,
        [],
        roles,
        titles,
        headline,
        frozenset(lower),
        tuple(refpos),
        _question(toks),
        frozenset(lows),
        mask_of(cue_table(lex), lows),
    )
    first = _opening(toks)
    cands = _known_inside(text, base, a, isname, blocked, lex)
    cands += _run_candidates(a, text, base, blocked, isname, first, lex)
    cands = _entities(cands, text, base, toks, lows, lex)
    former = _describing(cands, toks, lows, lex)
    a.cands = share_surnames(_kept(cands, toks, lows, first, lex), toks, text, base, lex)
    a.cands = non_names(a, lex)
    if credits:
        # "(Reporting by A; Editing by B)": credits, not news; only the people they name
        a.cands = credit_names(a, lex)
    elif not headline:
        type_votes(a, lex)
        if former:
            _staff_names(a, former)
        person_votes(a, lex)
        place_votes(a, lex)
        shape_votes(a, lex)  # last: only names no other cue typed
    return a


def _credit_line(text: str, headline: bool, lex: Lexicon) -> bool:
    """A credit line ("Reporting by ...", see `boilerplate`) or, as a headline, a byline ("By
    Anouk Brel")."""
    opening = text.lstrip("(\"' ").lower()
    credits = bool(lex.boilerplate) and opening.startswith(lex.boilerplate)
    return credits or (headline and opening.startswith("by "))


def _word_shapes(toks: list[Tok], lex: Lexicon) -> tuple[list[bool], set[str], list[int]]:
    """One pass over the tokens: which have a name's shape, the words written in lower case,
    and where a reference word (`reference_words`) stands."""
    isname: list[bool] = []
    lower: set[str] = set()
    refpos: list[int] = []
    refs = lex.reference_words
    for k, t in enumerate(toks):
        w = t.text
        initial = w[0]
        o = ord(w[0])  # (compiled: read in place)
        if o < 128:  # an ASCII letter's case, with no method call
            upper = 65 <= o <= 90
            lowered = 97 <= o <= 122
        else:
            upper = initial.isupper()
            lowered = initial.islower()
        if upper:
            isname.append(True)
        elif lowered:
            if w == t.low:
                isname.append(False)
                if w.isalpha():
                    lower.add(w)
            else:
                isname.append(bool(CAMEL_RE.match(w)))
        else:
            isname.append(initial.isdigit() and _digit_brand(w))
        if t.low in refs:
            refpos.append(k)
    return isname, lower, refpos


def _question(toks: list[Tok]) -> bool:
    """The sentence ends with a question mark (before closing quotes or brackets)."""
    end = len(toks) - 1
    while end >= 0 and toks[end].text in CLOSERS:
        end -= 1
    return end >= 0 and toks[end].text == "?"


def _known_inside(
    text: str, base: int, a: Analysis, isname: list[bool], blocked: set[int], lex: Lexicon
) -> list[Candidate]:
    """Known names with numbers or lower-case words inside ("Hornsea 3", "GPT-4o mini"); their
    tokens join `blocked`."""
    cands: list[Candidate] = []
    toks, lows = a.toks, a.lows
    if lex.known_phrases.absent_from(a.words):
        return cands  # (most sentences: no scan of the words)
    for i, low in enumerate(lows):
        if isname[i] and i not in blocked and low in lex.known_phrases:  # (cheap tests first)
            hit = lex.known_phrases.match(lows, i)
            if hit and hit[0] > 1 and not all(isname[i : i + hit[0]]):
                cands.append(_cand(text, base, toks, i, i + hit[0], known=hit[1]))
                blocked.update(range(i, i + hit[0]))
    return cands


def _run_candidates(
    a: Analysis,
    text: str,
    base: int,
    blocked: set[int],
    isname: list[bool],
    first: int,
    lex: Lexicon,
) -> list[Candidate]:
    """Candidates from the runs of name tokens: their known pieces, and (but in a headline) the
    rest, trimmed (see `_unknown_span`)."""
    toks, lows = a.toks, a.lows
    title_ends = {j for _, j, _ in a.roles} | {j for _, j in a.titles}
    title_starts = {i for i, _, role in a.roles if role.person_holder} | {i for i, _ in a.titles}
    cands: list[Candidate] = []
    for ri, rj in _runs(toks, lows, blocked, lex, isname):
        # "chief executive Milan Novak", "Milan Novak, chief executive of Qalat": a person
        person = ri in title_ends or (
            rj + 1 < len(lows) and lows[rj] == "," and rj + 1 in title_starts
        )
        for i, j, known in _split_known(ri, rj, lows, lex, person):
            if known:
                cands.append(_cand(text, base, toks, i, j, known=known))
                continue
            span = None if a.headline else _unknown_span(i, j, toks, lows, first, lex)
            if span is not None:
                cands.append(_cand(text, base, toks, span[0], span[1]))
    return cands


def _unknown_span(
    i: int, j: int, toks: list[Tok], lows: list[str], first: int, lex: Lexicon
) -> tuple[int, int] | None:
    """The name in a piece [i, j) of a run that no list knows, without the stop-words, opening
    verb or dateline before it; None when nothing of a name is left."""
    if j - i == 1 and lows[i] in lex.number_names and i != first:
        if toks[i - 1].text not in OPENERS:  # "the carriers Seven and Wren"
            return i, j
    if j - i == 1 and _model_word(i, toks, lows, lex):
        return i, j  # "the Series 9": `_numbered` takes the number
    i, j = _trim(i, j, lows, toks, lex)
    if j - i > 1 and (i == first or toks[i - 1].text in OPENERS) and _gerund(i, j, toks, lows, lex):
        i += 1  # "Bringing Ambrel's team ...": a verb opening the sentence
    if j - i > 1 and (i == first or toks[i - 1].text in OPENERS) and _agent_head(i, lows, lex):
        i += 1  # "Carmaker Volvex said", "Insurer Orlo Mutual": a descriptor, not the name
    if j - i > 1 and i == first and _item_verb(i, toks, lows, lex):
        i += 1  # "• Acquired Deller Tankers for $300m": a list item's verb, its subject elided
    if i == first:
        i = _past_dateline(i, j, toks, lows, lex)
    if i >= j:
        return None
    if j - i == 1 and (lows[i] in lex.stopwords or toks[i].text == "I"):
        return None
    return i, j


def _model_word(i: int, toks: list[Tok], lows: list[str], lex: Lexicon) -> bool:
    """A model word that is a stop-word alone ("Series") before a short number after "the" or
    a possessive: "the Series 9", "its Series 7 phones" (`_numbered` takes the number)."""
    if lows[i] not in lex.numbered_products or i == 0 or i + 1 >= len(toks):
        return False
    num = toks[i + 1].text
    return num.isdigit() and len(num) <= 2 and lows[i - 1] in ("the", "its", "their", "'s")


def _item_verb(i: int, toks: list[Tok], lows: list[str], lex: Lexicon) -> bool:
    """The word at i opens a bulleted list item and is a verb of the triggers ("• Acquired
    X", "- Signed a deal with Y")."""
    return i > 0 and toks[0].text in LIST_MARKS and lows[i] in item_verbs(lex)


def _entities(
    cands: list[Candidate], text: str, base: int, toks: list[Tok], lows: list[str], lex: Lexicon
) -> list[Candidate]:
    """The candidates that may be entities (no law, storm or news agency), grown to take a
    designation's number or a shop's possessive."""
    cands = [c for c in cands if not _not_entity(c, toks, lows, lex)]
    cands = [c for c in cands if not _dateline_agency(c, toks)]
    cands = [c for c in cands if not listing_prefix(c, toks, lows, lex)]
    cands = _numbered_firms(cands, text, base, toks, lows, lex)
    cands = [_numbered(c, text, base, toks, lows, lex) for c in cands]
    cands = [_serial_vehicle(c, text, base, toks, lows, lex) for c in cands]
    cands = [_lettered(c, toks, lows, lex) for c in cands]
    cands = [c for c in cands if c.j > c.i]
    return [_possessive_name(c, text, base, toks, lows, lex) for c in cands]


# the brackets around a dateline's agency: "(Reuters)", "[NTB Finans]", "/Nordwire/"
AGENCY_BRACKETS: Final[dict[str, str]] = {"(": ")", "[": "]", "/": "/"}


def _dateline_agency(c: Candidate, toks: list[Tok]) -> bool:
    """ "SAN FRANCISCO (Reuters) -", "OSLO [NTB] -", "HAMBURG /Nordwire/ --": the news agency
    of a dateline."""
    return (
        0 < c.i
        and c.j + 1 < len(toks)
        and AGENCY_BRACKETS.get(toks[c.i - 1].text) == toks[c.j].text
        and toks[c.j + 1].text in DASHES
    )


def _describing(
    cands: list[Candidate], toks: list[Tok], lows: list[str], lex: Lexicon
) -> list[int]:
    """Mark the candidates named only to describe someone or something (`descriptor_only`):
    "set up by two former Bainbridge auditors", "the Super Rugby League side Dunmere Wolves",
    "the Marlow-Tenby team". Returns the ends of the former employers."""
    former = [c.j for c in cands if _former_employer(c, toks, lows, lex)]
    starts = {c.i for c in cands}
    for c in cands:
        c.descriptor_only = c.j in former or _league_of(c, starts, lows, lex)
        c.descriptor_only = c.descriptor_only or _pair_part(c, toks, lows, lex)
    return former


def _kept(
    cands: list[Candidate], toks: list[Tok], lows: list[str], first: int, lex: Lexicon
) -> list[Candidate]:
    """The candidates that are no wire credit, rule acronym or "+" brand, in sentence order,
    each marked whether it opens the sentence or a quote (`initial`)."""
    cands = [
        c
        for c in cands
        if not _credit(c, toks, lows, lex)
        and not _rule(c, toks, lows, lex)
        and not _plus_brand(c, toks)
    ]
    cands.sort(key=lambda c: c.i)
    for c in cands:
        c.initial = c.i == first or (c.i > 0 and toks[c.i - 1].text in OPENERS)
    return cands


def _former_employer(c: Candidate, toks: list[Tok], lows: list[str], lex: Lexicon) -> bool:
    """ "two former Bainbridge auditors": a name between "former" and a staff noun describes
    people by their old employer (see `former_employer` in loaders/data/lexicon.yaml)."""
    if c.i == 0 or c.j >= len(toks):
        return False
    before = lows[c.i - 2] if c.i >= 2 and lows[c.i - 1] == "-" else lows[c.i - 1]
    if before not in lex.former_before:  # "former Bainbridge", "ex-Fairholm"
        return False
    w = lows[c.j]
    if not toks[c.j].text.islower():
        return False
    return w in lex.former_staff or (w.endswith("s") and lex.titles.lookup((w[:-1],)) is not None)


YEAR = re.compile(r"(19|20)[0-9]{2}")


def _numbered(c: Candidate, text: str, base: int, toks, lows, lex: Lexicon) -> Candidate:
    """ "the Class 810 trains", "the Phase 3 trial": a capitalized word and a number are one
    designation (see `numbered_names` in loaders/data/lexicon.yaml). Returns the candidate
    grown to take the number, typed Product for a model word, or emptied (j == i) for a
    designation that is no entity; other candidates unchanged."""
    k = c.j
    if c.known or c.j - c.i != 1 or k >= len(toks) or not toks[k].text.isdigit():
        return c
    word = lows[c.i]
    if word in lex.numbered_none:
        c.j = c.i
        return c
    if YEAR.fullmatch(toks[k].text) and not _target_year(toks, lows, k, lex):
        return c  # "Orlo 2024 results": a name and a year
    if len(toks[k].text) > 4 or _counted_after(lows, k + 1, lex, shares_named=True):
        return c  # "lent Zarvenbryg 40 million euros", "Sorimoko 25 percent": a name and an amount
    grown = _cand(text, base, toks, c.i, k + 1)
    if k + 1 < len(lows) and lows[k + 1] in lex.numbered_projects:
        grown.vote("Project", W_DESCRIPTOR)  # "the Class 40 frigates": a naval programme
    elif word in lex.numbered_products:
        grown.vote("Product", W_DESCRIPTOR)
    return grown


SHARE_WORDS: Final[frozenset[str]] = frozenset({"shares", "units", "bonds", "notes", "stock"})


def _counted_after(lows: list[str], k: int, lex: Lexicon, shares_named: bool = False) -> bool:
    """The word at `k`, after a number, makes the number an amount or a count ("40 million",
    "25 percent", "300 staff"), not part of a name before it."""
    if k >= len(lows):
        return False
    w = lows[k]
    if shares_named and w in SHARE_WORDS:
        return False  # "sold Channel 4 shares": the shares of a numbered name
    if w in lex.numbered_counted or w in lex.money_words or w.isdigit():
        return True  # "40 000 euros": a group of thousands
    return w in NonNames.of(lex).alone and w.isalpha()  # a currency: "12 kroner"


def _target_year(toks: list[Tok], lows: list[str], k: int, lex: Lexicon) -> bool:
    """ "Pathway 2030", "Agenda 2040": a programme named by a round target year (from 2020, a
    multiple of five) that no lower-case noun follows ("Orlo 2025 results": the year of the
    results)."""
    year = int(toks[k].text)
    if year < 2020 or year % 5:
        return False
    nxt = k + 1
    if nxt < len(toks) and toks[nxt].text.isalpha() and toks[nxt].text.islower():
        return lows[nxt] in lex.stopwords
    return True


def _serial_vehicle(c: Candidate, text: str, base: int, toks, lows, lex: Lexicon) -> Candidate:
    """ "Lantern Pool 2210", "Corvane Fund 12": a name of two words or more ending in a pooled
    vehicle's word (`numbered_names.vehicle`) and a serial number (no year, no count: "sold
    Halden Fund 3308 shares") are one name. Other candidates unchanged."""
    k = c.j
    if c.known or c.j - c.i < 2 or k >= len(toks) or not toks[k].text.isdigit():
        return c
    if lows[k - 1] not in lex.numbered_vehicles or len(toks[k].text) > 4:
        return c
    if YEAR.fullmatch(toks[k].text):
        return c  # "Halden Fund 2024 returns"
    if _counted_after(lows, k + 1, lex):
        return c
    grown = _cand(text, base, toks, c.i, k + 1)
    grown.vote("Organization", W_DESCRIPTOR)  # the number makes no model of a product
    return grown


ROMAN = frozenset("ii iii iv v vi vii viii ix x xi xii".split())


def _lettered(c: Candidate, toks: list[Tok], lows: list[str], lex: Lexicon) -> Candidate:
    """ "Phase II", "Tier III": a designation word and a roman numeral name nothing; "Model Y",
    "Series X": a model word and a letter name a product. Other candidates unchanged."""
    if c.known or c.j - c.i != 2 or len(toks[c.i + 1].text) > 4 or not toks[c.i + 1].text.isupper():
        return c
    word, mark = lows[c.i], lows[c.i + 1]
    if word in lex.numbered_none and mark in ROMAN:
        c.j = c.i
    elif word in lex.numbered_products and (len(mark) == 1 or mark in ROMAN):
        c.vote("Product", W_DESCRIPTOR)
    return c


def _numbered_firms(
    cands: list[Candidate], text: str, base: int, toks: list[Tok], lows: list[str], lex: Lexicon
) -> list[Candidate]:
    """ "Route 9 Brewing", "Channel 5 Media", "Pier 39 Holdings": a capitalized word, a small
    number and a name ending in an organization word are one company's name."""
    if not any(c.j < len(toks) and toks[c.j].text.isdigit() for c in cands):
        return cands
    by_start = {c.i: c for c in cands}
    out: list[Candidate] = []
    skip: set[int] = set()
    for c in cands:
        if c.i in skip:
            continue
        k = c.j
        nxt = by_start.get(k + 1)
        if (
            c.known is None
            and c.j - c.i == 1
            and k < len(toks)
            and toks[k].text.isdigit()
            and len(toks[k].text) <= 3
            and nxt is not None
            and nxt.known is None
            and _org_end(lows[nxt.j - 1], lex)
        ):
            skip.add(nxt.i)
            c = _cand(text, base, toks, c.i, nxt.j)
        out.append(c)
    return out


def _league_of(c: Candidate, starts: set[int], lows: list[str], lex: Lexicon) -> bool:
    """ "the Super Rugby League side Dunmere Wolves": an organization's name before a member
    noun (`membership_heads`) and the member's name describes the member."""
    k = c.j
    return (
        k + 1 < len(lows)
        and lows[k] in lex.membership_heads
        and (k + 1) in starts
        and (lows[k - 1] in lex.org_words or (c.known is not None and c.known[1] != "Location"))
    )


def _possessive_name(c: Candidate, text: str, base: int, toks, lows, lex: Lexicon) -> Candidate:
    """ "Sainsbury's said", "at Harrod's.": the possessive ending is part of a shop's name when
    a reporting verb, an auxiliary or punctuation follows it (`possessive_name_followers`)."""
    k = c.j
    if c.known or k + 1 >= len(toks) or lows[k] != "'s":
        return c
    if lows[k + 1] not in lex.possessive_followers or lows[c.i] in lex.first_names:
        return c
    if lows[k + 1] in AND_OR and _possessive_next(k + 2, toks, lows):
        return c  # "Harlow's and Orlo's shares": two owners of one noun
    grown = _cand(text, base, toks, c.i, k + 1)
    grown.vote("Organization", W_SHAPE)
    return grown


def _possessive_next(k: int, toks: list[Tok], lows: list[str]) -> bool:
    """The name words from token k end in a possessive "'s"."""
    while k < len(toks) and _is_name_token(toks[k]):
        k += 1
    return k < len(lows) and lows[k] == "'s"


def _staff_names(a: Analysis, former: list[int]) -> None:
    """ "former Harcourt consultants Dana Fiske and Omar Lidd": the names right after the staff
    noun (at token end + 1 of each dropped employer) are people."""
    by_start = {c.i: c for c in a.cands}
    for end in former:
        c = by_start.get(end + 1)
        if c is None and end + 1 < len(a.lows) and a.lows[end + 1] == ",":
            c = by_start.get(end + 2)  # "two former Kairo scientists, Lene Moe and Arvid Lund"
        while c is not None:
            c.vote("Person", W_TITLE)
            nxt = c.j + 1 if c.j < len(a.lows) and a.lows[c.j] in (",", "and") else -1
            c = by_start.get(nxt)


def _rule(c: Candidate, toks: list[Tok], lows: list[str], lex: Lexicon) -> bool:
    """ "the IRA subsidies", "ISO certification": an acronym naming a rule or standard."""
    return (
        c.j - c.i == 1
        and c.j < len(toks)
        and lows[c.j] in lex.rule_nouns
        and ALLCAPS_RE.match(toks[c.i].text) is not None
        and not c.known
    )


def _plus_brand(c: Candidate, toks: list[Tok]) -> bool:
    """ "its Dunmore+ service": a streaming brand written with a glued "+" shares its name
    key with the company; it is left out so that the company's forms still fold together."""
    k = c.j
    return k < len(toks) and toks[k].text == "+" and toks[k].start == toks[k - 1].end


def _credit(c: Candidate, toks: list[Tok], lows: list[str], lex: Lexicon) -> bool:
    """ "(Harbour Desk)", "(Nordic Wire)": a wire credit in parentheses names a desk, no
    entity (a stop-word such as a demonym may open it)."""
    k = c.i - 1
    while k > 0 and lows[k] in lex.stopwords and toks[k].text[:1].isupper():
        k -= 1
    return (
        0 < c.i
        and c.j < len(toks)
        and toks[k].text == "("
        and toks[c.j].text == ")"
        and lows[c.j - 1] in lex.person_cues.outlets
        and not c.known
    )


def _not_entity(c: Candidate, toks: list[Tok], lows: list[str], lex: Lexicon) -> bool:
    """A law, competition, storm or street ("Clean Air Act", "Premier League", "Storm Ciara",
    "Market Street"), or a demonym ("Ghanaian"): capitalized, but no entity."""
    if c.known:
        return False
    i, j = c.i, c.j
    if lows[i] in lex.not_entity_first and j - i > 1:
        return True
    if _street(i, j, lows, lex):
        return True  # "on Via Condotti", "at Drottninggatan"
    if lows[j - 1] in lex.event_venues and j - i > 1 and _after_at(i, lows):
        return True  # "signed at the Harrow Arena": where an event took place
    if j < len(toks) and lows[j] in lex.market_nouns and toks[j].text.islower():
        if lows[i] == "the" or (i > 0 and lows[i - 1] == "the"):
            return True  # "the Bone Density segment": a line of business
    if founded_event(lows, i, j, lex, held=True):
        return False  # "launched (owns) the Harvest Days festival": a firm's own event, a project
    site = _site_after(j, toks, lows, lex)
    if site and (lows[i] == "the" or (i > 0 and lows[i - 1] == "the") or site[-1] == "station"):
        if site[-1] in ("park", "estate") and not _placed_after(
            i if lows[i] == "the" else i - 1, lows
        ):
            return False  # "The Yarrow retail park, which X plans to develop": a project
        return True  # "the Corla festival", "the Durnby Center hall", "Tessby bus station"
    if j - i == 1 and i > 0 and lows[i - 1] == "the" and lows[i] in lex.not_entity_last:
        return True  # "the Championship club", "the Act": a competition or law by its kind
    # the last word names the kind of thing; one word only as the tail of a capitalized
    # phrase whose head is a blocked word ("Premier League", "World Cup")
    for k in range(max(i, j - 2), j):
        hit = lex.not_entity_last.match(lows, k) if lows[k] in lex.not_entity_last else None
        if hit and k + hit[0] == j:
            if lows[j - 1] in lex.not_entity_body_tails and _of_head_in(i, k, lows, lex):
                return False  # "Office of Rail and Road", "Ostmark Institute of Standards"
            return j - i > 1 or (i > 0 and toks[i - 1].text[:1].isupper())
    if j - i == 1 and lows[i] not in lex.first_names:
        nxt = [t.text for t in toks[j : j + 2]] + ["", ""]
        # "Lombard also owns", "Breton bought": a verb after the word makes it a name
        reading = Reading(_name_verbs(lex), i > 0 and toks[i - 1].text[:1].isdigit())
        if people_of_place(toks[i].text, nxt[0], lex.stopwords, nxt[1], reading):
            return True  # "retired Germans", "a cramped Victorian ground": a place's people
        # a named region's adjective ("Baltic"), not the plain "Regional" opening a sentence
        named = lows[i] in lex.region_adjectives and lows[i] != "regional"
        regional = named or lows[i] in data_words(lex, "odd_demonyms")
        if regional and modifies(nxt[0], nxt[1], lex.stopwords, reading):
            return True  # "Baltic freight rates", "Basque cider": a region's adjective
    return (j - i == 1 and lex.demonym(toks[i].text)) or _regional_adjective(c, toks, lows, lex)


@per_lexicon
def _name_verbs(lex: Lexicon) -> frozenset[str]:
    """Words that, right after a capitalized word, read as its verb or lead one ("Lombard also
    owns", "Saxon could sell", "Breton bought", "Victorian expects"): it is a name then, the
    verb's subject, not a place's adjective (`loaders.place_people.modifies`)."""
    acts = data_words(lex, "act_irregulars") | data_words(lex, "bystander_verbs")
    return frozenset(VERB_LEADS | acts)


# prepositions of a street address ("on Via Condotti"; "a stake in Via Serra" is a road's
# project, "in Bahnhofstrasse" a street by its ending)
STREET_PREPS: Final = frozenset({"on", "at", "off", "along"})
ENDING_PREPS: Final = STREET_PREPS | frozenset({"in", "from", "near"})


def _street(i: int, j: int, lows: list[str], lex: Lexicon) -> bool:
    """A street after a preposition of place: opened by a street word that may open a firm's
    name too ("on Via Condotti", not "Via Rail said"), or one word with a street's ending ("at
    Drottninggatan")."""
    if i == 0 or lows[i - 1] not in ENDING_PREPS:
        return False
    if j - i > 1 and lows[i] in lex.not_entity_first_placed:
        return lows[i - 1] in STREET_PREPS
    w = lows[i]
    return j - i == 1 and any(w.endswith(e) and len(w) > len(e) + 2 for e in lex.street_endings)


def _of_head_in(i: int, k: int, lows: list[str], lex: Lexicon) -> bool:
    """An of-head and "of" or "for" before token k in [i, k): "Office of", "Agency for"."""
    return any(lows[m] in lex.of_heads and lows[m + 1] in ("of", "for") for m in range(i, k - 1))


def _placed_after(t: int, lows: list[str]) -> bool:
    """A preposition of place before the article at t: "a depot on the Kestrel Park business
    estate" (a site where something stands), not an estate or park being built or sold."""
    return t >= 1 and lows[t - 1] in ("on", "at", "in", "near", "off", "from", "into", "onto")


def _site_after(j: int, toks: list[Tok], lows: list[str], lex: Lexicon) -> list[str]:
    """The lower-case event or site noun (of one or two words) at token j that makes the name
    before it an event's or a site's ("festival", "hall", "business estate"), else []."""
    events, sites = data_words(lex, "event_nouns"), data_words(lex, "site_nouns")
    for size in (2, 1):
        words = lows[j : j + size]
        phrase = " ".join(words)
        if len(words) == size and (phrase in events or phrase in sites):
            return words if all(t.text.islower() for t in toks[j : j + size]) else []
    return []


def _regional_adjective(c: Candidate, toks: list[Tok], lows: list[str], lex: Lexicon) -> bool:
    """ "Southern Alpine shipbuilder Vessa", "Andean miner Cordo": an adjective of a region (a
    demonym's ending or "-ine"), after a direction or alone, before a company noun and the
    company's name: it describes the company, it names no place (not "Lisbon start-up X": a
    place the gazetteer knows)."""
    i, j = c.i, c.j
    words = lows[i:j]
    if not (len(words) == 1 or (len(words) == 2 and words[0] in lex.name_adjectives)):
        return False
    adj = words[-1]
    if (
        not (nationality(adj) or adj.endswith(PLACE_ADJECTIVE_ENDS))
        or " ".join(words) in place_names()
    ):
        return False
    if adj in place_names() or adj in compass_places():
        return False  # "North Atlantic carrier X": a sea or ocean the writer names
    if j + 1 >= len(toks) or not toks[j].text.islower():
        return False
    head = lows[j] in lex.located_heads or lex.heads.lookup((lows[j],)) == "Organization"
    return head and toks[j + 1].text[:1].isupper()


def _after_at(i: int, lows: list[str]) -> bool:
    """The name at token i follows "at" or "at the"."""
    k = i - 1
    if lows[i] != "the" and k >= 0 and lows[k] == "the":
        k -= 1  # "at the Harrow Arena" ("The" inside the run at a sentence's start is no case)
    return k >= 0 and lows[k] == "at"


def _cand(text, base, toks, i, j, known=None) -> Candidate:
    start, end = toks[i].start, toks[j - 1].end
    cand = Candidate(i, j, text[start - base : end - base], start, end, known=known)
    cand.clause_open = _opens_clause(i, toks)
    return cand


def _opens_clause(i: int, toks: list[Tok]) -> bool:
    """The name at token i opens a clause joined by ", and" / ", but" / ";" ("..., and Brantor
    has countersued"): the subject of its own clause, no apposition or list member."""
    if i >= 1 and toks[i - 1].text == ";":
        return True
    return i >= 2 and toks[i - 1].text in ("and", "but") and toks[i - 2].text == ","
