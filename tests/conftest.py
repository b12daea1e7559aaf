"""Shared fixtures. Tests that read ../shared skip with a clear message where it is absent."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("RASID_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpus" / "articles.jsonl"
EVAL = SHARED / "eval"


def need_shared(*parts: str) -> Path:
    """Path inside ../shared, or skip the test with the reason."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared is only on CI and developer machines)")
    return path


@pytest.fixture(scope="session")
def shared_articles() -> list[dict]:
    path = need_shared("corpus", "articles.jsonl")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session")
def gold_docs() -> dict[str, dict]:
    gold = need_shared("eval", "gold")
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(gold.glob("*.json"))}


@pytest.fixture(scope="session")
def analyzed_shared(shared_articles) -> list[dict]:
    """The contract JSON of the five shared articles, analysed once per test session."""
    import rasid

    return [rasid.analyze(a.get("raw") or a.get("text") or "", published=a.get("published"),
                          source=a.get("source"), title=a.get("title"), id=a["id"]).to_dict()
            for a in shared_articles]


@pytest.fixture(scope="session")
def shared_scores(analyzed_shared, tmp_path_factory) -> dict:
    """The shared scorer's figures on the five articles (score.py run in-process)."""
    import importlib.util

    score_py = need_shared("eval", "score.py")
    spec = importlib.util.spec_from_file_location("rasid_shared_score", score_py)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out = tmp_path_factory.mktemp("score") / "out.jsonl"
    out.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in analyzed_shared) + "\n", encoding="utf-8")
    return module.evaluate(out, score_py.parent / "gold")
