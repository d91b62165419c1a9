"""Entity typing (round 39, `ents`).

- A founder named after a bare job phrase is a person whatever the given name: "founded by
  former cartoonists A and B", "founded in 2010 by rider A and sailmaker B", "founded by a rice
  merchant, A", "a charity founded by the former buyer A". A firm named after its own kind
  ("founded by the holding company Kestrel Vantage", "by investment firm Orlo Partners") stays
  a firm, and a job phrase before a name with no founding participle types nothing.

Invented texts across greetings cards, kitesurfing, brewing, charities, bakeries and software.
"""

from __future__ import annotations

import pytest
from construction_check import check_types

TypeCase = tuple[str, dict[str, str], list[str]]

JOB_FOUNDERS: list[TypeCase] = [
    # greetings cards: a plural job before two coordinated founders (passive)
    (
        "Papermoth was co-founded in 2009 by former illustrators Brona Tallis and Kemi "
        "Ashgrove, and sells cards to supermarkets.",
        {"Brona Tallis": "Person", "Kemi Ashgrove": "Person", "Papermoth": "Organization"},
        [],
    ),
    # kitesurfing: each founder after a job of their own, in a reduced relative clause
    (
        "Halyard Sports, founded in 2011 by former world-tour rider Tiaan Roux and sailmaker "
        "Sipho Ndaba, said it would recall 400 bars.",
        {"Tiaan Roux": "Person", "Sipho Ndaba": "Person", "Halyard Sports": "Organization"},
        [],
    ),
    # brewing: an indefinite job set off by commas before the name, sentence-initial participle
    (
        "Founded in 1790 by a grain merchant, Okimura Seibei, the brewery is now run by "
        "his descendants.",
        {"Okimura Seibei": "Person"},
        [],
    ),
    # charities: an appositive whose participle phrase names the founder after "the former"
    (
        "Threadwatch, a campaign group founded by the former buyer Ottoline Varga, said the "
        "scheme had no audit trail.",
        {"Ottoline Varga": "Person", "Threadwatch": "Organization"},
        [],
    ),
    # bakeries: "set up by", the job in the singular with an adjective
    (
        "Crumbhold Bakeries was set up by retired pilot Anatol Brisk in 1998.",
        {"Anatol Brisk": "Person", "Crumbhold Bakeries": "Organization"},
        [],
    ),
]

JOB_FOUNDER_TRAPS: list[TypeCase] = [
    # software: a firm's kind before its name keeps it a firm
    (
        "Quillmesh was founded in 2014 by the holding company Kestrel Vantage.",
        {"Kestrel Vantage": "Organization", "Quillmesh": "Organization"},
        [],
    ),
    # an investment firm with its own firm word
    (
        "Dunmore Analytics was founded in 2016 by investment firm Orlo Partners.",
        {"Orlo Partners": "Organization"},
        [],
    ),
    # fitness: a relative clause after the first founder is no job phrase before a name
    (
        "Lumo Gyms was set up in 2012 by Hedda Ruus, who also runs Velt Ledger, and Kaur Tamme.",
        {"Velt Ledger": "Organization", "Hedda Ruus": "Person"},
        [],
    ),
    # no founding participle: a buyer's job phrase before a firm's name types nothing
    (
        "Pellam Foods was bought in 2016 by former rival Castor Vantage.",
        {"Castor Vantage": "Organization"},
        [],
    ),
]


@pytest.mark.parametrize("text,must,must_not", JOB_FOUNDERS, ids=lambda v: str(v)[:50])
def test_job_founders(text: str, must: dict[str, str], must_not: list[str]) -> None:
    check_types(text, must, must_not)


@pytest.mark.parametrize("text,must,must_not", JOB_FOUNDER_TRAPS, ids=lambda v: str(v)[:50])
def test_job_founder_traps(text: str, must: dict[str, str], must_not: list[str]) -> None:
    check_types(text, must, must_not)
