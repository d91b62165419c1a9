"""Errors that reach the analyst as one `error:` line."""


class ErgError(Exception):
    """Bad input or usage: the CLI prints `error: <message>` and exits 2."""

    exit_code = 2
    # A fatal error stops a load even with --skip-bad (e.g. a spent model budget: skipping
    # every later article for it would only hide the cause).
    fatal = False


class StoreError(ErgError):
    """The store cannot be opened or used as asked (missing, locked, not a store)."""
