"""YAML loading for the language resources, with libyaml's C parser when it is installed.

The pure-Python loader takes ~0.3 s for the trigger lexicon alone; every CLI call, web worker and
Spark executor pays that at start-up, so all resources go through here.
"""

from __future__ import annotations

from typing import IO, Any

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(stream: str | bytes | IO[str]) -> Any:
    """``yaml.safe_load`` with the C loader when available (same safe constructor set)."""
    return yaml.load(stream, Loader=_LOADER)  # noqa: S506 - a safe loader
