"""Frames that type a name by what is said of it, whatever noun describes it.

A product is sold, dosed, copied and used ("sales of Darivex", "Slatewise users", "the Quillan,
made by Harrow Motors"); a project is built, phased, costed and opened ("construction of Corrie
Point", "Tollan Ridge will cost €2bn", "Brennock Tower, due to open in 2027"); only an
organization is fined, hires, holds a stake or speaks in a statement, so that frame outvotes
a descriptor noun that made a name a product or a project ("the Orvik network was fined").
The cue words are lists `frame_*` in loaders/data/names.yaml; the weights are on the scale of
`loaders.type_cues`.

>>> from tests.construction_check import types
>>> types("Menlo Pharma said sales of Darivex rose.")["Darivex"]
'Product'
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from loaders.cue_mask import CUE_FRAME
from loaders.grammar_words import POSSESSIVE_MARKS
from loaders.lexicon import read_data
from loaders.non_names import data_words
from loaders.relations.words import AND_OR

if TYPE_CHECKING:
    from loaders.lexicon import Lexicon
    from loaders.mentions import Analysis, Candidate

W_FRAME = 3.0  # a product or project frame: as much as a descriptor noun
W_FRAME_STRONG = 4.0  # "P, made by A", "P, due to open in 2027": as an appositive
W_USERS = 2.0  # "Slatewise users": as a name's head noun
W_ORG_ONLY = 5.0  # "was fined", "hired": outvotes a descriptor noun and a name's head

YEAR = re.compile(r"(19|20)[0-9][0-9]")
SCALED = re.compile(r"[0-9.,]+(bn|m|mn|tn)")
STAKE_WORDS = frozenset({"%", "percent", "stake", "cent", "pct"})


def frame_votes(a: Analysis, lex: Lexicon) -> None:
    """Add the votes of the product, project and organization-only frames of one sentence."""
    lows = a.lows
    if not a.cands:
        return
    framed = bool(a.cues & CUE_FRAME)  # (`trigger_words`) most sentences: no frame word
    if framed:
        _rival_possessed(a, lex)
    for c in a.cands:
        lone = c.initial and c.j - c.i == 1 and not c.votes and lows[c.j : c.j + 1] != [","]
        if c.known or lone:
            continue  # "Trading is set to open in May": no name (but "Pavo, which is made by")
        if framed:
            _product_frames(c, lows, lex)
            _project_frames(c, lows, lex)
        _behind(c, lows)
        if c.votes.get("Product", 0.0) > 0 or c.votes.get("Project", 0.0) > 0:
            _org_frames(c, lows, lex)  # people are fined and hire too ("Dana Pike was fined")
        elif c.j - c.i > 1:
            _firm_frames(c, lows, lex)
            if _coordinated_its(a, c, lex):  # "X posted record profits and raised its dividend"
                c.vote("Organization", W_ORG_ONLY)


def _behind(c: Candidate, lows: list[str]) -> None:
    """ "Pixelmoor, the studio behind Pale Tide": a product; "the consortium behind Larkspur":
    a project (the firm's noun, with "the", right before "behind")."""
    i = c.i
    if i < 3 or lows[i - 1] != "behind" or lows[i - 3] not in ("the", "a", "its"):
        return
    nouns = read_data("names.yaml")
    if lows[i - 2] in nouns["behind_product_nouns"]:
        c.vote("Product", W_FRAME)
    elif lows[i - 2] in nouns["behind_project_nouns"]:
        c.vote("Project", W_FRAME)


def _firm_frames(c: Candidate, lows: list[str], lex: Lexicon) -> None:
    """ "Anna Pike posted a loss", "Anna Pike's board", "shares in Anna Pike", "Anna Pike, which
    makes dresses": what no person does or has makes a name of several words a company's,
    though a given name opens it (it outvotes the given name, not a title or a quote)."""
    n = len(lows)
    k = c.j
    if k + 1 < n and lows[k] == "'s":
        owned = data_words(lex, "frame_firm_possessions")
        if phrase_at(lows, k + 1, owned) or _person_role(lows, k + 1, lex):
            c.vote("Organization", W_ORG_ONLY)
            return
    if phrase_at(lows, k, data_words(lex, "frame_firm_after")):
        c.vote("Organization", W_ORG_ONLY)
    elif c.votes.get("Person") and lows[k : k + 2] == [",", "which"]:
        c.vote("Organization", W_ORG_ONLY)  # a given name, but "which": not "who"
    elif phrase_before(lows, c.i, data_words(lex, "frame_firm_before")):
        stake = phrase_before(lows, c.i, data_words(lex, "frame_stake_before"))
        if not stake or c.votes.get("Person"):  # a stake is held in a project too
            c.vote("Organization", W_ORG_ONLY)


def _coordinated_its(a: Analysis, c: Candidate, lex: Lexicon) -> bool:
    """ "and raised its", "and cut its" (a firm's own act, `frame_firm_after`) later in the
    clause a sentence-opening name opens, no other name or clause break in between."""
    lows = a.lows
    if not c.initial:
        return False
    acts = data_words(lex, "frame_firm_after")
    starts = {d.i for d in a.cands}
    for m in range(c.j, len(lows) - 2):
        w = lows[m]
        if m in starts or not (w.isalnum() or w in ("%", "$")) or w in ("but", "while", "who"):
            return False
        if w == "and" and lows[m + 2] == "its" and phrase_at(lows, m + 1, acts):
            return True
    return False


_TRIGGERS: Final[dict[int, frozenset[str]]] = {}  # id(lexicon) -> the words that open a frame


def trigger_words(lex: Lexicon) -> frozenset[str]:
    """Every word a product or project frame needs (a frame noun, "cost", a phrase's last word,
    the first word of a rivalry phrase: "rival to", "built on"); the organization-only frames
    run on the few names typed as a product or project."""
    got = _TRIGGERS.get(id(lex))
    if got is None:
        keys: tuple[str, ...] = ("product_of", "product_users", "made_by", "project_of")
        keys += ("unbuilt", "product_line", "launch_object", "licensed", "product_for")
        keys += ("product_cleared",)
        words = {p.split()[-1] for p in data_words(lex, "frame_product_praise") if p}
        words |= {w for key in keys for w in data_words(lex, "frame_" + key)}
        for key in ("due", "launched"):
            words |= {p.split()[-1] for p in data_words(lex, "frame_" + key) if p}
        words |= {p.split()[0] for p in data_words(lex, "frame_rival_before") if p}
        got = _TRIGGERS[id(lex)] = frozenset(words | {"cost"})
    return got


def _rival_possessed(a: Analysis, lex: Lexicon) -> None:
    """ "pitched against Menlo's Slimra and Ostby's Leantide", "built on Corvid Labs' Quasi
    Engine": a name possessed by another after a word of rivalry or dependence is a product,
    and so is the next possessed name coordinated with it."""
    lows = a.lows
    rivals = data_words(lex, "frame_rival_before")
    by_start = {c.i: c for c in a.cands}
    for first in a.cands:
        if not phrase_before(lows, first.i, rivals):
            continue
        owner: Candidate | None = first
        while owner is not None and owner.j + 1 < len(lows) and lows[owner.j] in POSSESSIVE_MARKS:
            thing = by_start.get(owner.j + 1)
            if thing is None or thing.known or _noun_after(lows, thing.j):
                break  # "against Halden's Orvik unit": a company's arm
            thing.vote("Product", W_FRAME)
            k = thing.j
            owner = by_start.get(k + 1) if k + 1 < len(lows) and lows[k] in AND_OR else None


_FIRSTS: Final[dict[frozenset[str], frozenset[str]]] = {}  # the first words of a phrase list
_LASTS: Final[dict[frozenset[str], frozenset[str]]] = {}  # and the last words


def phrase_before(lows: list[str], i: int, phrases: frozenset[str]) -> bool:
    """A phrase of `phrases` (of at most three words) ends right before token i."""
    lasts = _LASTS.get(phrases)
    if lasts is None:
        lasts = _LASTS[phrases] = frozenset(p.split()[-1] for p in phrases if p)
    if i < 1 or lows[i - 1] not in lasts:
        return False
    return any(i - m >= 0 and " ".join(lows[i - m : i]) in phrases for m in (1, 2, 3))


def _noun_after(lows: list[str], k: int) -> bool:
    """A lower-case word that is no function word follows token k-1 ("Orvik unit")."""
    return k < len(lows) and lows[k].isalpha() and lows[k].islower() and lows[k] not in _LINKERS


_LINKERS = frozenset(
    "and or but in on at to for with by from is was are were has have had will would which "
    "that as than".split()
)


def _product_frames(c: Candidate, lows: list[str], lex: Lexicon) -> None:
    """ "sales of Darivex", "doses of the Virexa jab", "Slatewise users", "The Quillan, made by
    Harrow Motors, ...", "licensed Vexalin to X"."""
    if _noun_of_before(c, lows, data_words(lex, "frame_product_of"), lex, "Product"):
        c.vote("Product", W_FRAME)
    k = c.j
    n = len(lows)
    if k < n and lows[k] in data_words(lex, "frame_product_users"):
        c.vote("Product", W_USERS)
    k = _past_links(lows, k)  # "P, made by A", "P is made by A", "P, which is made by A"
    if k + 1 < n and lows[k] in data_words(lex, "frame_made_by") and lows[k + 1] == "by":
        c.vote("Product", W_FRAME_STRONG)
    elif k + 1 < n and lows[k] in data_words(lex, "frame_made_by") and k > c.j:
        if lows[k + 1] in data_words(lex, "frame_made_at"):
            c.vote("Product", W_FRAME)  # "VitaLoop is manufactured at a plant in Cork"
    if _product_line(lows, c.j, lex):
        c.vote("Product", W_FRAME)
    if _launched(c, lows, lex) or _launch_object(c, lows, lex):
        c.vote("Product", W_FRAME)
    if c.i > 1 and f"{lows[c.i - 2]} {lows[c.i - 1]}" in data_words(lex, "frame_product_praise"):
        c.vote("Product", W_FRAME)  # "the studio behind the hit Pale Tide"
    if _wanted_thing(c, lows, lex):
        c.vote("Product", W_FRAME)  # "demand for the Velo was strong", "orders for the Velo"
    if _cleared_thing(c, lows, lex):
        c.vote("Product", W_FRAME)  # "approval for GrainShield", "clearance for the Velo"
    if c.i > 0 and lows[c.i - 1] in data_words(lex, "frame_licensed") and lows[k : k + 1] == ["to"]:
        c.vote("Product", W_FRAME)  # "Halvorsen Pharma licensed Vexalin to Menlo Pharma"


def _past_links(lows: list[str], k: int) -> int:
    """The token after a comma, a relative pronoun and a be-form from k, each there or not
    (", which is", "that was", "is", ",")."""
    for words in ((",",), ("which", "that"), ("is", "was", "are", "were")):
        if k < len(lows) and lows[k] in words:
            k += 1
    return k


def _wanted_thing(c: Candidate, lows: list[str], lex: Lexicon) -> bool:
    """ "demand for the Velo", "orders for the Velo": a market's noun, "for the" and a name of
    one word with no descriptor noun after it (that one types it: "the Kesta plant")."""
    i = c.i
    if i < 3 or c.j - i != 1 or lows[i - 1] != "the" or lows[i - 2] != "for":
        return False
    after = lows[c.j] if c.j < len(lows) else "."
    return lows[i - 3] in data_words(lex, "frame_product_for") and after not in lex.heads


def _cleared_thing(c: Candidate, lows: list[str], lex: Lexicon) -> bool:
    """ "approval for GrainShield", "clearance for the Velo": a regulator's word, "for" and a
    name with no descriptor noun, possessive or "to" after it ("approval for Kesta to buy X",
    "approval for Kesta's takeover": a company)."""
    p = c.i - 1 if c.i > 0 and lows[c.i - 1] != "the" else c.i - 2
    if p < 1 or lows[p] != "for" or lows[p - 1] not in data_words(lex, "frame_product_cleared"):
        return False
    after = lows[c.j] if c.j < len(lows) else "."
    if (
        after in lex.heads
        or after in POSSESSIVE_MARKS
        or after in data_words(lex, "frame_deal_nouns")
    ):
        return False
    for w in lows[c.j : c.j + 5]:  # "approval for Kesta and Brell to merge": companies
        if w in (",", ".", ";"):
            break
        if w == "to":
            return False
    return True


def _product_line(lows: list[str], k: int, lex: Lexicon) -> bool:
    """ "its Orvik family of models", "the Kesta range of tractors": a line noun, "of" and a
    plural product noun after the name."""
    if k + 2 >= len(lows) or lows[k] not in data_words(lex, "frame_product_line"):
        return False
    noun = lows[k + 2]
    return lows[k + 1] == "of" and noun.endswith("s") and lex.heads.lookup((noun,)) == "Product"


def _launch_object(c: Candidate, lows: list[str], lex: Lexicon) -> bool:
    """ "It will launch a subscription service, Ledger Plus, in spring": a name set off by a
    comma after a launch verb's object of a few lower-case words; not a speaker ("Harrow
    introduced a new rule, Kesta said")."""
    i = c.i
    after = lows[c.j] if c.j < len(lows) else "."
    if i < 4 or lows[i - 1] != "," or after not in _AFTER_OBJECT:
        return False
    noun = lex.heads.lookup((lows[i - 2],))
    if noun is not None and noun != "Product":
        return False  # "launched a new initiative, Tern": the noun types it
    for m in range(i - 2, max(0, i - 7), -1):
        if lows[m] in ("a", "an", "its", "their"):
            return m > 0 and lows[m - 1] in data_words(lex, "frame_launch_object")
        if not lows[m].replace("-", "").isalpha() or lows[m] in _LINKERS:
            return False
    return False


_AFTER_OBJECT = frozenset(", . ; in on at for from to next this later which that and with".split())


def _launched(c: Candidate, lows: list[str], lex: Lexicon) -> bool:
    """ "Pixly unveiled Scenic", "Arden rolled out the Veloce"; not "unveiled Dana Pike as its
    new chief executive" (a person in a role)."""
    p = c.i - 1 if c.i > 0 and lows[c.i - 1] != "the" else c.i - 2
    launched = data_words(lex, "frame_launched")
    if p < 0 or not (lows[p] in launched or (p > 0 and f"{lows[p - 1]} {lows[p]}" in launched)):
        return False
    head = lex.heads.match(lows, c.j) if c.j < len(lows) else None
    if head and head[1] != "Product":
        return False  # "unveiled the Riverside Quarter development": the noun types it
    return (c.j >= len(lows) or lows[c.j] != "as") and lows[c.i] not in lex.first_names


def _project_frames(c: Candidate, lows: list[str], lex: Lexicon) -> None:
    """ "construction of Corrie Point", "phase two of Kestrel Bay", "the half-built Quillan
    Point tower", "Tollan Ridge will cost €2bn", "Brennock Tower, due to open in 2027"."""
    if _noun_of_before(c, lows, data_words(lex, "frame_project_of"), lex, "Project"):
        c.vote("Project", W_FRAME)
    p = c.i - 1
    if p >= 0 and lows[p] in data_words(lex, "frame_unbuilt"):
        c.vote("Project", W_FRAME)
    k = _after_link(lows, _past_descriptor(lows, c.j))
    n = len(lows)

    if _due_to_open(lows, k, lex):
        c.vote("Project", W_FRAME_STRONG)
    if k + 1 < n and lows[k] in ("will", "would") and lows[k + 1] == "cost":
        scale = data_words(lex, "frame_cost_scale")
        window = lows[k + 2 : k + 6]
        if any(w in scale or SCALED.fullmatch(w) for w in window):
            c.vote("Project", W_FRAME)


def _org_frames(c: Candidate, lows: list[str], lex: Lexicon) -> None:
    """ "The Orvik network was fined", "the Varden scheme said in a statement", "the Orvik
    platform, which holds 12%, ...", "regulator fines the Pixmoor network"."""
    n = len(lows)
    k = c.j
    hit = lex.heads.match(lows, k) if k < n and lows[k] in lex.heads else None
    if hit and hit[1] != "Person":
        k += hit[0]  # "the Orvik network was fined", "the Varden scheme said in a statement"
    owned = data_words(lex, "frame_org_possessions")
    if k + 1 < n and lows[k] == "'s" and (lows[k + 1] in owned or _person_role(lows, k + 1, lex)):
        c.vote("Organization", W_ORG_ONLY)  # "the Orvik network's chief executive"
    k = past_appositive(lows, k + 1) if k < n and lows[k] == "," else k
    if phrase_at(lows, k, data_words(lex, "frame_org_after")):
        c.vote("Organization", W_ORG_ONLY)
    held = phrase_at(lows, k, data_words(lex, "frame_org_holds"))
    if held and any(w in STAKE_WORDS or w.endswith("%") for w in lows[k + held : k + held + 5]):
        c.vote("Organization", W_ORG_ONLY)
    if c.i > 0 and lows[c.i - 1] in data_words(lex, "frame_org_before"):
        c.vote("Organization", W_ORG_ONLY)


def past_appositive(lows: list[str], k: int) -> int:
    """The token after a short phrase set off by commas from token k ("Orla, the social
    network, was fined"), or k when none ends within six words ("which holds 12%")."""
    if k >= len(lows) or lows[k] not in ("the", "a", "an", "its"):
        return k
    for m in range(k + 1, min(len(lows), k + 7)):
        if lows[m] == ",":
            return m + 1
        if not lows[m].replace("-", "").isalpha():
            return k
    return k


def _person_role(lows: list[str], k: int, lex: Lexicon) -> bool:
    """A role a person holds at an organization starts at token k ("chief executive")."""
    hit = lex.roles.match(lows, k) if lows[k] in lex.roles else None
    return hit is not None and bool(hit[1].person_holder)


def _noun_of_before(
    c: Candidate, lows: list[str], nouns: frozenset[str], lex: Lexicon, etype: str
) -> bool:
    """A frame noun and "of" before the name ("sales of (the) X", "the second phase of X"), and
    no other noun after the name ("completion of the Varro takeover": a deal, not Varro)."""
    p = c.i - 1
    if p >= 0 and lows[p] == "the":
        p -= 1
    if p < 1 or lows[p] != "of":
        return False
    if not any(w in nouns for w in lows[max(0, p - 3) : p]):
        return False
    k = c.j
    if k >= len(lows) or lows[k] in data_words(lex, "frame_deal_nouns"):
        return k >= len(lows)
    hit = lex.heads.match(lows, k) if lows[k] in lex.heads else None
    return hit is None or hit[1] == etype


def _past_descriptor(lows: list[str], k: int) -> int:
    """The token after up to three lower-case words right after a name ("the Lumen Line tram
    extension will cost"), or k when none or more follow."""
    m = k
    while m < len(lows) and m - k < 3 and lows[m].replace("-", "").isalpha():
        if lows[m] in _LINKERS or lows[m] in ("will", "would", "due", "set", "expected"):
            break
        m += 1
    return m if m - k < 3 else k


def _after_link(lows: list[str], k: int) -> int:
    """The token after a comma or a linking verb following the name."""
    if k < len(lows) and lows[k] in (",", "is", "was", "are", "were"):
        return k + 1
    return k


def _due_to_open(lows: list[str], k: int, lex: Lexicon) -> bool:
    """ "due to open in 2027", "set to open next year"; not "due to open a store" (a firm)."""
    m = phrase_at(lows, k, data_words(lex, "frame_due"))
    if not m:
        return False
    nxt = lows[k + m] if k + m < len(lows) else "."
    return nxt in data_words(lex, "frame_due_after") or YEAR.fullmatch(nxt) is not None


def phrase_at(lows: list[str], k: int, phrases: frozenset[str]) -> int:
    """The length of the longest phrase of `phrases` starting at token k, else 0."""
    firsts = _FIRSTS.get(phrases)
    if firsts is None:
        firsts = _FIRSTS[phrases] = frozenset(p.split()[0] for p in phrases if p)
    if k >= len(lows) or lows[k] not in firsts:
        return 0
    for m in (5, 4, 3, 2, 1):
        if k + m <= len(lows) and " ".join(lows[k : k + m]) in phrases:
            return m
    return 0
