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

GAPS: dict[str, str] = {}

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


# mend33: what the review of the readings above found wrong (round 33 mend)
GAP_BREAKS: list[Case] = [
    (  # G1: a second joined verb with its own "with" ends the partnership
        "Ostra Tiles makes tiles. Ostra worked in partnership in 2017 and quarrelled in 2021 "
        "with Fenna Kilns.",
        [("ostra-tiles", "DISPUTES", "fenna-kilns")],
        [("ostra-tiles", "PARTNERS_WITH", "fenna-kilns")],
    ),
    (  # G1: "but now competes with"
        "Ostra Tiles makes tiles. Ostra once worked in collaboration but now competes with "
        "Fenna Kilns.",
        [("ostra-tiles", "COMPETES_WITH", "fenna-kilns")],
        [("ostra-tiles", "PARTNERS_WITH", "fenna-kilns")],
    ),
    (  # G1: a modal and "or" with another verb
        "Ostra Tiles makes tiles. Ostra must work in partnership or compete with Fenna Kilns, "
        "a broker said.",
        [],
        [("ostra-tiles", "PARTNERS_WITH", "fenna-kilns")],
    ),
    (  # G1: "and then merged with"
        "Ostra Tiles makes tiles. Ostra worked in collaboration for years and then merged with "
        "Fenna Kilns.",
        [],
        [("ostra-tiles", "PARTNERS_WITH", "fenna-kilns")],
    ),
    (  # G1: a noun that takes its own "with"
        "Ostra Tiles makes tiles. Ostra worked in partnership on its dispute with Fenna Kilns.",
        [("ostra-tiles", "DISPUTES", "fenna-kilns")],
        [("ostra-tiles", "PARTNERS_WITH", "fenna-kilns")],
    ),
    (  # G1: a participle that takes its own "with"
        "Ostra Tiles makes tiles. Ostra worked in collaboration on a kiln contract signed with "
        "Fenna Kilns.",
        [],
        [("ostra-tiles", "PARTNERS_WITH", "fenna-kilns")],
    ),
    (  # kept: a span and a topic between the noun and "with"
        "Ostra Tiles makes tiles. Ostra has worked in partnership for nine years with Fenna "
        "Kilns. It worked in collaboration on the Gdansk showroom with Pello Glaze.",
        [
            ("ostra-tiles", "PARTNERS_WITH", "fenna-kilns"),
            ("ostra-tiles", "PARTNERS_WITH", "pello-glaze"),
        ],
        [],
    ),
]

HER_ADVERBS: list[Case] = [
    (  # G2: a manner adverb before a participle and its noun: "her" is a determiner
        "Nuria Sala runs Sala Olives. Enric Bosch advised her closely held company, Sala "
        "Olives, on the listing.",
        [("enric-bosch", "ADVISES", "sala-olives")],
        [("enric-bosch", "ADVISES", "nuria-sala")],
    ),
    (  # G2: "her privately owned firm"
        "Nuria Sala runs Sala Olives. Enric Bosch counsels her privately owned firm Sala Olives.",
        [("enric-bosch", "ADVISES", "sala-olives")],
        [("enric-bosch", "ADVISES", "nuria-sala")],
    ),
    (  # G2: a firm naming an unnamed person who is the subject
        "Nuria Sala runs Sala Olives. A former Oleum director backed her regularly, the filing "
        "shows.",
        [],
        [("oleum", "BACKS", "nuria-sala")],
    ),
    (  # G2: the person before the description backs her, not the firm in it
        "Nuria Sala runs Sala Olives. Enric Bosch, a former Oleum director who backed her "
        "quietly in 2019, invested again.",
        [("enric-bosch", "BACKS", "nuria-sala")],
        [("oleum", "BACKS", "nuria-sala"), ("oleum", "BACKS", "enric-bosch")],
    ),
    (  # kept: the adverb before a preposition ends the object
        "Nuria Sala runs Sala Olives. Enric Bosch advises her personally on exports.",
        [("enric-bosch", "ADVISES", "nuria-sala")],
        [],
    ),
]

ADVISED_LISTS: list[Case] = [
    (  # G3: coordinated objects of the relative's verb
        "Enric Bosch left Oleum in 2020. Enric Bosch, a former chair of Oleum Mills who advises "
        "Sala Olives and Terra Verda, spoke.",
        [
            ("enric-bosch", "ADVISES", "sala-olives"),
            ("enric-bosch", "ADVISES", "terra-verda"),
        ],
        [("oleum-mills", "ADVISES", "terra-verda")],
    ),
    (  # G3: a pronoun and a firm
        "Nuria Sala runs Sala Olives. Enric Bosch, a former Oleum executive who advises her and "
        "Terra Verda, joined the board.",
        [("enric-bosch", "ADVISES", "nuria-sala"), ("enric-bosch", "ADVISES", "terra-verda")],
        [],
    ),
    (  # G4: "her" is not the man a "him" names
        "Pere Gil hired Marta Roca, who joined in 2003 and who, like him, advises her.",
        [],
        [("marta-roca", "ADVISES", "pere-gil")],
    ),
]

HEDGED_RIVALS: list[Case] = [
    (  # G5: a would-be rival is no rival yet
        "Banca Riva raised rates. Banca Lenta, a would-be Genoa rival, held rates.",
        [],
        [("banca-lenta", "COMPETES_WITH", "banca-riva")],
    ),
    (  # G5: an aspiring rival
        "Banca Riva raised rates. Banca Lenta, an aspiring Genoa rival, held rates.",
        [],
        [("banca-lenta", "COMPETES_WITH", "banca-riva")],
    ),
    (  # G5: "the rival across town of C": not the article's firm's rival
        "Banca Riva raised rates. Banca Lenta, the rival across town of Cassa Alta, held rates.",
        [],
        [("banca-lenta", "COMPETES_WITH", "banca-riva")],
    ),
    (  # G5 (known gap): the rival across town of a named firm is that firm's rival
        "Banca Lenta, the rival across town of Cassa Alta, held rates.",
        [("banca-lenta", "COMPETES_WITH", "cassa-alta")],
        [],
    ),
]

MEND_GAPS = {
    "Banca Lenta, the rival across": "the rival across town of C: the pair with C is not read",
}


@pytest.mark.parametrize("case", gap_params(GAP_BREAKS, MEND_GAPS))
def test_gap_breaks(case: Case) -> None:
    check(*case)


@pytest.mark.parametrize("case", gap_params(HER_ADVERBS + ADVISED_LISTS, MEND_GAPS))
def test_her_adverbs_and_lists(case: Case) -> None:
    check(*case)


@pytest.mark.parametrize("case", gap_params(HEDGED_RIVALS, MEND_GAPS))
def test_hedged_rivals(case: Case) -> None:
    check(*case)
