"""Precision guards on constructions that tempt a subject-verb-object reader into the wrong pair
(issue 16): each guard sentence names a third entity that does not act, and a true case beside
it keeps the right reading. Invented sentences, several sectors.
"""

from __future__ import annotations

import pytest
from construction_check import Case, Triple, check

PREPOSED_CASES: list[Case] = [
    (  # retail: a preposed temporal clause; its names are not the main verb's subject
        "After Harlow Foods bought Dunmere Dairy, Pellam Group said it would cut prices.",
        [("harlow-foods", "OWNS", "dunmere-dairy")],
        [("pellam-group", "OWNS", "dunmere-dairy")],
    ),
    (  # autos: no coordination back across the clause's comma ("Pell Auto, rival Brask Cars")
        "Once Kestrel Motors had bought Pell Auto, rival Brask Cars sued Ostra Parts.",
        [("kestrel-motors", "OWNS", "pell-auto"), ("brask-cars", "DISPUTES", "ostra-parts")],
        [("pell-auto", "DISPUTES", "ostra-parts"), ("kestrel-motors", "DISPUTES", "ostra-parts")],
    ),
    (  # autos: a comparison phrase before the subject
        "Like Pell Auto, Kestrel Motors sued Brask Parts.",
        [("kestrel-motors", "DISPUTES", "brask-parts")],
        [("pell-auto", "DISPUTES", "brask-parts")],
    ),
    (  # telecoms: "unlike" with a possessive description
        "Unlike Corbel Telecom, Pell Mobile sued Arvane Networks.",
        [("pell-mobile", "DISPUTES", "arvane-networks")],
        [("corbel-telecom", "DISPUTES", "arvane-networks")],
    ),
    (  # media: the preposed clause's own verb keeps its subject
        "Before Stroud Media sued Kite Radio, the two had been partners.",
        [("stroud-media", "DISPUTES", "kite-radio")],
        [],
    ),
    (  # true case (energy): no preposed clause, a list of subjects acts together
        "Varo Energy and Brent Oil sued Kell Gas.",
        [("varo-energy", "DISPUTES", "kell-gas"), ("brent-oil", "DISPUTES", "kell-gas")],
        [],
    ),
]


@pytest.mark.parametrize("text,present,absent", PREPOSED_CASES)
def test_preposed_clause_names_are_no_subject(
    text: str, present: list[Triple], absent: list[Triple]
) -> None:
    check(text, present, absent)


OPENING_CASES: list[Case] = [
    (  # mining: the opening name after "of" is no subject of the verb
        "Shareholders of Harlow Mining voted against a plan to sell Ferro Copper.",
        [],
        [("harlow-mining", "DISPUTES", "ferro-copper")],
    ),
    (  # insurance: "customers of X" do not make X the actor
        "Customers of Pell Insurance have sued Halberd Re over the claims.",
        [],
        [("pell-insurance", "DISPUTES", "halberd-re")],
    ),
    (  # true case (banking): an example of the subject acts ("investors including X")
        "Investors including Harlow Bank have sued Varo Energy.",
        [("harlow-bank", "DISPUTES", "varo-energy")],
        [],
    ),
    (  # true case (government): people acting for an organization ("regulators at X")
        "Regulators at the Harbour Authority fined Skarv Line.",
        [("harbour-authority", "DISPUTES", "skarv-line")],
        [],
    ),
]


@pytest.mark.parametrize("text,present,absent", OPENING_CASES)
def test_opening_name_after_preposition(
    text: str, present: list[Triple], absent: list[Triple]
) -> None:
    check(text, present, absent)


INNER_AGENT_CASES: list[Case] = [
    (  # autos: the reporting company is not the party of the lawsuit it talks about
        "Kestrel Motors said the lawsuit Pell Auto filed against Brask Parts was without merit.",
        [("pell-auto", "DISPUTES", "brask-parts")],
        [("kestrel-motors", "DISPUTES", "brask-parts")],
    ),
    (  # retail: "a case that A brought against B": A, not the name before the noun
        "The ruling follows a case that Arvane Capital brought against Kite Foods, a rival of "
        "Pell Stores.",
        [("arvane-capital", "DISPUTES", "kite-foods")],
        [("pell-stores", "DISPUTES", "kite-foods")],
    ),
    (  # true case (pharma): the noun's subject before it
        "Orvane Labs filed a lawsuit against Vantora Health.",
        [("orvane-labs", "DISPUTES", "vantora-health")],
        [],
    ),
]


@pytest.mark.parametrize("text,present,absent", INNER_AGENT_CASES)
def test_agent_inside_a_noun_trigger(
    text: str, present: list[Triple], absent: list[Triple]
) -> None:
    check(text, present, absent)


RELATIVE_HEAD_CASES: list[Case] = [
    (  # pharma: a noun trigger after a relative clause; the clause's object is no party
        "Orvane Pharmaceuticals, which bought Kell Biologics in 2019, has filed similar claims "
        "against Ambry Therapeutics.",
        [
            ("orvane-pharmaceuticals", "OWNS", "kell-biologics"),
            ("orvane-pharmaceuticals", "DISPUTES", "ambry-therapeutics"),
        ],
        [("kell-biologics", "DISPUTES", "ambry-therapeutics")],
    ),
    (  # shipping: an adverbial between the closing comma and the verb
        "Halden Line, which bought Skarv Shipping in 2019, in March sued Norsk Ferries.",
        [("halden-line", "DISPUTES", "norsk-ferries"), ("halden-line", "OWNS", "skarv-shipping")],
        [("skarv-shipping", "DISPUTES", "norsk-ferries")],
    ),
    (  # true case (banking): the relative clause's own verb keeps its subject
        "Harlow Bank, which Tamber Capital controls, sued Pell Insurance.",
        [("tamber-capital", "OWNS", "harlow-bank"), ("harlow-bank", "DISPUTES", "pell-insurance")],
        [("tamber-capital", "DISPUTES", "pell-insurance")],
    ),
]


@pytest.mark.parametrize("text,present,absent", RELATIVE_HEAD_CASES)
def test_relative_clause_head_is_the_subject(
    text: str, present: list[Triple], absent: list[Triple]
) -> None:
    check(text, present, absent)


PART_OF_CASES: list[Case] = [
    (  # energy: the assets of a company are not the company
        "Varo Energy bought the assets of Brent Oil for $300 million.",
        [],
        [("varo-energy", "OWNS", "brent-oil")],
    ),
    (  # telecoms: a business of the company, with a modifier
        "Ostra Telecom acquired the European business of Nivo Mobile.",
        [],
        [("ostra-telecom", "OWNS", "nivo-mobile")],
    ),
    (  # banking: a loan to a company's buyer funds the buyer, not the company
        "Harlow Bank lent money to the buyer of Tamsin Foods.",
        [],
        [("harlow-bank", "FUNDS", "tamsin-foods")],
    ),
    (  # true case (autos): control of a company is the company
        "Kestrel Motors took control of Pell Auto in 2021.",
        [("kestrel-motors", "OWNS", "pell-auto")],
        [],
    ),
    (  # true case (mining): a dispute with a company's board is with the company
        "Norska Metals criticised the board of Ferro Holdings.",
        [("norska-metals", "DISPUTES", "ferro-holdings")],
        [],
    ),
]


@pytest.mark.parametrize("text,present,absent", PART_OF_CASES)
def test_part_of_a_company_is_no_object(
    text: str, present: list[Triple], absent: list[Triple]
) -> None:
    check(text, present, absent)


NOUN_AGENT_CASES: list[Case] = [
    (  # banking: the lender of a purchase is not the buyer
        "Sund Bank financed the purchase of Kell Gas by Varo Energy.",
        [("varo-energy", "OWNS", "kell-gas")],
        [("sund-bank", "OWNS", "kell-gas")],
    ),
    (  # shipping: a participle on an unnamed place ("at a yard owned by X")
        "Kell Marine will build the ships for Halden Line at a yard owned by Skarv Group.",
        [],
        [("skarv-group", "OWNS", "halden-line")],
    ),
    (  # true case (retail): a participle on a named company keeps its patient
        "Pell Stores sold Corbel Outlets to Arvane, a retailer owned by Tamber Capital.",
        [("tamber-capital", "OWNS", "arvane")],
        [],
    ),
    (  # energy: a relative clause after a merger of two names is about the merger
        "The regulator approved the merger of Kell Gas and Brent Oil, which Varo Energy had "
        "opposed.",
        [],
        [("varo-energy", "DISPUTES", "brent-oil")],
    ),
    (  # true case (football): a relative clause after "owner of X" is about X
        "Ivo Lang is the owner of Dunmere Rovers, which he bought in 2017.",
        [("ivo-lang", "OWNS", "dunmere-rovers")],
        [],
    ),
]


@pytest.mark.parametrize("text,present,absent", NOUN_AGENT_CASES)
def test_agent_and_patient_of_noun_phrases(
    text: str, present: list[Triple], absent: list[Triple]
) -> None:
    check(text, present, absent)


COORDINATED_VERB_CASES: list[Case] = [
    (  # luxury: the second verb after "and" (and adverbs) shares the first verb's subject
        "Orlan bought a stake in the watchmaker Tissard last year and now owns 60% of it.",
        [("orlan", "FUNDS", "tissard")],
        [("tissard", "OWNS", "orlan")],
    ),
    (  # energy: an adjunct between the object and "and"
        "Varo Energy sued Brent Oil in 2021 and later acquired Kell Gas.",
        [("varo-energy", "DISPUTES", "brent-oil"), ("varo-energy", "OWNS", "kell-gas")],
        [("brent-oil", "OWNS", "kell-gas")],
    ),
    (  # energy: a verb's object is no member of the next verb's subject list
        "Varo Energy acquired Brent Oil and Kell Gas sued Tamsin Power.",
        [("kell-gas", "DISPUTES", "tamsin-power")],
        [("brent-oil", "DISPUTES", "tamsin-power")],
    ),
    (  # true case (energy): a described subject list all acts
        "Rivals Brent Oil and Kell Gas sued Tamsin Power.",
        [("brent-oil", "DISPUTES", "tamsin-power"), ("kell-gas", "DISPUTES", "tamsin-power")],
        [],
    ),
]


@pytest.mark.parametrize("text,present,absent", COORDINATED_VERB_CASES)
def test_coordinated_verb_subject(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


OWN_SIDE_CASES: list[Case] = [
    (  # football: a chairman's dispute with "the league" is not with his own club
        "Dunmere Rovers chairman Jack Hale criticised the Premier League over the fine.",
        [("jack-hale", "LEADS", "dunmere-rovers")],
        [("jack-hale", "DISPUTES", "dunmere-rovers")],
    ),
    (  # true case (retail): a chief executive criticising a named rival
        "Pell Stores chief executive Ana Kell criticised Corbel Retail over prices.",
        [("ana-kell", "LEADS", "pell-stores"), ("ana-kell", "DISPUTES", "corbel-retail")],
        [],
    ),
]


@pytest.mark.parametrize("text,present,absent", OWN_SIDE_CASES)
def test_own_organization_is_no_opponent(
    text: str, present: list[Triple], absent: list[Triple]
) -> None:
    check(text, present, absent)


ARGUMENT_CASES: list[Case] = [
    (  # mining: launching a bid for a company founds nothing
        "Harlow Mining launched a hostile bid for Ferro Resources in March.",
        [],
        [("harlow-mining", "FOUNDED", "ferro-resources")],
    ),
    (  # food: a venture set up with a partner is not the partner
        "Ana Kell set up a joint venture with Pell Foods.",
        [],
        [("ana-kell", "FOUNDED", "pell-foods")],
    ),
    (  # true case (food): the founded company is the direct object
        "Ana Kell started the online retailer Kell Foods in 2019.",
        [("ana-kell", "FOUNDED", "kell-foods")],
        [],
    ),
    (  # mining: "beat X to buy Y": the winner bought Y, not the loser
        "Harlow Mining beat Norvik Resources to buy Ferro Resources.",
        [("harlow-mining", "OWNS", "ferro-resources")],
        [("norvik-resources", "OWNS", "ferro-resources")],
    ),
]


@pytest.mark.parametrize("text,present,absent", ARGUMENT_CASES)
def test_verb_arguments(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


PART_HEAD_CASES: list[Case] = [
    (  # banking: leading a company's team is not leading the company
        "Ana Kell leads the Harlow Bank team that advised Varo Energy.",
        [],
        [("ana-kell", "LEADS", "harlow-bank")],
    ),
    (  # energy: a business of the company, named by the company and a modifier
        "Tom Harlan runs the Varo Energy gas business.",
        [],
        [("tom-harlan", "LEADS", "varo-energy")],
    ),
    (  # true case (banking): the company itself
        "Ana Kell runs Harlow Bank and its team of traders.",
        [("ana-kell", "LEADS", "harlow-bank")],
        [],
    ),
]


@pytest.mark.parametrize("text,present,absent", PART_HEAD_CASES)
def test_name_before_a_part_noun(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


NEW_PART_CASES: list[Case] = [
    (  # food: "the new unit" is a unit still to be set up, not the company just named
        "Ana Kell, chief executive of Harlow Foods, said Tom Reed would head the new unit.",
        [("ana-kell", "LEADS", "harlow-foods")],
        [("tom-reed", "LEADS", "harlow-foods")],
    ),
    (  # true case (food): "the company" is the company just named
        "Harlow Foods named Tom Reed as chairman. He will head the company from May.",
        [("tom-reed", "LEADS", "harlow-foods")],
        [],
    ),
]


@pytest.mark.parametrize("text,present,absent", NEW_PART_CASES)
def test_new_part_has_no_antecedent(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


SELF_OBJECT_CASES: list[Case] = [
    (  # retail: "the company" resolved to the relative clause's own head gives no relation,
        # and no subject further away takes its place
        "Ana Kell founded Kell Foods in 1990. She now runs Pell Stores, which bought the company "
        "in 2010.",
        [("ana-kell", "FOUNDED", "kell-foods"), ("ana-kell", "LEADS", "pell-stores")],
        [("ana-kell", "OWNS", "pell-stores")],
    ),
    (  # true case (retail): the same with the bought company named
        "Ana Kell now runs Pell Stores, which bought Kell Foods in 2010.",
        [("ana-kell", "LEADS", "pell-stores"), ("pell-stores", "OWNS", "kell-foods")],
        [("ana-kell", "OWNS", "pell-stores")],
    ),
]


@pytest.mark.parametrize("text,present,absent", SELF_OBJECT_CASES)
def test_no_fallback_subject_after_self_reference(
    text: str, present: list[Triple], absent: list[Triple]
) -> None:
    check(text, present, absent)


CLAUSE_EDGE_CASES: list[Case] = [
    (  # food: an -ing clause after the trigger has its own object
        "Tom Reed chairs Kell Foods, which Ana Kell founded in 2001 after leaving Pell Stores.",
        [("ana-kell", "FOUNDED", "kell-foods"), ("tom-reed", "LEADS", "kell-foods")],
        [("ana-kell", "FOUNDED", "pell-stores")],
    ),
    (  # retail: the comma before an object's appositive closes no relative clause
        "Ana Kell, who founded Pell Stores, hired Tom Reed, an adviser to Corbel Retail.",
        [("ana-kell", "FOUNDED", "pell-stores"), ("tom-reed", "ADVISES", "corbel-retail")],
        [("ana-kell", "ADVISES", "corbel-retail")],
    ),
    (  # asset management: a relative clause on an unnamed head; its names do not act after it
        "The fund, which Tom Reed set up in 2010 with money from Ana Kell, owns Pell Stores.",
        [],
        [("tom-reed", "OWNS", "pell-stores"), ("ana-kell", "OWNS", "pell-stores")],
    ),
    (  # true case (asset management): a named head acts
        "Reed Capital, which Tom Reed set up in 2010, owns Pell Stores.",
        [("reed-capital", "OWNS", "pell-stores")],
        [("tom-reed", "OWNS", "pell-stores")],
    ),
]


@pytest.mark.parametrize("text,present,absent", CLAUSE_EDGE_CASES)
def test_clause_edges(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


APPOSITIVE_PATIENT_CASES: list[Case] = [
    (  # manufacturing: a participle after an appositive's noun describes the appositive's
        # name, though that name is the agent of the verb before
        "The Tarn Fibre Mill is to be put up by Fennick Fibre, a start-up created in 2019 by "
        "the chemist Bram Saile.",
        [("bram-saile", "FOUNDED", "fennick-fibre")],
        [("bram-saile", "FOUNDED", "tarn-fibre-mill")],
    ),
    (  # retail: the same with ownership
        "The stores were sold to Arvane, a chain owned by Tamber Capital.",
        [("tamber-capital", "OWNS", "arvane")],
        [],
    ),
    (  # true case (biotech): no appositive, the sentence's subject is the patient
        "Quantiv Labs was founded in 2019 by the chemist Bram Saile.",
        [("bram-saile", "FOUNDED", "quantiv-labs")],
        [],
    ),
]


@pytest.mark.parametrize("text,present,absent", APPOSITIVE_PATIENT_CASES)
def test_participle_on_an_appositive(
    text: str, present: list[Triple], absent: list[Triple]
) -> None:
    check(text, present, absent)


POSSESSED_RIVAL_CASES: list[Case] = [
    (  # satellites: a rival product's owner is no rival in a list
        "Orlen Sat will take on Skyreach and Tovo's Project Lark.",
        [("orlen-sat", "COMPETES_WITH", "skyreach")],
        [("orlen-sat", "COMPETES_WITH", "tovo")],
    ),
    (  # true case (telecoms): a plain list of rivals
        "Orlen Sat will take on Skyreach and Tovo Space.",
        [("orlen-sat", "COMPETES_WITH", "skyreach"), ("orlen-sat", "COMPETES_WITH", "tovo-space")],
        [],
    ),
]


@pytest.mark.parametrize("text,present,absent", POSSESSED_RIVAL_CASES)
def test_possessor_of_a_rival_product(
    text: str, present: list[Triple], absent: list[Triple]
) -> None:
    check(text, present, absent)


NAME_HEAD_CASES: list[Case] = [
    (  # shipping: "the yard" is the company whose name says Yards, not the shipowner
        "Halvik Shipping sued Brava Yards. Brava is 70%-owned by the state lender Kovan Bank, "
        "which took over the yard in 2017.",
        [("kovan-bank", "OWNS", "brava-yards")],
        [("kovan-bank", "OWNS", "halvik-shipping")],
    ),
    (  # true case (conglomerates): "the group" is the company named Group, though named first
        "Corvex Foods sued Halvard Group. Ana Kell chairs the group.",
        [("ana-kell", "LEADS", "halvard-group")],
        [("ana-kell", "LEADS", "corvex-foods")],
    ),
]


@pytest.mark.parametrize("text,present,absent", NAME_HEAD_CASES)
def test_description_noun_in_a_name(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


REPORTED_POSSESSIVE_CASES: list[Case] = [
    (  # software: a possessive in a reported clause is that clause's subject's, not the
        # speaker's
        "Carran Health says Lockbit Systems knew of the flaw in its GateKeep software for months.",
        [("lockbit-systems", "OWNS", "gatekeep")],
        [("carran-health", "OWNS", "gatekeep")],
    ),
    (  # true case (stakes): "its" right after the reporting verb is the speaker's
        "Orland Group said its founder owns 30% of Brisa Capital.",
        [],
        [("orland-group", "OWNS", "brisa-capital")],
    ),
]


@pytest.mark.parametrize("text,present,absent", REPORTED_POSSESSIVE_CASES)
def test_possessive_in_reported_clause(
    text: str, present: list[Triple], absent: list[Triple]
) -> None:
    check(text, present, absent)


OWN_SUBJECT_CASES: list[Case] = [
    (  # energy: a description inside the object is not the clause's own subject
        "Gannet Infra will purchase as much as 15% of the wind-farm company from its developer "
        "Sallow Power.",
        [],
        [("gannet-infra", "FUNDS", "sallow-power"), ("gannet-infra", "FUNDS", "gannet-infra")],
    ),
    (  # true case (retail): across a reporting verb, "the company" is the speaker
        "Pell Stores said the company would buy Corbel Outlets.",
        [("pell-stores", "OWNS", "corbel-outlets")],
        [],
    ),
    (  # true case (mining): a possessive description is the subject's own
        "Kell Mining cut jobs in Chile. Ferro Resources sued Kell Mining over the company's "
        "water use.",
        [("ferro-resources", "DISPUTES", "kell-mining")],
        [],
    ),
]


@pytest.mark.parametrize("text,present,absent", OWN_SUBJECT_CASES)
def test_description_is_not_its_own_clause_subject(
    text: str, present: list[Triple], absent: list[Triple]
) -> None:
    check(text, present, absent)
