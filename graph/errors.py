"""Errors that reach the analyst as one `error:` line."""

from __future__ import annotations

import traceback


def first_line(exc: BaseException) -> str:
    """The first line of an exception's message ("" when it has none), for one `error:` line."""
    text = str(exc).strip()
    return text.splitlines()[0] if text else ""


class ErgError(Exception):
    """Bad input or usage: the CLI prints `error: <message>` and exits 2."""

    exit_code = 2
    # A fatal error stops a load even with --skip-bad (e.g. a spent model budget: skipping
    # every later article for it would only hide the cause).
    fatal = False


class ExtractorFailure(ErgError):
    """The rule extractor raised on one article: a bug in erg, not bad input (exit 1). The
    message names the article; `--skip-bad` skips it and lists it, so one article never stops a
    corpus load that asks to go on. `trace` is the traceback (from a worker process too), shown
    by `--debug`."""

    exit_code = 1

    def __init__(self, message: str, trace: str = "") -> None:
        super().__init__(message)
        self.trace = trace

    def __reduce__(self) -> tuple[type[ExtractorFailure], tuple[str, str]]:
        return (type(self), (str(self), self.trace))  # crosses the worker pool as it is

    @classmethod
    def of(cls, path: str, exc: Exception) -> ExtractorFailure:
        trace = "".join(traceback.format_exception(exc))
        return cls(
            f"{path}: the extractor failed on this article ({type(exc).__name__}: "
            f"{first_line(exc)}), a "
            "bug in erg (--debug shows the traceback; --skip-bad loads the other articles)",
            trace,
        )


class StoreError(ErgError):
    """The store cannot be opened or used as asked (missing, locked, not a store)."""


class QueryTimeout(ErgError):
    """A query ran past its time limit and was stopped (nothing it wrote is kept)."""

    def __init__(self, seconds: float):
        super().__init__(
            f"the query was stopped after {seconds:g} s (--timeout); bound it (a LIMIT, "
            "[*1..3] instead of [*]) or allow more time with --timeout SECONDS (0: no limit)"
        )


class LoadInterrupted(KeyboardInterrupt):
    """Ctrl-C during a load; `committed` says whether the load was saved (None: unknown)."""

    def __init__(self, committed: bool | None):
        super().__init__()
        self.committed = committed

    def __str__(self) -> str:
        if self.committed:
            return "interrupted after the load was saved (it is complete in the store)"
        if self.committed is None:
            return "interrupted during the load, which may not be saved: rerun it (no duplicates)"
        return "interrupted: the load was not saved, the store is as it was"
