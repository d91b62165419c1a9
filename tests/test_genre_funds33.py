"""Genre bank for money readings of round 33: what an opening "It" means after a person's act,
costs covered inside another clause, agents after an appositive with a place in it, minority
holders that bought in, and a relative after a name with its home town.

- "Her appointment to run the new plant angered two directors. It was backed by A": "It" is the
  appointment, not the firm, so A funds nothing; a firm or a plural head before the verb, or a
  name in the opening phrase, leaves "It" to the firm as before.
- A cost covered by a subject inside a clause of its own ("A said ... in a market where tariffs
  hardly covered costs") is no share paid by the speaker; an appositive relative closed by
  its comma ("B, which owns half the venture, will pay for the rest") still pays.
- "financed by A, a Vigo lender, and by B": an appositive whose noun a place modifies ends at its
  comma, so B is an agent too; a place that is no modifier ends the list as before.
- "X is 35% owned by A, a fund that bought into X back in 2016": A funds X as well; a
  majority holder, a holder that bought something else, or a plan to buy does not.
- "owned by A of Oslo, which has put €6m into the company": the relative is said of A, not its
  town; inside an appositive ("a Jersey entity run by B of Lyon, which acquired 57%") which is
  ambiguous and nothing is read.

Each case is a short invented text, across lifts, ferries, dairies, tyres, bakeries, boats,
quarries, textiles, printing, clinics, seeds, software, bricks and glass.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

PERSON_ACTS: list[Case] = [
    (  # lifts: an appointment opens the sentence before "It was backed by"
        "Anna Kolb has run Vestra Lifts since 2022. Her appointment to run the new plant angered "
        "two directors. It was backed by the Orlin Foundation, which holds 52% of Vestra.",
        [("orlin-foundation", "OWNS", "vestra-lifts")],
        [("orlin-foundation", "FUNDS", "vestra-lifts")],
    ),
    (  # ferries: "His decision was" then "It was supported by"
        "Tor Lund runs Fjordline Ferries. His decision was simple: buy two more ships. It was "
        "supported by Vestbank, the regional lender.",
        [],
        [("vestbank", "FUNDS", "fjordline-ferries"), ("vestbank", "BACKS", "fjordline-ferries")],
    ),
    (  # dairies: a decision
        "Mara Quist chairs Dalby Dairy. Her decision to close two plants angered staff. It "
        "was backed by Skane Capital.",
        [],
        [("skane-capital", "FUNDS", "dalby-dairy")],
    ),
    (  # dairies: a name inside the act's phrase
        "Mara Quist chairs Dalby Dairy. Her decision to close the Lund plant angered staff. It "
        "was backed by Skane Capital.",
        [],
        [("skane-capital", "FUNDS", "dalby-dairy")],
    ),
    (  # tyres: an election as chair
        "Peter Holm was elected chairman of Renvo Rubber in May. His election surprised the "
        "founders. It was funded by nobody, he joked.",
        [("peter-holm", "LEADS", "renvo-rubber")],
        [],
    ),
    (  # guard (bakeries): a firm opens the sentence, "It" is the firm
        "Pao Norte bakes bread in Porto. The bakery was founded in 1990. It was backed by "
        "Ribeira Capital in 2015.",
        [("ribeira-capital", "FUNDS", "pao-norte")],
        [],
    ),
    (  # guard (boats): a name-led sentence, "It" the firm
        "Kessa Boats builds dinghies in Cork. Kessa moved to a larger yard in 2019. It was "
        "financed by Lee Bank.",
        [("lee-bank", "FUNDS", "kessa-boats")],
        [],
    ),
    (  # guard (quarries): "His" before a plural head
        "Ian Rowe runs Carn Quarries. His shares were sold in 2020. It was financed by Tamar Bank.",
        [("tamar-bank", "FUNDS", "carn-quarries")],
        [],
    ),
]

INNER_COSTS: list[Case] = [
    (  # textiles: a reported clause with its own subject
        "Lanvo Mills and Orta Dye are building the Brisa Works, a $40m dye plant. Each side will "
        "provide $20m of equity. Ana Reis, who advised Lanvo until 2022, said mergers made sense "
        "in a market where tariffs hardly covered costs.",
        [("lanvo-mills", "FUNDS", "brisa-works"), ("orta-dye", "FUNDS", "brisa-works")],
        [("ana-reis", "FUNDS", "brisa-works")],
    ),
    (  # printing: "where" opens the inner clause
        "Dorn Print and Kale Paper are building the Mosel Works, a $30m printing hall. Each "
        "side will provide $15m of equity. Ivo Dorn said the town, where wages barely covered "
        "costs, needed the jobs.",
        [("dorn-print", "FUNDS", "mosel-works"), ("kale-paper", "FUNDS", "mosel-works")],
        [("ivo-dorn", "FUNDS", "mosel-works")],
    ),
    (  # clinics: an appositive relative closed by its comma still pays
        "Velo Care and Astra Health are building the Nordby Clinic, a $50m hospital. Astra, "
        "which owns half the venture, will pay for the remainder from its own cash.",
        [("astra-health", "FUNDS", "nordby-clinic")],
        [],
    ),
]

APPOSED_AGENTS: list[Case] = [
    (  # dairies: a place modifying the appositive's noun
        "Lacteos Norte is building Project Vela, a 60m euro creamery in Lugo. Project Vela is "
        "financed by Banco Costa, a Vigo lender, and by Norva Bank.",
        [("banco-costa", "FUNDS", "project-vela"), ("norva-bank", "FUNDS", "project-vela")],
        [],
    ),
    (  # seeds: without the second "by"
        "Semilla Sur is building Project Trigo, a seed plant in Seville. The project is "
        "financed by Banco Ebro, a Zaragoza lender, and the European Investment Bank.",
        [
            ("banco-ebro", "FUNDS", "project-trigo"),
            ("european-investment-bank", "FUNDS", "project-trigo"),
        ],
        [],
    ),
    (  # software: founders, one with a Cork appositive
        "Tallo Code was founded in 2015 by Aoife Ryan, a Cork engineer, and the designer Liam "
        "Kerr.",
        [("aoife-ryan", "FOUNDED", "tallo-code"), ("liam-kerr", "FOUNDED", "tallo-code")],
        [],
    ),
    (  # guard (bricks): a place that ends the appositive's list, no member after it
        "Rubra Bricks is building Project Forno, a kiln in Leeds. The project is financed by "
        "Aire Bank, a lender in Leeds, and opens in 2027.",
        [("aire-bank", "FUNDS", "project-forno")],
        [("leeds", "FUNDS", "project-forno")],
    ),
]

BOUGHT_IN: list[Case] = [
    (  # tyres: a minority passive, the holder's appositive says it bought in
        "Renvo Rubber recycles tyres in Ghent. Renvo is 35% owned by Oslin Partners, a "
        "Brussels buyout house that bought into the recycler back in 2016.",
        [("oslin-partners", "OWNS", "renvo-rubber"), ("oslin-partners", "FUNDS", "renvo-rubber")],
        [],
    ),
    (  # glass: ", which bought in during 2019"
        "Vitra Glass makes bottles. Vitra is 30% owned by Kappel Invest, which bought in during "
        "2019.",
        [("kappel-invest", "OWNS", "vitra-glass"), ("kappel-invest", "FUNDS", "vitra-glass")],
        [],
    ),
    (  # guard (tyres): a majority holder that bought in is OWNS alone
        "Renvo Rubber recycles tyres in Ghent. Renvo is 64% owned by Oslin Partners, a "
        "Brussels buyout house that bought into the recycler back in 2016.",
        [("oslin-partners", "OWNS", "renvo-rubber")],
        [("oslin-partners", "FUNDS", "renvo-rubber")],
    ),
    (  # guard (glass): the holder bought another company
        "Vitra Glass makes bottles. Vitra is 30% owned by Kappel Invest, which bought Sorn "
        "Foods in 2019.",
        [("kappel-invest", "OWNS", "vitra-glass")],
        [("kappel-invest", "FUNDS", "vitra-glass")],
    ),
    (  # guard (glass): a holder that plans to buy
        "Vitra Glass makes bottles. Vitra is 30% owned by Kappel Invest, a fund that plans to "
        "buy the rest.",
        [("kappel-invest", "OWNS", "vitra-glass")],
        [("kappel-invest", "FUNDS", "vitra-glass")],
    ),
    (  # guard (tyres): the relative took no stake
        "Renvo Rubber recycles tyres. Renvo is 45% owned by Oslin Partners, which took a seat "
        "on the board in 2019.",
        [("oslin-partners", "OWNS", "renvo-rubber")],
        [("oslin-partners", "FUNDS", "renvo-rubber")],
    ),
    (  # tyres: the holding purchased from the founders
        "Renvo Rubber recycles tyres. Renvo is 30% owned by Oslin Partners, which purchased "
        "the holding from the founders in 2016.",
        [("oslin-partners", "FUNDS", "renvo-rubber")],
        [],
    ),
    (  # guard (bakeries): no share stated
        "Pao Norte bakes bread. Pao Norte is owned by Ribeira Capital, a Lisbon fund that "
        "bought the chain in 2016.",
        [("ribeira-capital", "OWNS", "pao-norte")],
        [("ribeira-capital", "FUNDS", "pao-norte")],
    ),
]

HOME_TOWNS: list[Case] = [
    (  # ferries: "of Oslo, which invested"
        "Norsk Ferja runs ferries in Bergen. Norsk Ferja is majority-owned by Dahl Holding of "
        "Oslo, which has put 7 million euros into the company since 2020.",
        [("dahl-holding", "OWNS", "norsk-ferja"), ("dahl-holding", "FUNDS", "norsk-ferja")],
        [("oslo", "FUNDS", "norsk-ferja")],
    ),
    (  # ferries: a bank whose name holds "of"
        "Norsk Ferja runs ferries in Bergen. The Bank of Scotland, which lent 9 million euros to "
        "the operator, said it was pleased.",
        [("bank-of-scotland", "FUNDS", "norsk-ferja")],
        [],
    ),
    (  # guard (ferries): a manager inside an appositive: which is ambiguous
        "Norsk Ferja runs ferries in Bergen. Norsk Ferja is majority-owned by the Dahl Trust, an "
        "entity run by Orm Capital of Oslo, which acquired 57% of the operator in 2020.",
        [("dahl-trust", "OWNS", "norsk-ferja")],
        [("orm-capital", "OWNS", "norsk-ferja"), ("orm-capital", "FUNDS", "norsk-ferja")],
    ),
    (  # guard (microlenders): a place-modified appositive around the manager
        "Tumara, a Kampala lender, is majority-owned by the Orel Credit Trust, a Jersey entity "
        "run by Orel Capital of Lyon, which acquired 57% of the lender in 2020.",
        [("orel-credit-trust", "OWNS", "tumara")],
        [("orel-capital", "OWNS", "tumara")],
    ),
    (  # ferries: a buyer of shares by its town, then its stake
        "Norsk Ferja runs ferries. Shares were bought by Vik Invest of Bergen, which now owns "
        "12% of the operator.",
        [("vik-invest", "OWNS", "norsk-ferja")],
        [("bergen", "OWNS", "norsk-ferja")],
    ),
    (  # guard (ferries): a person's town is no company
        "Norsk Ferja runs ferries in Bergen. The mayor of Oslo, who praised the operator in "
        "2020, said she was pleased.",
        [],
        [("oslo", "BACKS", "norsk-ferja"), ("oslo", "FUNDS", "norsk-ferja")],
    ),
]

# mend33: what the "It" sentence says decides whether it is the act or the firm
ACT_OR_FIRM: list[Case] = [
    (  # tiles: a firm's holding after a person's transfer
        "Lena Moss runs Corvin Tiles. Her transfer to the board was approved. It owns 20% of "
        "Pelham Leasing.",
        [("corvin-tiles", "OWNS", "pelham-leasing")],
        [],
    ),
    (  # tiles: a firm's sites after a decision
        "Omar Idris leads Tessaly Foods. His decision to sell the frozen unit surprised analysts. "
        "It operates four bakeries in Cardiff.",
        [("tessaly-foods", "LOCATED_IN", "cardiff")],
        [],
    ),
    (  # tiles: sued after a criticised move
        "Piet Varn runs Corvin Tiles. His move to cut jobs was criticised. It was sued by Brant "
        "Supplies.",
        [("brant-supplies", "DISPUTES", "corvin-tiles")],
        [],
    ),
    (  # cork: owned, in the present, after a welcomed cut
        "Ana Ribas runs Solano Cork. Her cut in prices was welcomed. It is owned by Halvard "
        "Holding.",
        [("halvard-holding", "OWNS", "solano-cork")],
        [],
    ),
    (  # shipping: "is backed by", a lasting tie, after an announced writedown
        "Hans Tver runs Tver Shipping. His writedown of the fleet was announced. It is backed by "
        "Norvik Kapital.",
        [("norvik-kapital", "FUNDS", "tver-shipping")],
        [],
    ),
    (  # coats: a rival after a move
        "Rolf Jessen leads Jessen Coats. His move angered unions. It competes with Selby Coats.",
        [("jessen-coats", "COMPETES_WITH", "selby-coats")],
        [],
    ),
    (  # mills: bought after a statement (no act of money)
        "Amy Corr runs Corr Flour. Her statement was read out at the meeting. It was bought by "
        "Kestin Mills in 2019.",
        [("kestin-mills", "OWNS", "corr-flour")],
        [],
    ),
    (  # guard (ferries): a purchase then "It was financed by": the purchase
        "Tor Aune runs Marlo Ferries. His purchase of two ships was completed in May. It was "
        "financed by Ostra Bank.",
        [],
        [("ostra-bank", "FUNDS", "marlo-ferries")],
    ),
    (  # guard (telecoms): a pledge then "It was backed by": the pledge
        "Ida Varo heads Pecs Telecom. Her pledge to cut prices was welcomed. It was backed by "
        "Brava Capital.",
        [],
        [("brava-capital", "FUNDS", "pecs-telecom")],
    ),
    (  # guard (mills): a purchase then "It was blocked by": the purchase
        "Amy Corr runs Corr Flour. Her purchase of a rival mill was announced. It was blocked "
        "by Kestin Mills.",
        [],
        [("kestin-mills", "DISPUTES", "corr-flour")],
    ),
]

# mend33: a minority holder funds only when it bought into the owned firm itself
BOUGHT_WHAT: list[Case] = [
    (  # guard (grocers): bought into a trade
        "Pella Market sells groceries. Pella is 25% owned by Rook Holding, a fund that bought "
        "into retail in 2016.",
        [("rook-holding", "OWNS", "pella-market")],
        [("rook-holding", "FUNDS", "pella-market")],
    ),
    (  # guard (cement): invested in other things
        "Ostby Cement makes clinker. Ostby is 15% owned by Fenn Invest, which has invested "
        "heavily in wind farms.",
        [("fenn-invest", "OWNS", "ostby-cement")],
        [("fenn-invest", "FUNDS", "ostby-cement")],
    ),
    (  # guard (boats): the firm's debt
        "Tarn Boats builds dinghies. Tarn is 30% owned by Lyle Capital, which bought its debt "
        "in 2018.",
        [("lyle-capital", "OWNS", "tarn-boats")],
        [("lyle-capital", "FUNDS", "tarn-boats")],
    ),
    (  # guard (grocers): a rival bought
        "Pella Market sells groceries. Pella is 25% owned by Rook Holding, which bought the "
        "rival chain in 2016.",
        [("rook-holding", "OWNS", "pella-market")],
        [("rook-holding", "FUNDS", "pella-market")],
    ),
    (  # cork: invested, no object, a date
        "Sabor Cork makes stoppers. Sabor is 30% owned by Lamas Holding, which invested in 2019.",
        [("lamas-holding", "OWNS", "sabor-cork"), ("lamas-holding", "FUNDS", "sabor-cork")],
        [],
    ),
    (  # cork: "bought it"
        "Sabor Cork makes stoppers. Sabor is 30% owned by Lamas Holding, which bought it in 2020.",
        [("lamas-holding", "FUNDS", "sabor-cork")],
        [],
    ),
    (  # grocers: into the firm by name
        "Pella Market sells groceries. Pella is 25% owned by Rook Holding, which bought into "
        "Pella in 2016.",
        [("rook-holding", "FUNDS", "pella-market")],
        [],
    ),
]

# mend33: "it" in a relative on a buyer or seller is the thing that changed hands
SOLD_THINGS: list[Case] = [
    (  # guard (ferries): a ship sold to a buyer with its town
        "Marlo Ferries sold a ship to Tenby Reederei of Kiel, which paid 12m euros for it.",
        [],
        [("tenby-reederei", "OWNS", "marlo-ferries")],
    ),
    (  # guard (ferries): a unit sold, no town
        "Marlo Ferries sold its cargo unit to Tenby Reederei, which paid 9m euros for it.",
        [],
        [("tenby-reederei", "OWNS", "marlo-ferries")],
    ),
    (  # guard (cables): a plant bought from a seller that had invested in it
        "Corda Cables bought a plant from Wendel Kabel of Kiel, which had invested 10m euros "
        "in it.",
        [],
        [("wendel-kabel", "FUNDS", "corda-cables")],
    ),
    (  # guard (lifts): a unit sold to a buyer that will invest in it
        "Aster Lifts sold its Polish unit to Kolmar Elevators of Vienna, which will invest 8m "
        "euros in it.",
        [],
        [("kolmar-elevators", "FUNDS", "aster-lifts")],
    ),
    (  # ferries: the firm itself bought, "paid for it" in a relative on the buyer
        "Marlo Ferries was bought by Tenby Reederei, which paid 12m euros for it.",
        [("tenby-reederei", "OWNS", "marlo-ferries")],
        [],
    ),
]

# re-review 33: a bid to do something is no act of money, and money in the "It" sentence backs
# the firm; a description of the thing sold, in a relative on its buyer, is that thing
RE_REVIEW: list[Case] = [
    (  # motors: a lender after a bid to expand
        "Karl Moss heads Quarn Motors. His bid to expand abroad was endorsed by shareholders. It "
        "was backed by Cobalt Bank, which lent 40m euros.",
        [("cobalt-bank", "FUNDS", "quarn-motors")],
        [],
    ),
    (  # motors: financed after a bid to expand
        "Karl Moss heads Quarn Motors. His bid to expand abroad was endorsed. It was financed by "
        "Vell Bank.",
        [("vell-bank", "FUNDS", "quarn-motors")],
        [],
    ),
    (  # guard (foods): a pledge backed, no money named
        "Ana Ruiz chairs Lotta Foods. Her pledge to double wages was welcomed. It was backed by "
        "Brava Capital.",
        [],
        [("brava-capital", "FUNDS", "lotta-foods"), ("brava-capital", "BACKS", "lotta-foods")],
    ),
    (  # guard (dairies): the unit sold, not the seller
        "Elm Farms makes cheese. Elm Farms sold its dairy unit to Holm Farms of Aarhus, which "
        "will invest 120m euros in the unit.",
        [],
        [("holm-farms", "FUNDS", "elm-farms")],
    ),
    (  # guard (seeds): "seed" before a noun of goods names no seed round
        "Elm Farms breeds wheat. Elm Farms sold its seed variety unit to Holm Farms of Aarhus, "
        "which will invest 120m euros in the plant.",
        [],
        [("holm-farms", "FUNDS", "elm-farms")],
    ),
    (  # freight: the firm sold, named before, is "the firm"
        "Ibrahim Sadiq founded Routewise. In 2016 he sold Routewise to Atlas Freight, which will "
        "invest 20m in the firm.",
        [("atlas-freight", "FUNDS", "routewise"), ("atlas-freight", "OWNS", "routewise")],
        [],
    ),
]

# mend33: a list member's own appositive before a verb of its own (known gap)
LIST_SUBJECTS: list[Case] = [
    (  # grain: the chair speaks, she does not lend
        "Project Sorgo is financed by Banco Tajo, a Toledo lender, and Marta Ruiz, its chair, "
        "said the loan was cheap.",
        [("banco-tajo", "FUNDS", "project-sorgo")],
        [("marta-ruiz", "FUNDS", "project-sorgo")],
    ),
]

BANK = (
    PERSON_ACTS
    + INNER_COSTS
    + APPOSED_AGENTS
    + BOUGHT_IN
    + HOME_TOWNS
    + ACT_OR_FIRM
    + BOUGHT_WHAT
    + SOLD_THINGS
    + RE_REVIEW
    + LIST_SUBJECTS
)
GAPS: dict[str, str] = {
    "Elm Farms breeds wheat. Elm Farms sold its seed variety": (
        "'seed' before a noun of goods is read as a seed round, whose company the buyer's "
        "'will invest 120m euros' then funds (rounds.paid_in)"
    ),
    "Mara Quist chairs Dalby Dairy. Her decision to close the Lund": (
        "a name inside a person's act phrase ends it (kept narrow: 'His firm, Orvel, was sold')"
    ),
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_funds33(case: Case) -> None:
    check(*case)
