"""A small shop application for the gateway's tests: a real HTTP server in its own process
(Python's standard library only) that sets its cookies from the server, as a Django or Rails
application would.

Run: python3 upstream_app.py PORT [CERT KEY] (0 for any free port; with a certificate and its
key, over HTTPS); it prints `ready PORT` once listening.
"""

import gzip
import zlib
import http.cookies
import json
import os
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Shop</title></head>
<body><h1>Shop</h1><p>Welcome to the shop.</p>{filler}</body></html>
"""


class Shop(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def send_page(self, body, content_type="text/html; charset=utf-8", headers=(), status=200):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def do_HEAD(self):
        self.do_GET()

    def do_GET(self):
        path = self.path.split("?")[0]
        if path == "/":
            # Every kind of cookie the site sets from the server, on one page.
            cookies = [
                "app_session=s1; Path=/; HttpOnly; SameSite=Lax",
                "_stats_id=v1; Path=/; Max-Age=31536000; HttpOnly",
                "ad_id=a1; Path=/; Max-Age=7776000",
                "mystery=m1; Path=/",
                "keep_forever=k1; Path=/; Max-Age=315360000",
                "broken; =; Path=/",
            ]
            self.send_page(
                PAGE.format(filler="").encode(),
                headers=[("Set-Cookie", c) for c in cookies] + [("ETag", '"v1"')],
            )
        elif path == "/echo":
            # What the application received: the gateway must have filtered it.
            body = json.dumps(
                {
                    "cookie": self.headers.get("Cookie"),
                    "consent": self.headers.get_all("Cookiewarden-Consent"),
                    "forwarded_for": self.headers.get("X-Forwarded-For"),
                    "forwarded_proto": self.headers.get("X-Forwarded-Proto"),
                    "host": self.headers.get("Host"),
                    "accept_encoding": self.headers.get("Accept-Encoding"),
                    # The cookies as Python's own parser reads the header, and every header
                    # name as sent: what a WSGI or CGI application could make of them.
                    "parsed_cookies": sorted(parsed_cookies(self.headers.get("Cookie") or "")),
                    "header_names": sorted(self.headers.keys()),
                    "upgrade": self.headers.get("Upgrade"),
                }
            ).encode()
            self.send_page(body, content_type="application/json")
        elif path == "/big":
            filler = "".join(
                f"<p>Product {i}: a very fine item, in stock, ships tomorrow.</p>\n" for i in range(1700)
            )
            self.send_page(
                PAGE.format(filler=filler).encode(),
                headers=[("Set-Cookie", "_stats_id=v1; Path=/; Max-Age=3600"), ("Set-Cookie", "ad_id=a1; Path=/")],
            )
        elif path == "/csp":
            self.send_page(
                PAGE.format(filler="").encode(),
                headers=[("Content-Security-Policy", "script-src 'nonce-app' 'strict-dynamic'; object-src 'none'")],
            )
        elif path == "/latin1":
            self.send_page(
                "<html><head><title>Caf\u00e9</title></head><body>Caf\u00e9</body></html>".encode("latin-1"),
                content_type="text/html; charset=iso-8859-1",
            )
        elif path == "/gzip":
            # Compressed whatever the request asked: the gateway must still inject.
            self.send_page(
                gzip.compress(PAGE.format(filler="").encode()),
                headers=[("Content-Encoding", "gzip")],
            )
        elif path == "/trackers":
            # A page with its vendors' tags, unedited, compressed although not asked to be.
            here = os.path.dirname(os.path.abspath(__file__))
            with open(os.path.join(here, "vendor-tags", "index.html"), "rb") as page:
                body = page.read()
            self.send_page(gzip.compress(body), headers=[("Content-Encoding", "gzip")])
        elif path == "/deflate":
            # Deflate as RFC 9110 says (the zlib format)...
            self.send_page(
                zlib.compress(PAGE.format(filler="").encode()),
                headers=[("Content-Encoding", "deflate")],
            )
        elif path == "/deflate-raw":
            # ...and as some servers send it, without the zlib wrapping.
            raw = zlib.compressobj(wbits=-15)
            body = raw.compress(PAGE.format(filler="").encode()) + raw.flush()
            self.send_page(body, headers=[("Content-Encoding", "deflate")])
        elif path in ("/brotli", "/brotli-bomb"):
            # Brotli, from fixtures made with Node's zlib (Python's standard library has no
            # brotli): the page, and 80 MiB of spaces in 155 bytes.
            here = os.path.dirname(os.path.abspath(__file__))
            name = "page.html.br" if path == "/brotli" else "bomb.html.br"
            with open(os.path.join(here, name), "rb") as page:
                self.send_page(page.read(), headers=[("Content-Encoding", "br")])
        elif path == "/unknown-encoding":
            self.send_page(b"\x00\x01 not html to anyone", headers=[("Content-Encoding", "zstd")])
        elif path == "/slow":
            time.sleep(5)
            self.send_page(b"late")
        elif path == "/ws" and self.headers.get("Upgrade", "").lower() == "websocket":
            # An upgraded connection that echoes what it receives, line by line.
            self.send_response(101)
            self.send_header("Upgrade", "websocket")
            self.send_header("Connection", "Upgrade")
            self.send_header("Sec-WebSocket-Accept", "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=")
            self.send_header("Set-Cookie", "ad_id=ws; Path=/")
            self.end_headers()
            self.wfile.flush()
            for line in self.rfile:
                self.wfile.write(line)
                self.wfile.flush()
            self.close_connection = True
        elif path == "/set":
            # Sets exactly the Set-Cookie lines given as `c` parameters, as UTF-8 bytes.
            self.send_response(200)
            for line in parse_qs(urlsplit(self.path).query).get("c", []):
                self._headers_buffer.append(f"Set-Cookie: {line}\r\n".encode("utf-8"))
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"ok")
        elif path == "/switch":
            # Switches protocols though nobody asked, then talks something else.
            self.send_response(101)
            self.send_header("Upgrade", self.headers.get("Upgrade") or "h2c")
            self.send_header("Connection", "Upgrade")
            self.end_headers()
            self.wfile.write(b"raw bytes past the rules\n")
            self.wfile.flush()
            self.close_connection = True
        elif path == "/reset":
            # Closes the connection without a word.
            self.close_connection = True
        elif path == "/truncated":
            # Promises 100 bytes, sends 10, hangs up.
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", "100")
            self.end_headers()
            self.wfile.write(b"0123456789")
            self.wfile.flush()
            self.close_connection = True
        elif path == "/peer":
            # The port the gateway's connection comes from: the same port, the same connection.
            self.send_page(str(self.client_address[1]).encode(), content_type="text/plain")
        elif path == "/hangup":
            # Answers, then closes the connection without having said it would.
            self.send_page(str(self.client_address[1]).encode(), content_type="text/plain")
            self.close_connection = True
        elif path == "/drip":
            # A body that takes 2.5 s to arrive, in five pieces.
            piece = b"x" * 1000
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(5 * len(piece)))
            self.end_headers()
            for _ in range(5):
                self.wfile.write(piece)
                self.wfile.flush()
                time.sleep(0.5)
        elif path == "/api":
            self.send_page(b'{"ok":true}', content_type="application/json",
                           headers=[("Set-Cookie", "ad_id=a2; Path=/")])
        else:
            self.send_page(b"not found", content_type="text/plain", status=404)

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length)
        self.send_page(body, content_type="application/octet-stream")


def parsed_cookies(header):
    jar = http.cookies.SimpleCookie()
    try:
        jar.load(header)
    except http.cookies.CookieError:
        return []
    return list(jar.keys())


if __name__ == "__main__":
    server = ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Shop)
    server.daemon_threads = True
    if len(sys.argv) > 3:
        # python3 upstream_app.py PORT CERT KEY: the same application over HTTPS.
        import ssl

        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(sys.argv[2], sys.argv[3])
        server.socket = context.wrap_socket(server.socket, server_side=True)
    print(f"ready {server.server_address[1]}", flush=True)
    server.serve_forever()
