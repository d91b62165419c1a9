"""Genre bank for the article's topic company reached through a bare job title, a described
organization in a relative clause, a described party of a dispute and a trade noun for the
profiled firm.

"Chief executive Ilona Marsk said orders were firm" paragraphs after the topic's last naming;
"Chairman Pieter Vance said the bank would ..." (the sentence's only organization is a
reference to the topic); "said Joan Corrie, who heads the co-operative"; "Holvard Capital has
attacked the board for overpaying" (the board is the topic's); "took the landlord to court";
"The studio's new thriller, Night Ferry, ...".

Each case is a short invented article (a headline line, a blank line, paragraphs one per line)
across food, mining, shipping, banking, pharma, energy, retail, media, autos, farming,
telecoms, insurance and property, in wire, profile, results and court registers. Guards: a
title in a list of another firm's executives, a former title, a regulator's or ministry's
official, an analyst's firm, a rival's executive, two companies of equal weight (no single
topic), "the board of" another body, a denied or hedged attack.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

FILLER = (
    "Prices held up well over the summer.\n"
    "Demand from China was strong, and stocks fell.\n"
    "Analysts expect prices to rise further next year.\n"
)

BARE_TITLES: list[Case] = [
    (  # mining: "Chief executive X said", the topic named four sentences before
        "Tarrow Mining lifts copper output\n\n"
        "Tarrow Mining raised copper output by 8% in the third quarter.\n" + FILLER + ""
        "Chief executive Ilona Marsk said orders were firm.",
        [("ilona-marsk", "LEADS", "tarrow-mining")],
        [],
    ),
    (  # food: a quotation, then "chief executive X told staff"
        "Velden Foods cuts 300 jobs\n\n"
        "Velden Foods will cut 300 jobs at its bakeries.\n"
        "Bread sales fell for a third year.\n"
        "Flour and energy costs rose sharply.\n"
        "Supermarkets have squeezed margins.\n"
        '"We expected worse," chief executive Ravi Tandon told staff.',
        [("ravi-tandon", "LEADS", "velden-foods")],
        [],
    ),
    (  # banking: "Chairman X said the bank would": the only organization is the topic's reference
        "Brask Bank raises dividend\n\n"
        "Brask Bank raised its dividend after profits rose 12%.\n"
        "Chairman Pieter Vance said the bank would keep lending to farmers.",
        [("pieter-vance", "LEADS", "brask-bank")],
        [],
    ),
    (  # shipping: "Chief executive X said the company", far from the name
        "Lisbeth Shipping orders four tankers\n\n"
        "Lisbeth Shipping has ordered four tankers from a Korean yard.\n"
        "Freight rates have doubled since the spring.\n"
        "Older ships are being scrapped at a record pace.\n"
        "Chief executive Marta Holm said the company had waited for prices to fall.",
        [("marta-holm", "LEADS", "lisbeth-shipping")],
        [],
    ),
    (  # retail: "Chair X", results register
        "Dorrit Stores returns to profit\n\n"
        "Dorrit Stores made a profit of 12 million in the year to March.\n"
        "Sales rose 4%, helped by warm weather.\n"
        "Online orders grew faster than store sales.\n"
        "Stock levels were cut by a fifth.\n"
        "Chair Agnes Brill said the group would reopen two stores.",
        [("agnes-brill", "LEADS", "dorrit-stores")],
        [],
    ),
    (  # pharma: "the firm" in the sentence, the chief executive's title bare
        "Quenby Therapeutics wins approval\n\n"
        "Quenby Therapeutics won approval for its asthma drug in Europe.\n"
        "The drug will reach pharmacies in June.\n"
        "Doctors have waited years for a new treatment.\n"
        "Chief executive Olaf Brandt said the firm would hire 200 staff.",
        [("olaf-brandt", "LEADS", "quenby-therapeutics")],
        [],
    ),
    (  # energy: "Managing director X said", four sentences on
        "Merrow Energy delays wind farm\n\n"
        "Merrow Energy has delayed its North Sea wind farm by a year.\n"
        "Turbine prices rose by a third.\n"
        "Interest rates have also climbed.\n"
        "Several other projects have been shelved.\n"
        "Managing director Jon Ek said costs had to come down.",
        [("jon-ek", "LEADS", "merrow-energy")],
        [],
    ),
    (  # telecoms: "President X told analysts"
        "Telvora adds subscribers\n\n"
        "Telvora added 200,000 mobile subscribers in the quarter.\n"
        "Prices for data rose 5%.\n"
        "The fibre network now reaches half of homes.\n"
        "Churn fell to a record low.\n"
        "President Chidi Obi told analysts that prices would rise again.",
        [("chidi-obi", "LEADS", "telvora")],
        [],
    ),
    (  # insurance: "Chief executive X said the insurer"
        "Holm Mutual raises premiums\n\n"
        "Holm Mutual will raise home insurance premiums by 9%.\n"
        "Storm claims doubled last year.\n"
        "Repair costs have risen faster than inflation.\n"
        "Chief executive Dana Vell said the insurer had no choice.",
        [("dana-vell", "LEADS", "holm-mutual")],
        [],
    ),
    (  # mining: a former title still LEADS (the set's convention: former roles count)
        "Tarrow Mining looks back\n\n"
        "Tarrow Mining raised copper output by 8% in the third quarter.\n" + FILLER + ""
        "Former chief executive Ilona Marsk said orders were firm.",
        [("ilona-marsk", "LEADS", "tarrow-mining")],
        [],
    ),
    (  # farming: "Founder X said", far from the name
        "Arlen Growers expands orchards\n\n"
        "Arlen Growers will plant 200 hectares of apple trees.\n"
        "Apple prices rose 10% last year.\n"
        "Imports from Poland fell.\n"
        "Frost damaged many orchards in April.\n"
        "Founder Hanna Leifsdottir said the move had been planned for years.",
        [("hanna-leifsdottir", "FOUNDED", "arlen-growers")],
        [],
    ),
    (  # court news: "Chief executive X said the company would appeal"
        "Corran Bakers loses patent case\n\n"
        "Corran Bakers lost a patent case over its bread ovens on Tuesday.\n"
        "The judge ordered it to pay damages.\n"
        "Chief executive Ida Marr said the company would appeal.",
        [("ida-marr", "LEADS", "corran-bakers")],
        [],
    ),
    (  # guard: a rival's chief executive by possessive, the topic far
        "Tarrow Mining sees rivals\n\n"
        "Tarrow Mining raised copper output by 8% in the third quarter.\n" + FILLER + ""
        "Kestrel Metals' chief executive, Ilona Marsk, said prices would fall.",
        [("ilona-marsk", "LEADS", "kestrel-metals")],
        [("ilona-marsk", "LEADS", "tarrow-mining")],
    ),
    (  # guard: a title of another company's executive, named nearby
        "Tarrow Mining lifts copper output\n\n"
        "Tarrow Mining raised copper output by 8% in the third quarter.\n" + FILLER + ""
        "Kestrel Metals chief executive Ilona Marsk said prices would fall.",
        [("ilona-marsk", "LEADS", "kestrel-metals")],
        [("ilona-marsk", "LEADS", "tarrow-mining")],
    ),
    (  # guard: an analyst at another firm
        "Tarrow Mining lifts copper output\n\n"
        "Tarrow Mining raised copper output by 8% in the third quarter.\n" + FILLER + ""
        "Ilona Marsk, an analyst at Brellis Securities, said orders were firm.",
        [],
        [("ilona-marsk", "LEADS", "tarrow-mining")],
    ),
    (  # guard: a ministry official's title
        "Pelham Farms wins grant\n\n"
        "Pelham Farms won a grant to build a biogas plant.\n"
        "Farm incomes fell last year.\n"
        "Fertiliser prices doubled.\n"
        "Minister Ruth Kell said more grants would follow.",
        [],
        [("ruth-kell", "LEADS", "pelham-farms")],
    ),
    (  # guard: two companies of equal weight, no single topic
        "Halden and Korvik to merge\n\n"
        "Halden Foods and Korvik Dairies agreed to merge on Monday.\n"
        "Both have lost market share.\n"
        "Milk prices fell sharply.\n"
        "Supermarkets have cut orders.\n"
        "Chief executive Ivo Marr said the deal made sense.",
        [],
        [("ivo-marr", "LEADS", "halden-foods"), ("ivo-marr", "LEADS", "korvik-dairies")],
    ),
    (  # guard: a regulator's chair in a sentence about the regulator
        "Wexa Water fined\n\n"
        "Wexa Water was fined 3 million for leaks.\n"
        "The leaks lasted for months.\n"
        "Customers complained about low pressure.\n"
        "Chairman Paul Dene of the Water Authority said the fine was fair.",
        [],
        [("paul-dene", "LEADS", "wexa-water")],
    ),
    (  # guard: a title in a list of another firm's executives
        "Tarrow Mining lifts copper output\n\n"
        "Tarrow Mining raised copper output by 8% in the third quarter.\n"
        "Its rival Kestrel Metals named a new board on Monday.\n"
        "Kestrel Metals named chief executive Ilona Marsk and chairman Tom Vell.",
        [],
        [("ilona-marsk", "LEADS", "tarrow-mining"), ("tom-vell", "LEADS", "tarrow-mining")],
    ),
]

RELATIVE_TITLES: list[Case] = [
    (  # banking: "said X, who chairs the bank"
        "Brask Bank profile\n\n"
        "Brask Bank lends mostly to farmers.\n"
        "Its loan book grew 8% last year.\n"
        '"Farmers repay," said Pieter Vance, who chairs the bank.',
        [("pieter-vance", "LEADS", "brask-bank")],
        [],
    ),
    (  # shipping: "X, who co-founded the carrier in 1998"
        "Lisbeth Shipping profile\n\n"
        "Lisbeth Shipping runs 40 tankers from Oslo.\n"
        "Marta Holm, who co-founded the carrier in 1998, still owns a stake.",
        [("marta-holm", "FOUNDED", "lisbeth-shipping")],
        [],
    ),
    (  # farming: "who heads the co-operative"
        "Kelby Dairies profile\n\n"
        "Kelby Dairies is a farmer-owned co-operative based in Wales.\n"
        "Milk prices fell sharply in the spring.\n"
        '"We will survive," said Joan Corrie, who heads the co-operative.',
        [("joan-corrie", "LEADS", "kelby-dairies")],
        [],
    ),
    (  # farming: subject with the relative clause, "the co-operative"
        "Kelby Dairies at fifty\n\n"
        "Kelby Dairies is a farmer-owned co-operative based in Wales.\n"
        "Milk prices fell sharply in the spring.\n"
        "Joan Corrie, who heads the co-operative, said it would survive.",
        [("joan-corrie", "LEADS", "kelby-dairies")],
        [],
    ),
    (  # food: "who ran the co-op for a decade"
        "Arlen Growers profile\n\n"
        "Arlen Growers sells apples to supermarkets across the country.\n"
        "Its members farm 3,000 hectares.\n"
        "Ulla Tills, who ran the co-op for a decade, retired in May.",
        [("ulla-tills", "LEADS", "arlen-growers")],
        [],
    ),
    (  # property: "who heads the association"
        "Builders Association warns on costs\n\n"
        "The Builders Association has 400 members across the north.\n"
        "Material prices rose again in the spring.\n"
        '"We will survive," said Joan Corrie, who heads the association.',
        [("joan-corrie", "LEADS", "the-builders-association")],
        [],
    ),
    (  # mining: "who runs the miner"
        "Tarrow Mining profile\n\n"
        "Tarrow Mining raised copper output by 8% in the third quarter.\n"
        "Prices held up well over the summer.\n"
        '"We will grow," said Joan Corrie, who runs the miner.',
        [("joan-corrie", "LEADS", "tarrow-mining")],
        [],
    ),
    (  # media: "who founded the studio in 2004"
        "Penrith Pictures profile\n\n"
        "Penrith Pictures makes thrillers for streaming services.\n"
        "It employs 120 people in Leeds.\n"
        "Ada Penn, who founded the studio in 2004, still writes scripts.",
        [("ada-penn", "FOUNDED", "penrith-pictures")],
        [],
    ),
    (  # guard: the relative clause heads another body, named in the sentence
        "Tarrow Mining profile\n\n"
        "Tarrow Mining raised copper output by 8% in the third quarter.\n"
        "Prices held up well over the summer.\n"
        '"Costs are high," said Joan Corrie, who heads the Mining Council.',
        [],
        [("joan-corrie", "LEADS", "tarrow-mining")],
    ),
]

DESCRIBED_DISPUTES: list[Case] = [
    (  # energy: "with a 5% holding, has attacked the board"
        "Merrow Energy under pressure\n\n"
        "Merrow Energy agreed to buy Delta Gas last year.\n"
        "Holvard Capital, with a 5% holding, has attacked the board for overpaying.",
        [("holvard-capital", "DISPUTES", "merrow-energy")],
        [],
    ),
    (  # banking: "criticised the board", no holding
        "Brask Bank criticised over dividend\n\n"
        "Brask Bank cut its dividend by half.\n"
        "Loan losses rose in the third quarter.\n"
        "Orwell Partners criticised the board for the cut.",
        [("orwell-partners", "DISPUTES", "brask-bank")],
        [],
    ),
    (  # retail: "the company's board"
        "Dorrit Stores under fire\n\n"
        "Dorrit Stores posted a loss last year.\n"
        "Holvard Capital, an activist fund, has criticised the company's board for overpaying.",
        [("holvard-capital", "DISPUTES", "dorrit-stores")],
        [],
    ),
    (  # property: "took the landlord to court"
        "Orlan Housing faces tenant action\n\n"
        "Orlan Housing owns 4,000 flats in Manchester.\n"
        "The Marsh Tenants Union took the landlord to court over rents.",
        [("the-marsh-tenants-union", "DISPUTES", "orlan-housing")],
        [],
    ),
    (  # property: "sued the company", far
        "Orlan Housing faces tenant action\n\n"
        "Orlan Housing owns 4,000 flats in Manchester.\n"
        "Rents rose 9% last year.\n"
        "Repairs have been slow.\n"
        "The Marsh Tenants Union sued the company over rents.",
        [("the-marsh-tenants-union", "DISPUTES", "orlan-housing")],
        [],
    ),
    (  # farming: "criticised the ministry" named before
        "Pelham Farms fined\n\n"
        "The Ministry of Agriculture fined Pelham Farms in May.\n"
        "Pelham Farms has criticised the ministry for the delay.",
        [("pelham-farms", "DISPUTES", "ministry-of-agriculture")],
        [],
    ),
    (  # autos: "attacked management"
        "Volkmar Motors strike\n\n"
        "Volkmar Motors cut 900 jobs at its plant in Graz.\n"
        "The Metal Workers Union attacked management for the cuts.",
        [("the-metal-workers-union", "DISPUTES", "volkmar-motors")],
        [],
    ),
    (  # guard: no single topic (a merger of equals), whose board is unclear
        "Halden and Korvik to merge\n\n"
        "Halden Foods and Korvik Dairies agreed to merge on Monday.\n"
        "Orwell Partners criticised the board for the price.",
        [],
        [("orwell-partners", "DISPUTES", "halden-foods")],
    ),
    (  # guard: the board of another body
        "Brask Bank cuts dividend\n\n"
        "Brask Bank cut its dividend by half.\n"
        "Orwell Partners criticised the board of the Farm Lending Fund for the cut.",
        [],
        [("orwell-partners", "DISPUTES", "brask-bank")],
    ),
    (  # guard: a denied attack
        "Brask Bank cuts dividend\n\n"
        "Brask Bank cut its dividend by half.\n"
        "Orwell Partners has not criticised the board.",
        [],
        [("orwell-partners", "DISPUTES", "brask-bank")],
    ),
    (  # guard: praise, not an attack
        "Brask Bank cuts dividend\n\n"
        "Brask Bank cut its dividend by half.\n"
        "Orwell Partners praised the board for the cut.",
        [],
        [("orwell-partners", "DISPUTES", "brask-bank")],
    ),
]

TRADE_NOUN_OWNS: list[Case] = [
    (  # media: "The studio's new thriller, Night Ferry"
        "Penrith Pictures hits the box office\n\n"
        "Penrith Pictures had its best year yet.\n"
        "The studio's new thriller, Night Ferry, took $40 million in its first week.",
        [("penrith-pictures", "OWNS", "night-ferry")],
        [],
    ),
    (  # drinks: "the brewer, whose range includes A and B"
        "Brindle Brewing lifts sales\n\n"
        "Brindle Brewing sold more beer in pubs last year.\n"
        "The brewer, whose range includes Arden Ale and Kesh Stout, raised prices.",
        [("brindle-brewing", "OWNS", "arden-ale"), ("brindle-brewing", "OWNS", "kesh-stout")],
        [],
    ),
    (  # pharma: "the drugmaker's best-selling drug, Corbel"
        "Dunmore Pharma beats forecasts\n\n"
        "Dunmore Pharma beat forecasts in the third quarter.\n"
        "The drugmaker's best-selling drug, Corbel, grew 20%.",
        [("dunmore-pharma", "OWNS", "corbel")],
        [],
    ),
    (  # media: "Its new comedy, Pale Harbour", a pronoun possessor
        "Orrin Studios lifts revenue\n\n"
        "Orrin Studios lifted revenue by a fifth last year.\n"
        "Its new comedy, Pale Harbour, drew ten million viewers.",
        [("orrin-studios", "OWNS", "pale-harbour")],
        [],
    ),
    (  # music: "the label's new album, Low Tide"
        "Wexley Records signs more bands\n\n"
        "Wexley Records signed six bands in the spring.\n"
        "The label's new album, Low Tide, topped the charts in May.",
        [("wexley-records", "OWNS", "low-tide")],
        [],
    ),
    (  # guard: a rival's product in the same sentence
        "Penrith Pictures hits the box office\n\n"
        "Penrith Pictures had its best year yet.\n"
        "Rival Halden Films' new thriller, Night Ferry, took $40 million in its first week.",
        [],
        [("penrith-pictures", "OWNS", "night-ferry")],
    ),
]

GAPS: dict[str, str] = {
    "Kelby Dairies": "'the co-operative' is no reference yet (adding the hyphenated spelling to "
    "the anaphora nouns cost precision on a blind set)",
    "Wexley Records": "'the label' is no reference to a record company yet",
}


@pytest.mark.parametrize("case", gap_params(BARE_TITLES, GAPS))
def test_bare_titles(case: Case) -> None:
    check(*case)


@pytest.mark.parametrize("case", gap_params(RELATIVE_TITLES, GAPS))
def test_relative_titles(case: Case) -> None:
    check(*case)


@pytest.mark.parametrize("case", gap_params(DESCRIBED_DISPUTES, GAPS))
def test_described_disputes(case: Case) -> None:
    check(*case)


@pytest.mark.parametrize("case", gap_params(TRADE_NOUN_OWNS, GAPS))
def test_trade_noun_owns(case: Case) -> None:
    check(*case)
