"""Genre bank for ownership whose agent is a descriptor-led noun phrase (round 22).

"X is owned by the Graz private equity firm Isarbrookvest", "acquired by NZX-listed Torrentia",
"controlled by the Zagreb family office Lakelinor": the agent is the name the descriptor
introduces, never the town, market or country that opens it (a place only modifies the kind
noun). Read in every passive form (copula, relative clause, reduced participle, coordination of
agents) and in an object relative ("X, which the Cork seafood group Y bought"). A descriptor
before a family body's own name ("the Zagreb family office Lakelinor") makes no name of the body.

Guards: the same descriptor-led agent of a clearance, a loan, advice or a suit owns nothing; a
deal only expected, or denied, gives no owner; a place owns nothing.

Each case is a short invented text (relations that must be found, relations that must not be),
across bakeries, dentistry, recycling, forestry, packaging, ski schools, dairies, mining,
hotels, pharma, glass, fisheries, healthcare and property.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

PASSIVES: list[Case] = [
    (  # bakery: copula, short alias subject, an unknown town opening the agent
        "Yandell Bakehouse opened six shops in the spring. Yandell, for its part, is owned by the "
        "Graz private equity firm Isarbrookvest.",
        [("isarbrookvest", "OWNS", "yandell-bakehouse")],
        [("graz", "OWNS", "yandell-bakehouse")],
    ),
    (  # dentistry: relative clause with an adverb, the main clause after
        "Smilecrest Dentistry, which is mostly owned by the Lille buyout firm Harlundvest, has "
        "been buying small practices across the region.",
        [("harlundvest", "OWNS", "smilecrest-dentistry"), ("harlundvest", "LOCATED_IN", "lille")],
        [("lille", "OWNS", "smilecrest-dentistry")],
    ),
    (  # recycling: reduced participle with a date, an exchange-listed agent
        "Clearcycle, owned since 2020 by NZX-listed Torrentia, said the fire had led to a review "
        "of its safety rules.",
        [("torrentia", "OWNS", "clearcycle")],
        [("nzx", "OWNS", "clearcycle")],
    ),
    (  # forestry: an aside between the relative pronoun and the passive
        "Birchvale Sawmills, which like its sister mill is owned by the Bratislava forestry group "
        "Granskogen, cut a shift on Monday.",
        [("granskogen", "OWNS", "birchvale-sawmills")],
        [("bratislava", "OWNS", "birchvale-sawmills")],
    ),
    (  # packaging: "acquired in 2019 by", a two-word name
        "Tagline Stickers, acquired in 2019 by the Dortmund packaging group Fennick Verpackung, "
        "will add a second press line this year.",
        [("fennick-verpackung", "OWNS", "tagline-stickers")],
        [("dortmund", "OWNS", "tagline-stickers")],
    ),
    (  # ski school: a family office with its own name after the descriptor
        "Alpenweg Skischule is now controlled by the Zagreb family office Lakelinor, which bought "
        "it from the two founders.",
        [("lakelinor", "OWNS", "alpenweg-skischule")],
        [("zagreb-family-office", "OWNS", "alpenweg-skischule")],
    ),
    (  # dairy: a hyphened kind noun ("co-operative")
        "Brenhollow Creamery is owned by the Cork farm co-operative Lisnagree.",
        [("lisnagree", "OWNS", "brenhollow-creamery")],
        [("cork", "OWNS", "brenhollow-creamery")],
    ),
    (  # mining: "majority-owned by", a three-word descriptor
        "Corlan Mining, majority-owned by the Perth resources investor Ambrell Capital, opened a "
        "second pit.",
        [("ambrell-capital", "OWNS", "corlan-mining")],
        [("perth", "OWNS", "corlan-mining")],
    ),
    (  # hotels: an exchange-listed agent, then a second passive of another relation
        "Pellan Hotels is controlled by LSE-listed Hartgrove and run by Jo Mair.",
        [("hartgrove", "OWNS", "pellan-hotels"), ("jo-mair", "LEADS", "pellan-hotels")],
        [("lse", "OWNS", "pellan-hotels"), ("jo-mair", "LEADS", "hartgrove")],
    ),
    (  # pharma: listed agent with a kind noun after the listing
        "Tessaly Pharma, acquired by Frankfurt-listed drugmaker Kolbenwerk in 2020, makes "
        "generic drugs.",
        [("kolbenwerk", "OWNS", "tessaly-pharma")],
        [("frankfurt", "OWNS", "tessaly-pharma")],
    ),
    (  # logistics: a country abbreviation opening the descriptor
        "Vantor Logistics is owned by the US private equity firm Carrow Partners.",
        [("carrow-partners", "OWNS", "vantor-logistics")],
        [("us", "OWNS", "vantor-logistics")],
    ),
    (  # dental: "bought by UK-listed X in 2021"
        "Brisk Dental was bought by UK-listed Harlow Health in 2021.",
        [("harlow-health", "OWNS", "brisk-dental")],
        [("uk", "OWNS", "brisk-dental")],
    ),
    (  # food: a hyphened nationality as a name before the kind noun
        "Tamsin Foods, which was acquired in 2019 by the Dutch-British consumer group Orlevo, "
        "makes soups.",
        [("orlevo", "OWNS", "tamsin-foods")],
        [("dutch-british", "OWNS", "tamsin-foods")],
    ),
    (  # tech: a two-word place and a three-word descriptor
        "Farrow Tech is controlled by the Abu Dhabi sovereign wealth fund Qamar Capital.",
        [("qamar-capital", "OWNS", "farrow-tech")],
        [("abu-dhabi", "OWNS", "farrow-tech")],
    ),
    (  # property: a pronoun subject in a second sentence
        "Renwick Homes builds flats in the north. It was bought in 2018 by the Tallinn property "
        "group Vaskra.",
        [("vaskra", "OWNS", "renwick-homes")],
        [("tallinn", "OWNS", "renwick-homes")],
    ),
    (  # food: a family office named after a surname, its own name after it
        "Orvana Foods has been owned since 2015 by the Kell family office Kellstone.",
        [("kellstone", "OWNS", "orvana-foods")],
        [("kell-family-office", "OWNS", "orvana-foods")],
    ),
    (  # bakery: an indefinite descriptor, the name set off by a comma
        "Yandell Bakehouse is owned by a Graz private equity firm, Isarbrookvest.",
        [("isarbrookvest", "OWNS", "yandell-bakehouse")],
        [("graz", "OWNS", "yandell-bakehouse")],
    ),
    (  # must still give: the plain agent and the possessive country
        "Harbeck Sawmills is in turn owned by Norway's Vardhus. Farrow Glass is owned by the Swiss "
        "industrial group Holcenta.",
        [("vardhus", "OWNS", "harbeck-sawmills"), ("holcenta", "OWNS", "farrow-glass")],
        [],
    ),
]

LISTS_AND_RELATIVES: list[Case] = [
    (  # bakeries: two descriptor-led agents in a list
        "Brenhollow Dairy is owned jointly by the Ghent bakery group Maalbrood and the Antwerp "
        "fund Schelde Invest.",
        [("maalbrood", "OWNS", "brenhollow-dairy"), ("schelde-invest", "OWNS", "brenhollow-dairy")],
        [("antwerp", "OWNS", "brenhollow-dairy"), ("ghent", "OWNS", "brenhollow-dairy")],
    ),
    (  # fisheries: an object relative whose subject is descriptor-led
        "Kilbride Fisheries, which the Cork seafood group Marlin Ocean bought in 2017, employs "
        "200 people.",
        [("marlin-ocean", "OWNS", "kilbride-fisheries")],
        [("cork", "OWNS", "kilbride-fisheries"), ("marlin-ocean", "OWNS", "cork")],
    ),
    (  # fisheries: the same with no place in the descriptor
        "Kilbride Fisheries, which the seafood group Marlin Ocean bought in 2017, employs 200 "
        "people.",
        [("marlin-ocean", "OWNS", "kilbride-fisheries")],
        [],
    ),
    (  # healthcare: a unit of a descriptor-led parent
        "Sorrel Clinics is a unit of the Zurich healthcare group Medvita.",
        [("medvita", "OWNS", "sorrel-clinics")],
        [("zurich", "OWNS", "sorrel-clinics")],
    ),
]

GUARDS: list[Case] = [
    (  # guard: a clearance by a descriptor-led authority owns nothing
        "The merger of Tarnby Steelworks and Yandell Alloys was cleared by the Linz competition "
        "authority Kartellwacht on Friday.",
        [],
        [("kartellwacht", "OWNS", "tarnby-steelworks"), ("linz", "OWNS", "yandell-alloys")],
    ),
    (  # guard: a lender that paid for a plant funds, owns nothing
        "The new plant was paid for by the Valletta lender Velquist Sparkasse, which provided a "
        "loan of 40 million euros to Pirrow Bakes.",
        [("velquist-sparkasse", "FUNDS", "pirrow-bakes")],
        [("velquist-sparkasse", "OWNS", "pirrow-bakes"), ("valletta", "OWNS", "pirrow-bakes")],
    ),
    (  # guard: an adviser owns nothing
        "Pirrow Bakes was advised by the Zagreb law firm Ombrix & Keene on the sale.",
        [],
        [("ombrix-keene", "OWNS", "pirrow-bakes"), ("zagreb", "OWNS", "pirrow-bakes")],
    ),
    (  # guard: a suitor owns nothing (and the suit is read)
        "Pirrow Bakes has been sued by the Lille hedge fund Tarvoss Alpha over unpaid fees.",
        [("tarvoss-alpha", "DISPUTES", "pirrow-bakes")],
        [("tarvoss-alpha", "OWNS", "pirrow-bakes"), ("lille", "OWNS", "pirrow-bakes")],
    ),
    (  # guard: a purchase only expected gives no owner
        "Ribbald Toys is expected to be bought by the Munich toy group Spielhaus.",
        [],
        [("spielhaus", "OWNS", "ribbald-toys"), ("munich", "OWNS", "ribbald-toys")],
    ),
    (  # guard: a denied purchase gives no owner
        "Garrow Steel was not bought by the Lyon metals group Ferreval.",
        [],
        [("ferreval", "OWNS", "garrow-steel"), ("lyon", "OWNS", "garrow-steel")],
    ),
    (  # guard: an unnamed plant owned by a descriptor-led group names no patient
        "A plant owned by the Graz group Reiter burned down near Kellby Foods.",
        [],
        [("reiter", "OWNS", "kellby-foods"), ("graz", "OWNS", "kellby-foods")],
    ),
    (  # guard: a family with no named body is no owner of one name
        "Moxby Tiles is owned by the Kell family.",
        [],
        [("kell", "OWNS", "moxby-tiles")],
    ),
]

SALES: list[Case] = [
    (  # quarries: the buyer of a sale "to" a descriptor-led firm (not read: the transfer's
        # buyer slot reaches three words, then takes the town; a reader there added wrong
        # relations on the described sets)
        "Dorran Cement sold Kilcar Quarries to the Galway building materials group Corrib Stone.",
        [("corrib-stone", "OWNS", "kilcar-quarries")],
        [("galway", "OWNS", "kilcar-quarries")],
    ),
]

BANK = PASSIVES + LISTS_AND_RELATIVES + GUARDS + SALES
GAPS: dict[str, str] = {
    "Dorran Cement sold": "the buyer after 'sold X to' past a long descriptor is not read",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_byagent22(case: Case) -> None:
    check(*case)
