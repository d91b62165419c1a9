"""Errors that reach the analyst as one `error:` line."""


class ErgError(Exception):
    """Bad input or usage: the CLI prints `error: <message>` and exits 2."""

    exit_code = 2


class StoreError(ErgError):
    """The store cannot be opened or used as asked (missing, locked, not a store)."""
