"""Genre bank for partnering and backing (round 19): plural anaphors, shared subjects, tails,
ellipsis.

"both firms" / "the two companies" opening a clause after ";" or ", and" pairs the two named
in the clause before, a resolved "it" or "the company" counting as one of them ("It is building
the kiln with Ferox; both firms call each other partners"), and binds nothing when that clause
names no clear pair (never two organizations of earlier sentences); "describe each other as
partners". A partnership noun made by a second verb after "and" takes the sentence's opening
name past its appositive ("Nanogrow, the Leeds maker, received approval in May and has agreed a
partnership with Brew & Co"). A participial tail ", run in partnership with Y" partners the
subject of the clause it closes. The speaker's firm partners, never the product ("We developed
the screens in partnership with X"). Backing: by ellipsis ("..., and so has the main investor,
Ostrom Group"), by a support verb ("stands behind Pollenly's managers", "supported the board on
every vote": the firm), "openly backed the Fix-It Campaign" (BACKS, not FUNDS). Guards: a
purpose clause "to support the deal", negation, intent, a tie-up that is trade.

Each case is a short invented text, across ceramics, food, coffee, wine, seeds, screens, boats,
mills, tools, pensions, banking and health.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

PAIRS: list[Case] = [
    (  # ceramics: a pronoun subject and the name after "with", then "both firms"
        "Halden Glass and Norsk Ovens lost the bid. Kalder won. It is building the kiln with "
        "Ferox; both firms call each other partners, not vendor and client.",
        [("kalder", "PARTNERS_WITH", "ferox")],
        [("halden-glass", "PARTNERS_WITH", "norsk-ovens")],
    ),
    (  # the two names of the clause before
        "Halden Glass and Norsk Ovens were bidders. Kalder Ceramics is building the kiln with "
        "Ferox Industries; both firms call each other partners.",
        [("kalder-ceramics", "PARTNERS_WITH", "ferox-industries")],
        [("halden-glass", "PARTNERS_WITH", "norsk-ovens")],
    ),
    (  # "the two companies describe each other as partners"
        "Halden Glass and Norsk Ovens were bidders. Kalder Ceramics is building the kiln with "
        "Ferox Industries; the two companies describe each other as partners.",
        [("kalder-ceramics", "PARTNERS_WITH", "ferox-industries")],
        [("halden-glass", "PARTNERS_WITH", "norsk-ovens")],
    ),
    (  # ", and the two firms see each other as partners"
        "Brisk Metals and Vessa Mining signed a contract. Pellam Steel works closely with "
        "Ostrel Alloys, and the two firms see each other as partners.",
        [("pellam-steel", "PARTNERS_WITH", "ostrel-alloys")],
        [("brisk-metals", "PARTNERS_WITH", "vessa-mining")],
    ),
    (  # a plain "they" after a coordinated pair
        "Brant Mills and Ostel Farms grow the oats. They describe each other as partners.",
        [("brant-mills", "PARTNERS_WITH", "ostel-farms")],
        [],
    ),
    (  # guard: the clause before has a relative: which two is unclear, bind nothing
        "Halden Glass and Norsk Ovens lost the bid to Kalder. Kalder, which is building the "
        "kiln, hired Ferox; both firms call each other partners.",
        [],
        [("halden-glass", "PARTNERS_WITH", "norsk-ovens")],
    ),
]

SHARED_SUBJECTS: list[Case] = [
    (  # food: the appositive between the subject and its second verb
        "Nanogrow, the Leeds maker, received approval in May and has agreed a partnership with "
        "the café group Brew & Co.",
        [("nanogrow", "PARTNERS_WITH", "brew-co")],
        [],
    ),
    (  # dairy: "has since signed"
        "Tessin Dairy, the Cork cheesemaker, won an award last year and has since signed a "
        "partnership with the grocer Halvik Stores.",
        [("tessin-dairy", "PARTNERS_WITH", "halvik-stores")],
        [],
    ),
    (  # boats: "struck a tie-up"; the place in the appositive partners nobody
        "Harlow Boats, the Cowes yard, cut jobs in May and has struck a tie-up with the engine "
        "maker Velden Marine.",
        [("harlow-boats", "PARTNERS_WITH", "velden-marine")],
        [("cowes", "PARTNERS_WITH", "velden-marine")],
    ),
    (  # health: an indefinite appositive, "formed a partnership"
        "Orvane Medic, a Lille developer, raised £5m in June and formed a partnership with "
        "Kelmar Labs.",
        [("orvane-medic", "PARTNERS_WITH", "kelmar-labs")],
        [],
    ),
    (  # guard: negation
        "Nanogrow, the Leeds maker, received approval in May and has not agreed a partnership "
        "with Brew & Co.",
        [],
        [("nanogrow", "PARTNERS_WITH", "brew-co")],
    ),
    (  # guard: intent
        "Nanogrow, the Leeds maker, received approval in May and hopes to agree a partnership "
        "with Brew & Co.",
        [],
        [("nanogrow", "PARTNERS_WITH", "brew-co")],
    ),
]

TIE_UPS: list[Case] = [
    (  # coffee: a tie-up whose relative clause places the kiosks: no dispute
        "Pellam Coffee signed a tie-up with the retailer Dunmore that placed its kiosks in 75 "
        "shops.",
        [("pellam-coffee", "PARTNERS_WITH", "dunmore")],
        [("pellam-coffee", "DISPUTES", "dunmore"), ("dunmore", "DISPUTES", "pellam-coffee")],
    ),
    (  # a present relative
        "Pellam Coffee has a partnership with the grocer Kelvin Stores that puts its fridges in "
        "200 branches.",
        [("pellam-coffee", "PARTNERS_WITH", "kelvin-stores")],
        [("pellam-coffee", "DISPUTES", "kelvin-stores")],
    ),
    (  # a tie-up as the second item after "pay for"
        "Pellam Coffee used the funds to pay for an expansion into airports and a tie-up with "
        "the supermarket chain Dunmore that placed its kiosks in 75 shops.",
        [("pellam-coffee", "PARTNERS_WITH", "dunmore")],
        [("pellam-coffee", "DISPUTES", "dunmore")],
    ),
]

TAILS: list[Case] = [
    (  # wine: a relative's subject, the tail closing its clause
        "Its best seller is Ruby Gold, a grape variety that Hollin Estate released in 2020 after "
        "ten years of trials, run in partnership with the Valley Growers' Co-operative.",
        [("hollin-estate", "PARTNERS_WITH", "valley-growers-co-operative")],
        [("ruby-gold", "PARTNERS_WITH", "valley-growers-co-operative")],
    ),
    (  # a main clause
        "Hollin Estate released the variety in 2020 after ten years of trials, run in "
        "partnership with the Valley Growers' Co-operative.",
        [("hollin-estate", "PARTNERS_WITH", "valley-growers-co-operative")],
        [],
    ),
    (  # seeds: "carried out in partnership with"
        "Marden Seeds sells a wheat that Ostel Farms developed over eight years of field tests, "
        "carried out in partnership with Harper University.",
        [("ostel-farms", "PARTNERS_WITH", "harper-university")],
        [("marden-seeds", "PARTNERS_WITH", "harper-university")],
    ),
    (  # a reduced relative with no "that"
        "Its best seller is Ruby Gold, a variety Hollin Estate released after ten years of "
        "trials, run in partnership with the Valley Growers' Co-operative.",
        [("hollin-estate", "PARTNERS_WITH", "valley-growers-co-operative")],
        [],
    ),
    (  # guard: the name before the tail is an object, not the clause's subject
        "Kelvin Foods bought the Ardmore orchards from Ostel Farms, run in partnership with "
        "Harper University.",
        [],
        [("kelvin-foods", "PARTNERS_WITH", "harper-university")],
    ),
]

SPEAKERS: list[Case] = [
    (  # screens: the speaker's firm partners, never the product
        'Vistra Displays sells Lumo, a range of smart screens. "We developed the screens in '
        'partnership with Brightpane Glass," said Ola Berg.',
        [("vistra-displays", "PARTNERS_WITH", "brightpane-glass")],
        [("lumo", "PARTNERS_WITH", "brightpane-glass")],
    ),
    (  # the speaker named after the quote
        'The Lumo screen went on sale in May. "We developed the screen in partnership with '
        'Brightpane Glass," said Ola Berg, who runs Vistra Displays.',
        [("vistra-displays", "PARTNERS_WITH", "brightpane-glass")],
        [("lumo", "PARTNERS_WITH", "brightpane-glass")],
    ),
    (  # guard: "we" of nobody known: no partner for the product
        'Lumo, a range of smart screens, went on sale in May. "We developed the screens in '
        'partnership with Brightpane Glass," said Ola Berg.',
        [],
        [("lumo", "PARTNERS_WITH", "brightpane-glass")],
    ),
]

BACKING: list[Case] = [
    (  # ellipsis: "and so has" the second backer, in apposition
        "Mara Lind faces a vote on Friday. The chairman has stood behind her, and so has the "
        "main investor, Ostrom Group.",
        [("ostrom-group", "BACKS", "mara-lind")],
        [],
    ),
    (  # ellipsis with "so does" and a named first backer
        "Mara Lind faces a vote. Per Vik, her deputy, supports her, and so does Ostrom Group.",
        [("per-vik", "BACKS", "mara-lind"), ("ostrom-group", "BACKS", "mara-lind")],
        [],
    ),
    (  # ellipsis in a company: "backed the plan, and so did X"
        "Tarn Mills needs new looms. Vorn Capital backed Ada Rusk, and so did Kelso Partners.",
        [("kelso-partners", "BACKS", "ada-rusk")],
        [],
    ),
    (  # transport: a project backed, the second backer with a description after it
        "The council supports the Ardmore runway, and so does Harbour Ports, its biggest user.",
        [("harbour-ports", "BACKS", "ardmore")],
        [],
    ),
    (  # a backing read by another rule ("stood by"), then "and so has"
        "Vorn Capital has stood by Ada Rusk, and so has Kelso Partners.",
        [("kelso-partners", "BACKS", "ada-rusk")],
        [],
    ),
    (  # "endorsed ... and so did"
        "The union endorsed Ada Rusk for the post, and so did Marlow Holdings.",
        [("marlow-holdings", "BACKS", "ada-rusk")],
        [],
    ),
    (  # guard: "so" as "therefore", then another clause about a third firm
        "Vorn Capital backed Ada Rusk, and so is now Kelso Bank's largest holder.",
        [("vorn-capital", "BACKS", "ada-rusk")],
        [("kelso-bank", "BACKS", "ada-rusk")],
    ),
    (  # guard: negated backing
        "Vorn Capital did not back Ada Rusk, and so Kelso Partners stepped in.",
        [],
        [("kelso-partners", "BACKS", "ada-rusk"), ("vorn-capital", "BACKS", "ada-rusk")],
    ),
    (  # guard: the backing in a relative aside is not the clause "and so" repeats (review 19 B3)
        "Orsk Bank, which backs Kelda Rail, cut its growth forecast, and so did Tarn Capital.",
        [],
        [("tarn-capital", "BACKS", "kelda-rail")],
    ),
    (  # guard: a backing read by another rule inside a relative aside
        "Orsk Bank, which has stood by Ada Rusk, cut its forecast, and so did Tarn Capital.",
        [("orsk-bank", "BACKS", "ada-rusk")],
        [("tarn-capital", "BACKS", "ada-rusk")],
    ),
    (  # guard: an analyst recommending a firm's shares backs no one
        "Analysts at Vell Bank recommended Kelda Rail shares, and so did Orsk Capital.",
        [],
        [("orsk-capital", "BACKS", "kelda-rail"), ("vell-bank", "BACKS", "kelda-rail")],
    ),
    (  # must still give: "recommended X's offer, and so did Y"
        "Vell Bank recommended Kelda Rail's offer, and so did Orsk Capital.",
        [("orsk-capital", "BACKS", "kelda-rail")],
        [],
    ),
    (  # guard: a negated backing is no one's, the elided one neither
        "Vell Bank has not backed Kelda Rail, and so has Orsk Capital.",
        [],
        [("orsk-capital", "BACKS", "kelda-rail")],
    ),
    (  # guard: ellipsis of an attack is no backing
        "Mara Lind faces a vote. The chairman has criticised her, and so has Ostrom Group.",
        [],
        [("ostrom-group", "BACKS", "mara-lind")],
    ),
    (  # a shareholder stands behind management: BACKS the company
        "Pollenly has had a hard year. Verdan Capital, its largest shareholder, said it still "
        "stands behind Pollenly's managers.",
        [("verdan-capital", "BACKS", "pollenly")],
        [],
    ),
    (  # pensions: a retirement scheme supported the board on every vote
        "Tarn Mills faces a revolt. The Moorland Retirement Scheme said it had supported the "
        "board on every vote.",
        [("moorland-retirement-scheme", "BACKS", "tarn-mills")],
        [],
    ),
    (  # a pension scheme backed the directors
        "Tarn Mills faces a revolt. The Harker Pension Scheme has backed the directors.",
        [("harker-pension-scheme", "BACKS", "tarn-mills")],
        [],
    ),
    (  # tools: a campaign openly backed is BACKS, not FUNDS
        "Corvel Tools openly backed the Fix-It Campaign last year.",
        [("corvel-tools", "BACKS", "fix-it-campaign")],
        [("corvel-tools", "FUNDS", "fix-it-campaign")],
    ),
    (  # guard: a purpose clause "to support the deal" backs nobody
        "Arden Bank raised £2bn from Stell Partners to support the deal with Morrow Foods.",
        [("stell-partners", "FUNDS", "arden-bank")],
        [
            ("stell-partners", "BACKS", "morrow-foods"),
            ("arden-bank", "BACKS", "morrow-foods"),
            ("stell-partners", "BACKS", "arden-bank"),
        ],
    ),
    (  # guard: a family firm selling to support the deal
        "The Ferrand family firm Ferrand Beheer sold its shares to Olvo Group to support the deal.",
        [],
        [("ferrand-beheer", "BACKS", "olvo-group")],
    ),
]

BANK = PAIRS + SHARED_SUBJECTS + TIE_UPS + TAILS + SPEAKERS + BACKING
GAPS: dict[str, str] = {
    "Pellam Coffee used the funds to pay for an expansion": "a tie-up as the second item of "
    "a 'pay for' list: its subject is past the nominal subject reach",
    "Its best seller is Ruby Gold, a variety Hollin": "'a variety Hollin Estate released': "
    "the name after a descriptor with no 'that' is typed Product",
    "Tarn Mills faces a revolt. The Moorland Retirement Scheme": "'X Retirement Scheme' is "
    "typed Project (an Organization name end cost blind5)",
    "Tarn Mills faces a revolt. The Harker Pension Scheme": "'X Pension Scheme' is typed Project",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_partners19(case: Case) -> None:
    check(*case)
