#!/usr/bin/env python3
"""Change-feed benchmarks for bench/feed.sh.

feed.py walk BASE_URL KEY CURSORS_OUT
    Reads the whole feed from the beginning, 1000 changes a page, as a partner catching up does,
    and writes every page's starting cursor to CURSORS_OUT (for bench/feed.lua). Prints pages,
    changes, bytes and rates, and the cursor it ended at.

feed.py lag BASE_URL KEY CURSOR EMAIL PASSWORD WRITERS SECONDS
    WRITERS threads write through the API for SECONDS (each: create an authority, replace it
    twice, retire it, again), while a separate process follows the feed from CURSOR with
    long-polling. For every acknowledged write, the lag is the time from the acknowledgement to the
    moment the follower holds the change. Prints the write rate and the lag's percentiles, and
    fails when an acknowledged write never arrives or a record's versions arrive out of order.
"""
import json
import multiprocessing
import sys
import threading
import time
import urllib.request


def call(base, method, path, token=None, body=None, headers=None):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(base + path, data=data, method=method)
    if data is not None:
        request.add_header("content-type", "application/json")
    if token:
        request.add_header("authorization", "Bearer " + token)
    for name, value in (headers or {}).items():
        request.add_header(name, value)
    with urllib.request.urlopen(request, timeout=120) as response:
        raw = response.read()
        return json.loads(raw), response.headers, len(raw)


def walk(base, key, cursors_out):
    cursor, pages, changes, size = None, 0, 0, 0
    started = time.perf_counter()
    with open(cursors_out, "w") as out:
        while True:
            path = "/v1/changes?limit=1000" + (f"&cursor={cursor}" if cursor else "")
            page, _, length = call(base, "GET", path, key)
            if not page["items"]:
                break
            if cursor:
                out.write(cursor + "\n")
            pages, changes, size = pages + 1, changes + len(page["items"]), size + length
            cursor = page["next_cursor"]
    seconds = time.perf_counter() - started
    print(f"walked {changes} changes in {pages} pages of up to 1000, {size / 2**20:.0f} MiB, "
          f"in {seconds:.1f} s: {pages / seconds:.1f} pages/s, {changes / seconds:.0f} changes/s")
    print(f"end cursor {cursor}")


def follow(base, key, cursor, until, arrivals):
    """The follower process: long-polls from `cursor` until `until` (wall clock), then puts
    [(id, version or "delete", operation, arrival time)] on the queue."""
    seen = []
    while time.time() < until:
        page, _, _ = call(base, "GET", f"/v1/changes?limit=1000&wait=5&cursor={cursor}", key)
        now = time.time()
        for item in page["items"]:
            seen.append((item["id"], item["version"], item["operation"], now))
        cursor = page["next_cursor"]
    arrivals.put(seen)


AUTHORITY = {
    "country": "KEN", "names": {"en": "Feed benchmark office"}, "original_language": "en",
    "kind": "ministry",
    "designations": [{"competence": "MLA", "legal_bases": [], "is_central": False,
                      "channels": ["direct"], "means": ["email"], "languages_accepted": ["en"]}],
}


def writer(base, token, until, acks, lock):
    mine = []
    while time.time() < until:
        record, headers, _ = call(base, "POST", "/v1/authorities", token, AUTHORITY)
        mine.append((record["id"], record["version"], time.time()))
        path = f"/v1/authorities/{record['id']}"
        etag = headers["etag"]
        for _ in range(2):
            record, headers, _ = call(base, "PUT", path, token, AUTHORITY, {"if-match": etag})
            mine.append((record["id"], record["version"], time.time()))
            etag = headers["etag"]
        record, _, _ = call(base, "DELETE", path, token, None, {"if-match": etag})
        mine.append((record["id"], record["version"], time.time()))
    with lock:
        acks.extend(mine)


def percentile(values, p):
    return values[min(len(values) - 1, int(len(values) * p))]


def lag(base, key, cursor, email, password, writers, seconds):
    token = call(base, "POST", "/v1/auth/login", body={"email": email, "password": password})[0][
        "access_token"]
    writing_ends = time.time() + 1 + seconds
    arrivals = multiprocessing.Queue()
    follower = multiprocessing.Process(
        target=follow, args=(base, key, cursor, writing_ends + 10, arrivals))
    follower.start()
    time.sleep(1)  # the follower is waiting on the feed before the first write
    acks, lock = [], threading.Lock()
    threads = [threading.Thread(target=writer, args=(base, token, writing_ends, acks, lock))
               for _ in range(writers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    seen = arrivals.get()
    follower.join()

    arrived, last_version = {}, {}
    for record_id, version, operation, at in seen:
        if version <= last_version.get(record_id, 0):
            sys.exit(f"out of order: {record_id} version {version} after {last_version[record_id]}")
        last_version[record_id] = version
        arrived[(record_id, version)] = at
    missing = [(i, v) for i, v, _ in acks if (i, v) not in arrived]
    if missing:
        sys.exit(f"{len(missing)} acknowledged writes never reached the feed, e.g. {missing[:3]}")
    lags = sorted(max(0.0, arrived[(i, v)] - at) * 1000 for i, v, at in acks)
    deletes = sum(1 for _, _, operation, _ in seen if operation == "delete")
    print(f"{len(acks)} writes by {writers} writers in {seconds} s ({len(acks) / seconds:.0f} writes/s); "
          f"the follower received all of them in order ({deletes} deletions)")
    print(f"feed lag behind the acknowledgement: p50 {percentile(lags, 0.5):.0f} ms, "
          f"p90 {percentile(lags, 0.9):.0f} ms, p99 {percentile(lags, 0.99):.0f} ms, "
          f"max {lags[-1]:.0f} ms")


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    if command == "walk":
        walk(*args)
    elif command == "lag":
        base, key, cursor, email, password, writers, seconds = args
        lag(base, key, cursor, email, password, int(writers), int(seconds))
    else:
        sys.exit(__doc__)
