"""Genre bank for a founder who, in the same sentence, also leads or owns the firm (round 21).

A person named once as the founder of a company is also its leader ("who remains chief
executive", "and has been running it as managing director", ", its current chief executive")
or its holder ("who still holds 35% of it", "and still owns 11% of its shares", "remains the
majority shareholder") in a relative clause, a second verb phrase or the main predicate after a
founding relative: both FOUNDED and LEADS/OWNS. The mirror: a leader or holder "who founded the
business" or who has run it "since founding it" also FOUNDED it. The second role is never read
against another organization ("and now chairs Green Hands"), a sale ("sold the last of his
shares"), a negation ("no longer owns any shares"), a hope ("hopes to remain chief executive")
or another person's relative ("whose son now runs the company").

Each case is a short invented text (relations that must be found, relations that must not be),
across building services, polling, bakeries, scaffolding, cookware, food, shipping, clinics,
energy, seeds, tiles, software and printing.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

LEADS: list[Case] = [
    (  # repro r01: passive founding, relative on an appositive after the agent
        "Thermashield was set up in 2015 by Ndidi Oyelowo, a one-time building surveyor who "
        "remains chief executive to this day.",
        [
            ("ndidi-oyelowo", "FOUNDED", "thermashield"),
            ("ndidi-oyelowo", "LEADS", "thermashield"),
        ],
        [],
    ),
    (  # repro r02: the main predicate after a long founding relative with a co-founder
        "A year on, Wilhelmina Ebbesen, who founded Pollingworks in 2013 with the economist Piet "
        "Grady after both quit a bank, is still chief executive, while the firm has won back two "
        "clients.",
        [
            ("wilhelmina-ebbesen", "LEADS", "pollingworks"),
            ("piet-grady", "FOUNDED", "pollingworks"),
        ],
        [("piet-grady", "LEADS", "pollingworks")],
    ),
    (  # repro r03: second conjunct past a relative on the firm, "running it as" a role
        "Hester Pickersgill co-founded Saltcrust Bakehouse, which bakes in a former tram depot, "
        "in 2014 and has been running it as managing director for a decade.",
        [
            ("hester-pickersgill", "FOUNDED", "saltcrust-bakehouse"),
            ("hester-pickersgill", "LEADS", "saltcrust-bakehouse"),
        ],
        [],
    ),
    (  # dairy: passive agent with "a former vet who is still managing director"
        "Orvel Dairies was started in 1994 by Margit Sand, a former vet who is still managing "
        "director.",
        [("margit-sand", "LEADS", "orvel-dairies")],
        [],
    ),
    (  # brewing: founding relative with a partner and "after" adjunct, then "remains"
        "Tomas Keane, who founded Brackwater Ales in 2009 with his brother-in-law Evan Roe after "
        "leaving a brewery, remains chief executive.",
        [("tomas-keane", "LEADS", "brackwater-ales")],
        [("evan-roe", "LEADS", "brackwater-ales")],
    ),
    (  # dairy: "has run it ever since" past a relative on the firm
        "Margit Sand co-founded Orvel Dairies, which sells cheese to 40 shops, in 1994 and has run "
        "it ever since.",
        [("margit-sand", "LEADS", "orvel-dairies")],
        [],
    ),
    (  # shipping: "and still runs the company"
        "Priya Nair co-founded Tallis Shipping in 2003 and still runs the company.",
        [("priya-nair", "FOUNDED", "tallis-shipping"), ("priya-nair", "LEADS", "tallis-shipping")],
        [],
    ),
    (  # food: "the founder of Y, who still runs it" (an unresolved "it")
        "Ada Marsh, the founder of Kelby Foods, who still runs it, backed the deal.",
        [("ada-marsh", "LEADS", "kelby-foods")],
        [],
    ),
    (  # food: "stays on as chief executive"
        "Ada Marsh, who founded Kelby Foods in 1999, stays on as chief executive.",
        [("ada-marsh", "LEADS", "kelby-foods")],
        [],
    ),
    (  # food: "remains at the helm"
        "Kelby Foods was founded by Ada Marsh, who remains at the helm.",
        [("ada-marsh", "LEADS", "kelby-foods")],
        [],
    ),
    (  # software: a descriptor with a premodifying name before the founded firm
        "Tom Reyes, who co-founded the Brisk Pay app maker Kelby Labs in 2015 and is still chief "
        "executive, said the round closed.",
        [("tom-reyes", "FOUNDED", "kelby-labs"), ("tom-reyes", "LEADS", "kelby-labs")],
        [],
    ),
    (  # clinics: dashes around the founding relative
        "Ada Marsh – who founded Carrow Clinics in 1999 – remains its chief executive.",
        [("ada-marsh", "FOUNDED", "carrow-clinics"), ("ada-marsh", "LEADS", "carrow-clinics")],
        [],
    ),
    (  # clinics: parentheses
        "Ada Marsh (who founded Carrow Clinics in 1999) remains its chief executive.",
        [("ada-marsh", "LEADS", "carrow-clinics")],
        [],
    ),
    (  # food: a determined appositive role on the passive's agent
        "Kelby Foods was founded in 1999 by Ada Marsh, the current chief executive.",
        [("ada-marsh", "FOUNDED", "kelby-foods"), ("ada-marsh", "LEADS", "kelby-foods")],
        [],
    ),
    (  # pronoun founder, second conjunct with a possessed role
        "Ada Marsh spoke on Monday. She set up Kelby Foods in 1999 and remains its chief "
        "executive.",
        [("ada-marsh", "FOUNDED", "kelby-foods"), ("ada-marsh", "LEADS", "kelby-foods")],
        [],
    ),
    (  # an object relative on the firm: "which X founded and still runs"
        "Kelby Foods, which Ada Marsh founded in 1999 and still runs, makes soup.",
        [("ada-marsh", "FOUNDED", "kelby-foods"), ("ada-marsh", "LEADS", "kelby-foods")],
        [],
    ),
    (  # a series of verb phrases: both second roles
        "Ada Marsh founded Kelby Foods in 1999, remains its chief executive and owns 30% of the "
        "shares.",
        [("ada-marsh", "LEADS", "kelby-foods"), ("ada-marsh", "OWNS", "kelby-foods")],
        [],
    ),
    (  # a role and an owning noun coordinated after one link verb
        "Ada Marsh, who founded Kelby Foods in 1999 and is still its chief executive and largest "
        "shareholder, said sales rose.",
        [("ada-marsh", "LEADS", "kelby-foods"), ("ada-marsh", "OWNS", "kelby-foods")],
        [],
    ),
    (  # age appositive before the founding relative
        "Ada Marsh, 58, who founded Kelby Foods in 1999, remains its chief executive.",
        [("ada-marsh", "FOUNDED", "kelby-foods"), ("ada-marsh", "LEADS", "kelby-foods")],
        [],
    ),
]

OWNS: list[Case] = [
    (  # repro r04: passive founding, relative past an article-less appositive, "of it"
        "Harrup Scaffolds was set up in 2003 by Cornelius Harrup, once a roofer, who still holds "
        "35% of it; Ashmead Holdco took 55% in 2019, and managers have the rest.",
        [
            ("cornelius-harrup", "FOUNDED", "harrup-scaffolds"),
            ("cornelius-harrup", "OWNS", "harrup-scaffolds"),
        ],
        [],
    ),
    (  # repro r05: second conjunct inside the founding relative, "of its shares"
        "Beatrix Tyrell, who founded Copperpot Cookware from a street stall in 2006 and still "
        "owns 11% of its shares, spoke for the offer.",
        [("beatrix-tyrell", "OWNS", "copperpot-cookware")],
        [],
    ),
    (  # energy: main predicate after the founding relative, "a 40% stake"
        "Ivo Brandt, who co-founded Selmar Energy, still holds a 40% stake.",
        [("ivo-brandt", "OWNS", "selmar-energy")],
        [],
    ),
    (  # food: a founder title folded into the name, "keeps the remaining 60%"
        "Kelby Foods founder Ada Marsh keeps the remaining 60%.",
        [("ada-marsh", "FOUNDED", "kelby-foods"), ("ada-marsh", "OWNS", "kelby-foods")],
        [],
    ),
    (  # food: coordinated founders, plural relative, owning noun
        "Kelby Foods was founded by Ada Marsh and Tom Reyes, who remain its biggest shareholders.",
        [("ada-marsh", "OWNS", "kelby-foods"), ("tom-reyes", "OWNS", "kelby-foods")],
        [],
    ),
    (  # food: "remains the majority shareholder"
        "Ada Marsh, who founded Kelby Foods in 1999, remains the majority shareholder.",
        [("ada-marsh", "OWNS", "kelby-foods")],
        [],
    ),
]

FOUNDED_TOO: list[Case] = [
    (  # food: a leader's relative past a possessive appositive founded "the business"
        "Ada Marsh, Kelby Foods' chief executive, who founded the business in 1999, said sales "
        "rose.",
        [("ada-marsh", "FOUNDED", "kelby-foods"), ("ada-marsh", "LEADS", "kelby-foods")],
        [],
    ),
    (  # food: "since founding it"
        "Ada Marsh, who has run Kelby Foods since founding it in 1999, said sales rose.",
        [("ada-marsh", "FOUNDED", "kelby-foods"), ("ada-marsh", "LEADS", "kelby-foods")],
        [],
    ),
    (  # a bare founder title before the holder's name
        "Kelby Foods makes soup. Co-founder Ada Marsh, who still owns 30% of the company, backed "
        "the deal.",
        [("ada-marsh", "FOUNDED", "kelby-foods"), ("ada-marsh", "OWNS", "kelby-foods")],
        [],
    ),
    (  # a bare founder title in apposition
        "Kelby Foods makes soup. Ada Marsh, a co-founder, is still chief executive.",
        [("ada-marsh", "FOUNDED", "kelby-foods"), ("ada-marsh", "LEADS", "kelby-foods")],
        [],
    ),
    (  # one object shared by the founding and the leading verb
        "Ada Marsh co-founded and still chairs Kelby Foods.",
        [("ada-marsh", "FOUNDED", "kelby-foods"), ("ada-marsh", "LEADS", "kelby-foods")],
        [],
    ),
    (  # one object shared by the founding and the owning verb, in a relative
        "Ada Marsh, who founded and owns Kelby Foods, said sales rose.",
        [("ada-marsh", "FOUNDED", "kelby-foods"), ("ada-marsh", "OWNS", "kelby-foods")],
        [],
    ),
    (  # a restrictive relative on a bare role
        "Ada Marsh, the chief executive who founded Kelby Foods in 2010, said sales rose.",
        [("ada-marsh", "FOUNDED", "kelby-foods"), ("ada-marsh", "LEADS", "kelby-foods")],
        [],
    ),
    (  # labs: "the chief executive of Y, who founded the firm"
        "Ada Lintz, the chief executive of Norrow Labs, who founded the firm in 2008, said trials "
        "would start.",
        [("ada-lintz", "FOUNDED", "norrow-labs"), ("ada-lintz", "LEADS", "norrow-labs")],
        [],
    ),
]

GUARDS: list[Case] = [
    (  # a founder who sold out holds nothing
        "Paul Heyer, who founded Orchardly Juice in 2012, sold the last of his shares in 2020.",
        [("paul-heyer", "FOUNDED", "orchardly-juice")],
        [("paul-heyer", "OWNS", "orchardly-juice")],
    ),
    (  # another person's relative: the son runs it
        "Ventro Glass was set up by Aldo Ricci, whose son, Marco Ricci, now runs the company.",
        [("marco-ricci", "LEADS", "ventro-glass")],
        [("aldo-ricci", "LEADS", "ventro-glass")],
    ),
    (  # a second role at another body
        "Lena Vos, who founded Tarsa Tools in 2006, now chairs the charity Green Hands.",
        [("lena-vos", "FOUNDED", "tarsa-tools")],
        [("lena-vos", "LEADS", "tarsa-tools")],
    ),
    (  # a second conjunct naming another firm
        "Lena Vos founded Tarsa Tools in 2006 and now runs Kelby Foods.",
        [("lena-vos", "LEADS", "kelby-foods")],
        [("lena-vos", "LEADS", "tarsa-tools")],
    ),
    (  # negation
        "Hugo Wren, who founded Danbury Print, no longer owns any shares.",
        [("hugo-wren", "FOUNDED", "danbury-print")],
        [("hugo-wren", "OWNS", "danbury-print")],
    ),
    (  # a stake in another firm
        "Hugo Wren, who founded Danbury Print, owns 5% of Kelby Foods.",
        [("hugo-wren", "OWNS", "kelby-foods")],
        [("hugo-wren", "OWNS", "danbury-print")],
    ),
    (  # a founder who later sold his stake
        "Danbury Print was founded by Hugo Wren, who later sold his stake to Halden Group.",
        [("hugo-wren", "FOUNDED", "danbury-print")],
        [("hugo-wren", "OWNS", "danbury-print")],
    ),
    (  # a hope, not a role
        "Hugo Wren, who founded Danbury Print, hopes to remain chief executive.",
        [("hugo-wren", "FOUNDED", "danbury-print")],
        [("hugo-wren", "LEADS", "danbury-print")],
    ),
    (  # a founder sold the firm and now runs another
        "Hugo Wren, who founded Danbury Print before selling it to Halden Group, now runs "
        "Kelby Foods.",
        [("hugo-wren", "LEADS", "kelby-foods")],
        [("hugo-wren", "LEADS", "danbury-print"), ("hugo-wren", "OWNS", "danbury-print")],
    ),
    (  # an appositive role of another organization
        "Kelby Foods was founded by Ada Marsh, the chief executive of Tarn Foods.",
        [("ada-marsh", "FOUNDED", "kelby-foods")],
        [("ada-marsh", "LEADS", "kelby-foods")],
    ),
    (  # a share of a market, no stake
        "Ada Marsh, who founded Kelby Foods, holds 9% of the soup market.",
        [("ada-marsh", "FOUNDED", "kelby-foods")],
        [("ada-marsh", "OWNS", "kelby-foods")],
    ),
    (  # a founder noun of another firm in apposition is no bare title
        "Ada Marsh, a co-founder of Tarn Foods, now runs Kelby Foods.",
        [("ada-marsh", "LEADS", "kelby-foods")],
        [("ada-marsh", "FOUNDED", "kelby-foods")],
    ),
    (  # a sold firm in the object relative
        "Kelby Foods, which Ada Marsh founded in 1999 and sold in 2010, makes soup.",
        [("ada-marsh", "FOUNDED", "kelby-foods")],
        [("ada-marsh", "LEADS", "kelby-foods"), ("ada-marsh", "OWNS", "kelby-foods")],
    ),
    (  # another organization before the founded firm: a bare role is no guess
        "Pellam Bank lent money to Quarrow Textiles, founded by Ivo Lutzer, who is chairman.",
        [("ivo-lutzer", "FOUNDED", "quarrow-textiles")],
        [("ivo-lutzer", "LEADS", "quarrow-textiles")],
    ),
    (  # a singular relative on the second co-founder: the first does not run it
        "Danbury Print was co-founded by Hugo Wren and Ann Lee, who still runs it.",
        [("ann-lee", "LEADS", "danbury-print")],
        [("hugo-wren", "LEADS", "danbury-print")],
    ),
]

BANK: list[Case] = LEADS + OWNS + FOUNDED_TOO + GUARDS

# known gaps: what is not read yet
GAPS: dict[str, str] = {
    "Danbury Print was co-founded by Hugo Wren and Ann Lee, who still runs it.": (
        "verbal/svo carries a singular relative's verb to the whole coordinated agent"
    ),
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_wrongtype21(case: Case) -> None:
    check(*case)
