"""A company description set off after a name is that name's appositive, even when the name
is typed as a person's (`loaders.apposed_descriptions`): "Orrin Vale, the Tarvo-based group,
which ..." never places the article's salient firm in Tarvo.

Each case is (text, relations that must be found, relations that must not be), invented.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

CASES: list[Case] = [
    (  # passive: the owner's appositive, closed by a relative clause
        "Harlan Storage is owned by Vosmer Kade, the Antwerp-based cold-store operator, which "
        "acquired the depot in 2011.",
        [],
        [("harlan-storage", "LOCATED_IN", "antwerp")],
    ),
    (  # the appositive closes the sentence
        "Harlan Storage is owned by Vosmer Kade, the Antwerp-based cold-store operator.",
        [("vosmer-kade", "OWNS", "harlan-storage")],
        [("harlan-storage", "LOCATED_IN", "antwerp")],
    ),
    (  # "controlled by": a name that reads like a person's, its company appositive
        "Brisk Parcel is controlled by Aldo Ferrante, the Genoa-based logistics group.",
        [],
        [("brisk-parcel", "LOCATED_IN", "genoa")],
    ),
    (  # active: a customer's appositive places no supplier
        "Tarrow Mills supplies Henrik Dahl, the Malmo-based bakery chain, which takes half "
        "of the mill's output.",
        [],
        [("tarrow-mills", "LOCATED_IN", "malmo")],
    ),
    (  # lookalike: a description a verb follows is the clause's subject, still a reference
        "Selma Tiles opened a plant. Founded by Dr. Inka Tarr, the Lyon-based lab sells kits.",
        [("selma-tiles", "LOCATED_IN", "lyon")],
        [],
    ),
    (  # coordination: each appositive describes its own name
        "Dunmore Foods is owned by Ulla Brekke Holding, the Bergen-based family office, and "
        "Tavi Partners, a Lisbon fund.",
        [],
        [("dunmore-foods", "LOCATED_IN", "bergen")],
    ),
    # p36m: a name that ends a phrase opening the sentence leaves the description after it the
    # clause's subject, even when a relative clause or an aside closes it
    (  # a fronted preposition
        "Kestrel Ropes hired Nils Dahl in 2019. Under Dahl, the Bergen-based group, which makes "
        "mooring ropes, doubled its sales.",
        [("kestrel-ropes", "LOCATED_IN", "bergen")],
        [],
    ),
    (  # a fronted participle: the role and the place both go to the salient firm
        "Brindle Books publishes atlases. Led by Anna Vell, the Oslo-based publisher, which was "
        "founded in 1990, now sells in twelve countries.",
        [("anna-vell", "LEADS", "brindle-books"), ("brindle-books", "LOCATED_IN", "oslo")],
        [],
    ),
    (  # "Founded by", closed by a relative clause
        "Omri Diagnostics sells tests. Founded by Dr. Inka Tarr, the Lyon-based lab, which has "
        "40 staff, plans to list its shares.",
        [("inka-tarr", "FOUNDED", "omri-diagnostics"), ("omri-diagnostics", "LOCATED_IN", "lyon")],
        [],
    ),
    (  # "According to", a preposition's object deep in the opener
        "Saltmarsh Dairy makes cheese. According to Lena Orr, the Cork-based dairy, which "
        "employs 300 people, will build a new plant.",
        [("saltmarsh-dairy", "LOCATED_IN", "cork")],
        [],
    ),
    (  # an -ing opener
        "Lark Insurance sells pet cover. Speaking to Karen Blum, the Zurich-based insurer, "
        "which has 2 million clients, outlined its plans.",
        [("lark-insurance", "LOCATED_IN", "zurich")],
        [],
    ),
    (  # a subordinator's noun phrase
        "Velter Steel makes beams. After the departure of Karin Lind, the Lulea-based "
        "steelmaker, which employs 2,000 people, named a new chair.",
        [("velter-steel", "LOCATED_IN", "lulea")],
        [],
    ),
    (  # lookalike: a person-like firm's appositive in the middle of a clause stays its own
        "Sable Furniture makes chairs. Sable Furniture is owned by Iris Mott, the Nantes-based "
        "furniture retailer, which runs 60 stores.",
        [],
        [("sable-furniture", "LOCATED_IN", "nantes")],
    ),
    (  # lookalike: a new subject after the description: the fronted name's appositive
        "Tarrow Mills grinds wheat. Under a deal with Henrik Dahl, the Malmo-based bakery "
        "chain, the mill will supply flour.",
        [],
        [("tarrow-mills", "LOCATED_IN", "malmo")],
    ),
    # p36m: a fronted agent's appositive (and a relative clause after it) is skipped to reach
    # the main clause's subject, so the agent's relation no longer rides on a wrong reference
    (
        "Pell Optics makes lenses. Acquired by Marta Lind, the Uppsala-based optics maker, "
        "which paid cash, Pell Optics will keep its name.",
        [("marta-lind", "OWNS", "pell-optics")],
        [("pell-optics", "LOCATED_IN", "uppsala")],
    ),
    (
        "Pell Optics makes lenses. Acquired by Lindmar Holdings, a Swedish optics maker, Pell "
        "Optics will keep its name.",
        [("lindmar-holdings", "OWNS", "pell-optics")],
        [],
    ),
    (  # lookalike: an unbound description after the agent is still the subject
        "Bought by Harn Group in 2019, the company later acquired Vell Foods.",
        [],
        [("harn-group", "OWNS", "vell-foods")],
    ),
]


@pytest.mark.parametrize("case", CASES)
def test_case(case: Case) -> None:
    check(*case)


@pytest.mark.xfail(
    strict=True,
    reason="a fronted agent whose appositive a relative clause closes, before a pronoun "
    "subject, still resolves the description to the salient firm (found before place36: the "
    "agent is typed a firm here, outside the person-typed reading)",
)
def test_fronted_agent_before_pronoun() -> None:
    check(
        "Harlan Storage runs depots. Backed by Vosmer Kade, the Antwerp-based operator, which "
        "bought a stake in 2014, it will open a store.",
        [],
        [("harlan-storage", "LOCATED_IN", "antwerp")],
    )


# p36m, left open: a list goes on past a "the X-based ..." appositive that is no reference.
# Letting a place's hyphen compound close the appositive inside the list reader
# (`nav.appositive_end(..., hyphen=True)` from `coord`) found these but added a wrong line on
# TUNE and no right one, so it was dropped.
LIST_GAPS: list[Case] = [
    (  # person-like owners, each with its own appositive
        "Carran Ferries runs boats. Carran Ferries is jointly owned by Eamon Doyle, the "
        "Sligo-based transport group, and Fiona Walsh, the Galway-based tour operator.",
        [("eamon-doyle", "OWNS", "carran-ferries"), ("fiona-walsh", "OWNS", "carran-ferries")],
        [("carran-ferries", "LOCATED_IN", "sligo")],
    ),
    (  # firm names, no salient firm before
        "Morven Buses is jointly owned by Hallam Transit, the Derby-based coach group, and "
        "Pexley Travel.",
        [("hallam-transit", "OWNS", "morven-buses"), ("pexley-travel", "OWNS", "morven-buses")],
        [],
    ),
]


@pytest.mark.xfail(
    strict=True,
    reason="the list reader stops at a 'the X-based ...' appositive (hyphen compound): the "
    "members after it are lost; the general fix cost a wrong TUNE line",
)
@pytest.mark.parametrize("case", LIST_GAPS)
def test_list_gap(case: Case) -> None:
    check(*case)
