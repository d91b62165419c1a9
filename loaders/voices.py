"""Who speaks in an article, for "we", "I" and "you": interview turns and quotations' speakers.

`loaders.speaker_turns` plans each sentence's turn (an interview's question or answer, a
quotation running over sentences); `Voices` follows them through the article and answers the
reference resolver (`loaders.references`): the organization a quoted "we" speaks for, the
person a quoted "I" is, the interviewee an interviewer's "you" addresses.

    >>> from loaders.article import extract
    >>> doc = extract('Ann Lee is the chief executive of Corvan. "We will buy Haldor," Lee said.')
    >>> ("corvan", "OWNS", "haldor") in doc.relations
    True
"""

from __future__ import annotations

from typing import Final

from graph.model import GraphDocument
from loaders.coref import Registry, Salience
from loaders.grammar_words import POSSESSIVE_MARKS
from loaders.lexicon import Lexicon
from loaders.mentions import Analysis
from loaders.quotes import inside
from loaders.quotes import spans as quote_spans
from loaders.relations.model import Mention
from loaders.relations.unnamed_roles import LEAD_VERBS
from loaders.relations.words import REPORTING
from loaders.sentence_state import SentenceState
from loaders.sentences import Sentence
from loaders.speaker_turns import (
    ATTRIBUTING_WORDS,
    NO_TURN,
    Talk,
    Turn,
    plan,
    pronoun_speaker,
    speaker_person,
)
from loaders.titled_voice import person_on_firm
from loaders.topic import opens_paragraph

SPEAKER: Final = "Speaker"  # the type of "we" in a quote: the quoted person's organization
SPEAKER_SELF: Final = "SpeakerSelf"  # "I", "my" in a quote or an answer: the person speaking
ADDRESSEE: Final = "Addressee"  # "you" in an interview's question: the interviewee's organization
# the words between a person and an organization that name the person's affiliation
AFFILIATING: frozenset[str] = frozenset({"of", "at", "from", "("})


class Voices:
    """The speakers of one article: each sentence's turn (`enter_turn`, in order, after
    `begin`) and the voice it speaks in (`talk`), for the references of `loaders.references`
    and the sentence context of `loaders.sentence_context`."""

    def __init__(self, text: str, lex: Lexicon, registry: Registry, doc: GraphDocument) -> None:
        self.text = text
        self.lex = lex
        self.registry = registry
        self.doc = doc  # the relations found so far (who leads or founded what)
        self.talk = Talk()  # the speakers' turns (`loaders.speaker_turns`)
        self.pairs: list[tuple[Sentence, Analysis]] = []  # the article's sentences (`begin`)

    def begin(self, pairs: list[tuple[Sentence, Analysis]]) -> None:
        """Start the second pass over the article's sentences: plan each one's speaker turn."""
        self.pairs = pairs
        self.talk.turns = self._plan_turns()

    def speaker(
        self, s: SentenceState, quoted: list[tuple[int, int]], here: list[Mention]
    ) -> tuple[tuple[str, ...], float] | None:
        """ "We" in a quotation or an answer: the organization of the speaker (`self.talk.voice`),
        else of the person quoted in sentence `s` (its `quoted` spans and names `here`:
        `_speaker_org`)."""
        if self.talk.voice is not None:
            return ((self.talk.voice[1],), 0.7) if self.talk.voice[1] else None
        found = self._speaker_org(s, quoted, here)
        if found is None:  # '"We ...," she said', 'said Ann Lee', who leads an organization
            org = self._led_by(self._said_by(s, quoted, here))
            found = ((org,), 0.7) if org else None
        return found

    def _said_by(
        self, s: SentenceState, quoted: list[tuple[int, int]], here: list[Mention]
    ) -> str | None:
        """The person a sentence's quotation is attributed to: named ('"...," said Ann Lee'),
        else "he" or "she" ('"...," she said': the person the text is about; only for the
        organization: a quoted "I" so resolved cost blind precision)."""
        lows = s.lows
        person = speaker_person(lows, quoted, here, self.registry.type_of)
        if person is None and pronoun_speaker(lows, quoted) >= 0:
            skip = {m.ids[0] for m in here if inside(quoted, m.i)}
            person = s.salience.subject(("Person",), s.sno, skip=skip)
        return person

    def _speaker_org(
        self, s: SentenceState, quoted: list[tuple[int, int]], here: list[Mention]
    ) -> tuple[tuple[str, ...], float] | None:
        """The organization of the person quoted, named outside the quotes next to a role
        ("said Ann Lee, chief executive of Cobalt Route", "Cobalt Route's Ann Lee said", "said
        Ann Lee, its chief executive"); else None."""
        lows = s.lows
        out = [x for x in range(len(lows)) if not inside(quoted, x)]
        if not any(lows[x] in REPORTING or lows[x] in ATTRIBUTING_WORDS for x in out):
            return None  # no "said", "according to" ("told": of a person, `_said_by`)
        spokespeople = self.lex.spokespeople  # "a spokesman for X", "an X spokeswoman"
        person_ends = {m.j for m in here if self.registry.type_of(m.ids[0]) == "Person"}
        roles = [
            x
            for x in out
            if lows[x] in self.lex.roles
            or lows[x] in spokespeople
            or (x >= 1 and lows[x - 1] == "who" and self.leading_verb(lows[x]))
            or (lows[x] in ("of", "at") and x in person_ends)  # "said Ann Lee of X"
        ]
        reg = self.registry
        if not roles:
            # '"Our scanner is ready," Ocura said', 'Ocura said: "Our scanner ..."': an
            # organization that is itself the subject of the reporting verb
            for m in here:
                if inside(quoted, m.i) or reg.type_of(m.ids[0]) != "Organization":
                    continue
                if (m.j < len(lows) and lows[m.j] in REPORTING) or (
                    m.i >= 1 and lows[m.i - 1] in REPORTING and not inside(quoted, m.i - 1)
                ):
                    return (m.ids[0],), 0.7
            return None
        orgs = [
            m for m in here if not inside(quoted, m.i) and reg.type_of(m.ids[0]) == "Organization"
        ]
        after = [m for m in orgs if m.i > (quoted[-1][1] if quoted else -1)]
        if orgs:
            return ((after or orgs)[0].ids[0],), 0.75
        if any(x >= 1 and lows[x - 1] == "its" for x in roles):
            skip = {m.ids[0] for m in here if inside(quoted, m.i)}
            rid = s.salience.subject(("Organization",), s.sno, skip=skip)
            return ((rid,), 0.7) if rid else None
        return None

    def leading_verb(self, w: str) -> bool:
        """ "runs", "founded": after "who", the speaker's organization follows."""
        return w in LEAD_VERBS or w in self.lex.speaker_founding_verbs

    def _plan_turns(self) -> list[Turn]:
        """Each sentence's speaker turn (`loaders.speaker_turns.plan`)."""
        firsts: list[str] = []
        last = -1
        for s, _ in self.pairs:
            firsts.append(s.text_of(self.text) if s.paragraph != last else "")
            last = s.paragraph
        pairs = self.pairs
        return plan(
            [a.lows for _, a in pairs], [s for s, _ in pairs], firsts, [a.words for _, a in pairs]
        )

    def enter_turn(
        self, sno: int, a: Analysis, names: list[Mention], salience: Salience
    ) -> list[tuple[int, int]] | None:
        """This sentence's turn and its speaker: an interview answer's (the label's person,
        else the interviewee), a quotation's run over sentences (named in its `source`). The
        quotation's spans in this sentence when it is part of such a run, else None."""
        turn = self.talk.turns[sno] if sno < len(self.talk.turns) else NO_TURN
        self.talk.turn, self.talk.voice = turn, None
        type_of = self.registry.type_of
        if sno == 0:  # "Mara Voss on Quillex's next decade": her "we" is Quillex
            self.talk.titled = person_on_firm(a.lows, names, type_of)
        if not turn.spans and not turn.turn:
            if self.talk.interviewee is None and (not a.headline or self.talk.headline):
                self._meet_interviewee(a, names)
            return None
        if turn.turn:
            person = self._label_person(turn.label) if turn.label else self.talk.interviewee
            org = self._led_by(person)
            if org is None and person == self.talk.interviewee:
                org = self.talk.interviewee_org  # "Hana Ostrova of Brightmoor Freight"
            self.talk.voice = (person, org) if person else None
            named = self._name_answer(a, names) if turn.turn == "answer" else None
            self.talk.name_answer = (sno, named) if named else self.talk.name_answer
            if turn.turn == "question":
                asked = self._asked_org(names, org)
                self.talk.asked = (sno, asked) if asked else None
            return None
        spans = list(turn.spans)
        if turn.source < 0:
            return spans
        source = self.pairs[turn.source][1]
        quoted = list(self.talk.turns[turn.source].spans) or quote_spans(source.lows)
        here = names if turn.source == sno else self._plain_names(source)
        person = speaker_person(source.lows, quoted, here, type_of)
        # the quotation's sentence, read as of this one
        said = SentenceState(sno, source.lows, here, salience)
        found = self._speaker_org(said, quoted, here)
        if found is None:
            org = self._led_by(self._said_by(said, quoted, here))
        else:
            org = found[0][0]
        if person or org:
            self.talk.voice = (person, org)
        return spans

    def _meet_interviewee(self, a: Analysis, names: list[Mention]) -> None:
        """The first person the body names (an interview's subject) and the organization named
        beside them (`_affiliation`)."""
        people = [m for m in names if self.registry.type_of(m.ids[0]) == "Person"]
        if people:
            self.talk.interviewee = people[0].ids[0]
            self.talk.interviewee_org = self._affiliation(a.lows, people[0], names)

    def _affiliation(self, lows: list[str], person: Mention, names: list[Mention]) -> str | None:
        """The organization named next to a person with no role: "Hana Ostrova of (at, from)
        Brightmoor Freight", "Hana Ostrova (Brightmoor Freight)", "Brightmoor Freight's Hana
        Ostrova"; else None."""
        for m in names:
            if self.registry.type_of(m.ids[0]) != "Organization":
                continue
            after = m.i == person.j + 1 and lows[person.j] in AFFILIATING
            if after or (m.j + 1 == person.i and lows[m.j] in POSSESSIVE_MARKS):
                return m.ids[0]
        return None

    def _name_answer(self, a: Analysis, names: list[Mention]) -> str | None:
        """The organization an answer is nothing but ("A: Norlund Capital."), else None."""
        lows = a.lows
        k = lows.index(":") + 1 if ":" in lows[:4] else 0
        orgs = [m for m in names if self.registry.type_of(m.ids[0]) == "Organization"]
        if len(orgs) == 1 and orgs[0].i == k and lows[orgs[0].j :] in (["."], []):
            return orgs[0].ids[0]
        return None

    def _asked_org(self, names: list[Mention], own: str | None) -> str | None:
        """The one organization a question names, not the interviewee's own ("Q: What about
        Varga Motors?"), else None."""
        type_of = self.registry.type_of
        orgs = {m.ids[0] for m in names if len(m.ids) == 1 and type_of(m.ids[0]) == "Organization"}
        orgs.discard(own or "")
        return orgs.pop() if len(orgs) == 1 else None

    def after_question_about(self, sno: int) -> bool:
        """This sentence opens the answer to a question that named one organization: its "they"
        is that organization ("Q: What about Varga Motors? A: They fight us for every tender")."""
        talk = self.talk
        return talk.asked is not None and talk.asked[0] == sno - 1 and talk.turn.turn == "answer"

    def after_name_answer(self, sno: int) -> bool:
        """This sentence follows, in the same answer, one that is only a name ("A: Norlund
        Capital. They hold 30% of us.")."""
        talk = self.talk
        if talk.name_answer is None or talk.name_answer[0] != sno - 1 or talk.turn.turn != "answer":
            return False
        return not opens_paragraph(self.pairs, sno)

    def _plain_names(self, a: Analysis) -> list[Mention]:
        """Another sentence's names, looked up with no count kept."""
        reg = self.registry
        out = []
        for c in a.cands:
            ids = [] if c.descriptor_only else reg.lookup_key(reg.key_of(c))
            if ids:
                out.append(Mention((ids[0],), c.i, c.j))
        return out

    def _label_person(self, label: tuple[str, ...]) -> str | None:
        """The person an interview turn's label names ("Ostrova", "Hana Ostrova") or gives the
        initials of ("HO", "H.O.")."""
        bare = label[0].replace(".", "")
        initials = bare if len(label) == 1 and len(bare) >= 2 else None
        for rid, e in self.registry.entities.items():
            if e.type != "Person":
                continue
            words = tuple(e.name.lower().split())
            if words[-len(label) :] == label or initials == "".join(w[0] for w in words):
                return rid
        return None

    def _led_by(self, person: str | None) -> str | None:
        """The organization a person leads or founded, by the relations found so far, else the
        one the opening line ties them to ("Mara Voss on Quillex's next decade")."""
        type_of = self.registry.type_of
        for src, rel, dst in self.doc.relations:
            if src == person and rel in ("LEADS", "FOUNDED") and type_of(dst) == "Organization":
                return dst
        titled = self.talk.titled  # the firm the title ties the person to (`titled_voice`)
        return titled[1] if titled is not None and person == titled[0] else None

    def voice_at(
        self, a: Analysis, i: int, w: str, quoted: list[tuple[int, int]]
    ) -> tuple[int, int, str, str] | None:
        """ "we", "I", "you" at i: a speaker's (in a quotation or an answer; `quoted`: the
        sentence's quotation spans), an interview question's addressee; else None."""
        lex, turn = self.lex, self.talk.turn
        in_turn = bool(turn.turn) and inside(list(turn.spans), i)
        if w in lex.addressee_pronouns:
            return (i, i + 1, "pronoun", ADDRESSEE) if in_turn and turn.turn == "question" else None
        if turn.turn == "question" or not (in_turn or inside(quoted, i)):
            return None  # the interviewer's "we", a narrator's
        if turn.turn and not in_turn:
            return None  # a voice quoted in an answer ('The board told us: "We ..."')
        if w in lex.speaker_pronouns:
            return (i, i + 1, "pronoun", SPEAKER)
        if w == "i" and a.toks[i].text != "I":
            return None
        return (i, i + 1, "pronoun", SPEAKER_SELF)

    def voice_person(
        self, lows: list[str], etype: str, quoted: list[tuple[int, int]], here: list[Mention]
    ) -> tuple[tuple[str, ...], float] | None:
        """ "I" in a quotation or an answer: the speaker; "you" in a question: the
        interviewee's organization, else the interviewee."""
        if self.talk.voice is not None:
            person, org = self.talk.voice
            rid = (org or person) if etype == ADDRESSEE else person
        elif etype == SPEAKER_SELF:
            rid = speaker_person(lows, quoted, here, self.registry.type_of)
        else:
            rid = None
        return ((rid,), 0.7) if rid else None
