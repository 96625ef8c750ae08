#!/usr/bin/env python3
"""The dashboard's 30-day overview in DuckDB, over the raw page views the audience bench
exported: daily views and distinct visitors, and the top 10 of every dimension, RUNS times.
Prints the load time and the p50 and p95 of one overview, in milliseconds.

    python3 bench/duckdb-audience.py events.csv [RUNS]
"""
import sys
import time

import duckdb

path = sys.argv[1]
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 50
con = duckdb.connect()
started = time.perf_counter()
con.execute(
    "CREATE TABLE page_views AS SELECT * FROM read_csv(?, header = true, "
    "columns = {'site': 'VARCHAR', 'minute': 'BIGINT', 'path': 'VARCHAR', 'referrer': 'VARCHAR', "
    "'browser': 'VARCHAR', 'os': 'VARCHAR', 'device': 'VARCHAR', 'language': 'VARCHAR', "
    "'visitor': 'BIGINT'})",
    [path],
)
loaded = time.perf_counter() - started
first, last = con.execute("SELECT MIN(minute) // 1440, MAX(minute) // 1440 FROM page_views").fetchone()

def overview():
    con.execute(
        "SELECT minute // 1440 AS day, COUNT(*), COUNT(DISTINCT visitor) FROM page_views "
        "WHERE site = 'shop' AND minute // 1440 BETWEEN ? AND ? GROUP BY day ORDER BY day",
        [first, last],
    ).fetchall()
    for column in ["path", "referrer", "browser", "os", "device", "language"]:
        con.execute(
            f"SELECT {column}, COUNT(*) AS views FROM page_views "
            "WHERE site = 'shop' AND minute // 1440 BETWEEN ? AND ? "
            f"GROUP BY {column} ORDER BY views DESC, {column} LIMIT 10",
            [first, last],
        ).fetchall()

timings = []
for _ in range(runs):
    start = time.perf_counter()
    overview()
    timings.append((time.perf_counter() - start) * 1000)
timings.sort()
p50 = timings[round((len(timings) - 1) * 0.5)]
p95 = timings[round((len(timings) - 1) * 0.95)]
print(f"loaded in {loaded:.1f} s; 30-day overview p50 {p50:.2f} ms, p95 {p95:.2f} ms (duckdb {duckdb.__version__})")
