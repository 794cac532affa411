"""The console script and `python -m okrlint`: a Ctrl-C while okrlint is still
importing its modules is a plain interruption, as one later is, and a second Ctrl-C
while the first is handled is ignored: never a traceback. (One within Python's own
start-up, before this module runs, is Python's to report.)"""

from __future__ import annotations

import os
import signal


def _interrupted(_signum: int, _frame: object) -> None:
    os.write(2, b"okrlint: error: interrupted\n")
    os._exit(2)


def _first_interrupt(_signum: int, _frame: object) -> None:
    """The first Ctrl-C stops the run (KeyboardInterrupt, which the command line turns
    into "interrupted"); any more while that is handled are ignored."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    raise KeyboardInterrupt


def run() -> None:
    signal.signal(signal.SIGINT, _interrupted)
    try:
        from okrlint.cli import run as cli_run
    except ImportError as error:  # click or PyYAML missing: say so, not a traceback
        from okrlint.deps import broken_install

        message = broken_install(error)
        if message is None:
            raise
        os.write(2, f"okrlint: error: {message}\n".encode("utf-8", "backslashreplace"))
        os._exit(2)

    signal.signal(signal.SIGINT, _first_interrupt)
    cli_run()
