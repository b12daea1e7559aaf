"""Build hook: compiles the analysis stages to C extensions with mypyc (pure Python otherwise).

All metadata lives in pyproject.toml. The stage modules are typed Python; mypyc turns them into C
extensions that run the same code about twice as fast (rasid's per-word rule loops are interpreter-
bound). ``RASID_PURE_PYTHON=1`` skips the compilation: then the ``.py`` files are used as they are,
which is also what happens automatically when a source file changed after the last build (see
``rasid/_native.py``).
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext

HERE = Path(__file__).resolve().parent


def _compiled_sources() -> list[str]:
    """src/ paths of the modules listed in rasid/_native.py (the one list, read without importing rasid)."""
    spec = importlib.util.spec_from_file_location("_rasid_native_list", HERE / "src" / "rasid" / "_native.py")
    assert spec is not None and spec.loader is not None
    native = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(native)
    return [str(native.source_path(m, HERE / "src").relative_to(HERE)) for m in native.COMPILED]


def _ext_modules() -> list:
    if os.environ.get("RASID_PURE_PYTHON") == "1":
        return []
    from mypyc.build import mypycify

    # mypy names each module from its package root (src/), so src/rasid/events.py is rasid.events
    return mypycify(["--ignore-missing-imports", "--follow-imports=silent", *_compiled_sources()],
                    opt_level="3", group_name="rasid_native", multi_file=True)


class ParallelBuildExt(build_ext):
    """``build_ext`` compiling the C files of the group on every core (mypyc's multi_file output)."""

    def finalize_options(self) -> None:
        super().finalize_options()
        if not self.parallel:
            self.parallel = os.cpu_count() or 1


setup(ext_modules=_ext_modules(), cmdclass={"build_ext": ParallelBuildExt})
