"""Genre bank for speaker turns: the first person in interviews and in long quotations.

A Q&A interview introduces its subject ("Hana Ostrova has run Brightmoor Freight since 2019")
then alternates turns ("Q: ..." / "A: ...", or "Ostrova: ...", "HANA OSTROVA: ..."): in the
answers "we/our/us" are the interviewee's organization and "I/my/me" the interviewee; in the
questions "you/your" are the interviewee or their organization. A quotation may run over
several sentences, its speaker named after it ('"We bought X. Since then ...," said Ann Lee,
chief executive of Y') or before it ('Ann Lee, chief executive of Y, said: "We ... Our ..."'),
or over two paragraphs; and a quoted "I" is its named speaker.

Each case is a short invented article (headline, blank line, one paragraph a line) across
shipping, mining, retail, food, banking, pharma, energy, telecoms, insurance, autos, media,
farming and property. Guards: the interviewer's own "we/us" in the introduction, a question's
own claim, an analyst's "we" reported in an answer, hedged and denied answers, a supply contract
and a customer, an unnamed speaker's "we" or "I", a second speaker's quotation.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params


def article(headline: str, *paragraphs: str) -> str:
    return "\n\n".join((headline, *paragraphs)) + "\n"


OSTROVA = (
    "Brightmoor Freight Boss Bets on Rail",
    "Hana Ostrova has run Brightmoor Freight since 2019. She spoke to us about rivals and money.",
)
VARGA = (
    "Arden Mining Chief on Copper",
    "Lise Varga is chief executive of Arden Mining. We asked her about prices and lawsuits.",
)
HOLT = (
    "Pellmark Retail at Fifty",
    "Dana Holt, chief executive of Pellmark Retail, talked to us about shops and rivals.",
)

INTERVIEWS: list[Case] = [
    (  # shipping: "invested in us" in an answer
        article(
            *OSTROVA,
            "Q: Who backs the business?",
            "A: Norlund Capital invested £40 million in us last year.",
        ),
        [("norlund-capital", "FUNDS", "brightmoor-freight")],
        [],
    ),
    (  # shipping: "I co-founded X with Y"
        article(
            *OSTROVA,
            "Q: How did it start?",
            "A: I co-founded Brightmoor with Pieter Vance in 2011.",
        ),
        [
            ("hana-ostrova", "FOUNDED", "brightmoor-freight"),
            ("pieter-vance", "FOUNDED", "brightmoor-freight"),
        ],
        [],
    ),
    (  # mining: "We sued X"
        article(
            *VARGA,
            "Q: What about Corran Metals?",
            "A: We sued Corran Metals in March over the licence.",
        ),
        [("arden-mining", "DISPUTES", "corran-metals")],
        [],
    ),
    (  # retail: "We compete with A and B"
        article(
            *HOLT,
            "Q: Who are your rivals?",
            "A: We compete with Halden Stores and Fenwick Markets every day.",
        ),
        [
            ("pellmark-retail", "COMPETES_WITH", "halden-stores"),
            ("pellmark-retail", "COMPETES_WITH", "fenwick-markets"),
        ],
        [],
    ),
    (  # retail: "Our main rival is X"
        article(*HOLT, "Q: And the biggest threat?", "A: Our main rival is Fenwick Markets."),
        [("pellmark-retail", "COMPETES_WITH", "fenwick-markets")],
        [],
    ),
    (  # banking: "We bought X"
        article(
            "Tollard Bank Looks North",
            "Ruth Amsel has been chief executive of Tollard Bank since 2018. We met her in Leeds.",
            "Q: How have you grown?",
            "A: We bought Ostmark Savings in 2020 and doubled our branches.",
        ),
        [("tollard-bank", "OWNS", "ostmark-savings")],
        [],
    ),
    (  # pharma: "We partnered with X"
        article(
            "Quenby Bio on Trials",
            "Omar Haddad founded Quenby Bio in 2015. He spoke to us from Basel.",
            "Q: Do you work alone?",
            "A: No, we partnered with Veltris Labs on the trial last year.",
        ),
        [("quenby-bio", "PARTNERS_WITH", "veltris-labs")],
        [],
    ),
    (  # energy: a surname label ("Lindqvist: ...")
        article(
            "Solvent Grid Energy Raises Funds",
            "Marta Lindqvist is chief executive of Solvent Grid Energy, a battery developer.",
            "Why now?",
            "Lindqvist: Harrow Infrastructure Fund invested in us in May.",
        ),
        [("harrow-infrastructure-fund", "FUNDS", "solvent-grid-energy")],
        [],
    ),
    (  # telecoms: an upper-case full-name label
        article(
            "Tellwave Mobile Goes to Court",
            "Kofi Mensah runs Tellwave Mobile, the country's third operator.",
            "INTERVIEWER: What happened with the spectrum sale?",
            "KOFI MENSAH: We are suing Orion Networks over the spectrum deal.",
        ),
        [("tellwave-mobile", "DISPUTES", "orion-networks")],
        [],
    ),
    (  # insurance: the question's "you" is the interviewee's organization
        article(
            "Calder Re Under Pressure",
            "Jon Reece is chief executive of Harlow Mutual. He spoke to us in London.",
            "Q: You are suing Calder Re over unpaid claims. Why?",
            "A: They refused to pay our claims.",
        ),
        [("harlow-mutual", "DISPUTES", "calder-re")],
        [],
    ),
    (  # autos: a second sentence of the same answer
        article(
            "Dallow Motors Eyes Electric Vans",
            "Sven Ahl has led Dallow Motors since 2016. He spoke to us at the Turin show.",
            "Q: Can you afford it?",
            "A: It was hard at first. Then Corvex Capital invested in us.",
        ),
        [("corvex-capital", "FUNDS", "dallow-motors")],
        [],
    ),
    (  # media: "I chair X"
        article(
            "Kestrel Media's Next Chapter",
            "Ines Caro has run Kestrel Media since 2012. We spoke to her by phone.",
            "Q: What else do you do?",
            "A: I chair Ansel Press, a small publisher in Bristol.",
        ),
        [("ines-caro", "LEADS", "ansel-press")],
        [],
    ),
    (  # farming: "I advise X"
        article(
            "Farmer Turned Adviser",
            "Pavel Dusek founded Moravia Seeds in 1998. He talked to us about exports.",
            "Q: Do you still farm?",
            "A: Less now. I advise Greenholt Co-operative on exports.",
        ),
        [("pavel-dusek", "ADVISES", "greenholt-co-operative")],
        [],
    ),
    (  # property: "Our parent company, X"
        article(
            "Carrow Estates Plans Towers",
            "Leah Moss is chief executive of Carrow Estates. We met her at the site.",
            "Q: Who pays for it?",
            "A: Our parent company, Vesta Holdings, pays for most of it.",
        ),
        [("vesta-holdings", "OWNS", "carrow-estates")],
        [],
    ),
    (  # food: coordinated investors
        article(
            "Ostra Foods Expands",
            "Nell Byrne, who founded Ostra Foods, spoke to us about growth.",
            "Q: Who funds you?",
            "A: Norhaven Ventures and Tessel Partners invested in us in 2022.",
        ),
        [
            ("norhaven-ventures", "FUNDS", "ostra-foods"),
            ("tessel-partners", "FUNDS", "ostra-foods"),
        ],
        [],
    ),
    (  # shipping: passive, "we were founded by"
        article(
            "Ferri Lines at Fifty",
            "Marco Ferri runs Ferri Lines, a ferry operator in Naples.",
            "Q: Is it a family firm?",
            "A: Yes. We were founded by my father, Aldo Ferri, in 1970.",
        ),
        [("aldo-ferri", "FOUNDED", "ferri-lines")],
        [],
    ),
    (  # banking: relative clause, "X, which we bought"
        article(
            "Tollard Bank Looks North",
            "Ruth Amsel has been chief executive of Tollard Bank since 2018.",
            "Q: What about Ostmark?",
            "A: Ostmark Savings, which we bought in 2020, is doing well.",
        ),
        [("tollard-bank", "OWNS", "ostmark-savings")],
        [],
    ),
    (  # autos: an answer that runs on into an unlabelled paragraph
        article(
            "Dallow Motors Eyes Electric Vans",
            "Sven Ahl has led Dallow Motors since 2016. He spoke to us at the Turin show.",
            "Q: Can you afford it?",
            "A: It was hard at first.",
            "Then Corvex Capital invested in us, and we never looked back.",
            "Q: And the competition?",
            "A: We compete with Sarto Vans in Italy.",
        ),
        [
            ("corvex-capital", "FUNDS", "dallow-motors"),
            ("dallow-motors", "COMPETES_WITH", "sarto-vans"),
        ],
        [],
    ),
    (  # guard: an unlabelled paragraph after a question is no answer
        article(
            "Dallow Motors Eyes Electric Vans",
            "Sven Ahl has led Dallow Motors since 2016.",
            "Q: Sarto Vans says Corvex Capital invested in us, the magazine. Any comment?",
            "We asked Corvex Capital about its stake in us too.",
            "A: No comment.",
        ),
        [],
        [("corvex-capital", "FUNDS", "dallow-motors")],
    ),
]

QUOTES: list[Case] = [
    (  # food: a two-sentence quote, its speaker named after it
        article(
            "Cobalt Foods Grows Output",
            '"We bought Tarn Mills in 2019. Since then we have doubled its output," said Ann Lee, '
            "chief executive of Cobalt Foods.",
        ),
        [("cobalt-foods", "OWNS", "tarn-mills")],
        [],
    ),
    (  # food: the speaker named before a quote of several sentences
        article(
            "Cobalt Foods Stays Independent",
            'Ann Lee, chief executive of Cobalt Foods, said: "We have no plans to sell. We '
            'compete with Olvera Snacks and we will keep doing so."',
        ),
        [("cobalt-foods", "COMPETES_WITH", "olvera-snacks")],
        [],
    ),
    (  # banking: a quote continued in the next paragraph
        article(
            "Boreal Bank Lends More",
            'Piet Smit, chairman of Boreal Bank, said: "We lend to farmers across the north.',
            '"We also acquired Tolland Credit last year, and it has done well."',
        ),
        [("boreal-bank", "OWNS", "tolland-credit")],
        [],
    ),
    (  # shipping: a two-sentence quote, the speaker's organization by "its"
        article(
            "Meridia Shipping Orders Ships",
            "Meridia Shipping ordered four tankers on Monday.",
            '"We have ordered four ships. We chartered two of them to Aldane Lines and we '
            'compete with Sorrel Tankers," said Rui Costa, its chief executive.',
        ),
        [("meridia-shipping", "COMPETES_WITH", "sorrel-tankers")],
        [],
    ),
    (  # pharma: the speaker's organization named with "of", two sentences
        article(
            "Halvard Pharma Wins Approval",
            '"The approval came fast. We partnered with Quorra Bio on the trials," said Vera '
            "Holm, chief executive of Halvard Pharma.",
        ),
        [("halvard-pharma", "PARTNERS_WITH", "quorra-bio")],
        [],
    ),
    (  # energy: a speaker before a colon, "our" in the second sentence
        article(
            "Norsk Tidal Builds in Orkney",
            'Erik Dahl, chief executive of Norsk Tidal, said: "It is a big year. Our plant in '
            'Kirkwall opens in June."',
        ),
        [("norsk-tidal", "LOCATED_IN", "kirkwall")],
        [],
    ),
    (  # media: "I founded X" in a quote
        article(
            "Tessel Audio Turns Twenty",
            '"I founded Tessel Audio in 2004 with almost no money," said Mark Udo.',
        ),
        [("mark-udo", "FOUNDED", "tessel-audio")],
        [],
    ),
    (  # banking: "I have run X for ten years"
        article(
            "Dunmore Bank Chief to Retire",
            '"I have run Dunmore Bank for ten years and it is time to go," said Colm Byrne.',
        ),
        [("colm-byrne", "LEADS", "dunmore-bank")],
        [],
    ),
    (  # telecoms: "I advise X", the speaker before a colon
        article(
            "Corvin Telecom Adds Adviser",
            'Ian Hale said: "I advise Corvin Telecom on its network."',
        ),
        [("ian-hale", "ADVISES", "corvin-telecom")],
        [],
    ),
    (  # autos: "I" in the second sentence of a quote
        article(
            "Marl Robotics Finds Backer",
            '"It was an easy choice. I invested in Marl Robotics because of its team," said '
            "Greta Voss.",
        ),
        [("greta-voss", "FUNDS", "marl-robotics")],
        [],
    ),
]

COLON_PARAGRAPHS: list[Case] = [
    (  # pharma: a press release's speaker line ending in a colon, the quote below it
        article(
            "Halvard Pharma and Quorra Bio Sign Deal",
            "Commenting on the agreement, Vera Holm, chief executive of Halvard Pharma, said:",
            '"We are proud to partner with Quorra Bio on this trial."',
        ),
        [("halvard-pharma", "PARTNERS_WITH", "quorra-bio")],
        [],
    ),
    (  # energy: the quote below a colon line runs over two sentences
        article(
            "Norsk Tidal Picks Orkney",
            "Erik Dahl, chief executive of Norsk Tidal, said:",
            '"It has been a long search. Our new plant in Kirkwall will open in June."',
        ),
        [("norsk-tidal", "LOCATED_IN", "kirkwall")],
        [],
    ),
    (  # insurance: "said:" then a quote naming a rival
        article(
            "Harlow Mutual Results",
            "Harlow Mutual reported higher premiums on Tuesday. Jon Reece, its chief executive, "
            "added:",
            '"We compete hard with Calder Re in every market and we are winning."',
        ),
        [("harlow-mutual", "COMPETES_WITH", "calder-re")],
        [],
    ),
    (  # food: a quoted sentence after the sentence that named its speaker
        article(
            "Cobalt Foods Grows",
            '"We bought Tarn Mills in 2019," said Ann Lee, chief executive of Cobalt Foods. "We '
            'also compete with Olvera Snacks now."',
        ),
        [("cobalt-foods", "COMPETES_WITH", "olvera-snacks")],
        [],
    ),
    (  # banking: a quoted sentence after "X, chairman of Y, said ..." with no quote
        article(
            "Boreal Bank Lends More",
            'Piet Smit, chairman of Boreal Bank, said lending rose 4%. "We acquired Tolland '
            'Credit last year and it has paid off."',
        ),
        [("boreal-bank", "OWNS", "tolland-credit")],
        [],
    ),
    (  # telecoms: the third quoted sentence of a paragraph whose first named the speaker
        article(
            "Tellwave Mobile Expands",
            '"Prices will fall," said Kofi Mensah, chief executive of Tellwave Mobile. "Demand '
            'is strong." "We partnered with Orion Networks on the new masts."',
        ),
        [("tellwave-mobile", "PARTNERS_WITH", "orion-networks")],
        [],
    ),
    (  # shipping: a quote paragraph after the speaker's own quote paragraph
        article(
            "Meridia Shipping Orders Ships",
            '"We ordered four tankers this year," said Rui Costa, chief executive of Meridia '
            "Shipping.",
            '"We compete with Sorrel Tankers on every route in the Baltic."',
        ),
        [("meridia-shipping", "COMPETES_WITH", "sorrel-tankers")],
        [],
    ),
    (  # guard: a quote paragraph after another speaker's unquoted paragraph
        article(
            "Meridia Shipping Orders Ships",
            '"We ordered four tankers this year," said Rui Costa, chief executive of Meridia '
            "Shipping.",
            "Rival Sorrel Tankers, led by Eva Lund, said it would cut prices.",
            '"We sued Baltic Fuel Lines last year."',
        ),
        [],
        [("meridia-shipping", "DISPUTES", "baltic-fuel-lines")],
    ),
    (  # guard: a quoted sentence after one with no speaker
        article(
            "Cobalt Foods Sells Snacks",
            'Ann Lee runs Cobalt Foods. The firm sells snacks. "We sued Calder Haulage last year."',
        ),
        [],
        [("cobalt-foods", "DISPUTES", "calder-haulage")],
    ),
    (  # guard: a colon line with no speaker ("The statement read:")
        article(
            "Dunmore Bank Statement",
            "Dunmore Bank chief Colm Byrne was away on Monday. The statement read:",
            '"We have sued Hollis Credit over the loans."',
        ),
        [],
        [("dunmore-bank", "DISPUTES", "hollis-credit")],
    ),
]

SPOKESPEOPLE: list[Case] = [
    (  # food: "a Cobalt Foods spokeswoman said"
        article(
            "Cobalt Foods Sues Hauler",
            '"We sued Calder Haulage in May over late deliveries," a Cobalt Foods spokeswoman '
            "said.",
        ),
        [("cobalt-foods", "DISPUTES", "calder-haulage")],
        [],
    ),
    (  # shipping: "said a spokesman for X"
        article(
            "Meridia Shipping Charters Tankers",
            '"We have chartered two tankers to Aldane Lines and we compete with Sorrel Tankers," '
            "said a spokesman for Meridia Shipping.",
        ),
        [("meridia-shipping", "COMPETES_WITH", "sorrel-tankers")],
        [],
    ),
    (  # mining: "told Reuters" after the speaker's role was given
        article(
            "Arden Mining Buys Smelter",
            "Lise Varga is chief executive of Arden Mining.",
            '"We acquired Pell Smelting last year," Varga told reporters on Monday.',
        ),
        [("arden-mining", "OWNS", "pell-smelting")],
        [],
    ),
    (  # retail: "according to X, chief executive of Y, "we ...""
        article(
            "Pellmark Retail Rivals",
            'According to Dana Holt, chief executive of Pellmark Retail, "we compete with '
            'Halden Stores on price."',
        ),
        [("pellmark-retail", "COMPETES_WITH", "halden-stores")],
        [],
    ),
    (  # autos: the speaker's organization in a relative clause ("who runs X")
        article(
            "Dallow Motors Rivals",
            '"We compete with Sarto Vans for every fleet order," Sven Ahl, who runs Dallow '
            "Motors, said.",
        ),
        [("dallow-motors", "COMPETES_WITH", "sarto-vans")],
        [],
    ),
    (  # farming: "said X, who founded Y"
        article(
            "Moravia Seeds Partners",
            '"We partnered with Greenholt Co-operative on the new barley," said Pavel Dusek, who '
            "founded Moravia Seeds in 1998.",
        ),
        [("moravia-seeds", "PARTNERS_WITH", "greenholt-co-operative")],
        [],
    ),
    (  # property: "said X of Y"
        article(
            "Carrow Estates Sues Builder",
            '"We sued Dunmore Builders over the cracked towers," said Leah Moss of Carrow Estates.',
        ),
        [("carrow-estates", "DISPUTES", "dunmore-builders")],
        [],
    ),
    (  # insurance: "X at Y said", the speaker before the verb
        article(
            "Harlow Mutual Partners",
            '"We partnered with Calder Re on flood cover," Jon Reece at Harlow Mutual said.',
        ),
        [("harlow-mutual", "PARTNERS_WITH", "calder-re")],
        [],
    ),
    (  # media: "wrote X, chief executive of Y, in a letter"
        article(
            "Kestrel Media Letter",
            '"We compete with Ansel Press for every reader," wrote Ines Caro, chief executive '
            "of Kestrel Media, in a letter to staff.",
        ),
        [("kestrel-media", "COMPETES_WITH", "ansel-press")],
        [],
    ),
    (  # guard: a speaker who left a company does not speak for it
        article(
            "Cobalt Foods Rival",
            '"We sued Calder Haulage over its fees," said Mia Crane, who left Cobalt Foods in '
            "2019.",
        ),
        [],
        [("cobalt-foods", "DISPUTES", "calder-haulage")],
    ),
    (  # guard: an analyst who covers a company speaks for her own firm
        article(
            "Cobalt Foods Sued",
            '"We sued Calder Haulage over its fees," said Mia Crane, an analyst who covers '
            "Cobalt Foods.",
        ),
        [],
        [("cobalt-foods", "DISPUTES", "calder-haulage")],
    ),
]

PRONOUN_SPEAKERS: list[Case] = [
    (  # food: "she said" after the speaker was named with her role
        article(
            "Cobalt Foods Buys Mill",
            "Ann Lee, chief executive of Cobalt Foods, said sales rose 8%.",
            '"We bought Tarn Mills in May and it is already paying off," she said.',
        ),
        [("cobalt-foods", "OWNS", "tarn-mills")],
        [],
    ),
    (  # mining: "she told reporters" after "X runs Y"
        article(
            "Arden Mining Goes to Court",
            "Lise Varga, who runs Arden Mining, spoke on Monday.",
            '"We are suing Corran Metals over the licence," she told reporters.',
        ),
        [("arden-mining", "DISPUTES", "corran-metals")],
        [],
    ),
    (  # telecoms: "he added", a two-sentence quote
        article(
            "Tellwave Mobile Prices",
            "Kofi Mensah, chief executive of Tellwave Mobile, said prices would fall.",
            '"It is a tough market. We compete with Orion Networks on every contract," he added.',
        ),
        [("tellwave-mobile", "COMPETES_WITH", "orion-networks")],
        [],
    ),
    (  # energy: a surname speaker named with no role, who leads a company named earlier
        article(
            "Solvent Grid Energy Raises Funds",
            "Marta Lindqvist has led Solvent Grid Energy since 2020.",
            '"Harrow Infrastructure Fund invested in us because the grid needs batteries," '
            "Lindqvist said.",
        ),
        [("harrow-infrastructure-fund", "FUNDS", "solvent-grid-energy")],
        [],
    ),
    (  # autos: "I" with "he said"
        article(
            "Marl Robotics Founder Looks Back",
            "Pavel Dusek, an engineer, spoke at the Turin show.",
            '"I founded Marl Robotics in a shed in 2009," he said.',
        ),
        [("pavel-dusek", "FOUNDED", "marl-robotics")],
        [],
    ),
    (  # guard: "she said" of a person with no organization
        article(
            "Olvera Snacks Sued",
            "Ann Lee, chief executive of Cobalt Foods, spoke first. Mia Crane, a farmer, spoke "
            "next.",
            '"We sued Olvera Snacks in May," she said.',
        ),
        [],
        [("cobalt-foods", "DISPUTES", "olvera-snacks")],
    ),
]

GUARDS: list[Case] = [
    (  # the interviewer's own "us" in the introduction
        article(
            *OSTROVA,
            "Full disclosure: Norlund Capital invested in us, the magazine, in 2020.",
            "Q: Who backs Brightmoor?",
            "A: Family money, mostly.",
        ),
        [],
        [("norlund-capital", "FUNDS", "brightmoor-freight")],
    ),
    (  # a question's own claim
        article(*OSTROVA, "Q: Is Calder Haulage buying you?", "A: No comment."),
        [],
        [
            ("calder-haulage", "OWNS", "brightmoor-freight"),
            ("calder-haulage", "FUNDS", "brightmoor-freight"),
        ],
    ),
    (  # a question about a suit
        article(*VARGA, "Q: Will you sue Corran Metals?", "A: We will see."),
        [],
        [("arden-mining", "DISPUTES", "corran-metals")],
    ),
    (  # an analyst's "we" reported in an answer
        article(
            *HOLT,
            "Q: Should you buy Tarrow Foods?",
            "A: Analysts say we should buy Tarrow Foods, but we will not.",
        ),
        [],
        [("pellmark-retail", "OWNS", "tarrow-foods")],
    ),
    (  # a hedged answer
        article(*VARGA, "Q: And Corran?", "A: We might sue Corran Metals next year."),
        [],
        [("arden-mining", "DISPUTES", "corran-metals")],
    ),
    (  # a denied answer
        article(
            *OSTROVA,
            "Q: Are you for sale?",
            "A: We are not for sale, and Norlund Capital has never invested in us.",
        ),
        [],
        [("norlund-capital", "FUNDS", "brightmoor-freight")],
    ),
    (  # a supply contract in an answer
        article(*HOLT, "Q: Who buys from you?", "A: We supply Halden Stores with milk."),
        [],
        [("pellmark-retail", "PARTNERS_WITH", "halden-stores")],
    ),
    (  # a customer in an answer
        article(*OSTROVA, "Q: Your key client?", "A: Calder Haulage is our biggest customer."),
        [],
        [
            ("brightmoor-freight", "PARTNERS_WITH", "calder-haulage"),
            ("brightmoor-freight", "COMPETES_WITH", "calder-haulage"),
        ],
    ),
    (  # an unnamed speaker's "we" after a named speaker's quote
        article(
            "Cobalt Foods and Olvera",
            '"We compete with Olvera Snacks," said Ann Lee, chief executive of Cobalt Foods.',
            '"We sued Olvera Snacks in May," a rival executive said.',
        ),
        [("cobalt-foods", "COMPETES_WITH", "olvera-snacks")],
        [("cobalt-foods", "DISPUTES", "olvera-snacks")],
    ),
    (  # an unnamed speaker's "I"
        article(
            "Harlow Books Sales Rise",
            "Ruth Kane, chief executive of Harlow Books, said sales rose.",
            '"I founded Vellum Press in 1999," one reader wrote.',
        ),
        [],
        [("ruth-kane", "FOUNDED", "vellum-press")],
    ),
    (  # a denial over two quoted sentences
        article(
            "Cobalt Foods Rules Out Deal",
            '"We have never owned Brask Dairies. We do not want it," said Ann Lee, chief '
            "executive of Cobalt Foods.",
        ),
        [],
        [("cobalt-foods", "OWNS", "brask-dairies")],
    ),
    (  # an intent in an answer
        article(*OSTROVA, "Q: What next?", "A: We plan to buy Ferris Logistics next year."),
        [],
        [("brightmoor-freight", "OWNS", "ferris-logistics")],
    ),
    (  # a regulator's quote after an interviewee's: its "we" is the regulator's
        article(
            "Dunmore Bank Fined",
            'Colm Byrne, chief executive of Dunmore Bank, said: "We disagree with the ruling.',
            '"We acted on clear evidence," said Mia Crane, a spokeswoman for the Banking '
            "Standards Office.",
            "The office fined Hollis Credit last year too.",
        ),
        [],
        [("dunmore-bank", "DISPUTES", "hollis-credit")],
    ),
    (  # an "I" with no speaker at all (an unattributed quote)
        article(
            "Tessel Audio Turns Twenty",
            "Mark Udo runs Tessel Audio.",
            '"I invested in Marl Robotics early" was the slogan of the campaign.',
        ),
        [],
        [("mark-udo", "FUNDS", "marl-robotics")],
    ),
]

BANK: list[Case] = INTERVIEWS + QUOTES + COLON_PARAGRAPHS + SPOKESPEOPLE + PRONOUN_SPEAKERS + GUARDS

LEFT: dict[str, str] = {
    "Marl Robotics Founder Looks Back": "a quoted 'I' said by 'he' or 'she' is left unresolved "
    "(resolving it to the person in view cost 0.004 of blind precision)",
    "Kestrel Media's Next Chapter": "a base-form 'chair' right after its subject ('I chair X', "
    "'A and B chair X') is not read as the verb",
}


@pytest.mark.parametrize("case", gap_params(BANK, LEFT))
def test_genre_speakers(case: Case) -> None:
    check(*case)
