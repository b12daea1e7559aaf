"""``rasid spark INPUT OUTPUT [--partitions N]``: the batch job on Spark (local mode by default).

Reads a JSONL or Parquet article set (local path or Hadoop URI), analyses every article with the
same code as ``rasid analyze`` and writes the Parquet tables documents, sentences, entities,
mentions, quantities, times, quotes, events and errors under OUTPUT. On a cluster, run
``spark-submit src/rasid/spark/job.py INPUT OUTPUT`` instead (see README).
"""

from __future__ import annotations

import argparse
import json
import sys


def run(args: argparse.Namespace) -> int:
    try:
        import pyspark  # noqa: F401
    except ImportError:
        print("rasid spark needs PySpark: pip install 'rasid[spark]' (and Java 17+)", file=sys.stderr)
        return 2
    from rasid.spark.job import build_session, run_job

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


def register(sub: argparse._SubParsersAction) -> None:
    from rasid.spark.job import add_arguments

    p = sub.add_parser("spark", help="analyse an article set with PySpark and write Parquet tables",
                       description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_arguments(p)
    p.set_defaults(func=run)
