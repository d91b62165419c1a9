"""Genre bank for the right pair read in the wrong direction, and lexical false triggers
(round 19, precdir).

A holder's own vehicle after "via/through" and a possessive ("Kelvin Group controls Harlow
Foods through its holding company Vesta Partners", "Harlow Foods is 30% owned by Kelvin Group
via its holding vehicle Vesta Partners") is owned by the holder named in that clause (the
passive's agent, else the holding verb's subject), never the other way round and never by the
firm held. A verb of beginning before a gerund ("will begin operating the Brenna depot",
"started running the Kelda line") is no founding, and an "if" clause in the past perfect or
with a "would/could/might" consequent only supposes its act ("If Otto Wynn had started Harlow
Foods, it would be bigger"). A firm that makes a product the sentence names is no rival of
another firm's product ("Velta, Brisk Labs's cream, is a rival to Dermix from Pellmoor Pharma":
the creams compete), and an appositive the sentence never closes keeps its "to" ("sells Velta,
a rival to Pellmoor Pharma's Dermix": no sale). The bank also keeps the directions the rules
already read ("received an investment from", "X's purchase of Y", "sold a stake to Z") and the
lexical traps ("raised her price target", "shares rose 9%", "will launch a new fund at", "has
backed the bid") as guards.

Each case is a short invented text (relations that must be found, relations that must not be),
across food, mining, rail, pharma, energy, wine, banking, logistics and motoring.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

VIA_VEHICLES: list[Case] = [
    (  # food: active, "through its holding company V": the holder owns V
        "Kelvin Group controls Harlow Foods through its holding company Vesta Partners.",
        [("kelvin-group", "OWNS", "harlow-foods"), ("kelvin-group", "OWNS", "vesta-partners")],
        [("vesta-partners", "OWNS", "kelvin-group")],
    ),
    (  # food: passive, "its" is the agent's, not the patient's
        "Harlow Foods is 30% owned by Kelvin Group via its holding vehicle Vesta Partners.",
        [("kelvin-group", "OWNS", "harlow-foods"), ("kelvin-group", "OWNS", "vesta-partners")],
        [("harlow-foods", "OWNS", "vesta-partners")],
    ),
    (  # wine: a person's vehicle, percent stake
        "Ada Vorn holds 40% of Tarsa Wines through her holding vehicle Vesta Partners.",
        [("ada-vorn", "OWNS", "tarsa-wines"), ("ada-vorn", "OWNS", "vesta-partners")],
        [("tarsa-wines", "OWNS", "vesta-partners")],
    ),
    (  # wine: passive, a vehicle noun that is no role noun, after a comma
        "Tarsa Wines is controlled by Ada Vorn through her investment company, Vesta Holdings.",
        [("ada-vorn", "OWNS", "vesta-holdings"), ("vesta-holdings", "OWNS", "tarsa-wines")],
        [("tarsa-wines", "OWNS", "vesta-holdings")],
    ),
    (  # mining: object relative clause
        "Orvik Mining, which Kelvin Group holds through its subsidiary Vesta Partners, cut jobs.",
        [("kelvin-group", "OWNS", "vesta-partners")],
        [("orvik-mining", "OWNS", "vesta-partners"), ("vesta-partners", "OWNS", "kelvin-group")],
    ),
    (  # banking: a second sentence, "its" after a pronoun subject
        "Kelvin Group is a Leeds investor. It owns 12% of Brisk Bank via its investment "
        "vehicle Vesta Capital.",
        [("kelvin-group", "OWNS", "brisk-bank"), ("kelvin-group", "OWNS", "vesta-capital")],
        [("brisk-bank", "OWNS", "vesta-capital"), ("vesta-capital", "OWNS", "kelvin-group")],
    ),
    (  # must still give: "the holding company of Y" apposed
        "Vesta Partners, the holding company of Harlow Foods, reported a loss.",
        [("vesta-partners", "OWNS", "harlow-foods")],
        [("harlow-foods", "OWNS", "vesta-partners")],
    ),
    (  # must still give: "Y's holding company, V" (no "via")
        "Harlow Foods's holding company, Vesta Partners, reported a loss.",
        [("vesta-partners", "OWNS", "harlow-foods")],
        [("harlow-foods", "OWNS", "vesta-partners")],
    ),
    (  # guard: "through its parent V": V holds "its" (no vehicle of the holder)
        "Kelda Rail is run through its parent Vesta Partners.",
        [],
        [("kelda-rail", "OWNS", "vesta-partners")],
    ),
    (  # guard: selling through a distribution firm is no holding
        "Harlow Foods said it would sell through its distribution company Vesta Partners.",
        [],
        [("harlow-foods", "OWNS", "vesta-partners")],
    ),
]

DIRECTIONS: list[Case] = [
    (  # food: "received an investment from"
        "Tessa Foods received an investment from Orvik Capital last year.",
        [("orvik-capital", "FUNDS", "tessa-foods")],
        [("tessa-foods", "OWNS", "orvik-capital"), ("tessa-foods", "FUNDS", "orvik-capital")],
    ),
    (  # food: relative clause, coordinated investors
        "Tessa Foods, which has received investments from Orvik Capital and Brisk Ventures, "
        "hired Ada Vorn.",
        [("orvik-capital", "FUNDS", "tessa-foods"), ("brisk-ventures", "FUNDS", "tessa-foods")],
        [("tessa-foods", "OWNS", "brisk-ventures")],
    ),
    (  # steel: "X's purchase of Y"
        "Brannock Steel's purchase of Lyle Metals closed in May.",
        [("brannock-steel", "OWNS", "lyle-metals")],
        [("lyle-metals", "OWNS", "brannock-steel")],
    ),
    (  # steel: "the purchase of Y by X"
        "The purchase of Lyle Metals by Brannock Steel closed in May.",
        [("brannock-steel", "OWNS", "lyle-metals")],
        [("lyle-metals", "OWNS", "brannock-steel")],
    ),
    (  # steel: "whose purchase by X"
        "Lyle Metals, whose purchase by Brannock Steel closed in May, cut jobs.",
        [("brannock-steel", "OWNS", "lyle-metals")],
        [("lyle-metals", "OWNS", "brannock-steel")],
    ),
    (  # biotech: "sold a stake to Z", relative clause: no seller FUNDS Z
        "Brisk Labs, which sold a stake to Zell Capital last year, hired Ada Vorn.",
        [("zell-capital", "FUNDS", "brisk-labs")],
        [("brisk-labs", "FUNDS", "zell-capital"), ("brisk-labs", "OWNS", "zell-capital")],
    ),
    (  # regulation: a penalty after a watchdog's probe is no dispute of the watchdog
        "Kelso Bank will pay a $3 million penalty after a probe by the Financial Conduct "
        "Authority.",
        [],
        [("kelso-bank", "DISPUTES", "financial-conduct-authority")],
    ),
    (  # regulation: "agreed to pay a fine after an investigation by"
        "Kelso Bank agreed to pay a fine after an investigation by the Competition Authority.",
        [],
        [("kelso-bank", "DISPUTES", "competition-authority")],
    ),
]

LEXICAL: list[Case] = [
    (  # mining: "will begin operating the X depot" is no founding
        "Tarsa Rail will begin operating the Brenna depot, which Kelda Rail built.",
        [],
        [("tarsa-rail", "FOUNDED", "brenna")],
    ),
    (  # mining: a person, "start operating"
        "Otto Wynn will start operating the Brenna mine next year.",
        [],
        [("otto-wynn", "FOUNDED", "brenna")],
    ),
    (  # rail: past tense, "started running"
        "Kelda Rail started running the Brenna line in 2019.",
        [],
        [("kelda-rail", "FOUNDED", "brenna")],
    ),
    (  # logistics: "began operating", a pronoun subject
        "Tarsa Logistics won the tender. It began operating the Brenna terminal in 2019.",
        [],
        [("tarsa-logistics", "FOUNDED", "brenna")],
    ),
    (  # must still give: "started" with its own object
        "Ada Vorn started Kelda Rail in 2009 and still runs it.",
        [("ada-vorn", "FOUNDED", "kelda-rail")],
        [],
    ),
    (  # must still give: "started holding company X" (a noun, no gerund)
        "In 2015 Ada Vorn started Brenna Logistics, a haulier.",
        [("ada-vorn", "FOUNDED", "brenna-logistics")],
        [],
    ),
    (  # food: a supposed founding, past perfect under "if"
        "If Otto Wynn had started Harlow Foods in Leeds, it would be bigger.",
        [],
        [("otto-wynn", "FOUNDED", "harlow-foods")],
    ),
    (  # rail: "if he started X now, it would ..."
        "Otto Wynn sold his farm. If he started Kelda Rail now, he said, it would fail.",
        [],
        [("otto-wynn", "FOUNDED", "kelda-rail")],
    ),
    (  # wine: the inverted counterfactual
        "Had she founded Tarsa Wines earlier, Ada Vorn would have sold it by now.",
        [],
        [("ada-vorn", "FOUNDED", "tarsa-wines")],
    ),
    (  # must still give: "even if" concedes the fact
        "Even if Ada Vorn founded Tarsa Wines, she no longer runs it, Otto Wynn said.",
        [("ada-vorn", "FOUNDED", "tarsa-wines")],
        [],
    ),
    (  # must still give: a condition after the act in another clause
        "Ada Vorn founded Tarsa Wines in 2001. If sales fall, it would close a cellar.",
        [("ada-vorn", "FOUNDED", "tarsa-wines")],
        [],
    ),
    (  # ferries: the main clause after "If ...," is no supposition (review 19 B1)
        "If the talks fail, Orsk Group chief executive Ann Lee said the company could sell its"
        " ferries.",
        [("ann-lee", "LEADS", "orsk-group")],
        [],
    ),
    (  # buses: a relative on the main clause's subject after "If ...,"
        "If fares rise, Tarn Buses, which Ann Lee founded in 2009, could lose riders.",
        [("ann-lee", "FOUNDED", "tarn-buses")],
        [],
    ),
    (  # rail: a title inside the "if" clause is no supposed act
        "If Kelda Rail chief executive Ann Lee gets her way, the firm could buy Tarn Buses.",
        [("ann-lee", "LEADS", "kelda-rail")],
        [],
    ),
    (  # mining: a possessive title inside the "if" clause
        "If Brenna Mining's chairman Otto Wynn wins the vote, the miner might sell Kelda Rail.",
        [("otto-wynn", "LEADS", "brenna-mining")],
        [],
    ),
    (  # wine: the supposed act itself stays blocked past a closed "if" clause's own verb
        "If Ada Vorn bought Tarsa Wines, it could double its sales.",
        [],
        [("ada-vorn", "OWNS", "tarsa-wines")],
    ),
    (  # banking: "raised her price target" is no funding
        "Ada Vorn, an analyst at Dray Securities, raised her price target on Kelmar Foods.",
        [],
        [("ada-vorn", "FUNDS", "kelmar-foods"), ("dray-securities", "FUNDS", "kelmar-foods")],
    ),
    (  # banking: an organization's price target
        "Dray Securities raised its price target on Kelmar Foods to $40.",
        [],
        [("dray-securities", "FUNDS", "kelmar-foods")],
    ),
    (  # food: "has backed the bid" backs, never funds
        "Orvik Capital has backed Tessa Foods's bid for Kelmar Foods.",
        [("orvik-capital", "BACKS", "tessa-foods")],
        [("orvik-capital", "FUNDS", "tessa-foods"), ("orvik-capital", "FUNDS", "kelmar-foods")],
    ),
    (  # food: "backed the offer" after a shareholder's relative clause
        "Orvik Capital, which owns 9% of Kelmar Foods, has backed the offer from Tessa Foods.",
        [("orvik-capital", "OWNS", "kelmar-foods")],
        [("orvik-capital", "FUNDS", "tessa-foods")],
    ),
    (  # food: a share-price move is no stake
        "Kelmar Foods shares rose 9% after Orvik Capital reported its results.",
        [],
        [("orvik-capital", "OWNS", "kelmar-foods"), ("orvik-capital", "FUNDS", "kelmar-foods")],
    ),
    (  # food: "stock rose 9%"
        "Kelmar Foods's stock rose 9% to 40 pence after Orvik Capital reported its stake.",
        [],
        [("kelmar-foods", "OWNS", "orvik-capital")],
    ),
    (  # asset management: launching a fund at a firm funds nothing
        "Orvik Capital will launch a new fund at Sellwick Bank.",
        [],
        [
            ("orvik-capital", "FUNDS", "sellwick-bank"),
            ("orvik-capital", "FOUNDED", "sellwick-bank"),
        ],
    ),
    (  # asset management: a person's fund
        "Ada Vorn, who will launch a new fund at Sellwick Partners, left Orvik Capital.",
        [],
        [("ada-vorn", "FUNDS", "sellwick-partners")],
    ),
    (  # asset management: "a $200m fund at X": a noun after an amount, no verb "fund"
        "Ada Vorn will launch a $200m fund at Sellwick Partners next spring.",
        [],
        [("ada-vorn", "FUNDS", "sellwick-partners")],
    ),
    (  # energy: "a £40m fund for" a named firm's plant
        "Tarsa Energy set up a £40m fund with Kelda Power last year.",
        [],
        [("tarsa-energy", "FUNDS", "kelda-power")],
    ),
    (  # must still give: the verb "funds" with its object
        "Orvik Capital funds Kelda Power, a $40m wind developer.",
        [("orvik-capital", "FUNDS", "kelda-power")],
        [],
    ),
    (  # factories: "runs the factory" gives no LEADS of a firm named nearby
        "Harlow Foods bought Tessa Mills. Otto Wynn runs the factory, which opened in 1990.",
        [("harlow-foods", "OWNS", "tessa-mills")],
        [("otto-wynn", "LEADS", "harlow-foods"), ("otto-wynn", "LEADS", "tessa-mills")],
    ),
]

PRODUCT_MAKERS: list[Case] = [
    (  # pharma: the maker of an apposed product is no rival of the other maker's product
        "Velta, Brisk Labs's cream, is a rival to Dermix from Pellmoor Pharma.",
        [("velta", "COMPETES_WITH", "dermix"), ("brisk-labs", "OWNS", "velta")],
        [("brisk-labs", "COMPETES_WITH", "dermix")],
    ),
    (  # motoring: "It" after the maker's sentence: no maker-product rivalry
        "Tarsa Motors makes the K7. It competes with Ravelle Motors's Z3.",
        [("tarsa-motors", "OWNS", "k7"), ("ravelle-motors", "OWNS", "z3")],
        [("tarsa-motors", "COMPETES_WITH", "z3")],
    ),
    (  # pharma: "sells X, a rival to Y's Z" is no sale to Y
        "Brisk Labs sells Velta, a rival to Pellmoor Pharma's Dermix.",
        [("velta", "COMPETES_WITH", "dermix"), ("pellmoor-pharma", "OWNS", "dermix")],
        [("pellmoor-pharma", "OWNS", "velta"), ("brisk-labs", "COMPETES_WITH", "dermix")],
    ),
    (  # pharma: "makes X, a rival to Y's Z cream"
        "Brisk Labs makes Velta, a rival to Pellmoor Pharma's Dermix cream.",
        [("velta", "COMPETES_WITH", "dermix")],
        [("pellmoor-pharma", "OWNS", "velta"), ("brisk-labs", "COMPETES_WITH", "dermix")],
    ),
    (  # motoring: product against product, both possessed
        "Tarsa Motors's K7 scooter competes with Ravelle Motors's Z3.",
        [("k7", "COMPETES_WITH", "z3"), ("tarsa-motors", "OWNS", "k7")],
        [("tarsa-motors", "COMPETES_WITH", "z3"), ("ravelle-motors", "COMPETES_WITH", "k7")],
    ),
    (  # must still give: "X from Y" losing ground to a product (no maker named for it)
        "The Z3 from Ravelle Motors is losing ground to the K7.",
        [("z3", "COMPETES_WITH", "k7")],
        [("ravelle-motors", "COMPETES_WITH", "k7")],
    ),
    (  # must still give: a relative clause on a product, "made by"
        "Tarsa Motors sells the K7, which goes head to head with the Z3 made by Ravelle Motors.",
        [("k7", "COMPETES_WITH", "z3")],
        [("tarsa-motors", "COMPETES_WITH", "z3")],
    ),
    (  # energy: appositive rival, two possessed products
        "Tarsa Energy's Vela turbine, a rival to Kelda Power's Orca, is made in Hull.",
        [("vela", "COMPETES_WITH", "orca"), ("kelda-power", "OWNS", "orca")],
        [("tarsa-energy", "COMPETES_WITH", "orca")],
    ),
    (  # must still give: a sale past an apposed unit closed by a comma
        "Tarsa Group sold Kelda Rail, a freight arm it had run for a decade, to Brisk Holdings.",
        [("brisk-holdings", "OWNS", "kelda-rail")],
        [],
    ),
    (  # rail: an unclosed appositive's "to" before the sentence's end
        "Tarsa Group sold Kelda Rail, a rival to Orvik Rail, in May.",
        [("kelda-rail", "COMPETES_WITH", "orvik-rail")],
        [("orvik-rail", "OWNS", "kelda-rail")],
    ),
]

BANK = VIA_VEHICLES + DIRECTIONS + LEXICAL + PRODUCT_MAKERS
GAPS: dict[str, str] = {
    "Tarsa Motors makes the K7. It competes": "a maker named by a pronoun is not checked against"
    " the other maker's product (dropping it cost a right rivalry on a described set)",
    "Ada Vorn will launch a $200m fund at": "the verb 'fund' after an article and an amount is"
    " still read as a verb (reading it as a noun for every money word cost a right FUNDS on a"
    " described set)",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_precdir19(case: Case) -> None:
    check(*case)
