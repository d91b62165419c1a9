"""`erg query --param name=value`: JSON values or text, refused in one line when no store can
take them; and `--format json` output that every JSON reader parses."""

import json

import pytest

from graph.errors import ErgError
from graph.params import parse_params


def strict_json(text: str):
    """json.loads that, unlike Python's default, refuses NaN and Infinity (as JSON does)."""

    def refuse(name):
        raise ValueError(f"{name} is not JSON")

    return json.loads(text, parse_constant=refuse)


def test_values_are_json_or_text():
    got = parse_params(
        ["n=3", "x=2.5", "ok=true", "none=null", "ids=[1, 2.5]", "m={'a': 1}", "name=Elon Musk"]
    )
    assert got == {
        "n": 3,
        "x": 2.5,
        "ok": True,
        "none": None,
        "ids": [1, 2.5],
        "m": "{'a': 1}",  # not JSON (single quotes): text
        "name": "Elon Musk",
    }
    assert parse_params(["x=NaN", "y=-Infinity", "z=[NaN]"]) == {
        "x": "NaN",
        "y": "-Infinity",
        "z": "[NaN]",
    }


@pytest.mark.parametrize(
    "value, message",
    [
        ('x=[1,"a",null]', r"--param x: a list must hold one kind of value, got a number and text"),
        ("x=[true, 1]", r"--param x: a list must hold one kind of value"),
        ('x=[{"a": 1}, {"b": 2}]', r"--param x: the mappings in a list must have the same keys"),
        ("x=[]", r"--param x: an empty list cannot be a parameter"),
        ("x=[null]", r"--param x: a list of nulls only"),
        ('x={"k": [1, "a"]}', r"--param x\.k: a list must hold one kind"),
        ("x=" + "[" * 5000 + "]" * 5000, r"--param x: nested more than 64 levels deep"),
        ("x=" + "[" * 70 + "1" + "]" * 70, r"--param x: nested more than 64 levels deep"),
        ("x=100000000000000000000", r"--param x: the integer 100000000000000000000 does not fit"),
        ("=3", r"--param must look like name=value"),
        ("x y=3", r"--param must look like name=value"),
    ],
)
def test_values_no_store_can_take_are_one_line_errors(value, message):
    with pytest.raises(ErgError, match=message) as info:
        parse_params([value])
    assert "\n" not in str(info.value) and len(str(info.value)) < 200


def test_bad_params_exit_2_from_the_cli(erg, example_store):
    for value in ('x=[1,"a",null]', "x=" + "[" * 5000 + "]" * 5000, 'x=[{"a":1},{"b":1}]'):
        ran = erg("query", "RETURN $x AS x", "--param", value, "--format", "json")
        assert ran.code == 2, ran
        assert ran.err.startswith("error: --param x: ") and ran.err.count("\n") == 1, ran.err


def test_json_output_always_parses(erg, example_store):
    for query in (
        "RETURN $x AS x",
        "RETURN 0.0 / 0.0 AS nan, 1.0 / 0.0 AS inf, [1.0, 0.0 / 0.0] AS xs",
    ):
        ran = erg("query", query, "--param", "x=NaN", "--format", "json")
        assert ran.code == 0, ran.err
        rows = strict_json(ran.out)
        assert len(rows) == 1
    assert rows == [{"nan": None, "inf": None, "xs": [1.0, None]}]
    ran = erg("query", "RETURN $x AS x", "--param", "x=NaN", "--format", "json")
    assert strict_json(ran.out) == [{"x": "NaN"}]
