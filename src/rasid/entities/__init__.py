"""Stage `entities` (being built: see its issue)."""

from rasid.model import Document


def run(doc: Document) -> None:
    return None
