"""Genre bank for founders and launches read through the wrong firm (round 32).

Three readings:

- A "who" clause on the agent of a passive that opens the sentence: "Rift Geo is led by Ada
  Moi, an ex-regulator who started the company" makes Ada Moi Rift Geo's founder, not
  the founder of the firm the article is about. Guard: a person who is no passive's agent ("signed
  a deal with Ada Moi, who founded the company") is left to the earlier readings.
- A degree set off after a name is an aside: "said Li Wen, Ph.D., co-founder and president of
  Hesta Bio" reads as "said Li Wen, co-founder and president of Hesta Bio". Guard: a degree in
  lower case inside a clause is no aside.
- A sentence that names nothing does not break the chain from "the group" to the subject of the
  sentence before it: "Osk Mills sold a plant to the dairy group Norra Foods. That disposal cuts
  debt. The group also said that Tessaro, the brand it launched, ..." is Osk Mills's. Guard: a
  sentence whose subject is the other firm hands "the group" to it.

Each case is a short invented text, across energy, dairy, biotech, milling, ferries and bakeries.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

AGENTS: list[Case] = [
    (  # energy: "is led by P, an N who started the company"
        "Kelda Energy drilled two wells. Kelda said output rose. Rift Power Holdings is led "
        "by Ada Moi, an ex-regulator who started the company with two drillers in 2009.",
        [("ada-moi", "FOUNDED", "rift-power-holdings")],
        [("rift-power-holdings", "FOUNDED", "kelda-energy")],
    ),
    (  # dairy: "was founded in YEAR by P, who still runs the business"
        "Tarrow Foods makes soups. Tarrow said sales rose. Brisk Dairy was founded in 1990 by "
        "Ola Berg, who still runs the business.",
        [("ola-berg", "FOUNDED", "brisk-dairy"), ("ola-berg", "LEADS", "brisk-dairy")],
        [("ola-berg", "LEADS", "tarrow-foods")],
    ),
    (  # ferries: "by the N P, a former N who still chairs the company"
        "Selka Ferries added a route. Selka said bookings rose. Varra Line was set up in 2004 "
        "by the skipper Ivo Dunn, a former fisherman who still chairs the company.",
        [("ivo-dunn", "LEADS", "varra-line")],
        [("ivo-dunn", "LEADS", "selka-ferries")],
    ),
    (  # energy guard: no passive's agent, the earlier readings decide
        "Kelda Energy drilled two wells. Kelda said output rose. Rift Power signed a supply deal "
        "with Ada Moi, who founded the company in 2009.",
        [],
        [("ada-moi", "FOUNDED", "rift-power")],
    ),
]

DEGREES: list[Case] = [
    (  # biotech: "said P, Ph.D., co-founder and President of X"
        '"We are thrilled," said Li Wen, Ph.D., co-founder and President of Hesta Bio.',
        [("li-wen", "FOUNDED", "hesta-bio"), ("li-wen", "LEADS", "hesta-bio")],
        [],
    ),
    (  # biotech: "said P, Ph.D., chief executive of X"
        'Hesta Bio signed a deal. "We are delighted," said Li Wen, Ph.D., chief executive of '
        "Hesta Bio.",
        [("li-wen", "LEADS", "hesta-bio")],
        [],
    ),
    (  # bakery: two degrees, then an appositive with "the"
        "Crumbe Bakeries signed a deal. Nora Pell, PhD, MBA, the chief executive of Crumbe "
        "Bakeries, said it was good.",
        [("nora-pell", "LEADS", "crumbe-bakeries")],
        [],
    ),
    (  # biotech guard: a lower-case degree inside a clause
        "Hesta Bio signed a deal with Orla Labs. Li Wen, who has a master's degree, said it was "
        "good.",
        [("hesta-bio", "PARTNERS_WITH", "orla-labs")],
        [("li-wen", "LEADS", "orla-labs")],
    ),
]

CHAINS: list[Case] = [
    (  # milling: a sentence naming nothing between the subject and "the group"
        "Osk Mills sold its Leeds plant to the Danish dairy group Norra Foods for £40m. That "
        "disposal cuts its debt. The group also said that Tessaro, the budget brand it "
        "launched in 2023, now sells in 12 countries.",
        [("osk-mills", "FOUNDED", "tessaro")],
        [("norra-foods", "FOUNDED", "tessaro")],
    ),
    (  # hotels: "Marlo" as the subject two sentences back
        "Marlo Hotels reported higher profits on Tuesday. Marlo confirmed it would sell its Porto "
        "hotel to the Spanish hotel group Stay Iberia for €90m. That disposal trims its "
        "property book. The group also said that Tessaro, the budget brand it launched in 2023, "
        "now has 12 hotels open.",
        [("marlo-hotels", "FOUNDED", "tessaro")],
        [("stay-iberia", "FOUNDED", "tessaro")],
    ),
    (  # milling guard: the sentence between makes the buyer its subject
        "Osk Mills sold its Leeds plant to the Danish dairy group Norra Foods for £40m. Norra has "
        "bought four plants this year. The group also said that Tessaro, the budget brand it "
        "launched in 2023, now sells in 12 countries.",
        [("norra-foods", "FOUNDED", "tessaro")],
        [("osk-mills", "FOUNDED", "tessaro")],
    ),
]

# (mend 32) the skip over a sentence that names nothing yields to the noun's own evidence
ROLES: list[Case] = [
    (  # venture: "the buyer" is the firm that bought, not the seller two sentences back
        "Brenn Capital sold Olva Bio to Sarto Labs. The price was $60 million. The buyer was "
        "founded by Nils Aune.",
        [("nils-aune", "FOUNDED", "sarto-labs")],
        [("nils-aune", "FOUNDED", "brenn-capital")],
    ),
    (  # snacks: "the parent" after "A is a unit of B"
        "Crispa Chips is a unit of Halvo Foods. Sales grew 6%. The parent was founded by "
        "Greta Lind in 1962.",
        [("greta-lind", "FOUNDED", "halvo-foods")],
        [("greta-lind", "FOUNDED", "crispa-chips")],
    ),
    (  # radio: "the owner" after "A is owned by B"
        "Tern Radio is owned by Moss Media. Listening fell. The owner is run by Dag Sol.",
        [("dag-sol", "LEADS", "moss-media")],
        [("dag-sol", "LEADS", "tern-radio")],
    ),
    (  # boats: a kind noun the text gave no firm does not follow the subject past a gap
        "Fjell Capital backs Skerry Boats. Orders rose this year. The boatbuilder was founded "
        "by Arne Vik.",
        [],
        [("arne-vik", "FOUNDED", "fjell-capital")],
    ),
    (  # mining: a sentence naming the target by a role noun is no gap
        "Stor Mining agreed to buy Ruda Gold. The deal values the target at $2 billion. The "
        "company was founded in 1988 by Pia Holm.",
        [],
        [("pia-holm", "FOUNDED", "stor-mining")],
    ),
    (  # retail: "the company she started" is the firm she founded, not the buyer
        "Lark Stores bought Fenna Shoes from its founder, Ruth Kale. Shares rose 4%. The "
        "company she started in 1995 has 80 shops.",
        [("ruth-kale", "FOUNDED", "fenna-shoes")],
        [("ruth-kale", "FOUNDED", "lark-stores")],
    ),
    (  # print: an aside after "the company she started" names the firm itself
        "Ines Varro, head of the Coastal Printers Guild, who accused Tessel Press of "
        "overcharging members, said the group would appeal. The company she started, Tessel "
        "Press, now employs 400 people. Marrow Print, its main rival in Europe, cut prices.",
        [("marrow-print", "COMPETES_WITH", "tessel-press")],
        [("marrow-print", "COMPETES_WITH", "coastal-printers-guild")],
    ),
    (  # guard: a generic noun still follows the subject past a gap
        "Pelo Tankers chartered a ship to Norra Fuel. Rates are high. The company partners "
        "with Gdynia Yard.",
        [("pelo-tankers", "PARTNERS_WITH", "gdynia-yard")],
        [("norra-fuel", "PARTNERS_WITH", "gdynia-yard")],
    ),
    (  # guard: a kind noun the subject's name says follows it past a gap
        "Vasa Farms borrowed $3 million from Lunde Bank. The loan runs for four years. The farm "
        "group was founded by Ola Rud.",
        [("ola-rud", "FOUNDED", "vasa-farms")],
        [("ola-rud", "FOUNDED", "lunde-bank")],
    ),
]

# (mend 32) "who ... the company" on a passive's agent: only the subject's own passive
AGENT_GUARDS: list[Case] = [
    (  # a reported clause: the passive is the other firm's
        "Orn Oil drilled a well. Orn said output rose. Basa Power said Kolo Drilling was "
        "founded by Eva Lund, who still runs the company.",
        [("eva-lund", "FOUNDED", "kolo-drilling")],
        [("eva-lund", "LEADS", "basa-power")],
    ),
    (  # the same with "its rival" before the other firm (a known gap: see GAPS)
        "Sund Oil drilled a well. Sund said output rose. Basa Power said its rival Kolo Drilling "
        "was set up by Eva Lund, who still runs the company.",
        [("eva-lund", "FOUNDED", "kolo-drilling")],
        [("eva-lund", "LEADS", "basa-power")],
    ),
    (  # a restrictive clause after "the company": another firm
        "Orn Oil drilled a well. Orn said output rose. Basa Power was hired by Eva Lund, who "
        "runs the company that owns the field.",
        [],
        [("eva-lund", "LEADS", "basa-power")],
    ),
    (  # "the company behind ...": another firm
        "Orn Oil drilled a well. Orn said output rose. Basa Power was sued by Eva Lund, who "
        "founded the company behind the rival well.",
        [],
        [("eva-lund", "FOUNDED", "basa-power")],
    ),
    (  # a reduced passive on the object: not the subject's passive
        "Orn Oil drilled a well. Orn said output rose. Basa Power bought a rig built by Eva "
        "Lund, who founded the company in 2001.",
        [],
        [("eva-lund", "FOUNDED", "basa-power")],
    ),
    (  # an adversarial passive: the agent runs another firm
        "Orn Oil drilled a well. Orn said output rose. Basa Power was beaten to the licence by "
        "Eva Lund, who runs the company.",
        [],
        [("eva-lund", "LEADS", "basa-power")],
    ),
    (  # kept: an owning passive with a year between the verb and "by"
        "Orn Oil drilled a well. Orn said output rose. Basa Power was bought in 2019 by Eva "
        "Lund, who ran the company until last year.",
        [("eva-lund", "LEADS", "basa-power")],
        [("eva-lund", "LEADS", "orn-oil")],
    ),
    (  # kept: a noun between the subject and the passive ("shares were bought by")
        "Orn Oil drilled a well. Orn said output rose. Basa Power shares were bought by Eva "
        "Lund, who founded the company.",
        [("eva-lund", "FOUNDED", "basa-power")],
        [("eva-lund", "FOUNDED", "orn-oil")],
    ),
]

KNOWN: list[Case] = [
    (  # theatre: a participle opening the sentence ("Born in ...") is read as a name
        "Born in Hull in 1950, Tom Fell left school at 16 and worked as a clerk before founding "
        "Fellmark Stages in 1975.",
        [("tom-fell", "FOUNDED", "fellmark-stages")],
        [("born", "FOUNDED", "fellmark-stages")],
    ),
    (  # rentals: a bare "Founder P" after a stake sale goes to the buyer, not the firm his
        # surname names
        "Ardent Partners bought 40% of Hollin Rentals. Founder Derek Hollin holds on to "
        "the other 60% and remains chair.",
        [("derek-hollin", "FOUNDED", "hollin-rentals")],
        [("derek-hollin", "FOUNDED", "ardent-partners")],
    ),
    (  # sauces: an uncued firm named after a family takes the people's bare surname
        "Salsa Marr will hand 70% of its shares to Lanner Capital Partners, a private-equity "
        "fund. The company was founded in 1980 by Rita Marr; her son, Tom Marr, heads it "
        "today. Lanner, which owns a bakery, will add a bottling line. The deal closes a "
        "search that started when Mr Marr hired a bank.",
        [("rita-marr", "FOUNDED", "salsa-marr")],
        [("rita-marr", "FOUNDED", "lanner-capital-partners")],
    ),
]

GAPS: dict[str, str] = {
    "Sund Oil drilled": "'its' binds the reporting subject, which then is the latest "
    "firm 'the company' falls to (no reading of the reported passive's subject; as before "
    "round 32)",
    "Born in Hull": "'Born' opening a sentence is a name (dropping it as an opener was "
    "measured in round 18 and cost relations), and it takes the subject of 'before founding'",
    "Ardent Partners bought": "a bare 'Founder P' reads the context firm (the buyer); the firm "
    "whose name holds P's surname is not preferred",
    "Salsa Marr": "'Mr Marr' types the uncued 'Salsa Marr' a person (surname votes), so 'the "
    "company' falls to the fund; not typing it so was measured and dropped (cost on the "
    "other half)",
}


@pytest.mark.parametrize(
    "case", gap_params(AGENTS + DEGREES + CHAINS + ROLES + AGENT_GUARDS + KNOWN, GAPS)
)
def test_genre_found32(case: Case) -> None:
    check(*case)
