"""Disputes readings of round 40 (invented sentences, several sectors).

A bare denial answers the speaker of the sentence before: when one person (or firm) is
quoted or reported saying something, and the next sentence only has another reject, deny,
dispute or dismiss "that", "the claim", "the remarks" or "that description", the one who
answers disputes the speaker ("Ann Orme said Piet Vos had sold the farm twice. Vos rejects
that."). The speaker may be the subject of "said", "says" or "told" (with an aside between),
the name after a closing quote ('"...," said Ann Orme') or a pronoun before "said".

Not read as an answer to the speaker: a claim with an owner or an author ("rejected Orme's
claims", "claims by the union"), a suit, case or finding (the litigant's or the regulator's),
a denial of a clause ("denied that its staff erred"), a denial under a modal or a negation, a
rumour denied, a speaker on the respondent's own side, and a person answering a firm's
speaker (or a firm a person's).

Each case is (text, relations that must be found, relations that must not be).
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

SPEAKER_ANSWERS: list[Case] = [
    (  # wine: the subject of "says" with a relative aside; bare "that"
        "Calder Vineyards sells wine. Piet Vos, who farms next to the estate, says Ann Orme has "
        '"bottled the valley for tourists". Ms Orme rejects that.',
        [("ann-orme", "DISPUTES", "piet-vos")],
        [],
    ),
    (  # software: a quote and "said" before the name; "that description"
        'Lumen Ledger sells payroll tools. "They copy every feature we ship," said Dora Hale, '
        "who runs a rival studio. Mr Ivo Brandt, its founder, rejected that description.",
        [("ivo-brandt", "DISPUTES", "dora-hale")],
        [],
    ),
    (  # hospitals: "told ... that"; "dismissed the remarks"
        "Kestrel Clinics runs 30 eye hospitals. Rui Mendes told investors last month that Ines "
        "Coelho had priced her surgeries below cost. Ms Coelho dismissed the remarks.",
        [("ines-coelho", "DISPUTES", "rui-mendes")],
        [],
    ),
    (  # shipping: two firms, the speaker a firm named before "said"; "the claims"
        "Tarvo Lines carries fruit to Europe. Orchard Bay Growers said Tarvo Lines had left "
        "its cargo on the quay for a week. Tarvo Lines rejected the claims in a statement.",
        [("tarvo-lines", "DISPUTES", "orchard-bay-growers")],
        [],
    ),
    (  # construction: "calls that" a dismissive phrase
        "Nile Frames builds steel sheds. Omar Haddad, a rival builder, says Farah Aziz wins "
        'tenders by skipping the paint. Ms Aziz calls that "a story from bad losers".',
        [("farah-aziz", "DISPUTES", "omar-haddad")],
        [],
    ),
]

SPEAKER_ANSWER_TRAPS: list[Case] = [
    (  # a claim with a named owner: the rule for possessed claims reads it, not this one
        "Pavo Mills grinds flour. Ines Roe said Tomas Berg had misled the bakers. Tomas Berg "
        "rejected the union's claims.",
        [],
        [("tomas-berg", "DISPUTES", "ines-roe")],
    ),
    (  # a claim with a named author after "by"
        "Pavo Mills grinds flour. Ines Roe said the mill was fine. Tomas Berg rejected claims "
        "by Lund Bakers that the flour was stale.",
        [],
        [("tomas-berg", "DISPUTES", "ines-roe")],
    ),
    (  # a denial of a clause, no answer to a speaker
        "Pavo Mills grinds flour. Ines Roe said the mill would close. Tomas Berg denied that "
        "his staff had been told.",
        [],
        [("tomas-berg", "DISPUTES", "ines-roe")],
    ),
    (  # a hedge: may dispute
        "Pavo Mills grinds flour. Ines Roe said Tomas Berg had misled the bakers. Tomas Berg "
        "may dispute that.",
        [],
        [("tomas-berg", "DISPUTES", "ines-roe")],
    ),
    (  # a suit is the litigant's: no answer to the one quoted before
        "Pavo Mills grinds flour. Ines Roe said the bakers were angry. Tomas Berg called the "
        'case "a stunt".',
        [],
        [("tomas-berg", "DISPUTES", "ines-roe")],
    ),
    (  # a firm answering a person: who speaks for whom is unknown
        "Pavo Mills grinds flour. Ines Roe, who chairs a bakers' guild, says Pavo Mills has "
        '"sold out the town". Pavo Mills rejects that.',
        [],
        [("pavo-mills", "DISPUTES", "ines-roe")],
    ),
    (  # a rumour in the sentence: the denial answers it, not the speaker
        "Pavo Mills grinds flour. Ines Roe said the mill was doing well. There was talk that "
        "Tomas Berg would sell; Tomas Berg has always denied the claim.",
        [],
        [("tomas-berg", "DISPUTES", "ines-roe")],
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), SPEAKER_ANSWERS + SPEAKER_ANSWER_TRAPS)
def test_bare_denial_answers_the_speaker_before(
    text: str, present: list[tuple[str, str, str]], absent: list[tuple[str, str, str]]
) -> None:
    check(text, present, absent)
