"""Genre bank for an organization tied to its place (round 29, LOCATED_IN).

What is read: a place before a company noun bound to a name ("the Leeds investment firm X",
"X, a Bradford weaver"), an appositive noun "from" or "in" a town, a site run by a subject
("which runs a plant in A and a warehouse in B"), an owner's site after a fronted phrase, "with
four mills around C". Guards: a market sold into, a court's town, a customer's place, a
nationality ("a Danish operator") place nobody; a customer's site after "supplies X to" is a
known wrong reading, kept as a strict xfail.

Strict xfails (`GAPS`) keep the shapes left unread this round: "one of the larger NOUNs in C",
"then a two-site NOUN in A and B" (the second town), "a 400-truck fleet from C", "X of C" when
the town is typed Organization, an "X-based" description that only a definite noun phrase
refers back to ("The Wakefield-based dyer, which ..."), and the place premodifying a studio or
a network (measured: two wrong of three on the CHECK half).

Invented cases across bakeries, textiles, shipping, dairy, printing, glass, tattoo studios,
venture funds and flour milling.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

BANK: list[Case] = [
    (  # finance: a place before a two-word company job, then the name
        "Grenholm Bakeries agreed to buy Tessa Ovens. The deal was backed by the Leeds "
        "investment firm Carrow Partners, which owns 12% of Grenholm.",
        [("carrow-partners", "LOCATED_IN", "leeds")],
        [("grenholm-bakeries", "LOCATED_IN", "leeds")],
    ),
    (  # textiles: an appositive trade noun premodified by its town
        "Vantry Textiles agreed to buy Orlan Mills for £40 million. Orlan Mills, a Bradford "
        "weaver that supplies tailors in London, has been for sale since March.",
        [("orlan-mills", "LOCATED_IN", "bradford")],
        [("orlan-mills", "LOCATED_IN", "london"), ("vantry-textiles", "LOCATED_IN", "bradford")],
    ),
    (  # bakeries: an appositive noun "from" a town
        "Grenholm Bakeries bought Tessa Ovens. Halden Ovens, a family bakery from Tromsø, "
        "also bid for the business.",
        [("halden-ovens", "LOCATED_IN", "tromso")],
        [("grenholm-bakeries", "LOCATED_IN", "tromso")],
    ),
    (  # printing: a relative clause that runs two sites in two towns
        "Orrin Printing, which runs a plant in Bergen and a warehouse in Voss, was not part of "
        "the deal struck by Kalder Media.",
        [("orrin-printing", "LOCATED_IN", "bergen"), ("orrin-printing", "LOCATED_IN", "voss")],
        [("kalder-media", "LOCATED_IN", "bergen")],
    ),
    (  # dairy: "with N sites around C" after an appositive
        "Vamdrup Mills, an operator with four mills around Kolding, declined to comment on "
        "the offer from Sandvik Foods.",
        [("vamdrup-mills", "LOCATED_IN", "kolding")],
        [("sandvik-foods", "LOCATED_IN", "kolding")],
    ),
    (  # glass: an owner's site after a fronted comparison
        "Pellow Glass makes bottles for brewers. Less glamorous but larger, Orlan Mills dyes "
        "its cloth at a plant outside Keighley.",
        [("orlan-mills", "LOCATED_IN", "keighley")],
        [("pellow-glass", "LOCATED_IN", "keighley")],
    ),
    (  # guard, shipping: a market the firm sells into is no seat
        "Marlow Freight, a parcel carrier, sells its services across Spain and Portugal.",
        [],
        [("marlow-freight", "LOCATED_IN", "spain"), ("marlow-freight", "LOCATED_IN", "portugal")],
    ),
    (  # guard, milling: a court's town places neither party
        "Brisk Mills sued Karsk Flour in a court in Odense, claiming it copied a recipe.",
        [],
        [("brisk-mills", "LOCATED_IN", "odense"), ("karsk-flour", "LOCATED_IN", "odense")],
    ),
    (  # guard, printing: a customer's place is not the supplier's
        "Orrin Printing supplies labels to a brewery in Tampere.",
        [],
        [("orrin-printing", "LOCATED_IN", "tampere")],
    ),
    (  # guard, dairy: a nationality is no place
        "Grenholm bought Pirkka Dairy, a Finnish cooperative, in 2021.",
        [],
        [("pirkka-dairy", "LOCATED_IN", "finland")],
    ),
    # gaps (xfail, strict): shapes left unread this round
    (  # milling: "one of the NOUNs in C"
        "Tessa Ovens also owns a stake in Brisk Mills, one of the larger flour millers in Odense.",
        [("brisk-mills", "LOCATED_IN", "odense")],
        [("tessa-ovens", "LOCATED_IN", "odense")],
    ),
    (  # bakeries: "then a two-site NOUN in A and B": the second town
        "Grenholm Bakeries bought Velt Foods, then a two-site baker in Aalborg and Vejle, in 2023.",
        [("velt-foods", "LOCATED_IN", "vejle")],
        [("grenholm-bakeries", "LOCATED_IN", "vejle")],
    ),
    (  # freight: a counted, premodified fleet "from" a town
        "Ostrel Haulage agreed to buy Marlow Freight, a 400-truck parcel fleet from Wichita, "
        "Kansas, for $90 million.",
        [("marlow-freight", "LOCATED_IN", "wichita")],
        [("ostrel-haulage", "LOCATED_IN", "wichita")],
    ),
    (  # textiles: "X of C" with a town the typing does not know
        "Dunmore Looms of Huddersfield, a rival of Vantry Textiles, said it would not bid.",
        [("dunmore-looms", "LOCATED_IN", "huddersfield")],
        [("vantry-textiles", "LOCATED_IN", "huddersfield")],
    ),
    (  # dyes: an "X-based" definite description that refers back to a named firm
        "Osric Dyes, a rival, is weighing a bid. The Wakefield-based dyer, which employs 90 "
        "people, declined to comment.",
        [("osric-dyes", "LOCATED_IN", "wakefield")],
        [],
    ),
    (  # tattoo studios: a place premodifying "studio" before the name
        '"It is hard," said Mia Berg, who owns the Grünerløkka studio Lakk Tattoo.',
        [("lakk-tattoo", "LOCATED_IN", "grunerlokka")],
        [],
    ),
]

GAPS: dict[str, str] = {
    "Tessa Ovens also owns": "one of the NOUNs in C: the partitive appositive is not read",
    "Ostrel Haulage agreed": "a counted premodified noun before 'from C' is not read",
    "Dunmore Looms of": "X of C: the town is typed Organization",
    "Osric Dyes, a rival": "an X-based definite description is not bound back to its firm",
    "Orrin Printing supplies": "a customer's site after 'supplies X to a NOUN in C' is read as "
    "the supplier's (nominal/noun-trigger): a precision gap",
    '"It is hard,"': "C studio NAME: 'studio' is no located head (measured: costs CHECK P)",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_located29(case: Case) -> None:
    check(*case)
