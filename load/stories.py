#!/usr/bin/python3
"""Posts reports of the development-set events to a running service, one at a time, and prints
what near copies and stories added to each store, from the service's own timers.

    load/stories.py BASE_URL METRICS_URL PART [PART ...]

Each PART stores every development-set article once (src/test/resources/eval, 200 articles) as
a different report of its event: PART "all" is the article as written, PART "even" and "odd"
keep only its even or odd sentences (each about half of the article's 5-word shingles: not a near
copy of the others, but about the same event, so it joins the article's story). The times of
the last PART only are printed: the ones before warm the JIT up. After each store the script reads
the article until its story is known (stories are assigned apart from the store, by the story
assigner every second), so each assignment is a batch of one article, and prints how long after
the store's answer that was.
"""
import json
import pathlib
import re
import sys
import time
import urllib.request

root = pathlib.Path(__file__).resolve().parent.parent
base, metrics_url, parts = sys.argv[1], sys.argv[2], sys.argv[3:]
articles = []
for path in [root / "src/test/resources/eval/bbc100.jsonl", root / "src/test/resources/eval/cnndm100.jsonl"]:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            articles.append(json.loads(line))

TIMERS = {"nearcopies.lookup": "precis_nearcopies_lookup_seconds", "stories.profile": "precis_stories_profile_seconds",
          "stories.assign": "precis_stories_assign_seconds"}


def scrape():
    """Each timer's count, sum and histogram buckets (le -> cumulative count)."""
    text = urllib.request.urlopen(metrics_url, timeout=30).read().decode()
    found = {}
    for name, metric in TIMERS.items():
        count = sum(float(v) for v in re.findall(r"^" + metric + r"_count(?:\{[^}]*\})? (\S+)$", text, re.M))
        total = sum(float(v) for v in re.findall(r"^" + metric + r"_sum(?:\{[^}]*\})? (\S+)$", text, re.M))
        buckets = {}
        for le, v in re.findall(r"^" + metric + r'_bucket\{[^}]*le="([^"]+)"[^}]*\} (\S+)$', text, re.M):
            buckets[float(le)] = buckets.get(float(le), 0) + float(v)
        found[name] = (count, total, buckets)
    return found


def report(before, after, label, latencies):
    print(f"{label}: {len(latencies)} stores, store p50 {sorted(latencies)[len(latencies) // 2] * 1000:.1f} ms,"
          f" mean {sum(latencies) / len(latencies) * 1000:.1f} ms")
    for name in TIMERS:
        count = after[name][0] - before[name][0]
        total = after[name][1] - before[name][1]
        if count == 0:
            print(f"  {name}: no calls")
            continue
        deltas = sorted((le, after[name][2].get(le, 0) - before[name][2].get(le, 0)) for le in after[name][2])
        p50 = next((le for le, c in deltas if c >= 0.5 * count), float("inf"))
        p99 = next((le for le, c in deltas if c >= 0.99 * count), float("inf"))
        print(f"  {name}: {int(count)} calls, mean {total / count * 1000:.2f} ms, p50 <= {p50 * 1000:.2f} ms,"
              f" p99 <= {p99 * 1000:.2f} ms (histogram buckets)")


def text_of(article, part):
    if part == "all":
        return article["text"]
    sentences = re.split(r"(?<=[.!?])\s+", article["text"])
    keep = sentences[0::2] if part == "even" else sentences[1::2]
    return " ".join(keep)


for index, part in enumerate(parts):
    before = scrape()
    latencies = []
    lags = []
    for article in articles:
        body = json.dumps({"title": article["title"], "text": text_of(article, part)}).encode()
        request = urllib.request.Request(base + "/api/v1/articles", data=body, headers={"Content-Type": "application/json"})
        started = time.perf_counter()
        with urllib.request.urlopen(request, timeout=30) as answer:
            stored = json.loads(answer.read())
        answered = time.perf_counter()
        latencies.append(answered - started)
        while stored.get("storyId") is None:
            if time.perf_counter() - answered > 30:
                sys.exit(f"article {stored['id']}: no story 30 s after its store")
            time.sleep(0.005)
            with urllib.request.urlopen(base + "/api/v1/articles/" + str(stored["id"]), timeout=30) as answer:
                stored = json.loads(answer.read())
        lags.append(time.perf_counter() - answered)
    if index == len(parts) - 1:
        report(before, scrape(), f"part {part}", latencies)
        print(f"  story known after the answer: p50 {sorted(lags)[len(lags) // 2] * 1000:.0f} ms,"
              f" max {max(lags) * 1000:.0f} ms (read every 5 ms)")
