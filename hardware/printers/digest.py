"""HTTP Digest authentication (RFC 7616, MD5 with qop=auth), as PrusaLink asks for it.

urllib has a digest handler, but it answers each challenge by sending the request again, which
a streamed upload cannot be; this keeps the server's nonce and signs every later request up
front, so only the first request of a session (or one after the nonce went stale) is sent
twice, and that one is small."""

from __future__ import annotations

import hashlib
import os
import re
import threading

_PARAM = re.compile(r'(\w+)=(?:"([^"]*)"|([^\s,]+))')


def _md5(text: str) -> str:
    return hashlib.md5(text.encode(), usedforsecurity=False).hexdigest()


class DigestAuth:
    def __init__(self, user: str, password: str) -> None:
        self.user = user
        self._password = password
        self._lock = threading.Lock()
        self._params: dict[str, str] = {}
        self._count = 0

    @property
    def ready(self) -> bool:
        with self._lock:
            return bool(self._params)

    def challenged(self, header: str) -> bool:
        """Take the server's `WWW-Authenticate: Digest ...`; True if a retry can now succeed
        (False for another scheme, or when the same nonce was refused: a wrong password)."""
        if not header.lower().startswith("digest "):
            return False
        params = {m.group(1).lower(): m.group(2) or m.group(3) for m in _PARAM.finditer(header)}
        if params.get("algorithm", "MD5").upper() != "MD5" or "nonce" not in params:
            return False
        with self._lock:
            same = params["nonce"] == self._params.get("nonce")
            stale = params.get("stale", "").lower() == "true"
            if same and not stale:
                return False
            self._params = params
            self._count = 0
        return True

    def header(self, method: str, uri: str) -> str:
        with self._lock:
            params = dict(self._params)
            self._count += 1
            count = f"{self._count:08x}"
        realm, nonce = params.get("realm", ""), params["nonce"]
        ha1 = _md5(f"{self.user}:{realm}:{self._password}")
        ha2 = _md5(f"{method}:{uri}")
        fields = {"username": self.user, "realm": realm, "nonce": nonce, "uri": uri}
        if "auth" in params.get("qop", "").split(","):
            cnonce = os.urandom(8).hex()
            fields["response"] = _md5(f"{ha1}:{nonce}:{count}:{cnonce}:auth:{ha2}")
            quoted = ", ".join(f'{key}="{value}"' for key, value in fields.items())
            extra = f', qop=auth, nc={count}, cnonce="{cnonce}"'
        else:
            fields["response"] = _md5(f"{ha1}:{nonce}:{ha2}")
            quoted = ", ".join(f'{key}="{value}"' for key, value in fields.items())
            extra = ""
        if "opaque" in params:
            extra += f', opaque="{params["opaque"]}"'
        return f"Digest {quoted}, algorithm=MD5{extra}"
