"""Genre bank for money readings of round 34: a lender described in an aside inside a loan's
relative, and a round's companion "joined by" after its leaders in a raiser's relative.

- "a loan that L, a Ghent savings bank, has extended to B": the aside (a description, a place
  in it allowed) is skipped and L FUNDS B; no lending verb (a refusal, a negation, a modal, a
  wish, a consideration, an offer: "a loan L offered B" may be declined), a name or a
  relative in the aside, or a borrower's possessive ("to B's parent") reads nothing.
- "X, a 900-hectare scheme in Sumba financed by L": a measure and a place after "in" inside the
  appositive leave X what the participle is said of; a modal or a negation reads nothing.
- "funded by a round that Q raised, led by L and joined by D": D FUNDS Q beside L; an
  intended round or a joiner that is no name reads D nothing.

Each case is a short invented text, across ferries, tiles, cheese, salmon, ceramics, boats,
health apps, printing, bakeries and textiles.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

LENDER_ASIDES: list[Case] = [
    (  # ferries: perfect tense, a place in the aside
        "The refit is being paid for with a £12m facility that Corran Bank, a Glasgow savings "
        "bank, provided to Islay Ferries.",
        [("corran-bank", "FUNDS", "islay-ferries")],
        [("islay-ferries", "FUNDS", "corran-bank")],
    ),
    (  # tiles: "which", a direct object after "gave"
        "Tomar Tiles drew on a credit line which Banco Douro, the Porto lender, gave Tomar "
        "Tiles in 2020.",
        [("banco-douro", "FUNDS", "tomar-tiles")],
        [],
    ),
    (  # cheese: no relative word, pluperfect
        "The upgrade used a €5m loan Keller Bank, an Austrian cooperative lender, had granted "
        "to Alpen Cheese.",
        [("keller-bank", "FUNDS", "alpen-cheese")],
        [],
    ),
    (  # salmon: two borrowers
        "The plan rests on a bridge loan that Norsk Kreditt, the state lender, extended to "
        "Fjell Salmon and Lofot Seafood.",
        [("norsk-kreditt", "FUNDS", "fjell-salmon"), ("norsk-kreditt", "FUNDS", "lofot-seafood")],
        [],
    ),
    (  # guard (ferries): a refusal
        "The refit depends on a £12m facility that Corran Bank, a Glasgow savings bank, "
        "refused to provide to Islay Ferries.",
        [],
        [("corran-bank", "FUNDS", "islay-ferries")],
    ),
    (  # guard (ferries): a negation
        "The refit depends on a £12m facility that Corran Bank, a Glasgow savings bank, has "
        "not provided to Islay Ferries.",
        [],
        [("corran-bank", "FUNDS", "islay-ferries")],
    ),
    (  # guard (ferries): a modal
        "The refit depends on a £12m facility that Corran Bank, a Glasgow savings bank, may "
        "provide to Islay Ferries.",
        [],
        [("corran-bank", "FUNDS", "islay-ferries")],
    ),
    (  # guard (ferries): a name in the aside
        "The refit depends on a £12m facility that Corran Bank, a lender owned by Tarvik "
        "Holdings, provided to Islay Ferries.",
        [],
        [("corran-bank", "FUNDS", "islay-ferries")],
    ),
    (  # guard (printing): the borrower's possessive names someone else
        "The dispute concerns a loan that Corran Bank, a Glasgow lender, provided to Islay "
        "Ferries' former parent, Clyde Marine.",
        [],
        [("corran-bank", "FUNDS", "islay-ferries")],
    ),
    (  # trucks: a pronoun borrower
        "Crane Logistics paid for its trucks with a loan that Wexley Bank, a Midlands lender, "
        "provided to it.",
        [("wexley-bank", "FUNDS", "crane-logistics")],
        [],
    ),
    (  # schools: a grant, a described charity
        "A grant that Wellspring Foundation, a Seattle charity, gave Cascadia Schools paid for "
        "laptops.",
        [("wellspring-foundation", "FUNDS", "cascadia-schools")],
        [],
    ),
    (  # cutlery: a possessive description
        "The loan that Peveril Credit, its longtime lender, provided to Hathersage Cutlery was "
        "increased.",
        [("peveril-credit", "FUNDS", "hathersage-cutlery")],
        [],
    ),
    (  # guard (boats): an offer, declined
        "Marten Boats declined a loan that Crag Bank, a Cumbrian lender, offered Marten Boats.",
        [],
        [("crag-bank", "FUNDS", "marten-boats")],
    ),
    (  # guard (fish): an offer, turned down
        "The facility that Weir Bank, a Trent lender, had offered to Pike Foods was turned down.",
        [],
        [("weir-bank", "FUNDS", "pike-foods")],
    ),
    (  # guard (mills): an offer still under review
        "The credit line that Osprey Bank, a Tay lender, offered to Dunkeld Mills is under review.",
        [],
        [("osprey-bank", "FUNDS", "dunkeld-mills")],
    ),
    (  # guard (foods): an offer without an aside
        "The loan that Crag Bank offered Marten Foods was rejected by its board.",
        [],
        [("crag-bank", "FUNDS", "marten-foods")],
    ),
]

ROUND_JOINERS: list[Case] = [
    (  # ceramics: ", joined by"
        "The new kiln was financed by a $15m round that Corvo Ceramics raised last year, led "
        "by Ember Ventures, joined by Lindell Partners.",
        [
            ("ember-ventures", "FUNDS", "corvo-ceramics"),
            ("lindell-partners", "FUNDS", "corvo-ceramics"),
        ],
        [],
    ),
    (  # boats: two joiners
        "Pelago Boats built the hull with a €20m round that Pelago Boats closed in March, led "
        "by Aster Ventures and joined by Kelp Capital and Tidewater Fund.",
        [("kelp-capital", "FUNDS", "pelago-boats"), ("tidewater-fund", "FUNDS", "pelago-boats")],
        [],
    ),
    (  # health apps: no relative word
        "The app was built with a £4m seed round Sorrel Health closed in 2023, led by Quill "
        "Capital and joined by Marna Ventures.",
        [("marna-ventures", "FUNDS", "sorrel-health")],
        [],
    ),
    (  # textiles: an attribution after the joiner
        "The loom hall was paid for by a round that Weft Mills raised, led by Ember Ventures and "
        "joined by Lindell Partners, according to people familiar with the matter.",
        [("lindell-partners", "FUNDS", "weft-mills")],
        [],
    ),
    (  # guard (ceramics): a round still to raise
        "The new kiln will be financed by a $15m round that Corvo Ceramics hopes to raise next "
        "year, led by Ember Ventures and joined by Lindell Partners.",
        [],
        [("lindell-partners", "FUNDS", "corvo-ceramics")],
    ),
    (  # guard (bakeries): joined later in something else
        "The oven was financed by a $2m round that Crumb Bakery raised last year, led by Ember "
        "Ventures; it was later joined by Lindell Partners in a lawsuit.",
        [("ember-ventures", "FUNDS", "crumb-bakery")],
        [("lindell-partners", "FUNDS", "crumb-bakery")],
    ),
    (  # software: three joiners in a list
        "Tally Ledger is funded by a round Tally Ledger raised, led by Corbel Capital and joined "
        "by Brook Ventures, Ash Fund and Kiln Partners.",
        [
            ("brook-ventures", "FUNDS", "tally-ledger"),
            ("ash-fund", "FUNDS", "tally-ledger"),
            ("kiln-partners", "FUNDS", "tally-ledger"),
        ],
        [],
    ),
]

PLACED_APPOSITIVES: list[Case] = [
    (  # forestry: a measure and a place between the noun and the participle
        "The largest is the Sumba Mangrove Project, a 20,000-hectare scheme in Sumba financed "
        "by the developer Nusa Hijau.",
        [("nusa-hijau", "FUNDS", "sumba-mangrove-project")],
        [],
    ),
    (  # reefs: coordinated participles
        "The biggest is the Rinca Reef Project, a 900-hectare scheme in Flores financed and run "
        "by the developer Laut Biru.",
        [("laut-biru", "FUNDS", "rinca-reef-project")],
        [],
    ),
    (  # bridges: "paid for by" inside a subject's appositive
        "The Harlan Bridge, a toll crossing in Devon paid for by the Tamar Council, opened in May.",
        [("tamar-council", "FUNDS", "harlan-bridge")],
        [],
    ),
    (  # dairies: a loan as the agent
        "Kelda Dairy, a 4,000-tonne plant in Wales financed by a loan from Arno Bank, opened.",
        [("arno-bank", "FUNDS", "kelda-dairy")],
        [],
    ),
    (  # guard (dairies): a modal in a relative
        "The deal includes Kelda Dairy, a plant in Wales that may be funded by the Cymru Growth "
        "Fund.",
        [],
        [("cymru-growth-fund", "FUNDS", "kelda-dairy")],
    ),
    (  # guard (dairies): a negation
        "Kelda Dairy, a plant in Wales not funded by the Cymru Growth Fund, closed.",
        [],
        [("cymru-growth-fund", "FUNDS", "kelda-dairy")],
    ),
    (  # guard (towns): a place is served, not funded
        "The mill is near Harlow, a town in Essex served by Anglia Rail.",
        [],
        [("anglia-rail", "FUNDS", "harlow")],
    ),
    (  # trails: a place and a measure, "funded by"
        "The Arbor Trail, a 90-mile trail in Vermont funded by Green Mountain Trust, opened.",
        [("green-mountain-trust", "FUNDS", "arbor-trail")],
        [],
    ),
    (  # farms: the same shape with an owner
        "The Corran Estate, a 3,000-acre farm in Argyll owned by Loch Holdings, was sold.",
        [("loch-holdings", "OWNS", "corran-estate")],
        [],
    ),
    (  # guard (terminals): funding still planned
        "The Tambora Terminal, a 10,000-tonne terminal in Sumbawa to be financed by Garuda "
        "Green, was delayed.",
        [],
        [("garuda-green", "FUNDS", "tambora-terminal")],
    ),
]

BANK = LENDER_ASIDES + ROUND_JOINERS + PLACED_APPOSITIVES
GAPS: dict[str, str] = {}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_funds34(case: Case) -> None:
    check(*case)


@pytest.mark.xfail(
    strict=True,
    reason="round 34: relative after an appositive whose head a town premodifies over several "
    "words ('Y, the Leeds buyout firm, which owns ...'), TUNE +0/-0 right, +3/-0 wrong: failed "
    "keep rule (a role description later in the relative then resolves to the wrong firm)",
)
def test_town_premodified_appositive_relative() -> None:
    check(
        "Tallow Energy was bought in 2020 by Kestrel Capital, the Leeds buyout firm, which now "
        "owns 30% of Brenn Oil.",
        [("kestrel-capital", "OWNS", "brenn-oil")],
        [("tallow-energy", "OWNS", "brenn-oil")],
    )


@pytest.mark.xfail(
    strict=True,
    reason="round 34: equity injection from a possessed holder named in apposition ('with a "
    "€40m equity injection from its largest shareholder, L'), TUNE +0/-0 right, +0/-0 wrong: "
    "failed keep rule (no effect on TUNE)",
)
@pytest.mark.parametrize(
    "case",
    [
        (
            "Corlan Steel will pay for the mill with a €40m equity injection from its largest "
            "shareholder, Varga Holding.",
            [("varga-holding", "FUNDS", "corlan-steel")],
            [],
        ),
        (
            "Corlan Steel will finance the purchase with cash and a capital injection from its "
            "parent, the Austrian group Alpen Stahl.",
            [("alpen-stahl", "FUNDS", "corlan-steel")],
            [],
        ),
    ],
)
def test_holder_injection(case: Case) -> None:
    check(*case)
