"""Genre bank for references not bound to whichever firm was named last (round 18, precrefs).

- a deal's adviser is no "the company" of the firm it advised: "Harlan Bank advised Tarsa on the
  sale. The company said ..." is Tarsa (`loaders/counterparty_refs.py` `advisers_last`);
- a one-word firm opening its sentence before a verb ("Tovenmark agreed to sell ...") stays a
  candidate of "the company" though named once, so a buyer named later in the sentence does
  not take it (`loaders/verb_led.py`);
- "the two companies" binds no pair of an earlier sentence when a later sentence made another
  company its clause subject ("A bought ships from B. C cut fares. The two companies ..."):
  which two is unclear (`Salience._subject_since`); a fund, adviser, campaign or public body
  as that subject leaves the pair alone;
- a campaign or lobby ("Save Our Farms", "X, a lobby group") is no member of "the two
  companies" (`_pair_outsider`, `civic_descriptors`);
- the object "it" of a founding verb right after a takeover is the company bought: "Brevard
  Dairy bought Ostrel Creamery. Greta Mornau, who founded it in 1990, ..."
  (`loaders/acquired_refs.py` `founded_bought`).

Short invented articles across banking, food, steel, shipping, glass, dairy, retail, mining,
brewing and tiles. Guards: an adviser the description's noun names ("Harlan Group advised
Tarsa. The group's ..."), a bank's own article, a public body or a fund as the later subject,
a coordinated pair, "founded it" with no takeover before.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

ADVISERS: list[Case] = [
    (  # banking / food: "X advised Y on the sale. The company's chief executive"
        "Halvern Foods sells dairy arm\n\nHalvern Foods is selling its dairy arm to Brisco. "
        "Ostler Partners advised Halvern Foods on the sale. The company's chief executive, Mara "
        "Lind, said the price was fair.",
        [("mara-lind", "LEADS", "halvern-foods")],
        [("mara-lind", "LEADS", "ostler-partners")],
    ),
    (  # steel: "the firm's chief executive" after an adviser's sentence
        "Kestrel Steel merges\n\nRenfrew Bank advised Kestrel Steel. The firm's chief "
        "executive, Ola Brant, said the merger would close in May.",
        [("ola-brant", "LEADS", "kestrel-steel")],
        [("ola-brant", "LEADS", "renfrew-bank")],
    ),
    (  # hotels: a progressive "is advising" and "the business was founded by"
        "Brightmoor Hotels to sell\n\nBrightmoor Hotels hired Pellam Advisory. Pellam Advisory "
        "is advising Brightmoor Hotels on a sale. The business was founded by Jan Oster in 1974.",
        [("jan-oster", "FOUNDED", "brightmoor-hotels")],
        [("jan-oster", "FOUNDED", "pellam-advisory")],
    ),
    (  # retail: "The company said ... The company's chief executive" after the adviser
        "Tarsa sells unit\n\nHarlan Bank advised Tarsa on the sale. The company said profits "
        "rose. The company's chief executive, Ivo Brandt, welcomed the deal.",
        [("ivo-brandt", "LEADS", "tarsa")],
        [("ivo-brandt", "LEADS", "harlan-bank")],
    ),
    (  # mining: two advisers coordinated, then "the group's chairman"
        "Tarrow Mining sells mine\n\nCalder Securities and Ostler Partners advised Tarrow "
        "Mining on the sale. The company's chairman, Piet Dahl, called it a fair price.",
        [("piet-dahl", "LEADS", "tarrow-mining")],
        [("piet-dahl", "LEADS", "calder-securities"), ("piet-dahl", "LEADS", "ostler-partners")],
    ),
    (  # guard: the description's noun is in the adviser's name ("the group": Harlan Group)
        "Harlan Group advised Tarsa on the sale. The group's chief executive, Ivo Brandt, "
        "welcomed the fee.",
        [("ivo-brandt", "LEADS", "harlan-group")],
        [("ivo-brandt", "LEADS", "tarsa")],
    ),
    (  # guard: the only firm in reach is the adviser
        "Renfrew Bank sees fees rise\n\nRenfrew Bank advised on six deals last year. The "
        "company's chief executive, Ola Brant, said fees rose.",
        [("ola-brant", "LEADS", "renfrew-bank")],
        [],
    ),
]

OPENERS: list[Case] = [
    (  # brewing: "Tovenmark agreed to sell ... to Quillhaven Group. The company's"
        "Brewers consolidate\n\nTovenmark agreed to sell its malt arm to Quillhaven Group in "
        "March. The company's chief executive, Odile Saskow, called the price fair.",
        [("odile-saskow", "LEADS", "tovenmark")],
        [("odile-saskow", "LEADS", "quillhaven-group")],
    ),
    (  # glass: "Vantrel will sell ... The company's chairman"
        "Glassmakers merge\n\nVantrel will sell its bottle plant to Orsay Holdings. The "
        "company's chairman, Ines Roux, said the plant made losses.",
        [("ines-roux", "LEADS", "vantrel")],
        [("ines-roux", "LEADS", "orsay-holdings")],
    ),
    (  # shipping: "Kessal signed ... The company was founded by"
        "Ferry deal\n\nKessal signed a deal to sell two ferries to Brakel Lines. The company "
        "was founded by Tove Arnt in 1962.",
        [],
        [("tove-arnt", "FOUNDED", "brakel-lines")],
    ),
    (  # review18 food: a common noun opening a sentence before "has" is no "the company"
        "Tarsa Foods cut 200 jobs in Leeds last year. Automation has replaced most of the packing "
        "staff. The company's chief executive, Ada Vorn, said more cuts would follow.",
        [("ada-vorn", "LEADS", "tarsa-foods")],
        [("ada-vorn", "LEADS", "automation")],
    ),
    (  # steel: "Management was ..." (an -ment noun)
        "Harlan Steel shut a furnace in May. Management was blamed for the delay. The company's "
        "chairman, Ivo Marr, said the plant would reopen.",
        [("ivo-marr", "LEADS", "harlan-steel")],
        [("ivo-marr", "LEADS", "management")],
    ),
    (  # shipping: "Funding will ..." (an -ing noun)
        "Rask Lines ordered two ferries. Funding will come from a bond. The company's chief "
        "executive, Ola Brant, said the ships arrive in 2027.",
        [("ola-brant", "LEADS", "rask-lines")],
        [("ola-brant", "LEADS", "funding")],
    ),
]

PAIRS: list[Case] = [
    (  # shipping: a later sentence's subject makes the earlier pair unclear
        "Orvel Shipping grows\n\nOrvel Shipping bought ships from Tessel Yards. Rask Lines cut "
        "fares. The two companies compete fiercely.",
        [],
        [("orvel-shipping", "COMPETES_WITH", "tessel-yards")],
    ),
    (  # food: "Both firms" after a supply sentence and another firm's sentence
        "Dunmore Dairy grows\n\nDunmore Dairy sells cheese to Pell Stores. Harken Foods raised "
        "prices. Both firms are rivals in Ulster.",
        [],
        [("dunmore-dairy", "COMPETES_WITH", "pell-stores")],
    ),
    (  # mining: "the two companies" after a loan sentence and a rival's sentence
        "Quarro Mining\n\nQuarro Mining borrowed money from Tessa Metals. Brisk Resources opened "
        "a mine nearby. The two companies compete for workers.",
        [],
        [("quarro-mining", "COMPETES_WITH", "tessa-metals")],
    ),
    (  # guard: a public body as the later subject leaves the pair
        "Orvel Shipping grows\n\nOrvel Shipping signed a deal with Tessel Yards. The regulator, "
        "the Maritime Agency, will review it. Both firms expect to work together for years.",
        [("orvel-shipping", "PARTNERS_WITH", "tessel-yards")],
        [],
    ),
    (  # review18 food: an analyst firm that only estimates leaves the pair alone
        "Arvo Foods signed a supply deal with Belta Mills on Monday. Kessel Analytics estimated "
        "the deal's value at €40m. The two companies have worked together since 2019.",
        [("arvo-foods", "PARTNERS_WITH", "belta-mills")],
        [],
    ),
    (  # guard: a fund as the later subject leaves the pair
        "Orvel Shipping grows\n\nOrvel Shipping signed a deal with Tessel Yards. Brakel "
        "Capital, a fund, welcomed it. Both firms expect to work together for years.",
        [("orvel-shipping", "PARTNERS_WITH", "tessel-yards")],
        [],
    ),
    (  # guard: the pair's own sentence is the one before
        "Orvel Shipping grows\n\nRask Lines cut fares. Orvel Shipping signed a deal with Tessel "
        "Yards. The two companies will work together for years.",
        [("orvel-shipping", "PARTNERS_WITH", "tessel-yards")],
        [("rask-lines", "PARTNERS_WITH", "tessel-yards")],
    ),
]

OUTSIDERS: list[Case] = [
    (  # food: a campaign named with a campaign verb is no "the two companies"
        "Dunmore Dairy grows\n\nDunmore Dairy sells cheese to Pell Stores. Save Our Farms, a "
        "campaign, criticised Dunmore Dairy. The two companies have worked together since 1990.",
        [("save-our-farms", "DISPUTES", "dunmore-dairy")],
        [("dunmore-dairy", "PARTNERS_WITH", "save-our-farms")],
    ),
    (  # retail: a lobby group as the later subject leaves the two chains
        "Fenland Grocers expands\n\nFenland Grocers opened a store near Marsh Foods in Ely. "
        "Parents for Fair Food, a lobby group, objected. The two chains go head to head in the "
        "Fens.",
        [("fenland-grocers", "COMPETES_WITH", "marsh-foods")],
        [("parents-for-fair-food", "COMPETES_WITH", "fenland-grocers")],
    ),
    (  # tiles: a residents' charity is no partner of "both companies"
        "Karvel Tiles\n\nKarvel Tiles supplies Bexmoor Homes. Keep Ashby Green, a residents' "
        "charity, opposed Karvel Tiles. Both companies have partnered since 2001.",
        [],
        [("karvel-tiles", "PARTNERS_WITH", "keep-ashby-green")],
    ),
]

FOUNDED_IT: list[Case] = [
    (  # dairy: "A bought B. P, who founded it in 1990, ..."
        "Ostrel Creamery sold\n\nBrevard Dairy bought Ostrel Creamery. Greta Mornau, who founded "
        "it in 1990, will stay on as chief executive.",
        [("greta-mornau", "FOUNDED", "ostrel-creamery")],
        [("greta-mornau", "FOUNDED", "brevard-dairy")],
    ),
    (  # shipbuilding: "A acquired B. P started it in 1971"
        "Tessel Yards sold\n\nHarbeck Capital acquired Tessel Yards last year. Jon Ekdahl "
        "started it in 1971 with one slipway.",
        [("jon-ekdahl", "FOUNDED", "tessel-yards")],
        [("jon-ekdahl", "FOUNDED", "harbeck-capital")],
    ),
    (  # milling: "A invested in B. P, who set it up in 2015"
        "Kappa Mills\n\nOrrin Foods invested in Kappa Mills in May. Ana Voss, who set it up in "
        "2015, welcomed the money.",
        [("ana-voss", "FOUNDED", "kappa-mills")],
        [("ana-voss", "FOUNDED", "orrin-foods")],
    ),
    (  # brewing: "A took over B. P, who established it"
        "Kell Brewery\n\nMarsh Drinks took over Kell Brewery in June. Rob Kell, who established "
        "it in 1988, will retire.",
        [("rob-kell", "FOUNDED", "kell-brewery")],
        [("rob-kell", "FOUNDED", "marsh-drinks")],
    ),
    (  # hotels: "A bought B. P, who co-founded it"
        "Sallow Inns\n\nDrayton Leisure bought Sallow Inns in 2021. Meg Sallow, who co-founded "
        "it in 1999, left the board.",
        [("meg-sallow", "FOUNDED", "sallow-inns")],
        [("meg-sallow", "FOUNDED", "drayton-leisure")],
    ),
    (  # guard: no takeover before: "it" is the subject firm
        "Orrin Foods\n\nOrrin Foods opened a mill in Leeds. Ana Voss, who founded it in 1990, "
        "still runs it.",
        [],
        [("ana-voss", "FOUNDED", "leeds")],
    ),
]

KNOWN_GAPS: list[Case] = [
    (  # a rival described as such, then "the company's chief executive": the topic
        "Perrault Glassworks weighs offer\n\nPerrault Glassworks makes bottles in Lyon. Vintrey "
        "Group, a Dutch rival, made an offer in May. The company's chief executive, Ines Roux, "
        "rejected it.",
        [("ines-roux", "LEADS", "perrault-glassworks")],
        [("ines-roux", "LEADS", "vintrey-group")],
    ),
    (  # a courting buyer named by the description's noun ("the group": Vintrey Group)
        "Perrault Glassworks weighs offer\n\nPerrault Glassworks has been courted by Vintrey "
        "Group since May. The group's biggest investor, Osk Pension Plan, holds 13%.",
        [("osk-pension-plan", "OWNS", "perrault-glassworks")],
        [("osk-pension-plan", "FUNDS", "vintrey-group")],
    ),
    (  # a fund's stake, then "Its chief executive": the company the fund bought into
        "Orsk Foods\n\nBrakel Capital bought 20% of Orsk Foods. Its chief executive, Lena Holt, "
        "welcomed the investment.",
        [("lena-holt", "LEADS", "orsk-foods")],
        [("lena-holt", "LEADS", "brakel-capital")],
    ),
    (  # a lobby the text gives no descriptor, in the pair's own sentence
        "Fenland Grocers expands\n\nFenland Grocers opened a store in Ely. Parents for Fair "
        "Food objected to Fenland Grocers. The two chains go head to head in the Fens.",
        [],
        [("parents-for-fair-food", "COMPETES_WITH", "fenland-grocers")],
    ),
]

GAPS: dict[str, str] = {
    "Arvo Foods signed a supply deal": "a company that only reports or estimates in between "
    "still makes the earlier pair unclear (`Salience._subject_since` does not see the verb)",
    "Perrault Glassworks weighs offer\n\nPerrault Glassworks makes": "a candidate described as"
    " a rival is not set aside for the topic (tried: a swap and a no-binding cost precision on "
    "a described set)",
    "Perrault Glassworks weighs offer\n\nPerrault Glassworks has been": "the description's "
    "noun in a name ('the group': Vintrey Group) outranks the courted subject",
    "Orsk Foods\n\nBrakel Capital bought 20%": "an opening 'Its <role>' after an investor's "
    "stake is read only for 'Its founder' (tried for any role: cost precision on a described "
    "set)",
    "Fenland Grocers expands\n\nFenland Grocers opened a store in Ely": "a lobby with no "
    "descriptor or campaign verb in its name is not read as an outsider",
}


@pytest.mark.parametrize(
    "case", gap_params(ADVISERS + OPENERS + PAIRS + OUTSIDERS + FOUNDED_IT + KNOWN_GAPS, GAPS)
)
def test_genre_precrefs18(case: Case) -> None:
    check(*case)
