"""Which analysis modules run compiled, and a guard against stale compiled code.

``pip install`` compiles the per-word stage modules listed in :data:`COMPILED` to C extensions with
mypyc (see ``setup.py``): the same typed Python, run about twice as fast. An extension module
(``events.cpython-311-….so``) is preferred by Python's importer over ``events.py`` in the same
folder, so after an edit of ``events.py`` in an editable checkout the *old* compiled code would run
and the edit would silently have no effect. :func:`install_guard` prevents that: when any compiled
module is older than its source, every module of the group is imported from its ``.py`` file
instead (all or none, because compiled modules call each other directly), with one warning telling
how to rebuild. Nothing here runs when nothing was compiled. ``RASID_PURE_PYTHON=1`` at run time
also routes the group to its sources (that is how the tests compare compiled and pure output).
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import os
import sys
import warnings
from pathlib import Path
from types import ModuleType

#: modules compiled by setup.py (this tuple is also the build's list)
COMPILED: tuple[str, ...] = (
    "rasid.layers",
    "rasid.arabic",
    "rasid.textmap",
    "rasid.numbers",
    "rasid.clean",
    "rasid.segment",
    "rasid.entities",
    "rasid.entities.tokens",
    "rasid.entities.matcher",
    "rasid.entities.namefinder",
    "rasid.entities.link",
    "rasid.entities.kb",
    "rasid.entities.lexicon",
    "rasid.quantities",
    "rasid.times",
    "rasid.quotes",
    "rasid.events",
    "rasid.discourse",
    "rasid.link",
    "rasid.pubdate",
)

#: a source edited this long after the build counts as newer (unpacking a wheel writes the ``.py``
#: and ``.so`` files moments apart, in any order)
_SLACK_SECONDS = 2.0

_PACKAGE_DIR = Path(__file__).resolve().parent


def source_path(module: str, root: Path | None = None) -> Path:
    """``rasid.entities`` → ``…/rasid/entities/__init__.py``; ``rasid.events`` → ``…/rasid/events.py``."""
    base = (root or _PACKAGE_DIR.parent).joinpath(*module.split("."))
    return base / "__init__.py" if base.is_dir() else base.with_suffix(".py")


def _extension_path(module: str) -> Path | None:
    src = source_path(module)
    stem = "__init__" if src.name == "__init__.py" else src.stem
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        candidate = src.with_name(stem + suffix)
        if candidate.exists():
            return candidate
    return None


def status() -> str:
    """``"compiled"``, ``"pure"`` (nothing compiled, or RASID_PURE_PYTHON=1) or ``"stale"`` (sources
    changed after the build: run as Python)."""
    if os.environ.get("RASID_PURE_PYTHON") == "1":
        return "pure"
    if _guard.active:
        return "stale"
    extensions = [_extension_path(m) for m in COMPILED]
    return "compiled" if any(extensions) else "pure"


def stale_modules() -> list[str]:
    """Compiled modules whose source changed after the build (or that have no extension at all)."""
    found = {m: _extension_path(m) for m in COMPILED}
    if not any(found.values()):
        return []
    out = []
    for module, ext in found.items():
        if ext is None or source_path(module).stat().st_mtime > ext.stat().st_mtime + _SLACK_SECONDS:
            out.append(module)
    return out


class _SourceFirst:
    """A meta-path finder that loads the compiled group's modules from their ``.py`` files."""

    def __init__(self) -> None:
        self.active = False

    def find_spec(self, fullname: str, path: object = None, target: ModuleType | None = None) \
            -> importlib.machinery.ModuleSpec | None:
        if not self.active or fullname not in COMPILED:
            return None
        src = source_path(fullname)
        locations = [str(src.parent)] if src.name == "__init__.py" else None
        return importlib.util.spec_from_file_location(fullname, src, submodule_search_locations=locations)


_guard = _SourceFirst()


def _activate() -> None:
    _guard.active = True
    if _guard not in sys.meta_path:
        sys.meta_path.insert(0, _guard)


def install_guard() -> None:
    """Run stale compiled modules as Python (see the module docstring); called by ``rasid``."""
    if os.environ.get("RASID_PURE_PYTHON") == "1":
        _activate()
        return
    stale = stale_modules()
    if not stale:
        return
    _activate()
    warnings.warn(
        f"rasid: {len(stale)} compiled module(s) are older than their source ({', '.join(stale[:3])}"
        f"{', …' if len(stale) > 3 else ''}); running the Python sources (slower). Rebuild with "
        "`pip install -e .` (or set RASID_PURE_PYTHON=1 when installing to skip compilation).",
        RuntimeWarning, stacklevel=2)
