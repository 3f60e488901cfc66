"""The hardware command line's one error shape: `error: ...` and the documented exit codes."""

from __future__ import annotations

import pytest

from hardware.cli_errors import DeviceError, UsageError, run_command
from hardware.transport import LinkError


def _raise(exc: BaseException) -> int:
    raise exc


@pytest.mark.parametrize(
    ("exc", "code", "line"),
    [
        (UsageError("bad option"), 2, "error: bad option"),
        (DeviceError("no answer"), 1, "error: no answer"),
        (LinkError("/dev/x: lost\nagain"), 1, "error: /dev/x: lost again"),
        (RuntimeError("oops"), 1, "error: RuntimeError: oops"),
    ],
)
def test_each_failure_is_one_line_and_its_code(
    exc: BaseException, code: int, line: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_command(lambda: _raise(exc), (LinkError,)) == code
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == line + "\n"


def test_success_and_interrupt(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_command(lambda: 0) == 0
    assert run_command(lambda: _raise(KeyboardInterrupt())) == 130
    assert capsys.readouterr().err == ""
