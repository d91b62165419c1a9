"""Review of round 42's partnership readings (ties42) on invented texts.

1. A thing made jointly left to the text's company when the sentence names it: the company
must be the thing's maker (the possessor of the thing, the subject of a launch, a speaker
after it), not its buyer, user, critic, financer or reviewer; a maker after the partner
("... with X by the army") or a person owning the thing ("whose first app") takes it; makers
coordinated before the verb all partner ("A and B opened a plant built in a partnership
with X").

2. The partner-role links "has also been" and ", which has been" for every role type, and a
role noun before "partner" ("brand partner") naming the kind of partnership, not a brand.

Each case is (text, relations that must be found, relations that must not be).
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

OWN_MAKER: list[Case] = [
    (  # banking: a pronoun subject launches the thing
        "Osterlund Bank is a savings bank in Malmo. It introduced Spar, a budgeting app built "
        "jointly with the fintech Kavli Code.",
        [("osterlund-bank", "PARTNERS_WITH", "kavli-code")],
        [],
    ),
    (  # logistics: "rolled out"
        "Gantry Logistics runs depots in Ohio. Gantry Logistics rolled out Loadstar, a routing "
        "tool built together with software firm Pellow Systems.",
        [("gantry-logistics", "PARTNERS_WITH", "pellow-systems")],
        [],
    ),
    (  # bakery: the company's relative clause launches the thing
        "Oakvale Bakeries bakes bread. Oakvale Bakeries, which launched Crust, a sourdough app "
        "developed jointly with Pell Digital, grew fast.",
        [("oakvale-bakeries", "PARTNERS_WITH", "pell-digital")],
        [],
    ),
    (  # valves: the possessor of the thing, a pronoun after the verb ("test it")
        "Corlen Valves makes fittings. The note also praises FlowMark, Corlen's smart valve, "
        "which was built in partnership with Ventrix, a young firm, and which Nora Marsh "
        "thinks could sell once refineries test it.",
        [("corlen-valves", "PARTNERS_WITH", "ventrix")],
        [],
    ),
    (  # water: two makers coordinated before the verb
        "Selby Water runs reservoirs. Selby Water and Tarn Council opened a plant built in a "
        "partnership with Hydro Nord.",
        [
            ("selby-water", "PARTNERS_WITH", "hydro-nord"),
            ("tarn-council", "PARTNERS_WITH", "hydro-nord"),
        ],
        [],
    ),
    (  # tailoring: a pronoun maker after an appositive; the scheme is no partner
        "Wing Hop Tailors makes suits. Wing Hop's hope is Cut Right, an apprentice course it "
        "started in 2018 in partnership with Harbour Fashion College, which trains cutters.",
        [("wing-hop", "PARTNERS_WITH", "harbour-fashion-college")],
        [("cut-right", "PARTNERS_WITH", "harbour-fashion-college")],
    ),
]

OWN_NOT_MAKER: list[Case] = [
    (  # banking: the company bought the thing
        "Osterlund Bank is a savings bank in Malmo. Osterlund Bank bought Spar, a budgeting "
        "app built jointly with the fintech Kavli Code.",
        [],
        [("osterlund-bank", "PARTNERS_WITH", "kavli-code")],
    ),
    (  # health: the company's patients use it; a maker after the partner
        "Quorra Health runs clinics in Texas. Quorra Health patients can use Pulse, a "
        "monitoring service developed in cooperation with Dallin Medical Devices by the state "
        "of Texas.",
        [],
        [("quorra-health", "PARTNERS_WITH", "dallin-medical-devices")],
    ),
    (  # logistics: the company replaced the thing
        "Gantry Logistics runs depots in Ohio. Gantry Logistics replaced Loadstar, a routing "
        "tool built together with software firm Pellow Systems, with its own code.",
        [],
        [("gantry-logistics", "PARTNERS_WITH", "pellow-systems")],
    ),
    (  # drones: the army made it
        "Kestrel Aero makes drones. Kestrel's chief Ian Moss said Hawk, a drone developed in a "
        "partnership with Norvik Optics by the army, was a threat.",
        [],
        [("kestrel-aero", "PARTNERS_WITH", "norvik-optics")],
    ),
    (  # publishing: the company praised the mayor's plan
        "Alder Publishing prints textbooks. The mayor's reading plan, created in collaboration "
        "with Oakridge University, was praised by Alder Publishing.",
        [],
        [("alder-publishing", "PARTNERS_WITH", "oakridge-university")],
    ),
    (  # insurance: a person hired by the company made it
        "Solace Insurance sells home cover. Solace Insurance hired Tom Reyes, who designed a "
        "flood model in partnership with Meridian Weather.",
        [],
        [("solace-insurance", "PARTNERS_WITH", "meridian-weather")],
    ),
    (  # energy: the company opposed the farm
        "Pendle Energy builds wind farms. Pendle Energy opposed the Morwick wind farm, "
        "developed in partnership with Skarv Renewables.",
        [],
        [("pendle-energy", "PARTNERS_WITH", "skarv-renewables")],
    ),
    (  # software: the founder's own app
        "Irex Software sells payroll tools. Irex Software was founded by Mia Holt, whose first "
        "app was built in partnership with Lund University.",
        [],
        [("irex-software", "PARTNERS_WITH", "lund-university")],
    ),
    (  # rail: the company would buy trains for a line others built
        "Ferro Rail builds trains. Ferro Rail said it would buy trains for the line, which was "
        "built in partnership with Bergen Civil.",
        [],
        [("ferro-rail", "PARTNERS_WITH", "bergen-civil")],
    ),
    (  # boats: the company reviewed the hull
        "Marlin Boats builds yachts. Marlin Boats reviewed the hull, which was designed in "
        "partnership with Aalto Composites.",
        [],
        [("marlin-boats", "PARTNERS_WITH", "aalto-composites")],
    ),
    (  # lending: the bank financed the silo
        "Elm Street Bank lends to farmers. Elm Street Bank financed the silo, which was built "
        "in partnership with Agri Steel.",
        [],
        [("elm-street-bank", "PARTNERS_WITH", "agri-steel")],
    ),
]


@pytest.mark.parametrize("text,present,absent", OWN_MAKER)
def test_own_maker(text: str, present: list, absent: list) -> None:
    check(text, present, absent)


@pytest.mark.parametrize("text,present,absent", OWN_NOT_MAKER)
def test_own_not_maker(text: str, present: list, absent: list) -> None:
    check(text, present, absent)


ROLE_LINKS: list[Case] = [
    (  # sport: "brand partner" is a kind of partnership, no brand owned
        "Carrick Brands has also been Ellon Sports' brand partner for the Lisbon marathon.",
        [("carrick-brands", "PARTNERS_WITH", "ellon-sports")],
        [("ellon-sports", "OWNS", "carrick-brands")],
    ),
    (  # paper: "had also been" with a leader's title
        "Rolf Anker had also been chairman of Vestby Paper before he retired.",
        [("rolf-anker", "LEADS", "vestby-paper")],
        [],
    ),
    (  # pharma: "has also been named"
        "Ordway Labs has also been named Vanta Pharma's research partner.",
        [("ordway-labs", "PARTNERS_WITH", "vanta-pharma")],
        [],
    ),
    (  # cocoa: an ended partner role still states the partnership
        "Gold Coast Cocoa, which had been Mako Chocolate's sourcing partner, was wound up.",
        [("gold-coast-cocoa", "PARTNERS_WITH", "mako-chocolate")],
        [],
    ),
    (  # mills: a field before a leader's title after "has also been" is a function
        "Nora Kell has also been Fenwick Mills' finance chief since 2016.",
        [],
        [("nora-kell", "LEADS", "fenwick-mills")],
    ),
    (  # pharma: talks to become a partner
        "Ordway Labs has also been in talks to become Vanta Pharma's research partner.",
        [],
        [("ordway-labs", "PARTNERS_WITH", "vanta-pharma")],
    ),
    pytest.param(
        "Sela Group, which has been Omni Rail's technology partner, and Brun Ltd, which has "
        "been its engineering partner, bid together.",
        [("sela-group", "PARTNERS_WITH", "omni-rail"), ("brun", "PARTNERS_WITH", "omni-rail")],
        [("brun", "PARTNERS_WITH", "sela-group")],
        marks=pytest.mark.xfail(
            strict=True,
            reason="'its' in the second relative clause resolves to the first holder (Sela "
            "Group), not to the possessor of the parallel role (Omni Rail): a coreference gap",
        ),
    ),
    pytest.param(
        "Quintel, which has been Morven Telecom's security partner of choice in rumours, "
        "denied any deal.",
        [],
        [("quintel", "PARTNERS_WITH", "morven-telecom")],
        marks=pytest.mark.xfail(
            strict=True,
            reason="a rumoured role ('in rumours', then denied) is read as stated: the role "
            "links have no hedge after the role noun",
        ),
    ),
]


@pytest.mark.parametrize("text,present,absent", ROLE_LINKS)
def test_role_links(text: str, present: list, absent: list) -> None:
    check(text, present, absent)
