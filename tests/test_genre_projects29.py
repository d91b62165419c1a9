"""Genre bank for money reaching a project through a reference or a relative clause (round 29).

What money goes "towards" is the scheme in view ("has pledged £3m towards it"), in either
spelling of the preposition and after granting, awarding, providing or lending verbs. A name being
built ("is building NAME", "NAME, a NOUN that X is developing", "is building a new hall, known as
NAME", "NAME, built at a cost of ...") is a Project, so "the project" later finds it. A loan in an
object relative on a described thing ("NAME, a berth near P that X is building with a loan from
L"; "NAME, a depot in P, which X will finance alongside a loan from L") funds the thing, not the
builder or the co-funder. A share of a cost paid "with loans from A and B" funds the project,
not the sponsors of the clause before.

Each case is a short invented text (relations that must be found, relations that must not be),
across bakeries, ports, broadband, rail depots, textiles, hospitals, water, quarries, theatres,
clinics and wind power.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, check_types, gap_params

TOWARDS: list[Case] = [
    (  # bakeries: "towards it" after a scheme named two sentences before
        "Corvel Foods is building Ashgrove Bake Works, a £30m bakery outside Derby. The plant "
        "will employ 200 people. Since May the Trent Valley Fund has pledged £3m towards it.",
        [("trent-valley-fund", "FUNDS", "ashgrove-bake-works")],
        [("trent-valley-fund", "FUNDS", "corvel-foods")],
    ),
    (  # broadband: "toward the programme" after a providing verb
        "Lindell Telecom launched the Moorline Fibre Programme, a £40m scheme to connect upland "
        "farms, in 2024. Last month the Upland Digital Trust has provided £5m toward the "
        "programme.",
        [("upland-digital-trust", "FUNDS", "moorline-fibre-programme")],
        [],
    ),
    (  # theatres: a grant "towards" a named scheme
        "The Orrell Playhouse is rebuilding its fly tower under a plan called Project Curtain. "
        "In March the Northern Stage Foundation granted £400,000 towards Project Curtain.",
        [("northern-stage-foundation", "FUNDS", "project-curtain")],
        [],
    ),
    (  # textiles: a hall being built, then named
        "Ostrava Weaving is erecting a new dye house, known as Farbhaus Sud, beside its old "
        "mill. Moravia Rozvoj, a regional lender, has pledged €3m towards it.",
        [("moravia-rozvoj", "FUNDS", "farbhaus-sud")],
        [("moravia-rozvoj", "FUNDS", "ostrava-weaving")],
    ),
    (  # the same without the weaver's own mill named after the hall
        "Ostrava Weaving is erecting a new dye house, known as Farbhaus Sud, by the canal. "
        "Moravia Rozvoj, a regional lender, has pledged €3m towards it.",
        [("moravia-rozvoj", "FUNDS", "farbhaus-sud")],
        [("moravia-rozvoj", "FUNDS", "ostrava-weaving")],
    ),
    (  # guard: no scheme in view, "towards it" is left to the usual reading of "it"
        "Pellam Mutual lifted its dividend. Its chairman, Ines Varro, said the board would "
        "review the plan and give £2m towards it next year.",
        [],
        [("pellam-mutual", "FUNDS", "pellam-mutual")],
    ),
]

BUILT: list[Case] = [
    (  # quarries: "the project" finds a name being built
        "Garrow Stone is building Kelbrook Quarry near Skipton. In June the Craven Growth Fund "
        "lent £6m to the project.",
        [("craven-growth-fund", "FUNDS", "kelbrook-quarry")],
        [("craven-growth-fund", "FUNDS", "garrow-stone")],
    ),
    (  # water: a name with a cost clause
        "The Dunmere Reservoir, built at a cost of £80m, is a venture between Avon Water and "
        "Selcombe Utilities. In June the Wessex Infrastructure Bank lent £20m to the project.",
        [("wessex-infrastructure-bank", "FUNDS", "dunmere-reservoir")],
        [],
    ),
    (  # guard: an appositive headed by a firm noun stays a firm
        "Investors asked about Palvo Labs, a start-up that Harwick Ventures is building with "
        "two former engineers.",
        [],
        [("harwick-ventures", "FUNDS", "palvo-labs")],
    ),
]

RELATIVE: list[Case] = [
    (  # ports: a loan in an object relative across an appositive
        "Dock users want Tolland Quay, a £90m cargo berth near Dover that Harwick Ports is "
        "constructing with a £50m loan from Marden Bank, to open by spring.",
        [("marden-bank", "FUNDS", "tolland-quay")],
        [("marden-bank", "FUNDS", "harwick-ports")],
    ),
    (  # hospitals: "which X will finance alongside a loan from L"
        "The trust wants to open Wexcombe Wing, a £60m surgical block at the old barracks in "
        "Truro, which Pendle Health Partners will finance alongside a £15m loan from Kernow "
        "Council.",
        [("kernow-council", "FUNDS", "wexcombe-wing")],
        [("kernow-council", "FUNDS", "pendle-health-partners")],
    ),
    (  # the relative's own subject funds the scheme too (read only when the article funded a
        # thing before: `shared_costs` needs one in context)
        "The trust wants to open Wexcombe Wing, a £60m surgical block in Truro, which Pendle "
        "Health Partners will finance alongside a £15m loan from Kernow Council.",
        [("pendle-health-partners", "FUNDS", "wexcombe-wing")],
        [],
    ),
    (  # rail depots: the named thing right before "which"
        "Tay Rail plans Fenwick Yard, which Lorne Freight will finance with a £15m loan from "
        "Strath Bank.",
        [("strath-bank", "FUNDS", "fenwick-yard")],
        [("strath-bank", "FUNDS", "lorne-freight")],
    ),
    (  # guard: a buyer's own loan still funds the buyer
        "Harwick Ports will pay for the purchase of Selby Docks with a £50m loan from Marden Bank.",
        [("marden-bank", "FUNDS", "harwick-ports")],
        [],
    ),
]

BALANCE: list[Case] = [
    (  # clinics: the rest paid with loans funds the project
        "Crestmoor Health and Valder Care are developing the Elmstead Surgical Centre near "
        "Leicester. Each side pays in cash pro rata to its holding for the £80m scheme, and the "
        "rest will be funded through bank loans from Tamsin Bank and Orrel Bank.",
        [
            ("tamsin-bank", "FUNDS", "elmstead-surgical-centre"),
            ("orrel-bank", "FUNDS", "elmstead-surgical-centre"),
        ],
        [("tamsin-bank", "FUNDS", "crestmoor-health"), ("orrel-bank", "FUNDS", "valder-care")],
    ),
    (  # wind power: the rest "with a loan from" after a project in the same sentence
        "Ardvale Power will put £200m into the Project Gannet, and the rest will be "
        "funded with a loan from Caledon Bank.",
        [("caledon-bank", "FUNDS", "project-gannet")],
        [("caledon-bank", "FUNDS", "ardvale-power")],
    ),
    (  # guard: "the balance ... by A" was read before and stays
        "The Project Gannet will cost £500m. The balance will be provided by Caledon Bank.",
        [("caledon-bank", "FUNDS", "project-gannet")],
        [],
    ),
]

# mend29b (review 29 F6-F8): "towards it" with no scheme in view, a new thing of its own
# sentence, or a firm named in it, never funds an older scheme or the firm building one
TOWARDS_NOT: list[Case] = [
    (  # dairies: an unnamed plant is no entity, and not its builder
        "Tarrin Dairy is building a cheese plant. The Welsh Food Fund has granted £1m towards it.",
        [],
        [
            ("the-welsh-food-fund", "FUNDS", "tarrin-dairy"),
            ("welsh-food-fund", "FUNDS", "tarrin-dairy"),
        ],
    ),
    (  # labs: a hired firm in between, the builder is not what money goes towards
        "Verity Labs is building the Osborne Research Centre. It has also hired Pell "
        "Architects. Glaze Foundation has awarded £2m towards it.",
        [],
        [("glaze-foundation", "FUNDS", "verity-labs")],
    ),
    (  # clinics: "opening the NAME"
        "Rowan Health is opening the Birch Clinic. Heald Trust has granted £500,000 towards "
        "it. It will open in June.",
        [],
        [("heald-trust", "FUNDS", "rowan-health")],
    ),
    (  # ferries: "a new ship" of its own sentence, not the older quay
        "Harwick Ports is building Tolland Quay. Its rival Sandgate Ferries needs a new ship, "
        "and Kent Growth Fund will put £3m towards it.",
        [],
        [("ashdown-capital", "FUNDS", "tolland-quay")],
    ),
    (  # ports: "a £20m fund" raised in the same sentence
        "Harwick Ports is building Tolland Quay. It is also raising a £20m fund, and Kent "
        "Growth Fund has pledged £3m towards it.",
        [],
        [("ashdown-capital", "FUNDS", "tolland-quay")],
    ),
    (  # mills: a new kiln of its own sentence
        "Ardle Mills is building the Tarn Weaving Shed. Its supplier Lusk Yarns wants a new "
        "kiln, and the Border Textile Fund will lend £1m towards it.",
        [],
        [("border-textile-fund", "FUNDS", "tarn-weaving-shed")],
    ),
    (  # ports: the firm just bought in the same sentence
        "Harwick Ports is building Tolland Quay. Bray Capital bought Harwick Ports in 2020 and "
        "has since put £30m towards it.",
        [("bray-capital", "FUNDS", "harwick-ports")],
        [("bray-capital", "FUNDS", "tolland-quay")],
    ),
]

# review 29 F9: money "towards buying Y" funds the buyer's purchase, never Y, the thing bought
BOUGHT_NOT: list[Case] = [
    (  # boatyards: a lender's double object
        "Weller Bank will lend Hythe Sailing £5m towards buying Pell Boats.",
        [("weller-bank", "FUNDS", "hythe-sailing")],
        [("weller-bank", "FUNDS", "pell-boats")],
    ),
    (  # bakeries: a contribution towards acquiring a rival
        "Orrin Capital will contribute £2m towards acquiring Marl Bakeries.",
        [],
        [("orrin-capital", "FUNDS", "marl-bakeries")],
    ),
    (  # guard (ports): money towards a named scheme still funds it
        "Tolland Quay is a new ferry terminal near Dover. Ashdown Capital has pledged "
        "£3m towards Tolland Quay.",
        [("ashdown-capital", "FUNDS", "tolland-quay")],
        [],
    ),
]

BANK = TOWARDS + BUILT + RELATIVE + BALANCE + TOWARDS_NOT + BOUGHT_NOT

# mend29b (review 29 F1-F5): a firm built up, a party, a possessor, a modifier, a product being
# developed, a name with a firm's word or legal form, a business in the appositive: no Project
NOT_BUILT: list[tuple[str, dict[str, str]]] = [
    ("Brisco Retail is building Hearthly into a national brand.", {"Hearthly": "Organization"}),
    (
        "Kerr Group is building Stellan Bank into a regional lender.",
        {"Stellan Bank": "Organization"},
    ),
    (
        "Zara Ndlovu is building Kanzi Foods into a national bakery chain.",
        {"Kanzi Foods": "Organization"},
    ),
    (
        "Ferro Construction is building Orla Mining a new shaft at Leadhills.",
        {"Orla Mining": "Organization"},
    ),
    ("Bray Capital is developing Harwick Ports' new terminal.", {"Harwick Ports": "Organization"}),
    (
        "Nyla Soft is developing Brightpay integrations for retailers.",
        {"Brightpay": "Organization"},
    ),
    (
        "Colm Brewing is developing Ferrow Lager for export markets.",
        {"Colm Brewing": "Organization"},
    ),
    ("Luma Bio is developing Tovaline with Rynex Pharma.", {"Luma Bio": "Organization"}),
    (
        "Perrin Farms is building Tamsel Dairies up as a cheese brand.",
        {"Tamsel Dairies": "Organization"},
    ),
    (
        "Thornby Foods, a bakery that Wexley Group is building with a loan from Calder Bank, "
        "supplies Tesco.",
        {"Thornby Foods": "Organization"},
    ),
    (
        "Kestrel Roasters, a coffee chain that Bute Capital is building with a loan from Clyde "
        "Bank, now supplies Asda.",
        {"Kestrel Roasters": "Organization"},
    ),
    (
        "Fenwick Motors, built at a cost of £30m by its founder, now employs 300.",
        {"Fenwick Motors": "Organization"},
    ),
    ("Harwick Ports is building Tolland Quay near Dover.", {"Tolland Quay": "Project"}),
]
GAPS: dict[str, str] = {
    "The trust wants to open Wexcombe Wing, a £60m surgical block in Truro": (
        "a relative's subject financing the described scheme with no funded thing in context"
    ),
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_projects29(case: Case) -> None:
    check(*case)


@pytest.mark.parametrize("case", NOT_BUILT)
def test_not_built29(case: tuple[str, dict[str, str]]) -> None:
    check_types(case[0], case[1], [])
