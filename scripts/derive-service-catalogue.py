#!/usr/bin/env python3
"""Derives the service catalogue compiled into cookiewarden from the shared reference data.

Reads ../shared/data/service-catalogue/services.json (derived from tarteaucitron.js, MIT; see its
SOURCE.md) and writes crates/cookiewarden-core/src/services/catalogue.json with the fields the
product reads, and the upstream LICENSE beside it, as the data's licence asks.

    python3 scripts/derive-service-catalogue.py [SHARED_DIR]
"""
import json
import pathlib
import shutil
import sys

root = pathlib.Path(__file__).resolve().parent.parent
shared = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else root.parent / "shared"
source = shared / "data" / "service-catalogue"
target = root / "crates" / "cookiewarden-core" / "src" / "services"

KEPT = [
    "key", "name", "category", "needs_consent", "hosts", "url_prefixes", "shared_hosts",
    "inline_signatures", "cookies", "cookie_patterns",
]
# An inline signature shorter than this is a common run of letters once whitespace is removed
# (`uetq` is in `AbuetqZ9`): it would hold back the site's own code.
MIN_SIGNATURE = 5

services = json.loads((source / "services.json").read_text(encoding="utf-8"))
derived = [{field: service[field] for field in KEPT} for service in services]
for service in derived:
    service["inline_signatures"] = [
        s for s in service["inline_signatures"] if len(s) >= MIN_SIGNATURE
    ]
target.mkdir(parents=True, exist_ok=True)
(target / "catalogue.json").write_text(
    json.dumps(derived, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8"
)
shutil.copyfile(source / "LICENSE", target / "LICENSE")
print(f"{len(derived)} services written to {target / 'catalogue.json'}")
