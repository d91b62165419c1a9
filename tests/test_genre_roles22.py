"""Genre bank for titles bound to a body their holder does not lead (round 22).

A title's own words may name another body or a post that leads nothing: "chair of the review
group" (a panel, no firm reference), "club chairman X" in a story on a stadium landlord, an
association's "director general", a region's "managing director" ("its Caribbean managing
director"). A kinship noun governs a role: "granddaughter of the firm's founder" founds nothing;
"Its chief executive is his grandson, NAME" makes NAME the holder. A place slot is no org end:
"<Firm> of <Town>, whose chairman" is the firm's chairman, "a competitor in <Town>" names no
rival, "plot 31 at <Site> in <Area>" places no firm.

Each case is a short invented text (relations that must be found, relations that must not be),
across food, stadiums, horticulture, timeshares, farm machinery, matches, printing, glass,
canning, tiles, brewing, ship breaking, shipping and software.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

BODY: list[Case] = [
    (  # pastry: a regulator's review group resolved to no merging firm
        "The competition watchdog said on Thursday that Quorrel Patisserie's purchase of "
        "Vandrisk Pies would not harm shoppers, provided Quorrel sells four depots. Vandrisk has "
        'lost money since 2023. Yvonnel Drascu, chair of the review group, said: "Pie buyers '
        'will still have a choice of suppliers."',
        [("quorrel-patisserie", "OWNS", "vandrisk-pies")],
        [("yvonnel-drascu", "LEADS", "vandrisk-pies"), ("yvonnel-drascu", "LEADS", "quorrel")],
    ),
    (  # shipping: "head of the inquiry team" after a merger of two lines
        "Ostrel Lines agreed to merge with Brask Shipping in May. Dana Pike, head of the inquiry "
        "team, said the regulator would rule by October.",
        [],
        [("dana-pike", "LEADS", "brask-shipping"), ("dana-pike", "LEADS", "ostrel-lines")],
    ),
    (  # guard: "chair of the group" after a firm still leads the group
        "Harlow Group lifted its dividend. Ada Vorn, chair of the group, said profits rose.",
        [("ada-vorn", "LEADS", "harlow-group")],
        [],
    ),
    (  # stadiums: "club chairman" with no org in the sentence
        "Shareholders in Corrowvale Arenas voted against the pay report at the annual meeting. "
        "Corrowvale runs eleven stadiums and has argued with a football side over rent. At the "
        "meeting, club chairman Davor Pekkarin, who came as an ordinary investor, asked the "
        "directors to settle the rent claim.",
        [],
        [("davor-pekkarin", "LEADS", "corrowvale-arenas")],
    ),
    (  # guard: the modifier is the firm's own name
        "Shareholders in Corrowvale Arenas voted against the pay report on Tuesday. Corrowvale "
        "chairman Davor Pekkarin said the directors would consult investors.",
        [("davor-pekkarin", "LEADS", "corrowvale-arenas")],
        [],
    ),
    (  # guard: the firm in view is itself a club
        "Harford United lost its appeal against the league on Monday. Club chairman Ivo Hale "
        "said the players would stay.",
        [("ivo-hale", "LEADS", "harford-united")],
        [],
    ),
    (  # horticulture: an association's director general leads no firm
        "The trade body Substratix Verband told lawmakers on Wednesday that a ban in 2027 would "
        "leave nurseries short of supplies. Its director general, Fenella Worsquith, argued that "
        "small nurseries would be hit hardest.",
        [],
        [("fenella-worsquith", "LEADS", "substratix-verband")],
    ),
    (  # dairy: "secretary general of" a federation
        "Milk prices fell again in June, said Oskar Brenn, secretary general of the Norland "
        "Dairy Federation.",
        [],
        [("oskar-brenn", "LEADS", "norland-dairy-federation")],
    ),
    (  # guard: a public body's director general leads it
        "The Ostrel Food Standards Agency fined Kell Foods. Its director general, Ana Moll, "
        "said the fine was fair.",
        [("ana-moll", "LEADS", "the-ostrel-food-standards-agency")],
        [],
    ),
    (  # guard: an acronym's director general (no association word)
        "NFRA Director-General Mira Salo said the rules were overdue.",
        [("mira-salo", "LEADS", "nfra")],
        [],
    ),
    (  # guard: an association's president leads it
        "The trade body Substratix Verband told lawmakers that a ban would hurt nurseries. Its "
        "president, Fenella Worsquith, argued that small nurseries would be hit hardest.",
        [("fenella-worsquith", "LEADS", "substratix-verband")],
        [],
    ),
    (  # timeshare: a region's managing director
        "Ferrowstone Vacanze, which sells vacation points to about 90,000 members, faces "
        "complaints from owners. Its Caribbean managing director, Rajvel Tassuri, told us the "
        "firm was looking again at its charges.",
        [],
        [("rajvel-tassuri", "LEADS", "ferrowstone-vacanze")],
    ),
    (  # software: a country's chief after a possessive name
        "Quillex Software opened an office in Lagos. Quillex's Nigeria chief, Ada Okafor, said "
        "it would hire 40 people.",
        [],
        [("ada-okafor", "LEADS", "quillex-software")],
    ),
    (  # glass: a continental adjective before the title
        "Vetrolux Glass cut 200 jobs. Its European managing director, Paul Arndt, blamed energy "
        "costs.",
        [],
        [("paul-arndt", "LEADS", "vetrolux-glass")],
    ),
    (  # mining: a region adjective erg reads as a name
        "Cordell Mining runs pits in Peru and Chile. Its Andean managing director, Rosa Vidal, "
        "said output rose.",
        [],
        [("rosa-vidal", "LEADS", "andean"), ("rosa-vidal", "LEADS", "cordell-mining")],
    ),
    (  # software: a possessive name, then a region adjective
        "Quillex Software opened an office in Madrid. Quillex's Iberian chief, Tomas Reyes, left "
        "in May.",
        [],
        [("tomas-reyes", "LEADS", "iberian"), ("tomas-reyes", "LEADS", "quillex-software")],
    ),
    (  # guard: the firm's own managing director
        "Ferrowstone Vacanze, which sells vacation points, faces complaints from owners. Its "
        "managing director, Rajvel Tassuri, told us the firm was looking again at its charges.",
        [("rajvel-tassuri", "LEADS", "ferrowstone-vacanze")],
        [],
    ),
]

KIN: list[Case] = [
    (  # farm machinery: "granddaughter of the firm's founder"
        'Haldvik Traktor and Sunnmark Kraft announced a joint trial. "We have waited years," '
        "said Solvrun Haldvik Bergset, chief executive of Haldvik Traktor and granddaughter of "
        "the firm's founder.",
        [("solvrun-haldvik-bergset", "LEADS", "haldvik-traktor")],
        [("solvrun-haldvik-bergset", "FOUNDED", "haldvik-traktor")],
    ),
    (  # matches: coordinated appositive "the daughter of its founder"
        "Pellerot Allumettes has resisted every approach since 2019. Odette Pellerot, the "
        "company's chairwoman and the daughter of its founder, rejected the bid on Thursday.",
        [("odette-pellerot", "LEADS", "pellerot-allumettes")],
        [("odette-pellerot", "FOUNDED", "pellerot-allumettes")],
    ),
    (  # glass: "a grandson of the firm's founder"
        "Kurek Szklo has won a contract to supply 40 hotels. Tomislaw Kurek, managing director "
        "of Kurek Szklo and a grandson of the firm's founder, said the order was welcome.",
        [("tomislaw-kurek", "LEADS", "kurek-szklo")],
        [("tomislaw-kurek", "FOUNDED", "kurek-szklo")],
    ),
    (  # shipping: "son of the company's chairman"
        "Brask Shipping bought two tankers. Erik Brask, finance director and son of the "
        "company's chairman, said the price was fair.",
        [],
        [("erik-brask", "LEADS", "brask-shipping")],
    ),
    (  # guard: the founder named after the role is still the founder
        "Brask Shipping bought two tankers. Erik Brask, the son of the company's founder, Olaf "
        "Brask, said the price was fair.",
        [("olaf-brask", "FOUNDED", "brask-shipping")],
        [("erik-brask", "FOUNDED", "brask-shipping")],
    ),
    (  # guard: no kin noun: keep FOUNDED
        'Haldvik Traktor and Sunnmark Kraft announced a joint trial. "We have waited years," '
        "said Solvrun Haldvik Bergset, chief executive of Haldvik Traktor and the firm's founder.",
        [
            ("solvrun-haldvik-bergset", "LEADS", "haldvik-traktor"),
            ("solvrun-haldvik-bergset", "FOUNDED", "haldvik-traktor"),
        ],
        [],
    ),
    (  # printing: "Its chief executive today is his grandson, NAME"
        "Rocco Bellamore set up Bellamore Labelworks in a garage in 1958 with one press. Its "
        "chief executive today is his grandson, Lucio Bellamore-Shay, 41, who took over in 2018.",
        [("lucio-bellamore-shay", "LEADS", "bellamore-labelworks")],
        [("rocco-bellamore", "LEADS", "bellamore-labelworks")],
    ),
    (  # bakery: a female possessor
        "Helga Dobrosz opened Dobrosz's Bakery in a converted stable in 1972. The bakery's "
        "managing director today is her daughter, Ingeborg Dobrosz-Meller, 45.",
        [("ingeborg-dobrosz-meller", "LEADS", "dobrosz-s-bakery")],
        [("helga-dobrosz", "LEADS", "dobrosz-s-bakery")],
    ),
    (  # guard: the holder named directly
        "Rocco Bellamore set up Bellamore Labelworks in 1958. Its chief executive today is Lucio "
        "Bellamore-Shay, 41, who took over in 2018.",
        [("lucio-bellamore-shay", "LEADS", "bellamore-labelworks")],
        [("rocco-bellamore", "LEADS", "bellamore-labelworks")],
    ),
]

TYPEEND: list[Case] = [
    (  # canning: "<Firm> of <town>, whose chairman"
        "Marevia Conserves confirmed a bid for Talmont Sardines on Monday. Talmont's closest "
        "competitor is Conserverie Abadoux of Plouvenec, whose chairman, Loic Abadoux, would not "
        "say whether he had been approached.",
        [("loic-abadoux", "LEADS", "conserverie-abadoux")],
        [("loic-abadoux", "LEADS", "plouvenec")],
    ),
    (  # brewing: another title
        "Brasserie Kuntzel will buy Sternhof for 60 million euros. Sternhof's main competitor is "
        "Brasserie Vogtlin of Wissenbourg, whose managing director, Pascalin Vogtlin, said his "
        "relatives had turned down every approach.",
        [("pascalin-vogtlin", "LEADS", "brasserie-vogtlin")],
        [("pascalin-vogtlin", "LEADS", "wissenbourg")],
    ),
    (  # bakery: "whose founder" after "<Firm> of <town>"
        "The prize went to Harlow Bakeries of Tregony, whose founder, Mina Pell, started with one "
        "oven.",
        [("mina-pell", "FOUNDED", "harlow-bakeries")],
        [("mina-pell", "FOUNDED", "tregony")],
    ),
    (  # guard: "whose" after a firm alone
        "Talmont's closest competitor is Conserverie Abadoux, whose chairman, Loic Abadoux, "
        "declined to comment.",
        [("loic-abadoux", "LEADS", "conserverie-abadoux")],
        [],
    ),
    (  # tiles: "a smaller competitor in <town>"
        "Harlowe Tegel saw its tile makers walk out on Monday. Brannagh Tiles, a smaller "
        "competitor in Lisburn, said it would not poach anyone during the dispute.",
        [],
        [("brannagh-tiles", "COMPETES_WITH", "lisburn")],
    ),
    (  # software: "a rival in <town>"
        "Quillex Software, a rival in Tarnby, said it would hire the laid-off staff.",
        [],
        [("quillex-software", "COMPETES_WITH", "tarnby")],
    ),
    (  # guard: the rival after "of" stays
        "Harlowe Tegel saw its tile makers walk out on Monday. Brannagh Tiles, a smaller "
        "competitor of Harlowe Tegel, said it would not poach anyone during the dispute.",
        [("brannagh-tiles", "COMPETES_WITH", "harlowe-tegel")],
        [],
    ),
    (  # ship breaking: "plot 31 at <Site> in <Area>"
        "Varunesh Breakers, which runs plot 31 at Sosiya in Kathiawar, announced its "
        "certification.",
        [],
        [("sosiya", "LOCATED_IN", "kathiawar")],
    ),
    (  # chemicals: "its plant at <Site> in <Area>"
        "Corvane Chemicals will close its plant at Merrow in Tellshire next year.",
        [],
        [("merrow", "LOCATED_IN", "tellshire")],
    ),
    (  # guard: a thing made at a named firm in a town
        "Kell Foods said the sensor was built at Brisa Labs in Porto last year.",
        [("brisa-labs", "LOCATED_IN", "porto")],
        [],
    ),
]

ROUNDS: list[Case] = [
    (  # batteries: "with FUND in the lead and X's parent also taking part"
        "Voltaxis, which the chemist Idrena Dorvalle started in 2018, raised 30 million euros in "
        "its latest funding, with the venture firm Quennerby in the lead and Kelvarro's parent "
        "also taking part. Kelvarro has been testing Voltaxis cells since 2022.",
        [("quennerby", "FUNDS", "voltaxis")],
        [("kelvarro", "FUNDS", "voltaxis")],
    ),
    (  # biotech: "joined by X's parent company"
        "Voltaxis raised 30 million euros in a round led by Quennerby and joined by Kelvarro's "
        "parent company. Kelvarro has been testing Voltaxis cells since 2022.",
        [("quennerby", "FUNDS", "voltaxis")],
        [("kelvarro", "FUNDS", "voltaxis")],
    ),
    (  # food: "with participation from X's owner"
        "Orvane Bio closed a Series B round of $40 million, led by Tarn Capital, with "
        "participation from Brisk Foods' owner.",
        [("tarn-capital", "FUNDS", "orvane-bio")],
        [("brisk-foods", "FUNDS", "orvane-bio")],
    ),
    (  # guard: a named participant stays
        "Orvane Bio closed a Series B round of $40 million, led by Tarn Capital, with "
        "participation from Brisk Foods.",
        [("tarn-capital", "FUNDS", "orvane-bio"), ("brisk-foods", "FUNDS", "orvane-bio")],
        [],
    ),
]

BANK = BODY + KIN + TYPEEND + ROUNDS
GAPS: dict[str, str] = {}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_roles22(case: Case) -> None:
    check(*case)
