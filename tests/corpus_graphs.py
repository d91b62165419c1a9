"""Real-looking generated graphs for the page at corpus scale (invented names, no article text).

A corpus of news articles gives a few hubs (the companies and people every article mentions),
one large connected group, some small groups of two to five entities that one article ties
together, and entities that no relation touches (named once, in passing). `corpus_graph(n)`
builds that shape, deterministically.
"""

from __future__ import annotations

import random

from graph.model import Document, Entity, Evidence, GraphDocument, Relation

FIRST = ["Ada", "Ben", "Chloe", "Dev", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas"]
LAST = ["Okafor", "Lindqvist", "Moreau", "Tanaka", "Reyes", "Novak", "Haddad", "Brandt"]
STEMS = ["Helix", "Norther", "Bluefin", "Quarry", "Solace", "Vantor", "Kestrel", "Ardent"]
ORG_KINDS = ["Capital", "Labs", "Systems", "Energy", "Holdings", "Robotics"]
PLACES = ["Port Alder", "New Calder", "Rivermouth", "Ostvik", "Santa Lumen", "Greyhaven"]
KINDS = [("Person", 0.35), ("Organization", 0.4), ("Project", 0.1), ("Location", 0.08)]
RELATIONS = ["FUNDS", "LEADS", "PARTNERS_WITH", "DISPUTES", "BACKS", "OWNS", "ADVISES"]


def _name(kind: str, i: int) -> str:
    if kind == "Person":
        return f"{FIRST[i % len(FIRST)]} {LAST[(i // len(FIRST)) % len(LAST)]} {i}"
    if kind == "Organization":
        return f"{STEMS[i % len(STEMS)]} {ORG_KINDS[(i // len(STEMS)) % len(ORG_KINDS)]} {i}"
    if kind == "Location":
        return f"{PLACES[i % len(PLACES)]} {i}"
    if kind == "Project":
        return f"Project {STEMS[i % len(STEMS)]} {i}"
    return f"{STEMS[i % len(STEMS)]} Phone {i}"


def corpus_graph(n: int, *, isolated: float = 0.15, seed: int = 11) -> GraphDocument:
    """`n` entities: about `isolated` of them without relations, small groups of 2 to 5, and
    the rest in one group grown by preferential attachment (a few hubs). Relations cite one or
    two of about n / 6 articles dated over 2025."""
    rng = random.Random(seed)
    doc = GraphDocument()
    articles = [
        Document(
            f"art-{i:04d}",
            title=f"Report {i}: {STEMS[i % len(STEMS)]} and the market",
            source=f"https://news.example/{i}",
            date=f"2025-{1 + i % 12:02d}-{1 + (i * 7) % 28:02d}",
        )
        for i in range(max(2, n // 6))
    ]
    for article in articles:
        doc.add_document(article)
    ids = []
    for i in range(n):
        kind = rng.choices([k for k, _ in KINDS] + ["Product"], [w for _, w in KINDS] + [0.07])[0]
        entity = Entity(f"ent-{i:05d}", _name(kind, i), kind)
        entity.documents = [rng.choice(articles).id]
        doc.add_entity(entity)
        ids.append(entity.id)
    loose = int(n * isolated)
    tied = ids[loose:]
    # small groups from the end of the list, the large group from the rest
    small_total = int(len(tied) * 0.15) if n >= 20 else 0
    big, small = tied[: len(tied) - small_total], tied[len(tied) - small_total :]

    def relate(a: str, b: str) -> None:
        cited = rng.sample(articles, k=rng.choice([1, 1, 2]))
        kind = rng.choice(RELATIONS)
        text = f"{doc.entities[a].name} and {doc.entities[b].name} ({kind.lower()})."
        evidence = [Evidence(text, d.id, 0, len(text), "rules", 0.9) for d in cited]
        doc.add_relation(Relation(a, kind, b, evidence=evidence))

    weights = [1.0] * len(big)
    for i in range(1, len(big)):
        for _ in range(1 if rng.random() < 0.7 else 2):
            j = rng.choices(range(i), weights[:i])[0]
            relate(big[i], big[j])
            weights[j] += 1.5
    at = 0
    while at < len(small) - 1:
        size = min(rng.randint(2, 5), len(small) - at)
        group = small[at : at + size]
        for k in range(1, len(group)):
            relate(group[k], group[rng.randrange(k)])
        at += size
    return doc


def isolated_ids(doc: GraphDocument) -> set[str]:
    tied = {r.source for r in doc.relations.values()} | {r.target for r in doc.relations.values()}
    return set(doc.entities) - tied


def top_by_relations(doc: GraphDocument, k: int) -> list[str]:
    """The k entities with the most relations (ties by name), counted here, not by graph.viz."""
    count: dict[str, int] = {}
    for r in doc.relations.values():
        count[r.source] = count.get(r.source, 0) + 1
        count[r.target] = count.get(r.target, 0) + 1
    return sorted(count, key=lambda i: (-count[i], doc.entities[i].name))[:k]
