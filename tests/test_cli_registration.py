"""The command line is assembled in one place: every command is there whatever order the
modules are imported in, and unexpected failures are one line unless --debug asks for more."""

from __future__ import annotations

import subprocess
import sys

import pytest

from graph.cli import COMMAND_MODULES, main

EXPECTED = {
    "add", "build", "central", "communities", "export", "extract", "load", "neighbors",
    "path", "pull", "push", "query", "schema", "stats", "viz",
}  # fmt: skip


def test_every_command_is_registered():
    assert EXPECTED <= set(main.commands)


MODULES = [m.__name__ for m in COMMAND_MODULES] + ["graph.cli.app", "graph.cli.progress"]


@pytest.mark.parametrize(
    "order",
    # every module first, and the whole list forwards and backwards: a cycle or a registration
    # that depends on import order shows up as a missing command or an ImportError
    [[m] for m in MODULES] + [MODULES, MODULES[::-1]],
    ids=lambda order: ">".join(m.rsplit(".", 1)[-1] for m in order),
)
def test_registration_does_not_depend_on_import_order(order):
    code = (
        "import importlib, sys\n"
        f"for name in {order!r}: importlib.import_module(name)\n"
        "from graph.cli import main\n"
        "print(' '.join(sorted(main.commands)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert EXPECTED <= set(out.stdout.split())


def _boom(*_args, **_kwargs):
    raise RuntimeError("boom: a bug")


def test_an_unexpected_failure_is_one_line_that_says_how_to_see_more(
    erg, example_store, monkeypatch
):
    monkeypatch.setattr("graph.summary.store_stats", _boom)
    monkeypatch.delenv("ERG_DEBUG", raising=False)
    ran = erg("stats")
    assert ran.code == 1
    lines = ran.err.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("error: unexpected failure: RuntimeError: boom: a bug")
    assert "--debug" in lines[0] and "ERG_DEBUG=1" in lines[0]


@pytest.mark.parametrize("how", ["flag", "env"])
def test_debug_shows_the_traceback(erg, example_store, monkeypatch, how):
    monkeypatch.setattr("graph.summary.store_stats", _boom)
    if how == "env":
        monkeypatch.setenv("ERG_DEBUG", "1")
        ran = erg("stats")
    else:
        monkeypatch.delenv("ERG_DEBUG", raising=False)
        ran = erg("--debug", "stats")
    assert ran.code == 1
    assert "Traceback (most recent call last)" in ran.err
    assert "_boom" in ran.err
    assert ran.err.strip().splitlines()[-1].startswith("error: unexpected failure: RuntimeError")


def test_expected_errors_stay_one_line_even_with_debug(erg):
    ran = erg("--debug", "query", "MATCH (n) RETURN n", "--param", "no-equals-sign")
    assert ran.code == 2
    assert ran.err.strip().splitlines() == [
        "error: --param must look like name=value, got 'no-equals-sign'"
    ]
