"""Genre bank for relation ends that are fragments, not parties, and for families (round 22).

A relation end is a party. A name glued to the amount after it ("lent Zarvenbryg 40 million
euros", "Sorimoko 25 percent" in a gapped share split), a currency's prefix ("a NZ$3 million
grant"), an exchange's listing prefix ("TSX-listed X"), an acronym describing a thing's noun
("maker of PVC and timber windows") and a street ("on Via Condotti") name no party: they are no
entity of their own and no relation end, unless the article names them otherwise. Real names
that end in a numeral or are acronyms stay ("Route 66 Foods", "BHP said").

"The SURNAME family" is no person and no entity: it binds to none of its members, whose own
acts by name still count ("Maritta Haugvoll runs X"); the remainder after a family's share goes
to the company the share is of.

Each case is a short invented text (relations that must be found, relations that must not be),
across brewing, optics, boats, scaffolding, rubber, knitwear, windows, mining, food and more.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params, kept

AMOUNTS: list[Case] = [
    (  # brewing: double-object loan in a relative clause (repro r01)
        "Zarvenbryg Bryggeri said its output rose. A fund manager asked about the Kvellstad "
        "Utviklingsfond, which lent Zarvenbryg 40 million euros in 2024 to enlarge its maltings.",
        [("kvellstad-utviklingsfond", "FUNDS", "zarvenbryg-bryggeri")],
        [("kvellstad-utviklingsfond", "FUNDS", "zarvenbryg-40")],
    ),
    (  # guard: the same loan with "to" (repro guard)
        "The Kvellstad Utviklingsfond lent 40 million euros to Zarvenbryg Bryggeri in 2024 to "
        "enlarge its maltings in Vejle.",
        [("kvellstad-utviklingsfond", "FUNDS", "zarvenbryg-bryggeri")],
        [],
    ),
    (  # rail: double object with "billion" in a main clause
        "Orvane Rail needs new carriages. The Halmstad Infrastructure Bank lent Orvane 2 billion "
        "kronor for the order.",
        [("the-halmstad-infrastructure-bank", "FUNDS", "orvane-rail")],
        [("halmstad-infrastructure-bank", "FUNDS", "orvane-2")],
    ),
    (  # rubber: gapped share split (repro r05)
        "Ardovin Latexora will hold 55 percent of the new venture, Sorimoko 25 percent and "
        "Kedaroa Getah the remaining 20 percent, according to a joint filing.",
        [],
        [("ardovin-latexora", "OWNS", "sorimoko-25"), ("ardovin-latexora", "OWNS", "sorimoko")],
    ),
    (  # cement: gapped split with "per cent" and "%"
        "Brantel Cement will own 60 per cent of the plant company, Ostravo 30 per cent and "
        "Kalvin Bau the rest.",
        [],
        [("brantel-cement", "OWNS", "ostravo"), ("brantel-cement", "OWNS", "ostravo-30")],
    ),
    (  # fishing: a thousands group and a currency word after the name
        "The Brindle Fund lent Orlesby 40 000 euros and paid Tamsk Fiske 12 kroner a share.",
        [("the-brindle-fund", "FUNDS", "orlesby")],
        [("the-brindle-fund", "FUNDS", "orlesby-40")],
    ),
    (  # guard: a name that ends in a number stays one name
        "Route 66 Foods signed a partnership with Tamblin Dairies on Monday.",
        [("route-66-foods", "PARTNERS_WITH", "tamblin-dairies")],
        [],
    ),
    (  # guard: a stake in an appositive company still names it
        "Kestrel Motors will own 51% of the joint company, Vanta Drive Systems, the filing said.",
        [("kestrel-motors", "OWNS", "vanta-drive-systems")],
        [],
    ),
]

PREFIXES: list[Case] = [
    (  # boats: currency prefix (repro r03)
        "Tamakoa Paddlecraft and Rotoiwi Moulding are building a moulding hall near Tauranga. "
        "Both firms are paying half of the money, with a further NZ$3 million grant from "
        "Skilltrax Aotearoa, the state training body, going to Tamakoa to pay for training.",
        [("skilltrax-aotearoa", "FUNDS", "tamakoa-paddlecraft")],
        [
            ("skilltrax-aotearoa", "FUNDS", "nz"),
            ("skilltrax-aotearoa", "FUNDS", "rotoiwi-moulding"),
        ],
    ),
    (  # guard: the grant with a written-out currency (repro guard)
        "Skilltrax Aotearoa has awarded Tamakoa Paddlecraft a grant of 3 million New Zealand "
        "dollars to train moulding staff.",
        [("skilltrax-aotearoa", "FUNDS", "tamakoa-paddlecraft")],
        [],
    ),
    (  # textiles: HK$ before a grant from a fund
        "Kelloway Textiles, which makes coated fabrics, won a HK$12 million grant from the "
        "Dunmore Innovation Fund.",
        [("dunmore-innovation-fund", "FUNDS", "kelloway-textiles")],
        [("dunmore-innovation-fund", "FUNDS", "hk")],
    ),
    (  # pipes: a currency's code before an amount
        "Sidra Pipes won a QAR 40 million grant from the Dohar Development Fund, and the fund "
        "said Sidra Pipes would hire staff.",
        [("dohar-development-fund", "FUNDS", "sidra-pipes")],
        [("dohar-development-fund", "FUNDS", "qar")],
    ),
    (  # scaffolding: listing prefix in a passive (repro r04)
        "Trusselin Stillas, owned since 2021 by TSX-listed Granitek Bygg, said a fall at a depot "
        "in Moncton prompted a review of its procedures.",
        [("granitek-bygg", "OWNS", "trusselin-stillas")],
        [("tsx", "OWNS", "trusselin-stillas")],
    ),
    (  # snacks: listing prefix before a buyer
        "ASX-listed Pellmark Foods bought Quorrin Crisps for A$40 million in May.",
        [("pellmark-foods", "OWNS", "quorrin-crisps")],
        [("asx", "OWNS", "quorrin-crisps")],
    ),
    (  # mining: "-quoted" prefix of an investor
        "Halvard Copper sold a 20% stake to AIM-quoted Brenwick Resources.",
        [("brenwick-resources", "FUNDS", "halvard-copper")],
        [("aim", "FUNDS", "halvard-copper"), ("aim", "OWNS", "halvard-copper")],
    ),
    (  # shipping: a known exchange's listing prefix in a passive
        "Orvik Marine, owned by Nasdaq-listed Haldane Shipping, will add two vessels.",
        [("haldane-shipping", "OWNS", "orvik-marine")],
        [("nasdaq", "OWNS", "orvik-marine")],
    ),
    (  # fish: a wire desk's tag in brackets in a dateline
        "OSLO, March 3 [NTB Finans] - Kelvane Holding said it would acquire a 35% stake in "
        "Orstad Fisk.",
        [("kelvane-holding", "FUNDS", "orstad-fisk")],
        [("ntb-finans", "FUNDS", "orstad-fisk")],
    ),
    (  # guard: an owner's hyphen word keeps the acronym a party
        "The Tarlow mine is a KRX-owned asset, and KRX said it would expand it.",
        [],
        [],
    ),
]

MODIFIERS: list[Case] = [
    (  # optics: acronym modifier in "maker of X and Y", round led by a fund (repro r02)
        "Separately, Lintropp Optikwerk, the Bavarian maker of quartz windows and LIDAR housings, "
        "closed a 22 million euro growth round led by Halbrecht Wachstumsfonds, with the "
        "regional lender Saarbeck Förderkasse also joining.",
        [("halbrecht-wachstumsfonds", "FUNDS", "lintropp-optikwerk")],
        [
            ("halbrecht-wachstumsfonds", "FUNDS", "lidar"),
            ("saarbeck-forderkasse", "FUNDS", "lidar"),
        ],
    ),
    (  # guard: the round without the modifier (repro guard)
        "Lintropp Optikwerk, a Bavarian maker of optical housings, closed a 22 million euro "
        "growth round led by Halbrecht Wachstumsfonds.",
        [("halbrecht-wachstumsfonds", "FUNDS", "lintropp-optikwerk")],
        [],
    ),
    (  # windows: material acronym in "maker of X and Y" (repro r07)
        "Greybrume Vinduer, the Tromsø-based maker of PVC and timber windows, said on Tuesday "
        "that building work on its new factory would begin next spring.",
        [("greybrume-vinduer", "LOCATED_IN", "tromso")],
        [("greybrume-vinduer", "OWNS", "pvc")],
    ),
    (  # heating: acronym after a verb in an appositive
        "Maltrope Holdings, which supplies HVAC systems to schools, was bought by Brindle Capital.",
        [("brindle-capital", "OWNS", "maltrope-holdings")],
        [("brindle-capital", "OWNS", "hvac"), ("maltrope-holdings", "OWNS", "hvac")],
    ),
    (  # plastics: a maker's noun after the acronym
        "Halvorsen Plast, the PVC maker, was bought by Nordkyst Industri in March.",
        [("nordkyst-industri", "OWNS", "halvorsen-plast")],
        [("pvc", "OWNS", "halvorsen-plast"), ("nordkyst-industri", "OWNS", "pvc")],
    ),
    (  # guard: an acronym firm that acts stays a party
        "BHP said it would buy a 20% stake in Tarlow Minerals, and BHP shares rose 2%.",
        [("bhp", "FUNDS", "tarlow-minerals")],
        [],
    ),
    (  # guard: an acronym firm named by its people stays a party
        "Corvane Optics hired two ASML engineers, and ASML sued Corvane Optics in May.",
        [("asml", "DISPUTES", "corvane-optics")],
        [],
    ),
]

STREETS: list[Case] = [
    (  # knitwear: a street before a partnership (repro r06)
        "ROME, October 2 — Orlaneve Maglieria, the Lyonnais knitwear house, opened on Friday its "
        "first shop in Rome, on Via Condotti, together with a two-year partnership with "
        "Lanificio Sellaro, the Prato spinner of recycled cashmere.",
        [],
        [("via-condotti", "PARTNERS_WITH", "lanificio-sellaro")],
    ),
    (  # retail: a one-word street with its ending
        "Kolbeck Mode opened a store on Bahnhofstrasse and signed a partnership with Fenwald "
        "Leder.",
        [("kolbeck-mode", "PARTNERS_WITH", "fenwald-leder")],
        [("bahnhofstrasse", "PARTNERS_WITH", "fenwald-leder")],
    ),
    (  # guard: a firm whose name opens with the street word
        "Tessin Coaches signed a partnership with Via Rail on Monday.",
        [("tessin-coaches", "PARTNERS_WITH", "via-rail")],
        [],
    ),
]

FAMILIES: list[Case] = [
    (  # fish farming: the family after its member named by surname alone (repro r01)
        "Maritta Haugvoll walked visitors along the new tank hall on Tuesday. Haugvoll, 51, runs "
        "Fjordvaka Settefisk. The Haugvoll family still owns 70% of Fjordvaka Settefisk; the "
        "remainder belongs to Kystvinn Forvaltning, a fund from Ålesund.",
        [
            ("maritta-haugvoll", "LEADS", "fjordvaka-settefisk"),
            ("kystvinn-forvaltning", "OWNS", "fjordvaka-settefisk"),
        ],
        [("maritta-haugvoll", "OWNS", "fjordvaka-settefisk")],
    ),
    (  # grain: the balance owned by the family (repro r02)
        "Heloisa Barbosinha, who runs Campoduro Cereais, said the purchase would double capacity, "
        "and Barbosinha added that no jobs would go. Itsukawa Bussanko holds 65 percent of "
        "Campoduro, with the balance owned by the Barbosinha family.",
        [("itsukawa-bussanko", "OWNS", "campoduro-cereais")],
        [
            ("heloisa-barbosinha", "OWNS", "campoduro-cereais"),
            ("barbosinha", "OWNS", "campoduro-cereais"),
        ],
    ),
    (  # pet food: a dead founder's family (repro r03)
        "Lorcanby Petfood was set up in 1958 by the late Tadhgan Breathnach, and Breathnach ran "
        "it for forty years. The Breathnach family owns 75 per cent of Lorcanby, and the other "
        "quarter is held by the investor Orlagh Kirwee.",
        [("tadhgan-breathnach", "FOUNDED", "lorcanby-petfood")],
        [
            ("tadhgan-breathnach", "OWNS", "lorcanby-petfood"),
            ("breathnach", "OWNS", "lorcanby-petfood"),
        ],
    ),
    (  # bakery: "controls 80% of the shares" with no target in the clause (repro r05)
        "Svante Lindevall took over Kornvika Bageri in 2010, and Lindevall has since opened nine "
        "shops. The Lindevall family controls 80% of the shares, while the pension scheme "
        "Norrvika Tjänstepension holds the other 20% of Kornvika Bageri.",
        [],
        [("lindevall", "OWNS", "kornvika-bageri")],
    ),
    (  # pharmacy: guard, the founder named in full only (repro guard)
        "Ngozika Ezeoma founded Lagunor Apoteke in 1999. Lagunor Apoteke is 58% owned by the "
        "Ezeoma family, and the remainder sits with Harmatun Fonds, a backer from Kumasi.",
        [("ngozika-ezeoma", "FOUNDED", "lagunor-apoteke")],
        [("ngozika-ezeoma", "OWNS", "lagunor-apoteke")],
    ),
    (  # printing: the family's holding company is the owner (repro guard)
        "Jonte Ahrensby, who heads the printer, spoke on Monday. Druckerei Ahrensby, whose "
        "biggest holder is the Ahrensby family holding company Elbmarsch Anteile with 41 "
        "percent, will fund the purchase from cash.",
        [],
        [("jonte-ahrensby", "OWNS", "druckerei-ahrensby")],
    ),
    (  # wine: a named member acting alone still owns
        "Clara Vendrell runs Bodegas Ostell. Vendrell kept a 10% holding in Bodegas Ostell after "
        "the sale, and the Vendrell family sold the rest.",
        [("clara-vendrell", "LEADS", "bodegas-ostell")],
        [],
    ),
    (  # family firm named by the surname in a two-company venture (repro r04)
        "Rolv Tessvik founded Tessvik Verksted in 1972 and still chairs its board. The two "
        "companies will set up a joint venture, Soltrakk Norden, which will be owned 60% by "
        "Tessvik and 40% by Vardholm Kraft.",
        [("rolv-tessvik", "FOUNDED", "tessvik-verksted")],
        [("rolv-tessvik", "FUNDS", "soltrakk-norden"), ("rolv-tessvik", "OWNS", "soltrakk-norden")],
    ),
    (  # brewing: the same with "firms" and a buy
        "Ilse Marwede founded Marwede Brauerei in 1988. Both firms agreed that Marwede would buy "
        "30% of Harzquell Getränke from Brockmann Logistik.",
        [("ilse-marwede", "FOUNDED", "marwede-brauerei")],
        [("ilse-marwede", "FUNDS", "harzquell-getranke")],
    ),
    (  # guard: the founder by surname with a person's cue stays the person
        "Ilse Marwede founded Marwede Brauerei in 1988. Ms Marwede said she would step down as "
        "chief executive of Marwede Brauerei.",
        [("ilse-marwede", "FOUNDED", "marwede-brauerei")],
        [],
    ),
]

BANK = AMOUNTS + PREFIXES + MODIFIERS + STREETS + FAMILIES
GAPS: dict[str, str] = {}

# names that must be no entity of the article at all
NOT_ENTITIES: list[tuple[str, list[str]]] = [
    (AMOUNTS[0][0], ["Zarvenbryg 40"]),
    (AMOUNTS[3][0], ["Sorimoko 25"]),
    (PREFIXES[0][0], ["NZ"]),
    (PREFIXES[3][0], ["TSX"]),
    (MODIFIERS[0][0], ["LIDAR"]),
    (MODIFIERS[2][0], ["PVC"]),
    (STREETS[0][0], ["Via Condotti"]),
    (PREFIXES[8][0], ["NTB Finans"]),
    (PREFIXES[3][0], ["QAR"]),
]


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_junkend22(case: Case) -> None:
    check(*case)


@pytest.mark.parametrize("text,names", NOT_ENTITIES, ids=[n[0] for _, n in NOT_ENTITIES])
def test_fragment_no_entity(text: str, names: list[str]) -> None:
    got = kept(text)
    assert not [n for n in names if n in got], sorted(got)
