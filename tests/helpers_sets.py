"""Shared machinery of the hand-annotated article sets (``fixtures/devset``, ``heldout``, ``heldout2``).

Each set is a directory with ``articles.jsonl`` and ``gold/<id>.json`` written following
``../shared/eval/ANNOTATION.md``; it is analysed by :func:`rasid.analyze` and scored by the shared
scorer itself, so the figures are comparable with the five shared articles.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

from conftest import ROOT, need_shared

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def articles(set_dir: Path) -> list[dict]:
    path = set_dir / "articles.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def shared_scorer(name: str) -> ModuleType:
    """The shared scorer, imported from ../shared so a set is scored exactly like the gold."""
    score_py = need_shared("eval", "score.py")
    spec = importlib.util.spec_from_file_location(f"rasid_shared_score_{name}", score_py)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def check_fixtures(set_dir: Path, min_articles: int, words: tuple[int, int] | None = None) -> None:
    """Every gold file belongs to an article and every annotated string occurs verbatim in it."""
    arts = {a["id"]: a for a in articles(set_dir)}
    golds = sorted((set_dir / "gold").glob("*.json"))
    assert len(golds) == len(arts) >= min_articles
    for path in golds:
        gold = json.loads(path.read_text(encoding="utf-8"))
        raw = arts[gold["id"]]["raw"]
        assert gold["published"] == arts[gold["id"]]["published"]
        if words is not None:
            assert words[0] <= len(raw.split()) <= words[1], path.name
        surfaces = [a for e in gold["entities"] for a in e["aliases"]]
        surfaces += [q["text"] for q in gold["quantities"]] + [t["text"] for t in gold["times"]]
        surfaces += [q["starts"] for q in gold["quotes"]]
        surfaces += [s for e in gold["events"] for s in (e["near"], e["trigger"])]
        surfaces += [g["glued"] for g in gold["repair"]["glued"]] + gold["repair"]["drop"] + gold["repair"]["keep"]
        missing = [s for s in surfaces if s not in raw]
        assert not missing, (path.name, missing)
        assert all(e["trigger"] in e["near"] for e in gold["events"]), path.name


def score_set(set_dir: Path, name: str, out_dir: Path) -> dict:
    """Analyse the set, score it, and write ``test-artifacts/<name>_scores.json``."""
    import rasid

    scorer = shared_scorer(name)
    docs = [rasid.analyze(a["raw"], published=a.get("published"), source=a.get("source"), id=a["id"]).to_dict()
            for a in articles(set_dir)]
    out = out_dir / "out.jsonl"
    out.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in docs) + "\n", encoding="utf-8")
    result = scorer.evaluate(out, set_dir / "gold", corpus=set_dir / "articles.jsonl")
    artifacts = Path(ROOT) / "test-artifacts"
    artifacts.mkdir(exist_ok=True)
    (artifacts / f"{name}_scores.json").write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n",
                                                 encoding="utf-8")
    return result


def report_and_check(res: dict, name: str, n_articles: int, floors: dict[str, float]) -> None:
    """Print the figures (``pytest -s`` shows them with the misses) and assert the floors."""
    for key in ("entities", "quantities", "times", "quotes", "events"):
        r = res[key]
        extra = "  ".join(f"{k} {v}" for k, v in r.items() if k.endswith("_acc"))
        print(f"{name} {key:<11} P {r['p']:.3f}  R {r['r']:.3f}  F1 {r['f1']:.3f}  {extra}")
    print(f"{name} repair", res["repair"])
    print(json.dumps(res["_details"], ensure_ascii=False, indent=1))
    assert res["documents"] == n_articles and not res["missing_documents"]
    assert res["offset_problems"] == 0, res["_details"]["offsets"]
    for key, floor in floors.items():
        assert res[key]["f1"] >= floor, (key, res[key], res["_details"][key])
