"""Disputes and rivalry, second set: charges, counterclaims, tenders won against a rival, and a
description object that must not be the subject's own side.

Each case is (sentence, relations that must be found, relations that must not be). Every name is
invented; sectors vary on purpose.
"""

from __future__ import annotations

import pytest
from construction_check import Case, Triple, check, has

# A charge brought against someone, and the accused's answer to it.
CHARGES: list[Case] = [
    (
        "The Serious Fraud Office charged Tom Vell with bribery in March.",
        [("the-serious-fraud-office", "DISPUTES", "tom-vell")],
        [],
    ),
    (
        "The Coastal Energy Regulator charged Varno Power with misleading customers.",
        [("coastal-energy-regulator", "DISPUTES", "varno-power")],
        [],
    ),
    (
        # the accused answers a charge named earlier: "rejects every charge"
        "The Fair Trade Agency charged Tom Vell with fraud. His lawyer said he rejects every "
        "charge.",
        [("tom-vell", "DISPUTES", "the-fair-trade-agency")],
        [],
    ),
    (
        # counterclaims without "against": the other side comes from the suit before
        "Vexa Tools sued Orrin Labs for patent infringement. Orrin Labs said the patents were "
        "invalid and would file counterclaims.",
        [("orrin-labs", "DISPUTES", "vexa-tools"), ("vexa-tools", "DISPUTES", "orrin-labs")],
        [],
    ),
    (
        "Halvard Insurance sued Orrin Reinsurance in May. Orrin Reinsurance will bring "
        "counterclaims, its lawyers said.",
        [("orrin-reinsurance", "DISPUTES", "halvard-insurance")],
        [],
    ),
]

# Guards: "charged X with running the merger" is a task, not a charge.
CHARGE_GUARDS: list[Case] = [
    (
        "Veltra charged Harlow Foods with overseeing the new plant.",
        [],
        [("veltra", "DISPUTES", "harlow-foods")],
    ),
    (
        "The board of Brisk Mobile charged Ann Lee with leading the merger talks.",
        [],
        [("brisk-mobile", "DISPUTES", "ann-lee")],
    ),
]

# Tenders and races won against another bidder.
TENDERS: list[Case] = [
    (
        "Harlow Yards beat Dunlow Yards in the tender for four ferries.",
        [("harlow-yards", "COMPETES_WITH", "dunlow-yards")],
        [],
    ),
    (
        "Kestel Power beat Ardmore Energy to the grid contract.",
        [("kestel-power", "COMPETES_WITH", "ardmore-energy")],
        [],
    ),
    (
        "Pellow Homes won the tender ahead of Corrib Build and Varda Estates.",
        [
            ("pellow-homes", "COMPETES_WITH", "corrib-build"),
            ("pellow-homes", "COMPETES_WITH", "varda-estates"),
        ],
        [],
    ),
    (
        "Dunlow Yards lost out to Harlow Yards in the tender.",
        [("dunlow-yards", "COMPETES_WITH", "harlow-yards")],
        [],
    ),
    (
        "Skyra Airlines edged out Brannock Air for the landing slots.",
        [("skyra-airlines", "COMPETES_WITH", "brannock-air")],
        [],
    ),
]

# Guards: a verb of winning with no rival bidder.
TENDER_GUARDS: list[Case] = [
    (
        "Kestel Power beat analysts' forecasts as sales at Ardmore Energy fell.",
        [],
        [("kestel-power", "COMPETES_WITH", "ardmore-energy")],
    ),
    (
        "Harlow Yards won the tender, said Dunlow Yards, its supplier.",
        [],
        [("harlow-yards", "COMPETES_WITH", "dunlow-yards")],
    ),
]

# A description object is not the subject's own employer or owner.
OWN_SIDE: list[Case] = [
    (
        "Ann Lee, chief engineer at Brask Aero, criticised the engine maker for the delay.",
        [],
        [("ann-lee", "DISPUTES", "brask-aero")],
    ),
    (
        "Tarn Motors recalled 20,000 cars. Ola Pike, a director of Tarn Motors, criticised the "
        "carmaker for the delay.",
        [],
        [("ola-pike", "DISPUTES", "tarn-motors")],
    ),
    (
        # the description names another party: kept
        "Tarn Motors recalled 20,000 cars. The consumer group Drive Safe accused the carmaker "
        "of hiding defects.",
        [("drive-safe", "DISPUTES", "tarn-motors")],
        [],
    ),
]


# "We" in a quotation is the organization of the person quoted, named with a role around it;
# a pronoun outside the quotes never names an entity quoted inside them.
QUOTES: list[Case] = [
    (
        '"We compete with giants like Trackly and Gaunt," said Ann Lee, chief executive of '
        "Cobalt Route.",
        [
            ("cobalt-route", "COMPETES_WITH", "trackly"),
            ("cobalt-route", "COMPETES_WITH", "gaunt"),
            ("ann-lee", "LEADS", "cobalt-route"),
        ],
        [],
    ),
    (
        "Cobalt Route makes a navigation app. \u201cOur rivals include Trackly and Gaunt,\u201d "
        "Ann Lee, its chief executive, said.",
        [
            ("cobalt-route", "COMPETES_WITH", "trackly"),
            ("ann-lee", "LEADS", "cobalt-route"),
        ],
        [("ann-lee", "LEADS", "trackly"), ("ann-lee", "LEADS", "gaunt")],
    ),
    (
        'Harlan Foods chief executive Tom Reed said: "We will sue Velmar Dairies if we must."',
        [("harlan-foods", "DISPUTES", "velmar-dairies")],
        [("tom-reed", "DISPUTES", "velmar-dairies")],
    ),
    (
        'Orvane Pharma makes vaccines. "Pellix is a fine company," said Ines Moll, its chief '
        "executive.",
        [("ines-moll", "LEADS", "orvane-pharma")],
        [("ines-moll", "LEADS", "pellix")],
    ),
]

# Guards: no quotation, or no organization of the speaker.
QUOTE_GUARDS: list[Case] = [
    (
        "Cobalt Route makes apps. We compete with Trackly and Gaunt, the authors wrote.",
        [],
        [("cobalt-route", "COMPETES_WITH", "trackly")],
    ),
    (
        'Cobalt Route makes apps. "We will take on Trackly," Ann Lee said.',
        [],
        [("cobalt-route", "COMPETES_WITH", "trackly")],
    ),
]

# Bare plural subjects: "The two compete with", "It is up against".
BARE: list[Case] = [
    (
        "Hollin Dairy and Vardy Milk sell cheese. The two compete with Milkon and Fresca.",
        [
            ("hollin-dairy", "COMPETES_WITH", "milkon"),
            ("vardy-milk", "COMPETES_WITH", "fresca"),
        ],
        [],
    ),
    (
        "Hollin Dairy and Vardy Milk sell cheese in the north. They compete with Milkon and "
        "Fresca.",
        [
            ("hollin-dairy", "COMPETES_WITH", "milkon"),
            ("vardy-milk", "COMPETES_WITH", "fresca"),
        ],
        [],
    ),
    (
        # "They" after a sentence that did not open with two organizations: unresolved
        "Analysts at Pell Research watch Hollin Dairy closely. They compete with Milkon, the "
        "analysts said.",
        [],
        [("hollin-dairy", "COMPETES_WITH", "milkon"), ("pell-research", "COMPETES_WITH", "milkon")],
    ),
    (
        "Hollin Dairy and Vardy Milk sell cheese. The pair compete with Milkon.",
        [("hollin-dairy", "COMPETES_WITH", "milkon"), ("vardy-milk", "COMPETES_WITH", "milkon")],
        [],
    ),
    (
        "Cobalt Route makes a navigation app. It is up against Trackly.",
        [("cobalt-route", "COMPETES_WITH", "trackly")],
        [],
    ),
    (
        "Kestel Power sells heat pumps. It is competing for households with Ardmore Energy.",
        [("kestel-power", "COMPETES_WITH", "ardmore-energy")],
        [],
    ),
]


# An object "it" is never its own clause's subject; "who runs the company" is the company the
# person leads.
OBJECT_REFERENCES: list[Case] = [
    (
        "The port operator Selwick Ports Ltd plans a new terminal. The residents' group Quiet "
        "Harbour Trust accused it of ignoring residents.",
        [("quiet-harbour-trust", "DISPUTES", "selwick-ports")],
        [],
    ),
    (
        "The insurer Halvard Mutual raised premiums. The drivers' group Kerbside Alliance sued "
        "it in May.",
        [("kerbside-alliance", "DISPUTES", "halvard-mutual")],
        [],
    ),
    (
        # "said it would": a subject, the speaker itself
        "The insurer Halvard Mutual raised premiums. The drivers' group Kerbside Alliance said "
        "it would sue Orrin Re.",
        [("kerbside-alliance", "DISPUTES", "orrin-re")],
        [("kerbside-alliance", "DISPUTES", "halvard-mutual")],
    ),
    (
        "Brask Aero chief executive Ann Lee attacked Tovar Air, accusing it of dumping prices. "
        "Lee, who runs the Derby-based company, spoke on Monday.",
        [("ann-lee", "DISPUTES", "tovar-air"), ("brask-aero", "LOCATED_IN", "derby")],
        [("ann-lee", "DISPUTES", "brask-aero"), ("ann-lee", "LEADS", "tovar-air")],
    ),
]


# Rivalry for a prize with the other side after it; lists resumed past an appositive.
FIGHT_FOR: list[Case] = [
    (
        "The bakeries Ardwyn Ltd and Vantorp Ltd supply supermarkets. Both bakeries mostly fight "
        "for shelf space with Crumbel, the Belgian group, and with newcomers such as Ferro and "
        "Pim.",
        [
            ("ardwyn", "COMPETES_WITH", "crumbel"),
            ("vantorp", "COMPETES_WITH", "ferro"),
            ("ardwyn", "COMPETES_WITH", "pim"),
        ],
        # the two bakeries are not said to fight each other
        [("ardwyn", "DISPUTES", "vantorp"), ("ardwyn", "DISPUTES", "crumbel")],
    ),
    (
        "The telecoms group Brisk Mobile vies for subscribers with Kite Telecom.",
        [("brisk-mobile", "COMPETES_WITH", "kite-telecom")],
        [],
    ),
    (
        "Cobalt Route competes with several firms, among them Pyre Group's mapping unit and "
        "Gaunt Ltd.",
        [
            ("cobalt-route", "COMPETES_WITH", "pyre-group"),
            ("cobalt-route", "COMPETES_WITH", "gaunt"),
        ],
        [],
    ),
    (
        "Hollin Bank competes with Tarrow Savings, the mutual lender, and with Pelt Bank.",
        [
            ("hollin-bank", "COMPETES_WITH", "tarrow-savings"),
            ("hollin-bank", "COMPETES_WITH", "pelt-bank"),
        ],
        [],
    ),
]

# The other side behind a description ("the consumer watchdog, the X"), a subject past an
# appositive and an intent verb, a deal fought in court.
SIDES: list[Case] = [
    (
        "Skyra Air has come under fire from the consumer watchdog, the Travel Standards Office.",
        [("travel-standards-office", "DISPUTES", "skyra-air")],
        [],
    ),
    (
        "Ilmaro Foods, a Tessel Holdings subsidiary, vowed to challenge the ruling and blamed "
        "the Food Standards Board.",
        [("ilmaro-foods", "DISPUTES", "food-standards-board")],
        [("tessel-holdings", "DISPUTES", "food-standards-board")],
    ),
    (
        "Ilmaro Foods, whose parent is Tessel Holdings, criticised the Food Standards Board.",
        [("ilmaro-foods", "DISPUTES", "food-standards-board")],
        [("tessel-holdings", "DISPUTES", "food-standards-board")],
    ),
    (
        "The regulator Fair Markets Office went to court to stop Hallam's takeover of Pinecroft "
        "Dairies.",
        [
            ("fair-markets-office", "DISPUTES", "hallam"),
            ("fair-markets-office", "DISPUTES", "pinecroft-dairies"),
        ],
        [],
    ),
]


# A third party's choice sets the chosen bidders against the passed-over ones.
CHOSEN: list[Case] = [
    (
        "The county picked Orbin Yards and Kast Marine over Fenway Build, which had bid alone.",
        [
            ("orbin-yards", "COMPETES_WITH", "fenway-build"),
            ("kast-marine", "COMPETES_WITH", "fenway-build"),
        ],
        [("orbin-yards", "COMPETES_WITH", "kast-marine")],
    ),
    (
        "Orbin Yards was chosen over Fenway Build for the ferry contract.",
        [("orbin-yards", "COMPETES_WITH", "fenway-build")],
        [],
    ),
    (
        "The health ministry selected Pellix Labs to supply the vaccine over Orvane Pharma.",
        [("pellix-labs", "COMPETES_WITH", "orvane-pharma")],
        [("health-ministry", "COMPETES_WITH", "orvane-pharma")],
    ),
    (
        # people chosen for a post do not compete as organizations
        "The board of Brisk Mobile picked Ann Lee over Tom Reed as chief executive.",
        [],
        [("ann-lee", "COMPETES_WITH", "tom-reed")],
    ),
    (
        "Vexa Tools sued Orrin Labs over patents. Orrin Labs called the patents void and "
        "threatened counterclaims.",
        [("orrin-labs", "DISPUTES", "vexa-tools")],
        [],
    ),
    (
        "The Fair Trade Agency accused Dunmore Bank of hiding fees. Dunmore Bank said it "
        "disagreed with the findings.",
        [("dunmore-bank", "DISPUTES", "the-fair-trade-agency")],
        [],
    ),
]


# A plural description names every member of the group it introduced earlier.
GROUPS: list[Case] = [
    (
        "The canneries Tunamar and Selka cut prices in May. The fishermen's federation Sea "
        "Guild blamed the canneries for cutting prices.",
        [("sea-guild", "DISPUTES", "tunamar"), ("sea-guild", "DISPUTES", "selka")],
        [],
    ),
    (
        "Big processors such as Harl Foods and Dunmore Mills set prices. The farm lobby Field "
        "First accused the big processors of collusion.",
        [("field-first", "DISPUTES", "harl-foods"), ("field-first", "DISPUTES", "dunmore-mills")],
        [],
    ),
    (
        "Lenders, including Pelt Bank and Crosby Savings, raised rates. The consumer group Fair "
        "Money criticised the lenders in May.",
        [("fair-money", "DISPUTES", "pelt-bank"), ("fair-money", "DISPUTES", "crosby-savings")],
        [],
    ),
    (
        # the introduction itself is no reference: the names follow the noun
        "The telecoms regulator Ofcomm fined the carriers Kite Telecom and Brisk Mobile.",
        [("ofcomm", "DISPUTES", "kite-telecom"), ("ofcomm", "DISPUTES", "brisk-mobile")],
        [],
    ),
]


# A bare "rival X" is a rival of the organization the article was just about.
RIVAL_NOUNS: list[Case] = [
    (
        "Calla Foods makes soups in Ohio. The rival Dorn Group had no comment.",
        [("dorn-group", "COMPETES_WITH", "calla-foods")],
        [],
    ),
    (
        "Skyra Airlines cut fares on Monday. A spokesman for rival Brannock Air declined to "
        "comment.",
        [("brannock-air", "COMPETES_WITH", "skyra-airlines")],
        [],
    ),
    (
        "Calla Foods makes soups in Ohio. Dorn Group, its biggest competitor, cut prices.",
        [("dorn-group", "COMPETES_WITH", "calla-foods")],
        [],
    ),
    (
        "Calby Line runs ferries to the islands. Its closest rival today is Northport Ferries.",
        [("northport-ferries", "COMPETES_WITH", "calby-line")],
        [],
    ),
    (
        "Calla Foods makes soups in Ohio. Some larger firms, including Dorn Group and Pell "
        "Kitchens, are building rival products.",
        [
            ("dorn-group", "COMPETES_WITH", "calla-foods"),
            ("pell-kitchens", "COMPETES_WITH", "calla-foods"),
        ],
        [],
    ),
    (
        "Orvane Pharma sells a flu vaccine. Pellix Labs is developing a competing vaccine.",
        [("pellix-labs", "COMPETES_WITH", "orvane-pharma")],
        [],
    ),
    (
        "Orvane Pharma sells a flu vaccine. Pellix Labs, backed by Harl Capital, is developing "
        "a competing vaccine.",
        [],
        [("harl-capital", "COMPETES_WITH", "orvane-pharma")],
    ),
    (
        # another organization in the sentence: whose rival is unclear
        "Calla Foods makes soups in Ohio. Vexa Brands, like rival Dorn Group, cut prices.",
        [],
        [("dorn-group", "COMPETES_WITH", "calla-foods")],
    ),
]


# A deal its opponent asks to have blocked; rivals described by an appositive.
DEALS: list[Case] = [
    (
        "The dockers' union Portlink said the merger of Tallis Ports and Norvik Shipping would "
        "cut jobs and urged the regulator to block it.",
        [("portlink", "DISPUTES", "tallis-ports"), ("portlink", "DISPUTES", "norvik-shipping")],
        [],
    ),
    (
        # no party named in the deal: nothing to dispute
        "Growers Union said the merger would raise prices and urged the Competition Bureau to "
        "block it.",
        [],
        [("growers-union", "DISPUTES", "competition-bureau")],
    ),
    (
        "Trackly Inc and Gaunt Ltd, long-time rivals, both lost money.",
        [("trackly", "COMPETES_WITH", "gaunt")],
        [],
    ),
    (
        "Hollin Bank and Tarrow Savings, rivals of one another, both raised rates.",
        [("hollin-bank", "COMPETES_WITH", "tarrow-savings")],
        [],
    ),
]


# A person's act or numbers disputed: the person ("criticised her handling of").
POSSESSED: list[Case] = [
    (
        "Ann Lee runs Selwick Ports Ltd. The residents' group Quiet Harbour Trust criticised her "
        "handling of the delays.",
        [("quiet-harbour-trust", "DISPUTES", "ann-lee")],
        [("quiet-harbour-trust", "DISPUTES", "selwick-ports")],
    ),
    (
        "Tom Reed runs Selwick Ports Ltd. The analyst firm Brightline Research questioned his "
        "figures.",
        [("brightline-research", "DISPUTES", "tom-reed")],
        [],
    ),
    (
        # a verb of another kind keeps its own reading
        "Tom Reed runs Selwick Ports Ltd. The bank Pelt Capital praised his plan.",
        [],
        [("pelt-capital", "DISPUTES", "tom-reed")],
    ),
]


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    CHARGES
    + CHARGE_GUARDS
    + TENDERS
    + TENDER_GUARDS
    + OWN_SIDE
    + QUOTES
    + QUOTE_GUARDS
    + BARE
    + OBJECT_REFERENCES
    + FIGHT_FOR
    + SIDES
    + CHOSEN
    + GROUPS
    + RIVAL_NOUNS
    + DEALS
    + POSSESSED,
    ids=lambda x: str(x)[:50],
)
def test_rivalry(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


# An analyst's lexicon file extends the family's words (`rivalry` in loaders/data/rivalry.yaml):
# a rival noun and a verb of choosing the defaults do not know. Each with a guard that the
# added word alone makes no rivalry.
EXTENDED_RIVALRY: list[Case] = [
    (
        "The main challenger of Calla Foods is Dorn Group.",
        [("dorn-group", "COMPETES_WITH", "calla-foods")],
        [],
    ),
    (
        "Vestry Telecom counts Orlo Mobile among its challengers.",
        [("vestry-telecom", "COMPETES_WITH", "orlo-mobile")],
        [],
    ),
    (
        # the context cue: "challenger firms" asks for the company the article is about
        "Marlow Brewing makes lager in Leeds. Challenger firms, including Tessel Ales, "
        "followed suit.",
        [("tessel-ales", "COMPETES_WITH", "marlow-brewing")],
        [],
    ),
    (
        "The county shortlisted Orbin Build over Fenway Construction.",
        [("orbin-build", "COMPETES_WITH", "fenway-construction")],
        [],
    ),
    (
        # guards: a choice with no one passed over, a challenger of no company
        "The county shortlisted Orbin Build for the ferry contract.",
        [],
        [("orbin-build", "COMPETES_WITH", "fenway-construction")],
    ),
    (
        "The main supplier of Calla Foods is Dorn Group.",
        [],
        [("dorn-group", "COMPETES_WITH", "calla-foods")],
    ),
]


@pytest.fixture(scope="module")
def rivalry_lexicon(tmp_path_factory):
    from loaders.config import ExtractionConfig
    from loaders.lexicon import Lexicon

    extra = tmp_path_factory.mktemp("lexicon") / "extra.yaml"
    extra.write_text(
        "rivalry:\n  rival_nouns: [challenger, challengers]\n  choose_verbs: [shortlisted]\n",
        "utf-8",
    )
    return ExtractionConfig(lexicon=Lexicon.load(extra))


@pytest.mark.parametrize(("text", "present", "absent"), EXTENDED_RIVALRY, ids=lambda x: str(x)[:50])
def test_a_lexicon_file_extends_the_rivalry_words(
    text: str, present: list[Triple], absent: list[Triple], rivalry_lexicon
) -> None:
    from loaders.article import extract

    got = set(extract(text, rivalry_lexicon).relations)
    default = set(extract(text).relations)
    for triple in present:
        assert has(got, triple), (text, triple, sorted(got))
        assert not has(default, triple)  # the default lexicon lacks the word
    for triple in absent:
        assert not has(got, triple), (text, triple)


def test_the_rivalry_words_are_extended_not_replaced() -> None:
    from loaders.lexicon import Lexicon
    from loaders.relations.rival_words import rival_words

    lex = Lexicon.load({"rivalry": {"rival_nouns": ["challenger"]}})
    assert {"rival", "competitors", "challenger"} <= rival_words(lex).rival_nouns
    assert "challenger" in rival_words(lex).rivals
    assert "challenger" not in rival_words(Lexicon.load()).rival_nouns
