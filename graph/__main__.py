"""`python -m graph` is the `erg` command."""

from graph.cli import main

main()
