"""Products and projects typed by what is said of them, and organizations by what only an
organization does (loaders/type_frames.py). Every sentence is invented; sectors vary, and each
frame has guards: names that look alike but keep their type."""

from __future__ import annotations

import pytest

from tests.construction_check import kept, types


@pytest.mark.parametrize(
    ("text", "name", "etype"),
    [
        # products: sold, dosed, copied, used, made by a firm (pharma, software, autos, retail)
        ("Menlo Pharma said sales of Darivex rose 12% in the quarter.", "Darivex", "Product"),
        ("Doses of Virexa were shipped to clinics in Lagos.", "Virexa", "Product"),
        ("Nordhaven said versions of Pellmark run on most phones.", "Pellmark", "Product"),
        ("The outage on Monday angered Slatewise users.", "Slatewise", "Product"),
        ("The Quillan, made by Harrow Motors, sells for $30,000.", "Quillan", "Product"),
        ("Tarvo's pill, known as TX-90, is pitched against rivals.", "TX-90", "Product"),
        ("It will launch a paid tier, Ledger Extra, in spring.", "Ledger Extra", "Product"),
        (
            "It will launch a subscription service, Ledger Plus, in spring.",
            "Ledger Plus",
            "Product",
        ),
        ("Its best seller is still Aurette, a small saddle bag.", "Aurette", "Product"),
        ("The studio behind the hit Pale Tide is for sale.", "Pale Tide", "Product"),
        ("Kesta sells its Lumo headphones through Orla's stores.", "Lumo", "Product"),
        ("Its flagship product, the Corra X1, sells in 40 countries.", "Corra X1", "Product"),
        ("Pixly will retire its Orvik family of models next year.", "Orvik", "Product"),
        ("Harrow sells the Kesta range of tractors in Kenya.", "Kesta", "Product"),
        # a verb that brings a product out (software, autos, consumer goods)
        ("Pixly unveiled Scenic at its developer conference.", "Scenic", "Product"),
        ("Arden Motors rolled out Veloce, a cheaper car, in Spain.", "Veloce", "Product"),
        ("Orla Foods recalled Crunchies after a labelling error.", "Crunchies", "Product"),
        # a possessed name after a word of rivalry or dependence (pharma, games, consumer tech)
        ("Its pill is pitched against Menlo's Slimra and Ostby's Leantide.", "Leantide", "Product"),
        ("Its pill is pitched against Menlo's Slimra and Ostby's Leantide.", "Slimra", "Product"),
        ("The shooter, built on Corvid Labs' Quasi Engine, sold well.", "Quasi Engine", "Product"),
        (
            "The Slate 3 is a direct rival to Bookhaven's Pagewell Color.",
            "Pagewell Color",
            "Product",
        ),
        # projects: built, phased, costed, opened (energy, property, mining, space, defence)
        ("Construction of Corrie Point began in 2023.", "Corrie Point", "Project"),
        ("Tollan Ridge will cost €2bn and open later.", "Tollan Ridge", "Project"),
        ("Brennock Tower, due to open in 2027, will house 300 flats.", "Brennock Tower", "Project"),
        ("Work on the second phase of Harlow Gate starts next year.", "Harlow Gate", "Project"),
        ("A judge let them sell the half-built Quillan Point tower.", "Quillan Point", "Project"),
        ("The frigate programme, known as Class 52, drew two bids.", "Class 52", "Project"),
        (
            "The constellation, called Lyra, will cost €4bn and be run by the space agency.",
            "Lyra",
            "Project",
        ),
        ("Kesta Mining owns the Ruvo copper-gold mine in Zambia.", "Ruvo", "Project"),
        ("Varro Power bought a stake in the Sea Breeze 2 wind farm.", "Sea Breeze", "Project"),
        ("The Lumen Line tram extension will cost £1.2bn.", "Lumen Line", "Project"),
        # only organizations are fined, hire, hold stakes, speak in statements (telecoms,
        # pensions, media)
        ("The Orvik network was fined €3m by the regulator.", "Orvik", "Organization"),
        ("The Orvik network hired 200 engineers last year.", "Orvik", "Organization"),
        ("The Varden scheme said in a statement that it would cut fees.", "Varden", "Organization"),
        ("The Orvik network's chief executive, Dana Pike, resigned.", "Orvik", "Organization"),
        ("The Orvik network's shareholders backed the deal.", "Orvik", "Organization"),
        ("The Orvik platform filed for bankruptcy in May.", "Orvik", "Organization"),
        ("The Varden scheme employs 300 people in Leeds.", "Varden", "Organization"),
        ("Orla, the social network, was fined €2m in May.", "Orla", "Organization"),
        # a public body set off after its description is no owned product (government)
        (
            "The deal needs clearance from Ruritania's competition authority, the CRV.",
            "CRV",
            "Organization",
        ),
        (
            "The Orvik platform, which holds 12% of Tamsin Foods, backed the bid.",
            "Orvik",
            "Organization",
        ),
    ],
)
def test_a_frame_types_the_name(text: str, name: str, etype: str) -> None:
    assert types(text).get(name) == etype, types(text)


@pytest.mark.parametrize(
    ("text", "name", "etype"),
    [
        # a company named like its product
        (
            "The Halo app has three million users, and Halo Systems hired 40 engineers.",
            "Halo Systems",
            "Organization",
        ),
        (
            "The Halo app has three million users, and Halo Systems hired 40 engineers.",
            "Halo",
            "Product",
        ),
        # a noun after the framed name is what the frame is about
        ("Analysts welcomed completion of the Varro takeover.", "Varro", "Organization"),
        ("Sales of Brindle shares rose after the results.", "Brindle", "Organization"),
        # a firm due to open a store; a product's price is no project cost
        ("Kesta is due to open a store in Leeds next year.", "Kesta", "Organization"),
        ("Kesta Foods said construction of its plant would start.", "Kesta Foods", "Organization"),
        # people are fined, hire and hold stakes too
        ("Marek Olsen hired two bankers to sell the chain.", "Marek Olsen", "Person"),
        ("Ines Varga, who owns 15% of the club, said she would stay.", "Ines Varga", "Person"),
        ("Tamsin Foods, which holds 12% of Orla Dairies, agreed.", "Tamsin Foods", "Organization"),
        # an organization noun set off before "the" and a name
        ("Its main rival, the Varro, cut prices in May.", "Varro", "Organization"),
        # a product's own figures keep it a product
        ("Halo, the app, has ten million users.", "Halo", "Product"),
        # a family of companies is a group, no product line
        ("The Varro family of companies sold Orla Dairies.", "Varro", "Organization"),
        # a launch verb's object set off before a firm, a speaker or an initiative
        ("Kesta launched a new fund, Orla Ventures, in May.", "Orla Ventures", "Organization"),
        ("Harrow introduced a new rule, Kesta said.", "Kesta", "Organization"),
        ("Varro launched a new initiative, Tern, in May.", "Tern", "Project"),
        # a pension scheme is a fund, no project (pensions)
        (
            "The nurses' retirement scheme Zorgkas Vita committed €200m to the fund.",
            "Zorgkas Vita",
            "Organization",
        ),
        # a possessed company or arm after a word of rivalry
        ("It filed a suit against Varro's Kesta Foods unit.", "Kesta Foods", "Organization"),
        ("It filed a suit against Varro's Kesta Foods in May.", "Kesta Foods", "Organization"),
        ("The bid competes with Halden's offer for Orla Dairies.", "Orla Dairies", "Organization"),
        # a company launched or unveiled keeps its organization word
        (
            "Varro Bank unveiled Kesta Ventures, a fund for farmers.",
            "Kesta Ventures",
            "Organization",
        ),
        ("Kesta Foods unveiled Maria Lund as its new chief executive.", "Maria Lund", "Person"),
    ],
)
def test_guards_keep_their_type(text: str, name: str, etype: str) -> None:
    assert types(text).get(name) == etype, types(text)


def test_a_product_price_is_no_project_cost() -> None:
    assert types("The Quillan will cost $30,000 when it goes on sale.").get("Quillan") != "Project"


def test_a_lone_opener_in_a_frame_is_no_name() -> None:
    assert "Trading" not in kept("Trading is set to open in May, Kesta Foods said.")
    assert "Harvesting" not in kept("Harvesting is due to start in 2027 at Orla Farms.")
