"""A PNG of the graph page, drawn by a headless Chromium: what the page's "Save image" makes
(the view with the title above it and the legend beside it), for reports and scripts.

Chromium is the system's (Debian's `chromium`, or `ERG_CHROMIUM=/path`), driven by Playwright
for Python; nothing is downloaded. The page is opened from file:// with every other request
refused, as the browser tests do.
"""

from __future__ import annotations

import base64
import os
import shutil
import tempfile
from pathlib import Path

from graph.errors import ErgError

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
INSTALL_HINT = "apt-get install chromium"


def find_chromium() -> str | None:
    """The Chromium to use: $ERG_CHROMIUM when set (and nothing else), else the first of
    CHROMIUM_NAMES on the PATH."""
    wanted = os.environ.get("ERG_CHROMIUM")
    if wanted:
        return shutil.which(wanted)
    for name in CHROMIUM_NAMES:
        if found := shutil.which(name):
            return found
    return None


def page_png(
    page: Path, out: str | Path, *, width: int = 1600, height: int = 1000, timeout: float = 180
) -> tuple[int, int]:
    """Open the HTML `page` in a headless Chromium of `width` x `height` CSS pixels, hide its
    side panel, let it arrange the view, and write the page's own image of it to `out`.
    Returns the image's size in pixels. The file is written whole or not at all."""
    chromium = find_chromium()
    if chromium is None:
        where = (
            f" at ERG_CHROMIUM={os.environ['ERG_CHROMIUM']}" if "ERG_CHROMIUM" in os.environ else ""
        )
        raise ErgError(f"--png needs Chromium, which was not found{where}: {INSTALL_HINT}")
    try:
        from playwright.sync_api import Error, sync_playwright
    except ImportError:
        raise ErgError(
            "--png needs Playwright for Python to drive Chromium: pip install playwright"
        ) from None
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
            try:
                context = browser.new_context(
                    viewport={"width": width, "height": height}, device_scale_factor=1
                )
                tab = context.new_page()
                tab.route("**/*", _only_files)
                tab.goto(page.resolve().as_uri(), timeout=timeout * 1000)
                tab.wait_for_function(
                    "window.erg && window.erg.ready === true", timeout=timeout * 1000
                )
                tab.evaluate("() => new Promise(done => window.erg.setPanel(false, done))")
                url = tab.evaluate("() => window.erg.imageDataURL()")
            finally:
                browser.close()
    except Error as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ErgError(f"cannot draw the image with {chromium}: {first}") from None
    data = base64.b64decode(url.split(",", 1)[1])
    _write_whole(Path(out), data)
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def _only_files(route) -> None:  # type: ignore[no-untyped-def]
    if route.request.url.startswith("file://"):
        route.continue_()
    else:
        route.abort()


def _write_whole(path: Path, data: bytes) -> None:
    """Write `data` to a temporary file beside `path`, then rename it into place."""
    temp = None
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temp, 0o666 & ~umask)  # as an ordinary new file, not mkstemp's 0600
        os.replace(temp, path)
    except OSError as exc:
        if temp is not None and os.path.exists(temp):
            os.unlink(temp)
        raise ErgError(f"cannot write {path}: {exc.strerror or exc}") from None
