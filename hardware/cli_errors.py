"""How `python -m hardware` and its device families end a command: one line `error: ...` on
stderr and an exit code, never a traceback.

Exit codes: 0 success; 1 the command could not be done (missing port, no answer, lost device,
refused by the device); 2 the command line asks for something that cannot mean anything;
130 interrupted."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

log = logging.getLogger(__name__)


class UsageError(Exception):
    """The command line asks for something that cannot mean anything (exit code 2)."""


class DeviceError(Exception):
    """The device is missing, silent or lost (exit code 1)."""


def fail(message: str, code: int = EXIT_FAILURE) -> int:
    """Print `message` as the one error line and return `code` for the command to exit with."""
    print(f"error: {' '.join(message.split())}", file=sys.stderr)
    return code


def run_command(command: Callable[[], int], failures: tuple[type[BaseException], ...] = ()) -> int:
    """Run `command` and turn what it raises into the error line and exit code: UsageError 2;
    DeviceError and the `failures` given (a family's link or device errors) 1; anything else 1
    with its type named, the traceback only in the debug log."""
    expected: tuple[type[BaseException], ...] = (DeviceError, *failures)
    try:
        return command()
    except UsageError as exc:
        return fail(str(exc), EXIT_USAGE)
    except expected as exc:
        return fail(str(exc))
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except Exception as exc:
        log.debug("command failed", exc_info=True)
        return fail(f"{type(exc).__name__}: {exc}")
