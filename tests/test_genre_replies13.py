"""Genre bank for the answering side of a dispute (round 13): the accused rejects the other
side's act named by a role-noun possessor ("dismissed the senator's criticism", "labelled the
analyst's note selective"), by an anaphoric noun that is a claim only when rejected ("contested
those figures", "waved away the action", "rejected those arguments"), or by a named possessor
("said Pellam's figures were wrong"); a charge closed by a reduced relative whose rejecter is
a common noun ("..., an allegation the shipping line denied"); a counter-suit for a sum.

Each case is a short invented article across milling, retail, mining, water, housing,
shipping, steel, media, telecoms, farming, aviation and banking. Guards: a bare denial with
no dispute before it, talks with a union, a naming verb with a neutral noun ("described the
figures as strong"), a rejection with no earlier dispute, a court that rejects a claim, a
party not accused that rejects the figures.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

ROLE_POSSESSOR: list[Case] = [
    (  # milling: "dismissed the senator's criticism"
        "Senator Ada Quell criticised Tarrow Mills over its water permits. Tarrow Mills "
        "dismissed the senator's criticism, saying its permits were in order.",
        [("ada-quell", "DISPUTES", "tarrow-mills"), ("tarrow-mills", "DISPUTES", "ada-quell")],
        [],
    ),
    (  # retail: "labelled the analyst's note selective and stale"
        "Harwick Research published a note accusing Quayside Retail of inflating sales. "
        "Quayside labelled the analyst's note selective and stale.",
        [("quayside-retail", "DISPUTES", "harwick-research")],
        [],
    ),
    (  # mining: "described the short seller's report as misleading"
        "Brenna Capital, a short seller, accused Oldcastle Mining of hiding debts. Oldcastle "
        "described the short seller's report as misleading.",
        [("oldcastle-mining", "DISPUTES", "brenna-capital")],
        [],
    ),
    (  # telecoms: "rejected the regulator's findings"
        "The Signal Authority fined Norvia Telecom for dropped calls. Norvia rejected the "
        "regulator's findings.",
        [("norvia-telecom", "DISPUTES", "the-signal-authority")],
        [],
    ),
    (  # housing: a pronoun subject
        "Harlan Homes was criticised by the Vossen Tenants Association for rent rises. It "
        "dismissed the association's criticism.",
        [("harlan-homes", "DISPUTES", "vossen-tenants-association")],
        [],
    ),
]

ANAPHORIC: list[Case] = [
    (  # aviation: "waved away the action"
        "Dovecote Airways sued Ambry Air over a leasing contract. Ambry waved away the action, "
        "saying the contract was void.",
        [("ambry-air", "DISPUTES", "dovecote-airways")],
        [],
    ),
    (  # water: "contested those figures"
        "Lutaro Water accused Kestle Pipes of overcharging. Kestle contested those figures.",
        [("kestle-pipes", "DISPUTES", "lutaro-water")],
        [],
    ),
    (  # housing: "rejected those arguments"
        "The Vossen Tenants Association criticised Harlan Homes for rent rises. Harlan "
        "rejected those arguments.",
        [("harlan-homes", "DISPUTES", "the-vossen-tenants-association")],
        [],
    ),
    (  # farming: a naming verb with a dismissive word
        "Orrin Growers accused Pellow Seeds of selling weak stock. Pellow called the "
        "figures exaggerated.",
        [("pellow-seeds", "DISPUTES", "orrin-growers")],
        [],
    ),
    (  # steel: "disputed the estimates"
        "Kerrow Steel accuses Bellmont Metals of dumping. Bellmont disputed the estimates.",
        [("bellmont-metals", "DISPUTES", "kerrow-steel")],
        [],
    ),
]

NAMED_POSSESSOR: list[Case] = [
    (  # banking: "said Pellam's figures were wrong"
        "Pellam Bank says Corliss Dairy owes it $40m. Corliss said Pellam's figures were wrong.",
        [("corliss-dairy", "DISPUTES", "pellam-bank")],
        [],
    ),
    (  # logistics: a person's numbers
        "Tamsin Ortez, a union leader, accused Greyfell Logistics of cutting pay. Greyfell "
        "said Ortez's numbers were selective.",
        [("greyfell-logistics", "DISPUTES", "tamsin-ortez")],
        [],
    ),
    (  # media: "contested Vantora's estimates"
        "Penrose Studios contested Vantora Media's estimates of the audience.",
        [("penrose-studios", "DISPUTES", "vantora-media")],
        [],
    ),
    (  # mining: a naming verb with "as" and a dismissive
        "Oldcastle Mining described Brenna Capital's research as misleading.",
        [("oldcastle-mining", "DISPUTES", "brenna-capital")],
        [],
    ),
    (  # telecoms: "called Kelso's claims groundless" (a claim noun)
        "Norvia Telecom called Kelso Mobile's claims groundless.",
        [("norvia-telecom", "DISPUTES", "kelso-mobile")],
        [],
    ),
    (  # water: the county's lawsuit
        "The Ferrand Water Board sued Veltro Chemicals over groundwater pollution. Veltro "
        "called the board's lawsuit mistaken.",
        [("veltro-chemicals", "DISPUTES", "the-ferrand-water-board")],
        [],
    ),
]

SAID: list[Case] = [
    (  # water: "said the regulator's figures were wrong"
        "The Water Authority fined Kestle Pipes for leaks. Kestle said the regulator's figures "
        "were wrong.",
        [("kestle-pipes", "DISPUTES", "the-water-authority")],
        [],
    ),
    (  # water: "said those figures were selective"
        "Lutaro Water accused Kestle Pipes of overcharging. Kestle said those figures were "
        "selective.",
        [("kestle-pipes", "DISPUTES", "lutaro-water")],
        [],
    ),
    (  # farming: "out of date"
        "Orrin Growers accused Pellow Seeds of selling weak stock. Pellow said the numbers were "
        "out of date.",
        [("pellow-seeds", "DISPUTES", "orrin-growers")],
        [],
    ),
    (  # milling: a role possessor's claims
        "Senator Ada Quell accused Tarrow Mills of polluting the river. Tarrow said the "
        "senator's claims were unfounded.",
        [("tarrow-mills", "DISPUTES", "ada-quell")],
        [],
    ),
    (  # media: a role possessor's claims
        "Vantora Media sued Penrose Studios over unpaid royalties. Penrose said the "
        "plaintiff's claims were unfounded.",
        [("penrose-studios", "DISPUTES", "vantora-media")],
        [],
    ),
]

REDUCED: list[Case] = [
    (  # shipping: ", an allegation the shipping line denied"
        "Orlo Freight accused Tanager Shipping of breaching the charter, an allegation the "
        "shipping line denied.",
        [
            ("orlo-freight", "DISPUTES", "tanager-shipping"),
            ("tanager-shipping", "DISPUTES", "orlo-freight"),
        ],
        [],
    ),
    (  # aviation: ", a claim the airline rejects"
        "Kestle Travel accused Marlow Air of hidden fees, a claim the airline rejects.",
        [("marlow-air", "DISPUTES", "kestle-travel")],
        [],
    ),
    (  # steel: a named rejecter (already read)
        "Kerrow Steel accused Bellmont Metals of dumping, a claim Bellmont denies.",
        [("bellmont-metals", "DISPUTES", "kerrow-steel")],
        [],
    ),
]

COUNTER: list[Case] = [
    (  # food: a bare counter-suit
        "Ostrel Games sued Brackley Foods for copying its packaging. Brackley denies copying "
        "and has countersued in turn.",
        [("brackley-foods", "DISPUTES", "ostrel-games")],
        [],
    ),
    (  # media: a counter-suit for a sum
        "Vantora Media sued Penrose Studios over unpaid royalties. Penrose has countersued for "
        "£2m in withheld fees.",
        [("penrose-studios", "DISPUTES", "vantora-media")],
        [],
    ),
    (  # retail: counter-sued for damages
        "Harlan Stores sued Quayside Brands over a supply deal. Quayside countersued for damages.",
        [("quayside-brands", "DISPUTES", "harlan-stores")],
        [],
    ),
    (  # telecoms: vowing to appeal a fine
        "The Competition Authority fined Dovecote Telecom £30m for price fixing. Dovecote said "
        "it would appeal.",
        [("dovecote-telecom", "DISPUTES", "the-competition-authority")],
        [],
    ),
    (  # seeds: a filed counter-suit
        "Pellow Seeds sued Orrin Growers over a licence. Orrin has filed a countersuit.",
        [("orrin-growers", "DISPUTES", "pellow-seeds")],
        [],
    ),
    (  # seeds: a relative denial and a bare counter-suit
        "Pellow Seeds sued Orrin Growers over a licence. Orrin, which denies the claims, has "
        "countersued.",
        [("orrin-growers", "DISPUTES", "pellow-seeds")],
        [],
    ),
    (  # water: appealing the fine the regulator imposed
        "The Water Authority fined Dovecote Utilities £4m for leaks. Dovecote vowed to appeal "
        "the fine the regulator imposed.",
        [("dovecote-utilities", "DISPUTES", "the-water-authority")],
        [],
    ),
]

UNPARSED: list[Case] = [
    (  # food: a long appositive subject with a relative clause before the charge
        "Mara Vance, the chief executive of Ostrel Foods, which runs three plants in the north, "
        "criticised Harlow Council for planning delays.",
        [("mara-vance", "DISPUTES", "harlow-council")],
        [],
    ),
    (  # food: a relative clause about an appeal before the charge (already read)
        "Ostrel Foods, which said last month it would appeal the ruling, now accuses Harlow "
        "Council of bias.",
        [("ostrel-foods", "DISPUTES", "harlow-council")],
        [],
    ),
]

GUARDS: list[Case] = [
    (  # a bare denial, no dispute before it
        "Pellam Bank reported a loss. Pellam denied any wrongdoing.",
        [],
        [("pellam-bank", "DISPUTES", "pellam-bank")],
    ),
    (  # talks with a union
        "Greyfell Logistics said it was negotiating with the Transport Workers Union over pay.",
        [],
        [("greyfell-logistics", "DISPUTES", "the-transport-workers-union")],
    ),
    (  # a news report denied: no accuser's act
        "Brenna Capital sued Oldcastle Mining over a loan. Oldcastle denied the report that it "
        "plans to sell its mines.",
        [],
        [("oldcastle-mining", "DISPUTES", "brenna-capital")],
    ),
    (  # a naming verb with a neutral noun
        "Analysts at Harwick Research described Quayside Retail's figures as strong.",
        [],
        [("harwick-research", "DISPUTES", "quayside-retail")],
    ),
    (  # praise of the figures
        "Corliss Dairy published its annual figures. Ranjit Farms called Corliss's figures "
        "impressive.",
        [],
        [("ranjit-farms", "DISPUTES", "corliss-dairy")],
    ),
    (  # no dispute before the rejection
        "Kelso Mobile and Norvia Telecom signed a roaming deal. Norvia rejected those arguments.",
        [],
        [("norvia-telecom", "DISPUTES", "kelso-mobile")],
    ),
    (  # a naming verb with a neutral noun after a dispute
        "Lutaro Water accused Kestle Pipes of overcharging. Kestle called the figures accurate.",
        [("lutaro-water", "DISPUTES", "kestle-pipes")],
        [("kestle-pipes", "DISPUTES", "lutaro-water")],
    ),
    (  # a court rejects the claim in the reduced relative
        "Orlo Freight accused Tanager Shipping of breaching the charter, a claim the court "
        "rejected.",
        [],
        [("tanager-shipping", "DISPUTES", "orlo-freight")],
    ),
    (  # talks with the union after a suit
        "Pellow Seeds sued Orrin Growers over a licence. Orrin said it was in talks with the "
        "union.",
        [],
        [("orrin-growers", "DISPUTES", "pellow-seeds")],
    ),
    (  # figures called accurate after a reporting verb
        "Lutaro Water accused Kestle Pipes of overcharging. Kestle said the figures were accurate.",
        [],
        [("kestle-pipes", "DISPUTES", "lutaro-water")],
    ),
    (  # figures called wrong with no dispute before
        "Lutaro Water reported weak sales. Kestle Pipes said the figures were wrong.",
        [],
        [("kestle-pipes", "DISPUTES", "lutaro-water")],
    ),
    (  # "appealed for calm" is no counter-claim
        "Vantora Media sued Penrose Studios over unpaid royalties. Penrose appealed for calm.",
        [],
        [("penrose-studios", "DISPUTES", "vantora-media")],
    ),
]

BANK = ROLE_POSSESSOR + ANAPHORIC + NAMED_POSSESSOR + SAID + REDUCED + COUNTER + UNPARSED + GUARDS
GAPS: dict[str, str] = {
    "Vantora Media sued Penrose Studios over unpaid royalties. Penrose said": "'the plaintiff' "
    "is resolved to the sentence's subject, so the claims seem its own (reference, not the "
    "answer rules)",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_replies13(case: Case) -> None:
    check(*case)
