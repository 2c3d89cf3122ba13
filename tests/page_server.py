"""A tiny web server on 127.0.0.1 for the link tests: saved pages, a 404, a slow answer, non-HTML."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

PAGES = Path(__file__).resolve().parent / "data" / "pages"
SLOW_SECONDS = 3.0


class _Handler(BaseHTTPRequestHandler):
    pages: dict[str, bytes] = {}

    def log_message(self, *args) -> None:      # quiet test output
        pass

    def _send(self, status: int, kind: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):   # the client gave up (the timeout test)
            pass

    def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
        path = self.path.split("?")[0]
        if path == "/slow.html":
            time.sleep(SLOW_SECONDS)
            self._send(200, "text/html; charset=utf-8", b"<html><body><p>late</p></body></html>")
        elif path == "/data.json":
            self._send(200, "application/json", b'{"soldiers": 3000}')
        elif path.startswith("/pages/") and path[len("/pages/"):] in self.pages:
            self._send(200, "text/html; charset=utf-8", self.pages[path[len("/pages/"):]])
        else:
            self._send(404, "text/html; charset=utf-8", b"<html><body><h1>Not found</h1></body></html>")


@contextmanager
def serve_pages(extra: dict[str, bytes] | None = None) -> Iterator[str]:
    """Serve tests/data/pages (and ``extra`` name -> bytes) under ``/pages/``; yields the base URL."""
    pages = {p.name: p.read_bytes() for p in PAGES.glob("*.html")} | (extra or {})
    handler = type("Handler", (_Handler,), {"pages": pages})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def closed_port() -> int:
    """A loopback port nothing listens on (connections are refused: what 'offline' looks like)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def numbered_page(i: int) -> bytes:
    """A short German news page (site Tagesblick) whose figure and date differ with ``i``."""
    return f"""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Meldung {i} | Tagesblick</title>
<meta property="og:site_name" content="Tagesblick"><meta property="article:published_time" content="2025-02-{1 + i % 28:02d}T08:00:00+01:00">
</head><body><nav><a href="/">Startseite</a> <a href="/politik">Politik</a></nav><article><h1>Meldung {i}</h1>
<p>Nach Angaben des südkoreanischen Geheimdienstes hat Nordkorea bis zu {1000 + 10 * i} weitere Soldaten nach Russland
geschickt. Die Truppen sollen in der Region Kursk eingesetzt werden, hieß es am Morgen aus Seoul.</p>
<p>Eine unabhängige Bestätigung der Zahl gab es zunächst nicht; Beobachter rechnen mit weiteren Verlegungen in den
kommenden Wochen, berichtet die Agentur.</p></article></body></html>""".encode()
