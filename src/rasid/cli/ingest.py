"""``rasid ingest PATH... [--db FILE|URL]``: analyse articles and store them with every layer.

Each document is analysed and written in its own transaction, so an interrupted run (Ctrl-C,
``kill -9``, power loss) leaves only whole documents behind, and running the same command again
skips what is already stored (by content hash) and completes the rest. Bad input never stops the
run: every unreadable file, line or article is reported once, naming the file (and line), in the
summary at the end. The exit status is non-zero only when nothing at all could be ingested.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from rasid.model import Document


@dataclass
class IngestReport:
    """What one ingest run did: status counts and one failure message per bad input."""

    counts: Counter[str] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def stored(self) -> int:
        """Documents accounted for in the store (new, already there, or a new source of one)."""
        return self.counts["added"] + self.counts["duplicate"] + self.counts["source_added"]


def _where(obj: Any) -> str:
    path = getattr(obj, "path", None) or getattr(obj, "file", None) or "?"
    line = getattr(obj, "line", None) or getattr(obj, "lineno", None)
    return f"{path}:{line}" if line else str(path)


def describe_error(err: Any) -> str:
    """One line naming the file (and line) and the reason, for a reader's ``ReadError``."""
    msg = getattr(err, "message", None) or getattr(err, "reason", None)
    if msg is None:
        return str(err)
    where = _where(err)
    return msg if str(msg).startswith(where) else f"{where}: {msg}"


def _records(paths: list[str]) -> Iterator[Any]:
    from rasid import readers

    for p in paths:
        try:
            yield from readers.read_path(p)
        except Exception as exc:  # a reader bug must not stop the other paths
            yield RuntimeError(f"{p}: could not be read ({type(exc).__name__}: {exc})")


def _analyze(rec: Any, published: str | None) -> Document:
    from rasid import readers

    return readers.analyze_record(rec, published=published)


Outcome = tuple[str, str, Any]


def _process(item: Any, published: str | None) -> Outcome:
    """Read error or analysis of one input: ``("failed", message, None)`` or ``("ok", where, (rec, doc))``.

    Runs in the main process or in a ``--jobs`` worker; records and documents pickle.
    """
    from rasid import readers

    read_error = getattr(readers, "ReadError", ())
    if isinstance(item, Exception) or (read_error and isinstance(item, read_error)):
        return ("failed", describe_error(item), None)
    try:
        doc = _analyze(item, published)
    except Exception as exc:
        return ("failed", f"{_where(item)}: analysis failed ({type(exc).__name__}: {exc})", None)
    doc.tokens = []  # not stored; keeps the pickle from a worker small
    return ("ok", _where(item), (item, doc))


def _worker_init() -> None:
    from rasid.pipeline import warm_up

    warm_up()


def _outcomes(paths: list[str], published: str | None, jobs: int) -> Iterator[Outcome]:
    """Outcomes in input order; with ``jobs > 1`` analysis runs in a process pool (one writer stays here)."""
    if jobs <= 1:
        _worker_init()
        for item in _records(paths):
            yield _process(item, published)
        return
    import multiprocessing as mp
    from functools import partial

    # not "fork": the writer's open database connection must not be copied into the workers
    ctx = mp.get_context("forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn")
    with ctx.Pool(jobs, initializer=_worker_init) as pool:
        yield from pool.imap(partial(_process, published=published), _records(paths), chunksize=4)


def ingest(paths: list[str], db: str, *, progress: bool | None = None,
           published: str | None = None, jobs: int = 1) -> IngestReport:
    """Ingest every article under ``paths`` into the store at ``db``; see module docstring."""
    from tqdm import tqdm

    from rasid.store import open_store

    report = IngestReport()
    t0 = time.perf_counter()
    store = open_store(db)
    bar = tqdm(total=None, unit="doc", file=sys.stderr, disable=(None if progress is None else not progress),
               dynamic_ncols=True, desc="ingest")
    try:
        for status, where, payload in _outcomes(paths, published, jobs):
            if status == "failed":
                report.counts["failed"] += 1
                report.failures.append(where)
            else:
                rec, doc = payload
                try:
                    res = store.add_document(doc, source=getattr(rec, "source", None) or doc.source,
                                             url=getattr(rec, "url", None) or doc.url,
                                             external_id=getattr(rec, "id", None) or doc.id)
                    report.counts[res.status] += 1
                except Exception as exc:
                    report.counts["failed"] += 1
                    report.failures.append(f"{where}: not stored ({type(exc).__name__}: {exc})")
            bar.update(1)
            bar.set_postfix(added=report.counts["added"], dup=report.counts["duplicate"],
                            src=report.counts["source_added"], failed=report.counts["failed"], refresh=False)
    finally:
        bar.close()
        report.seconds = time.perf_counter() - t0
        store.close()
    return report


def format_report(report: IngestReport, db: str, total_docs: int | None = None) -> str:
    c = report.counts
    lines = [
        f"ingested in {report.seconds:.1f}s: {c['added']} added, {c['duplicate']} skipped as duplicates, "
        f"{c['source_added']} new sources of stored documents, {c['failed']} failed",
    ]
    if report.failures:
        lines.append("failed:")
        lines.extend(f"  {f}" for f in report.failures)
    if total_docs is not None:
        lines.append(f"database {db}: {total_docs} documents")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    from rasid.store import open_store

    report = ingest(args.paths, args.db, progress=False if args.no_progress else None, published=args.published,
                    jobs=args.jobs)
    with open_store(args.db) as store:
        total = store.count_documents()
    print(format_report(report, args.db, total))
    if report.stored == 0:
        print("nothing was ingested", file=sys.stderr)
        return 1
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("ingest", help="analyse articles and store them (SQLite file or PostgreSQL URL)",
                       description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("paths", nargs="+", metavar="PATH", help=".txt/.jsonl/.html files or directories")
    p.add_argument("--db", default="rasid.db", help="SQLite file or postgresql:// URL (default: rasid.db)")
    p.add_argument("--published", metavar="YYYY-MM-DD",
                   help="publication date for articles whose input gives none (anchors relative dates)")
    p.add_argument("--jobs", "-j", type=int, default=1,
                   help="analyse in N worker processes (the database writer stays one process)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    p.set_defaults(func=run)
