"""``rasid spark INPUT OUTPUT [--partitions N]``: the batch job on Spark (local mode by default).

Reads a JSONL or Parquet article set (local path or Hadoop URI), analyses every article with the
same code as ``rasid analyze`` and writes the Parquet tables documents, sentences, entities,
mentions, quantities, times, quotes, events and errors under OUTPUT. On a cluster, run
``spark-submit src/rasid/spark/job.py INPUT OUTPUT`` instead (see README).
"""

from __future__ import annotations

import argparse
import sys


def run(args: argparse.Namespace) -> int:
    try:
        import pyspark  # noqa: F401
    except ImportError:
        print("rasid spark needs PySpark: pip install 'rasid[spark]' (and Java 17+)", file=sys.stderr)
        return 2
    from rasid.spark.job import run_from_args

    return run_from_args(args)


def register(sub: argparse._SubParsersAction) -> None:
    from rasid.spark.job import add_arguments

    p = sub.add_parser("spark", help="analyse an article set with PySpark and write Parquet tables",
                       description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_arguments(p)
    p.set_defaults(func=run)
