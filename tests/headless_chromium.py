"""A real headless Chromium (Debian's `chromium`) driven over the DevTools protocol with the
`websockets` client: enough to open a page, click and read the DOM. No WebDriver needed."""

from __future__ import annotations

import itertools
import json
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from websockets.sync.client import ClientConnection, connect

from tests.support import require

BROWSERS = ("chromium", "chromium-browser", "google-chrome")
TIMEOUT_S = 30.0


def find_browser() -> str | None:
    return next((path for name in BROWSERS if (path := shutil.which(name))), None)


class _Link:
    """The browser connection; events that arrive while waiting for a reply are kept."""

    def __init__(self, ws: ClientConnection) -> None:
        self.ws = ws
        self._ids = itertools.count(1)
        self._events: list[dict[str, Any]] = []

    def call(self, method: str, params: dict[str, Any], session: str | None = None) -> Any:
        message_id = next(self._ids)
        message: dict[str, Any] = {"id": message_id, "method": method, "params": params}
        if session is not None:
            message["sessionId"] = session
        self.ws.send(json.dumps(message))
        while True:
            reply = json.loads(self.ws.recv(timeout=TIMEOUT_S))
            if reply.get("id") != message_id:
                if "method" in reply:
                    self._events.append(reply)
                continue
            if "error" in reply:
                raise AssertionError(f"{method} failed: {reply['error']}")
            return reply.get("result", {})

    def wait_event(self, method: str, session: str) -> None:
        def matches(message: dict[str, Any]) -> bool:
            return message.get("method") == method and message.get("sessionId") == session

        while True:
            for index, message in enumerate(self._events):
                if matches(message):
                    del self._events[: index + 1]
                    return
            self._events.clear()
            message = json.loads(self.ws.recv(timeout=TIMEOUT_S))
            if matches(message):
                return


class Page:
    """One tab attached through a flat DevTools session."""

    def __init__(self, link: _Link, session_id: str) -> None:
        self._link = link
        self._session = session_id

    def call(self, method: str, **params: Any) -> Any:
        return self._link.call(method, params, self._session)

    def evaluate(self, expression: str) -> Any:
        """The JSON value of `expression` (awaited if it is a promise); raises on a JS error."""
        reply = self.call(
            "Runtime.evaluate", expression=expression, awaitPromise=True, returnByValue=True
        )
        if "exceptionDetails" in reply:
            raise AssertionError(f"JavaScript error: {reply['exceptionDetails']}")
        return reply["result"].get("value")

    def open(self, url: str) -> None:
        """Load `url` and return once its load event fired."""
        self.call("Page.enable")
        self.call("Page.navigate", url=url)
        self._link.wait_event("Page.loadEventFired", self._session)

    def press(self, key: str, code: str, key_code: int, text: str = "") -> None:
        """A real key press (down and up) to the focused element; `text` is what it types
        ("\\r" for Enter)."""
        for kind in ("keyDown", "keyUp"):
            self.call(
                "Input.dispatchKeyEvent",
                type=kind,
                key=key,
                code=code,
                windowsVirtualKeyCode=key_code,
                text=text if kind == "keyDown" else "",
            )


@contextmanager
def headless_page() -> Iterator[Page]:
    browser = find_browser()
    require(browser is not None, "Chromium (Debian package chromium)")
    assert browser is not None
    profile = Path(tempfile.mkdtemp(prefix="kiosk-chromium-"))
    process = subprocess.Popen(
        [
            browser,
            "--headless=new",
            "--no-sandbox",  # tests may run as root in CI containers
            "--disable-gpu",
            "--no-first-run",
            "--disable-extensions",
            "--remote-debugging-port=0",
            f"--user-data-dir={profile}",
            "about:blank",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        url = _devtools_url(process)
        with connect(url, open_timeout=TIMEOUT_S, max_size=None) as ws:
            link = _Link(ws)
            target = link.call("Target.createTarget", {"url": "about:blank"})
            attached = link.call(
                "Target.attachToTarget", {"targetId": target["targetId"], "flatten": True}
            )
            yield Page(link, attached["sessionId"])
    finally:
        process.terminate()
        try:
            process.wait(timeout=TIMEOUT_S)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stderr is not None:
            process.stderr.close()
        shutil.rmtree(profile, ignore_errors=True)


def _devtools_url(process: subprocess.Popen[str]) -> str:
    """Chromium prints `DevTools listening on ws://...` on stderr once it is ready."""
    assert process.stderr is not None
    seen = []
    for line in process.stderr:
        if line.startswith("DevTools listening on "):
            return line.split(" on ", 1)[1].strip()
        seen.append(line)
        if len(seen) > 200:
            break
    raise AssertionError("Chromium did not start its DevTools endpoint:\n" + "".join(seen[-20:]))
