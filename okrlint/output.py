"""Writing reports whole: to a file (renamed into place, so a failure leaves the old
one as it was) or to standard output (every byte written, or an error)."""

from __future__ import annotations

import contextlib
import io
import os
import stat
import sys
import tempfile
from pathlib import Path


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all: a temporary file beside it is
    renamed into place, with the old file's permissions (or the umask's). A path that
    is no regular file (`/dev/stdout`, a pipe) or a link is written through, as it is.
    Raises OSError, after removing the temporary file."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        info = None
    if info is not None and (not stat.S_ISREG(info.st_mode) or stat.S_ISLNK(info.st_mode)):
        with open(path, "wb") as handle:  # a device, a pipe or a link: never replaced
            handle.write(data)
        return
    if info is not None:
        mode = stat.S_IMODE(info.st_mode)
    else:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(temporary, mode)  # mkstemp's file is private (0600): a report is not
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


class StdoutGone(Exception):
    """The reader of standard output went away (a pipe into `head`): what was left to
    print is dropped, as for a closed standard output."""


def write_stdout(text: str) -> bool:
    """Write ``text`` to standard output in full. Python's buffered stream may accept
    part of a large write and drop the rest without a word (a disk filling up), so
    the bytes go to the file descriptor in a loop that checks each count. Characters
    the stream's encoding cannot hold are written as escapes. False when standard
    output is no file descriptor (a captured stream); OSError when it cannot be
    written; StdoutGone when its reader has gone, after pointing it at /dev/null."""
    stream = sys.stdout
    try:
        fd = stream.fileno()
    except (AttributeError, OSError, ValueError, io.UnsupportedOperation):
        return False
    data = text.encode(getattr(stream, "encoding", None) or "utf-8", "backslashreplace")
    try:
        stream.flush()
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
    except BrokenPipeError:
        drop_stdout()
        raise StdoutGone from None
    return True


def drop_stdout() -> None:
    """Point standard output at /dev/null: nothing more reaches a reader that left,
    and the last flush at exit raises nothing."""
    with contextlib.suppress(OSError, ValueError):
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
