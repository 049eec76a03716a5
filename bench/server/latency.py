#!/usr/bin/env python3
"""Sequential latency of GET requests: prints p50/p95/p99/max in milliseconds as JSON.

usage: latency.py BASE_URL TOKEN COUNT PATH [PATH ...]
Each request picks the next PATH round-robin. Loopback only; bounded by COUNT.
"""
import http.client, json, sys, time, urllib.parse

base, token, count, paths = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4:]
u = urllib.parse.urlparse(base)
conn = http.client.HTTPConnection(u.hostname, u.port, timeout=30)
headers = {"Authorization": "Bearer " + token, "Accept": "application/json"}
for p in paths[:5]:  # warm-up
    conn.request("GET", p, headers=headers); conn.getresponse().read()
samples, errors = [], 0
for i in range(count):
    p = paths[i % len(paths)]
    t0 = time.perf_counter()
    conn.request("GET", p, headers=headers)
    r = conn.getresponse(); r.read()
    samples.append((time.perf_counter() - t0) * 1000)
    errors += r.status != 200
samples.sort()
q = lambda f: samples[min(len(samples) - 1, int(f * len(samples)))]
print(json.dumps({"n": count, "errors": errors, "p50": round(q(0.50), 2), "p95": round(q(0.95), 2),
                  "p99": round(q(0.99), 2), "max": round(samples[-1], 2)}))
