"""Groups named by their members (`loaders.groups`): a consortium, a syndicate, a joint
venture introduced with its members stands for each of them, in its own sentence and when a
later description ("the consortium", "the syndicate", "the two partners") refers back to it.

Every name is invented; sectors vary on purpose. Each case is (text, relations that must be
found, relations that must not be).
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

from loaders.groups import GroupMemory
from loaders.lexicon import Lexicon
from loaders.relations.model import Mention

CASES: list[Case] = [
    (  # sport: the group defined by "a consortium of", then "the consortium" funds
        "A consortium of Brandmoor Group, the fund Ostara Capital and Kell Leisure will take "
        "over the stadium. The consortium has pledged £40 million for the Kettle Lane Arena.",
        [
            ("brandmoor-group", "FUNDS", "kettle-lane-arena"),
            ("ostara-capital", "FUNDS", "kettle-lane-arena"),
            ("kell-leisure", "FUNDS", "kettle-lane-arena"),
        ],
        [("brandmoor-group", "FUNDS", "ostara-capital")],
    ),
    (  # another noun for the same group, a person among the members
        "The arena will be rebuilt by a consortium of Brandmoor Group, the fund Ostara Capital "
        "and the former cyclist Tom Vell. The syndicate has promised £40 million to rebuild the "
        "Kettle Lane Arena.",
        [
            ("brandmoor-group", "FUNDS", "kettle-lane-arena"),
            ("tom-vell", "FUNDS", "kettle-lane-arena"),
        ],
        [],
    ),
    (  # transport: a dispute with the group is a dispute with each member
        "The line will be run by a consortium of Dellwyn Rail and Pargeter Buses. Fair Fares "
        "Group criticised the consortium for raising prices.",
        [
            ("fair-fares-group", "DISPUTES", "dellwyn-rail"),
            ("fair-fares-group", "DISPUTES", "pargeter-buses"),
        ],
        [("dellwyn-rail", "DISPUTES", "pargeter-buses")],
    ),
    (  # football: a takeover by a group made up of three buyers
        "The takeover of Brindle Rovers by a group made up of Halm Leisure, the fund Qaro "
        "Capital and the former goalkeeper Ned Fry was approved.",
        [
            ("halm-leisure", "OWNS", "brindle-rovers"),
            ("qaro-capital", "OWNS", "brindle-rovers"),
            ("ned-fry", "OWNS", "brindle-rovers"),
        ],
        [],
    ),
    (  # mining: members before the noun, then "the two partners"
        "Corrib Metals and Tanlo Power formed a joint venture to build the Salar Uno mine. The "
        "two partners will invest $300 million in the Salar Uno mine.",
        [("corrib-metals", "FUNDS", "salar-uno"), ("tanlo-power", "FUNDS", "salar-uno")],
        [("corrib-metals", "FUNDS", "tanlo-power")],
    ),
    (  # banking: lenders led by one bank and including others, in place
        "The Tarn Ferry Terminal will be financed by lenders led by Harrow Mutual and including "
        "Pelt Bank and Crosby Savings.",
        [
            ("harrow-mutual", "FUNDS", "tarn-ferry-terminal"),
            ("pelt-bank", "FUNDS", "tarn-ferry-terminal"),
            ("crosby-savings", "FUNDS", "tarn-ferry-terminal"),
        ],
        [("harrow-mutual", "FUNDS", "pelt-bank")],
    ),
    (  # horse racing: members between dashes, then "the new owners"
        "A club of buyers — the brewer Tollan, the fund Grisby Partners and the retired jockey "
        "Amos Reel — bought Westfield Racecourse. The new owners have promised $30m to rebuild "
        "the Westfield Grandstand Project.",
        [
            ("tollan", "OWNS", "westfield-racecourse"),
            ("amos-reel", "OWNS", "westfield-racecourse"),
            ("tollan", "FUNDS", "westfield-grandstand-project"),
            ("grisby-partners", "FUNDS", "westfield-grandstand-project"),
        ],
        [("tollan", "OWNS", "grisby-partners")],
    ),
    (  # sport: the buyers one sentence listed are "the new owners" of the next
        "Tollan Brewing and Grisby Partners bought Westfield Racecourse in May. The new owners "
        "have promised $30m for the Westfield Grandstand Project.",
        [
            ("tollan-brewing", "FUNDS", "westfield-grandstand-project"),
            ("grisby-partners", "FUNDS", "westfield-grandstand-project"),
        ],
        [("tollan-brewing", "FUNDS", "grisby-partners")],
    ),
    (  # guard: "the owners" with no group or holders in reach stays unresolved
        "Tollan Brewing makes beer. Grisby Partners is a fund. The owners have promised $30m "
        "for the Westfield Grandstand Project.",
        [],
        [
            ("tollan-brewing", "FUNDS", "westfield-grandstand-project"),
            ("grisby-partners", "FUNDS", "westfield-grandstand-project"),
        ],
    ),
    (  # energy: the leader before "a consortium that includes"
        "Skerra Energy leads a consortium that includes Pell Power and Orvane Wind. The "
        "consortium has pledged £400 million for the Brenna Solar Park.",
        [
            ("skerra-energy", "FUNDS", "brenna-solar-park"),
            ("pell-power", "FUNDS", "brenna-solar-park"),
            ("orvane-wind", "FUNDS", "brenna-solar-park"),
        ],
        [("skerra-energy", "FUNDS", "pell-power")],
    ),
    (  # members named by "members of the consortium include"
        "Members of the syndicate include Norvik Bank, Hallam Savings and Tay Credit. The "
        "syndicate will lend £90 million to Corvo Shipping.",
        [("norvik-bank", "FUNDS", "corvo-shipping"), ("tay-credit", "FUNDS", "corvo-shipping")],
        [],
    ),
    (  # "make up the consortium", then a dispute with it
        "Dellwyn Rail and Pargeter Buses make up the consortium. Fair Fares Group sued the "
        "consortium in May.",
        [
            ("fair-fares-group", "DISPUTES", "dellwyn-rail"),
            ("fair-fares-group", "DISPUTES", "pargeter-buses"),
        ],
        [],
    ),
    (  # a phrase between the noun and its members ("the consortium behind X, made up of")
        "The consortium behind the Kettle Lane Arena, made up of Brandmoor Group and Kell "
        "Leisure, has pledged £40 million for the Kettle Lane Arena.",
        [
            ("brandmoor-group", "FUNDS", "kettle-lane-arena"),
            ("kell-leisure", "FUNDS", "kettle-lane-arena"),
        ],
        [],
    ),
    (  # infrastructure: a leader first, the other members in the next sentence
        "A consortium led by Fenwick Infrastructure reached financial close on the Tarn Estuary "
        "Bridge. The consortium, which also includes the pension fund Ardent Pensions and Kuro "
        "Corp, will invest £300 million in the Tarn Estuary Bridge.",
        [
            ("fenwick-infrastructure", "FUNDS", "tarn-estuary-bridge"),
            ("ardent-pensions", "FUNDS", "tarn-estuary-bridge"),
            ("kuro", "FUNDS", "tarn-estuary-bridge"),
        ],
        [("fenwick-infrastructure", "FUNDS", "ardent-pensions")],
    ),
    (  # guard: a group with a name of its own is that name, not its members
        "Harbour Link, a consortium of Dellwyn Rail and Pargeter Buses, won the bid. The "
        "consortium will invest £20 million in the Tarn Valley Railway.",
        [],
        [
            ("dellwyn-rail", "FUNDS", "tarn-valley-railway"),
            ("pargeter-buses", "FUNDS", "tarn-valley-railway"),
        ],
    ),
    (  # guard: members never stated: "the consortium" is not the latest two companies
        "Dellwyn Rail and Pargeter Buses attended the launch. The consortium pledged £40 "
        "million for the Tarn Valley Railway.",
        [],
        [
            ("dellwyn-rail", "FUNDS", "tarn-valley-railway"),
            ("pargeter-buses", "FUNDS", "tarn-valley-railway"),
        ],
    ),
    (  # guard: a contract award is not funding
        "The coast guard picked a consortium of Harlow Yards and Fenn Marine to build four "
        "cutters for the Tarn Patrol programme.",
        [],
        [
            ("harlow-yards", "FUNDS", "tarn-patrol"),
            ("fenn-marine", "FUNDS", "tarn-patrol"),
            ("harlow-yards", "FUNDS", "fenn-marine"),
        ],
    ),
    (  # guard: a single named member is no group
        "A consortium led by Quarrel Group won the tender. The consortium pledged £10 million "
        "for the Tarn Valley Railway.",
        [],
        [("quarrel-group", "FUNDS", "tarn-valley-railway")],
    ),
]


@pytest.mark.parametrize("text,present,absent", CASES)
def test_group_members(text, present, absent):
    check(text, present, absent)


def _names(lows: list[str], *names: str) -> list[Mention]:
    return [Mention((n,), lows.index(n), lows.index(n) + 1) for n in names]


def test_memory_reads_members_and_resolves_later_descriptions():
    memory = GroupMemory(Lexicon.load())
    lows = "a syndicate made up of arlo , brisk and the fund cato will bid".split()
    phrases = memory.read(lows, _names(lows, "arlo", "brisk", "cato"), 0)
    assert [(g.i, g.j, g.noun, g.members) for g in phrases] == [
        (0, 12, "syndicate", ("arlo", "brisk", "cato"))
    ]
    later = "the syndicate 's members said".split()
    got = memory.refer(later, 0, set(), 2)
    assert got is not None and (got.j, got.members) == (4, ("arlo", "brisk", "cato"))


def test_memory_two_partners_only_for_a_group_of_two():
    memory = GroupMemory(Lexicon.load())
    lows = "arlo , brisk and cato formed a consortium".split()
    memory.read(lows, _names(lows, "arlo", "brisk", "cato"), 0)
    assert memory.refer("the two partners agreed".split(), 0, set(), 1) is None
    got = memory.refer("the consortium agreed".split(), 0, set(), 1)
    assert got is not None and (got.j, got.members) == (2, ("arlo", "brisk", "cato"))


def test_memory_forgets_nothing_it_was_not_told():
    memory = GroupMemory(Lexicon.load())
    assert not memory
    assert memory.refer("the consortium agreed".split(), 0, set(), 0) is None


def test_holders_of_a_company_are_no_group_with_it():
    """ "the backers of X, A and B": X is what they hold, not a member; "a group of A and B"
    still lists members."""
    memory = GroupMemory(Lexicon.load())
    lows = "the backers of ostra , arlo and brisk want a sale".split()
    assert memory.read(lows, _names(lows, "ostra", "arlo", "brisk"), 0) == []
    lows = "a group of arlo and brisk will bid".split()
    phrases = memory.read(lows, _names(lows, "arlo", "brisk"), 1)
    assert [g.members for g in phrases] == [("arlo", "brisk")]
