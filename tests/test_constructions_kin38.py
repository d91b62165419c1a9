"""Kin groups as holders, founders and clients (round 38; invented sentences, several sectors).

A kin group noun names the people the article introduced as that group: "A and her brother,
B" or "his sons, A and B" (an explicit group), else the one pair of people who share a surname;
"the Roos sisters" names the people of that surname. "The siblings still own 40%", "the
brothers were advised by X", "the Roos sisters will keep the rest" then reach each member. "The
family, including A and his mother," names the people it lists ("his mother": the person A was
introduced as the son of). A bare "the family" names nobody (a family's holding goes to none of
its members), nor does a kin group of unnamed people, a firm's name ("Dorne Brothers"), "the
brothers of X", or a group of two surnames. Uncued given names before the surname of a kin group
("the Roos sisters ... Hana and Mira Roos") are people.

Each case is (text, relations that must be found, relations that must not be).
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, types

KIN_GROUPS: list[Case] = [
    (  # bakery: "A and her brother, B"; present tense, plural verb
        "Brisca Foods was founded in 2004 by Marta Denholm and her brother, Jonas Denholm. "
        "Halvorsen Capital agreed to buy 70% of Brisca Foods. The siblings keep the remaining 30%.",
        [
            ("marta-denholm", "OWNS", "brisca-foods"),
            ("jonas-denholm", "OWNS", "brisca-foods"),
        ],
        [],
    ),
    (  # steel: "his sons, A and B"; a passive of advice, the father left out
        "Orvik Galvanizing was founded in 1990 by Omar Rastad. His sons, Khalid Rastad and "
        "Karim Rastad, each keep 15% of the company. The brothers were advised on the sale by "
        "Hamid Brel, an accountant.",
        [
            ("hamid-brel", "ADVISES", "khalid-rastad"),
            ("hamid-brel", "ADVISES", "karim-rastad"),
        ],
        [("hamid-brel", "ADVISES", "omar-rastad")],
    ),
    (  # fashion: a shared surname, no kin noun before; an auxiliary
        "Lina Varsk and Ebba Varsk started Corvel Knitwear in 2011. Tessmoor Group has agreed "
        "to buy 70% of Corvel Knitwear. The sisters will keep the remaining 30% between them.",
        [("lina-varsk", "OWNS", "corvel-knitwear"), ("ebba-varsk", "OWNS", "corvel-knitwear")],
        [],
    ),
    (  # sauces: "the family, including A and his mother,"
        "Brisca Sauces was founded in 1984 by Ada Lorne, and is now run by her son, Tomas "
        "Lorne. Halvorsen Capital agreed to buy 70% of Brisca Sauces. The family, including "
        "Tomas Lorne and his mother, will keep the remaining 30%.",
        [("tomas-lorne", "OWNS", "brisca-sauces"), ("ada-lorne", "OWNS", "brisca-sauces")],
        [],
    ),
    (  # clinics: a counted group
        "Stride Clinics was founded by Liam Dorne and his brother, Connor Dorne. Movara Health "
        "agreed to buy 80% of Stride Clinics. The two brothers will keep the remaining 20%.",
        [("liam-dorne", "OWNS", "stride-clinics"), ("connor-dorne", "OWNS", "stride-clinics")],
        [],
    ),
]

KIN_GROUPS += [
    (  # tiles: a relative clause on the group
        "Kessel Tiles was set up by Nina Hoss and her brother, Jan Hoss. Quarro Capital agreed "
        "to buy 65% of Kessel Tiles. The siblings, who still run the kilns, will keep the "
        "remaining 35%.",
        [("nina-hoss", "OWNS", "kessel-tiles"), ("jan-hoss", "OWNS", "kessel-tiles")],
        [],
    ),
    (  # software: "the Roos sisters", the surname written; "she ... with her sister, B"
        "Hana Roos built Tallow Labs, which she set up with her sister, Mira Roos, in 2015. "
        "Vexa Systems agreed to buy 80% of Tallow Labs. The Roos sisters will keep the "
        "remaining 20%.",
        [("hana-roos", "OWNS", "tallow-labs"), ("mira-roos", "OWNS", "tallow-labs")],
        [],
    ),
]

KIN_TRAPS: list[Case] = [
    (  # a bare family names none of its members
        "Tessaly Mills was founded by Ana Kabor. Her son, Ian Kabor, runs it. Harlow Fibre "
        "agreed to buy 60% of Tessaly Mills. The family will keep the remaining 40%.",
        [],
        [("ana-kabor", "OWNS", "tessaly-mills"), ("ian-kabor", "OWNS", "tessaly-mills")],
    ),
    (  # two surnames shared: no pair to choose
        "Anna Marsh and Paul Marsh run Brisk Optics with Eva Lund and Mia Lund. Quarro Capital "
        "agreed to buy 60% of Brisk Optics. The siblings will keep the remaining 40%.",
        [],
        [("anna-marsh", "OWNS", "brisk-optics"), ("eva-lund", "OWNS", "brisk-optics")],
    ),
    (  # "the brothers of X": no reference
        "Tomas Vell and his brother, Ed Vell, sold Pellin Tools to Quarro Capital. The brothers "
        "of the founder were advised by Hamid Brel.",
        [],
        [("hamid-brel", "ADVISES", "ed-vell")],
    ),
    (  # an introduction, no reference: the names follow
        "Rennet Boats was founded in 1994 by the brothers Tom Haver and Nick Haver.",
        [("tom-haver", "FOUNDED", "rennet-boats"), ("nick-haver", "FOUNDED", "rennet-boats")],
        [],
    ),
]


@pytest.mark.parametrize("text,present,absent", KIN_GROUPS + KIN_TRAPS)
def test_kin_groups(text: str, present, absent) -> None:
    check(text, present, absent)


def test_kin_group_surname_types_people() -> None:
    """ "the Roos sisters ... Hana and Ottilie Roos": Ottilie Roos is a person (a given name the
    lexicon does not know); a firm word keeps its firm."""
    got = types(
        "The Roos sisters sell Vantel Lingerie to Altar Group\n\nWhen Hana and Ottilie Roos "
        "started Vantel Lingerie in 2011, the plan was small. Hana Roos runs it. Roos Textiles "
        "supplied the lace."
    )
    assert got.get("Ottilie Roos") == "Person", got
    assert got.get("Roos Textiles") == "Organization", got
