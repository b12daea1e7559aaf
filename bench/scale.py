"""Scaling benchmark: documents per second on 1 process, Spark local[1] and Spark local[2].

Usage::

    .venv/bin/python bench/scale.py                 # 20,000 generated articles, all three modes
    .venv/bin/python bench/scale.py --smoke         # 60 articles (CI / a quick check)
    .venv/bin/python bench/scale.py --docs 5000 --modes process,local1 --json

Each mode runs in its own child process over the same generated JSONL corpus, so peak memory is
per mode and Spark's JVM start-up is excluded from the rate (it is reported separately):

- ``process``: :func:`rasid.readers.analyze_record` in a loop (what ``rasid analyze`` does), after
  :func:`rasid.pipeline.warm_up`; peak RSS of that process.
- ``local1`` / ``local2``: ``rasid spark`` (:func:`rasid.spark.job.run_job`) end to end — read JSONL,
  analyse, write every Parquet table — with ``--partitions`` (default 8) partitions; peak RSS per
  Python worker as reported by the workers themselves.

The peer figure is the 1-process rate: Spark local[1] ÷ process gives the job's overhead, and
local[2] ÷ (2 × local[1]) the scaling efficiency. From the measured per-core rate the script prints
an estimate of the cluster size and wall-clock hours for 10 million articles.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
TARGET_DOCS = 10_000_000


def _generated_texts(n: int, seed: int) -> list[str]:
    """Raw article texts from the throughput benchmark's generator (scraped-style noise included)."""
    sys.path.insert(0, str(HERE))
    try:
        from throughput import make_corpus  # the shared generator of bench/throughput.py
    finally:
        sys.path.pop(0)
    return make_corpus(n, seed=seed)


def write_corpus(path: Path, n: int, seed: int) -> Path:
    """A JSONL article set (``id``, ``source``, ``published``, ``raw``) of ``n`` generated articles."""
    rng = random.Random(seed)
    texts = _generated_texts(n, seed)
    outlets = ["wire-a", "daily-b", "site-c", "tv-d", None]
    with path.open("w", encoding="utf-8") as fh:
        for i, raw in enumerate(texts):
            rec = {"id": f"gen-{i:06d}", "source": rng.choice(outlets),
                   "published": f"20{rng.randint(14, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                   "raw": raw}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def worker_process(corpus: Path) -> dict:
    from rasid.pipeline import warm_up
    from rasid.readers import ArticleRecord, analyze_record, read_path

    t0 = time.perf_counter()
    warm_up()
    warm = time.perf_counter() - t0
    records = [r for r in read_path(corpus) if isinstance(r, ArticleRecord)]
    t1 = time.perf_counter()
    n = 0
    for rec in records:
        analyze_record(rec)
        n += 1
    secs = time.perf_counter() - t1
    return {"mode": "process", "docs": n, "seconds": secs, "docs_per_s": n / secs, "warm_up_s": warm,
            "peak_rss_mb": {"process": _peak_rss_mb()}}


def worker_spark(corpus: Path, master: str, partitions: int) -> dict:
    from rasid.spark.job import build_session, run_job

    t0 = time.perf_counter()
    spark = build_session(master, app=f"rasid-bench-{master}")
    spark.sparkContext.setLogLevel("ERROR")
    startup = time.perf_counter() - t0
    with tempfile.TemporaryDirectory(prefix="rasid-scale-") as out:
        try:
            summary = run_job(spark, str(corpus), out, partitions=partitions)
        finally:
            spark.stop()
    secs = summary["seconds"]
    return {"mode": master, "docs": summary["documents"], "seconds": secs, "docs_per_s": summary["documents"] / secs,
            "jvm_start_s": startup, "errors": summary["errors"], "partitions": summary["partitions"],
            "analysis_docs_per_s_per_worker": summary["documents"] / max(summary["analysis_seconds"], 1e-9),
            "peak_rss_mb": {str(k): v for k, v in summary["worker_peak_rss_mb"].items()}}


def run_mode(mode: str, corpus: Path, partitions: int) -> dict:
    """Run one mode in a child process and return its JSON result."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", mode, "--corpus", str(corpus),
           "--partitions", str(partitions)]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"{mode} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def estimate(per_core_rate: float, efficiency: float, worker_mb: float) -> list[str]:
    """Cluster size and hours for TARGET_DOCS from a measured per-core rate and scaling efficiency.

    Two bounds: the efficiency measured here (on a small, possibly shared machine, where the driver
    JVM and other processes compete with the workers) and 0.8, typical of dedicated executors on a
    CPU-bound, shuffle-free job like this one.
    """
    lines = []
    mem = worker_mb * 16 / 1024
    for label, eff in (("measured", max(0.05, min(1.0, efficiency))), ("dedicated executors", 0.8)):
        core_hours = TARGET_DOCS / per_core_rate / 3600 / eff
        lines.append(f"10M articles, {label} efficiency {eff:.0%}: ≈ {core_hours:,.0f} core-hours "
                     f"at {per_core_rate:.1f} docs/s per core")
        for nodes, cores in ((4, 8), (10, 16), (25, 16), (50, 16)):
            lines.append(f"  {nodes:>3} nodes × {cores} cores: {core_hours / (nodes * cores):6.1f} h wall clock")
    lines.append(f"Memory: ≈ {worker_mb:.0f} MB per Python worker → ≈ {mem:.1f} GB of Python memory per 16-core "
                 f"executor (spark.executor.pyspark.memory ≈ {worker_mb * 1.5:.0f}m per core) plus the JVM heap.")
    return lines


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--docs", type=int, default=20_000)
    p.add_argument("--smoke", action="store_true", help="60 articles: checks the benchmark runs")
    p.add_argument("--modes", default="process,local1,local2")
    p.add_argument("--partitions", type=int, default=8)
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--json", action="store_true")
    p.add_argument("--worker", help=argparse.SUPPRESS)
    p.add_argument("--corpus", type=Path, help="reuse a JSONL corpus instead of generating one")
    args = p.parse_args(argv)

    if args.worker:
        if args.worker == "process":
            res = worker_process(args.corpus)
        else:
            res = worker_spark(args.corpus, f"local[{args.worker.removeprefix('local')}]", args.partitions)
        print(json.dumps(res))
        return 0

    n = 60 if args.smoke else args.docs
    modes = [m.strip() for m in args.modes.split(",") if m.strip()]
    with tempfile.TemporaryDirectory(prefix="rasid-scale-corpus-") as tmp:
        corpus = args.corpus or write_corpus(Path(tmp) / "corpus.jsonl", n, args.seed)
        n_docs = sum(1 for _ in corpus.open(encoding="utf-8"))
        results = {m: run_mode(m, corpus, 2 if args.smoke else args.partitions) for m in modes}

    report = {"docs": n_docs, "machine": f"{platform.processor() or platform.machine()}, {os.cpu_count()} CPUs",
              "load_average": os.getloadavg(), "results": results}
    rate = {m: r["docs_per_s"] for m, r in results.items()}
    if "process" in rate and "local1" in rate:
        report["spark_local1_over_process"] = rate["local1"] / rate["process"]
    if "local1" in rate and "local2" in rate:
        report["scaling_efficiency_local2"] = rate["local2"] / (2 * rate["local1"])
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    print(f"corpus: {n_docs} generated articles; machine: {report['machine']}; "
          f"load average {', '.join(f'{x:.1f}' for x in report['load_average'])}")
    for m, r in results.items():
        rss = ", ".join(f"{v:.0f}" for v in r["peak_rss_mb"].values())
        extra = f", JVM start {r['jvm_start_s']:.1f}s" if "jvm_start_s" in r else f", warm-up {r['warm_up_s']:.1f}s"
        print(f"  {m:<8} {r['docs_per_s']:8.1f} docs/s  ({r['docs']} docs in {r['seconds']:.1f}s{extra}); "
              f"peak RSS per worker MB: {rss}")
    if "spark_local1_over_process" in report:
        print(f"  Spark local[1] / 1 process: {report['spark_local1_over_process']:.2f}")
    if "scaling_efficiency_local2" in report:
        print(f"  scaling efficiency local[2] over local[1]: {report['scaling_efficiency_local2']:.2f}")
    # steady state per core: Spark local[1] end to end once the corpus amortises start-up and
    # per-table writes (≥ 5,000 docs), else the 1-process rate
    per_core = rate.get("local1") if n_docs >= 5000 and "local1" in rate else rate.get("process")
    if per_core:
        print(f"estimate from {'Spark local[1]' if per_core == rate.get('local1') else '1-process'} rate:")
        worker_mb = max(max(r["peak_rss_mb"].values()) for r in results.values())
        for line in estimate(per_core, report.get("scaling_efficiency_local2", 0.9), worker_mb):
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
