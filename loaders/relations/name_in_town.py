"""A firm's name followed by "in" or "near" and a town, after "from", an owner's noun and "of",
an owning verb or a deal's "with": the firm is there.

- `from-in`: "most of its cloth is bought from Velder Looms in Tarvo", "an order from Kessel
  Pumps in Namur";
- `owner-of-in`: "the owner of Pask Granite in Namur", "the founders of Orrin Cheese in Cork";
- `owned-in`: "who owns Brackel Cider Farm near Hereford", "which runs Tolby Mill in Namur" (a
  run name ends in a site or a company noun: "runs Salesforce in Lyon" names software it uses);
- `partner-in`: "signed a supply deal with Westry Dairy in Sligo" (a deal's other party: a deal,
  a contract or a partnership, `party_deal_nouns` and partnering.yaml's nouns; not talks, an
  agreement or a venture, whose "in P" is where they were held, signed or set up, nor a deal
  whose "that" or "for" clause follows the town).

"from" after a noun of rivalry ("competition from", "took market share from", "won customers
from": the words before "from" in the COMPETES_WITH triggers) names a market in "in P".

Not "at NAME in P" (`appositive.places` reads it, with its guard for a person's employer), not
a court or a tribunal (a venue, no seat: `venue_words`), and not a state or a country ("from
Kessel Pumps in Texas" names a market as often).
"""

from __future__ import annotations

from typing import Final

from loaders.gazetteer import place_data
from loaders.lexicon import GAP, Lexicon, per_lexicon, read_data, word_set
from loaders.relations.appositive import state_only
from loaders.relations.located import place_after
from loaders.relations.model import Sentence
from loaders.relations.place_lists import HELD_SITES
from loaders.relations.site_guards import DEAL_REACH
from loaders.relations.words import M

OWNER_NOUNS: Final = frozenset(
    {"owner", "owners", "founder", "founders", "parent", "buyer", "seller", "supplier"}
)
OWNING_VERBS: Final = frozenset({"owns", "owned", "runs", "ran"})
RUNNING_VERBS: Final = frozenset({"runs", "ran"})
PARTY_DEAL_NOUNS: Final[frozenset[str]] = word_set(place_data()["party_deal_nouns"]) | word_set(
    read_data("partnering.yaml")["nouns"]
)
# what after the town makes it the deal's: "a deal with X in Lyon that covers", "for a plant"
DEAL_CLAUSES: Final = frozenset({"that", "for"})
TOWN_PREPS: Final = frozenset({"in", "near"})
# what may follow the town: the end of the phrase, not a longer place ("in Tarvo County")
TOWN_ENDS: Final = frozenset({",", ".", "and", "which", "with", "for", "since", "that", ";"})


def name_cues(lex: object) -> frozenset[str]:
    return frozenset({"from", "of", "with"}) | OWNING_VERBS


def name_in_town(s: Sentence) -> None:
    """Each opening word, the name after it and its town (module docstring)."""
    lows = s.lows
    n = len(lows)
    for k in range(n - 3):
        rule = _opening(s, k)
        firm = k + 1 + (lows[k + 1] == "the")  # "a deal with the Westry College in"
        if firm + 1 >= n or not rule or lows[firm] != M or s.etypes(firm) != {"Organization"}:
            continue
        if lows[firm + 1] not in TOWN_PREPS:
            continue
        at = place_after(s, firm + 2)
        if at < 0 or (at + 1 < n and lows[at + 1] not in TOWN_ENDS):
            continue
        if state_only(s.ment(at).ids[0]) or _venue(s, firm) or s.blocked(firm, at):
            continue
        if rule == "located/partner-in" and at + 1 < n and lows[at + 1] in DEAL_CLAUSES:
            continue
        if lows[k] in RUNNING_VERBS and not _run_site(s, firm):
            continue  # "runs Salesforce in Lyon"
        s.emit(s.ment(firm), ("LOCATED_IN",), s.ment(at), rule, 0.65)


def _opening(s: Sentence, k: int) -> str:
    """The rule name of the word at k that opens "NAME in P": "from", an owner's "of", an
    owning verb ("owns NAME near P"), a deal's "with"; else ""."""
    lows = s.lows
    w = lows[k]
    if w == "from":
        return "" if k >= 1 and lows[k - 1] in rival_from(s.lex) else "located/from-in"
    if w == "of" and k >= 1 and lows[k - 1] in OWNER_NOUNS:
        return "located/owner-of-in"
    if w in OWNING_VERBS:
        return "located/owned-in"
    if w == "with" and not PARTY_DEAL_NOUNS.isdisjoint(lows[max(0, k - DEAL_REACH) : k]):
        return "located/partner-in"
    return ""


def _venue(s: Sentence, k: int) -> bool:
    """A court or a tribunal: where a case is heard, no firm's seat."""
    venues = s.lex.venue_words
    return any(part in venues for rid in s.ment(k).ids for part in rid.split("-"))


@per_lexicon
def rival_from(lex: Lexicon) -> frozenset[str]:
    """The words right before "from" in the COMPETES_WITH triggers ("competition from", "take
    ... share from", "win ... customers from"): their "from NAME in P" names a market."""
    return frozenset(
        phrase[-2]
        for bucket in lex.triggers.values()
        for phrase, trigs in bucket
        if len(phrase) >= 2
        and phrase[-1] == "from"
        and phrase[-2] != GAP
        and (len(phrase) == 2 or phrase[-3] == GAP)  # not "rival bid from": "a bid from X in P"
        and any("COMPETES_WITH" in t.types for t in trigs)
    )


def _run_site(s: Sentence, k: int) -> bool:
    """The name run at k ends in a site or a company noun ("Tolby Mill", "Orla Hotel"), not a
    product a firm uses ("runs Salesforce")."""
    lex = s.lex
    last = s.ment(k).ids[0].rsplit("-", 1)[-1]
    return last in lex.place_cues.sites or last in lex.located_heads or last in HELD_SITES
