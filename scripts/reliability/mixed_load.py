"""Mixed load for the memory soak: what visitors, attackers and the back office send to one
`serve` and one gateway, with every value that could key a map varied at each request (paths,
languages, user agents, cookie names, account names, made-up methods), so anything that grows
per distinct value shows up in the resident memory.

python3 mixed_load.py --serve http://127.0.0.1:8080 --gateway http://127.0.0.1:8081 \
    --seconds 1200 --threads 6 --summary summary.json

The summary counts answers by kind and status; a 5xx other than 503, or a request that got no
answer, is an error the soak reports.
"""

import argparse
import http.client
import json
import random
import re
import string
import threading
import time
import urllib.parse

LANGUAGES = ["fr", "en", "de-AT", "pt-BR", "es", "pl", "xx", "fr-CA;q=0.8, en;q=0.5", "*"]
BROWSERS = [
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:{v}.0) Gecko/20100101 Firefox/{v}.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_{v} like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
    "curl/8.{v}.0",
    "Googlebot/2.{v}",
]


def word(length=8):
    return "".join(random.choice(string.ascii_lowercase) for _ in range(length))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--serve", required=True)
    parser.add_argument("--gateway", required=True)
    parser.add_argument("--seconds", type=float, default=600)
    parser.add_argument("--threads", type=int, default=6)
    parser.add_argument("--summary", required=True)
    args = parser.parse_args()

    lock = threading.Lock()
    counts = {}
    end = time.monotonic() + args.seconds

    def count(kind, status):
        key = f"{kind} {status}"
        with lock:
            counts[key] = counts.get(key, 0) + 1

    def request(base, kind, method, path, body=None, headers=None):
        target = urllib.parse.urlsplit(base)
        connection = http.client.HTTPConnection(target.hostname, target.port, timeout=15)
        try:
            connection.request(method, path, body=body, headers=headers or {})
            answer = connection.getresponse()
            data = answer.read()
            count(kind, answer.status)
            return answer, data
        except (OSError, http.client.HTTPException):
            count(kind, "no-answer")
            return None, b""
        finally:
            connection.close()

    def visitor(base, front):
        """One visitor: the policy, the banner's configuration, a decision, the consent page."""
        language = {"Accept-Language": random.choice(LANGUAGES)}
        request(base, "policy", "GET", f"{front}/cookies-policy?lang={random.choice(['fr', 'en', word(2)])}", headers=language)
        answer, data = request(base, "config", "GET", f"{front}/config.json", headers=language)
        if answer is None or answer.status != 200:
            return
        version = json.loads(data)["policy"]["policy_version"]
        method = random.choice(["accept_all", "reject_all", "custom"])
        decision = {"method": method, "policy_version": version}
        if method == "custom":
            decision["choices"] = {"statistics": random.random() < 0.5, "marketing": False, "preferences": True}
        answer, data = request(
            base, "consent", "POST", f"{front}/consent",
            body=json.dumps(decision), headers={"Content-Type": "application/json"},
        )
        if answer is not None and answer.status == 200:
            cookie = json.loads(data)["cookie"]
            request(base, "my-consent", "GET", f"{front}/my-consent", headers={"Cookie": f"cookies_preferences={cookie}"})
            if front == "/_cookiewarden":
                cookies = f"cookies_preferences={cookie}; {word()}={word()}; _ga=GA1.1.{random.randrange(10**9)}"
                request(base, "gateway-page", "GET", "/", headers={"Cookie": cookies})

    def beacon(base, front):
        """A page view from a visitor nobody saw before, on a page nobody saw before."""
        agent = random.choice(BROWSERS).format(v=random.randrange(1, 200))
        body = json.dumps({"p": f"/{word(4)}/{word(12)}?q={word()}", "r": f"https://{word(6)}.example/", "l": random.choice(LANGUAGES)})
        request(base, "beacon", "POST", f"{front}/hit", body=body, headers={
            "Content-Type": "text/plain", "User-Agent": agent,
            "Accept-Language": random.choice(LANGUAGES),
        })

    def attacker(base, front):
        """Made-up methods, unknown sites and routes, oversized and broken bodies, logins."""
        request(base, "made-up-method", word(6).upper(), f"{front}/{word()}")
        request(base, "unknown-site", "GET", f"/sites/{word()}/config.json")
        request(base, "bad-consent", "POST", f"{front}/consent", body="{" + word(), headers={"Content-Type": "application/json"})
        request(base, "too-large", "POST", f"{front}/hit", body="x" * 5000, headers={"Content-Type": "text/plain"})
        if front == "/sites/shop":
            answer, page = request(base, "login-page", "GET", "/admin/login")
            token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', page)
            cookie = answer.getheader("Set-Cookie", "") if answer else ""
            if token and cookie:
                request(base, "login", "POST", "/admin/login",
                        body=urllib.parse.urlencode({"username": word(12), "password": word(),
                                                     "csrfmiddlewaretoken": token.group(1).decode()}),
                        headers={"Content-Type": "application/x-www-form-urlencoded",
                                 "Cookie": cookie.split(";")[0], "Origin": base})

    def gateway_traffic(base):
        """Pages through the gateway: an undeclared cookie set, made-up cookies sent."""
        cookies = "; ".join(f"{word(5)}={word(10)}" for _ in range(random.randrange(1, 8)))
        request(base, "gateway-echo", "GET", f"/echo?{word()}", headers={"Cookie": cookies})
        request(base, "gateway-set", "GET", f"/set?c={word(6)}")
        request(base, "gateway-missing", "GET", f"/{word()}/{word()}")

    def worker(index):
        while time.monotonic() < end:
            base, front = random.choice([(args.serve, "/sites/shop"), (args.gateway, "/_cookiewarden")])
            choice = random.random()
            if choice < 0.35:
                visitor(base, front)
            elif choice < 0.65:
                beacon(base, front)
            elif choice < 0.80:
                attacker(base, front)
            else:
                gateway_traffic(args.gateway)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(args.threads)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    with open(args.summary, "w") as out:
        json.dump(dict(sorted(counts.items())), out, indent=1)


if __name__ == "__main__":
    main()
