#!/usr/bin/env python3
"""Benchmark: rasid's time extraction against dateparser's ``search_dates`` on the same texts.

Both systems read the raw article text and the same ``published`` anchor; both outputs are scored
with the shared scorer (``shared/eval/score.py``) in this run, and the speed ratio is measured on
the same machine in the same process, so the figures are comparable.

usage: python bench/times_vs_dateparser.py [--shared DIR] [--smoke] [--repeat N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from rasid import times  # noqa: E402
from rasid.model import Document  # noqa: E402


def _load_scorer(shared: Path) -> ModuleType:
    path = shared / "eval" / "score.py"
    spec = importlib.util.spec_from_file_location("shared_score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {path}")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _rasid_times(article: dict[str, Any]) -> list[dict[str, Any]]:
    text = article["raw"]
    doc = Document(raw=text, text=text, published=article.get("published"))
    anchor = dt.date.fromisoformat(article["published"]) if article.get("published") else None
    return [{"text": t.text, "start": t.start, "end": t.end, "type": t.type, "value": t.value}
            for t in times.extract(doc, anchor)]


def _dateparser_times(article: dict[str, Any]) -> list[dict[str, Any]]:
    """Exactly what shared/eval/baselines/dateparser_times.py does, in-process."""
    from dateparser.search import search_dates

    text = article["raw"]
    base = dt.datetime.fromisoformat(article["published"]) if article.get("published") else None
    settings = {"RELATIVE_BASE": base} if base else {}
    found = search_dates(text, languages=["ar"], settings=settings) or []
    out, pos = [], 0
    for surf, when in found:
        start = text.find(surf, pos)
        if start < 0:
            start = text.find(surf)
        if start < 0:
            continue
        pos = start + len(surf)
        out.append({"text": surf, "start": start, "end": start + len(surf), "type": "DATE",
                    "value": when.date().isoformat()})
    return out


def _run(fn: Any, articles: list[dict[str, Any]], repeat: int) -> tuple[list[dict[str, Any]], float]:
    docs: list[dict[str, Any]] = []
    t0 = time.process_time()
    for i in range(repeat):
        batch = []
        for a in articles:
            batch.append({"id": a["id"], "published": a.get("published"), "title": None, "text": a["raw"],
                          "entities": [], "quantities": [], "quotes": [], "events": [], "times": fn(a)})
        if i == 0:
            docs = batch
    return docs, (time.process_time() - t0) / repeat


def _score(scorer: ModuleType, docs: list[dict[str, Any]], gold_dir: Path, corpus: Path) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "sys.jsonl"
        out.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in docs) + "\n", encoding="utf-8")
        return scorer.evaluate(out, gold_dir, str(corpus))["times"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=os.environ.get("RASID_SHARED", str(ROOT.parent / "shared")))
    ap.add_argument("--smoke", action="store_true", help="two articles, one pass (a quick check)")
    ap.add_argument("--repeat", type=int, default=5, help="passes of rasid over the texts for timing")
    a = ap.parse_args(argv)
    shared = Path(a.shared)
    corpus = shared / "corpus" / "articles.jsonl"
    gold = shared / "eval" / "gold"
    if not corpus.is_file() or not gold.is_dir():
        print(f"shared data not found under {shared}", file=sys.stderr)
        return 2
    scorer = _load_scorer(shared)
    articles = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    repeat = max(1, a.repeat)
    with tempfile.TemporaryDirectory() as tmp:
        gold_dir = gold
        if a.smoke:
            articles, repeat = articles[:2], 1
            gold_dir = Path(tmp) / "gold"
            gold_dir.mkdir()
            for art in articles:
                src = gold / f"{art['id']}.json"
                if src.is_file():
                    shutil.copy(src, gold_dir / src.name)
        times.warm_up()
        ours, t_ours = _run(_rasid_times, articles, repeat)
        theirs, t_theirs = _run(_dateparser_times, articles, 1)
        s_ours = _score(scorer, ours, gold_dir, corpus)
        s_theirs = _score(scorer, theirs, gold_dir, corpus)
    n = len(articles)
    print(f"articles {n}")
    for name, s, t in (("rasid", s_ours, t_ours), ("dateparser", s_theirs, t_theirs)):
        print(f"{name:<11} times F1 {s['f1']:.3f}  P {s['p']:.3f}  R {s['r']:.3f}  value_acc {s['value_acc']:.3f}"
              f"  ({n / t if t else float('inf'):.1f} articles/s)")
    ratio = t_theirs / t_ours if t_ours else float("inf")
    print(f"speed ratio rasid/dateparser {ratio:.1f}x  F1 gain {s_ours['f1'] - s_theirs['f1']:+.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
