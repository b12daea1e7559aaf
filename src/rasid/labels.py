"""Arabic display labels for the closed vocabularies (data in ``data/labels_ar.yaml``)."""

from __future__ import annotations

from functools import cache
from importlib import resources

from rasid.yamlload import safe_load


@cache
def labels() -> dict[str, dict[str, str]]:
    text = resources.files("rasid").joinpath("data/labels_ar.yaml").read_text(encoding="utf-8")
    return safe_load(text)


def label(group: str, key: str | None) -> str:
    if key is None:
        return ""
    return labels().get(group, {}).get(key, key)
