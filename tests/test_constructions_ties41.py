"""Partnership readings of round 41 (invented sentences, several sectors).

A partnership clause opened by "with which" names its partner by the relative's antecedent
("Orvo, with which the group has partnered since 2020"). When a description sets that
antecedent off ("Pellam Optics, the Dutch lens maker with which it has had an alliance"), the
name before the description's comma is the partner, not the description's last word:

- the description runs straight into "with which" ("a Galway weaving studio with which");
- the description is closed by its own comma (", the German engine maker, with which");
- a place inside the description ("a Tashkent studio") does not stop it.

Lookalikes stay unread: a second firm inside the description ("the owner of Orvo with which":
which name is meant is unclear), a doubt or negation in the clause, a clause that names no
tie ("with which it competes"), and a description that is not set off by a comma.

Each case is (text, relations that must be found, relations that must not be).
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

DESCRIBED_WITH_WHICH: list[Case] = [
    (  # pharma: the description runs into "with which", a pronoun subject
        "Corvane Pharma will sell inhalers made by Telvic Labs, the Danish generics maker "
        "with which it has had a partnership since 2017.",
        [("corvane-pharma", "PARTNERS_WITH", "telvic-labs")],
        [],
    ),
    (  # engineering: the description closed by its own comma
        "Brannock Pumps builds its units around motors from Quessel Antriebe, the Austrian "
        "motor maker, with which it has had a technology alliance since 2011.",
        [("brannock-pumps", "PARTNERS_WITH", "quessel-antriebe")],
        [],
    ),
    (  # textiles: a place inside the description, "the cooperative" as the subject
        "Halvor Weavers' Cooperative sells rugs in Oslo. Its weavers are trained by "
        "Kerrow Looms, a Galway design studio with which the cooperative has worked in "
        "partnership since 2020.",
        [("halvor-weavers-cooperative", "PARTNERS_WITH", "kerrow-looms")],
        [],
    ),
    (  # food: a named subject, "has partnered"
        "Its cocoa comes from Ardena Growers, a Ghanaian farming group with which Velmont "
        "Chocolate has partnered since 2015.",
        [("velmont-chocolate", "PARTNERS_WITH", "ardena-growers")],
        [],
    ),
]

DESCRIBED_WITH_WHICH_TRAPS: list[Case] = [
    (  # a second firm inside the description: the antecedent is unclear
        "Tarrow Foods buys flour from Lennic Mills, the owner of Orvo Bakeries with which "
        "it has a partnership.",
        [],
        [("tarrow-foods", "PARTNERS_WITH", "lennic-mills")],
    ),
    (  # a doubt: a partnership it could form is none yet
        "Sorel Freight hauls for Dunmore Steel, the Welsh steel maker with which it could "
        "form an alliance next year.",
        [],
        [("sorel-freight", "PARTNERS_WITH", "dunmore-steel")],
    ),
    (  # no tie named in the clause: a rival, no partner
        "Kelso Ovens lost share to Brisk Appliances, the Italian oven maker with which it "
        "competes in Spain.",
        [],
        [("kelso-ovens", "PARTNERS_WITH", "brisk-appliances")],
    ),
    (  # a negation in the clause
        "Halden Solar buys panels from Pellam Energy, the Korean panel maker with which it "
        "has never had a partnership.",
        [],
        [("halden-solar", "PARTNERS_WITH", "pellam-energy")],
    ),
]


@pytest.mark.parametrize("text,present,absent", DESCRIBED_WITH_WHICH)
def test_described_with_which(text: str, present: list, absent: list) -> None:
    check(text, present, absent)


@pytest.mark.parametrize("text,present,absent", DESCRIBED_WITH_WHICH_TRAPS)
def test_described_with_which_trap(text: str, present: list, absent: list) -> None:
    check(text, present, absent)
