"""Genre bank for "the P-based N" descriptions bound by the sentence's roles (round 20).

A definite description naming a place ("the Haugesund-based company", "the Cyprus company")
locates the firm it means; which firm that is follows from where it stands in its sentence:

- the speaker of a trailing reporting verb is the sentence's subject, before "on Monday" or
  "in a statement" and after a dateline that names the description's town ("P, May 4 - A will
  buy B, ..., the P-based company said on Monday");
- the object of a bid noun is never the bidder, the subject of the bid's clause, even after an
  appositive or inside a "when" clause ("... when A, its rival, raised its offer for the
  P-based operator");
- "P, M's chief executive, said the P-based firm would ...": M, the firm of the speaker's title;
- "A sued B, accusing the Cyprus company of ...": never A, whose act the participle is;
- "F was named as administrator. The P-based company ...": never F, a service appointed for
  another (`appointed_services` in loaders/data/advice.yaml);
- "X, a smaller competitor of Y based in P": X, the appositive's host, not Y, its noun's
  complement ("based in" modifies "a competitor");
- "P, who covers stocks at Firm in City": where a person works, no seat of the firm;
- "B, the P-based maker A bought in March": B; A opens a reduced relative clause;
- "X, a plant that ORG is building in P": ORG sits in P as well as its plant.

Each case is a short invented text (relations that must be found, relations that must not be),
across seafood, dairy, steel, buses, pharma, baking, telecoms, grain, shipping and retail.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

REPORTED: list[Case] = [
    (  # seafood: a dateline, an object's trade appositive, "said on Monday"
        "HAUGESUND, May 4 - Quennel Provisions has agreed to acquire Vellacot, the coast's "
        "second-largest frozen-seafood distributor, for 640 million euros, the Haugesund-based "
        "company said on Monday, in its largest purchase since it floated.",
        [("quennel-provisions", "LOCATED_IN", "haugesund")],
        [("vellacot", "LOCATED_IN", "haugesund")],
    ),
    (  # dairy: a dateline, "said on Monday" at the end
        "DRAMMEN, May 4 - Fenrick Foods has agreed to buy Marlow Dairies, the country's largest "
        "milk wholesaler, for 300 million crowns, the Drammen-based company said on Monday.",
        [("fenrick-foods", "LOCATED_IN", "drammen")],
        [("marlow-dairies", "LOCATED_IN", "drammen")],
    ),
    (  # steel: "said in a statement"
        "Harlan Steel will acquire Corvo Wire, a cable distributor, for $80 million, the "
        "Sheffield-based group said in a statement.",
        [("harlan-steel", "LOCATED_IN", "sheffield")],
        [("corvo-wire", "LOCATED_IN", "sheffield")],
    ),
]

BIDS: list[Case] = [
    (  # ferries: "when A, its rival, lifted its offer for the P-based operator"
        "The fight for Quillan Ferries took a fresh turn on Friday when Brannagh Ferrylink, its "
        "biggest rival on island routes, lifted its offer for the Stornoway-based operator to "
        "180p per share.",
        [("quillan-ferries", "LOCATED_IN", "stornoway")],
        [("brannagh-ferrylink", "LOCATED_IN", "stornoway")],
    ),
    (  # buses: "raised its bid for"
        "The battle for Tarrow Bus took a new turn on Monday when Kelso Coaches, its main rival "
        "in the north, raised its bid for the Carlisle-based operator.",
        [("tarrow-bus", "LOCATED_IN", "carlisle")],
        [("kelso-coaches", "LOCATED_IN", "carlisle")],
    ),
    (  # the bid's target rejected it: "B had rejected its bid for the P-based shipper" is B
        "Halvorsen Metals said on Monday that Brightwater Shipping had rejected its bid for the "
        "Oslo-based shipper.",
        [("brightwater-shipping", "LOCATED_IN", "oslo")],
        [
            ("halvorsen-metals", "LOCATED_IN", "oslo"),
            ("brightwater-shipping", "DISPUTES", "halvorsen-metals"),
        ],
    ),
    (  # dairy: "B spurned its offer for the P-based dairy"
        "Korda Foods said that Pellan Dairy had spurned its offer for the Cork-based dairy.",
        [("pellan-dairy", "LOCATED_IN", "cork")],
        [("korda-foods", "LOCATED_IN", "cork")],
    ),
    (  # the clause's subject raised its own bid: still the bidder, never the target
        "Ostra Health said on Tuesday that Velden Pharma had raised its bid for the "
        "Basel-based drugmaker Marrow Labs.",
        [("marrow-labs", "LOCATED_IN", "basel")],
        [("velden-pharma", "LOCATED_IN", "basel"), ("ostra-health", "LOCATED_IN", "basel")],
    ),
    (  # pharma: "after A, a larger rival, sweetened its offer for the P-based drugmaker"
        "Shares in Velden Pharma jumped after Ostra Health, a larger rival, sweetened its offer "
        "for the Basel-based drugmaker.",
        [("velden-pharma", "LOCATED_IN", "basel")],
        [("ostra-health", "LOCATED_IN", "basel")],
    ),
]

SPEAKERS: list[Case] = [
    (  # baking: "P, M's chief executive, said the P-based firm", the topic another firm
        "Tellmore Patisserie collapsed last month. The Drewitt family had handed control of it "
        "to the buyout fund Quimby Buyouts in 2020.\n\nThe administrators said on Tuesday that "
        "Crumbwell Baking, Tellmore's largest rival, had struck a deal to acquire the Tellmore "
        "brand. Ottilie Sarkan, Crumbwell's chief executive, said the Wellingborough-based firm "
        "would honour all contracts.",
        [("crumbwell-baking", "LOCATED_IN", "wellingborough")],
        [("tellmore-patisserie", "LOCATED_IN", "wellingborough")],
    ),
    (  # flour: the speaker's firm named only in the title
        "Pell Mills has collapsed. Dana Roe, Harwick Flour's chief executive, said the "
        "Leicester-based firm would keep all staff.",
        [("harwick-flour", "LOCATED_IN", "leicester")],
        [("pell-mills", "LOCATED_IN", "leicester")],
    ),
    (  # telecoms: "M's chief financial officer, P, said the company"
        "Tarsk Mobile cut prices. Kordia Telecom's chief financial officer, Ivan Petrov, said "
        "the Riga-based company would not follow.",
        [("kordia-telecom", "LOCATED_IN", "riga")],
        [("tarsk-mobile", "LOCATED_IN", "riga")],
    ),
    (  # retail: "M' chief executive P said"
        "Lumen Retail cut prices. Brisa Foods' chief executive Ana Lima said the Porto-based "
        "company would not follow.",
        [("brisa-foods", "LOCATED_IN", "porto")],
        [("lumen-retail", "LOCATED_IN", "porto")],
    ),
]

PARTICIPLES: list[Case] = [
    (  # grain: "A has sued B, accusing the Cyprus company of ...", B typed a product
        "Nebraska grain trader Pellam Agrotrade has sued its former charterer, Vostran "
        "Shipholding, in federal court in Wichita, accusing the Cyprus company of walking away "
        "from a freight contract.",
        [],
        [("pellam-agrotrade", "LOCATED_IN", "cyprus"), ("pellam-agrotrade", "DISPUTES", "cyprus")],
    ),
    (  # shipping: B a candidate as well: the participle's object is B
        "Norvik Grain has sued its former shipper, Castell Lines, in a London court, accusing "
        "the Malta-based company of breaching a charter.",
        [("castell-lines", "LOCATED_IN", "malta"), ("norvik-grain", "DISPUTES", "castell-lines")],
        [("norvik-grain", "LOCATED_IN", "malta"), ("norvik-grain", "DISPUTES", "malta")],
    ),
    (  # cement: "alleging that the P-based supplier ..."
        "Holt Cement has filed a complaint against Ravel Aggregates, alleging that the "
        "Leeds-based supplier broke its contract.",
        [("ravel-aggregates", "LOCATED_IN", "leeds")],
        [("holt-cement", "LOCATED_IN", "leeds")],
    ),
    (  # retail: "A sued B, accusing the Leeds retailer of ..."
        "Corvell Brands has sued Hamble Stores, accusing the Leeds-based retailer of selling "
        "fake goods.",
        [("hamble-stores", "LOCATED_IN", "leeds")],
        [("corvell-brands", "LOCATED_IN", "leeds")],
    ),
    (  # a person subject: "P sued B, accusing the P-based company": B, the verb's object
        "Ann Lee sued Halvorsen Metals on Monday, accusing the Oslo-based company of unfair "
        "dismissal.",
        [("halvorsen-metals", "LOCATED_IN", "oslo"), ("ann-lee", "DISPUTES", "halvorsen-metals")],
        [],
    ),
    (  # an unnamed subject with a place of its own: "Workers at the plant sued B"
        "Workers at the plant sued Halvorsen Metals on Monday, accusing the Oslo company of "
        "hiding safety reports.",
        [("halvorsen-metals", "LOCATED_IN", "oslo")],
        [],
    ),
    (  # "The union attacked B, accusing the P-based company"
        "The union attacked Halvorsen Metals on Monday, accusing the Oslo-based company of "
        "underpaying staff.",
        [("halvorsen-metals", "LOCATED_IN", "oslo")],
        [],
    ),
    (  # food: "Shareholders sued B in March, accusing the P-based group"
        "Shareholders sued Korbel Foods in March, accusing the Lyon-based group of misleading "
        "investors.",
        [("korbel-foods", "LOCATED_IN", "lyon")],
        [],
    ),
    (  # a pronoun subject, its firm named before: "It sued B" is still not the subject's act
        "Tarn Mining cut 300 jobs. It sued Kell Haulage on Friday, accusing the Oslo-based "
        "company of breaking a contract.",
        [("kell-haulage", "LOCATED_IN", "oslo")],
        [("tarn-mining", "LOCATED_IN", "oslo")],
    ),
]

APPOINTED: list[Case] = [
    (  # bakery: "F was named as administrator ... The P-based company": the client
        "Tellmore Patisserie enters administration\n\nLUTON - Tellmore Patisserie, which "
        "supplies bread to 900 cafes, has entered "
        "administration.\nGreyford Insolvency was named as administrator on Monday after "
        "Stourfield Bank declined to extend its overdraft. The Luton-based company had been "
        "losing money since 2022.",
        [("tellmore-patisserie", "LOCATED_IN", "luton")],
        [("greyford-insolvency", "LOCATED_IN", "luton")],
    ),
    (  # pumps: "was appointed joint administrator"
        "Harwick Pumps has entered administration, putting 300 jobs at risk. Carr Hume Advisory "
        "was appointed joint administrator on Friday. The Derby-based company had lost money "
        "for three years.",
        [("harwick-pumps", "LOCATED_IN", "derby")],
        [("carr-hume-advisory", "LOCATED_IN", "derby")],
    ),
    (  # textiles: "has been named as liquidator"
        "Orsa Textiles collapsed in March. Bellweather Partners has been named as liquidator. "
        "The Bolton-based firm had struggled since 2021.",
        [("orsa-textiles", "LOCATED_IN", "bolton")],
        [("bellweather-partners", "LOCATED_IN", "bolton")],
    ),
    (  # pumps: a lender named after the administrator still takes the description
        "Harwick Pumps has entered administration. Carr Hume Advisory was appointed joint "
        "administrator on Friday after Penlow Bank withdrew its credit line. The Derby-based "
        "company employs 300 people.",
        [("harwick-pumps", "LOCATED_IN", "derby")],
        [("penlow-bank", "LOCATED_IN", "derby")],
    ),
]

OF_HOSTS: list[Case] = [
    (  # boilers: "X, a smaller competitor of Y based in P" inside a relative clause
        "Ostlerby has won most of the council boiler contracts since 2020.\nTom Reddy, who "
        "founded Warmline, a smaller competitor of Ostlerby based in Tonbridge, said the firm "
        "had lost nine contracts.",
        [("warmline", "LOCATED_IN", "tonbridge")],
        [("ostlerby", "LOCATED_IN", "tonbridge")],
    ),
    (  # brewing: a subject appositive
        "Kelda Brew, a smaller rival of Harrow Ales based in York, raised prices on Monday.",
        [("kelda-brew", "LOCATED_IN", "york")],
        [("harrow-ales", "LOCATED_IN", "york")],
    ),
    (  # diagnostics: an object appositive, "headquartered in"
        "Analysts praised Brisa Labs, the main competitor of Ortho Diagnostics headquartered in "
        "Lyon, for its new test.",
        [("brisa-labs", "LOCATED_IN", "lyon")],
        [("ortho-diagnostics", "LOCATED_IN", "lyon")],
    ),
]

WORKPLACES_AND_RELATIVES: list[Case] = [
    (  # forestry: "P, who covers stocks at Firm in City": where the person works
        'Fernquist Pulpworks said it would close its oldest mill. "The mill has not made '
        'money for five years," said Sigrun Oddvik, who covers forestry stocks at Brunnhof '
        "Kapitalmarkt in Gavle.",
        [],
        [("brunnhof-kapitalmarkt", "LOCATED_IN", "gavle")],
    ),
    (  # retail: "who follows retail shares at"
        '"Margins will stay thin," said Lena Holm, who follows retail shares at Kestrel '
        "Securities in Malmo.",
        [],
        [("kestrel-securities", "LOCATED_IN", "malmo")],
    ),
    (  # snacks: "B, the P-based maker A bought in March": a reduced relative's subject
        "Sales rose 9 per cent, of which about 15 million pounds came from Wavecrest Crunch, the "
        "Filey-based popcorn maker Corbridge Chipworks bought in March.",
        [("wavecrest-crunch", "LOCATED_IN", "filey")],
        [("corbridge-chipworks", "LOCATED_IN", "filey")],
    ),
    (  # dairy: "acquired last year"
        "Most of the growth came from Tarn Dairy, the Ayr-based cheesemaker Molvik Foods "
        "acquired last year.",
        [("tarn-dairy", "LOCATED_IN", "ayr")],
        [("molvik-foods", "LOCATED_IN", "ayr")],
    ),
    (  # radio: "owned until 2019"
        "Grell Media sold Voss Radio, the Bergen-based broadcaster Nordlys Group owned until "
        "2019, to a fund.",
        [("voss-radio", "LOCATED_IN", "bergen")],
        [("nordlys-group", "LOCATED_IN", "bergen")],
    ),
]

OWNER_RELATIVES: list[Case] = [
    (  # cheese: "X, a plant that ORG is building in P": the builder as well as the plant
        "Ulvsborg Ost plans to spend 300 million kroner. The largest item is Vestmark Ostehus, "
        "a cheese plant that Ulvsborg Ost is building in Brande and that a regional bank is "
        "helping to finance.",
        [("ulvsborg-ost", "LOCATED_IN", "brande"), ("vestmark-ostehus", "LOCATED_IN", "brande")],
        [],
    ),
    (  # steel: "a mill that ORG runs in P"
        "Kordel Steel cut costs at Harlow Works, a mill that Kordel Steel runs in Rotherham.",
        [("kordel-steel", "LOCATED_IN", "rotherham")],
        [],
    ),
    (  # pharma: "a factory which ORG opened in P in 2019"
        "Brisa Pharma will add staff at Tagus One, a factory which Brisa Pharma opened in Porto "
        "in 2019.",
        [("brisa-pharma", "LOCATED_IN", "porto")],
        [],
    ),
    (  # pharma: an unnamed site (measured: a contractor builds another's plant) is not read
        "Brisa Pharma will add staff at a factory which Brisa Pharma opened in Porto in 2019.",
        [("brisa-pharma", "LOCATED_IN", "porto")],
        [],
    ),
    (  # chemicals guard: a plan, not a site the firm has
        "Regulators visited a plant that Tarvik Chemicals had hoped to open in Ghent.",
        [],
        [("tarvik-chemicals", "LOCATED_IN", "ghent")],
    ),
    (  # logistics guard: a visit, not a site the firm runs
        "Inspectors closed a warehouse that Velka Logistics inspected in Brno last year.",
        [],
        [("velka-logistics", "LOCATED_IN", "brno")],
    ),
]

GUARDS: list[Case] = [
    (  # a place of work with no person: the firm sits there
        "The drug was developed at Brisa Labs in Porto.",
        [("brisa-labs", "LOCATED_IN", "porto")],
        [],
    ),
    (  # no host before the description: the name after the head is the one described
        "Sales at the Leeds-based retailer Hamble Stores rose, the company said.",
        [("hamble-stores", "LOCATED_IN", "leeds")],
        [],
    ),
    (  # no named host before the appositive: the complement keeps the seat
        "A customer of Harrow Ales based in York complained about prices.",
        [("harrow-ales", "LOCATED_IN", "york")],
        [],
    ),
    (  # the speaker opens the sentence itself: the P-based firm is the speaker
        "Harlan Steel will close its Corby works, the Sheffield-based group said on Monday.",
        [("harlan-steel", "LOCATED_IN", "sheffield")],
        [],
    ),
    (  # the bidder named in its own clause still never the target
        "Pellmoor Energy wants Dunsk Power. Pellmoor Energy lifted its bid for the "
        "Harnby-based operator on Monday.",
        [("dunsk-power", "LOCATED_IN", "harnby")],
        [("pellmoor-energy", "LOCATED_IN", "harnby")],
    ),
    (  # a name before the reporting verb, no title: nothing read from the speaker
        "Tarsk Mobile cut prices. Ivan Petrov said the Riga-based company would follow.",
        [],
        [("ivan-petrov", "LOCATED_IN", "riga")],
    ),
]

BANK = (
    REPORTED
    + BIDS
    + SPEAKERS
    + PARTICIPLES
    + APPOINTED
    + OF_HOSTS
    + WORKPLACES_AND_RELATIVES
    + OWNER_RELATIVES
    + GUARDS
)
GAPS: dict[str, str] = {
    "Harwick Pumps has entered administration. Carr": "a lender named after the appointed "
    "administrator ('after Penlow Bank withdrew its credit line') is the latest organization "
    "and takes 'the Derby-based company'; a lender of the client is not set aside",
    "Brisa Pharma will add staff at a factory": "an unnamed site's relative clause ('a factory "
    "which X opened in P') is not read: measured, it cost blind 0.003 mean P (a contractor "
    "builds another's plant); only 'NAME, a SITE that X ...' is",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_places20(case: Case) -> None:
    check(*case)
