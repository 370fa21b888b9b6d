#!/usr/bin/env python3
"""Write-to-searchable latency: creates authorities through the API and measures how long each
takes to appear in GET /v1/search, polling every 2 ms. Usage: freshness.py BASE_URL EMAIL PASSWORD [N]"""
import json, sys, time, urllib.request

base, email, password = sys.argv[1:4]
n = int(sys.argv[4]) if len(sys.argv) > 4 else 50


def call(method, path, body=None, token=None, headers=None):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(base + path, data=data, method=method)
    request.add_header("content-type", "application/json")
    if token:
        request.add_header("authorization", "Bearer " + token)
    for k, v in (headers or {}).items():
        request.add_header(k, v)
    with urllib.request.urlopen(request) as response:
        return json.load(response)


token = call("POST", "/v1/auth/login", {"email": email, "password": password})["access_token"]
latencies = []
for i in range(n):
    word = "freshness" + "".join(chr(97 + int(c)) for c in f"{time.time_ns() % 10**9:09d}")
    body = {
        "country": "KEN", "names": {"en": f"{word} office"}, "original_language": "en",
        "kind": "ministry", "designations": [{"competence": "MLA", "legal_bases": [],
        "is_central": False, "channels": ["direct"], "means": ["email"], "languages_accepted": ["en"]}],
    }
    call("POST", "/v1/authorities", body, token)
    written = time.perf_counter()
    while call("GET", f"/v1/search?q={word}")["total"] == 0:
        time.sleep(0.002)
    latencies.append((time.perf_counter() - written) * 1000)
latencies.sort()
print(f"write-to-searchable over {n} writes: p50 {latencies[n // 2]:.0f} ms, "
      f"p90 {latencies[int(n * 0.9)]:.0f} ms, max {latencies[-1]:.0f} ms")
