"""Genre bank for dispute frames and trap scope (round 17).

Whose accusation an answer rejects: "rejected the union's accusations" disputes the union only,
not every earlier accuser. Who criticises: "Mara Voss at Kelso Bank, who ..., criticised X" is
the person, not the bank. A counter-suit ("sued back for libel once P called ...") is against
the party that sued first, never the person in the "once"/"after" clause; "brushed off X's
boots as shoddy copies" disputes X; a party sued earlier that "accused it" back disputes its
accuser. A trap ("declined to say whether") covers its own clause: a ", which/who" clause on its
object states a fact. Guards: criticism of a court's ruling is no dispute with the other party,
a judge gets no relation, an inquiry or review is no dispute.

Each case is a short invented text (relations that must be found, relations that must not be),
across food, banking, mining, tyres, hotels, boots, shipping, pharma, retail and energy.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

ACCUSERS: list[Case] = [
    (  # retail: the possessor of the claim noun names the one accuser answered
        "The GMB union accused Tarsa Foods of cutting pay. Later Ben Orr, a former manager, "
        "accused the chain of fraud. Tarsa Foods rejected the union's accusations.",
        [("tarsa-foods", "DISPUTES", "gmb")],
        [("tarsa-foods", "DISPUTES", "ben-orr")],
    ),
    (  # retail: the same with the union's accusation the later one
        "The council fined Tarsa Foods in March, and Ben Orr, a former manager, accused the "
        "chain of fraud. Last week the GMB union accused Tarsa Foods of cutting pay. Tarsa "
        "Foods rejected the union's accusations.",
        [("tarsa-foods", "DISPUTES", "gmb")],
        [("tarsa-foods", "DISPUTES", "ben-orr")],
    ),
    (  # mining: a person noun as possessor picks the person accuser
        "The Unite union accused Halvik Mining of unsafe practices. Later Ada Rusk, a former "
        "engineer, accused the miner of fraud. Halvik Mining dismissed the former engineer's "
        "claims as baseless.",
        [("halvik-mining", "DISPUTES", "ada-rusk")],
        [("halvik-mining", "DISPUTES", "unite")],
    ),
    (  # banking: a named possessor: that accuser only
        "Kelso Bank accused Tarsa Mining of hiding losses. Orrin Tyres sued the miner. Tarsa "
        "Mining dismissed Kelso Bank's claims as baseless.",
        [("tarsa-mining", "DISPUTES", "kelso-bank")],
        [("tarsa-mining", "DISPUTES", "orrin-tyres")],
    ),
    (  # must still give: "both accusations" answers each accuser
        "The GMB union accused Tarsa Foods of cutting pay. Later Ben Orr, a former manager, "
        "accused the chain of fraud. Tarsa Foods rejected both accusations.",
        [("tarsa-foods", "DISPUTES", "gmb"), ("tarsa-foods", "DISPUTES", "ben-orr")],
        [],
    ),
]

CRITICS: list[Case] = [
    (  # banking: "P at Org, who ..., criticised X": the person
        "Mara Voss at Kelso Bank, who rates the shares a sell, criticised Pollard Homes for "
        "overpaying.",
        [("mara-voss", "DISPUTES", "pollard-homes")],
        [("kelso-bank", "DISPUTES", "pollard-homes")],
    ),
    (  # shipping: "of" and another verb
        "Tom Reed of Brannock Securities, who follows the sector, attacked Norsk Ferja over "
        "its dividend.",
        [("tom-reed", "DISPUTES", "norsk-ferja")],
        [("brannock-securities", "DISPUTES", "norsk-ferja")],
    ),
    (  # banking: the appositive analyst
        "Mara Voss, an analyst at Kelso Bank, criticised Tarsa Foods for overpaying.",
        [("mara-voss", "DISPUTES", "tarsa-foods")],
        [("kelso-bank", "DISPUTES", "tarsa-foods")],
    ),
    (  # must still give: an organization's own relative clause
        "Brisa Capital, which owns 9% of Kelso Bank, criticised Pollard Homes.",
        [("brisa-capital", "DISPUTES", "pollard-homes"), ("brisa-capital", "OWNS", "kelso-bank")],
        [],
    ),
    (  # food: criticism of the board is a dispute with the company
        "Ostler Paints criticised the board of Tarsa Foods over bonuses.",
        [("ostler-paints", "DISPUTES", "tarsa-foods")],
        [],
    ),
    (  # retail: possessed directors
        "The hedge fund Brannock Capital has lambasted Selvin Retail's directors over its buyback.",
        [("brannock-capital", "DISPUTES", "selvin-retail")],
        [],
    ),
    (  # paints: the board in a coordinated relative clause
        "Ostler Paints, which owns 8% of Tarsa Foods and has attacked the directors over "
        "bonuses, will vote no.",
        [("ostler-paints", "DISPUTES", "tarsa-foods"), ("ostler-paints", "OWNS", "tarsa-foods")],
        [],
    ),
]

DISPARAGED: list[Case] = [
    (  # boots: "brushed off X's goods as shoddy copies"
        "Mara Voss brushed off Halvik Boots's boots as shoddy copies.",
        [("mara-voss", "DISPUTES", "halvik-boots")],
        [],
    ),
    (  # boots: "dismissed X's products as copies"
        "Mara Voss dismissed Halvik Boots's products as shoddy copies.",
        [("mara-voss", "DISPUTES", "halvik-boots")],
        [],
    ),
    (  # pharma: "waved away X's figures as fantasy"
        "Ida Marr waved away Kelvara Pharma's trial figures as fantasy.",
        [("ida-marr", "DISPUTES", "kelvara-pharma")],
        [],
    ),
    (  # energy: a premodifying name in the brushed-off thing
        "Mara Voss, the Orrin Tyres founder, brushed aside the Kelso Bank forecast as fantasy.",
        [("mara-voss", "DISPUTES", "kelso-bank")],
        [],
    ),
    (  # guard: no "as": brushing off is no disparagement
        "Mara Voss brushed off Halvik Boots's boots.",
        [],
        [("mara-voss", "DISPUTES", "halvik-boots")],
    ),
    (  # steel: a dispute stated by an adjective and a noun
        "Tarsa Foods is locked in a bitter legal fight with Halvik Steel.",
        [("tarsa-foods", "DISPUTES", "halvik-steel")],
        [],
    ),
    (  # steel: a possessed dispute
        "Tarsa Foods said its long-running dispute with Halvik Steel would end soon.",
        [("tarsa-foods", "DISPUTES", "halvik-steel")],
        [],
    ),
    (  # groceries: an adjective of contempt, then a definite description
        "Fenn Grocers is openly contemptuous of Dorlan Stores's pricing, accusing the bigger "
        "chain of dumping.",
        [("fenn-grocers", "DISPUTES", "dorlan-stores")],
        [],
    ),
]

COUNTER: list[Case] = [
    (  # tyres: a counter-suit is against the party that sued first
        "Kelso Bank sued Orrin Tyres in March. Orrin Tyres sued back for libel once Mara Voss "
        "called its tyres unsafe.",
        [("orrin-tyres", "DISPUTES", "kelso-bank")],
        [("orrin-tyres", "DISPUTES", "mara-voss")],
    ),
    (  # tyres: "countersued after P, a director, called ..."
        "Kelso Bank sued Orrin Tyres in March. Orrin Tyres countersued after Mara Voss, a "
        "Kelso Bank director, called its tyres unsafe.",
        [("orrin-tyres", "DISPUTES", "kelso-bank")],
        [("orrin-tyres", "DISPUTES", "mara-voss")],
    ),
    (  # hotels: "countersued for defamation"
        "Pellow Hotels sued Brisk Travel in 2022. Brisk Travel countersued for defamation.",
        [("brisk-travel", "DISPUTES", "pellow-hotels")],
        [],
    ),
    (  # banking: a party sued charges "it" back in the second clause
        "Osterby Bank sued Pollard Homes, and Pollard Homes accused it of hiding losses.",
        [
            ("pollard-homes", "DISPUTES", "osterby-bank"),
            ("osterby-bank", "DISPUTES", "pollard-homes"),
        ],
        [],
    ),
    (  # building: a description as the second subject, a phrase before the charge
        "Osterby Bank sued Pollard Homes. Pollard Homes accused it in a reply of hiding losses.",
        [("pollard-homes", "DISPUTES", "osterby-bank")],
        [],
    ),
    (  # food: the first subject's second verb keeps its pronoun object
        "Tarsa Foods sued Kelso Bank in May and has since accused it of hiding fees.",
        [("tarsa-foods", "DISPUTES", "kelso-bank")],
        [("kelso-bank", "DISPUTES", "tarsa-foods")],
    ),
    (  # guard: a negated charge back
        "Osterby Bank sued Pollard Homes, and Pollard Homes never accused it of anything.",
        [],
        [("pollard-homes", "DISPUTES", "osterby-bank")],
    ),
    (  # hotels: a person pronoun object in the second clause
        "Osterby Bank sued Mara Voss, and Corvane Hotels charged her with copying client lists.",
        [("corvane-hotels", "DISPUTES", "mara-voss")],
        [],
    ),
]

TRAPS: list[Case] = [
    (  # banking: the relative clause on the trap's object states a holding
        "Tarsa Foods declined to say whether it would sue Kelso Bank, which owns 9% of the "
        "company.",
        [("kelso-bank", "OWNS", "tarsa-foods")],
        [("tarsa-foods", "DISPUTES", "kelso-bank")],
    ),
    (  # banking: ... and an earlier suit
        "Tarsa Foods would not say whether it would sue Kelso Bank, which has accused it of fraud.",
        [("kelso-bank", "DISPUTES", "tarsa-foods")],
        [("tarsa-foods", "DISPUTES", "kelso-bank")],
    ),
    (  # food: a chair in a "who" clause under "would not say whether"
        "Parvin Foods would not say whether it will support re-electing Sir Ian Lusk, who has "
        "chaired Tarsa Foods since 2015.",
        [("ian-lusk", "LEADS", "tarsa-foods")],
        [],
    ),
    (  # steel: another clause of the same sentence keeps its relation
        "Tarsa Foods sued Halvik Steel last year, but declined to say whether it would sue "
        "Kelso Bank.",
        [("tarsa-foods", "DISPUTES", "halvik-steel")],
        [("tarsa-foods", "DISPUTES", "kelso-bank")],
    ),
    (  # guard: the trap's own clause
        "Tarsa Foods declined to say whether it would sue Kelso Bank.",
        [],
        [("tarsa-foods", "DISPUTES", "kelso-bank")],
    ),
    (  # lending: an appositive fact under "whether"
        "Tarsa Foods declined to say whether Kelso Bank, its biggest lender, would sue Orrin "
        "Tyres.",
        [("kelso-bank", "FUNDS", "tarsa-foods")],
        [("kelso-bank", "DISPUTES", "orrin-tyres")],
    ),
]

NO_COMMENT: list[Case] = [
    (  # guard: a denied clause keeps its denial past the relative clause of its subject
        "Tarsa Foods denied that Kelso Bank, which owns 9% of it, had sued Orrin Tyres.",
        [("kelso-bank", "OWNS", "tarsa-foods")],
        [("kelso-bank", "DISPUTES", "orrin-tyres")],
    ),
    (  # guard: a report the subject will not comment on states no act
        "Tarsa Foods would not comment on press claims that it had turned down an earlier "
        "takeover approach from Kelso Bank.",
        [],
        [("tarsa-foods", "DISPUTES", "kelso-bank")],
    ),
    (  # guard: ... nor one it declines to confirm
        "Norsk Ferja declined to confirm reports that it had sued Brannock Shipping.",
        [],
        [("norsk-ferja", "DISPUTES", "brannock-shipping")],
    ),
    (  # must still give: a confirmed report's act
        "Norsk Ferja confirmed reports that it had sued Brannock Shipping.",
        [("norsk-ferja", "DISPUTES", "brannock-shipping")],
        [],
    ),
]

GUARDS: list[Case] = [
    (  # guard: criticising the judge's ruling is no answer to the other party
        "Kelso Bank sued Tarsa Foods in 2021. Last week Tarsa Foods criticised the judge's ruling.",
        [("kelso-bank", "DISPUTES", "tarsa-foods")],
        [("tarsa-foods", "DISPUTES", "kelso-bank")],
    ),
    (  # guard: the verdict called flawed
        "Halvik Steel sued Brannock Shipping in 2021. Brannock Shipping called the verdict flawed.",
        [],
        [("brannock-shipping", "DISPUTES", "halvik-steel")],
    ),
    (  # must still give: challenging the ruling is an appeal
        "Kelso Bank sued Tarsa Foods in 2021. Tarsa Foods will challenge the ruling.",
        [("tarsa-foods", "DISPUTES", "kelso-bank")],
        [],
    ),
    (  # guard: a judge gets no relation
        "Judge Anna Perl dismissed the lawsuit Kelso Bank brought against Tarsa Foods.",
        [],
        [("anna-perl", "DISPUTES", "kelso-bank"), ("anna-perl", "DISPUTES", "tarsa-foods")],
    ),
    (  # guard: a review is no dispute
        "Kelso Bank launched a review of Tarsa Foods's accounts.",
        [],
        [("kelso-bank", "DISPUTES", "tarsa-foods")],
    ),
    (  # guard: welcoming an inquiry
        "The regulator opened an inquiry into Tarsa Foods. Tarsa Foods welcomed the review.",
        [],
        [("tarsa-foods", "DISPUTES", "regulator")],
    ),
]

BANK = ACCUSERS + CRITICS + DISPARAGED + COUNTER + TRAPS + NO_COMMENT + GUARDS
GAPS: dict[str, str] = {
    "Mara Voss, the Orrin Tyres founder, brushed aside": (
        "a brushed-off thing premodified by a name ('the Kelso Bank forecast') is not read"
    ),
    "Osterby Bank sued Mara Voss, and Corvane": (
        "a person pronoun object in the second clause ('charged her with') is left unresolved"
    ),
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_frames17(case: Case) -> None:
    check(*case)
