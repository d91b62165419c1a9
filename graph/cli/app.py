"""What every `erg` command shares: the app state (store, schema), the error contract and options.

Errors are one line on stderr starting with `error:`; exit 2 for bad input or usage,
1 for an unexpected failure (`--debug` or `ERG_DEBUG=1` shows its traceback).
"""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import click

from graph.errors import ErgError, ExtractorFailure, LoadInterrupted, first_line
from graph.output import FORMATS
from graph.schema import Schema
from graph.store import open_store
from graph.store.base import Store
from loaders.config import EXTRACTORS
from loaders.llm.config import LLMConfig


@dataclass
class AppState:
    store_uri: str
    schema: Schema | None
    # The extractor of articles (`--extractor`, see extractor_options) and its model, if any.
    extractor: str = "rules"
    model: dict[str, Any] = field(default_factory=dict)

    def model_config(self) -> LLMConfig | None:
        """The model server's settings when `--extractor` needs one (a clear error if unset)."""
        if self.extractor == "rules":
            return None
        return LLMConfig.from_options(
            self.model.get("llm_url"),
            self.model.get("llm_model"),
            self.model.get("llm_max_requests"),
        )

    @contextmanager
    def store(self, read_only: bool = False) -> Iterator[Store]:
        """The store, closed afterwards; if the command fails, a store it created is removed.

        A failed `erg load bad.yaml --store new-dir` leaves no empty store behind; a store
        that existed before the command, or one a load interrupted after its commit saved, is
        never removed. What the store read past (bad rows, a discarded torn log) is printed
        as `warning:` lines.
        """
        store = open_store(self.store_uri, schema=self.schema, read_only=read_only)
        keep = False
        try:
            yield store
            keep = True
        except LoadInterrupted as exc:
            keep = exc.committed is not False
            raise
        finally:
            for warning in getattr(store, "warnings", []):
                click.echo(f"warning: {warning}", err=True)
            discard = None if keep else getattr(store, "discard_if_new", None)
            if discard is not None:  # embedded stores; a Neo4j database is not ours to drop
                discard()
            else:
                store.close()


def fail(message: str, code: int = 2) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


def debug_enabled() -> bool:
    """`--debug` on the command line or `ERG_DEBUG=1` in the environment."""
    return os.environ.get("ERG_DEBUG", "").strip() not in ("", "0")


class ErgGroup(click.Group):
    """Turns every failure into one `error:` line and the contract's exit code.

    Expected errors (bad input, usage) are that one line. An unexpected exception is a bug: the
    line says so and how to see the traceback (`--debug` or `ERG_DEBUG=1`), which then follows.
    """

    def main(self, args: Any = None, prog_name: Any = None, **extra: Any) -> Any:  # type: ignore[override]
        extra.pop("standalone_mode", None)
        argv = list(sys.argv[1:] if args is None else args)
        debug = debug_enabled() or "--debug" in argv[: _first_command(argv, self)]
        try:
            rv = super().main(args=args, prog_name=prog_name, standalone_mode=False, **extra)
        except click.exceptions.Exit as exc:
            sys.exit(exc.exit_code)
        except click.Abort as exc:
            if isinstance(exc.__cause__, KeyboardInterrupt):  # click's form of Ctrl-C
                fail(_interrupted(exc.__cause__), 130)
            fail("aborted", 1)
        except click.ClickException as exc:
            hint = ""
            if isinstance(exc, click.UsageError) and exc.ctx is not None:
                hint = f" (see: {exc.ctx.command_path} --help)"
            fail(f"{exc.format_message()}{hint}", 2)
        except ErgError as exc:
            if debug and isinstance(exc, ExtractorFailure):
                print(exc.trace, file=sys.stderr, end="")
            fail(str(exc), exc.exit_code)
        except KeyboardInterrupt as exc:
            fail(_interrupted(exc), 130)
        except BrokenPipeError:
            sys.exit(1)
        except Exception as exc:  # the contract: one line, never a traceback unless asked
            detail = first_line(exc)
            if debug:
                traceback.print_exc()
                fail(f"unexpected failure: {type(exc).__name__}: {detail}", 1)
            fail(
                f"unexpected failure: {type(exc).__name__}: {detail} "
                "(a bug in erg: run again with --debug or ERG_DEBUG=1 for the traceback)",
                1,
            )
        sys.exit(rv if isinstance(rv, int) else 0)


def _interrupted(exc: KeyboardInterrupt) -> str:
    """Ctrl-C's one line: a load says whether it was saved."""
    return str(exc) if isinstance(exc, LoadInterrupted) else "interrupted"


def _first_command(argv: list[str], group: click.Group) -> int:
    """Index of the subcommand's name in argv (options before it belong to the group)."""
    for i, arg in enumerate(argv):
        if arg in group.commands:
            return i
    return len(argv)


format_option = click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="table",
    show_default=True,
    help="Output as a readable table, a JSON list of row objects, or CSV.",
)


def store_option(f: Any) -> Any:
    """`--store` is accepted after the command name too (`erg load FILE --store S`)."""

    def set_store(ctx: click.Context, _: Any, value: str | None) -> None:
        state = ctx.find_object(AppState)  # set by the `erg` group before any command runs
        if value and state is not None:
            state.store_uri = value

    return click.option(
        "--store",
        "store_uri",
        default=None,
        expose_value=False,
        callback=set_store,
        is_eager=True,
        help="Store directory or bolt:// / neo4j:// URI.",
    )(f)


def extractor_options(f: Any) -> Any:
    """`--extractor rules|llm|rules+llm` and the model's `--llm-*` options, kept on AppState.

    The model's server and key otherwise come from OPENAI_BASE_URL and OPENAI_API_KEY.
    """

    def keep(ctx: click.Context, param: click.Parameter, value: Any) -> None:
        state = ctx.find_object(AppState)
        if state is None or value is None or param.name is None:
            return
        if param.name == "extractor":
            state.extractor = value
        else:
            state.model[param.name] = value

    options = [
        click.option(
            "--extractor",
            type=click.Choice(EXTRACTORS),
            default="rules",
            show_default=True,
            expose_value=False,
            callback=keep,
            help="Who reads articles: the offline rules, a chat model, or both.",
        ),
        click.option(
            "--llm-url",
            expose_value=False,
            callback=keep,
            help="OpenAI-compatible base URL (default: $OPENAI_BASE_URL).",
        ),
        click.option(
            "--llm-model", expose_value=False, callback=keep, help="Model name (or $ERG_LLM_MODEL)."
        ),
        click.option(
            "--llm-max-requests",
            type=click.IntRange(1),
            expose_value=False,
            callback=keep,
            help="Stop the load with an error past this many model requests.",
        ),
    ]
    for option in reversed(options):
        f = option(f)
    return f


def load_options(f: Any) -> Any:
    """The options `erg load` and `erg build` share: --create-missing, --lexicon, --jobs,
    --skip-bad and --report (passed to the command as create_missing, lexicon, jobs, skip_bad,
    report_file)."""
    options = [
        click.option(
            "--create-missing", is_flag=True, help="Create relation endpoints not yet known."
        ),
        click.option(
            "--lexicon", type=click.Path(dir_okay=False), help="Extra extraction lexicon (YAML)."
        ),
        click.option(
            "--jobs", "-j", type=click.IntRange(1), default=None, help="Parallel workers."
        ),
        click.option(
            "--skip-bad", is_flag=True, help="Skip unreadable files (listed) instead of failing."
        ),
        click.option(
            "--report",
            "report_file",
            type=click.Path(dir_okay=False),
            help="Write the load's report as JSON: relations dropped, names merged, entities "
            "retyped.",
        ),
    ]
    for option in reversed(options):
        f = option(f)
    return f
