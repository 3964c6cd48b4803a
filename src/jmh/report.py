#!/usr/bin/python3
"""Tables and a plot from the JMH results of the engine's benchmarks.

    /usr/bin/python3 src/jmh/report.py [target/jmh-results.json] [docs/benchmarks.png]

Prints Markdown tables (time per article, articles per second, times the floor; time against
article length) and draws the PNG: throughput of each algorithm next to the floor, on one and two
threads, and time per article against article length. Needs Debian's python3-matplotlib.
"""
import json
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

results_file = sys.argv[1] if len(sys.argv) > 1 else "target/jmh-results.json"
png_file = sys.argv[2] if len(sys.argv) > 2 else "docs/benchmarks.png"
PIPELINES = ["floor", "news-centrality", "textrank", "lexrank", "luhn", "lead"]

with open(results_file, encoding="utf-8") as f:
    results = json.load(f)


def score(benchmark, pipeline, length=None):
    """Microseconds per article per thread, its 99.9% error, and the threads it ran on."""
    for r in results:
        params = r.get("params", {})
        if r["benchmark"].endswith(benchmark) and params.get("pipeline") == pipeline \
                and (length is None or params.get("length") == str(length)):
            assert r["primaryMetric"]["scoreUnit"] == "us/op", r["primaryMetric"]["scoreUnit"]
            return r["primaryMetric"]["score"], r["primaryMetric"]["scoreError"], r["threads"]
    return None


def articles_per_second(s):
    return s[2] * 1e6 / s[0]


print("| pipeline | 1 thread: µs/article | 1 thread: articles/s | × floor | 2 threads: µs/article | 2 threads: articles/s |")
print("|---|---:|---:|---:|---:|---:|")
floor = score("ArticleBenchmark.oneThread", "floor")
one, two = [], []
for p in PIPELINES:
    a = score("ArticleBenchmark.oneThread", p)
    b = score("ArticleBenchmark.twoThreads", p)
    one.append(articles_per_second(a) if a else 0)
    two.append(articles_per_second(b) if b else 0)
    if a and b:
        print(f"| {p} | {a[0]:.1f} ± {a[1]:.1f} | {articles_per_second(a):,.0f} | {a[0] / floor[0]:.2f} "
              f"| {b[0]:.1f} ± {b[1]:.1f} | {articles_per_second(b):,.0f} |")

lengths = [1, 4, 16]
print()
print("| pipeline | " + " | ".join(f"{n}×: µs/article" for n in lengths) + " | 16× / 1× |")
print("|---|" + "---:|" * (len(lengths) + 1))
by_length = {}
for p in PIPELINES:
    values = [score("ArticleLengthBenchmark.summarize", p, n) for n in lengths]
    if all(values):
        by_length[p] = [v[0] for v in values]
        print(f"| {p} | " + " | ".join(f"{v[0]:,.1f}" for v in values) + f" | {values[-1][0] / values[0][0]:.1f} |")

fig, (left, right) = plt.subplots(1, 2, figsize=(13, 5))
x = range(len(PIPELINES))
width = 0.38
left.bar([i - width / 2 for i in x], one, width, label="1 thread", color="#4c72b0")
left.bar([i + width / 2 for i in x], two, width, label="2 threads", color="#dd8452")
left.set_xticks(list(x))
left.set_xticklabels(PIPELINES, rotation=20)
left.set_ylabel("articles per second")
left.set_title("Development-set articles: each algorithm against the floor\n(floor: sentences and words only)")
left.axhline(5000, color="grey", linestyle=":", linewidth=1)
left.text(len(PIPELINES) - 0.5, 5000, " 5,000/s", va="bottom", ha="right", color="grey", fontsize=8)
left.legend()
for p, values in by_length.items():
    right.plot(lengths, values, marker="o", label=p, linewidth=2.5 if p in ("floor", "news-centrality") else 1.2)
right.plot(lengths, [by_length.get("news-centrality", [1])[0] * n for n in lengths], color="grey", linestyle=":",
           label="linear from news-centrality at 1×")
right.set_xscale("log", base=2)
right.set_yscale("log")
right.set_xticks(lengths)
right.set_xticklabels([f"{n}×" for n in lengths])
right.set_xlabel("article length (development-set articles joined)")
right.set_ylabel("µs per article (one thread)")
right.set_title("Time per article against article length")
right.legend(fontsize=8)
fig.tight_layout()
fig.savefig(png_file, dpi=110)
print(f"\nplot written to {png_file}")
