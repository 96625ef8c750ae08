"""Consent load for the reliability scripts: threads post consents, as the banner does, to one
or more nodes and write the id of every consent a node acknowledged (200) to a file, one per
line, flushed at once, so a node killed mid-load cannot make the count lie.

python3 consent_load.py --target http://127.0.0.1:8080/sites/shop --seconds 30 \
    --threads 8 --acked acked.txt --summary summary.json

A target is the base of a site's front pages (`/sites/SLUG` on `serve`, `/_cookiewarden` on a
gateway). The summary counts answers by status, refused connections, answers that took longer
than 10 s (a hang), and any 5xx other than 503 (an error the node should never give).
"""

import argparse
import http.client
import json
import random
import threading
import time
import urllib.parse


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--target", action="append", required=True)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--acked", required=True)
    parser.add_argument("--summary", required=True)
    args = parser.parse_args()

    acked = open(args.acked, "a", buffering=1)
    lock = threading.Lock()
    counts = {"ok": 0, "503": 0, "other_4xx": 0, "5xx_not_503": 0, "refused": 0, "slow": 0}
    end = time.monotonic() + args.seconds

    def count(key):
        with lock:
            counts[key] += 1

    def worker(index):
        targets = [urllib.parse.urlsplit(t) for t in args.target]
        versions = {}
        while time.monotonic() < end:
            target = targets[(index + random.randrange(len(targets))) % len(targets)]
            try:
                connection = http.client.HTTPConnection(target.hostname, target.port, timeout=15)
                if target.geturl() not in versions:
                    connection.request("GET", target.path + "/config.json")
                    answer = connection.getresponse()
                    body = answer.read()
                    if answer.status != 200:
                        count("503" if answer.status == 503 else "other_4xx")
                        time.sleep(0.05)
                        continue
                    versions[target.geturl()] = json.loads(body)["policy"]["policy_version"]
                method = random.choice(["accept_all", "reject_all"])
                payload = json.dumps({"method": method, "policy_version": versions[target.geturl()]})
                started = time.monotonic()
                connection.request(
                    "POST",
                    target.path + "/consent",
                    body=payload,
                    headers={"Content-Type": "application/json"},
                )
                answer = connection.getresponse()
                body = answer.read()
                if time.monotonic() - started > 10:
                    count("slow")
                if answer.status == 200:
                    consent_id = json.loads(body)["consent_id"]
                    with lock:
                        acked.write(consent_id + "\n")
                    count("ok")
                elif answer.status == 503:
                    count("503")
                    time.sleep(0.05)
                elif answer.status >= 500:
                    count("5xx_not_503")
                elif answer.status == 409:
                    versions.pop(target.geturl(), None)
                    count("other_4xx")
                else:
                    count("other_4xx")
                connection.close()
            except (OSError, http.client.HTTPException, ValueError, KeyError):
                count("refused")
                time.sleep(0.05)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(args.threads)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    acked.close()
    with open(args.summary, "w") as out:
        json.dump(counts, out)


if __name__ == "__main__":
    main()
