"""Read an input file as UTF-8 text, with one-line errors that say what is wrong.

Articles and curated files are read the same way, so their file errors read the same.

>>> read_text("examples/stargate.yaml").splitlines()[0][:30]
"# The Stargate article's entit"
"""

from __future__ import annotations

from pathlib import Path

from graph.errors import ErgError
from graph.readwrite.common import read_bytes

# A NUL byte this early means a binary file (an image, a PDF, a database), not text.
BINARY_SNIFF = 8192


def read_text(path: str | Path) -> str:
    """The text of a UTF-8 file (a BOM is dropped) or an ErgError naming the file and the fix."""
    path = Path(path)
    raw = read_bytes(path)
    if b"\x00" in raw[:BINARY_SNIFF]:
        raise ErgError(f"{path}: looks like a binary file, not text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ErgError(
            f"{path}: not valid UTF-8 (byte {exc.start}); re-save the file as UTF-8"
        ) from None
    if not text.strip():
        raise ErgError(f"{path}: file is empty")
    return text
