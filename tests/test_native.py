"""The mypyc-compiled stage modules: same output as the Python sources, and never stale.

``pip install`` compiles the modules of ``rasid._native.COMPILED``; these tests check that the
compiled build and the pure-Python sources analyse articles identically, that a source edited
after the build makes rasid fall back to the sources (with a warning) instead of running old
code, and, where the install is expected to be compiled (``scripts/test.sh`` sets
``RASID_EXPECT_COMPILED=1`` when ``scripts/install.sh`` recorded a compiled build),
that it is.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from rasid import _native

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"

#: analyses every sample and fixture article and prints one JSON line per document
_DUMP = r"""
import json, sys
from pathlib import Path
import rasid
from rasid import _native
root = Path(sys.argv[1])
paths = sorted((root / "samples").glob("*.jsonl")) + sorted((root / "tests" / "fixtures").glob("*/articles.jsonl"))
print(_native.status())
for path in paths:
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            rec = json.loads(line)
        except ValueError:
            continue
        text = rec.get("raw") or rec.get("text")
        if isinstance(text, str) and text:
            doc = rasid.analyze(text, published=rec.get("published"))
            print(json.dumps(doc.to_dict(), ensure_ascii=False, sort_keys=True, default=str))
"""


def _run(env_extra: dict[str, str], src: Path = SRC, code: str = _DUMP) -> list[str]:
    env = {**os.environ, **env_extra, "PYTHONPATH": str(src)}
    out = subprocess.run([sys.executable, "-c", code, str(ROOT)], capture_output=True, text=True,
                         env=env, check=True, timeout=600)
    return out.stdout.splitlines()


def test_status_is_known() -> None:
    assert _native.status() in ("compiled", "pure", "stale")


def test_compiled_where_expected() -> None:
    if os.environ.get("RASID_EXPECT_COMPILED") != "1":
        pytest.skip("RASID_EXPECT_COMPILED is unset: a pure-Python install is fine here")
    assert _native.status() == "compiled", _native.stale_modules()


def test_every_listed_module_has_a_source() -> None:
    for module in _native.COMPILED:
        assert _native.source_path(module).is_file(), module


def test_compiled_and_pure_python_agree() -> None:
    if _native.status() != "compiled":
        pytest.skip(f"the stage modules are not compiled here ({_native.status()})")
    compiled = _run({})
    pure = _run({"RASID_PURE_PYTHON": "1"})
    assert compiled[0] == "compiled" and pure[0] == "pure"
    assert len(compiled) == len(pure) > 20
    for a, b in zip(compiled[1:], pure[1:], strict=True):
        if a != b:
            da, db = json.loads(a), json.loads(b)
            diff = [k for k in da if da[k] != db.get(k)]
            pytest.fail(f"compiled and pure output differ in {diff} of {da.get('id')}")


def test_stale_build_runs_the_sources(tmp_path: Path) -> None:
    if _native.status() != "compiled":
        pytest.skip(f"the stage modules are not compiled here ({_native.status()})")
    copy = tmp_path / "src"
    shutil.copytree(SRC, copy, copy_function=shutil.copy2)  # keeps mtimes: the copy is "built"
    events_py = copy / "rasid" / "events.py"
    built = max(p.stat().st_mtime for p in events_py.parent.glob("events.*.so"))
    later = built + 60
    os.utime(events_py, (later, later))  # an edit after the build
    code = ("import warnings, sys\nwarnings.simplefilter('always')\nimport rasid, rasid.events, rasid.quotes\n"
            "from rasid import _native\nprint(_native.status(), rasid.events.__file__, rasid.quotes.__file__)")
    env = {**os.environ, "PYTHONPATH": str(copy)}
    env.pop("RASID_PURE_PYTHON", None)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                         check=True, timeout=120)
    status, events_file, quotes_file = out.stdout.split()
    assert status == "stale"
    assert events_file.endswith("events.py") and quotes_file.endswith("quotes.py")  # all or none
    assert "older than their source" in out.stderr and "rasid.events" in out.stderr
