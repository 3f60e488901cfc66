"""A real OctoPrint server for the tests: the `octoprint` package from PyPI in a virtualenv of
its own (OctoPrint pins old versions of many libraries, so it never goes into the project's
environment), its virtual printer enabled, on 127.0.0.1 with a free port.

The virtualenv is cached between runs (keyed by the pinned version); the first run installs it
in well under a minute. The first-run wizard is switched off and a user with a known API key is
written to users.yaml, so the REST API works with that key and refuses any other."""

from __future__ import annotations

import ctypes
import fcntl
import http.client
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from threading import Event
from urllib.error import URLError
from urllib.request import Request, urlopen

OCTOPRINT_VERSION = "1.11.8"
API_KEY = "KIOSKTEST0123456789ABCDEF"
INSTALL_TIMEOUT = 600.0
START_TIMEOUT = 90.0

CONFIG_YAML = """\
server:
  firstRun: false
  onlineCheck:
    enabled: false
  pluginBlacklist:
    enabled: false
serial:
  autoconnect: false
plugins:
  virtual_printer:
    enabled: true
  pluginmanager:
    repository: ""
    notices: ""
  _disabled:
    - softwareupdate
    - announcements
    - tracking
    - backup
    - pi_support
    - firmware_check
    - file_check
    - achievements
    - health_check
"""

# Access control is always on; this user's API key is the one the tests use. The password is
# never used (it is not a valid hash, so nobody can log in with it).
USERS_YAML = f"""\
_version: 2
kiosk:
  active: true
  apikey: {API_KEY}
  groups: [admins, users]
  password: "no-login"
  permissions: []
  settings: {{}}
"""


def _die_with_parent() -> None:
    """In the child before exec: the kernel ends OctoPrint when the test run ends, however it
    ends (killed by a timeout included), so no server outlives its tests."""
    PR_SET_PDEATHSIG = 1
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


class OctoPrintUnavailable(Exception):
    """OctoPrint could not be installed or started here; the message says why."""


def cache_dir() -> Path:
    env = os.environ.get("OCTOPRINT_TEST_CACHE")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_cache_dir("makerspace-kiosk")) / "octoprint"


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)  # two test runs at once install only once
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def install(root: Path | None = None) -> tuple[Path, float]:
    """The `octoprint` executable of the cached virtualenv, installing it first if needed, and
    the seconds the install took (0 when it was cached)."""
    root = root or cache_dir()
    venv = root / f"venv-{OCTOPRINT_VERSION}"
    executable = venv / "bin" / "octoprint"
    marker = venv / ".installed"
    with _locked(root / ".lock"):
        if marker.exists() and executable.exists():
            return executable, 0.0
        started = time.monotonic()
        shutil.rmtree(venv, ignore_errors=True)
        commands = (
            [sys.executable, "-m", "venv", str(venv)],
            [str(venv / "bin" / "pip"), "install", "-q", f"octoprint=={OCTOPRINT_VERSION}"],
        )
        for command in commands:
            try:
                done = subprocess.run(
                    command, capture_output=True, text=True, timeout=INSTALL_TIMEOUT
                )
            except (OSError, subprocess.TimeoutExpired) as exc:
                raise OctoPrintUnavailable(f"installing OctoPrint failed: {exc}") from None
            if done.returncode != 0:
                last = (done.stderr.strip().splitlines() or ["no output"])[-1]
                raise OctoPrintUnavailable(f"installing OctoPrint failed: {last}")
        marker.write_text(OCTOPRINT_VERSION)
        return executable, time.monotonic() - started


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class OctoPrintServer:
    def __init__(self, executable: Path, basedir: Path) -> None:
        self.executable = executable
        self.basedir = basedir
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.api_key = API_KEY
        self.started_in = 0.0
        self._process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self.basedir.mkdir(parents=True, exist_ok=True)
        (self.basedir / "config.yaml").write_text(CONFIG_YAML)
        (self.basedir / "users.yaml").write_text(USERS_YAML)
        started = time.monotonic()
        log = open(self.basedir / "serve.log", "wb")  # noqa: SIM115 - lives as long as the server
        self._process = subprocess.Popen(
            [
                str(self.executable),
                "serve",
                "--iknowwhatimdoing",  # it refuses to run as root otherwise, as CI does
                "--basedir",
                str(self.basedir),
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
            preexec_fn=_die_with_parent if sys.platform == "linux" else None,
        )
        log.close()
        try:
            self._wait_ready(started)
        except BaseException:
            self.stop()
            raise
        self.started_in = time.monotonic() - started

    def _wait_ready(self, started: float) -> None:
        assert self._process is not None
        pause = Event()
        while not self._answers():
            if self._process.poll() is not None:
                raise OctoPrintUnavailable(f"OctoPrint exited at start: {self.log_tail()}")
            if time.monotonic() - started > START_TIMEOUT:
                raise OctoPrintUnavailable(f"OctoPrint did not answer within {START_TIMEOUT} s")
            pause.wait(0.1)

    def _answers(self) -> bool:
        request = Request(f"{self.url}/api/version", headers={"X-Api-Key": self.api_key})
        try:
            with urlopen(request, timeout=2.0) as response:
                return bool(response.status == 200)
        except (URLError, OSError, http.client.HTTPException):
            return False

    def log_tail(self, lines: int = 5) -> str:
        try:
            text = (self.basedir / "serve.log").read_text(errors="replace")
        except OSError:
            return ""
        return " | ".join(text.strip().splitlines()[-lines:])

    def stop(self) -> None:
        if self._process is None:
            return
        self._process.terminate()
        try:
            self._process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait(timeout=5)
        self._process = None
