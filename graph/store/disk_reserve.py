"""Keep a little disk space in reserve so that a full disk fails a load cleanly.

When the disk fills while LadybugDB writes its log, the statement fails; but closing the
database then flushes the log again, and that failure inside the engine's destructor aborts the
whole process (exit 134, a C++ message, nothing erg can catch). A store open for writing keeps
a reserve file allocated beside the database; when a write fails for lack of space the reserve
is freed first, so the rollback and the close that follow have room, and the failure is one
`error:` line with the store as it was before the load.

>>> reserve = DiskReserve(Path("graph.lbug.reserve"))
>>> reserve.hold()
>>> reserve.path.stat().st_size == RESERVE_BYTES
True
>>> reserve.release(); reserve.path.exists()
False
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from graph.errors import StoreError

RESERVE_BYTES = 2 * 1024 * 1024
NO_SPACE = ("no space left on device", "disk quota exceeded")


class DiskFull(StoreError):
    """The disk holding the store is full; what was being written is rolled back."""


class DiskReserve:
    """A file of `size` allocated bytes at `path`, freed when the disk fills."""

    def __init__(self, path: Path, size: int = RESERVE_BYTES):
        self.path = path
        self.size = size

    def hold(self) -> None:
        """Allocate the reserve (if it is not already); DiskFull if the disk lacks the room."""
        try:
            if self.path.exists() and self.path.stat().st_size >= self.size:
                return
            fd = os.open(self.path, os.O_CREAT | os.O_WRONLY, 0o644)
            try:
                os.posix_fallocate(fd, 0, self.size)
            finally:
                os.close(fd)
        except OSError as exc:
            self.release()
            if exc.errno in (errno.ENOSPC, errno.EDQUOT):
                raise full_error(self.path.parent) from None
            raise StoreError(f"cannot write in {self.path.parent}: {exc.strerror}") from None

    def release(self) -> None:
        self.path.unlink(missing_ok=True)


def is_disk_full(exc: BaseException) -> bool:
    text = str(exc).lower()
    return any(s in text for s in NO_SPACE)


def full_error(directory: Path) -> DiskFull:
    return DiskFull(
        f"the disk holding {directory} is full: nothing was written, the store is as it was; "
        "free some space and try again"
    )
