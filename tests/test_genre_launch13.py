"""Genre bank for launched products (round 13): an organization that launches, unveils,
introduces, rolls out, debuts or brings out a product FOUNDED it (active, passive, relative,
appositive, pronoun subject, coordination), across pharma, games, airlines, phones, coatings,
autos, software, audio, banking and toys.

OWNS beside FOUNDED for a launched product (the maker) was measured and not kept: the described
sets' gold disagrees set by set (some mark OWNS for every launch, others FOUNDED only, as the
fixtures README says), and the rule lost precision in four sets. `MAKER_OWNS` keeps those
expectations as strict xfails, so a change of convention shows up here.

Guards: a retailer launching another firm's product in its shops, a licensee launching under
licence, a product the sentence gives another owner, a person launching (FOUNDED only), a
project launched (no OWNS: projects are not owned), "launched a bid for" and "launched a review
of" (nothing).
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

LAUNCHES: list[Case] = [
    (  # pharma: active "launched P, a ..."
        "Harnley Pharma launched Corvexa, a once-weekly asthma inhaler, in March.",
        [("harnley-pharma", "FOUNDED", "corvexa")],
        [],
    ),
    (  # games: "unveiled P, its new title"
        "Quobit Games unveiled Starhollow, its new strategy title, at a trade fair in Cologne.",
        [("quobit-games", "FOUNDED", "starhollow")],
        [],
    ),
    (  # airlines: "rolled out P, a loyalty scheme"
        "Pilvane Air rolled out Plumeway Rewards, a loyalty scheme, in 2021.",
        [("pilvane-air", "FOUNDED", "plumeway-rewards")],
        [],
    ),
    (  # phones: passive "was launched by X"
        "The Tessafold phone was launched by Merrow Mobile last autumn.",
        [("merrow-mobile", "FOUNDED", "tessafold")],
        [],
    ),
    (  # coatings: relative "a sealant that X introduced"
        "Sales of Drovik, a sealant that Ambrel Coatings introduced in 2022, doubled.",
        [("ambrel-coatings", "FOUNDED", "drovik")],
        [],
    ),
    (  # audio: active, then a definite reference as subject
        "Trevane Audio introduced the Pulsebud earphones in May. The company also unveiled the "
        "Pulsebud Max.",
        [("trevane-audio", "FOUNDED", "pulsebud"), ("trevane-audio", "FOUNDED", "pulsebud-max")],
        [],
    ),
    (  # banking: pronoun subject
        "Corlow Bank had a quiet year. In June it launched Spendwise, a budgeting app for "
        "students.",
        [("corlow-bank", "FOUNDED", "spendwise")],
        [],
    ),
    (  # toys: coordinated products
        "Brimble Toys launched Puzzlepod and Snapstack, two card games, before Christmas.",
        [("brimble-toys", "FOUNDED", "puzzlepod"), ("brimble-toys", "FOUNDED", "snapstack")],
        [],
    ),
    (  # autos: "debuted"
        "Vessa Motors debuted the Arlo EV, an electric hatchback, at the Geneva show.",
        [("vessa-motors", "FOUNDED", "arlo-ev")],
        [],
    ),
    (  # software: "brought out"
        "Corlan Software brought out Ledgerfin, an accounting app, in 2018.",
        [("corlan-software", "FOUNDED", "ledgerfin")],
        [],
    ),
]

MAKER_OWNS: list[Case] = [
    (  # pharma: the launching firm as maker
        "Sorrel Pharma launched Denvira, a migraine tablet, in April.",
        [("sorrel-pharma", "OWNS", "denvira")],
        [],
    ),
    (  # phones: passive
        "The Quillo phone was unveiled by Harrowgate Mobile in Berlin.",
        [("harrowgate-mobile", "OWNS", "quillo")],
        [],
    ),
    (  # airlines: "rolled out"
        "Tessel Air rolled out Skyward Points, a loyalty scheme, last year.",
        [("tessel-air", "OWNS", "skyward-points")],
        [],
    ),
]

LAUNCH_GUARDS: list[Case] = [
    (  # retail: a retailer launching a product in its shops is no maker
        "Marrick Stores launched Brevlio in its shops across Wales.",
        [],
        [("marrick-stores", "OWNS", "brevlio")],
    ),
    (  # pharma: a licensee launching under licence is no owner
        "Tollan Health launched Brevlio in France under licence from Ovelta Pharma.",
        [],
        [("tollan-health", "OWNS", "brevlio")],
    ),
    (  # the sentence names the product's owner
        "Tollan Health launched Ovelta Pharma's Brevlio inhaler in Spain.",
        [],
        [("tollan-health", "OWNS", "brevlio")],
    ),
    (  # a project launched: FOUNDED only (no OWNS of a project)
        "Kestrow Energy launched the Greyscar Wind Farm project in 2020.",
        [("kestrow-energy", "FOUNDED", "greyscar-wind-farm")],
        [("kestrow-energy", "OWNS", "greyscar-wind-farm")],
    ),
    (  # a bid launched: nothing
        "Holbeck Foods launched a bid for Crumble Co last week.",
        [],
        [("holbeck-foods", "OWNS", "crumble-co"), ("holbeck-foods", "FOUNDED", "crumble-co")],
    ),
    (  # a review launched: nothing
        "Fenwick Motors launched a review of the Arlo EV after complaints.",
        [],
        [("fenwick-motors", "OWNS", "arlo-ev")],
    ),
    (  # a person launching: FOUNDED only
        "Dr. Ida Varnell launched Pocketmint, a budgeting app, in 2019.",
        [("ida-varnell", "FOUNDED", "pocketmint")],
        [("ida-varnell", "OWNS", "pocketmint")],
    ),
]

BANK = LAUNCHES + LAUNCH_GUARDS + MAKER_OWNS
CONVENTION = (
    "OWNS beside FOUNDED for a launched product: measured in round 13 (22 fired, 10 right on "
    "the described sets; gold differs by set) and not kept"
)
GAPS: dict[str, str] = {
    "Sorrel Pharma launched": CONVENTION,
    "The Quillo phone": CONVENTION,
    "Tessel Air rolled": CONVENTION,
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_launch13(case: Case) -> None:
    check(*case)
