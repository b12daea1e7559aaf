"""The PySpark batch job: article sets in, the rasid tables out as Parquet.

Input is JSONL (one article object per line, the ``rasid analyze`` input format) or Parquet with the
same fields (``id``, ``source``, ``published``, ``title``, ``url`` and one of ``raw``/``text``/``html``),
on a local path or any Hadoop-compatible URI (``hdfs://``, ``s3a://`` ...). Each partition is analysed
by the very same code as ``rasid analyze`` (:func:`rasid.readers.record_from_obj` then
:func:`rasid.readers.analyze_record`), after :func:`rasid.pipeline.warm_up` has built the KB automaton
and lexicons — once per Python worker, since workers are reused across tasks. The analysed documents
are flattened into the store tables (:func:`rasid.store.rows.document_rows`) and written, partitioned by
a doc-id hash bucket, to ``OUTPUT/<table>/bucket=N/``. ``rasid load OUTPUT --db ...`` imports them.

Run it with ``rasid spark INPUT OUTPUT`` (local mode by default) or ``spark-submit`` this file.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

from rasid.spark.tables import TABLES, bucket_of, columns, to_record


def _jsonable(obj: dict[str, Any]) -> dict[str, Any]:
    return {k: (v.isoformat() if isinstance(v, date | datetime) else v) for k, v in obj.items()}


def analyze_partition(items: Iterator[tuple[str, Any]], buckets: int) -> Iterator[str]:
    """Analyse one partition of ``(input file, JSON line or row dict)``; yields JSON strings.

    Each output is ``{"kind": "doc", "rows": ...}``, ``{"kind": "error", ...}`` or, last, one
    ``{"kind": "metrics", ...}`` with the worker's pid, documents, seconds and peak RSS.
    """
    from rasid.pipeline import warm_up
    from rasid.readers import ReadError, analyze_record, record_from_obj
    from rasid.store.rows import document_rows

    t0 = time.perf_counter()
    warm_up()
    n = 0
    for path, payload in items:
        try:
            obj = json.loads(payload) if isinstance(payload, str) else _jsonable(payload)
        except json.JSONDecodeError as exc:
            yield json.dumps({"kind": "error", "path": path, "message": f"invalid JSON ({exc.msg})"})
            continue
        rec = record_from_obj(obj, path)
        if isinstance(rec, ReadError):
            yield json.dumps({"kind": "error", "path": path, "message": rec.message,
                              "doc_id": obj.get("id") if isinstance(obj, dict) else None}, ensure_ascii=False)
            continue
        try:
            doc = analyze_record(rec)
        except Exception as exc:  # one failing article must not fail the job
            yield json.dumps({"kind": "error", "path": path, "doc_id": rec.id,
                              "message": f"analysis failed: {type(exc).__name__}: {exc}"}, ensure_ascii=False)
            continue
        rows = document_rows(doc.to_dict(), raw=doc.raw)
        n += 1
        yield json.dumps({"kind": "doc", "bucket": bucket_of(rows["documents"][0]["id"], buckets), "rows": rows},
                         ensure_ascii=False)
    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    yield json.dumps({"kind": "metrics", "pid": os.getpid(), "docs": n, "seconds": time.perf_counter() - t0,
                      "max_rss_mb": rss_kb / 1024})


def _spark_schema(table: str) -> Any:
    from pyspark.sql import types as T

    kinds = {"str": T.StringType(), "json": T.StringType(), "int": T.LongType(), "float": T.DoubleType(),
             "bool": T.BooleanType()}
    return T.StructType([T.StructField(name, kinds[kind], True) for name, kind in columns(table)])


def _item_row(item: str) -> tuple[Any, ...]:
    """One :func:`analyze_partition` item as ``(kind, payload, records of each table...)``.

    The item is parsed once and split into every table here, so the JVM receives one row per
    document and does the per-table selection itself (instead of Python re-reading every
    document once per table). ``payload`` keeps the JSON of metrics and error items.
    """
    obj = json.loads(item)
    kind = obj["kind"]
    per_table: list[list[tuple[Any, ...]]] = [[] for _ in TABLES]
    if kind == "error":
        per_table[TABLES.index("errors")] = [
            to_record("errors", {**obj, "line": None}, bucket_of(obj.get("path") or "", 1))]
    elif kind == "doc":
        rows = obj["rows"]
        for k, table in enumerate(TABLES):
            if table == "errors":
                continue
            if table == "entities":
                per_table[k] = [to_record(table, r, bucket_of(r["id"], 1)) for r in rows["entities"]]
            else:
                per_table[k] = [to_record(table, r, obj["bucket"]) for r in rows.get(table, [])]
    return (kind, item if kind != "doc" else None, *per_table)


def _row_schema() -> Any:
    from pyspark.sql import types as T

    return T.StructType([T.StructField("kind", T.StringType(), False), T.StructField("payload", T.StringType(), True),
                         *(T.StructField(t, T.ArrayType(_spark_schema(t), False), False) for t in TABLES)])


def detect_format(path: str) -> str:
    p = path.rstrip("/")
    if p.endswith(".parquet"):
        return "parquet"
    local = Path(p[len("file://"):] if p.startswith("file://") else p)
    if "://" not in p or p.startswith("file://"):
        if local.is_dir() and any(local.rglob("*.parquet")):
            return "parquet"
    return "jsonl"


def read_items(spark: Any, input_path: str, input_format: str = "auto") -> Any:
    """RDD of ``(input file URI, JSON line or row dict)`` for a JSONL or Parquet article set."""
    from pyspark.sql import functions as F

    fmt = detect_format(input_path) if input_format == "auto" else input_format
    if fmt == "parquet":
        df = spark.read.parquet(input_path).withColumn("_file", F.input_file_name())
        cols = [c for c in df.columns if c != "_file"]
        return df.rdd.map(lambda r: (r["_file"], {c: r[c] for c in cols}))
    df = spark.read.text(input_path).withColumn("_file", F.input_file_name())
    return df.rdd.map(lambda r: (r["_file"], r["value"])).filter(lambda fv: fv[1] and fv[1].strip())


def run_job(spark: Any, input_path: str, output: str, *, partitions: int | None = None,
            input_format: str = "auto", buckets: int = 8) -> dict[str, Any]:
    """Analyse ``input_path`` and write the tables under ``output``; returns a run summary."""
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    t0 = time.perf_counter()
    items = read_items(spark, input_path, input_format)
    if partitions:
        items = items.repartition(partitions)
    n_buckets = buckets
    analysed = items.mapPartitions(lambda it: (_item_row(s) for s in analyze_partition(it, n_buckets)))
    # one row per document with every table's records; cached on the JVM side, so each table
    # below is a column selection there and Python analyses and converts each document once
    rows = spark.createDataFrame(analysed, _row_schema()).persist(StorageLevel.MEMORY_AND_DISK)
    try:
        for table in TABLES:
            out_df = rows.select(F.explode(table).alias("r")).select("r.*")
            if table == "entities":
                out_df = out_df.dropDuplicates(["id"])
            (out_df.write.mode("overwrite").partitionBy("bucket")
             .parquet(f"{output.rstrip('/')}/{table}"))
        metrics = [json.loads(r.payload) for r in rows.filter(F.col("kind") == "metrics").select("payload").collect()]
        n_errors = rows.filter(F.col("kind") == "error").count()
    finally:
        rows.unpersist()
    docs = sum(m["docs"] for m in metrics)
    workers: dict[int, float] = {}
    for m in metrics:
        workers[m["pid"]] = max(workers.get(m["pid"], 0.0), m["max_rss_mb"])
    return {"documents": docs, "errors": n_errors, "seconds": time.perf_counter() - t0,
            "partitions": len(metrics), "analysis_seconds": sum(m["seconds"] for m in metrics),
            "worker_peak_rss_mb": workers, "output": output}


def build_session(master: str | None = None, app: str = "rasid") -> Any:
    """A SparkSession; outside spark-submit it runs in local mode with this interpreter as worker."""
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName(app)
    under_submit = "PYSPARK_GATEWAY_PORT" in os.environ  # spark-submit started us: keep its master
    if not under_submit:
        # local mode: the workers must run this very interpreter (the one rasid is installed in)
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
        builder = builder.master(master or "local[*]")
    elif master:
        builder = builder.master(master)
    builder = (builder.config("spark.ui.enabled", "false")
               .config("spark.sql.session.timeZone", "UTC")
               .config("spark.python.worker.reuse", "true"))
    return builder.getOrCreate()


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("input", metavar="INPUT", help="JSONL or Parquet article set (path or Hadoop URI)")
    p.add_argument("output", metavar="OUTPUT", help="directory (or URI) for the Parquet tables")
    p.add_argument("--partitions", type=int, help="repartition the input into N partitions")
    p.add_argument("--format", dest="input_format", choices=("auto", "jsonl", "parquet"), default="auto")
    p.add_argument("--buckets", type=int, default=8, help="doc-id hash buckets in the output (default 8)")
    p.add_argument("--master", help="Spark master (default: spark-submit's, else local[*])")


def main(argv: list[str] | None = None) -> int:
    """Entry point for ``spark-submit src/rasid/spark/job.py INPUT OUTPUT``."""
    p = argparse.ArgumentParser(prog="rasid-spark", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    add_arguments(p)
    return run_from_args(p.parse_args(argv))


def run_from_args(args: argparse.Namespace) -> int:
    """Run the job for parsed :func:`add_arguments` options; print the summary (shared by
    ``spark-submit job.py`` and ``rasid spark``). Non-zero when no document was analysed."""
    spark = build_session(args.master)
    try:
        summary = run_job(spark, args.input, args.output, partitions=args.partitions,
                          input_format=args.input_format, buckets=args.buckets)
    finally:
        spark.stop()
    print(json.dumps(summary, indent=2))
    if summary["errors"]:
        print(f"{summary['errors']} inputs could not be analysed: see {args.output}/errors", file=sys.stderr)
    return 0 if summary["documents"] else 1


if __name__ == "__main__":
    sys.exit(main())
