"""Genre bank for speaker turns, second pass: the interviewee's organization as "we/our/us".

An interview introduces its subject and their organization ("Mira Kovac is chief executive of
Sorrel Foods"), then alternates questions and answers; in the answers "we/our/us" are the
organization and "I/my/me" the interviewee. This bank covers what the first pass left: "we" as
the subject of partnering, launching and arbitration verbs; a holder named in one answer and
then "they ... us"; people and rivals introduced with "our" or "us" ("our chair, X", "X, who
advises us", "our biggest rival, X"); answers as bare paragraphs after "Q:" questions, turns
labelled by the interviewee's surname or initials; and the interviewee's own board seats.

Each case is a short invented article (headline, blank line, one paragraph a line) across food,
mining, shipping, banking, pharma, energy, retail, media, autos, farming, telecoms, insurance and
property. Guards: the interviewer's "we", a third party's quoted "we" inside an answer, hedged,
denied and intended ties, a customer, a past tie, a board seat that is no leading role.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params


def article(headline: str, *paragraphs: str) -> str:
    return "\n\n".join((headline, *paragraphs)) + "\n"


KOVAC = (
    "Sorrel Foods Chief on Growth",
    "Mira Kovac is chief executive of Sorrel Foods, a maker of soups. She spoke to us in Zagreb.",
)
BRANDT = (
    "Ardent Minerals Digs In",
    "Tobias Brandt has run Ardent Minerals since 2017. We met him at the mine.",
)
OKAFOR = (
    "Kellan Shipping Charts a Course",
    "Ada Okafor, chief executive of Kellan Shipping, talked to us about ports and fees.",
)
LUND = (
    "Fjordvik Bank Looks Ahead",
    "Erik Lund is chief executive of Fjordvik Bank. He spoke to us in Bergen.",
)
SATO = (
    "Hoshi Telecom Boss Speaks",
    "Kenji Sato has led Hoshi Telecom since 2020. We asked him about networks.",
)

PARTNERING: list[Case] = [
    (  # food: "we teamed up with"
        article(
            *KOVAC,
            "Q: How do you reach shops?",
            "A: We teamed up with Calder Logistics last spring.",
        ),
        [("sorrel-foods", "PARTNERS_WITH", "calder-logistics")],
        [],
    ),
    (  # telecoms: "we have partnered with"
        article(
            *SATO, "Q: Who builds the masts?", "A: We have partnered with Orvik Towers since 2021."
        ),
        [("hoshi-telecom", "PARTNERS_WITH", "orvik-towers")],
        [],
    ),
    (  # energy: "we signed a partnership with"
        article(
            "Brenna Power Goes Solar",
            "Nils Aune founded Brenna Power in 2009. He spoke to us by phone.",
            "Q: What changed this year?",
            "A: We signed a partnership with Tarn Solar in May.",
        ),
        [("brenna-power", "PARTNERS_WITH", "tarn-solar")],
        [],
    ),
    (  # shipping: coordination, "we teamed up with A and B"
        article(
            *OKAFOR,
            "Q: Who helps you?",
            "A: We teamed up with Harwick Ports and Selby Tugs in 2022.",
        ),
        [
            ("kellan-shipping", "PARTNERS_WITH", "harwick-ports"),
            ("kellan-shipping", "PARTNERS_WITH", "selby-tugs"),
        ],
        [],
    ),
    (  # pharma: "our partner, X" appositive
        article(
            "Quill Therapeutics Nears Trial",
            "Hana Weiss is chief executive of Quill Therapeutics. She spoke to us in Basel.",
            "Q: Who runs the trial?",
            "A: Our partner, Belmont Clinical, runs it in six countries.",
        ),
        [("quill-therapeutics", "PARTNERS_WITH", "belmont-clinical")],
        [],
    ),
]

LAUNCHES: list[Case] = [
    (  # retail: "we launched X in 2021"
        article(
            "Marrow Stores Goes Online",
            "Ivo Petrak is chief executive of Marrow Stores. He spoke to us in Brno.",
            "Q: What worked?",
            "A: We launched Parcelpoint in 2021.",
        ),
        [("marrow-stores", "FOUNDED", "parcelpoint")],
        [],
    ),
    (  # banking: fronted date, appositive product
        article(
            *LUND, "Q: And for younger clients?", "A: In 2022 we launched Vesta Pay, a savings app."
        ),
        [("fjordvik-bank", "FOUNDED", "vesta-pay")],
        [],
    ),
    (  # media: "we started X"
        article(
            "Larch Media Bets on Audio",
            "Celia Moor runs Larch Media, a regional publisher.",
            "Q: Why radio?",
            "A: We started Morrow Radio in 2019 because readers asked for it.",
        ),
        [("larch-media", "FOUNDED", "morrow-radio")],
        [],
    ),
]

LAUNCHES += [
    (  # telecoms: "we rolled out X"
        article(
            *SATO, "Q: What about prepaid?", "A: We rolled out Kumo Go, a prepaid plan, in 2022."
        ),
        [("hoshi-telecom", "FOUNDED", "kumo-go")],
        [],
    ),
    (  # pharma: "we introduced X"
        article(
            "Quill Therapeutics Launches Pen",
            "Hana Weiss is chief executive of Quill Therapeutics. She spoke to us in Basel.",
            "Q: What is new?",
            "A: In March we introduced the Quillpen app.",
        ),
        [("quill-therapeutics", "FOUNDED", "quillpen")],
        [],
    ),
    (  # guard: "introduced X to" a person is no launch
        article(*KOVAC, "Q: Who helped?", "A: We introduced Ann Lee to our bankers."),
        [],
        [("sorrel-foods", "FOUNDED", "ann-lee")],
    ),
]

DISPUTES: list[Case] = [
    (  # mining: "we took X to arbitration"
        article(
            *BRANDT,
            "Q: What about the drillers?",
            "A: We took Brask Drilling to arbitration over the fees.",
        ),
        [("ardent-minerals", "DISPUTES", "brask-drilling")],
        [],
    ),
    (  # shipping: "we are suing"
        article(
            *OKAFOR, "Q: And the yard?", "A: We are suing Corlan Shipyards over the late vessels."
        ),
        [("kellan-shipping", "DISPUTES", "corlan-shipyards")],
        [],
    ),
    (  # insurance: "we accused X of"
        article(
            "Harlow Mutual Hits Back",
            "Jon Reece is chief executive of Harlow Mutual. He spoke to us in London.",
            "Q: Why the row?",
            "A: We accused Ostler Re of hiding losses.",
        ),
        [("harlow-mutual", "DISPUTES", "ostler-re")],
        [],
    ),
]

HOLDINGS: list[Case] = [
    (  # food: the holder named in an answer, then "they hold 30% of us"
        article(*KOVAC, "Q: Who owns the business?", "A: Norlund Capital. They hold 30% of us."),
        [("norlund-capital", "OWNS", "sorrel-foods")],
        [],
    ),
    (  # autos: "they have owned us since"
        article(
            "Dallin Motors Turns a Corner",
            "Sven Ahl has led Dallin Motors since 2016. He spoke to us at the Turin show.",
            "Q: Who is the owner?",
            "A: Halvard Group. They have owned us since 2018.",
        ),
        [("halvard-group", "OWNS", "dallin-motors")],
        [],
    ),
    (  # property: "X owns 60% of us"
        article(
            "Carrow Estates Builds Again",
            "Leah Moss is chief executive of Carrow Estates. We met her at the site.",
            "Q: Who are your shareholders?",
            "A: Mercer Family Trust owns 60% of us.",
        ),
        [("mercer-family-trust", "OWNS", "carrow-estates")],
        [],
    ),
]

PEOPLE: list[Case] = [
    (  # shipping: "our chair, X, ..." appositive
        article(*OKAFOR, "Q: Who decides?", "A: Our chair, Pieter Vance, wants more ships."),
        [("pieter-vance", "LEADS", "kellan-shipping")],
        [],
    ),
    (  # banking: "X, our chairman, ..."
        article(
            *LUND,
            "Q: Was the board behind it?",
            "A: Yes. Anna Berg, our chairman, backed it early.",
        ),
        [("anna-berg", "LEADS", "fjordvik-bank")],
        [],
    ),
    (  # farming: "our chief executive, X"
        article(
            "Greenholt Seeds Founder Looks Back",
            "Pavel Dusek founded Greenholt Seeds in 1998. He talked to us about exports.",
            "Q: Do you still run it?",
            "A: No. Our chief executive, Lena Horak, runs it now.",
        ),
        [("lena-horak", "LEADS", "greenholt-seeds")],
        [],
    ),
    (  # food: "X, who advises us on pricing"
        article(
            *KOVAC, "Q: Who helps with prices?", "A: Ann Lee, who advises us on pricing, says no."
        ),
        [("ann-lee", "ADVISES", "sorrel-foods")],
        [],
    ),
    (  # mining: "our adviser X"
        article(
            *BRANDT, "Q: Who checks the numbers?", "A: Our adviser Tomas Reyes checks everything."
        ),
        [("tomas-reyes", "ADVISES", "ardent-minerals")],
        [],
    ),
    (  # telecoms: "X advises us"
        article(*SATO, "Q: Any outside help?", "A: Yuki Mori advises us on spectrum."),
        [("yuki-mori", "ADVISES", "hoshi-telecom")],
        [],
    ),
]

RIVALS: list[Case] = [
    (  # food: "our biggest rival, X, ..."
        article(*KOVAC, "Q: Who worries you?", "A: Our biggest rival, Calder Foods, cut prices."),
        [("sorrel-foods", "COMPETES_WITH", "calder-foods")],
        [],
    ),
    (  # banking: "we compete with X"
        article(
            *LUND,
            "Q: Who do you meet in the market?",
            "A: We compete with Nordholm Bank in every town.",
        ),
        [("fjordvik-bank", "COMPETES_WITH", "nordholm-bank")],
        [],
    ),
    (  # retail: "X is our main competitor"
        article(
            "Pellan Stores Fights Back",
            "Dana Holt is chief executive of Pellan Stores. She talked to us about shops.",
            "Q: And the discounters?",
            "A: Brisk Markets is our main competitor.",
        ),
        [("pellan-stores", "COMPETES_WITH", "brisk-markets")],
        [],
    ),
    (  # telecoms: "our rivals, A and B"
        article(
            *SATO, "Q: Who else is there?", "A: Our rivals, Kumo Mobile and Ito Net, are bigger."
        ),
        [
            ("hoshi-telecom", "COMPETES_WITH", "kumo-mobile"),
            ("hoshi-telecom", "COMPETES_WITH", "ito-net"),
        ],
        [],
    ),
]

LAYOUTS: list[Case] = [
    (  # answers as bare paragraphs after "Q:" questions
        article(
            *KOVAC,
            "Q: Who backs you?",
            "Norlund Capital invested in us in 2020.",
            "Q: And logistics?",
            "We teamed up with Calder Logistics last spring.",
        ),
        [
            ("norlund-capital", "FUNDS", "sorrel-foods"),
            ("sorrel-foods", "PARTNERS_WITH", "calder-logistics"),
        ],
        [],
    ),
    (  # bare answer paragraphs: a rival
        article(
            *BRANDT, "Q: Who else mines here?", "We compete with Ostrava Copper for every licence."
        ),
        [("ardent-minerals", "COMPETES_WITH", "ostrava-copper")],
        [],
    ),
    (  # turns labelled by the interviewee's surname
        article(
            *OKAFOR,
            "Interviewer: Who owns the ships?",
            "Okafor: We bought Tessa Lines in 2019, so we own most of them.",
        ),
        [("kellan-shipping", "OWNS", "tessa-lines")],
        [],
    ),
    (  # turns labelled by the interviewee's initials
        article(
            "Brenna Power Under Fire",
            "Nils Aune has run Brenna Power since 2009. He spoke to us by phone.",
            "Q: What about the turbine maker?",
            "NA: We sued Vind Turbines over the broken blades.",
        ),
        [("brenna-power", "DISPUTES", "vind-turbines")],
        [],
    ),
    (  # initials with dots
        article(
            "Larch Media on Rivals",
            "Celia Moor runs Larch Media, a regional publisher.",
            "Q: Who do you fear?",
            "C.M.: We compete with Oban Press for readers.",
        ),
        [("larch-media", "COMPETES_WITH", "oban-press")],
        [],
    ),
]

SELF: list[Case] = [
    (  # the interviewee's "I sit on X's advisory board"
        article(*LUND, "Q: Anything else?", "A: I sit on Calder Insurance's advisory board."),
        [("erik-lund", "ADVISES", "calder-insurance")],
        [],
    ),
    (  # "I became chair of X"
        article(
            *BRANDT,
            "Q: Any other roles?",
            "A: I became chair of Tarn Mills in 2015.",
        ),
        [("tobias-brandt", "LEADS", "tarn-mills")],
        [],
    ),
    (  # "I joined the board of X": a seat, no leading role
        article(*KOVAC, "Q: Other boards?", "A: I joined the board of Tarn Mills in 2015."),
        [],
        [("mira-kovac", "LEADS", "tarn-mills")],
    ),
]

GUARDS: list[Case] = [
    (  # the interviewer's "we" in a question
        article(*KOVAC, "Q: We hear you teamed up with Calder Logistics?", "A: No comment."),
        [],
        [("sorrel-foods", "PARTNERS_WITH", "calder-logistics")],
    ),
    (  # a third party's quoted "we" inside an answer
        article(
            *OKAFOR,
            "Q: What did the port say?",
            'A: The Harbour Board told us: "We are suing Corlan Shipyards."',
        ),
        [],
        [("kellan-shipping", "DISPUTES", "corlan-shipyards")],
    ),
    (  # a hedge
        article(*KOVAC, "Q: Any new partners?", "A: We might partner with Calder Logistics."),
        [],
        [("sorrel-foods", "PARTNERS_WITH", "calder-logistics")],
    ),
    (  # a denial
        article(*BRANDT, "Q: Are you in talks?", "A: We are not talking to Brask Drilling."),
        [],
        [("ardent-minerals", "PARTNERS_WITH", "brask-drilling")],
    ),
    (  # a denied partnership
        article(*SATO, "Q: And Orvik?", "A: We have never teamed up with Orvik Towers."),
        [],
        [("hoshi-telecom", "PARTNERS_WITH", "orvik-towers")],
    ),
    (  # a customer
        article(*KOVAC, "Q: Who buys your soups?", "A: Calder Foods buys from us every week."),
        [],
        [
            ("sorrel-foods", "PARTNERS_WITH", "calder-foods"),
            ("calder-foods", "OWNS", "sorrel-foods"),
        ],
    ),
    (  # a past tie
        article(*OKAFOR, "Q: And Selby?", "A: We used to work with Selby Tugs."),
        [],
        [("kellan-shipping", "PARTNERS_WITH", "selby-tugs")],
    ),
    (  # an intent
        article(*LUND, "Q: What next?", "A: We want to team up with Nordholm Bank."),
        [],
        [("fjordvik-bank", "PARTNERS_WITH", "nordholm-bank")],
    ),
    (  # a denied rivalry
        article(*BRANDT, "Q: Is Ostrava a threat?", "A: We do not compete with Ostrava Copper."),
        [],
        [("ardent-minerals", "COMPETES_WITH", "ostrava-copper")],
    ),
    (  # a plan to launch
        article(
            "Marrow Stores Plans an App",
            "Ivo Petrak is chief executive of Marrow Stores. He spoke to us in Brno.",
            "Q: What is next?",
            "A: We plan to launch Parcelpoint next year.",
        ),
        [],
        [("marrow-stores", "FOUNDED", "parcelpoint")],
    ),
    (  # a denied holding with "they ... us"
        article(*KOVAC, "Q: Does Norlund Capital own you?", "A: No. They do not own any of us."),
        [],
        [("norlund-capital", "OWNS", "sorrel-foods")],
    ),
    (  # a denied adviser
        article(*SATO, "Q: Is Yuki Mori your adviser?", "A: Yuki Mori has never advised us."),
        [],
        [("yuki-mori", "ADVISES", "hoshi-telecom")],
    ),
    (  # a question's claim with no answer confirming it
        article(*LUND, "Q: Will you sue Nordholm Bank?", "A: We will see."),
        [],
        [("fjordvik-bank", "DISPUTES", "nordholm-bank")],
    ),
]

MORE: list[Case] = [
    (  # shipping: a relative clause, "X, which we teamed up with in 2020,"
        article(
            *OKAFOR,
            "Q: How are the ports?",
            "A: Harwick Ports, which we teamed up with in 2020, is growing fast.",
        ),
        [("kellan-shipping", "PARTNERS_WITH", "harwick-ports")],
        [],
    ),
    (  # energy: "X is our partner"
        article(*LUND, "Q: Who runs the cards?", "A: Nordholm Pay is our partner for cards."),
        [("fjordvik-bank", "PARTNERS_WITH", "nordholm-pay")],
        [],
    ),
    (  # mining: "X sued us" (the other side's dispute)
        article(
            *BRANDT, "Q: And the lawsuit?", "A: Corran Metals sued us in March over the licence."
        ),
        [("corran-metals", "DISPUTES", "ardent-minerals")],
        [],
    ),
    (  # insurance: "we filed a lawsuit against X"
        article(
            "Harlow Mutual Goes to Court",
            "Jon Reece is chief executive of Harlow Mutual. He spoke to us in London.",
            "Q: What did you do?",
            "A: We filed a lawsuit against Ostler Re in June.",
        ),
        [("harlow-mutual", "DISPUTES", "ostler-re")],
        [],
    ),
    (  # food: "our former chief executive, X"
        article(
            *KOVAC, "Q: Who built it?", "A: Our former chief executive, Ivan Horvat, built it."
        ),
        [("ivan-horvat", "LEADS", "sorrel-foods")],
        [],
    ),
    (  # pharma: "X, our adviser, ..."
        article(
            "Quill Therapeutics Hires Help",
            "Hana Weiss is chief executive of Quill Therapeutics. She spoke to us in Basel.",
            "Q: Who guides the trials?",
            "A: Omar Haddad, our adviser, guides them.",
        ),
        [("omar-haddad", "ADVISES", "quill-therapeutics")],
        [],
    ),
    (  # farming: "our investors include X"
        article(
            "Greenholt Seeds Raises Money",
            "Pavel Dusek founded Greenholt Seeds in 1998. He talked to us about exports.",
            "Q: Who funds you?",
            "A: Our investors include Tessel Partners.",
        ),
        [("tessel-partners", "FUNDS", "greenholt-seeds")],
        [],
    ),
    (  # autos: "I am on the advisory board of X"
        article(
            "Dallin Motors Chief Speaks",
            "Sven Ahl has led Dallin Motors since 2016. He spoke to us at the Turin show.",
            "Q: Any other roles?",
            "A: I am on the advisory board of Vesta Batteries.",
        ),
        [("sven-ahl", "ADVISES", "vesta-batteries")],
        [],
    ),
    (  # media: a bare answer paragraph running over two sentences
        article(
            "Larch Media Rivals",
            "Celia Moor runs Larch Media, a regional publisher.",
            "Q: Who is the competition?",
            "It is tough. We compete with Oban Press for every reader.",
        ),
        [("larch-media", "COMPETES_WITH", "oban-press")],
        [],
    ),
    (  # property: "we own X"
        article(
            "Carrow Estates Owns More",
            "Leah Moss is chief executive of Carrow Estates. We met her at the site.",
            "Q: What do you hold?",
            "A: We own Dunmore Parks and half of the town centre.",
        ),
        [("carrow-estates", "OWNS", "dunmore-parks")],
        [],
    ),
    (  # telecoms: "they ... us" after a name answer, with "invested in us"
        article(*SATO, "Q: Who backs you?", "A: Kumo Ventures. They invested in us in 2021."),
        [("kumo-ventures", "FUNDS", "hoshi-telecom")],
        [],
    ),
    (  # guard: a bare paragraph after the interview is no answer once a new question opens
        article(
            *KOVAC,
            "Q: Will you partner with Calder Logistics?",
            "A: Maybe one day.",
        ),
        [],
        [("sorrel-foods", "PARTNERS_WITH", "calder-logistics")],
    ),
    (  # guard: "they" after a name answer that is a customer
        article(
            *KOVAC,
            "Q: Who is your biggest client?",
            "A: Calder Foods. They buy from us every week.",
        ),
        [],
        [
            ("calder-foods", "OWNS", "sorrel-foods"),
            ("sorrel-foods", "PARTNERS_WITH", "calder-foods"),
        ],
    ),
    (  # guard: a competitor's "we" quoted in an answer
        article(
            *LUND,
            "Q: What did Nordholm say?",
            'A: Their boss told me: "We compete with Ostmark Savings now."',
        ),
        [],
        [("fjordvik-bank", "COMPETES_WITH", "ostmark-savings")],
    ),
    (  # guard: "No." is an answer of its own, not "No. 1"
        article(*BRANDT, "Q: Did you sue Corran Metals?", "A: No. We settled with them."),
        [],
        [("ardent-minerals", "DISPUTES", "corran-metals")],
    ),
]

# the interviewee's organization named beside them with no role
INTROS: list[Case] = [
    (  # shipping: "X of Y"
        article(
            "Rail Freight Talks",
            "This week we talk to Hana Ostrova of Brightmoor Freight.",
            "Q: Who are your partners?",
            "A: We teamed up with Calder Logistics last spring.",
        ),
        [("brightmoor-freight", "PARTNERS_WITH", "calder-logistics")],
        [],
    ),
    (  # food: "Y's X"
        article(
            "Dairy Talks",
            "Brask Dairies' Nina Holm spoke to us about milk prices.",
            "Q: Who buys your cheese?",
            "A: We launched Holm Gold in 2020, and Ostler Foods is our biggest rival.",
        ),
        [
            ("brask-dairies", "FOUNDED", "holm-gold"),
            ("brask-dairies", "COMPETES_WITH", "ostler-foods"),
        ],
        [],
    ),
    (  # energy: "X (Y)"
        article(
            "Wind Talks",
            "Our guest is Piotr Nowak (Baltic Wind Farms).",
            "Q: Any legal trouble?",
            "A: We took Vind Turbines to arbitration last year.",
        ),
        [("baltic-wind-farms", "DISPUTES", "vind-turbines")],
        [],
    ),
    (  # guard: a person with no tie to the organization after "from"
        article(
            "Wind Talks",
            "Our guest is Piotr Nowak, who left Baltic Wind Farms in 2019.",
            "Q: Any legal trouble now?",
            "A: We took Vind Turbines to arbitration last year.",
        ),
        [],
        [("baltic-wind-farms", "DISPUTES", "vind-turbines")],
    ),
]

# the interviewee's own roles with "I am", and "of ours"
COPULAR: list[Case] = [
    (  # mining: "I am chair of X"
        article(*BRANDT, "Q: Any other roles?", "A: I am chair of Tarn Mills as well."),
        [("tobias-brandt", "LEADS", "tarn-mills")],
        [],
    ),
    (  # insurance: "I'm an adviser to X"
        article(
            "Harlow Mutual Chief Talks",
            "Jon Reece is chief executive of Harlow Mutual. He spoke to us in London.",
            "Q: Anything else?",
            "A: I'm an adviser to Ostler Re.",
        ),
        [("jon-reece", "ADVISES", "ostler-re")],
        [],
    ),
    (  # autos: "I am also the chairman of X"
        article(
            "Dallin Motors Boss Speaks",
            "Sven Ahl has led Dallin Motors since 2016. He spoke to us at the Turin show.",
            "Q: How do you spend weekends?",
            "A: I am also the chairman of Ferro Racing.",
        ),
        [("sven-ahl", "LEADS", "ferro-racing")],
        [],
    ),
    (  # retail: "X is a rival of ours"
        article(
            "Pellan Stores on the High Street",
            "Dana Holt is chief executive of Pellan Stores. She talked to us about shops.",
            "Q: And Brisk?",
            "A: Brisk Markets is a rival of ours, of course.",
        ),
        [("pellan-stores", "COMPETES_WITH", "brisk-markets")],
        [],
    ),
    (  # media: "X, a partner of ours,"
        article(
            "Larch Media Grows",
            "Celia Moor runs Larch Media, a regional publisher.",
            "Q: Who prints it?",
            "A: Oban Print, a partner of ours, prints everything.",
        ),
        [("larch-media", "PARTNERS_WITH", "oban-print")],
        [],
    ),
    (  # guard: "a customer of ours"
        article(*KOVAC, "Q: And Calder?", "A: Calder Foods is a big customer of ours."),
        [],
        [
            ("sorrel-foods", "PARTNERS_WITH", "calder-foods"),
            ("sorrel-foods", "COMPETES_WITH", "calder-foods"),
        ],
    ),
    (  # guard: "I am not an adviser to X"
        article(
            *LUND, "Q: Do you advise Nordholm Bank?", "A: I am not an adviser to Nordholm Bank."
        ),
        [],
        [("erik-lund", "ADVISES", "nordholm-bank")],
    ),
    (  # guard: "I am a fan of X"
        article(*SATO, "Q: And Kumo?", "A: I am a big fan of Kumo Mobile."),
        [],
        [("kenji-sato", "BACKS", "kumo-mobile"), ("kenji-sato", "LEADS", "kumo-mobile")],
    ),
]

# turns marked "Q." / "A -", or questions as bare paragraphs asking "you"
MARKS: list[Case] = [
    (  # food: "Q." and "A." labels
        article(
            *KOVAC,
            "Q. Who are your partners?",
            "A. We teamed up with Harwick Farms in 2019.",
        ),
        [("sorrel-foods", "PARTNERS_WITH", "harwick-farms")],
        [],
    ),
    (  # mining: dash labels
        article(*BRANDT, "Q – What about the drillers?", "A – We sued Brask Drilling in May."),
        [("ardent-minerals", "DISPUTES", "brask-drilling")],
        [],
    ),
    (  # shipping: "Q." then a bare answer paragraph
        article(*OKAFOR, "Q. Who owns you?", "Norlund Capital bought us in 2018."),
        [("norlund-capital", "OWNS", "kellan-shipping")],
        [],
    ),
    (  # banking: unlabelled questions to "you", bare answers
        article(
            *LUND,
            "Who are your rivals?",
            "We compete with Nordholm Bank in every town.",
            "And your owners?",
            "Vesta Holdings owns 40% of us.",
        ),
        [
            ("fjordvik-bank", "COMPETES_WITH", "nordholm-bank"),
            ("vesta-holdings", "OWNS", "fjordvik-bank"),
        ],
        [],
    ),
    (  # guard: an unlabelled question's own claim
        article(
            *SATO,
            "Will you sue Kumo Mobile?",
            "We will decide next year.",
        ),
        [],
        [("hoshi-telecom", "DISPUTES", "kumo-mobile")],
    ),
]

# known remaining gaps (strict xfails, see LEFT)
GAPS: list[Case] = [
    (  # "advises our board": the board stands for the organization
        article(
            "Tarn Mills Takes Advice",
            "Ruth Amsel is chief executive of Tarn Mills. She spoke to us in Leeds.",
            "Q: Who helps with pricing?",
            "A: Ann Lee advises our board on pricing.",
        ),
        [("ann-lee", "ADVISES", "tarn-mills")],
        [],
    ),
    (  # "X has advised our directors since"
        article(
            *LUND,
            "Q: Who checks the risks?",
            "A: Tomas Reyes has advised our directors since 2019.",
        ),
        [("tomas-reyes", "ADVISES", "fjordvik-bank")],
        [],
    ),
    (  # guard: "X has never advised our board"
        article(
            *SATO, "Q: Is Yuki Mori close to you?", "A: Yuki Mori has never advised our board."
        ),
        [],
        [("yuki-mori", "ADVISES", "hoshi-telecom")],
    ),
]

GAPS += [
    (  # "my co-founder, X": X co-founded what the speaker founded
        article(
            "Ostra Foods Founder Looks Back",
            "Nell Byrne founded Ostra Foods in 2010. She spoke to us about growth.",
            "Q: Who helped?",
            "A: My co-founder, Pieter Vance, runs sales.",
        ),
        [("pieter-vance", "FOUNDED", "ostra-foods")],
        [],
    ),
    (  # a question's relation noun answered by a bare name
        article(
            "Fenmore Dairy Faces Rivals",
            "Ivo Petrak is chief executive of Fenmore Dairy. He spoke to us in Brno.",
            "Q: Who is your biggest rival?",
            "A: Calder Milk, without a doubt.",
        ),
        [("fenmore-dairy", "COMPETES_WITH", "calder-milk")],
        [],
    ),
]

BANK: list[Case] = (
    PARTNERING
    + LAUNCHES
    + DISPUTES
    + HOLDINGS
    + PEOPLE
    + RIVALS
    + LAYOUTS
    + SELF
    + GUARDS
    + MORE
    + INTROS
    + COPULAR
    + MARKS
    + GAPS
)

LEFT: dict[str, str] = {
    "Ostra Foods Founder Looks Back": "'my (her) co-founder, X' does not give X the founding "
    "of the possessor's company",
    "Fenmore Dairy Faces Rivals": "a question's relation noun ('your biggest rival') answered "
    "by a bare name is not paired with the answer",
}


@pytest.mark.parametrize("case", gap_params(BANK, LEFT))
def test_genre_speakers2(case: Case) -> None:
    check(*case)
