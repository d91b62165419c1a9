"""Genre bank for one-word names that are no organization (entityb17).

One capitalized word that no cue typed and no relation needs is a place in passing when the
gazetteer knows it ("ships its cheese from Tampere") or when it is only ever seen after a
preposition and "the" (a sea, a river, a range: "tankers sail across the Marrowdeep", "drillers
who worked on the Brantor"); a surname only ever seen before a group noun names a family
("owned by the Veskari family", "the Veskari brothers"), no entity either. Guards: such a word
that speaks ("Tampere said"), that a relation needs ("bought Brantor"), that is seen bare
elsewhere ("said Marrowdeep would supply"), an institution after "the" but no preposition
("The Treasury said"), "the X family of ovens" (a product line). Plural weekdays ("on Sundays")
and a portfolio after a title and "of" ("Director of Procurement", "Head of Logistics") are no
names either; "the Department of Finance" stays a body.

Invented texts across shipping, grain, mining, dairy, tiles, energy, farming and bakery.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params, kept

KEPT: list[tuple[str, list[str], list[str]]] = [
    (  # shipping: a sea after "across the"
        "Halvern Shipping said its tankers sail across the Marrowdeep every week.",
        ["Halvern Shipping"],
        ["Marrowdeep"],
    ),
    (  # grain: a river after "through the"
        "Velmar Grain trucks wheat through the Osk and on to its mills.",
        ["Velmar Grain"],
        ["Osk"],
    ),
    (  # mining: a range after "on the", in a relative clause
        "Kessel Mining hired drillers who had worked on the Brantor before.",
        ["Kessel Mining"],
        ["Brantor"],
    ),
    (  # farming: "near the" in the subject
        "Farmers near the Ardoyne sold their land to Kessel Mining.",
        ["Kessel Mining"],
        ["Ardoyne"],
    ),
    (  # farming: "along the" in a "which" clause
        "Rolling hills surround Brackwell Farms, which grows barley along the Tessaly.",
        ["Brackwell Farms"],
        ["Tessaly"],
    ),
    (  # shipping: the verb "work the" a fishing ground, twice
        "Halvern Shipping said its trawlers work the Marrowdeep. Few boats fish the Marrowdeep.",
        ["Halvern Shipping"],
        ["Marrowdeep"],
    ),
    (  # dairy: a gazetteer town after "from"
        "Dorrin Foods ships its cheese from Tampere, its growers said.",
        ["Dorrin Foods"],
        ["Tampere"],
    ),
    (  # dairy: two gazetteer towns, coordinated
        "Pellam Dairies buys milk from farms around Tampere and Gdansk.",
        ["Pellam Dairies"],
        ["Tampere", "Gdansk"],
    ),
    (  # energy: a feature and a town, both in passing
        "Brennock Power built a wind farm off the Ardoyne and another in Gdansk.",
        ["Brennock Power"],
        ["Ardoyne", "Gdansk"],
    ),
    (  # tiles: a family as the agent of a passive
        "Brondal Tiles is owned by the Veskari family, which also farms olives.",
        ["Brondal Tiles"],
        ["Veskari"],
    ),
    (  # finance: brothers after "from the"
        "Orrin Group bought a stake from the Veskari brothers last year.",
        ["Orrin Group"],
        ["Veskari"],
    ),
    (  # bakery: a family's role word between surname and group noun
        "The Veskari founding family still runs the bakery, Brondal Foods said.",
        ["Brondal Foods"],
        ["Veskari"],
    ),
    (  # guard: a public body after "the" with no preposition before it
        "The Treasury said Kessel Mining would pay more tax.",
        ["Treasury", "Kessel Mining"],
        [],
    ),
    (  # guard: a town's name that speaks is a body
        "Tampere said it would sell its stake in Velmar Grain.",
        ["Tampere", "Velmar Grain"],
        [],
    ),
    (  # guard: a name seen bare as a subject is no feature
        "Kessel Mining said Marrowdeep would supply it with gas.",
        ["Kessel Mining", "Marrowdeep"],
        [],
    ),
    (  # guard: a name a relation needs stays
        "Kessel Mining bought Brantor, a rival miner.",
        ["Kessel Mining", "Brantor"],
        [],
    ),
    (  # guard: a gazetteer place where a firm is based stays for its relation
        "Dorrin Foods, based in Tampere, makes cheese.",
        ["Dorrin Foods", "Tampere"],
        [],
    ),
    (  # guard: "the X family of <things>" is a product line, not a family
        "Brondal Foods launched the Veskari family of ovens in March.",
        ["Brondal Foods", "Veskari"],
        [],
    ),
    (  # dairy: plural weekdays are no names
        "Stores of Pellam Dairies close on Sundays and Mondays.",
        ["Pellam Dairies"],
        ["Sundays", "Mondays"],
    ),
    (  # shipping: a plural weekday before "only"
        "Halvern Shipping runs its night ferries on Fridays only.",
        ["Halvern Shipping"],
        ["Fridays"],
    ),
    (  # dairy: a department after "Director of", the title after "as"
        "Pellam Dairies hired Ann Lowe as Director of Procurement.",
        ["Pellam Dairies", "Ann Lowe"],
        ["Procurement"],
    ),
    (  # mining: "Head of" in an appositive
        "Ann Lowe, Head of Logistics at Kessel Mining, said costs rose.",
        ["Ann Lowe", "Kessel Mining"],
        ["Logistics"],
    ),
    (  # mining: a two-word portfolio after "Vice President of"
        "Ann Lowe, Vice President of Human Resources at Kessel Mining, quit.",
        ["Ann Lowe", "Kessel Mining"],
        ["Human Resources"],
    ),
    (  # energy: "its new Director of" as the object's complement
        "Brennock Power named Ann Lowe its new Director of Sustainability.",
        ["Brennock Power", "Ann Lowe"],
        ["Sustainability"],
    ),
    (  # guard: a department as a body of its own stays
        "Kessel Mining met the Department of Finance in May.",
        ["Kessel Mining", "Department of Finance"],
        [],
    ),
    (  # gap: plural demonyms
        "Danes and Bavarians buy more cheese from Pellam Dairies than Texans do.",
        ["Pellam Dairies"],
        ["Danes", "Bavarians", "Texans"],
    ),
    (  # gap: a feature named with its own noun ("Shoals") is one name of two words
        "Boats of the Quennick trawling group work the Marrowdeep and the Ostrel Shoals.",
        [],
        ["Marrowdeep", "Ostrel Shoals"],
    ),
    (  # gap: a sentence-initial "The X" with a feature's verb
        "The Osk floods every spring, Velmar Grain said.",
        ["Velmar Grain"],
        ["Osk"],
    ),
    (  # a family named after its member, the surname also inside her name (precshape18)
        "Ann Veskari, whose family owns Brondal Tiles, said the Veskari family would not sell.",
        ["Ann Veskari", "Brondal Tiles"],
        ["Veskari"],
    ),
]

RELATIONS: list[Case] = [
    (  # a dropped feature takes no relation; the firm's own base stays
        "Dorrin Foods, based in Tampere, ships cheese across the Marrowdeep.",
        [("dorrin-foods", "LOCATED_IN", "tampere")],
        [("dorrin-foods", "LOCATED_IN", "marrowdeep")],
    ),
    (  # a bought rival named like a range keeps its relation
        "Kessel Mining bought Brantor, a rival miner.",
        [("kessel-mining", "OWNS", "brantor")],
        [],
    ),
]

GAPS: dict[str, str] = {
    "Danes and Bavarians": "a plural nationality or regional demonym is not read as people "
    "(a plural test on the demonym lists dropped company names on every set)",
    "Boats of the Quennick": "a feature whose name ends in its own noun ('the Ostrel Shoals') "
    "is read as a two-word name, which the one-word test does not cover",
    "The Osk floods": "a sentence-initial 'The X' has no preposition before it; a feature's "
    "verb ('floods') is not read",
}


@pytest.mark.parametrize("case", gap_params(KEPT, GAPS))
def test_kept(case: tuple[str, list[str], list[str]]) -> None:
    text, present, absent = case
    got = kept(text)
    assert set(present) <= got and not set(absent) & got, got


@pytest.mark.parametrize("case", gap_params(RELATIONS, {}))
def test_relations(case: Case) -> None:
    check(*case)
