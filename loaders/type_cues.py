"""Type votes for name candidates from their own words and their context.

Each cue adds a weight to one type: a known name, an organization suffix or word, a given
name, the shape of the word (a one-word name in capitals), a descriptor noun
before or after the name ("the social media platform X", "X, a startup"), a verb that names
or makes it ("called X", "maker of X"), what follows it (an age, "who", a state), and the role
or title next to it ("Tesla CEO Elon Musk"). `loaders.person_cues` and `loaders.place_cues` add
the cues of longer constructions on the same scale.

>>> from loaders.lexicon import Lexicon
>>> from loaders.mentions import analyze
>>> a = analyze("Dana Whitlow, who founded Orbix Labs, spoke.", 0, Lexicon.load())
>>> [(c.text, c.best()) for c in a.cands]
[('Dana Whitlow', 'Person'), ('Orbix Labs', 'Organization')]
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Final

from anyascii import anyascii

from loaders.brand_names import sold_under_vote
from loaders.company_frames import company_frames
from loaders.cue_mask import CUE_LISTING, CUE_MAKING
from loaders.described_things import described_thing_votes
from loaders.firm_contexts import (
    firm_context,
    firm_only,
    lower_legal_vote,
    trade_descriptor,
)
from loaders.firm_descriptors import ampersand_vote, firm_network, market_leader, masthead_vote
from loaders.firm_fields import firm_after_and, modifies_noun, placed_firm_noun
from loaders.firm_whose import firm_noun_whose
from loaders.foreign_heads import foreign_head_vote
from loaders.gazetteer import compass_place, place_names
from loaders.grammar_words import DETS_AND_ONE, POSSESSIVE_MARKS
from loaders.lexicon import per_lexicon, read_data, word_set
from loaders.loyalty import loyalty_vote
from loaders.model_numbers import model_number_vote
from loaders.name_fragments import name_fragment
from loaders.non_names import data_words
from loaders.person_frames import firms_speaker, its_own, of_company, org_shaped, person_frame_votes
from loaders.person_modifiers import employed_at, firm_at_venture, modifies_job
from loaders.possessed_descriptors import tie_word, tied_descriptor
from loaders.possessed_things import possessed_thing, site_or_event
from loaders.possessor_firms import possessor_votes
from loaders.premodifier import place_vote, premodifier
from loaders.product_cues import (
    APPOSITIVE_ADVERBS,
    SELLERS,
    class_noun_vote,
    made_good,
    owned_brand,
    owned_goods,
    possessed_good,
    product_word,
)
from loaders.project_cues import project_vote
from loaders.relations.words import (
    AMOUNT_STARTS,
    AND_OR,
    COORD,
    OWN_PRONOUNS,
    RELATIVES,
    SCALE_WORDS,
    SENTENCE_ENDS,
    SKIP_DETS,
    STAYING_LINKS,
    WHICH_THAT,
    product_modifier,
)
from loaders.speaker_tails import speaker_tail
from loaders.trade_agents import listed_trade, trade_agent, trade_modified
from loaders.type_frames import frame_votes

if TYPE_CHECKING:
    from loaders.lexicon import Lexicon
    from loaders.mentions import Analysis, Candidate
    from loaders.tokens import Tok

# word shapes
CAMEL_RE = re.compile(r"^[a-z]+[A-Z][A-Za-z0-9]*$|^[A-Z][a-z]+[A-Z][A-Za-z0-9]*$")
ALLCAPS_RE: Final = re.compile(r"^[A-Z][A-Z0-9&]{1,6}$")
# a model code: capitals, a hyphen and a number ("RX-340", "TL-9", "EV-12X")
# a short model code: a few capitals and one or two digits ("Q7", "X5", "TR9")
SHORT_CODE_RE: Final = re.compile(r"^[A-Z]{1,3}[0-9]{1,2}[A-Z]?$")
CODE_RE: Final = re.compile(r"^[A-Z]{1,5}-[0-9]{1,4}[A-Z]?$|^[A-Z]{1,2}[0-9]{3,4}[A-Z]?$")

DETERMINERS = frozenset("a an the its his her their our this that one another".split())
COPULAS: Final = frozenset("is was are were becomes became remains remained".split())
FUNCTION = frozenset(
    "and or but of in on at to for with by from is was are were has have had will would said "
    "says that which who as than".split()
)
MAKE_WORDS: Final = frozenset(
    {"makes", "make", "made", "maker", "makers", "launched", "sells", "released"}
)
NAME_DETS: Final = frozenset({"the", "its", "their", "his", "her", "'s", "our"})
POSSESSIVE_DETS = frozenset({"its", "their", "his", "her", "'s"})
AGE = re.compile(r"[1-9][0-9]")
# "X said she ...": not "X told her" (an object)
SAY_VERBS: Final = frozenset({"said", "says", "added", "wrote", "argued", "insisted"})
PERSON_PRONOUNS = frozenset({"he", "she", "his"})
# persons2 area: a day between the reporting verb and what is said ("said on Monday its")
SAYING_DAYS: frozenset[str] = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday".split()
)

# Vote weights: how much each kind of cue says about a candidate's type.
# prepositions inside an appositive after which a place noun describes the place, not the name
APPOSITIVE_PLACE_PREPS: frozenset[str] = frozenset({"in", "near", "outside", "from", "at"})
W_KNOWN = 20.0
W_LEGAL = 6.0
W_TITLE = 5.0
W_APPOSITIVE = 4.0
W_ORG_WORD: Final = 3.0
W_FIRST_NAME = 3.0
W_DESCRIPTOR = 3.0
W_ROLE_ORG = 2.0
W_LOCATED = 4.0
W_NAME_HEAD = 2.0
W_SHAPE: Final = 1.5
W_COMPASS = 0.5  # "Northern Rock": no person, though any other cue may type it
# forms of address that name a person, unlike an occupation ("Photographer Brenvale")
HONORIFICS: Final = frozenset("mr mrs ms dr prof sir dame lord lady".split())
W_FORMED = 10.0  # "merge to form Jordan Hayes": outweighs a given name in a few mentions


def type_votes(a: Analysis, lex: Lexicon) -> None:
    """Add the votes of every cue to the candidates of one analysed sentence.

    The cues run in a fixed order: votes add up in a dict whose first key wins a tie.
    """
    toks, lows, cands = a.toks, a.lows, a.cands
    by_start = {c.i: c for c in cands}
    by_end = {c.j: c for c in cands}
    for c in cands:
        if c.known:
            c.vote(c.known[1], W_KNOWN)
            continue
        _own_words(c, toks, lows, lex)
        model_number_vote(c, toks, lows, lex)  # "the Orrin 44": a model
        sold_under_vote(c, toks, lows, lex)  # "sold under the Seaguard name"
        foreign_head_vote(c, lows, lex)
        lower_legal_vote(c, toks, lows, lex)
        trade_descriptor(c, lows, lex)
        c.firm_context = firm_context(c, toks, lows, lex)
        c.firm_only = firm_only(c, lows, lex)
        c.premodifier = premodifier(c, toks, lows, lex)
        c.fragment = name_fragment(c, toks, lows, lex)
        if c.premodifier:
            place_vote(c)
        masthead_vote(c, lows, lex)
        ampersand_vote(c, lows)
        _descriptor_before(c, toks, lows, lex)
        _descriptor_after(c, toks, lows, by_start, lex)
        _naming_verb(c, toks, lows, lex)
        _after_name(c, lows, by_start)
        of_company(c, lows, by_start, lex)
        firms_speaker(c, lows, by_end, lex)
        _possessed_product(c, toks, lows, by_start, by_end, lex)
        _place_context(c, lows, by_start, by_end, lex)
        loyalty_vote(c, lows, lex)
        project_vote(c, lows, lex)
        class_noun_vote(c, lows, lex)
        owned_brand(c, lows, by_start)
    _role_votes(a, by_start, by_end, lex)
    _bare_title_votes(a, by_end, lex)
    _title_votes(a, by_start, by_end, lex)
    _listed_opener(a, by_start)
    _which_opener(a)
    _listed_things(a, by_start, lex)
    _plural_head_list(a, by_start, lex)
    _made_list(a, by_start, lex)
    person_frame_votes(a, by_start, lex)
    frame_votes(a, lex)
    described_thing_votes(a, by_start, by_end, lex)
    for c in cands:  # after the persons' titles and roles: "Dr Ana Reis is suing" keeps hers
        if not c.known and not (c.initial and c.j - c.i == 1 and not c.votes):
            company_frames(c, lows, lex)
    possessor_votes(a, lex)  # "Quorvan's biggest rival"


TITLES = frozenset({"titles", "franchises"})  # games and films: "titles such as X and Y"


# the words `_listed_things` reads a list after: an owner's verb ("its brands include X") and a
# list opener after a plural noun ("titles such as X", "drugs including X")
INCLUDE_VERBS: Final = frozenset({"include", "includes"})
LIST_OPENERS: Final = frozenset({"including", "like", "such", "notably"})
LISTING_WORDS: Final = INCLUDE_VERBS | LIST_OPENERS


def _listed_things(a: Analysis, by_start: dict[int, Candidate], lex: Lexicon) -> None:
    """ "competes with titles such as Rust Hollow and Pale Tide", "drugs including Slimra": the
    names listed after a plural of a product noun are products."""
    lows = a.lows
    if not (a.cues & CUE_LISTING):  # (`LISTING_WORDS`)
        return  # (most sentences: no scan of their words)
    for k, w in enumerate(lows):
        if w in INCLUDE_VERBS and owned_goods(lows, k - 1, lex):
            _vote_list(by_start.get(k + 1), by_start, lows, "Product")
            continue
        if w not in LIST_OPENERS or k == 0:
            continue
        start = k + 2 if w == "such" and k + 1 < len(lows) and lows[k + 1] == "as" else k + 1
        if w == "such" and start == k + 1:
            continue
        at = k - 1 if lows[k - 1] != "," else k - 2
        noun = lows[at] if at >= 0 else ""
        vote = "Organization" if listed_trade(lows, at, lex) else "Product"
        if (
            vote == "Product"
            and noun not in TITLES
            and not (noun.endswith("s") and lex.heads.lookup((noun[:-1],)) == "Product")
        ):
            continue
        _vote_list(by_start.get(start), by_start, lows, vote)


def _plural_head_list(a: Analysis, by_start: dict[int, Candidate], lex: Lexicon) -> None:
    """ "the dating apps Spryn and Halo", "its two drugs Velmar and Ostix": the later names of
    a list after a determined plural of a product noun are products like the first (which
    `_descriptor_before` types), unless an organization cue of their own says otherwise."""
    lows = a.lows
    for c in a.cands:
        p = c.i - 1
        noun = lows[p] if p >= 1 else ""
        if not noun.endswith("s") or lex.heads.lookup((noun[:-1],)) != "Product":
            continue
        if not any(w in NAME_DETS for w in lows[max(0, p - 3) : p]):
            continue
        nxt = c
        while nxt.j + 1 < len(lows) and lows[nxt.j] in (",", "and"):
            after = by_start.get(nxt.j + 1)
            if after is None or after.known or "Organization" in after.votes:
                break
            after.vote("Product", W_DESCRIPTOR)
            nxt = after


def _vote_list(
    c: Candidate | None, by_start: dict[int, Candidate], lows: list[str], vote: str
) -> None:
    """Vote for the names of a list opened by c ("X, Y and Z")."""
    while c is not None and not c.known:
        c.vote(vote, W_DESCRIPTOR)
        nxt = c.j + 1 if c.j < len(lows) and lows[c.j] in (",", "and", "or") else -1
        c = by_start.get(nxt)


def _made_list(a: Analysis, by_start: dict[int, Candidate], lex: Lexicon) -> None:
    """ "the maker of Solent kettles and Dorvel irons", "makes Crispo crisps, Nutwell snack
    bars and Tangel biscuits": the later names of a list after a making word, each with its
    product noun, are products like the first (typed by `_naming_verb`)."""
    lows = a.lows
    if not (a.cues & CUE_MAKING):  # (`MAKE_WORDS`)
        return
    n = len(lows)
    for k, w in enumerate(lows):
        if w not in MAKE_WORDS or (w in ("maker", "makers") and lows[k + 1 : k + 2] != ["of"]):
            continue
        start = k + 2 if w in ("maker", "makers") else k + 1
        start += start < n and lows[start] == "the"
        c = by_start.get(start)
        first = True
        while c is not None:
            q = c.j
            while q < n and q - c.j < 3 and lows[q].isalpha() and lows[q] not in AND_OR:
                q += 1
            if not any(product_word(lows[m], lex) for m in range(c.j, q)):
                break  # a member with no product noun after it ends the list
            if not first and not c.known:
                c.vote("Product", W_DESCRIPTOR)
            first = False
            sep = q
            q += q < n and lows[q] == ","
            q += q < n and lows[q] in AND_OR
            q += q < n and q > sep and lows[q] == "the"
            c = by_start.get(q) if q > sep else None


W_LISTED = 2.0  # enough to keep a lone opener (coref.STRONG_VOTE), not to outvote a cue


def _listed_opener(a: Analysis, by_start: dict[int, Candidate]) -> None:
    """ "Tesco, Sainsbury's and Asda cut prices", "Verdana and Kosmo, neither of which ...": a
    one-word name opening a sentence and listed with other names is a name like them (an
    uncued opener would be dropped as an ordinary word), typed like the next one."""
    if not a.cands:
        return
    c = a.cands[0]
    k = c.j
    if not c.initial or c.known or c.votes or c.j - c.i != 1 or k + 1 >= len(a.lows):
        return
    if a.lows[k] not in (",", "and"):
        return
    nxt = by_start.get(k + 1)
    if nxt is None:
        return
    after = a.lows[nxt.j] if nxt.j < len(a.lows) else "."
    if a.lows[k] == "," and after not in (",", "and"):
        return  # "Elsewhere, Kesta Foods rose": an adverb and a comma, no list
    etype = nxt.best() or "Organization"
    if etype in ("Organization", "Person"):
        c.vote(etype, W_LISTED)


def _which_opener(a: Analysis) -> None:
    """ "Vantly, which makes payroll software, raised $40m": a one-word name opening a sentence,
    then "which" and a verb firms take: an organization (an uncued opener would be dropped)."""
    if not a.cands:
        return
    c, lows = a.cands[0], a.lows
    k = c.j
    if not c.initial or c.known or c.votes or c.j - c.i != 1 or k + 2 >= len(lows):
        return
    if lows[k] == "," and lows[k + 1] == "which" and lows[k + 2] in _which_verbs():
        c.vote("Organization", W_ORG_WORD)  # enough to keep an opener shaped like an adverb


@cache
def _which_verbs() -> frozenset[str]:
    return frozenset(read_data("names.yaml")["which_firm_verbs"])


def _own_words(c: Candidate, toks: list[Tok], lows: list[str], lex: Lexicon) -> None:
    """The name's own words: a legal form, an organization word, a given name, a name's head
    ("Wind Farm", "Project Lantern") or the shape of a one-word name (camel case, capitals)."""
    end = c.j - 1 if lows[c.j - 1] == "." and c.j - c.i > 1 else c.j
    last = lows[end - 1].rstrip(".")
    words = c.text.split()
    if last in lex.legal_suffixes and end - c.i > 1:
        c.vote("Organization", W_LEGAL)
    elif last in lex.org_words and end - c.i > 1:
        strong = last in data_words(lex, "corporate_ends")  # "Merrow Holdings, a platform"
        c.vote("Organization", W_LEGAL if strong else W_ORG_WORD)
    elif end - c.i > 2 and name_kind(lows, c.i, end, lex) == "Project":
        # "the Tamar Reservoir Project": its head outweighs a given name ("Tamar") and a
        # product verb ("launched the Northgate Terminal Project")
        c.vote("Project", W_ORG_WORD + W_NAME_HEAD)
    elif len(words) >= 2 and _given(lows[c.i], lex) and not place_end(lows, end, lex):
        c.vote("Person", W_FIRST_NAME)  # but "Bryan County" is a place
    elif _persons_form(toks, lows, c.i, end, lex):
        c.vote("Person", W_FIRST_NAME)  # "Kelmo Dastry Jr.", "Ysolde van der Marr"
    else:
        kind = name_kind(lows, c.i, end, lex)
        if kind == "Location" and last in THE_WATERS and (c.i == 0 or lows[c.i - 1] != "the"):
            kind = None  # "the Kara Sea", but "Tidewater Ocean competes": a shipping line
        if kind:  # "Corrie Flats Wind Farm", "Project Lantern", "Orbix Cloud Platform"
            c.vote(kind, W_NAME_HEAD if kind == "Product" else W_ORG_WORD)
            if lows[c.i] in lex.name_starts:
                c.vote(kind, W_NAME_HEAD)  # "launched Project Lantern": not a product
        elif _compass_opened(toks, lows, c.i, end, lex):
            c.vote("Organization", W_COMPASS)  # "Northern Rock"; later "Rock" is no surname
    # a one-word name in capitals votes Organization a little; a camel-case one ("VitaLoop",
    # "SoftBank") none: coined names of that shape are products as often as companies, and
    # the Organization default still types one with no cue
    if c.j - c.i == 1 and CODE_RE.match(toks[c.i].text):
        c.vote("Product", W_SHAPE / 2)  # "the RX-340", "its TL-9": a model code, no company
    elif c.j - c.i == 1 and _short_code(c, toks, lows):
        c.vote("Product", W_SHAPE)  # "the Q7 from Delmark", "its X5": a model, no company
    elif c.j - c.i == 1 and ALLCAPS_RE.match(toks[c.i].text) and not CAMEL_RE.match(toks[c.i].text):
        c.vote("Organization", W_SHAPE / 2)


def _short_code(c: Candidate, toks: list[Tok], lows: list[str]) -> bool:
    """A short letter-and-digit code ("Q7", "X5", "TR9") owned by a possessive, or after "the"
    and before its maker ("the Q7 from Delmark"); not "the G7 summit"."""
    if not SHORT_CODE_RE.match(toks[c.i].text) or c.i == 0:
        return False
    before = lows[c.i - 1]
    if before != "'s" and before in POSSESSIVE_DETS:
        return True
    return before == "the" and lows[c.j : c.j + 1] in (["from"], ["by"], ["made"])


def _descriptor_before(c: Candidate, toks: list[Tok], lows: list[str], lex: Lexicon) -> None:
    """ "the social media platform X", "billionaire entrepreneur Elon Musk", "startup Anthropic",
    "his own AI venture, xAI"; else "its anticoagulant, Veltrix" (a possessed thing)."""
    head = _head_before(lows, c.i, lex)
    possessor = c.j < len(lows) and lows[c.j] in POSSESSIVE_MARKS
    if head is None and c.i > 1 and lows[c.i - 1] == "," and toks[c.i - 2].text.islower():
        # "his own AI venture, xAI"; not "Oakhurst Capital, Delmara" (a name's last word),
        # nor "The Solent kettle, Vantora's best seller" (the possessor of an appositive)
        head = None if possessor else _head_before(lows, c.i - 1, lex)
    if head is None and c.i > 3 and lows[c.i - 1] == "the" and lows[c.i - 2] == ",":
        head = _owned_head(lows, c.i - 2, lex)  # "its flagship product, the Corra X1"
    if head and head[1] in BRAND_WORDS and lows[c.i - 1] == "," and _owned_brand(lows, c.i - 2):
        head = ("Product", head[1])  # "the group's bike brand, Zappo": the owner is the firm
    if head and c.i >= 2 and lows[c.i - 2] == "former" and head[1] in _former_jobs():
        head = ("Person", head[1])  # "the former regulator Mira Costane": a past job
    bare = head and lows[c.i - 1] == head[1] and _bare_before(toks, lows, c.i)
    if head and head[1] in data_words(lex, "bare_firm_heads") and (bare or _placed_head(lows, c.i)):
        head = ("Organization", head[1])  # "resale platform Secundo", "the Leeds network X"
    if head and _persons_occupation(c, lows, head, lex):
        pass  # "the shipowner Maria Corrander": her given name types her
    elif head:
        c.vote(head[0], W_DESCRIPTOR)
        c.descr.add(head[1])
        _parent_word(c, lows[max(0, c.i - 4) : c.i], lex)
    elif _owned_thing(lows, c.i, lex):
        c.vote("Product", W_NAME_HEAD + 0.5)  # "its anticoagulant, Veltrix"
    elif _described_service(toks, lows, c.i):
        c.vote("Product", W_DESCRIPTOR)  # "a genetic testing service, Genoscan"


# modifiers that make "service" a product's noun besides a gerund ("lending", "testing")
SERVICE_MODIFIERS: Final = frozenset({"rival", "digital", "online", "subscription", "mobile"})


def _described_service(toks: list[Tok], lows: list[str], i: int) -> bool:
    """ "a genetic testing service, Genoscan", "the main competing service, Lendfast", "its
    rival service, Quickpay": a service a gerund or a product modifier describes, set off
    right before the name (not "the postal service, Royal Mail": a public body)."""
    if i < 3 or lows[i - 1] != "," or lows[i - 2] != "service":
        return False
    w = toks[i - 3].text
    return w.islower() and w.isalpha() and (w.endswith("ing") or w in SERVICE_MODIFIERS)


def _placed_head(lows: list[str], i: int) -> bool:
    """A known town or region modifies the descriptor before the name at i: "the Leeds network
    Brisk Audio" (a firm of that place), not "Quillex's Wi-Fi network Skylink"."""
    return i >= 3 and lows[i - 3] == "the" and lows[i - 2] in place_names()


def _owned_brand(lows: list[str], b: int) -> bool:
    """The brand noun at b is owned: a possessor at most four words before it ("its scooter
    brand", "the group's electric bike brand"), no article of its own ("a brand, X")."""
    return any(lows[m] in POSSESSIVE_DETS for m in range(max(0, b - 4), b))


BARE_REACH: Final = 3  # "online resale platform X": lower-case words of a bare descriptor


def _bare_before(toks: list[Tok], lows: list[str], i: int) -> bool:
    """The descriptor ending before token i stands with no determiner, possessor or launching
    verb before it: "Resale platform Secundo", "with streaming platform Wavely"."""
    p = i - 1
    while p >= 0 and i - p <= BARE_REACH and lows[p].isalpha() and lows[p] not in FUNCTION:
        if lows[p] in DETERMINERS or lows[p] in MAKE_WORDS:
            return False
        if p > 0 and not toks[p].text.islower():
            return False  # "Tovrin Media platform X": a name before the noun
        p -= 1
    return p < 0 or lows[p] not in NAME_DETS


@per_lexicon
def _person_trades(lex: Lexicon) -> frozenset[str]:
    """Descriptors that describe people as often as firms (`person_occupations`) and trades'
    agent nouns (`trade_agents`)."""
    return data_words(lex, "person_occupations") | data_words(lex, "trade_agents")


def _persons_occupation(c: Candidate, lows: list[str], head: tuple[str, str], lex: Lexicon) -> bool:
    """A firm's descriptor that describes people as often (`person_occupations`: "developer",
    "shipowner") or a trade's agent noun ("printer") beside a name of two or three words whose
    first is a given name and whose last is no organization word ("Maria Corrander", not
    "Castell Homes")."""
    if head[0] != "Organization":
        return False
    # mend30a (review 30 F6): a trade's agent noun too ("Jonas Brekke, a printer in Harlow")
    trades = _person_trades(lex)
    if head[1] not in trades:
        return False
    return 2 <= c.j - c.i <= 3 and _given(lows[c.i], lex) and not org_shaped(lows, c.j, lex)


def _parent_word(c: Candidate, words: list[str], lex: Lexicon) -> None:
    """A descriptor naming a parent before its head noun ("parent company Tessaly", "Tessaly,
    the parent company,"): the name is described as a parent too (`parent_heads`)."""
    parents = data_words(lex, "parent_heads")
    c.descr.update(w for w in words if w in parents)


def _descriptor_after(
    c: Candidate, toks: list[Tok], lows: list[str], by_start: dict[int, Candidate], lex: Lexicon
) -> None:
    """ "Stargate, a newly announced ... initiative", "Stargate is a joint venture", "the
    Stargate project", "the ChartPilot clinical documentation assistant"."""
    k = c.j
    n = len(lows)
    if k < n and (lows[k] == "," or lows[k] in COPULAS) and not _fronted(lows, c.i, k):
        if speaker_tail(lows, k):
            return  # "..., a spokesman for the group said.": the speaker, not the name
        head = None if _superlative_in(lows, c.i) else _head_after(lows, k + 1, by_start, lex)
        if made_good(c, toks, lows, by_start, lex):
            return
        good = _appositive_good(toks, lows, k + 1, lex)
        if good is not None:
            head = ("Product", good)  # not "rival" in "the line made by rival X"
        if head and head[0] == "Product" and firm_network(lows, k + 1, lex):
            head = ("Organization", head[1])  # "X, a pickup network which partnered Y"
        if head and head[0] == "Person" and org_shaped(lows, k, lex) and c.j - c.i > 1:
            head = None  # "Nordfisk Group, a salmon farmer": firms farm, grow and trade too
        if head and _persons_occupation(c, lows, head, lex):
            head = None  # "Ilse Marren, a property developer and the club's owner"
        if head:
            c.vote(head[0], W_APPOSITIVE)
            c.descr.add(head[1])
            _parent_word(c, lows[k + 1 : k + 4], lex)
        elif lows[k] == "," and _possessed_appositive(toks, lows, k + 1, by_start, lex):
            c.vote("Product", W_APPOSITIVE)  # "Tallow, its leak-warning valve"
    # a name followed by a descriptor noun, or a few modifiers and one; not "Environmental
    # group Bay Watch" at a sentence's start, where the word describes the next name
    if k + 1 < n and lows[k].isdigit() and len(lows[k]) <= 2 and lows[k + 1] in lex.heads:
        if c.i > 0 and lows[c.i - 1] in NAME_DETS:  # not "sold Kesta 20 trucks"
            k += 1  # "the Sea Breeze 2 wind farm": a phase number before the head
    if k + 1 < n and toks[k].text.isupper() and lows[k] in lex.stopwords:
        if c.i > 0 and _det_before(lows, c.i):
            k += 1  # "the (£2bn) Harl Bay LNG terminal": a generic acronym before the head
    if k < n and not toks[k].text[0].isupper() and not _verb_head(lows, c.i, k):
        hit = lex.heads.match(lows, k)
        modifier = hit and c.initial and c.j - c.i == 1 and (k + hit[0]) in by_start
        if hit and lows[k] in BRAND_WORDS and c.i > 0 and _owner_before(lows, c.i):
            c.vote("Product", W_NAME_HEAD)  # "its Tindra brand": moderate, company cues outvote
        elif hit and hit[1] != "Person" and not modifier:
            if c.premodifier:
                c.held = hit[1]  # "the Harnby unit": a vote only if Harnby is named elsewhere
            else:
                c.vote(hit[1], _head_weight(c, lows, hit[1], lex))  # "the Antofagasta region"
        elif _determined(lows, c.i, lex) or (
            _listed_after_determiner(toks, lows, c.i, lex) and not _short_of_firm(c, by_start, lex)
        ):
            if not _modified_head(c, toks, lows, k, lex):
                _named_product_noun(c, toks, lows, k, lex)


def _owner_before(lows: list[str], i: int) -> bool:
    """The brand named at i is someone's: "its Tindra brand", "whose Tindra brand", "sold under
    the Dryvane brand"."""
    if lows[i - 1] in POSSESSIVE_DETS or lows[i - 1] == "whose":
        return True  # "its Tindra brand", "Orvo, whose Tindra brand"
    return i >= 2 and lows[i - 2 : i] == ["under", "the"]


def _determined(lows: list[str], i: int, lex: Lexicon) -> bool:
    """The name at i follows a determiner, maybe past "own" or one or two adjectives ("its own
    Corvo paring knives", "its top Grilla pizza oven", "its refillable Vello journal"); not
    past a descriptor noun ("the printer Halden Labels makes bottle tags")."""
    p = i - 1
    while p >= 1 and i - 1 - p < 2 and lows[p].replace("-", "").isalpha():
        if lows[p] in FUNCTION or lows[p] in DETERMINERS or lows[p] in NAME_DETS:
            break
        if lows[p] in lex.heads:
            return False
        p -= 1
    return p >= 0 and lows[p] in NAME_DETS


def _short_of_firm(c: Candidate, by_start: dict[int, Candidate], lex: Lexicon) -> bool:
    """The name is a firm's short name in the sentence ("Pellham Foods sells cheese, and the
    Granby and Pellham cheeses"): no product of a list."""
    lead = c.text + " "
    return any(
        o.text.startswith(lead) and o.text.split()[-1].lower() in lex.org_words
        for o in by_start.values()
    )


LISTED_NAME_WORDS: Final = 3  # capitalized words of each earlier name in "the A, B and C kites"


def _listed_after_determiner(toks: list[Tok], lows: list[str], i: int, lex: Lexicon) -> bool:
    """The name at i ends a list of names after a determiner ("the Pello and Pello Pro drills",
    "its Arvo, Tesko and Pello drills"): the head noun after it is each name's."""
    p = i - 1
    while p >= 2 and lows[p] in ("and", "or", ","):
        q = p - 1
        while q >= 1 and p - q <= LISTED_NAME_WORDS and toks[q].text[:1].isupper():
            q -= 1
        if q == p - 1:
            return False
        if _determined(lows, q + 1, lex):
            return True
        p = q
    return False


# what ends an appositive's noun phrase besides a participle: "a sealant that X launched", "a
# lens made by X", "the cracker brand of X", "a glass for shopfronts"
GOOD_CLOSERS: Final = frozenset(
    {",", ".", ";", ")", "that", "which", "by", "of", "from", "for", "with", "in", "sold"}
    | {"made", "built", "run", "grown", "worn", "first"}  # "a goat cheese first sold in 2019"
)


def _appositive_good(toks: list[Tok], lows: list[str], p: int, lex: Lexicon) -> str | None:
    """The noun of "a/the [modifiers] NOUN" from p when it is a good (a product noun, or a
    brand with its owner after it) and the phrase closes right after it ("Quellamar, a
    moisture-proof sealant that X launched", "the cleaning line made by rival X", "the cracker
    brand of X"); None for a firm's noun ("the cracker maker owned by X", "a unit of X")."""
    n = len(lows)
    if p >= n or lows[p] not in SKIP_DETS:
        return None
    m = p + 1
    while m < n and m - p <= 5 and toks[m].text.replace("-", "").isalpha():
        w = lows[m]
        if not toks[m].text.islower() or w in GOOD_CLOSERS or w.endswith("ed"):
            break
        if w in FUNCTION or w in DETERMINERS:
            return None
        m += 1
    if m == p + 1 or m >= n or m - p > 5:
        return None
    closer, noun = lows[m], lows[m - 1]
    if not (closer in GOOD_CLOSERS or (closer.endswith("ed") and closer.isalpha())):
        return None
    if noun in BRAND_WORDS:
        return noun if closer not in (",", ".", ";", ")", "for", "in", "with") else None
    hit = _head_ending(lows, m - 1, lex)  # "a rail line": a project's head
    if (hit and hit[1] != "Product") or not product_word(noun, lex):
        return None
    if noun in data_words(lex, "trade_agents"):
        return None  # "a fertiliser blender in Y": a firm's trade
    return noun


def _modified_head(c: Candidate, toks: list[Tok], lows: list[str], k: int, lex: Lexicon) -> bool:
    """ "the Ruvo copper-gold mine": a descriptor head after up to two lower-case modifiers
    from k votes its type; False when none is found."""
    n = len(lows)
    for m in range(k + 1, min(n, k + 4)):
        w = toks[m - 1].text.replace("-", "")
        if not (w.isalpha() and w.islower()) or w in FUNCTION or w in DETERMINERS:
            return False
        hit = lex.heads.match(lows, m)
        if hit and hit[1] not in ("Person", "Location"):
            if m + hit[0] >= n or lows[m + hit[0]] not in lex.heads:
                etype = hit[1]
                if lows[m] in BRAND_WORDS and lows[c.i - 1] in POSSESSIVE_DETS:
                    etype = "Product"  # "its Brisola floor-cleaner brand"
                elif lows[m] in BRAND_WORDS and product_word(lows[m - 1], lex):
                    etype = "Product"  # "the Brisk dish soap brand": a good's brand
                c.vote(etype, _head_weight(c, lows, etype, lex))
                return True
    return False


def _superlative_in(lows: list[str], i: int) -> bool:
    """The name at i ends "the biggest N in [the] NAME": an appositive after it describes the
    superlative's head N ("the biggest chilled warehouse in the Norland, a freezer facility"),
    never the place."""
    p = i - 2 if i >= 2 and lows[i - 1] == "the" else i - 1
    if p < 2 or lows[p] != "in":
        return False
    for q in range(p - 2, max(-1, p - 6), -1):
        w = lows[q]
        if w.endswith("est") and w.replace("-", "").isalpha() and lows[q - 1] in NAME_DETS:
            return True  # "the biggest", "its largest", "the second-largest"
        if not w.replace("-", "").isalpha() or w in FUNCTION:
            return False
    return False


# a firm's own service named in a possessed appositive ("Penny, Kestbank's checking service")
OWN_SERVICES: Final = frozenset({"service"})


def _possessed_appositive(
    toks: list[Tok], lows: list[str], p: int, by_start: dict[int, Candidate], lex: Lexicon
) -> bool:
    """An appositive from p: "its"/"their"/"X's", up to three lower-case modifiers and a
    product noun that closes the phrase ("its leak-warning valve,", "long Brannock's top
    model."); not "its parent", "its pump maker"."""
    n = len(lows)
    if p < n and lows[p] in APPOSITIVE_ADVERBS:
        p += 1
    if p < n and p in by_start and by_start[p].j < n and lows[by_start[p].j] in POSSESSIVE_MARKS:
        p = by_start[p].j
    elif (
        p + 2 < n and lows[p] == "the" and toks[p + 1].text.isalpha() and toks[p + 1].text.islower()
    ):
        p += 2 if lows[p + 2] in POSSESSIVE_MARKS else 0  # "Penny, the bank's own checking service"
    if p >= n or lows[p] not in ("its", "their", "'s", "'"):
        return False
    m = p + 1
    launch = data_words(lex, "launch_participles")
    while m < n and m - p <= 4 and toks[m].text.replace("-", "").isalpha():
        if m > p + 1 and lows[m] in launch:
            break  # "Sonalis's rechargeable in-ear aid launched in May"
        if not toks[m].text.islower() or lows[m] in FUNCTION or lows[m] in DETERMINERS:
            return False
        m += 1
    if m == p + 1 or (m < n and lows[m] not in (",", ".", ";", ")") and lows[m] not in launch):
        return False
    if product_word(lows[m - 1], lex) or lows[m - 1] in SELLERS | OWN_SERVICES:
        return True
    if tied_descriptor(lows[p + 1 : m], lex):
        return False  # "Kelmora, Glenmora's largest customer,"
    if m < n and lows[m] in launch:
        return True  # a descriptor its owner launched: "Sonalis's in-ear aid launched in May"
    # a named possessor only: "X, its new-look <noun>" may be another firm's "its"
    return lows[p] in POSSESSIVE_MARKS and _praised_thing(lows, p + 1, m, lex)


def _praised_thing(lows: list[str], a: int, m: int, lex: Lexicon) -> bool:
    """ "Kintail Cask, Glenmora's flagship malt,", "Lost Ledgers, Quelvara's biggest show,": a
    possessed noun no lexicon list types (no firm, site or place noun) after a product modifier
    or a superlative names the possessor's product."""
    head = lows[m - 1]
    if m - a < 2 or head in lex.heads or head in lex.place_cues.sites:
        return False
    return any(product_modifier(w) or _superlative(w) for w in lows[a : m - 1])


def _superlative(w: str) -> bool:
    """ "biggest", "newest", "most", "best": a superlative modifier."""
    return w in ("most", "best") or (len(w) > 5 and w.endswith("est"))


def _named_product_noun(
    c: Candidate, toks: list[Tok], lows: list[str], k: int, lex: Lexicon
) -> None:
    """ "the Emberfall fantasy series", "their SnugFit winter jackets": a name after a
    determiner, up to two lower-case modifiers and a product noun (`products` of the stakes
    lexicon, no descriptor head) that ends the phrase; or a possessed brand ("its Fjellgold
    butter label"), a moderate vote that company cues elsewhere outvote."""
    n = len(lows)
    for m in range(k, min(n, k + 3)):
        w = toks[m].text.replace("-", "")
        if not (w.isalpha() and w.islower()) or w in FUNCTION or w in DETERMINERS:
            return
        if lows[m] in BRAND_WORDS:
            if lows[c.i - 1] in POSSESSIVE_DETS:
                c.vote("Product", W_NAME_HEAD)  # "its Fjellgold butter label"
            return
        nxt = lows[m + 1] if m + 1 < n else "."
        if product_word(lows[m], lex) and nxt not in lex.heads and not product_word(nxt, lex):
            c.vote("Product", W_NAME_HEAD)
            return


# "its Tindra brand", "its Fjellgold label": what a company sells under its name
BRAND_WORDS: frozenset[str] = frozenset({"brand", "label", "marque"})


FRONTING: frozenset[str] = frozenset(read_data("grammar.yaml")["fronting_prepositions"])
VERB_HEADS: Final[frozenset[str]] = frozenset(read_data("grammar.yaml")["verb_heads"])
QUESTION_AUX: frozenset[str] = frozenset(read_data("grammar.yaml")["question_auxiliaries"])


def _fronted(lows: list[str], i: int, comma: int) -> bool:
    """The name ends a fronted prepositional phrase ("For Lisbon-based Corvant, the project
    hedges ..."): the sentence opens with a fronting preposition, no comma before the name, and
    no comma closes the phrase after `comma` (which "For Varnholt, a Bremen project, the loan"
    has: an appositive)."""
    opener = 2 if lows[:2] == ["as", "for"] else 1
    placed = i == 1 and lows[0] == "in"  # "In Brackwell, the ferry operator X added"
    if lows[comma] != "," or (" ".join(lows[:opener]) not in FRONTING and not placed):
        return False
    if "," in lows[:i] or ";" in lows[comma + 1 :]:
        return False
    return "," not in lows[comma + 1 : comma + 12]


def _verb_head(lows: list[str], i: int, k: int) -> bool:
    """ "plan"/"project" at token k after a name at i is a verb: "Does Nelmor plan to list",
    "Will Ardent project a loss", "Nelmor plans to"."""
    if lows[k] not in VERB_HEADS:
        return False
    nxt = lows[k + 1] if k + 1 < len(lows) else "."
    return nxt == "to" or nxt in DETERMINERS or (i > 0 and lows[i - 1] in QUESTION_AUX)


def _head_weight(c: Candidate, lows: list[str], etype: str, lex: Lexicon) -> float:
    """The weight of a head noun after the name: a project or product named for a place outvotes
    the place word that ends its name ("the Tarrow Bay wind farm", "the Sela Valley dam")."""
    named = _det_before(lows, c.i)
    if named and etype in ("Project", "Product") and place_end(lows, c.j, lex):
        return W_LOCATED
    return W_NAME_HEAD


SIZE_WORDS: Final[frozenset[str]] = SCALE_WORDS | {"mw", "gw"}  # "the planned 500 MW plant"


def _det_before(lows: list[str], i: int) -> bool:
    """A determiner before the name at i, maybe past its cost or size and a modifier or two
    ("the £300m Tarrow Bay wind farm", "the planned 500MW Sela Valley plant")."""
    p = i - 1
    while p >= 1 and i - p <= 4 and (_premodifier(lows[p]) or lows[p] in SIZE_WORDS):
        p -= 1
    return p >= 0 and lows[p] in NAME_DETS


def _premodifier(w: str) -> bool:
    """An amount or a plain modifier word ("£300m", "planned", "long-delayed")."""
    if w[:1] in AMOUNT_STARTS:
        return True
    return w.replace("-", "").isalpha() and w not in FUNCTION and w not in DETERMINERS


def _owned_head(lows: list[str], comma: int, lex: Lexicon) -> tuple[str, str] | None:
    """A product or project noun owned by "its"/"their" ending before the comma at `comma`
    ("its flagship product, the Corra X1"); not an organization noun ("its rival, the X")."""
    head = _head_before(lows, comma, lex)
    if head is None or head[0] not in ("Product", "Project"):
        return None
    owned = any(lows[m] in OWN_PRONOUNS for m in range(max(0, comma - 4), comma - 1))
    return head if owned else None


def _naming_verb(c: Candidate, toks: list[Tok], lows: list[str], lex: Lexicon) -> None:
    """A verb before the name that names, makes or forms it: "The venture, called NC
    Materials", "the startup that makes the Canvasly whiteboard", "merge to form Holm Varga"."""
    p = c.i - 1
    if p >= 2 and lows[p] == "the" and lows[p - 1] in ("called", "named", "dubbed"):
        p -= 1  # "a speaker called the Boomer"
    known_as = p >= 2 and lows[p] == "as" and lows[p - 1] == "known"
    if known_as:
        p -= 1  # "Tarvo's pill, known as TX-90"
    if p >= 1 and (lows[p] in ("called", "named", "dubbed") or known_as):
        q = p - 1 if lows[p - 1] != "," else p - 2
        hit = _head_ending(lows, q, lex)
        # not "Halden Bank named Laura Novak chief executive": a name's last word
        if hit and hit[1] not in ("Person", "Location") and toks[q].text.islower():
            c.vote(hit[1], W_APPOSITIVE)  # the name gets the type of the head noun
        elif not hit and q >= 0 and toks[q].text.islower() and _called_good(lows[q], lex):
            c.vote("Product", W_APPOSITIVE)  # "a range of chews called Grippon"
    if _called_by_namer(toks, lows, c.i, lex):
        c.vote("Product", W_APPOSITIVE)  # "a savings product it calls Nestwell"
    # "maker of Crispin crackers"
    p = c.i - 1
    if p >= 0 and lows[p] == "the":
        p -= 1
    made = p >= 0 and (
        lows[p] in MAKE_WORDS or (lows[p] == "of" and p > 0 and lows[p - 1] in MAKE_WORDS)
    )
    possessor = c.j < len(lows) and lows[c.j] in POSSESSIVE_MARKS  # "sells Quillex's Brisa range"
    # "Kelso sells Kelso-branded kettles": a hyphened premodifier, often the firm's own name
    possessor = possessor or lows[c.j : c.j + 1] == ["-"]
    if made and not possessor and not _made_into(lows, p, c.j):
        c.vote("Product", W_DESCRIPTOR)
    # "will be renamed Brindle Tessa": a new company's name
    if _after_forming_verb(lows, c.i, lex):
        c.vote("Organization", W_FORMED)


NAMER_REACH = 4  # tokens of the namer between a good's noun and "calls" ("the Leeds group")


def _called_by_namer(toks: list[Tok], lows: list[str], i: int, lex: Lexicon) -> bool:
    """ "a savings product it calls Nestwell", "a card that the bank calls Plus": a good's noun,
    maybe "that"/"which", then the namer and "calls" right before the name at token i."""
    if i < 3 or lows[i - 1] not in ("calls", "call", "dubs"):
        return False
    q = i - 2
    while q >= 0 and i - 2 - q < NAMER_REACH and lows[q] not in WHICH_THAT:
        if toks[q].text.islower() and lows[q] not in ("it", "the") and q < i - 2:
            break  # past the namer ("it", "the bank", "Tarsa Foods")
        q -= 1
    if q >= 0 and lows[q] in WHICH_THAT:
        q -= 1
    return q >= 0 and toks[q].text.islower() and product_word(lows[q], lex)


def _called_good(w: str, lex: Lexicon) -> bool:
    """A noun of goods or works before "called": "chews", "a show called Night Harbour"."""
    return product_word(w, lex) or w in data_words(lex, "class_nouns_before")


def _made_into(lows: list[str], p: int, k: int) -> bool:
    """ "The deal makes Corvel the largest dealer", "made Kesta a leader": "make" with a name
    and what it becomes (a determiner right after the name at token k), no product made."""
    return lows[p] in ("makes", "make", "made") and k < len(lows) and lows[k] in SKIP_DETS


def _plural_who(c: Candidate, lows: list[str]) -> bool:
    """ "Quillex, who were the sole bidder": a plural verb after one name's "who" is a
    British firm's agreement, no person's (not "Ada and Ben Roe, who were")."""
    k = c.j + 2
    alone = c.i == 0 or lows[c.i - 1] not in COORD
    return alone and k < len(lows) and lows[k] in ("were", "are", "have")


def _after_name(c: Candidate, lows: list[str], by_start: dict[int, Candidate]) -> None:
    """What follows the name: an age in commas ("Dana Whitlow, 54, joined"), a person's pronoun
    after a reporting verb ("Dana Whitlow said she"; "Regulex says it will": a firm), "who"
    ("Elon Musk, who founded xAI"), or a known place ("Boulder, Colorado": a town before its
    state)."""
    k = c.j
    n = len(lows)
    if k + 2 < n and lows[k] == "," and AGE.fullmatch(lows[k + 1]) and lows[k + 2] == ",":
        c.vote("Person", W_TITLE)
    said = _said_clause(lows, k) if k < n and lows[k] in SAY_VERBS else n
    if said + 1 < n and lows[said] in PERSON_PRONOUNS:
        c.vote("Person", W_TITLE)
    if said + 2 < n and its_own(lows, said):
        c.vote("Organization", W_ORG_WORD)  # "Regulex says it will check the bid"
    if k + 1 < n and lows[k] == "," and lows[k + 1] == "who" and not _plural_who(c, lows):
        if not _appositive_origin(c, lows, by_start):
            c.vote("Person", W_FIRST_NAME)
        elif c.j - c.i == 1 and not c.votes:
            c.vote("Location", W_DESCRIPTOR)  # "a dealer from Wexbury, who": a town
    if k + 1 < n and lows[k] == "and" and lows[k + 1] == "i":
        c.vote("Person", W_FIRST_NAME)  # "Benno Raike and I set it up"
    if k + 1 < n and lows[k] == "," and (k + 1) in by_start:
        nxt = by_start[k + 1]
        after = lows[nxt.j] if nxt.j < n else "."
        if nxt.known and nxt.known[1] == "Location" and after != "'s":
            if not c.votes.get("Person"):  # "Anna Pike, Ohio": a person and her state
                c.vote("Location", W_LOCATED)


# "a scrap dealer from Wexbury, who"; "the founder of Rafferty Flagon Blowers, who": the
# appositive's head is the person the "who" is about, not the name after the preposition
ORIGIN_PREPS: Final = frozenset({"from", "in", "near", "of"})


def _appositive_origin(c: Candidate, lows: list[str], by_start: dict[int, Candidate]) -> bool:
    """ "Ada Brannock, a one-time scrap dealer from Wexbury, who ...": the name ends a person's
    appositive after "from/in/near"; the "who" is the person's, not the place's."""
    p = c.i - 1
    if p < 3 or lows[p] not in ORIGIN_PREPS:
        return False
    for q in range(p - 1, max(0, p - 7), -1):
        if lows[q] == ",":
            return lows[q + 1] in DETS_AND_ONE and q - 1 >= 0 and lows[q - 1][:1].isalpha()
        if q in by_start or lows[q] in RELATIVES:
            return False
    return False


def _said_clause(lows: list[str], k: int) -> int:
    """The first word of what the reporting verb at k says, past a day and "that" ("said on
    Monday that its profits", "said today it would")."""
    m = k + 1
    if lows[m : m + 1] == ["on"] and m + 1 < len(lows) and lows[m + 1] in SAYING_DAYS:
        m += 2
    elif m < len(lows) and lows[m] in SAYING_DAYS:
        m += 1
    return m + 1 if m < len(lows) and lows[m] == "that" else m


def _possessed_product(
    c: Candidate,
    toks: list[Tok],
    lows: list[str],
    by_start: dict[int, Candidate],
    by_end: dict[int, Candidate],
    lex: Lexicon,
) -> None:
    """ "Arclight's Halo thermostat", "Pinecrest's own Ledgerline database", "X, whose
    Meadowcrest butter": a named thing owned by the possessor (not "Chile's Antofagasta
    region", "Acme's X arm")."""
    k = c.j
    poss = c.i - 1
    if poss >= 1 and lows[poss] == "own":
        poss -= 1
    modified = poss >= 1 and product_modifier(lows[poss])
    while poss >= 1 and c.i - 1 - poss < 2 and product_modifier(lows[poss]):
        poss -= 1  # "Gorlan's popular Zest range", "Marwen's new Drift lamp"
    if modified and k < len(lows) and (lows[k].endswith("ed") or lows[k] in SAY_VERBS):
        return  # "Harl's new Tessa Lind joined": a verb after the name, no product noun
    if modified and c.j - c.i > 1 and _given(lows[c.i], lex):
        return  # "Kessel's best-known Orla Reed": a person's name
    if k + 1 < len(lows) and lows[k] in AND_OR and (k + 1) in by_start:
        k = by_start[k + 1].j  # "its Strada and Corsa pickups": the shared product noun
        if k + 1 < len(lows) and lows[k] in POSSESSIVE_MARKS and (k + 1) in by_start:
            k = by_start[k + 1].j  # "Q's Ridgeline and V's Oakmill flours": each possessed
        if k >= len(lows) or not product_word(lows[k], lex):
            return
    if poss >= 0 and lows[poss] in ("its", "their", "whose") and k < len(lows):
        good = product_word(lows[k], lex) or possessed_good(lows, k, lex)
        if not good and _firm_possessor(lows, poss, by_end, lex):
            good = possessed_thing(toks, lows, k, lex)  # "its Tesselo hinge"
        if product_modifier(lows[k]) and k + 1 < len(lows):
            good = good or product_word(lows[k + 1], lex)  # "its Varna large-format screens"
        head = lex.heads.match(lows, k + 1) if k + 1 < len(lows) else None
        if head and head[1] != "Product":
            good = False  # "its Lumo alarm subsidiary": the good names a firm's trade
        if good and lows[k] not in lex.place_cues.sites:
            c.vote("Product", W_NAME_HEAD + 0.5)  # "its Dorvel irons", "their Strada pickups"
        return
    if poss >= 1 and lows[poss] in POSSESSIVE_MARKS and poss in by_end and k < len(lows):
        owner = by_end[poss].known
        place = owner is not None and owner[1] == "Location"
        head_after = lex.heads.match(lows, k) if lows[k] in lex.heads else None
        if head_after and head_after[1] != "Product":
            place = True  # "Chile's Antofagasta region", "Acme's X arm", "Acme's X mine"
        if lows[k] in lex.place_cues.sites:
            place = True  # "Brightsky Air's Gatwick base", "Kemble Bank's Leeds office"
        if toks[k].text.isalpha() and toks[k].text.islower() and lows[k] not in FUNCTION:
            if not place and not _bought_thing(lows[k], lex):
                c.vote("Product", W_NAME_HEAD + 0.5)


# words between "their" and the names it stands for: "A and B said on Monday that their"
THEIR_GAP: Final = frozenset({"said", "say", "says", "that", "also", "on", "have", "had"})


def _firm_possessor(lows: list[str], poss: int, by_end: dict[int, Candidate], lex: Lexicon) -> bool:
    """The possessor of "its"/"their"/"whose" at poss is a firm's name, not a person's, a
    place's or people's ("The couple said their", "Mark Brenn, whose", "Growers said their")."""
    if lows[poss] == "its":
        return True
    q = poss - 1
    if lows[poss] == "whose":
        if firm_noun_whose(lows, poss, lex):
            return True  # "the Dunedin company whose", "The Leeds-based maker, whose"
        if q < 1 or lows[q] != ",":
            return False
    else:
        while q >= 0 and poss - q <= 5 and (lows[q] in THEIR_GAP or lows[q] in WEEKDAYS):
            q -= 1
    c = by_end.get(q if lows[poss] == "whose" else q + 1)
    if c is None or (c.known is not None and c.known[1] != "Organization"):
        return False
    first = c.i == 0 or lows[c.i - 1] in SENTENCE_ENDS
    if lows[poss] == "their" and first and c.j == c.i + 1 and c.known is None:
        return False  # "Growers said their", "Analysts said their": a sentence's first word
    return not (c.j - c.i > 1 and _given(lows[c.i], lex))  # "Mark Brenn, whose"


WEEKDAYS: Final = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)


# "Vantora's Tarvick takeover": the name after a possessive is the firm being bought
PURCHASE_WORDS: Final = word_set(read_data("partnering.yaml")["purchase_words"])


def _bought_thing(w: str, lex: Lexicon) -> bool:
    """A deal noun after "Y's X" ("takeover", "bid", "purchase", "stake"): X is what is
    bought, no product; "Y's X brand" still is one."""
    if w in PURCHASE_WORDS:
        return True
    return w not in ("brand", "brands") and w in data_words(lex, "frame_deal_nouns")


SHORE_ENDS: Final = frozenset({"beach", "bay", "harbour", "harbor", "quay", "marina"})


def _place_context(
    c: Candidate,
    lows: list[str],
    by_start: dict[int, Candidate],
    by_end: dict[int, Candidate],
    lex: Lexicon,
) -> None:
    """Words around the name that make it a place: "St. Luke's Medical Center in Knoxville",
    "a Lisbon start-up", "Bergen-based", "based in Austin"."""
    k = c.j
    n = len(lows)
    # a place after a named institution
    if c.i >= 2 and lows[c.i - 1] == "in" and (c.i - 1) in by_end and c.j - c.i <= 2:
        c.vote("Location", W_NAME_HEAD)
    # "a Lisbon start-up", "Brooklyn startup X"; not "the Varno cooperative" (a name no
    # gazetteer knows, after "the": the cooperative's own)
    if k < n and lows[k] in lex.place_heads and c.j - c.i <= 2:
        named = c.i > 0 and lows[c.i - 1] == "the" and c.text.lower() not in place_names()
        # "X, the Tarrow shipbuilder,", "the Kellby brewer Orlo Ales": the company is named
        # beside it, so the name before its noun is where it is
        beside = (c.i > 1 and lows[c.i - 2] == ",") or (k + 1) in by_start
        # "the biggest Vexa lender": a rank word makes the noun a tie to the name (Vexa borrows)
        ranked = c.i > 0 and lows[c.i - 1] in lex.holder_ranks
        if (not named or beside) and not ranked:
            c.vote("Location", W_LOCATED)
    # "Bergen-based", "Omaha, Nebraska-based"
    if k + 1 < n and lows[k] == "-" and lows[k + 1] in lex.hyphen:
        if lex.hyphen[lows[k + 1]].target_first:
            c.vote("Location", W_LOCATED)
    # "based in Austin", "headquartered in Paris"
    if c.i >= 2 and lows[c.i - 1] == "in":
        if lows[c.i - 2] in ("based", "headquartered", "located"):
            c.vote("Location", W_LOCATED)
    # "based at Penhallow Beach": a shore's name after "based at"
    if c.i >= 2 and lows[c.i - 2 : c.i] == ["based", "at"] and lows[c.j - 1] in SHORE_ENDS:
        c.vote("Location", W_LOCATED)


def _role_votes(
    a: Analysis, by_start: dict[int, Candidate], by_end: dict[int, Candidate], lex: Lexicon
) -> None:
    """Role words: "Tesla CEO Elon Musk" (a person holds the role at an organization),
    "president and chief executive of X", "Colm Reyes is the founder and CEO of Tamsin"."""
    lows = a.lows
    n = len(lows)
    ends = {i: j for i, j, _ in a.roles}
    for i, j, role in a.roles:
        while j + 1 < n and lows[j] == "and" and (j + 1) in ends:
            j = ends[j + 1]  # "president and chief executive of X": the chain's end
        holder = by_start.get(j) or (by_start.get(j + 1) if j < n and lows[j] == "," else None)
        if holder and role.person_holder and firm_title(lows, i, j, lex):
            holder = None  # "proxy adviser Glass Remy": a firm's job too
        if holder and org_shaped(lows, holder.j, lex) and not _given(lows[holder.i], lex):
            holder = None  # "its advisers, Kesta Partners,": a firm named by its own words
        if holder and role.person_holder:
            holder.vote("Person", W_TITLE)
            # "its co-founders, Tobin Arce and Keren Adair": a plural role types both
            more = by_start.get(holder.j + 1) if holder.j < n and lows[holder.j] == "and" else None
            if more and lows[j - 1].endswith("s") and not more.known:
                more.vote("Person", W_TITLE)
        other = by_end.get(i) or (by_end.get(i - 1) if i > 0 and lows[i - 1] == "'s" else None)
        if other and holder and role.person_holder:
            other.vote("Organization", W_ROLE_ORG)
        if role.person_holder and j + 1 < n and lows[j] in ("of", "at"):
            org = by_start.get(j + 1) or (
                by_start.get(j + 2) if lows[j + 1] == "the" and j + 2 < n else None
            )
            if org:
                org.vote("Organization", W_ROLE_ORG)
            prev = by_end.get(i - 1) if i > 0 and lows[i - 1] == "," else None
            if prev is None and i > 1 and lows[i - 1] in DETERMINERS and lows[i - 2] == ",":
                prev = by_end.get(i - 2)
            if prev is None and i > 1 and lows[i - 1] in RANKS and lows[i - 2] == ",":
                prev = by_end.get(i - 2)  # "Kelso Varga, deputy head of sales at X"
            if prev is None and i > 1 and lows[i - 1] == "the" and lows[i - 2] in ("is", "was"):
                prev = by_end.get(i - 2)  # "Colm Reyes is the founder and CEO of Tamsin"
                prev = None if prev is not None and prev.known else prev
            if prev:
                prev.vote("Person", W_TITLE)


def _bare_title_votes(a: Analysis, by_end: dict[int, Candidate], lex: Lexicon) -> None:
    """A leading title with no organization, closing the clause after a name: "Orla Benn,
    chief executive, said", "and Hattie Wardle remains chief executive." (a person's)."""
    lows = a.lows
    n = len(lows)
    for i, j, role in a.roles:
        if not role.person_holder or role.inverse or not {"LEADS", "FOUNDED"} & set(role.types):
            continue
        j += j < n and lows[j] == "officer"
        if i < 2 or j >= n or lows[j] not in (",", "."):
            continue
        b = i - 1
        if lows[b] not in (",",) and lows[b] not in STAYING_LINKS:
            continue
        prev = by_end.get(b)
        if (
            prev is None
            or prev.known
            or (org_shaped(lows, prev.j, lex) and not _given(lows[prev.i], lex))
        ):
            continue
        prev.vote("Person", W_TITLE)


def _title_votes(
    a: Analysis, by_start: dict[int, Candidate], by_end: dict[int, Candidate], lex: Lexicon
) -> None:
    """Title words: "President Donald Trump", "Priya Castellano, Chief Medical Officer of
    Velmora"; not a job firms hold too ("the fund manager X", "Shipbroker X")."""
    lows = a.lows
    n = len(lows)
    for i, j in a.titles:
        if firm_title(lows, i, j, lex):
            continue
        holder = by_start.get(j) or _past_nouns(j, lows, by_start, lex)
        if holder and org_shaped(lows, holder.j, lex) and not _given(lows[holder.i], lex):
            continue  # "investor Kesta Capital": a firm named by its own words
        if holder:
            holder.vote("Person", W_TITLE)
            if lows[j - 1].rstrip(".") in HONORIFICS:
                holder.descr.add("honorific")  # "Mr Brenvale": a person, even beside a firm
            if lows[j - 1] in lex.adjudicators:
                holder.descr.add(lows[j - 1])  # "Judge Ann Marlow": no party to her case
        elif j < n and lows[j] in ("of", "at", ",", "for") and not _plural_aside(lows, i, j):
            k = i - 1
            while k > i - 3 and k > 0 and (lows[k] in lex.role_modifiers or lows[k] in RANKS):
                k -= 1  # "Ives Varga, finance director at X": a field before the title
            if k > 0 and lows[k] in ("a", "an", "the", "its", "his", "her", "their"):
                k -= 1
            prev = by_end.get(k) if k > 0 and lows[k] == "," else None
            if prev and not prev.known and not speaker_tail(lows, k):
                prev.vote("Person", W_TITLE)


RANKS: Final[frozenset[str]] = frozenset(read_data("grammar.yaml")["title_ranks"])


def _plural_aside(lows: list[str], i: int, j: int) -> bool:
    """ "X bought Lisk Savings, analysts at Corbin said": a plural title straight after the
    comma opens a clause of its own; it describes no name before it."""
    w = lows[j - 1]
    return i >= 1 and lows[i - 1] == "," and len(w) > 3 and w.endswith("s") and w[-2] != "s"


def _past_nouns(
    j: int, lows: list[str], by_start: dict[int, Candidate], lex: Lexicon
) -> Candidate | None:
    """The name after one or two role or descriptor nouns that follow a title at token j
    ("Billionaire investor Kelmo Dastry", "tycoon and investor X"), else None."""
    for k in (1, 2):
        nouns = lows[j : j + k]
        if len(nouns) < k or not all(_noun(w, lex) for w in nouns):
            return None
        if j + k in by_start:
            return by_start[j + k]
    return None


def _noun(word: str, lex: Lexicon) -> bool:
    return lex.heads.lookup((word,)) is not None or lex.roles.lookup((word,)) is not None


def firm_title(lows: list[str], i: int, j: int, lex: Lexicon) -> bool:
    """The title or role [i, j) is a job firms hold as often as people (`firm_titles`:
    "shipbroker", "asset manager", "energy trader", "proxy adviser"): it types no holder."""
    titles = data_words(lex, "firm_titles")
    last = lows[j - 1]
    if i > 0 and f"{lows[i - 1]} {last}" in data_words(lex, "product_titles"):
        return True  # "its vaccine candidate KB-17": a thing (typed by its other cues)
    if last in titles or (i > 0 and f"{lows[i - 1]} {last}" in titles):
        return True
    if last not in data_words(lex, "firm_trades") or j < 2:
        return False  # "Moroccan grower X", "rival adviser X": a trade's modifier
    return trade_modified(lows, j - 1, lex) or lows[j - 2] in data_words(
        lex, "firm_trade_modifiers"
    )


GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})
# lower-case particles of people's names that firms' names rarely hold (not "de", "da", "do":
# "Banco de Ventas", "Vale do Rio")
PERSON_PARTICLES = frozenset({"van", "von", "der", "den", "ter", "ten", "zu", "bin", "ibn"})


def _persons_form(toks: list[Tok], lows: list[str], i: int, end: int, lex: Lexicon) -> bool:
    """A name that only a person's takes: a generation after two name words ("Kelmo Dastry
    Jr.", "Ysolde Marr III"), a particle between them ("Ysolde van der Marr", "Kelmo bin
    Dastry") or initials before a surname ("J. R. Okafor"); no word of it is an organization
    word or a descriptor."""
    words = lows[i:end]
    if len(words) < 3 or any(w in lex.org_words or w in lex.heads for w in words):
        return False
    if words[-1].rstrip(".") in GENERATIONS and toks[i].text.istitle():
        return all(toks[k].text.istitle() for k in range(i, end - 1))
    if _initialled(toks, lows, i, end):
        return True
    inner = [k for k in range(i + 1, end - 1) if lows[k] in PERSON_PARTICLES]
    return bool(inner) and all(toks[k].text.islower() for k in inner)


def _initialled(toks: list[Tok], lows: list[str], i: int, end: int) -> bool:
    """An initial and its period inside the name before a surname: "J. R. Okafor", "Harlan T.
    Voss" (a firm named so keeps its organization word: "J. R. Okafor & Sons")."""
    last = toks[end - 1].text
    if len(last) < 2 or not last.istitle() or not last.isalpha():
        return False
    return any(
        len(toks[k].text) == 1 and toks[k].text.isupper() and lows[k + 1] == "."
        for k in range(i, end - 2)
    )


def _compass_opened(toks: list[Tok], lows: list[str], i: int, end: int, lex: Lexicon) -> bool:
    """A capitalized direction and one word that is no region ("Western Digital", "Northern
    Rock"): no person's name, as a given name and a surname would be."""
    if end - i != 2 or lows[i] not in lex.name_adjectives or not toks[i].text.istitle():
        return False
    return not compass_place(lows, i, end, lex.name_adjectives) and lows[i + 1] not in place_names()


def _given(word: str, lex: Lexicon) -> bool:
    """A given name, also a hyphenated one whose first part is one ("Jean-Paul", "Anne-Marie"),
    or one written with accents the list spells without ("Tomás", "Inês", "Zoë")."""
    if word in lex.first_names:
        return True
    if not word.isascii():
        return _given(anyascii(word), lex)
    return "-" in word and word.split("-", 1)[0] in lex.first_names


def _after_forming_verb(lows: list[str], i: int, lex: Lexicon) -> bool:
    """A `forming_verbs` phrase ends right before token i ("to form X", "be renamed X")."""
    verbs = lex.forming_verbs
    for k in range(max(0, i - 3), i):
        hit = verbs.match(lows, k) if lows[k] in verbs else None
        if hit and k + hit[0] == i:
            return True
    return False


def _owned_thing(lows: list[str], i: int, lex: Lexicon) -> bool:
    """ "its anticoagulant, Veltrix", "its new pickup, the Drayton Hauler": a name set off after
    a possessed common noun that no lexicon word types (not "its chief executive, X"), of up to
    three words, hyphenated ones too ("its low-cost lens, X"); after a name's or a
    description's "'s" only with a product noun ("Orvo's new kettle, X")."""
    k = _past_kind(lows, i, lex)  # "its biggest title, the history series Lost Ledgers"
    if k >= 0 and lows[k] == "the":
        k -= 1
    if k < 2 or lows[k] != ",":
        return False
    m, seen = k - 1, 0  # descriptor words read
    while m >= 0 and seen < 3 and _described_word(lows, m) and lows[m] not in POSSESSIVE_DETS:
        w = lows[m]
        if w in FUNCTION or w in DETERMINERS or tie_word(w, lex):
            return False  # "its chief executive, X", "Y's largest customer, X"
        if w in lex.heads and not product_word(w, lex):
            return False  # "its pump unit, X"; not "Marlow's newest model, the Tessa 3"
        seen += 1
        m -= 1
    if m < 0 or m == k - 1 or not lows[k - 1].isalpha():
        return False  # "its secretary-general, X": a hyphenated head is a title
    if site_or_event(lows, k - 1, lex):
        return False  # "its five-star hotel, the X", "its two-day event, X": no product
    if lows[m] in ("his", "her") and not all(w.isalpha() for w in lows[m:k]):
        return False  # "his third-born son, X": a person's kin
    # "its anticoagulant, X"; "the group's top-rated range, X", "Orvo's low-cost kettle, X"
    if lows[m] in POSSESSIVE_DETS:
        return True
    # a named or described possessor only with a product noun ("the region's largest
    # employer, X" is no product)
    return lows[m] in POSSESSIVE_MARKS and m >= 1 and product_word(lows[k - 1], lex)


def _described_word(lows: list[str], m: int) -> bool:
    """A word of a possessed descriptor, a hyphenated one too ("top-rated", "low-cost")."""
    w = lows[m]
    return w.isalpha() or (w.count("-") == 1 and w.replace("-", "").isalpha())


def _past_kind(lows: list[str], i: int, lex: Lexicon) -> int:
    """Before the name at i, the "the" of "the [kind words] PRODUCT-NOUN" ("the history series
    Lost Ledgers"); else i - 1."""
    c = i - 1
    b = c
    while b > 0 and c - b < 3 and _described_word(lows, b) and lows[b] not in FUNCTION:
        if lows[b] in DETERMINERS or tie_word(lows[b], lex):
            break
        b -= 1
    if b < c and lows[b] == "the" and product_word(lows[c], lex):
        return b
    return c


def place_end(lows: list[str], end: int, lex: Lexicon) -> bool:
    """The name ending at token `end` ends in a place word ("Bryan County", "Eastern Region")."""
    hit = lex.name_ends.match([lows[end - 1]], 0) if lows[end - 1] in lex.name_ends else None
    return hit is not None and hit[1] == "Location"


# name ends of waters named with "the" ("the Barents Sea"); without it, a company's name
THE_WATERS = frozenset({"sea", "ocean"})


def name_kind(lows: list[str], i: int, end: int, lex: Lexicon) -> str | None:
    """The type a name's own last words give it ("Wind Farm": Project), or its first word
    ("Project Lantern"), else None."""
    if end - i > 1 and lows[i] in lex.name_starts:
        return lex.name_starts[lows[i]]
    if end - i > 2 and lows[i] in lex.campaign_verbs and lows[i + 1] == "the":
        return "Organization"  # "Stop the Harbour Tunnel" campaigns; it is no tunnel
    tail = lows[max(i, end - 3) : end][::-1]
    hit = lex.name_ends.match(tail, 0) if tail and tail[0] in lex.name_ends else None
    return hit[1] if hit else None


def _head_ending(lows: list[str], q: int, lex: Lexicon) -> tuple[int, str] | None:
    """A descriptor noun phrase ending at token q: (start, type), else None."""
    for k in (3, 2, 1):
        s = q - k + 1
        if s >= 0 and lows[s] in lex.heads:
            hit = lex.heads.match(lows, s)
            if hit and s + hit[0] == q + 1:
                return s, hit[1]
    return None


def _head_before(lows: list[str], i: int, lex: Lexicon) -> tuple[str, str] | None:
    """Type of a descriptor noun phrase ending right before token i ("chipmaker Nvidia"); a
    trade's agent noun names a company ("feed blender Pelmar")."""
    if trade_agent(lows, i - 1, lex):
        return "Organization", lows[i - 1]
    for k in (3, 2, 1):
        s = i - k
        if s >= 0 and lows[s] in lex.heads:
            hit = lex.heads.match(lows, s)
            if hit and s + hit[0] == i:
                return hit[1], lows[i - 1]
    return None


def _role_of_before(lows: list[str], k: int, m: int, lex: Lexicon) -> bool:
    """A role noun and "of" between k and m: "a supporter of the ... project"."""
    return any(lows[x] == "of" and lows[x - 1] in lex.roles for x in range(k + 1, m))


# "X, its chief executive told reporters": a reporting clause, like the speech verbs
TOLD: frozenset[str] = word_set(read_data("grammar.yaml")["telling"])


def _phrase_start(
    lows: list[str], k: int, by_start: dict[int, Candidate]
) -> tuple[list[str], int] | None:
    """The words and the determiner's position of a descriptive phrase at k ("a", "the", a
    possessor name read as "the": "Brazil's second-largest operator"), else None."""
    n = len(lows)
    if k < n and k in by_start and by_start[k].j < n and lows[by_start[k].j] == "'s":
        k = by_start[k].j  # "Telvara, Brazil's second-largest mobile operator"
        lows = list(lows)
        lows[k] = "the"
    if k >= n or lows[k] not in DETERMINERS:
        return None
    if lows[k] == "one" and k + 1 < n and lows[k + 1] == "of":
        return None
    return lows, k


def _modifies(lows: list[str], after: int) -> bool:
    """A place noun ending before `after` modifies the word there: "the state miner", "the city
    council"."""
    return (
        after < len(lows)
        and lows[after].isalpha()
        and lows[after] not in FUNCTION
        and lows[after] not in DETERMINERS
        and lows[after] not in RELATIVE_ADVERBS  # loc26: "Tarvo, the city where ..."
    )


# relative adverbs that open a clause on the noun before them, which they do not modify
RELATIVE_ADVERBS: Final = frozenset({"where", "when"})


# what a word of the phrase decides when it decides nothing: read the next word
_READ_ON: Final[tuple[str, str]] = ("", "")
_PHRASE_ENDS: Final = frozenset({",", ";", ".", "that", "which", "who", "whose", "and"})
_TITLE_FOLLOWERS: Final = frozenset(
    {"who", ",", "at", "of", ".", "to", "for", "in", "with", "since", "until"}
)


def _head_after(lows: list[str], k: int, by_start: dict[int, Candidate], lex: Lexicon):
    """Type from "(a|the|...) <up to 9 words> HEAD" starting at token k, else None."""
    start = _phrase_start(lows, k, by_start)
    if start is None:
        return None
    lows, k = start
    n = len(lows)
    end = min(n, k + 11)
    m = k + 1
    skipped = False  # a name inside the phrase: "a former Norsk Air pilot", "a Tarrow law firm"
    placed = False  # a place preposition passed: "a bakery in the town of C" (C's town)
    while m < end:
        inner = _inner_name_end(lows, m, by_start)
        if inner >= 0:
            m, skipped = inner, True
            continue
        placed = placed or lows[m] in APPOSITIVE_PLACE_PREPS
        typed = _cue_at(lows, k, m, by_start, lex)
        if typed != _READ_ON:
            return typed
        hit = lex.heads.match(lows, m) if lows[m] in lex.heads else None
        if hit and hit[1] == "Location" and placed:
            return None  # "X, a bakery in the northern town of C": the town is C's
        if hit:
            after = m + hit[0]
            if after < n and lows[after] == "'s":
                m = after + 1  # "the company's chief executive": a possessor
                continue
            typed = _head_type(lows, k, m, after, hit[1], lex)
            if typed != _READ_ON:
                return typed
        typed = _title_type(lows, m, skipped, lex)
        if typed != _READ_ON:
            return typed
        m += 1
    return None


def _inner_name_end(lows: list[str], m: int, by_start: dict[int, Candidate]) -> int:
    """Where a name starting at m ends when a word of the phrase follows it ("a former Norsk Air
    pilot": "pilot"), else -1."""
    inner = by_start.get(m)
    if inner is not None and inner.j < len(lows) and inner.j not in by_start:
        w = lows[inner.j]
        if w.isalpha() and w not in FUNCTION and w not in DETERMINERS:
            return inner.j
    return -1


def _cue_at(
    lows: list[str], k: int, m: int, by_start: dict[int, Candidate], lex: Lexicon
) -> tuple[str, str] | None:
    """What the word at m of the phrase opened at k says before any head noun: a relative
    "who", the phrase's end, or a word naming a firm's or a person's trade; `_READ_ON` if
    nothing."""
    if lows[m] == "who" and m > k + 1 and lows[m - 1].isalpha() and m not in by_start:
        if lows[m - 1] in lex.data["holdings"]["bid_nouns"]:
            return None  # "Quillex were the sole bidder who pledged": firms bid too
        return "Person", lows[m - 1]  # "a former pharmacy buyer who advises X"
    if m in by_start or lows[m] in _PHRASE_ENDS:
        return None
    n = len(lows)
    if market_leader(lows, m, lex):
        return "Organization", lows[m]  # "X, the market leader"
    if trade_agent(lows, m, lex) and (m + 1 >= n or lows[m + 1] not in lex.heads):
        return "Organization", lows[m]  # "X, a family-owned feed blender"
    if lows[m - 1] == "former" and lows[m] in _former_jobs():
        return "Person", lows[m]  # "Simon Roe, a former regulator,": a past job
    if m + 1 < n and _head_before_title(lows, m, lex):
        return _employed_title(lows, m + 2)  # "X, a Tarvin fund manager at Y,"
    return _READ_ON


def _head_type(
    lows: list[str], k: int, m: int, after: int, etype: str, lex: Lexicon
) -> tuple[str, str] | None:
    """The type a head noun (m up to `after`, of type `etype`) gives the phrase opened at k;
    `_READ_ON` when another head or the noun it modifies follows ("the city council")."""
    n = len(lows)
    modifier = etype == "Location" and _modifies(lows, after)
    if after < n and (lows[after] in lex.person_cues.speech or lows[after] in TOLD):
        return None  # "Holloway-Pryce, the club said": a reporting clause
    if modifier or (after < n and lows[after] in lex.heads):
        return _READ_ON
    if etype == "Organization" and modifies_job(lows, after, lex):
        return _READ_ON  # "a former airline route planner who ...": the job is the head
    if etype in ("Project", "Product") and _role_of_before(lows, k, m, lex):
        return None  # "X, a supporter of the P project": P's head, not X's
    if etype == "Product":
        return _product_head(lows, m, after, lex)
    return etype, lows[after - 1]


def _product_head(lows: list[str], m: int, after: int, lex: Lexicon) -> tuple[str, str] | None:
    """A product noun (m up to `after`) of an appositive, unless it names a firm's field
    (`loaders.firm_fields`): "the passport printer and ink supplier", "the Leeds network"
    (a company's); "a 40-truck chilled fleet" (the company that runs the fleet)."""
    firm = firm_after_and(lows, after, lambda q: _firm_head_at(lows, q, lex))
    if firm:
        return "Organization", firm
    heads, cues = data_words(lex, "bare_firm_heads"), data_words(lex, "platform_field_cues")
    if placed_firm_noun(lows, after - 1, heads, cues, data_words(lex, "platform_launch_verbs")):
        return "Organization", lows[after - 1]
    if modifies_noun(lows, after, data_words(lex, "firm_collectives")):
        return "Organization", lows[after - 1]  # "Skyward, a 12-jet fleet,": who runs it
    return "Product", lows[after - 1]


def _firm_head_at(lows: list[str], q: int, lex: Lexicon) -> str | None:
    """The organization head noun that starts at q and ends the phrase, else None."""
    hit = lex.heads.match(lows, q) if lows[q] in lex.heads else None
    if hit is None or hit[1] != "Organization":
        return None
    end = q + hit[0]
    return lows[end - 1] if end >= len(lows) or lows[end] not in lex.heads else None


def _title_type(lows: list[str], m: int, skipped: bool, lex: Lexicon) -> tuple[str, str] | None:
    """A title or a role at m that makes the phrase a person's ("a former finance minister
    who ..."); `_READ_ON` if none."""
    if lows[m] not in lex.titles and lows[m] not in lex.roles:
        return _READ_ON
    if skipped and lows[m] in lex.person_cues.shared_roles:
        return None  # "Kite Capital, a Google investor": companies invest too
    if employed_at(lows, m, lex):
        return "Person", lows[m]  # "a partner at the Leeds consultancy X": X employs her
    if firm_at_venture(lows, m, lex):
        return None  # "a partner at the Halvard wind project": firms are partners there too
    if _person_word(lows[m], lex) and (m + 1 >= len(lows) or lows[m + 1] in _TITLE_FOLLOWERS):
        return "Person", lows[m]  # "a former finance minister who ..."
    return _READ_ON


EMPLOYED_AT: Final[frozenset[str]] = frozenset({"at", "with"})


def _head_before_title(lows: list[str], m: int, lex: Lexicon) -> bool:
    """A one-word head at m ("fund") that opens a firm's job with the next word ("fund
    manager"), not a head that is the job itself ("asset manager": a firm's descriptor)."""
    hit = lex.heads.match(lows, m) if lows[m] in lex.heads else None
    return hit is not None and hit[0] == 1 and firm_title(lows, m + 1, m + 2, lex)


def _employed_title(lows: list[str], after: int) -> tuple[str, str] | None:
    """A job firms hold too ("fund manager", "energy trader") ending before `after`: a person's
    when an employer follows ("Ulla Berg, a fund manager at Orlo Capital,"), else no type (its
    head noun, "fund", is no firm's descriptor here: "Ulla Berg, a Tarvin fund manager,")."""
    if after < len(lows) and lows[after] in EMPLOYED_AT:
        return "Person", lows[after - 1]
    return None


@cache
def _former_jobs() -> frozenset[str]:
    """Organization nouns that after "former" name a person's past job (`former_jobs` in
    loaders/data/names.yaml)."""
    return frozenset(read_data("names.yaml")["former_jobs"])


def _person_word(w: str, lex: Lexicon) -> bool:
    """A title, or a role only a person holds (`Role.person_holder`)."""
    if w in lex.titles:
        return True
    role = lex.roles.lookup((w,))
    return role is not None and bool(role.person_holder)
