"""Cross-document identity for names the knowledge base does not know.

KB-linked mentions already share an id. Unseen names get a document-local id at analysis time
(``local:<slug>``); across documents they are clustered by normalised form, then by fuzzy match
(``rapidfuzz``) among names of the same type whose token counts agree (``جيمس تيري`` / ``جيمس تيرى``
/ ``جيمس تري``). A person's manual decisions win and survive re-ingest: ``merge`` maps one id onto
another, ``split`` keeps an id out of any automatic cluster.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from rasid.arabic import normalize, strip_article

FUZZY_THRESHOLD = 90


@dataclass
class Cluster:
    id: str
    type: str
    names: Counter = field(default_factory=Counter)
    members: set[str] = field(default_factory=set)   # the local ids merged here

    @property
    def name(self) -> str:
        return self.names.most_common(1)[0][0] if self.names else ""


def _form(name: str) -> str:
    return " ".join(strip_article(t) for t in normalize(name).split())


def cluster_names(mentions: Iterable[tuple[str, str, str]], *, merges: dict[str, str] | None = None,
                  splits: set[str] | None = None) -> dict[str, str]:
    """Map every entity id to its cluster id.

    ``mentions`` yields ``(entity_id, type, name)``; KB ids map to themselves. ``merges`` maps an id
    to the id it must be merged into (by hand); ids in ``splits`` are never merged automatically.
    """
    merges = merges or {}
    splits = splits or set()
    clusters: list[Cluster] = []
    by_form: dict[tuple[str, str], Cluster] = {}
    result: dict[str, str] = {}
    for ent_id, typ, name in mentions:
        if not ent_id.startswith("local:"):
            result[ent_id] = ent_id
            continue
        if ent_id in result:
            continue
        form = _form(name)
        if ent_id in splits:
            result[ent_id] = ent_id
            continue
        home = by_form.get((typ, form))
        if home is None:
            toks = len(form.split())
            for c in clusters:
                if c.type != typ or c.id in splits:
                    continue
                cform = _form(c.name)
                if len(cform.split()) == toks and toks >= 1 and fuzz.ratio(form, cform) >= FUZZY_THRESHOLD:
                    home = c
                    break
        if home is None:
            home = Cluster(id=ent_id, type=typ)
            clusters.append(home)
        home.names[name] += 1
        home.members.add(ent_id)
        by_form[(typ, form)] = home
        result[ent_id] = home.id
    # manual merges last, following chains (a→b, b→c); a merged cluster takes its members along
    def resolve(x: str) -> str:
        seen: set[str] = set()
        while x in merges and x not in seen:
            seen.add(x)
            x = merges[x]
        return x

    for src in set(result) | set(merges):
        result[src] = resolve(src) if src in merges else resolve(result.get(src, src))
    return result
