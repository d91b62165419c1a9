"""The default schema, schema files, and validation of type names."""

import pytest

from graph.errors import ErgError
from graph.schema import DEFAULT_SCHEMA, Schema


def test_default_schema_has_the_guide_types():
    assert list(DEFAULT_SCHEMA.entity_types) == [
        "Person",
        "Organization",
        "Project",
        "Location",
        "Product",
    ]
    assert set(DEFAULT_SCHEMA.relation_types) == {
        "FOUNDED",
        "LEADS",
        "OWNS",
        "FUNDS",
        "BACKS",
        "DISPUTES",
        "ADVISES",
        "PARTNERS_WITH",
        "LOCATED_IN",
        "COMPETES_WITH",
    }
    assert DEFAULT_SCHEMA.is_symmetric("PARTNERS_WITH") and not DEFAULT_SCHEMA.is_symmetric("FUNDS")


def test_endpoints_are_checked():
    s = DEFAULT_SCHEMA
    assert s.allows("LEADS", "Person", "Organization")
    assert not s.allows("LEADS", "Organization", "Person")
    assert s.allows("DISPUTES", "Person", "Location")  # "any" target
    # symmetric: either direction
    assert s.allows("PARTNERS_WITH", "Project", "Organization")


def test_unknown_relation_type_lists_the_known_ones():
    with pytest.raises(ErgError, match="known types: FOUNDED, LEADS"):
        DEFAULT_SCHEMA.check_relation_type("LIKES")


def test_injection_shaped_type_names_are_rejected():
    with pytest.raises(ErgError, match="unknown relation type"):
        DEFAULT_SCHEMA.check_relation_type("FUNDS]->(x) DETACH DELETE x //")
    with pytest.raises(ErgError, match="invalid relation type name"):
        Schema.from_dict({"relation_types": {"FUNDS]->(x) DETACH DELETE x //": {}}})
    with pytest.raises(ErgError, match="invalid entity type name"):
        Schema.from_dict({"entity_types": {"Person:Admin": ""}})


def test_schema_file_extends_the_default(tmp_path):
    f = tmp_path / "schema.yaml"
    f.write_text(
        "entity_types:\n  Vessel: a ship\n"
        "relation_types:\n  SANCTIONS:\n    from: [Organization]\n    to: [Person, Vessel]\n"
        "  LEADS:\n    from: [Person]\n    to: [Vessel]\n",
        encoding="utf-8",
    )
    schema = Schema.from_file(f)
    assert "Vessel" in schema.entity_types and "Person" in schema.entity_types
    assert schema.allows("SANCTIONS", "Organization", "Vessel")
    assert schema.allows("LEADS", "Person", "Vessel") and schema.allows(
        "LEADS", "Person", "Project"
    )


def test_schema_file_errors(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("relation_types:\n  OWNS:\n    from: [Starship]\n", encoding="utf-8")
    with pytest.raises(ErgError, match="unknown entity type 'Starship'"):
        Schema.from_file(bad)
    with pytest.raises(ErgError, match="not found"):
        Schema.from_file(tmp_path / "missing.yaml")
    broken = tmp_path / "broken.yaml"
    broken.write_text("entity_types: [a\n", encoding="utf-8")
    with pytest.raises(ErgError, match="malformed"):
        Schema.from_file(broken)
