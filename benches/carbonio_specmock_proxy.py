#!/usr/bin/env python3
"""A prefix-stripping proxy in front of a Prism mock of the Carbonio chats API (127.0.0.1 only).

Carbonio's public address puts the chats API under /services/chats (its nginx strips it);
Prism serves the spec's paths at its root. This proxy takes /services/chats off, forwards the
request to Prism and relays the answer, and writes one JSON line per request to LOG: method,
path, the request headers the spec names, whether the body was chunked, the status, and
Prism's validation verdict (its `sl-violations` header, or its problem+json body for a request
it refused outright). Anything outside /services/chats (the SOAP API) is answered 404 here and
logged, so a run never reaches anything but this host.

Usage: carbonio_specmock_proxy.py LISTEN_PORT PRISM_PORT LOG
Used by benches/carbonio-specmock.sh; run by hand, not by the test suite.
"""

import http.client
import json
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PREFIX = "/services/chats"
HOP = {"connection", "keep-alive", "transfer-encoding", "te", "trailer", "upgrade", "proxy-connection"}
# Request headers worth keeping in the log (the spec's parameters and what decides the route).
KEEP = {
    "content-type",
    "content-length",
    "filename",
    "mimetype",
    "description",
    "messageid",
    "replyid",
    "area",
    "x-wsc-api-version",
}
# The mock's answers are small; a bound keeps a runaway body from filling memory.
MAX_BODY = 64 * 1024 * 1024

LISTEN, PRISM, LOG = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
lock = threading.Lock()


def log(entry):
    with lock, open(LOG, "a", encoding="utf-8") as f:
        f.write(json.dumps(entry, ensure_ascii=False) + "\n")


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def read_body(self):
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            out = bytearray()
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip(), 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    return bytes(out), True
                out += self.rfile.read(size)
                self.rfile.readline()
                if len(out) > MAX_BODY:
                    raise ValueError("body over the proxy's bound")
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            raise ValueError("body over the proxy's bound")
        return self.rfile.read(length), False

    def answer(self, status, headers, body):
        self.send_response_only(status)
        for k, v in headers:
            if k.lower() not in HOP and k.lower() != "content-length":
                self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def handle_any(self):
        body, chunked = self.read_body()
        entry = {
            "method": self.command,
            "path": self.path,
            "headers": {k.lower(): v for k, v in self.headers.items() if k.lower() in KEEP},
            "cookie": "ZM_AUTH_TOKEN=" in (self.headers.get("Cookie") or ""),
            "chunked": chunked,
            "body_len": len(body),
        }
        if body.startswith(b"--") and len(body) < 4096:
            entry["body_head"] = body[:2048].decode("utf-8", "replace")
        if not self.path.startswith(PREFIX + "/"):
            entry.update(status=404, outside=True)
            log(entry)
            self.answer(404, [("Content-Type", "text/plain")], b"not the chats API\n")
            return
        headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP and k.lower() != "content-length"}
        headers["Content-Length"] = str(len(body))
        try:
            upstream = http.client.HTTPConnection("127.0.0.1", PRISM, timeout=60)
            upstream.request(self.command, self.path[len(PREFIX):], body=body, headers=headers)
            reply = upstream.getresponse()
            data = reply.read(MAX_BODY + 1)[:MAX_BODY]
            upstream.close()
        except OSError as e:
            # Prism down or gone: a 502 the run's classification shows as the harness's fault.
            entry.update(status=502, proxy_error=str(e))
            log(entry)
            self.answer(502, [("Content-Type", "text/plain")], b"prism unreachable\n")
            return
        entry["status"] = reply.status
        entry["resp_type"] = reply.getheader("Content-Type")
        entry["resp_len"] = len(data)
        violations = reply.getheader("sl-violations")
        if violations:
            entry["violations"] = json.loads(violations)
        if (reply.getheader("Content-Type") or "").startswith("application/problem+json"):
            entry["problem"] = json.loads(data.decode("utf-8", "replace"))
        elif reply.status < 300 and (reply.getheader("Content-Type") or "").startswith("application/json"):
            entry["resp_body"] = data[:4096].decode("utf-8", "replace")
        log(entry)
        self.answer(reply.status, reply.getheaders(), data)

    do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = do_PATCH = handle_any


ThreadingHTTPServer.daemon_threads = True
ThreadingHTTPServer(("127.0.0.1", LISTEN), Handler).serve_forever()
