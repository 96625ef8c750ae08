"""A stand-in for every third-party host in the browser tests: Chromium resolves them all here
(--host-resolver-rules), over HTTPS or plain HTTP on one port. Each request is logged as
"host path" and answered with a script that sets a cookie named after the host, as trackers do,
and a cookie of its own.

    python3 standin.py PORT LOG CERT KEY
"""
import http.server
import socket
import socketserver
import ssl
import sys
import threading

port, log, cert, key = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
context.load_cert_chain(cert, key)
lock = threading.Lock()


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        host = (self.headers.get("Host") or "").split(":")[0]
        with lock, open(log, "a", encoding="utf-8") as out:
            out.write(f"{host} {self.path}\n")
        label = "".join(c if c.isalnum() else "_" for c in host)
        body = f'document.cookie = "standin_{label}=1; path=/";\n'.encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/javascript")
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Set-Cookie", f"tracker_{label}=1; Path=/; SameSite=None; Secure")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True

    def get_request(self):
        sock, address = self.socket.accept()
        sock.settimeout(5)
        first = sock.recv(1, socket.MSG_PEEK)
        if first == b"\x16":
            sock = context.wrap_socket(sock, server_side=True)
        sock.settimeout(None)
        return sock, address


Server(("127.0.0.1", port), Handler).serve_forever()
