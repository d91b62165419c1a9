"""Genre bank for references inside numbered list items and for a bought facility (round 28).

A ranked or numbered list gives each firm a paragraph opened by a bare ordinal and a label
(the firm's name, perhaps its town in brackets) or a short title whose subject is the firm
("3. Quorvel buys Ostrand."). A reference opening a later sentence of that paragraph ("Its
founder", "The Tromsø grower") is the item's firm, not the firm of the item before, which
stays the strongest name in view since a name alone on a line carries no cue.

A facility noun ("the mill", "the creamery") the buyer was never called means the one firm
the buyer was found to own, even when that firm was named several sentences before.

Each case is a short invented text (relations that must be found, relations that must not be),
across coffee, ferries, solar, bakeries, cheese, brewing, sawmills, cider and packaging.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

LISTS: list[Case] = [
    (  # coffee: a label item, then "Its founder"
        "Our panel ranks the roasters that grew fastest this year.\n"
        "1. Brastow Roasters. The Leeds roaster doubled its wholesale book and now supplies "
        "forty cafés. Brastow is backed by Quenford Capital.\n"
        "2. Ellory Beans. Brastow remains the bigger of the two by revenue. Its founder, Maren "
        "Tolvik, opened a second roastery in the spring.",
        [("maren-tolvik", "FOUNDED", "ellory-beans")],
        [("maren-tolvik", "FOUNDED", "brastow-roasters")],
    ),
    (  # ferries: a labelled item's place-led description
        "These are the operators that carried most passengers this year.\n"
        "1. Skarra Ferries. The island operator runs nine routes and carried 2 million people. "
        "It is owned by the Vennick family trust.\n"
        "2. Holmvik Line. The Bergen-based operator runs three fast craft between the fjord "
        "towns.",
        [("holmvik-line", "LOCATED_IN", "bergen")],
        [("skarra-ferries", "LOCATED_IN", "bergen")],
    ),
    (  # solar: a label with its town in brackets, then a passive description
        "Installers ranked by megawatts connected last year.\n"
        "1. Dorrant Solar (Leipzig). Dorrant fitted 310 megawatts of rooftop panels and hired "
        "90 fitters.\n"
        "2. Kelvane Energie (Dresden). Capacity added: 240 megawatts. The company, set up in "
        "2012 by Ilse Warnow, still employs most of its first crew.",
        [("ilse-warnow", "FOUNDED", "kelvane-energie")],
        [("ilse-warnow", "FOUNDED", "dorrant-solar")],
    ),
    (  # bakeries: an item's short title names the firm, then "The Cardiff-based baker"
        "Three deals from the bakery trade this week.\n"
        "1. Pellow Bakes buys Morrin Loaves. The Cardiff-based baker has bought the Swansea "
        "chain for an undisclosed sum.\n"
        "2. Farleigh Crust opens in Exeter. The sourdough maker is majority-owned by Tinley "
        "Ventures.",
        [("tinley-ventures", "OWNS", "farleigh-crust")],
        [("tinley-ventures", "OWNS", "pellow-bakes")],
    ),
    (  # guard: a public body's description in an item stays the body
        "The cheesemakers to watch this winter.\n"
        "1. Ardle Dairy. Ardle was fined by the Welsh Food Standards Agency in May. The "
        "agency's chief executive, Bryn Olde, said the fine was fair.",
        [],
        [("bryn-olde", "LEADS", "ardle-dairy")],
    ),
    (  # guard: no ordinal, no label: the paragraph reads as before
        "Holmric Breweries agreed to buy Castor Ales on Monday. Holmric is based in York.\n"
        "Castor Ales makes three lagers. The York-based brewer said the deal would close in May.",
        [("holmric-breweries", "OWNS", "castor-ales")],
        [],
    ),
]

FACILITIES: list[Case] = [
    (  # sawmills: "the mill" several sentences after the buyer bought it
        "Varrow Timber bought the Glenrauch Sawmill Company from Tallis Forestry last June and "
        "now wants a new kiln. Ruth Ardale, its chief executive, showed the drawings to "
        "councillors. Ardale said prices were rising. Locals were pleased. Some were wary. "
        "Councillors asked about traffic. The mill was set up in 1948 by Hector Dunmore and "
        "cuts spruce from nearby estates.",
        [("hector-dunmore", "FOUNDED", "glenrauch-sawmill-company")],
        [("hector-dunmore", "FOUNDED", "varrow-timber")],
    ),
    (  # cider: "the press house" is no facility noun of the list: the reading stays away
        "Orlen Drinks completed its purchase of Pomona Presses in March. Orlen is based in "
        "Hereford. Its chief executive is Nia Fell.",
        [("orlen-drinks", "OWNS", "pomona-presses"), ("nia-fell", "LEADS", "orlen-drinks")],
        [("nia-fell", "LEADS", "pomona-presses")],
    ),
    (  # guard: the buyer the text called a mill keeps "the mill"
        "Corran Mill, a flour mill in Perth, bought Brisk Oats in May. Shares rose. Traders "
        "were pleased. Staff were told on Friday. Unions were consulted. The mill was set up "
        "in 1902 by Alma Reid and grinds wheat for bakers.",
        [("alma-reid", "FOUNDED", "corran-mill")],
        [("alma-reid", "FOUNDED", "brisk-oats")],
    ),
]

# review 28 F4: a description naming the other party of a relation ("the rival", "the startup")
# points at the other firm the item names, not at the item's own firm
RELATIONAL: list[Case] = [
    (  # lenders: "the rival"
        "Lenders ranked.\n1. Hollis Bank. Arden Capital lost share to it. The rival was founded "
        "by Carl Berg.",
        [("carl-berg", "FOUNDED", "arden-capital")],
        [("carl-berg", "FOUNDED", "hollis-bank")],
    ),
    (  # funds: "the startup" a fund backs
        "Funds.\n1. Quenford Capital. Quenford backs Brastow Roasters. The startup was founded "
        "by Lia Brast.",
        [("lia-brast", "FOUNDED", "brastow-roasters")],
        [("lia-brast", "FOUNDED", "quenford-capital")],
    ),
    (  # haulage: "the customer"
        "Hauliers.\n2. Pell Freight. Pell hauls steel for Orrin Mills. The customer was founded "
        "by Ada Orr.",
        [],
        [("ada-orr", "FOUNDED", "pell-freight")],
    ),
]

BANK: list[Case] = LISTS + FACILITIES + RELATIONAL

# the constructions this round leaves unread (strict xfails: a fix shows as a failure)
GAPS: dict[str, str] = {
    "Deals of the week.": (
        "a description inside an item's sentence, not opening it, still reads the firm of "
        "the item before (only sentence-opening references are bound to the item)"
    ),
}

GAP_CASES: list[Case] = [
    (  # packaging: "of the Nantes firm" in the middle of an item's sentence
        "Deals of the week.\n"
        "1. Tressel Cartons. Garnier Holdings bought the Lyon firm in May.\n"
        "2. Vimory Packaging. Ardent Partners holds 40% of the Nantes firm, which Lise Caron "
        "founded in 2009.",
        [("lise-caron", "FOUNDED", "vimory-packaging")],
        [("lise-caron", "FOUNDED", "tressel-cartons")],
    ),
]


@pytest.mark.parametrize("case", gap_params(BANK + GAP_CASES, GAPS))
def test_genre_lists28(case: Case) -> None:
    check(*case)
