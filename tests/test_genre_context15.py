"""Genre bank for the article's topic firm (round 15): the firm a bare "rival" noun, a bare title
or a succession frame leans on when no firm is named in the sentence.

1. The context company of "rival X" is the operating firm, never an organization the article shows
   only as a holder or funder of it (a fund, a capital firm holding shares): "Its chief executive
   joined from rival X" in an article about a firm whose top holder is a fund.
2. Rivalry with the topic firm from a plural or premodified "rival": "Rival chains A and B rose in
   sympathy". Guards: rivals for an asset ("rival bidders"), a fund as the topic.
3. Bare titles before a name with no firm in the sentence: "Chief executive N told analysts".
   Guards: another firm in the sentence, a function title ("finance director N").

Each case is a short invented article (text, relations that must be found, relations that must not
be), across retail, mining, airlines, food, telecoms, shipping and pharma.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

HOLDER_CONTEXT: list[Case] = [
    (  # retail: a fund named often as top holder; the rival is the operating firm's
        "Quillex Stores raised its profit forecast on Tuesday. Orvel Capital, which owns 18% of "
        "Quillex Stores, welcomed the news. Orvel Capital has held the stake since 2019. A "
        "spokesman for rival Ostrel Markets declined to comment.",
        [
            ("orvel-capital", "OWNS", "quillex-stores"),
            ("ostrel-markets", "COMPETES_WITH", "quillex-stores"),
        ],
        [
            ("orvel-capital", "COMPETES_WITH", "ostrel-markets"),
            ("ostrel-markets", "COMPETES_WITH", "orvel-capital"),
        ],
    ),
    (  # mining: a fund holder named last before a bare rival
        "Tarnby Mining lifted copper output by 9%. Its largest shareholder is Brisk Partners, "
        "which also owns 12% of Kelso Gold. A spokesman for rival Halvik Metals declined to "
        "comment.",
        [],
        [
            ("halvik-metals", "COMPETES_WITH", "brisk-partners"),
            ("brisk-partners", "COMPETES_WITH", "halvik-metals"),
        ],
    ),
    (  # food: one operating firm, no holder: the rival still carries (must still give)
        "Calla Foods cut prices on its frozen range. A spokesman for rival Dorrit Foods declined "
        "to comment.",
        [("dorrit-foods", "COMPETES_WITH", "calla-foods")],
        [],
    ),
    (  # airlines: one operating firm, rival as subject of a later verb (must still give)
        "Skyra Airlines added six routes to Spain. Rival carrier Ostrel Air said it would match "
        "the fares.",
        [("ostrel-air", "COMPETES_WITH", "skyra-airlines")],
        [],
    ),
    (  # telecoms: a CEO who came from a rival, the fund holder named last
        "Norvia Telecom won a state contract. Kelso Ventures, which holds 9% of Norvia Telecom, "
        "backed the bid. Chief executive Mara Tove, who came from rival Tarrant Mobile in 2020, "
        "said margins would hold.",
        [("tarrant-mobile", "COMPETES_WITH", "norvia-telecom")],
        [
            ("tarrant-mobile", "COMPETES_WITH", "kelso-ventures"),
            ("kelso-ventures", "COMPETES_WITH", "tarrant-mobile"),
        ],
    ),
    (  # pharma: a fund as the only firm: no rival to draw
        "Brisk Capital raised a new healthcare fund. A spokesman for rival Halvik Partners "
        "declined to comment.",
        [],
        [("halvik-partners", "COMPETES_WITH", "brisk-capital")],
    ),
    (  # shipping: a holding group (no fund name) that owns the article's firm, named last
        "Kelso Ferries cut fares on its Baltic routes. Kelso Ferries carried a record 2m "
        "passengers. Brannock Group, which owns 40% of Kelso Ferries, backed the plan. A spokesman "
        "for rival Ardent Lines said it would not follow.",
        [("ardent-lines", "COMPETES_WITH", "kelso-ferries")],
        [("ardent-lines", "COMPETES_WITH", "brannock-group")],
    ),
    (  # food: a buyer (no fund) keeps its rival, though it now owns the firm it bought
        "Calla Foods bought Dorn Bakery for $40m. Calla Foods will keep the Dorn Bakery name. "
        "A spokesman for rival Kvist Foods declined to comment.",
        [("kvist-foods", "COMPETES_WITH", "calla-foods")],
        [],
    ),
]

RIVAL_PLURALS: list[Case] = [
    (  # retail: "Rival chains A and B gained ... in sympathy"
        "Shares in Vantora Grocers jumped 12% after a bid approach. Rival chains Halvik Markets "
        "and Tessival Stores gained 4% and 3% in sympathy.",
        [
            ("halvik-markets", "COMPETES_WITH", "vantora-grocers"),
            ("tessival-stores", "COMPETES_WITH", "vantora-grocers"),
        ],
        [("halvik-markets", "COMPETES_WITH", "tessival-stores")],
    ),
    (  # shipping: "Rival operators A and B rose"
        "Kelso Ferries reported record bookings. Rival operators Brannock Lines and Ardent "
        "Shipping rose in early trading.",
        [
            ("brannock-lines", "COMPETES_WITH", "kelso-ferries"),
            ("ardent-shipping", "COMPETES_WITH", "kelso-ferries"),
        ],
        [],
    ),
    (  # shipping: "Those rivals, mainly A and B," with the antecedent a sentence back
        "Kelso Ferries reported record bookings. It faces two big rivals on the North Sea. Those "
        "rivals, mainly Brannock Lines and Ardent Shipping, both cut fares in June.",
        [
            ("brannock-lines", "COMPETES_WITH", "kelso-ferries"),
            ("ardent-shipping", "COMPETES_WITH", "kelso-ferries"),
        ],
        [("brannock-lines", "COMPETES_WITH", "ardent-shipping")],
    ),
    (  # retail: "its rivals, notably A," after a pronoun subject
        "Vantora Grocers opened 12 stores. Its rivals, notably Halvik Markets, have cut prices.",
        [("halvik-markets", "COMPETES_WITH", "vantora-grocers")],
        [],
    ),
    (  # retail: "Several rivals, including A, have shut"
        "Vantora Grocers opened 12 stores. Several rivals, including Halvik Markets, have shut "
        "stores this year.",
        [("halvik-markets", "COMPETES_WITH", "vantora-grocers")],
        [],
    ),
    (  # drinks: a product "goes up directly against" two others
        "Zephyra Cola goes up directly against Glimmet Max and Fizzwell.",
        [
            ("zephyra-cola", "COMPETES_WITH", "glimmet-max"),
            ("zephyra-cola", "COMPETES_WITH", "fizzwell"),
        ],
        [("glimmet-max", "COMPETES_WITH", "fizzwell")],
    ),
    (  # phones: "squares up against"
        "The Tarvo X3 squares up against the Pellam S9 in the budget market.",
        [("tarvo-x3", "COMPETES_WITH", "pellam-s9")],
        [],
    ),
    (  # guard: a price that went up against a currency is no rival
        "Shares in Zephyra Cola went up 3% against a weak market, Orrin Drinks said.",
        [],
        [("zephyra-cola", "COMPETES_WITH", "orrin-drinks")],
    ),
    (  # guard: a focus adverb before a place, not a rival
        "Vantora Grocers opened 12 stores. Its rivals, mainly in Leeds, have cut prices.",
        [],
        [("vantora-grocers", "COMPETES_WITH", "leeds")],
    ),
    (  # guard: another firm in the sentence makes the rivals' side unclear
        "Vantora Grocers opened 12 stores. Those rivals, mainly Halvik Markets, sued Orrin Foods.",
        [],
        [("halvik-markets", "COMPETES_WITH", "vantora-grocers")],
    ),
    (  # guard: rivals for an asset, not rivals of the topic firm
        "Kelso Ferries put its port unit up for sale. Rival bidders Brannock Lines and Ardent "
        "Shipping have until May to make offers.",
        [],
        [
            ("brannock-lines", "COMPETES_WITH", "kelso-ferries"),
            ("ardent-shipping", "COMPETES_WITH", "kelso-ferries"),
        ],
    ),
]

BARE_TITLES: list[Case] = [
    (  # retail: a bare title before the name, a long quote first
        'Vantora Grocers said sales rose 4% in the quarter. "We will not chase volume at any '
        'price," chief executive Ilse Ranick told analysts on a call.',
        [("ilse-ranick", "LEADS", "vantora-grocers")],
        [],
    ),
    (  # brewing: a quotation with a negation before the bare title does not deny the role
        'Halden Brewing reported a 6% rise in sales. "We will not raise prices this year," '
        "chief executive Marcus Pellow said.",
        [("marcus-pellow", "LEADS", "halden-brewing")],
        [],
    ),
    (  # telecoms: the same after a "said" inversion
        'Norvia Telecom lost 30,000 customers. "It was not a good quarter," said chair Anna '
        "Korvel.",
        [("anna-korvel", "LEADS", "norvia-telecom")],
        [],
    ),
    (  # guard: a negation outside the quotation still denies the role
        'Norvia Telecom lost 30,000 customers. "It was a hard quarter," said Anna Korvel, who '
        "is no longer chief executive.",
        [],
        [("anna-korvel", "LEADS", "norvia-telecom")],
    ),
    (  # brewing: an honorific between the bare title and the name
        "Halden Brewing reported a 6% rise in sales. Chair Sir Marcus Pellow will retire in May.",
        [("marcus-pellow", "LEADS", "halden-brewing")],
        [],
    ),
    (  # mining: an honorific after a possessed title
        "Tarnby Mining's chief executive Dame Ilse Ranick said output would rise.",
        [("ilse-ranick", "LEADS", "tarnby-mining")],
        [],
    ),
    (  # airlines: "Shareholders re-elected chair N" with no firm in the sentence
        "Skyra Airlines held its annual meeting on Friday. Shareholders re-elected chair Ilse "
        "Ranick by a wide margin.",
        [("ilse-ranick", "LEADS", "skyra-airlines")],
        [],
    ),
    (  # brewing: "stepped down as T and was replaced by N2": both led the firm
        "Halden Brewing reported a 6% rise in sales. Marcus Pellow stepped down as chief "
        "executive and was replaced by Anna Korvel.",
        [
            ("marcus-pellow", "LEADS", "halden-brewing"),
            ("anna-korvel", "LEADS", "halden-brewing"),
        ],
        [],
    ),
    (  # shipping: an adverb before "by" and a descriptor before the successor's name
        "Kelso Ferries cut its forecast. Its boss, Ilse Ranick, resigned as chief executive and "
        "was replaced for now by the finance chief, Tomas Vell.",
        [
            ("ilse-ranick", "LEADS", "kelso-ferries"),
            ("tomas-vell", "LEADS", "kelso-ferries"),
        ],
        [],
    ),
    (  # brewing: "chair N1 would retire, with N2, a former banker, to follow"
        "Halden Brewing reported a 6% rise in sales. The firm said chair Marcus Pellow would "
        "retire next year, with Anna Korvel, a former banker, to follow.",
        [
            ("marcus-pellow", "LEADS", "halden-brewing"),
            ("anna-korvel", "LEADS", "halden-brewing"),
        ],
        [],
    ),
    (  # mining: "with N2 to succeed him"
        "Tarnby Mining's chief executive Ilse Ranick will retire in June, with Tomas Vell to "
        "succeed her.",
        [
            ("ilse-ranick", "LEADS", "tarnby-mining"),
            ("tomas-vell", "LEADS", "tarnby-mining"),
        ],
        [],
    ),
    (  # guard: "with N2 to follow" where N2 is a firm's deal, not a successor
        "Tarnby Mining's chief executive Ilse Ranick will visit Chile in June, with talks with "
        "Kelso Gold to follow.",
        [("ilse-ranick", "LEADS", "tarnby-mining")],
        [("kelso-gold", "LEADS", "tarnby-mining")],
    ),
    (  # guard: a person to follow in another post
        "Tarnby Mining's chief executive Ilse Ranick will retire in June, with Tomas Vell to "
        "follow as finance director.",
        [("ilse-ranick", "LEADS", "tarnby-mining")],
        [("tomas-vell", "LEADS", "tarnby-mining")],
    ),
    (  # brewing: "succeeding N2, who retired": the predecessor led the firm too
        "Halden Brewing reported a 6% rise in sales. Halden Brewing named Anna Korvel its new "
        "chief executive, succeeding Marcus Pellow, who retired after 12 years.",
        [
            ("anna-korvel", "LEADS", "halden-brewing"),
            ("marcus-pellow", "LEADS", "halden-brewing"),
        ],
        [],
    ),
    (  # telecoms: "replacing N2, who stepped down in March"
        "Norvia Telecom has hired Tomas Vell as chief executive, replacing Mara Tove, who "
        "stepped down in March.",
        [
            ("tomas-vell", "LEADS", "norvia-telecom"),
            ("mara-tove", "LEADS", "norvia-telecom"),
        ],
        [],
    ),
    (  # guard: "replacing N2" with no title and no exit says nothing of N2's post
        "Norvia Telecom has hired Tomas Vell as chief executive, replacing Mara Tove, who will "
        "move to Kelso Mobile.",
        [("tomas-vell", "LEADS", "norvia-telecom")],
        [("mara-tove", "LEADS", "norvia-telecom")],
    ),
    (  # telecoms: a CEO's relative "who joined from rival A", the firm named as possessor
        "Norvia Telecom won a state contract. Norvia's chief executive, Mara Tove, who joined "
        "from rival Tarrant Mobile in 2020, said margins would hold.",
        [("tarrant-mobile", "COMPETES_WITH", "norvia-telecom")],
        [],
    ),
    (  # brewing: "chief executive of the enlarged F"
        "Halden Brewing agreed to buy Kvist Ales. Marcus Pellow will become chief executive of "
        "the enlarged Halden Brewing.",
        [("marcus-pellow", "LEADS", "halden-brewing")],
        [("marcus-pellow", "LEADS", "kvist-ales")],
    ),
    (  # telecoms: "chair of the combined F", appositive
        "Norvia Telecom will merge with Kelso Mobile. Anna Korvel, chair of the combined Norvia "
        "Telecom, said savings would be large.",
        [("anna-korvel", "LEADS", "norvia-telecom")],
        [("anna-korvel", "LEADS", "kelso-mobile")],
    ),
    (  # guard: replaced in a function post: no LEADS for anyone
        "Halden Brewing reported a 6% rise in sales. Marcus Pellow was replaced as sales head by "
        "Anna Korvel.",
        [],
        [
            ("marcus-pellow", "LEADS", "halden-brewing"),
            ("anna-korvel", "LEADS", "halden-brewing"),
        ],
    ),
    (  # guard: a replaced supplier is no successor
        "Halden Brewing reported a 6% rise in sales. Chief executive Marcus Pellow said the "
        "firm's bottle supplier had been replaced by Kvist Glass.",
        [],
        [("kvist-glass", "LEADS", "halden-brewing")],
    ),
    (  # guard: a function title is no LEADS
        "Vantora Grocers said sales rose 4% in the quarter. Finance director Ilse Ranick said "
        "costs would fall.",
        [],
        [("ilse-ranick", "LEADS", "vantora-grocers")],
    ),
    (  # guard: the boss of a named rival
        "Vantora Grocers said sales rose 4% in the quarter. The boss of rival Halvik Markets, "
        "Ilse Ranick, said demand was weak.",
        [("ilse-ranick", "LEADS", "halvik-markets")],
        [("ilse-ranick", "LEADS", "vantora-grocers")],
    ),
]

BANK = HOLDER_CONTEXT + RIVAL_PLURALS + BARE_TITLES
GAPS: dict[str, str] = {}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_context15(case: Case) -> None:
    check(*case)
