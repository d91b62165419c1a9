"""Open a LadybugDB database so that no crash leaves it unopenable.

A process killed while it writes the write-ahead log (`graph.lbug.wal`) leaves a torn log whose
last record fails its checksum, or ends before the record does ("Reading past the end of the
file ... .wal"). LadybugDB's Python binding refuses such a database by default
(`throw_on_wal_replay_failure=True`), though everything committed before is intact. erg opens
it again with that switch off: the torn, uncommitted tail is discarded and the store is exactly
as of its last complete commit (upstream LadybugDB/ladybug#714, #716). The caller is told.

A process killed during a checkpoint leaves checkpoint files that only a read-write open
completes; a read-only open then fails with "checkpoint recovery is pending". It fails the same
way for a moment while another process checkpoints normally. A read-only open therefore tries
to complete the recovery itself (a read-write open, which only succeeds when no other process
writes) and otherwise waits, a bounded time, for the other process to finish.

>>> opened = open_database(Path("graph.lbug"), read_only=False)  # a new, empty database
>>> opened.notices
[]
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

import ladybug

from graph.errors import StoreError

RECOVERY_WAIT = 15.0  # seconds a read-only open waits for another process's checkpoint
TORN_LOG = ("wal file is corrupted", "checksum verification failed")
TORN_END = "reading past the end of the file"  # of the log itself (its last record cut short)
RECOVERY_PENDING = "checkpoint recovery is pending"
TORN_NOTICE = (
    "the store's write-ahead log ended in an unfinished write (a load was killed or the disk "
    "filled); it was discarded and the store is as of its last complete load"
)


@dataclass
class Opened:
    """An open database; `writable` is True when a read-only open had to open it read-write
    (to complete a recovery): erg still only reads through it."""

    db: ladybug.Database
    writable: bool
    notices: list[str] = field(default_factory=list)


def open_database(db_file: Path, read_only: bool, wait: float = RECOVERY_WAIT) -> Opened:
    """Open `db_file`, discarding a torn log and completing an interrupted checkpoint."""
    notices: list[str] = []
    if not read_only:
        return Opened(_open(db_file, False, notices), True, notices)
    deadline = time.monotonic() + wait
    delay = 0.02
    while True:
        try:
            return Opened(ladybug.Database(str(db_file), read_only=True), False, notices)
        except RuntimeError as exc:
            torn = is_torn_log(exc)
            if not torn and RECOVERY_PENDING not in str(exc).lower():
                raise
        try:  # no other process writes: complete the recovery (or drop the torn log) for good
            return Opened(_open(db_file, False, notices), True, notices)
        except RuntimeError as exc:
            if not is_lock_error(exc):
                raise
        if torn:  # another process holds the store: read what was committed, leave the log
            return Opened(_open(db_file, True, notices), False, notices)
        if time.monotonic() >= deadline:
            raise StoreError(
                f"store {db_file.parent} is being written by another erg process (its checkpoint "
                f"did not finish within {wait:g} s); try again when that process has finished"
            )
        time.sleep(delay)
        delay = min(delay * 2, 0.5)


def _open(db_file: Path, read_only: bool, notices: list[str]) -> ladybug.Database:
    """Open; on a torn log, open again without replaying its torn tail, and note it."""
    try:
        return ladybug.Database(str(db_file), read_only=read_only)
    except RuntimeError as exc:
        if not is_torn_log(exc):
            raise
    db = ladybug.Database(str(db_file), read_only=read_only, throw_on_wal_replay_failure=False)
    notices.append(TORN_NOTICE)
    return db


def is_torn_log(exc: BaseException) -> bool:
    text = str(exc).lower()
    if TORN_END in text and ".wal " in text:
        return True  # the log's last record is cut before its end: "... graph.lbug.wal with size"
    return any(s in text for s in TORN_LOG)


def is_lock_error(exc: BaseException) -> bool:
    return "lock" in str(exc).lower()
