"""Genre bank for a leading title bound to the right firm (round 17, leadsb).

A bare title opening a sentence whose object is the article's firm leads it ("Managing
director Bea Marr has steered Pollard Boats into repairs"); a speaker's bare title stays with
the article's firm after it bought a unit ("Chief executive Runa Amsel said ..."); a person a
buyer installs ("bought the chain and put in P as its boss") leads the firm bought, not the
buyer; a passive "is run by P" after an appositive naming a parent is about the clause's
subject; a relative clause after an appositive ("Ona Reis, a former nurse, who is still its
boss") leads; a non-restrictive relative clause under a hedge ("would not say whether ...
Omar Quist, who has chaired Halden Bank since 2015") states a fact. Guards: a post denied
("was passed over as chief executive"), a function, a verb of leaving, another firm's object.

Each case is a short invented article (headline, then body) across boats, mills, care,
retail, couriers, dairy, mining, banking, rail, steel and shipping.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params


def article(headline: str, *body: str) -> str:
    return headline + "\n\n" + " ".join(body)


TITLED_SUBJECTS: list[Case] = [
    (  # boats: "Managing director P has steered X into ..."
        article(
            "Pollard Boats grows",
            "Managing director Bea Marr has steered Pollard Boats into offshore repairs.",
        ),
        [("bea-marr", "LEADS", "pollard-boats")],
        [],
    ),
    (  # mills: a verb that is no verb of leading
        article(
            "Kessel Mills lifts output",
            "Kessel Mills had a good year.",
            "Chief executive Ivo Brandt has taken Kessel Mills into flour exports.",
        ),
        [("ivo-brandt", "LEADS", "kessel-mills")],
        [],
    ),
    (  # shipping: "turned X around", first body sentence
        article(
            "Ostrow Shipping recovers",
            "Chairman Lise Dahl has turned Ostrow Shipping around.",
        ),
        [("lise-dahl", "LEADS", "ostrow-shipping")],
        [],
    ),
    (  # hotels: "which chief executive P blamed on ..."
        article(
            "Dorran Hotels has a weak summer",
            "Dorran Hotels had a weak summer.",
            "Bookings dipped, which chief executive Tomek Vey blamed on the weather.",
        ),
        [("tomek-vey", "LEADS", "dorran-hotels")],
        [],
    ),
    (  # food: a predicate title, the firm the article's topic
        article(
            "Ferrin Foods",
            "Ferrin Foods was founded in 1950 by Jan Laar.",
            "Her uncle, Piet Laar, is still chairman.",
        ),
        [("piet-laar", "LEADS", "ferrin-foods")],
        [],
    ),
    (  # guard: another firm as the object, the sentence names no title's firm
        article(
            "Kessel Mills lifts output",
            "Kessel Mills had a good year.",
            "Chief executive Ivo Brandt criticised Rudd Flour for cutting prices.",
        ),
        [],
        [("ivo-brandt", "LEADS", "rudd-flour")],
    ),
    (  # guard: a function, not the head
        article(
            "Kessel Mills lifts output",
            "Kessel Mills had a good year.",
            "Finance director Ivo Brandt has taken Kessel Mills into flour exports.",
        ),
        [],
        [("ivo-brandt", "LEADS", "kessel-mills")],
    ),
    (  # guard: a verb of leaving
        article(
            "Kessel Mills lifts output",
            "Kessel Mills had a good year.",
            "Chief executive Ivo Brandt joined from Rudd Flour in 2019.",
        ),
        [],
        [("ivo-brandt", "LEADS", "rudd-flour")],
    ),
]

SPEAKERS: list[Case] = [
    (  # mining: a speaker's title after a bought unit was named last
        article(
            "Pellard Mining lifts output",
            "Pellard Mining said output rose after it bought Kinto Drills.",
            "Chief executive Runa Amsel said the quarter was solid.",
        ),
        [("runa-amsel", "LEADS", "pellard-mining")],
        [("runa-amsel", "LEADS", "kinto-drills")],
    ),
    (  # dairy: "told investors"
        article(
            "Halvik Dairies grows",
            "Halvik Dairies said it had bought Brenna Cheese in May.",
            "Chairman Ola Sund told investors that margins had held.",
        ),
        [("ola-sund", "LEADS", "halvik-dairies")],
        [("ola-sund", "LEADS", "brenna-cheese")],
    ),
    (  # football: an appointment after a purchase stays with the club bought (no saying)
        article(
            "Selby Sports Group buys Harwick Rovers",
            "Selby Sports Group has bought Harwick Rovers.",
            "Dan Oyelowo is to become chairman.",
        ),
        [("dan-oyelowo", "LEADS", "harwick-rovers")],
        [("dan-oyelowo", "LEADS", "selby-sports-group")],
    ),
]

INSTALLED: list[Case] = [
    (  # retail: "bought X and installed P as its boss"
        article(
            "Marrow Stores",
            "Belvar Capital bought Marrow Stores in 2019 and installed Rita Holm as its boss.",
        ),
        [("rita-holm", "LEADS", "marrow-stores")],
        [("rita-holm", "LEADS", "belvar-capital")],
    ),
    (  # retail: a bare title after the purchase
        article(
            "Marrow Stores",
            "Belvar Capital bought Marrow Stores in 2019 and installed Rita Holm as chief "
            "executive.",
        ),
        [("rita-holm", "LEADS", "marrow-stores")],
        [("rita-holm", "LEADS", "belvar-capital")],
    ),
    (  # retail: "put in P, a former nurse, as its boss", the chain named before
        article(
            "Marrow Stores",
            "Marrow Stores runs 40 shops.",
            "Belvar Capital bought the chain in 2019 and put in Rita Holm, a former nurse, as "
            "its boss.",
        ),
        [("rita-holm", "LEADS", "marrow-stores")],
        [("rita-holm", "LEADS", "belvar-capital")],
    ),
    (  # couriers: the firm the fund bought is the clause subject
        article(
            "Rheon Couriers",
            "Rheon Couriers, which the fund Belvar Capital bought last year, put in Zofia "
            "Kandt, a former rail manager, as chief executive.",
        ),
        [("zofia-kandt", "LEADS", "rheon-couriers")],
        [("zofia-kandt", "LEADS", "belvar-capital")],
    ),
    (  # couriers: "brought in P as its boss"
        article(
            "Rheon Couriers",
            "Rheon Couriers, which Belvar Capital bought last year, brought in Zofia Kandt "
            "as its boss.",
        ),
        [("zofia-kandt", "LEADS", "rheon-couriers")],
        [("zofia-kandt", "LEADS", "belvar-capital")],
    ),
    (  # dairy: "named P as its chief executive" after a purchase
        article(
            "Tessel Foods",
            "Tessel Foods bought Kinto Dairy last year and named Ian Rook as its chief executive.",
        ),
        [("ian-rook", "LEADS", "kinto-dairy")],
        [("ian-rook", "LEADS", "tessel-foods")],
    ),
    (  # guard: the buyer in a relative clause is not the appointer's purchase
        article(
            "Ardo Trust",
            "The Ardo Trust, which bought Helm Mining in 2020, installed Pia Lunt as chairman.",
        ),
        [],
        [("pia-lunt", "LEADS", "helm-mining")],
    ),
    (  # guard: a function given after a purchase
        article(
            "Tessel Foods",
            "Tessel Foods bought Kinto Dairy last year and named Ian Rook as its finance director.",
        ),
        [],
        [("ian-rook", "LEADS", "kinto-dairy"), ("ian-rook", "LEADS", "tessel-foods")],
    ),
]

RUN_BY: list[Case] = [
    (  # bakery: "is run by managing director P" after an appositive naming the parent
        article(
            "Tolla bakes",
            "Tolla, a subsidiary of the co-operative Marsk, bakes bread and is run by "
            "managing director Piet Onn.",
        ),
        [("piet-onn", "LEADS", "tolla")],
        [("piet-onn", "LEADS", "marsk")],
    ),
    (  # steel: "part of the group X, makes rails and is chaired by P"
        article(
            "Harlow Steel",
            "Harlow Steel, part of the Indian group Varda, makes rails and is chaired by "
            "Anil Sood.",
        ),
        [("anil-sood", "LEADS", "harlow-steel")],
        [("anil-sood", "LEADS", "varda")],
    ),
    (  # bakery: the plain appositive
        article(
            "Tolla bakes",
            "Tolla, a unit of Marsk, is run by Piet Onn.",
        ),
        [("piet-onn", "LEADS", "tolla")],
        [("piet-onn", "LEADS", "marsk")],
    ),
]

RELATIVES: list[Case] = [
    (  # care: "set up by P, a former nurse, who is still its boss"
        article(
            "Ossel Care",
            "Ossel Care was set up by Ona Reis, a former nurse, who is still its boss.",
        ),
        [("ona-reis", "LEADS", "ossel-care")],
        [],
    ),
    (  # grain: "P, a former trader, who is still its chairman,"
        article(
            "Pampa Grains",
            "Pampa Grains exports soy.",
            "Luis Ferreyra, a former trader, who is still its chairman, met the minister.",
        ),
        [("luis-ferreyra", "LEADS", "pampa-grains")],
        [],
    ),
    (  # care: "who is now its chief executive"
        article(
            "Ossel Care",
            "Ossel Care was set up in 1990 by Ona Reis, a former nurse, who is now its chief "
            "executive.",
        ),
        [("ona-reis", "LEADS", "ossel-care")],
        [],
    ),
    (  # guard: a function in the relative clause
        article(
            "Ossel Care",
            "Ossel Care was set up in 1990 by Ona Reis, a former nurse, who is its finance "
            "director.",
        ),
        [],
        [("ona-reis", "LEADS", "ossel-care")],
    ),
    (  # banking: a fact relative clause under "would not say whether"
        article(
            "Halden Bank",
            "Parvin Lodge would not say whether it will support Sir Omar Quist, who has "
            "chaired Halden Bank since 2015.",
        ),
        [("omar-quist", "LEADS", "halden-bank")],
        [],
    ),
    (  # banking: the relative clause inside the whether-clause
        article(
            "Halden Bank",
            "Parvin Lodge would not say whether Omar Quist, who has chaired Halden Bank since "
            "2015, would stay.",
        ),
        [("omar-quist", "LEADS", "halden-bank")],
        [],
    ),
    (  # guard: the hedged clause itself keeps its hedge
        article(
            "Halden Bank",
            "Parvin Lodge would not say whether Omar Quist will chair Halden Bank.",
        ),
        [],
        [("omar-quist", "LEADS", "halden-bank")],
    ),
]

DENIED_POSTS: list[Case] = [
    (  # rail: "was passed over as chief executive"
        article(
            "Vantor Rail",
            "Vantor Rail said profit fell.",
            "Lena Hart was passed over as chief executive in 2020.",
        ),
        [],
        [("lena-hart", "LEADS", "vantor-rail")],
    ),
    (  # rail: "who was overlooked as chair"
        article(
            "Vantor Rail",
            "Vantor Rail said profit fell.",
            "Lena Hart, who was overlooked as chair in 2019, has left.",
        ),
        [],
        [("lena-hart", "LEADS", "vantor-rail")],
    ),
    (  # rail: "stepped down as" keeps its LEADS
        article(
            "Vantor Rail",
            "Vantor Rail said profit fell.",
            "Lena Hart stepped down as chief executive in 2020.",
        ),
        [("lena-hart", "LEADS", "vantor-rail")],
        [],
    ),
]

TWO_ROLES: list[Case] = [
    (  # retail: an appositive title and a verbal one, the board's firm by a reference
        article(
            "Dunmore Retail",
            "Dunmore Retail runs 90 shops.",
            "Ada Grum, Orvell's managing partner, chairs the retailer's board.",
        ),
        [("ada-grum", "LEADS", "orvell"), ("ada-grum", "LEADS", "dunmore-retail")],
        [],
    ),
    (  # retail: both firms named
        article(
            "Dunmore Retail",
            "Ada Grum, Orvell's managing partner, chairs Dunmore Retail's board.",
        ),
        [("ada-grum", "LEADS", "orvell"), ("ada-grum", "LEADS", "dunmore-retail")],
        [],
    ),
]

BANK = TITLED_SUBJECTS + SPEAKERS + INSTALLED + RUN_BY + RELATIVES + DENIED_POSTS + TWO_ROLES

GAPS: dict[str, str] = {
    "Dunmore Retail\n\nDunmore Retail runs 90 shops. Ada": (
        "'the retailer's board': a sector noun as a reference to the topic firm is not resolved"
    ),
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_leadsb17(case: Case) -> None:
    check(*case)
