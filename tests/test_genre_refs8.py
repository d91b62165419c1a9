"""Genre bank for references resolved to the wrong entity and neighbouring names taken as
arguments: "the two companies" after an owner and its unit met a third party (the owner and
the third party, not the owner and its unit), a person whose surname is also a company's name,
the person told ("A told B that it would ..."), a second clause with its own subject, a round's
lead investor next to a buyer, a relative clause inside an appositive, and "it" for a project
named before.

Each case is a short invented article (text, relations that must be found, relations that must
not be), across media, food, metals, energy, telecoms, insurance, shipping, banking, retail,
pharma, farming, mining and autos. Guards: an owner and its unit that act together with nobody
else in view, a plain pair of companies, a subject told of its own act.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

TWO_COMPANIES: list[Case] = [
    (  # media: owner and unit reach a deal with a third party, "will work together"
        "Ryder Media and its unit Ryder Radio reached a deal with Calm Studios. The two "
        "companies will work together.",
        [("ryder-media", "PARTNERS_WITH", "calm-studios")],
        [("ryder-radio", "PARTNERS_WITH", "ryder-media")],
    ),
    (  # food: "its subsidiary", "are now partners"
        "Kovac Foods and its subsidiary Kovac Fresh signed an accord with Lindo Farms. The two "
        "companies are now partners.",
        [("kovac-foods", "PARTNERS_WITH", "lindo-farms")],
        [("kovac-fresh", "PARTNERS_WITH", "kovac-foods")],
    ),
    (  # metals: "will jointly develop"
        "Dunmore Holdings and its unit Dunmore Steel struck a deal with Orsk Metals. The two "
        "companies will jointly develop a mill.",
        [("dunmore-holdings", "PARTNERS_WITH", "orsk-metals")],
        [("dunmore-steel", "PARTNERS_WITH", "dunmore-holdings")],
    ),
    (  # energy: "formed a partnership with", "the two firms"
        "Varn Energy and its unit Varn Solar formed a partnership with Lusk Power. The two "
        "firms will work together on a wind farm.",
        [("varn-energy", "PARTNERS_WITH", "lusk-power")],
        [("varn-solar", "PARTNERS_WITH", "varn-energy")],
    ),
    (  # telecoms: "reached an agreement", the two firms build together
        "Brisa Telecom and its subsidiary Brisa Fibre reached an agreement with Nolan Cable. "
        "The two firms will work together.",
        [("brisa-telecom", "PARTNERS_WITH", "nolan-cable")],
        [("brisa-fibre", "PARTNERS_WITH", "brisa-telecom")],
    ),
    (  # insurance: "signed a pact with", "will jointly sell"
        "Corda Insurance and its unit Corda Life signed a pact with Marren Re. The two "
        "companies will jointly sell policies.",
        [("corda-insurance", "PARTNERS_WITH", "marren-re")],
        [("corda-life", "PARTNERS_WITH", "corda-insurance")],
    ),
    (  # retail: "struck a deal with", "the two firms"
        "Belmont Retail and its subsidiary Belmont Online struck a deal with Pask Logistics. "
        "The two firms will work together.",
        [("belmont-retail", "PARTNERS_WITH", "pask-logistics")],
        [("belmont-online", "PARTNERS_WITH", "belmont-retail")],
    ),
    (  # autos: "reached an agreement with", "are now partners"
        "Tessel Autos and its unit Tessel Parts reached an agreement with Hurne Motors. The two "
        "companies are now partners.",
        [("tessel-autos", "PARTNERS_WITH", "hurne-motors")],
        [("tessel-parts", "PARTNERS_WITH", "tessel-autos")],
    ),
    (  # farming: "signed a deal with"
        "Gollan Farms and its unit Gollan Seeds signed a deal with Arvik Agri. The two companies "
        "will work together.",
        [("gollan-farms", "PARTNERS_WITH", "arvik-agri")],
        [("gollan-seeds", "PARTNERS_WITH", "gollan-farms")],
    ),
    (  # pharma: "signed an accord with", "will jointly develop"
        "Nerin Pharma and its subsidiary Nerin Labs signed an accord with Colby Bio. The two "
        "companies will jointly develop a vaccine.",
        [("nerin-pharma", "PARTNERS_WITH", "colby-bio")],
        [("nerin-labs", "PARTNERS_WITH", "nerin-pharma")],
    ),
    (  # guard: a plain pair of companies keeps its partnership
        "Fenwick Autos and Ostrava Motors signed a deal. The two companies will work together.",
        [("fenwick-autos", "PARTNERS_WITH", "ostrava-motors")],
        [],
    ),
    (  # guard: food, owner and unit sue together
        "Larch Foods owns Pim Dairy. The two companies sued Orla Milk.",
        [("larch-foods", "DISPUTES", "orla-milk"), ("pim-dairy", "DISPUTES", "orla-milk")],
        [],
    ),
    (  # guard: insurance, a buyer and its purchase compete together with a third
        "Corda Insurance acquired Wend Cover. The two companies compete with Ravel Insurance.",
        [("corda-insurance", "COMPETES_WITH", "ravel-insurance")],
        [],
    ),
    (  # guard: owner and unit alone in view act together against a third named in the sentence
        "Sable Insurance owns Ridge Cover. The two companies sued Pinto Re.",
        [("sable-insurance", "DISPUTES", "pinto-re"), ("ridge-cover", "DISPUTES", "pinto-re")],
        [],
    ),
    (  # guard: shipping, owner and unit compete together with a third
        "Morrow Shipping owns Tally Ferries. The two companies compete with Keel Lines.",
        [("morrow-shipping", "COMPETES_WITH", "keel-lines")],
        [],
    ),
    (  # guard: telecoms, owner and unit sue together
        "Halvard Telecom owns Pitt Mobile. The two companies sued Arvo Networks.",
        [("halvard-telecom", "DISPUTES", "arvo-networks")],
        [],
    ),
    (  # guard: a relative clause's unit is no party of the deal
        "Sable Insurance, which owns Ridge Cover, signed a deal with Pinto Re. The two "
        "companies will jointly sell policies.",
        [("sable-insurance", "PARTNERS_WITH", "pinto-re")],
        [("ridge-cover", "PARTNERS_WITH", "pinto-re")],
    ),
    (  # guard: banking, a purchase keeps its owner
        "Pelham Bank bought Stour Credit. Pelham and Stour will merge their branches.",
        [("pelham-bank", "OWNS", "stour-credit")],
        [("stour-credit", "OWNS", "pelham-bank")],
    ),
]

SURNAMES: list[Case] = [
    (  # retail: a surname shared with a store chain, the person invests
        "Nell Garrow, who once ran the Garrow's store chain, invested $40,000 in Quarry Lane.",
        [("nell-garrow", "FUNDS", "quarry-lane")],
        [("garrows", "FUNDS", "quarry-lane")],
    ),
    (  # autos: founder of a company bearing the surname, the person invests
        "Tobin Marsh, who founded the Marsh Motors dealership group, invested $2 million in "
        "Fenwick Labs.",
        [("tobin-marsh", "FOUNDED", "marsh-motors"), ("tobin-marsh", "FUNDS", "fenwick-labs")],
        [("marsh-motors", "FUNDS", "fenwick-labs")],
    ),
    (  # food: a daughter of a company's founder
        "Greta Holm, a daughter of the Holm Bakeries founder, invested in Crumb Labs.",
        [("greta-holm", "FUNDS", "crumb-labs")],
        [("holm-bakeries", "FUNDS", "crumb-labs")],
    ),
    (  # shipping: "whose family controls", the person backs
        "Ivo Sand, whose family controls Sand Logistics, backed Tern Freight.",
        [("ivo-sand", "BACKS", "tern-freight")],
        [("sand-logistics", "BACKS", "tern-freight")],
    ),
]

TOLD: list[Case] = [
    (  # banking: the person told is not the one who sues
        "Ostra Bank told Delmar Shipping that it would sue Kelby Ports.",
        [],
        [("delmar-shipping", "DISPUTES", "kelby-ports")],
    ),
    (  # energy: the subject bought, not the one told
        "Halvard Energy told Pitt Mining that it had bought a stake in Rowan Solar.",
        [("halvard-energy", "FUNDS", "rowan-solar")],
        [("pitt-mining", "FUNDS", "rowan-solar")],
    ),
    (  # media: "told X it had bought"
        "Corvel Media told Banff Radio it had bought Tessa Press.",
        [("corvel-media", "OWNS", "tessa-press")],
        [("banff-radio", "OWNS", "tessa-press")],
    ),
    (  # metals: a named subject inside the reported clause
        "Mira Bank told investors that Corven Steel would sue Dask Rail.",
        [],
        [("mira-bank", "DISPUTES", "dask-rail")],
    ),
    (  # food: the one told is not the buyer
        "Pelloran Foods told Quist Farms that it would acquire Aldo Dairy.",
        [],
        [("quist-farms", "OWNS", "aldo-dairy")],
    ),
]

CLAUSES: list[Case] = [
    (  # pharma: a round's lead and a buyer in the next clause
        "Wren Capital led the round in Corvo Health, and Brisk Ventures acquired Selma Bio.",
        [("wren-capital", "FUNDS", "corvo-health"), ("brisk-ventures", "OWNS", "selma-bio")],
        [("wren-capital", "OWNS", "selma-bio"), ("brisk-ventures", "FUNDS", "corvo-health")],
    ),
    (  # tech: "led the seed round", then another buyer
        "Lusk Ventures led the seed round in Orra Labs, and Tidal Capital bought Fenn Robotics.",
        [("lusk-ventures", "FUNDS", "orra-labs"), ("tidal-capital", "OWNS", "fenn-robotics")],
        [("lusk-ventures", "OWNS", "fenn-robotics")],
    ),
    (  # health: "led a $5 million round", then an acquisition
        "Arlo Partners led a $5 million round in Brisk Health, and Nord Pharma acquired Calder "
        "Bio.",
        [("arlo-partners", "FUNDS", "brisk-health"), ("nord-pharma", "OWNS", "calder-bio")],
        [("arlo-partners", "OWNS", "calder-bio")],
    ),
    (  # mining: the second clause has its own subject
        "Pelloran Mining bought Quill Metals, and Dunmore Holdings owns Kestrel Rail.",
        [("pelloran-mining", "OWNS", "quill-metals"), ("dunmore-holdings", "OWNS", "kestrel-rail")],
        [("pelloran-mining", "OWNS", "kestrel-rail")],
    ),
    (  # farming: a suit and an investment with two subjects
        "Tamsin Farms sued Orwell Agri, and Wexley Foods invested in Harbin Dairy.",
        [("tamsin-farms", "DISPUTES", "orwell-agri"), ("wexley-foods", "FUNDS", "harbin-dairy")],
        [("tamsin-farms", "FUNDS", "harbin-dairy")],
    ),
    (  # energy: the subject of the second clause is the buyer, not the earlier owner
        "Pella Energy owns 40% of Crag Wind. Lumo Capital led a round in Crag Wind, and bought "
        "Fern Solar.",
        [("lumo-capital", "FUNDS", "crag-wind"), ("lumo-capital", "OWNS", "fern-solar")],
        [("pella-energy", "OWNS", "fern-solar")],
    ),
]

APPOSITIVES: list[Case] = [
    (  # telecoms: a relative clause inside an appositive attaches to its name
        "Marlow Telecom said its rival, Keston Mobile, which Rolf Dane founded, had hired bankers.",
        [("rolf-dane", "FOUNDED", "keston-mobile")],
        [("rolf-dane", "FOUNDED", "marlow-telecom")],
    ),
    (  # media: "whose chief executive is", the stake stays with the company
        "Harrow Media, whose chief executive is Ana Bell, owns a stake in Tilde Press.",
        [("ana-bell", "LEADS", "harrow-media"), ("harrow-media", "OWNS", "tilde-press")],
        [("ana-bell", "OWNS", "tilde-press")],
    ),
    (  # mining: an adviser of the buyer holds a stake in the target
        "Ardent Mining agreed to buy Pell Copper. Gorse Partners, which advises Ardent, owns "
        "12% of the company.",
        [],
        [("gorse-partners", "OWNS", "ardent-mining")],
    ),
    (  # pharma: the holder's company is the one it holds
        "Corin Capital is selling Bexley Pharma. Corin, Bexley's biggest holder, owns 62% of "
        "the company.",
        [("corin-capital", "OWNS", "bexley-pharma")],
        [],
    ),
]

PROJECTS: list[Case] = [
    (  # energy: "it" is a project named before, not its company
        "The Lorne Project is a wind farm in Wales. Vesta Power bought a 30% stake in it from "
        "Gannet Energy.",
        [("vesta-power", "FUNDS", "lorne-project")],
        [("gannet-energy", "FUNDS", "lorne-project")],
    ),
    (  # water: "it" is the reservoir project the company runs
        "Wexa Water runs the Tarrow reservoir project. Balder Capital bought a stake in it last "
        "year.",
        [],
        [("balder-capital", "FUNDS", "wexa-water")],
    ),
    (  # mining: "it" is the mine the company operates
        "Orrin Mining operates the Kell copper mine. Sorrel Capital took a 20% stake in it in May.",
        [],
        [("sorrel-capital", "FUNDS", "orrin-mining")],
    ),
    (  # ports: "it" is the terminal being built
        "Tavi Ports is building a new container terminal. Brandt Infrastructure invested in it "
        "last week.",
        [],
        [("brandt-infrastructure", "FUNDS", "tavi-ports")],
    ),
]

GAPS: dict[str, str] = {}


@pytest.mark.parametrize("case", gap_params(TWO_COMPANIES, GAPS))
def test_two_companies(case: Case) -> None:
    check(*case)


@pytest.mark.parametrize("case", gap_params(SURNAMES, GAPS))
def test_surnames(case: Case) -> None:
    check(*case)


@pytest.mark.parametrize("case", gap_params(TOLD, GAPS))
def test_told(case: Case) -> None:
    check(*case)


@pytest.mark.parametrize("case", gap_params(CLAUSES, GAPS))
def test_clauses(case: Case) -> None:
    check(*case)


@pytest.mark.parametrize("case", gap_params(APPOSITIVES, GAPS))
def test_appositives(case: Case) -> None:
    check(*case)


@pytest.mark.parametrize("case", gap_params(PROJECTS, GAPS))
def test_projects(case: Case) -> None:
    check(*case)
