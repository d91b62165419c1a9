"""Project cues of a thing being built (round 29, `loaders.project_cues` `project_vote`).

A name that is the object of a building verb in the progressive ("Harwick Ports is building
Tolland Quay near Dover") or whose appositive says a firm is building it ("Tolland Quay, a
£90m terminal that Harwick Ports is developing with a bank loan"), or that names what a firm is
building ("Harwick is building a new berth, known as Tolland Quay") names a site or scheme,
not a firm: a firm is founded or bought, never "being built". An appositive headed by an
organization noun ("a start-up that Harwick is building") gives no cue. The verbs are
`progressive_builders` in loaders/data/names.yaml.

No cue (mend29b) for a name that ends in a firm's word or legal form ("Kanzi Foods", "Stellan
Bank": `built_site_ends` lists the organization words a site's name can end in), a firm built up
or a party ("building Hearthly into a brand", "building Orla Mining a new shaft":
`built_up_words`), a possessor ("developing Harwick Ports' new terminal") or a modifier
("developing Brightpay integrations"), the bare object of a product verb ("is developing Ferrow
Lager": `product_builders`), or an appositive headed by a trading business ("a bakery that ...":
`built_firm_heads`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from loaders.non_names import data_words
from loaders.relations.words import PREPOSITIONS, WHICH_THAT

if TYPE_CHECKING:
    from loaders.lexicon import Lexicon
    from loaders.mentions import Candidate

BE_FORMS: Final[frozenset[str]] = frozenset({"is", "are", "was", "were", "be", "been"})
APPOSITIVE_REACH: Final = 10  # words from "a" to "that": "a £40m packing and storage centre"
SUBJECT_REACH: Final = 5  # words of the builder between "that" and "is building"
NOUN_REACH: Final = 5  # words of "a second dye house" between the verb and the comma
NAMING: Final[frozenset[str]] = frozenset({"known", "called", "named", "dubbed"})
COST_OPENING: Final[tuple[str, ...]] = (",", "built", "at", "a", "cost")


def being_built(c: Candidate, lows: list[str], lex: Lexicon) -> bool:
    """Whether the name at c is the object of "is building", is described as a thing a firm
    is building, or opens "NAME, built at a cost of ..."."""
    if firm_named(lows[c.i : c.j], lex):
        return False  # "is building Kanzi Foods into a bakery chain": a firm's name
    builders = data_words(lex, "progressive_builders")
    if c.i >= 2 and lows[c.i - 1] in builders and lows[c.i - 2] in BE_FORMS:
        return lows[c.i - 1] not in data_words(lex, "product_builders") and _bare_object(
            c.j, lows, lex
        )
    if tuple(lows[c.j : c.j + len(COST_OPENING)]) == COST_OPENING:
        return True
    return _built_then_named(c.i, lows, builders) or _built_appositive(c.j, lows, lex, builders)


def firm_named(name: list[str], lex: Lexicon) -> bool:
    """Whether a name's last word is a legal form or an organization word no site's name ends in
    ("Kanzi Foods", "Stellan Bank", "Fenwick Motors"; not "the Birch Clinic")."""
    last = name[-1].rstrip(".") if name else ""
    if last in lex.legal_suffixes:
        return True
    return last in lex.org_words and last not in data_words(lex, "built_site_ends")


def _bare_object(k: int, lows: list[str], lex: Lexicon) -> bool:
    """Whether the name ending at k is the thing built, not a firm built up ("into a brand"), a
    party before the thing ("Orla Mining a new shaft"), a possessor ("Harwick Ports' new
    terminal") or a modifier ("Brightpay integrations")."""
    nxt = lows[k] if k < len(lows) else ""
    if nxt in data_words(lex, "built_up_words") or nxt in ("'s", "'", "\u2019s", "\u2019"):
        return False
    plural = nxt.isalpha() and len(nxt) > 3 and nxt.endswith("s") and not nxt.endswith("ss")
    return not (plural and nxt not in PREPOSITIONS and nxt not in BE_FORMS)


def _built_then_named(i: int, lows: list[str], builders: frozenset[str]) -> bool:
    """ "is building a second dye house, known as NAME" (the name at i): a thing being built,
    then named in an appositive."""
    start = i - 2 if lows[max(0, i - 2) : i] == ["known", "as"] else i - 1
    if start < 3 or lows[start] not in NAMING or lows[start - 1] != ",":
        return False
    for p in range(start - 2, max(0, start - 2 - NOUN_REACH), -1):
        if lows[p] in builders:
            return lows[p - 1] in BE_FORMS
        if not lows[p].isalpha() or lows[p] in WHICH_THAT:
            return False
    return False


def _built_appositive(k: int, lows: list[str], lex: Lexicon, builders: frozenset[str]) -> bool:
    """ ", a <...> NOUN that <builder> is building" right after the name (ending at k)."""
    if lows[k : k + 1] != [","] or lows[k + 1 : k + 2] not in (["a"], ["an"]):
        return False
    end = min(len(lows), k + 2 + APPOSITIVE_REACH)
    rel = next((p for p in range(k + 3, end) if lows[p] in WHICH_THAT), None)
    if rel is None or lows[rel - 1] in (",", "-") or not lows[rel - 1].isalpha():
        return False
    if lex.heads.lookup((lows[rel - 1],)) == "Organization":
        return False  # "a start-up that Harwick is building": a firm
    firm_heads = data_words(lex, "built_firm_heads")
    if lows[rel - 1] in firm_heads or " ".join(lows[rel - 2 : rel]) in firm_heads:
        return False  # "Thornby Foods, a bakery that Wexley Group is building": a business
    if any(lows[p] in (",", ";") for p in range(k + 2, rel)):
        return False
    for p in range(rel + 2, min(len(lows) - 1, rel + 2 + SUBJECT_REACH)):
        if lows[p] in BE_FORMS and lows[p + 1] in builders:
            return True
    return False
