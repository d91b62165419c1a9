"""Genre bank for partnership nouns and roles (round 20).

A partnership noun names a partnership even when the partner is described as a trade party
("a partnership with X, a distributor that ...", "Y's partnership with the charity X, which
sends customers to ..."); "the company" after a fronted place ("In the EU, the company has a
partnership with X") is the subject; a bare "a/the partnership with X" with no holder named is
the article's firm's; "X, with which it struck a partnership" makes the relative's subject
X's partner.

Each case is a short invented text (relations that must be found, relations that must not be),
across cosmetics, food, lettings, furniture, leather, shipping, health and energy.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

TRADE_PARTNERS: list[Case] = [
    (  # cosmetics: a partner described as a distributor, "the company" after a fronted place
        "Hanabiro Cosmetica has grown quickly in Busan. In the EU, the company currently has a "
        "partnership with Vandepoele Retailers, a distributor that handles its creams in three "
        "countries.",
        [("hanabiro-cosmetica", "PARTNERS_WITH", "vandepoele-retailers")],
        [],
    ),
    (  # food: possessive holder, the partner's relative names customers
        "Negotiators at Corbrant Lettings, the Wantage letting agency, will strike next week.\n\n"
        "Corbrant's partnership with the advice charity MoneyLift, which sends struggling "
        "customers to free debt counselling sessions, is also under pressure.",
        [("corbrant-lettings", "PARTNERS_WITH", "moneylift")],
        [],
    ),
    (  # energy: an alliance with a firm described as a supplier
        "Norvale Energy has signed an alliance with Kessick Turbines, a supplier of blades to "
        "three wind farms.",
        [("norvale-energy", "PARTNERS_WITH", "kessick-turbines")],
        [],
    ),
    (  # guard: working with a supplier is trade, no partnership
        "Halstow Bakeries makes bread. It has worked with Coyle Grain, a supplier of flour, "
        "since 2019.",
        [],
        [("halstow-bakeries", "PARTNERS_WITH", "coyle-grain")],
    ),
    (  # guard: a deal with a distributor is trade
        "Brenmoor Cider signed a deal with Pollard Drinks, a distributor in Wales.",
        [],
        [("brenmoor-cider", "PARTNERS_WITH", "pollard-drinks")],
    ),
]

FRONTED_PLACES: list[Case] = [
    (  # food: "In Europe, the company" is the subject of the tie
        "Velmont Foods makes bread in Leeds. In Europe, the company has a partnership with "
        "Coyle Grain.",
        [("velmont-foods", "PARTNERS_WITH", "coyle-grain")],
        [],
    ),
    (  # shipping: a verb of partnering after "In Asia, the group"
        "Tarrow Shipping runs ferries across the North Sea. In Asia, the group partnered with "
        "Kowloon Marine on a new route.",
        [("tarrow-shipping", "PARTNERS_WITH", "kowloon-marine")],
        [],
    ),
]

BARE_TIES: list[Case] = [
    (  # tea: a pseudo-cleft list ending in "a partnership with X"
        "Dravemoor Tea used to be a dull, dependable business. What Dravemoor Tea does still "
        "have is a brand, a warehouse and a partnership with Quoyness Auctioneers, an old "
        "saleroom, that brings it rare old stock.",
        [("dravemoor-tea", "PARTNERS_WITH", "quoyness-auctioneers")],
        [],
    ),
    (  # tea: reported, the partner's "under which" clause names the firm's short form
        "Dravemoor Tea used to be a dull, dependable business.\n\nOn exports, the finance "
        "director said the partnership with Pelmarsh Haulage, under which Dravemoor ships tea "
        "to Moncton and the two companies share a depot, had produced its first profits.",
        [("dravemoor-tea", "PARTNERS_WITH", "pelmarsh-haulage")],
        [],
    ),
    (  # furniture: the sentence opens with the tie, a present-tense verb
        "Tollworth Sofas has opened six showrooms this year. A partnership with Kuusiva, the "
        "Finnish textile house, which designs a fabric range for the chain each spring, lends "
        "its sofas a northern look.",
        [("tollworth-sofas", "PARTNERS_WITH", "kuusiva")],
        [],
    ),
    (  # health: the partnership as a subject in mid-article
        "Pellham Clinics runs nine surgeries in Kent. Its chief executive said the partnership "
        "with Marden Diagnostics had cut waiting times by a third.",
        [("pellham-clinics", "PARTNERS_WITH", "marden-diagnostics")],
        [],
    ),
    (  # health: "the alliance" is read as a reference to an organization
        "Pellham Clinics runs nine surgeries. Its chief executive said the alliance "
        "with Marden Diagnostics had cut waiting times by a third.",
        [("pellham-clinics", "PARTNERS_WITH", "marden-diagnostics")],
        [],
    ),
    (  # guard: a doubted tie
        "Pellham Clinics runs nine surgeries in Kent. A partnership with Marden Diagnostics "
        "could follow next year.",
        [],
        [("pellham-clinics", "PARTNERS_WITH", "marden-diagnostics")],
    ),
    (  # guard: a tie sought, not held
        "Pellham Clinics runs nine surgeries in Kent. Its chief executive is seeking a "
        "partnership with Marden Diagnostics.",
        [],
        [("pellham-clinics", "PARTNERS_WITH", "marden-diagnostics")],
    ),
    (  # guard: another firm named first holds the tie
        "Pellham Clinics runs nine surgeries in Kent. Its rival Oster Health has a partnership "
        "with Marden Diagnostics.",
        [("oster-health", "PARTNERS_WITH", "marden-diagnostics")],
        [("pellham-clinics", "PARTNERS_WITH", "marden-diagnostics")],
    ),
]

WITH_WHICH: list[Case] = [
    (  # leather: past a place phrase, "it" the subject
        "Most of the leather Tannerow buys comes from Himalhide in Pokhara, with which it "
        "struck a partnership in 2011 that pays herders a premium.",
        [("tannerow", "PARTNERS_WITH", "himalhide")],
        [],
    ),
    (  # leather: "has had a partnership since"
        "Tannerow makes gloves in Leeds. Tannerow uses offcuts supplied by Greavon Saddlery, "
        "with which it has had a "
        "partnership since 2019 to turn scraps into key fobs.",
        [("tannerow", "PARTNERS_WITH", "greavon-saddlery")],
        [],
    ),
    (  # energy: a named subject and an alliance
        "The turbines come from Kessick Turbines, with which Norvale Energy formed an alliance "
        "in 2020.",
        [("norvale-energy", "PARTNERS_WITH", "kessick-turbines")],
        [],
    ),
    (  # food: "has partnered since"
        "Velmont Foods buys its rye from Coyle Grain, with which the baker has partnered "
        "since 2015.",
        [("velmont-foods", "PARTNERS_WITH", "coyle-grain")],
        [],
    ),
    (  # guard: a doubted tie
        "Velmont Foods buys its rye from Coyle Grain, with which it could form an alliance "
        "next year.",
        [],
        [("velmont-foods", "PARTNERS_WITH", "coyle-grain")],
    ),
    (  # guard: a dispute, no tie word
        "Velmont Foods buys its rye from Coyle Grain, with which it has quarrelled over "
        "prices since 2015.",
        [],
        [("velmont-foods", "PARTNERS_WITH", "coyle-grain")],
    ),
    (  # guard: a negated tie
        "Velmont Foods buys its rye from Coyle Grain, with which it has never had a partnership.",
        [],
        [("velmont-foods", "PARTNERS_WITH", "coyle-grain")],
    ),
]

WHOSE_PLACED: list[Case] = [
    (  # bikes: "whose" after a description ending in a place; two joined roles
        "A different view came from Spokewyn, a cargo-bike maker based in Ambleside, whose "
        "founder and chief executive, Torquil Rennie, said sales had risen fivefold.",
        [("torquil-rennie", "FOUNDED", "spokewyn"), ("torquil-rennie", "LEADS", "spokewyn")],
        [("torquil-rennie", "LEADS", "ambleside")],
    ),
    (  # pumps: "X in <town>, whose founder"
        "Orders went to Harlow Pumps in Derby, whose founder, Edith Marsh, is 90.",
        [("edith-marsh", "FOUNDED", "harlow-pumps")],
        [],
    ),
    (  # shipping: one role, "a ... firm near <town>"
        "The ferry was built by Oldcastle Yards, a small shipbuilder near Troon, whose chief "
        "executive, Moira Baird, called it a turning point.",
        [("moira-baird", "LEADS", "oldcastle-yards")],
        [],
    ),
    (  # guard: a town's own office holder
        "Orders went to Harlow Pumps in Derby, whose mayor, Edith Marsh, is 90.",
        [],
        [("edith-marsh", "LEADS", "harlow-pumps")],
    ),
]

CONTEXT_TITLES: list[Case] = [
    (  # quarrying: a place typed as an organization is named first
        "Quarries race to cut dust\n\nThe hills around Tandil have long been the centre of "
        "Argentine granite quarrying.\n\n"
        "Piedra Sureña, one of the largest pits near Barker, has installed water sprays. "
        "Managing director Ramón Ibarguren said the quarry had spent $3 million on dust "
        "control.",
        [("ramon-ibarguren", "LEADS", "piedra-surena")],
        [("ramon-ibarguren", "LEADS", "tandil")],
    ),
    (  # water: a regulator named first, the firm after it
        "Water bills to rise\n\nThe Halden Authority fined three water firms last year. "
        "Tarrant Water, one of the "
        "smallest, has since cut leaks by a fifth. Managing director Eilidh Munro said the "
        "work had cost £4m.",
        [("eilidh-munro", "LEADS", "tarrant-water")],
        [("eilidh-munro", "LEADS", "the-halden-authority")],
    ),
    (  # dairy: a lender named first
        "Farm loans climb\n\nKestrel Bank lent money to many farms this year. "
        "Brackley Dairy, the largest herd "
        "near Tring, has built a new parlour. Chief executive Tom Hale said the parlour had "
        "cost £2m.",
        [("tom-hale", "LEADS", "brackley-dairy")],
        [("tom-hale", "LEADS", "kestrel-bank")],
    ),
]

POSSESSED_AGENTS: list[Case] = [
    (  # lamps: two joined passives, the first agent titled after a firm's possessive
        "Harbourlite said on Monday it would buy the Corwell spa chain.\n\nHarbourlite, which "
        "is now chaired by former Brindley's broker Leopold Illsworth and run by managing "
        "director Anjana Kandel, entered the spa market in 2019.",
        [
            ("leopold-illsworth", "LEADS", "harbourlite"),
            ("anjana-kandel", "LEADS", "harbourlite"),
        ],
        [("brindley", "LEADS", "harbourlite"), ("anjana-kandel", "LEADS", "leopold-illsworth")],
    ),
    (  # yarn: a partner of a fund chairs the firm
        "Kelso Mills, which is chaired by Ostrel Capital's partner Ruth Amsel, makes yarn.",
        [("ruth-amsel", "LEADS", "kelso-mills")],
        [("ostrel-capital", "LEADS", "kelso-mills")],
    ),
    (  # food: founded by another firm's chief executive
        "Tarn Foods was founded by Velmont's chief executive Ian Rusk in 1990.",
        [("ian-rusk", "FOUNDED", "tarn-foods")],
        [("velmont", "FOUNDED", "tarn-foods")],
    ),
]

# review 20 (item 7): an opening tie, like `partnering.opening_tie`, keeps no partnership when
# another organization is named in the sentence (it may hold the tie)
OPENING_GUARDS: list[Case] = [
    (  # yarn: the rival named after the partner may hold the tie
        "Kelda Mills makes yarn in Leeds and employs 200 people. Kelda Mills sells to shops. A "
        "partnership with Tarsa Dyeworks lets its rival Brim Stores dye its own yarn.",
        [],
        [("kelda-mills", "PARTNERS_WITH", "tarsa-dyeworks")],
    ),
    (  # food: another firm named later in the sentence
        "Harrow Foods makes soups in Hull. Harrow Foods employs 90 staff. A partnership with "
        "Brannock Farms has helped its rival Kelso Kitchens stock more shelves.",
        [],
        [("harrow-foods", "PARTNERS_WITH", "brannock-farms")],
    ),
    (  # furniture: only the firm's own "its" besides the partner, so the tie stays
        "Kuusi Sofas makes furniture in Turku. Kuusi Sofas sells through its own shops. A "
        "partnership with Lumo Textiles, the Finnish weaving house, lends its sofas a northern "
        "look.",
        [("kuusi-sofas", "PARTNERS_WITH", "lumo-textiles")],
        [],
    ),
]

BANK = TRADE_PARTNERS + FRONTED_PLACES + BARE_TIES + WITH_WHICH + WHOSE_PLACED + CONTEXT_TITLES
BANK += POSSESSED_AGENTS + OPENING_GUARDS
GAPS: dict[str, str] = {
    "Pellham Clinics runs nine surgeries. Its": "'the alliance' is made a definite reference "
    "(a mention), so the bare tie noun is not read",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_roles20(case: Case) -> None:
    check(*case)
