"""Genre bank for advisers named in a relative clause on an appositive, rivals described with a
place, and partnerships with a date before "with" (round 33).

The one who advises is the person before the appositive, also when the description names an
organization ("Ronan Dyer, a onetime chair of Tallis Foods who has counselled her"; "a
onetime Mehlwerk buyer who"), is itself read as a reference ("Edith Lomax, the seasoned grocer
who counsels the firm"), is coordinated with a first relative ("who first employed him and who,
now 79, still counsels him") or has a manner adverb after the object pronoun ("counselled her
closely"). A person named in the description ("the husband of Ada Vance who advised her"), an
organization as the head ("Tallis Foods, a grocer who advised her"), a negation, a plan or a
denial, and "whom she advised" read nothing.

A rival appositive may carry a place before its noun ("Stillpoint Studio, an Utrecht rival",
"a Recife rival that ...") or a definite one "across" something: the firm in question's
rival; "a rival of Zen Loft", a plain "a Berlin studio", a bare "the private rival," and another
firm in the sentence read no rival of it.

"X worked in partnership from 2019 with Y" partners them as "in partnership with Y" does; a
negation, a plan, and a new clause's "with" read nothing.

Invented texts across dairies, funds, sensors, cables, bakeries, yoga, slate, tachographs and
abrasives.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

ADVISERS: list[Case] = [
    (  # sensors: the description names an organization after "of"
        "Orla Finch founded Pellam Labs in 2012. She owes a great deal to Ronan Dyer, "
        "a former chair of Tallis Foods who has advised her since 2014.",
        [("ronan-dyer", "ADVISES", "orla-finch")],
        [("tallis-foods", "ADVISES", "orla-finch")],
    ),
    (  # sensors: a manner adverb after the object pronoun, a second relative after it
        "Orla Finch founded Pellam Labs in 2012. She thanks Ronan Dyer, a onetime chair of Tallis "
        "Foods who has counselled her closely for years and who holds no seat.",
        [("ronan-dyer", "ADVISES", "orla-finch")],
        [("tallis-foods", "ADVISES", "orla-finch")],
    ),
    (  # bakeries: an organization as a premodifier in the description
        "Bruno Kast runs Kast Bakeries. For the move he turned to Lena Voss, a onetime Mehlwerk "
        "buyer who counselled him through 2019.",
        [("lena-voss", "ADVISES", "bruno-kast")],
        [("mehlwerk", "ADVISES", "bruno-kast")],
    ),
    (  # funds: "the" description, a manner adverb and "ever since"
        "Mira Lund runs Arvo Funds. The plan won support from the Lund trust and from Tomas "
        "Berg, the past Arvo treasurer who mentors her privately each month.",
        [("tomas-berg", "ADVISES", "mira-lund")],
        [],
    ),
    (  # funds: a second relative coordinated with a first, an aside after "who"
        "Piet Hale runs Hale Capital. He owes his patience to Joost Amer, a semi-retired "
        "broker who first employed him in 1998 and who, now 79, still counsels him over lunch.",
        [("joost-amer", "ADVISES", "piet-hale")],
        [("piet-hale", "ADVISES", "joost-amer")],
    ),
    (  # funds: the description read as a reference to the firm
        "Brellin Partners is a private equity firm. Brellin hired Edith Lomax, the seasoned grocer "
        "who counsels the firm about food deals, to coach two founders.",
        [("edith-lomax", "ADVISES", "brellin-partners")],
        [],
    ),
    (  # cables: the organization of the description is advised, not the one named there
        "Orla Finch founded Pellam Labs in 2012. Ronan Dyer, a former Tallis executive who has "
        "advised Brava Bank since 2019, joined the board.",
        [("ronan-dyer", "ADVISES", "brava-bank")],
        [("tallis", "ADVISES", "brava-bank")],
    ),
]

GUARDS: list[Case] = [
    (  # a negation in the clause
        "Orla Finch founded Pellam Labs in 2012. Ronan Dyer, a former chair of Tallis Foods "
        "who never advised her, left in May.",
        [],
        [("ronan-dyer", "ADVISES", "orla-finch")],
    ),
    (  # a plan
        "Orla Finch founded Pellam Labs in 2012. She met Ronan Dyer, a former Tallis executive "
        "who may advise her next year.",
        [],
        [("ronan-dyer", "ADVISES", "orla-finch")],
    ),
    (  # a person named in the description may be the one the clause is about
        "Orla Finch founded Pellam Labs in 2012. Ronan Dyer, the husband of Ada Vance who "
        "advised her for years, died in May.",
        [],
        [("ronan-dyer", "ADVISES", "orla-finch")],
    ),
    (  # an organization as the head
        "Orla Finch founded Pellam Labs in 2012. Tallis Foods, a grocer who advised her in "
        "2014, opened a store.",
        [],
        [("tallis-foods", "ADVISES", "orla-finch")],
    ),
    (  # "whom she advised": the reverse, not read here
        "Orla Finch founded Pellam Labs in 2012. Ronan Dyer, a Tallis director whom she "
        "advised in 2010, retired.",
        [],
        [("ronan-dyer", "ADVISES", "orla-finch")],
    ),
    (  # a coordinated second relative with no advice
        "Orla Finch founded Pellam Labs in 2012. Ronan Dyer, who hired her in 2001 and who, in "
        "2010, sold Tallis Foods, retired.",
        [],
        [("ronan-dyer", "ADVISES", "orla-finch")],
    ),
    (  # a denial
        "Orla Finch founded Pellam Labs in 2012. She says Ronan Dyer, a former chair of Tallis "
        "Foods who denies having advised her, is wrong.",
        [],
        [("ronan-dyer", "ADVISES", "orla-finch")],
    ),
]

GAPS = {
    "Marou Pearls": "a conjunct with a trade-noun descriptor is not collected",
}

RIVALS: list[Case] = [
    (  # a second conjunct with a nationality and a trade noun before it
        "Marou Pearls grows pearls. Marou competes with Jade Cove Jewels and Australian "
        "grower Broome Holdings.",
        [
            ("marou-pearls", "COMPETES_WITH", "jade-cove-jewels"),
            ("marou-pearls", "COMPETES_WITH", "broome-holdings"),
        ],
        [("jade-cove-jewels", "COMPETES_WITH", "broome-holdings")],
    ),
]


@pytest.mark.parametrize("case", gap_params(ADVISERS + GUARDS, GAPS))
def test_advisers(case: Case) -> None:
    check(*case)


@pytest.mark.parametrize("case", gap_params(RIVALS, GAPS))
def test_rivals(case: Case) -> None:
    check(*case)


PLACED_RIVALS: list[Case] = [
    (  # a city before the rival noun of an appositive: the rival of the firm in question
        "Asana House opened a studio. Stillpoint Studio, an Utrecht rival, added four gyms in "
        "March.",
        [("stillpoint-studio", "COMPETES_WITH", "asana-house")],
        [],
    ),
    (  # a two-word city and a relative clause after it
        "Tacho Nova makes tachographs. Marca Rota, a Recife rival that sells a cheaper recorder, "
        "complained.",
        [("marca-rota", "COMPETES_WITH", "tacho-nova")],
        [],
    ),
    (  # a definite rival placed "across" something
        "Slaterra Group cut its forecast. Pedra Azul, the private rival across the river, lowered "
        "tariffs.",
        [("pedra-azul", "COMPETES_WITH", "slaterra-group")],
        [],
    ),
    (  # the rival of a named firm: that firm's only
        "Asana House opened a studio. Stillpoint Studio, an Utrecht rival of Zen Loft, added "
        "four gyms in March.",
        [("stillpoint-studio", "COMPETES_WITH", "zen-loft")],
        [("stillpoint-studio", "COMPETES_WITH", "asana-house")],
    ),
    (  # a place with a plain noun: no rival
        "Asana House opened a studio. Stillpoint Studio, a Berlin studio, opened nine studios.",
        [],
        [("stillpoint-studio", "COMPETES_WITH", "asana-house")],
    ),
    (  # a former rival now bought by another firm in the sentence: whose rival is unclear
        "Asana House opened a studio. Stillpoint Studio, a former Utrecht rival, was bought by "
        "Zen Loft.",
        [],
        [("stillpoint-studio", "COMPETES_WITH", "asana-house")],
    ),
    (  # a definite bare rival names no firm in question
        "Slaterra Group cut its forecast. Pedra Azul, the private rival, lowered its tariffs.",
        [],
        [("pedra-azul", "COMPETES_WITH", "slaterra-group")],
    ),
]


@pytest.mark.parametrize("case", gap_params(PLACED_RIVALS, GAPS))
def test_placed_rivals(case: Case) -> None:
    check(*case)


PARTNERS: list[Case] = [
    (  # a date between "in partnership" and "with"
        "Tarvo Abrasives makes wheels. Tarvo has worked in partnership from 2019 with Quell "
        "Tools, the Heilbronn machine builder.",
        [("tarvo-abrasives", "PARTNERS_WITH", "quell-tools")],
        [],
    ),
    (  # a span of time between
        "Tarvo Abrasives makes wheels. Tarvo worked in collaboration for a decade with Quell "
        "Tools.",
        [("tarvo-abrasives", "PARTNERS_WITH", "quell-tools")],
        [],
    ),
    (  # the first "with" names the partner, not a later one
        "Tarvo Abrasives makes wheels. Tarvo has worked in partnership with Quell Tools on a "
        "plan with Kessel Steel.",
        [("tarvo-abrasives", "PARTNERS_WITH", "quell-tools")],
        [("tarvo-abrasives", "PARTNERS_WITH", "kessel-steel")],
    ),
    (  # a negation
        "Tarvo Abrasives makes wheels. Tarvo has not worked in partnership from 2019 with "
        "Quell Tools.",
        [],
        [("tarvo-abrasives", "PARTNERS_WITH", "quell-tools")],
    ),
    (  # a plan
        "Tarvo Abrasives makes wheels. Tarvo may work in partnership next year with Quell Tools.",
        [],
        [("tarvo-abrasives", "PARTNERS_WITH", "quell-tools")],
    ),
    (  # a new clause with its own "with"
        "Tarvo Abrasives makes wheels. Tarvo has worked in partnership with universities, and "
        "with Quell Tools it shares a lab.",
        [],
        [("tarvo-abrasives", "PARTNERS_WITH", "quell-tools")],
    ),
    (  # a rival after a partnership's purpose
        "Tarvo Abrasives makes wheels. Tarvo works in partnership with schools to train "
        "apprentices, competing with Quell Tools for staff.",
        [("tarvo-abrasives", "COMPETES_WITH", "quell-tools")],
        [("tarvo-abrasives", "PARTNERS_WITH", "quell-tools")],
    ),
]


@pytest.mark.parametrize("case", gap_params(PARTNERS, GAPS))
def test_partners(case: Case) -> None:
    check(*case)
