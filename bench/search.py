"""Search latency: the store's Arabic full-text search against a plain SQL ``LIKE`` scan.

We build a synthetic corpus of at least 10,000 articles by recombining the sentences of the
bundled sample (``samples/``): each article takes 4–9 random sentences, a random sample title,
outlet and date. Articles are stored with their text only (no annotation layers): this measures the
search index, not the pipeline, and keeps the build to about a minute. Then every query of a fixed
Arabic set is run ``--repeat`` times through ``Store.search`` (FTS5 over normalised, clitic-split,
light-stemmed terms, ranked, with snippets and the total count) and through the naive peer a
developer would write first: ``text LIKE '%word%'`` for every query word, newest first, with a
``COUNT(*)``. We print median and p95 latency of each and their ratio, plus how many documents
each finds (the ``LIKE`` scan misses spelling variants, so it usually finds fewer).

    .venv/bin/python bench/search.py              # 10,000 articles
    .venv/bin/python bench/search.py --smoke      # 300 articles, 3 repeats (CI)
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

import sqlalchemy as sa

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
QUERIES = (
    "داعش",
    "القوات الأمريكية",
    "جنود أمريكيون في العراق",
    "الأمم المتحدة هدنة",
    "غارة جوية",
    "مخيم الهول",
    "الحوثيين صنعاء",
    "قوات الدعم السريع",
    "المساعدات الإنسانية",
    "حفتر طرابلس",
    "مقتل مدنيين",
    "رئيس الوزراء",
)
_SENT_SPLIT = re.compile(r"(?<=[.!؟?])\s+|\n+")


def sample_sentences() -> tuple[list[str], list[str], list[str]]:
    """Sentences, titles and outlets of the bundled sample (via the project's readers)."""
    from rasid import readers

    sents: list[str] = []
    titles: list[str] = []
    outlets: list[str] = []
    for rec in readers.read_path(SAMPLES):
        if isinstance(rec, readers.ReadError):
            continue
        text = getattr(rec, "text", None) or getattr(rec, "raw", "") or ""
        if "<" in text and ">" in text:  # an HTML page: take its extracted text
            ext = readers.extract_html(text)
            text = ext.text if ext is not None else ""
        sents.extend(s.strip() for s in _SENT_SPLIT.split(text) if len(s.strip()) > 25)
        if rec.title:
            titles.append(rec.title)
        if rec.source:
            outlets.append(rec.source)
    return sents, titles or ["خبر"], outlets or ["sample"]


def build_corpus(store, n: int, seed: int = 7) -> float:
    """Store ``n`` recombined articles; returns the seconds it took."""
    from rasid.model import Document, Sentence

    sents, titles, outlets = sample_sentences()
    rng = random.Random(seed)
    t0 = time.perf_counter()
    for i in range(n):
        body = "\n".join(rng.sample(sents, rng.randint(4, min(9, len(sents)))))
        title = rng.choice(titles)
        year = rng.randint(2014, 2025)
        published = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        doc = Document(raw=body, text=body, id=f"bench-{i:06d}", title=title, published=published,
                       source=rng.choice(outlets))
        doc.sentences = [Sentence(0, len(body), body)]
        store.add_document(doc, source=doc.source, external_id=doc.id)
    return time.perf_counter() - t0


def like_search(engine: sa.Engine, q: str, limit: int = 20) -> tuple[list[str], int]:
    """The naive peer: every word as ``LIKE '%word%'``, newest first, with a total count."""
    from rasid.store.schema import documents

    words = [w for w in q.split() if w]
    conds = [documents.c.text.like(f"%{w}%") for w in words]
    page = (sa.select(documents.c.id, documents.c.title, documents.c.published, documents.c.source)
            .where(*conds).order_by(documents.c.published.desc(), documents.c.id).limit(limit))
    count = sa.select(sa.func.count()).select_from(documents).where(*conds)
    with engine.connect() as conn:
        total = int(conn.execute(count).scalar_one())
        ids = [r[0] for r in conn.execute(page)]
    return ids, total


def _timed(fn, repeat: int) -> tuple[list[float], int]:
    times, total = [], 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        _, total = fn()
        times.append((time.perf_counter() - t0) * 1000)
    return times, total


def p95(values: list[float]) -> float:
    v = sorted(values)
    return v[min(len(v) - 1, int(round(0.95 * (len(v) - 1))))]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="search latency: store full-text search vs SQL LIKE scan")
    ap.add_argument("--docs", type=int, help="articles to generate (default 10,000; 300 with --smoke)")
    ap.add_argument("--repeat", type=int, default=15, help="runs per query and method (default 15)")
    ap.add_argument("--db", help="store to build/reuse (default: a temporary SQLite file)")
    ap.add_argument("--smoke", action="store_true", help="tiny run for CI: 300 articles, 3 repeats")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)
    if args.smoke:
        args.repeat = min(args.repeat, 3)
    args.docs = args.docs or (300 if args.smoke else 10_000)

    from rasid.store import open_store

    tmp = None
    if args.db:
        db = args.db
    else:
        tmp = tempfile.TemporaryDirectory(prefix="rasid-bench-")
        db = str(Path(tmp.name) / "search.db")
    store = open_store(db)
    try:
        have = store.count_documents()
        build_s = build_corpus(store, args.docs - have) if have < args.docs else 0.0
        n_docs = store.count_documents()
        for q in QUERIES:  # warm the caches of both paths once
            store.search(q)
            like_search(store.engine, q)
        fts_all: list[float] = []
        like_all: list[float] = []
        per_query = []
        for q in QUERIES:
            ft, fts_total = _timed(lambda q=q: store.search(q, limit=20), args.repeat)
            lt, like_total = _timed(lambda q=q: like_search(store.engine, q), args.repeat)
            fts_all += ft
            like_all += lt
            per_query.append({"q": q, "fts_ms": statistics.median(ft), "like_ms": statistics.median(lt),
                              "fts_hits": fts_total, "like_hits": like_total})
    finally:
        store.close()
        if tmp is not None:
            tmp.cleanup()

    fts_med, like_med = statistics.median(fts_all), statistics.median(like_all)
    result = {
        "documents": n_docs, "build_seconds": round(build_s, 1), "queries": len(QUERIES), "repeat": args.repeat,
        "fts_median_ms": round(fts_med, 3), "fts_p95_ms": round(p95(fts_all), 3),
        "like_median_ms": round(like_med, 3), "like_p95_ms": round(p95(like_all), 3),
        "speedup_median": round(like_med / fts_med, 2) if fts_med else None,
        "speedup_p95": round(p95(like_all) / p95(fts_all), 2) if p95(fts_all) else None,
        "fts_hits": sum(x["fts_hits"] for x in per_query), "like_hits": sum(x["like_hits"] for x in per_query),
        "per_query": per_query,
    }
    if args.json:
        json.dump(result, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    print(f"search over {n_docs:,} articles (built in {build_s:.1f} s), {len(QUERIES)} queries × {args.repeat} runs")
    print(f"{'query':<28} {'fts ms':>8} {'like ms':>8} {'fts hits':>9} {'like hits':>9}")
    for x in per_query:
        print(f"{x['q']:<28} {x['fts_ms']:>8.2f} {x['like_ms']:>8.2f} {x['fts_hits']:>9} {x['like_hits']:>9}")
    print(f"store search   median {fts_med:8.2f} ms   p95 {p95(fts_all):8.2f} ms")
    print(f"SQL LIKE scan  median {like_med:8.2f} ms   p95 {p95(like_all):8.2f} ms")
    print(f"ratio LIKE/search: median ×{result['speedup_median']}, p95 ×{result['speedup_p95']}; "
          f"hits {result['fts_hits']} vs {result['like_hits']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
