"""The data model: ids, merging of aliases and evidence."""

from graph.model import Document, Entity, Evidence, GraphDocument, Relation, name_key, slugify


def test_slug_is_stable_and_ascii():
    assert slugify("Sam Altman") == "sam-altman"
    assert slugify("  Société  Générale ") == "societe-generale"
    assert slugify("東京") == slugify("東京") != slugify("大阪")


def test_name_key_ignores_case_punctuation_and_leading_the():
    assert name_key("The Musk") == name_key("musk")
    assert name_key("OpenAI, Inc.") == "openai inc"


def test_same_entity_twice_merges_aliases_without_duplicates():
    doc = GraphDocument()
    doc.add_entity(Entity.named("Elon Musk", "Person", aliases=["Musk"]))
    doc.add_entity(Entity.named("Elon Musk", "Person", aliases=["musk", "Elon"]))
    assert list(doc.entities) == ["elon-musk"]
    assert doc.entities["elon-musk"].aliases == ["Musk", "Elon"]


def test_relation_identity_merges_evidence():
    doc = GraphDocument()
    ev = Evidence("They founded it.", "d1", 0, 16, "rules")
    doc.add_relation(Relation("a", "FOUNDED", "b", evidence=[ev]))
    doc.add_relation(Relation("a", "FOUNDED", "b", evidence=[ev, Evidence("Again.", "d2")]))
    assert len(doc.relations) == 1
    assert [e.text for e in doc.relations[("a", "FOUNDED", "b")].evidence] == [
        "They founded it.",
        "Again.",
    ]


def test_document_id_is_a_content_hash():
    assert Document.from_text("same").id == Document.from_text("same").id
    assert Document.from_text("same").id != Document.from_text("other").id


def test_evidence_round_trips_through_dict():
    ev = Evidence("s", "d", 3, 9, "rules", 0.8, "lead-title")
    assert Evidence.from_dict(ev.to_dict()) == ev
