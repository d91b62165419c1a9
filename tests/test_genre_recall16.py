"""Genre bank for recall16: the second item of a list whose first item carries its home town
("Its rivals are A of Leeds and the French group B"; the same list under "owned by", "include"),
with guards (a supplier list, a new clause after "and"); a product name before a part noun
("makes the Lifto robotic arm"); a person's appositive closed by "who" without a comma ("set up by
Ana Berg, a former trader who still heads the firm"); a project's description with a hyphenated
amount or after the name's own head noun before "that F started". Misses still open (a colon list of
rivals or products, "makes the A arm and the B range", "a scheme the two started", a bare
"still heads the firm") stay as strict xfails.

Each case is a short invented article (text, relations that must be found, relations that must
not be).
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

LISTS: list[Case] = [
    (  # food: possessive rivals copula, first item with its town, second with a descriptor
        "Quillex Foods makes biscuits. Its rivals are Halvik of Leeds and the Scottish group "
        "Kelmar Bakes, each of which sells in the north.",
        [
            ("halvik", "COMPETES_WITH", "quillex-foods"),
            ("kelmar-bakes", "COMPETES_WITH", "quillex-foods"),
        ],
        [("halvik", "COMPETES_WITH", "kelmar-bakes")],
    ),
    (  # retail: three items, two with towns
        "Vantora Grocers opened ten shops. Its main rivals are Tarrant Markets of Leeds, Pellam "
        "Foods of York and the French chain Corliss.",
        [
            ("tarrant-markets", "COMPETES_WITH", "vantora-grocers"),
            ("pellam-foods", "COMPETES_WITH", "vantora-grocers"),
            ("corliss", "COMPETES_WITH", "vantora-grocers"),
        ],
        [],
    ),
    (  # telecoms: "include" after a reporting verb
        "Norvia Telecom said its rivals include Tarrant Mobile of Dublin and the Spanish carrier "
        "Pellam Movil.",
        [
            ("norvia-telecom", "COMPETES_WITH", "tarrant-mobile"),
            ("norvia-telecom", "COMPETES_WITH", "pellam-movil"),
        ],
        [],
    ),
    (  # bakery: bare second item
        "Quillex Foods makes biscuits. Its rivals are Halvik of Leeds and Kelmar Bakes.",
        [
            ("halvik", "COMPETES_WITH", "quillex-foods"),
            ("kelmar-bakes", "COMPETES_WITH", "quillex-foods"),
        ],
        [],
    ),
    (  # shipping: passive owners, the first with its town
        "Orvel Shipping is owned by Brannock Capital of Glasgow and the Dutch fund Lorrimer "
        "Partners.",
        [
            ("brannock-capital", "OWNS", "orvel-shipping"),
            ("lorrimer-partners", "OWNS", "orvel-shipping"),
        ],
        [],
    ),
    (  # guard: a supplier list is no rivalry
        "Vantora Grocers opened ten shops. Its main suppliers are Tarrant Farms of Leeds and the "
        "French group Corliss Dairy.",
        [],
        [
            ("tarrant-farms", "COMPETES_WITH", "vantora-grocers"),
            ("corliss-dairy", "COMPETES_WITH", "vantora-grocers"),
        ],
    ),
    (  # guard: "and" opens a new clause whose subject is the next name
        "Vantora Grocers opened ten shops. Its main rival is Tarrant Markets of Leeds and Pellam "
        "Foods supplies both.",
        [("tarrant-markets", "COMPETES_WITH", "vantora-grocers")],
        [("pellam-foods", "COMPETES_WITH", "vantora-grocers")],
    ),
]

PRODUCTS: list[Case] = [
    (  # robotics: a product name before "arm", a part noun for companies
        "Ardent Robotics makes the Lifto robotic arm at its plant in Fenby.",
        [("ardent-robotics", "OWNS", "lifto")],
        [],
    ),
    (  # food: second coordinated object with its own article and noun
        "Pellam Foods makes the Crunchy Oats cereal and the Dawn Bar snack at its Leeds factory.",
        [("pellam-foods", "OWNS", "crunchy-oats"), ("pellam-foods", "OWNS", "dawn-bar")],
        [],
    ),
    (  # guard: a company's arm is still a part ("runs the X arm" leads no X)
        "Anna Berg runs the Halvik Bank lending arm in Leeds.",
        [],
        [("anna-berg", "LEADS", "halvik-bank")],
    ),
]

LEADERS: list[Case] = [
    (  # paper: passive founding, the founder's appositive then "who still heads the firm"
        "Corliss Paper was set up in 1999 by Anna Berg, a former trader who still heads the firm.",
        [
            ("anna-berg", "FOUNDED", "corliss-paper"),
            ("anna-berg", "LEADS", "corliss-paper"),
        ],
        [],
    ),
    (  # law: hired person's appositive relative, a dispute
        "Corliss Paper hired Anna Berg, a lawyer who once sued Halvik Group.",
        [("anna-berg", "DISPUTES", "halvik-group")],
        [("corliss-paper", "DISPUTES", "halvik-group")],
    ),
    (  # guard: an ended role in the agent's relative
        "Corliss Paper was founded by Anna Berg, a chemist who previously ran Halvik Foods.",
        [("anna-berg", "FOUNDED", "corliss-paper")],
        [("anna-berg", "LEADS", "halvik-foods"), ("anna-berg", "LEADS", "corliss-paper")],
    ),
    (  # guard: a board seat is no leading
        "Corliss Paper was set up in 1999 by Anna Berg, a former trader who is still a director.",
        [("anna-berg", "FOUNDED", "corliss-paper")],
        [("anna-berg", "LEADS", "corliss-paper")],
    ),
    (  # guard: the seller's appositive says where she lives, nothing more
        "Halvik Group bought Corliss Paper from Anna Berg, a banker who lives in Leeds.",
        [("halvik-group", "OWNS", "corliss-paper")],
        [("anna-berg", "LEADS", "corliss-paper"), ("anna-berg", "OWNS", "corliss-paper")],
    ),
]

LAUNCHED: list[Case] = [
    (  # energy: an amount with a hyphen inside the description before "that F started"
        "Brightwater, a 40-MW site in Fenby that Norvia Solar started in 2019, won a grant.",
        [("norvia-solar", "FOUNDED", "brightwater")],
        [],
    ),
    (  # energy: the name with its own head noun, then the description and the relative
        "The Brightwater plant, a 40-MW site in Fenby that Norvia Solar started in 2019, won a "
        "grant.",
        [("norvia-solar", "FOUNDED", "brightwater")],
        [],
    ),
    (  # transport: "a scheme the two started" after a teaming up
        "Quillex Energy has teamed up with Halvik Power on Zephyra, a scheme the two started in "
        "2021 to store wind power.",
        [
            ("quillex-energy", "FOUNDED", "zephyra"),
            ("halvik-power", "FOUNDED", "zephyra"),
        ],
        [],
    ),
    (  # guard: operating a plant is no founding
        "The Brightwater plant, a 40-MW site in Fenby that Norvia Solar operates, won a grant.",
        [],
        [("norvia-solar", "FOUNDED", "brightwater")],
    ),
]

OPEN: list[Case] = [
    (  # dairy: object of a sale, the descriptor then "who now runs" a named firm
        "The mill was sold to Tomas Lind, a farmer who now runs Kelmar Dairy.",
        [("tomas-lind", "LEADS", "kelmar-dairy")],
        [],
    ),
    (  # mining: a colon list of rivals
        "Kestrel Mining has three rivals: Halvik Metals of Perth, Dunmarra Resources and Ostrel "
        "Minerals.",
        [
            ("halvik-metals", "COMPETES_WITH", "kestrel-mining"),
            ("dunmarra-resources", "COMPETES_WITH", "kestrel-mining"),
        ],
        [],
    ),
    (  # drinks: a colon list of products
        "Norvia Cider makes three drinks: Zephyra, a dry cider; Kelp, a pear perry; and a "
        "lager, Brightwater, which it introduced last year.",
        [("norvia-cider", "OWNS", "zephyra"), ("norvia-cider", "OWNS", "brightwater")],
        [],
    ),
    (  # robotics: "makes the A arm and the B range"
        "Ardent Robotics makes the Lifto robotic arm and the Stacko shelving range.",
        [("ardent-robotics", "OWNS", "lifto"), ("ardent-robotics", "OWNS", "stacko")],
        [],
    ),
]

BANK = LISTS + PRODUCTS + LEADERS + LAUNCHED + OPEN
GAPS: dict[str, str] = {
    "Kestrel Mining has three": "no rule reads a colon list after 'has N rivals:'",
    "Norvia Cider makes three": "no rule reads a colon list after 'makes N {nouns}:'; "
    "'Kelp' and 'Brightwater' are typed Organization",
    "Ardent Robotics makes the Lifto robotic arm and": "the object list stops at a two-word "
    "head ('robotic arm and the B range'): coord skips one head word only",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_recall16(case: Case) -> None:
    check(*case)
