"""Ownership readings of round 37 (invented sentences, several sectors).

- A share between the auxiliary and the participle of a passive ("is 60% owned by X") leaves
  the patient where it would be without it: past a relative clause, a participial aside or a
  first conjunct ("Korvan, which makes vests, is 60% owned by X"; "Lindqvist, founded in 2011
  by A and B, is 30 per cent owned by X"; "X was founded by A, a former officer, and is 60%
  owned by Y"). Negation and hedges still cancel it.
- A share kept by several holders, with no company named, is kept by each of them: names
  coordinated before "the remaining N%" ("A and B will keep the remaining 30% between them"),
  a holder past its relative clause ("A, who runs the shop, owns the remaining 24%"), titled
  names ("Dr A and Dr B will keep 14% between them") and a share dated by the deal ("still own
  31% between them after the deal"). A name after a preposition is no co-holder.
- A part of the rest kept: "A and B hold most of the remaining shares", "A and her family own
  most of the rest", "F, which bought in in 2019, holds most of the remainder" (OWNS the
  company of the article); "most of the rest of her time" is no share.

Each case is (text, relations that must be found, relations that must not be).
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

SHARED_PASSIVES: list[Case] = [
    (  # defence: a relative clause before the share
        "Korvan Armour, which runs one plant near Turku, is 60 percent owned by Belwick Holdings.",
        [("belwick-holdings", "OWNS", "korvan-armour")],
        [],
    ),
    (  # games: a participial aside before the share, "per cent"
        "Lindqvist Games, founded in 2011 by Ola Brand and Eva Lund, is 30 per cent owned by "
        "the venture fund Tamsin Ventures.",
        [("tamsin-ventures", "OWNS", "lindqvist-games")],
        [("tamsin-ventures", "OWNS", "ola-brand")],
    ),
    (  # bakery: the second conjunct of a founding passive with an appositive
        "Marrow Bakeries was founded in 2009 by Ines Calder, a former pastry chef, and is 55% "
        "owned by the investment firm Dunholm Equity.",
        [("dunholm-equity", "OWNS", "marrow-bakeries")],
        [("dunholm-equity", "OWNS", "ines-calder")],
    ),
    (  # shipping: an appositive naming another firm before the share
        "Selby Tankers, a Hull operator whose main customer is Orrin Fuels, is 70% owned by "
        "Pennock Capital.",
        [("pennock-capital", "OWNS", "selby-tankers")],
        [("pennock-capital", "OWNS", "orrin-fuels")],
    ),
    (  # the plain case is unchanged
        "Quill Dairy is 45% owned by Harlow Farms.",
        [("harlow-farms", "OWNS", "quill-dairy")],
        [],
    ),
]

SHARED_PASSIVE_TRAPS: list[Case] = [
    (  # negation
        "Korvan Armour, which makes vests, is not 60% owned by Belwick Holdings.",
        [],
        [("belwick-holdings", "OWNS", "korvan-armour")],
    ),
    (  # a hedge: a future holding
        "Korvan Armour, which makes vests, could soon be 60% owned by Belwick Holdings.",
        [],
        [("belwick-holdings", "OWNS", "korvan-armour")],
    ),
    (  # the firm inside the relative clause is not the patient
        "The plant, which Korvan Armour runs, is 60% owned by Belwick Holdings.",
        [],
        [("belwick-holdings", "OWNS", "korvan-armour")],
    ),
]


SALE = (
    "Tervo Gravel, the Finnish aggregates supplier, has agreed to sell 70% of the business to "
    "Holmfirth Partners, a Leeds buyout fund. "
)

KEPT_SHARES: list[Case] = [
    (  # quarrying: two names before "the remaining"
        SALE + "Anna Tervo and Mikko Tervo will keep the remaining 30 per cent.",
        [("anna-tervo", "OWNS", "tervo-gravel"), ("mikko-tervo", "OWNS", "tervo-gravel")],
        [("anna-tervo", "OWNS", "holmfirth-partners")],
    ),
    (  # quarrying: a relative clause after each name
        SALE + "Anna Tervo, who runs the quarry, and her brother Mikko Tervo, who keeps the "
        "books, will keep the remaining 30% between them.",
        [("anna-tervo", "OWNS", "tervo-gravel"), ("mikko-tervo", "OWNS", "tervo-gravel")],
        [],
    ),
    (  # bakery: one holder past a relative clause
        "Dunholm Equity owns 76% of Marrow Bakeries, while Ines Calder, who manages the order "
        "book, owns the remaining 24 per cent.",
        [("ines-calder", "OWNS", "marrow-bakeries"), ("dunholm-equity", "OWNS", "marrow-bakeries")],
        [],
    ),
    (  # clinics: titled names, a share with no company named
        "Orrin Health has bought 86% of Selby Clinics. Dr Ada Moss and Dr Karl Wren will keep "
        "14% between them.",
        [("ada-moss", "OWNS", "selby-clinics"), ("karl-wren", "OWNS", "selby-clinics")],
        [("ada-moss", "OWNS", "orrin-health")],
    ),
    (  # energy: a share dated by the deal
        "Tamsin Ventures led a £20m round in Skelby Tidal. Its founders, Nina Marsh and Eva Lund, "
        "still own 31% between them after the deal.",
        [("nina-marsh", "OWNS", "skelby-tidal"), ("eva-lund", "OWNS", "skelby-tidal")],
        [],
    ),
    (  # the first holder of a list with titles
        "Orrin Health has bought 80% of Selby Clinics. Ms Ada Moss, Dr Karl Wren and Dr Ivo "
        "Hale still hold 20% between them.",
        [
            ("ada-moss", "OWNS", "selby-clinics"),
            ("karl-wren", "OWNS", "selby-clinics"),
            ("ivo-hale", "OWNS", "selby-clinics"),
        ],
        [],
    ),
]

KEPT_SHARE_TRAPS: list[Case] = [
    (  # the firm the share is of is no co-holder
        "Dunholm Equity owns 60% of Marrow Bakeries, and Ines Calder holds the remaining 40%.",
        [("ines-calder", "OWNS", "marrow-bakeries")],
        [("marrow-bakeries", "OWNS", "marrow-bakeries"), ("dunholm-equity", "OWNS", "ines-calder")],
    ),
    (  # a seller after "from" keeps nothing
        "Orrin Health bought the shares from Dr Ada Moss and Dr Karl Wren holds 14%.",
        [],
        [("ada-moss", "OWNS", "orrin-health")],
    ),
    (  # negation
        SALE + "Anna Tervo and Mikko Tervo will not own 31% between them after the deal.",
        [],
        [("anna-tervo", "OWNS", "tervo-gravel"), ("mikko-tervo", "OWNS", "tervo-gravel")],
    ),
    (  # a name inside another clause's relative is no holder
        SALE + "The fund, which Anna Tervo advises, will keep the remaining 30%.",
        [],
        [("anna-tervo", "OWNS", "tervo-gravel")],
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), SHARED_PASSIVES + SHARED_PASSIVE_TRAPS)
def test_share_before_a_passive_participle(
    text: str, present: list[tuple[str, str, str]], absent: list[tuple[str, str, str]]
) -> None:
    check(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), KEPT_SHARES + KEPT_SHARE_TRAPS)
def test_kept_share_of_several_holders(
    text: str, present: list[tuple[str, str, str]], absent: list[tuple[str, str, str]]
) -> None:
    check(text, present, absent)


SOLD_30 = (
    "Tervo Gravel, the Finnish aggregates supplier, has sold 30% of the business to Holmfirth "
    "Partners, a Leeds buyout fund. "
)

PORTIONS_KEPT: list[Case] = [
    (  # quarrying: two named holders
        SOLD_30 + "Anna Tervo and Mikko Tervo hold most of the remaining shares.",
        [("anna-tervo", "OWNS", "tervo-gravel"), ("mikko-tervo", "OWNS", "tervo-gravel")],
        [],
    ),
    (  # schools: a holder and her family
        "Kessa Schools runs nine campuses. Lamar Ventures holds 20%. Ama Boateng and her family "
        "own most of the rest.",
        [("ama-boateng", "OWNS", "kessa-schools")],
        [("ama-boateng", "OWNS", "lamar-ventures")],
    ),
    (  # drinks: a fund past its relative clause, "most of the remainder"
        "The Ferro family still owns roughly 40% of Sunbright Juices, while Lisbon fund Talvo "
        "Capital, which bought into Sunbright in 2019, holds most of the remainder.",
        [("talvo-capital", "OWNS", "sunbright-juices")],
        [],
    ),
]

PORTION_TRAPS: list[Case] = [
    (  # negation
        SOLD_30 + "Anna Tervo does not own most of the rest.",
        [],
        [("anna-tervo", "OWNS", "tervo-gravel")],
    ),
    (  # no share: the rest of her time
        SOLD_30 + "Anna Tervo spends most of the rest of her time in Oslo.",
        [],
        [("anna-tervo", "OWNS", "tervo-gravel")],
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), PORTIONS_KEPT + PORTION_TRAPS)
def test_most_of_the_rest_kept(
    text: str, present: list[tuple[str, str, str]], absent: list[tuple[str, str, str]]
) -> None:
    check(text, present, absent)
