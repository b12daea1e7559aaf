"""Linking and in-document coreference for entity mentions.

* KB mentions carry the KB id, canonical Arabic name and English name.
* Unseen names get a document-local id ``local:<slug>`` built from a transliteration, so the same
  name mentioned twice shares one id, and a shorter form (``العباسي`` after ``ثابت محمد العباسي``)
  reuses the full name's id, name and English name.
* ``name_en`` of an unseen name is transliterated: given names use the spelling in the names
  lexicon (``جيمس`` → James), other words a plain letter mapping (``تيري`` → Tiri). It is a
  readable key, not a claim about the official spelling.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from rasid.arabic import normalize, strip_diacritics
from rasid.entities.lexicon import lexicon

_MAP: Final = {
    "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r", "ز": "z",
    "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "'", "غ": "gh", "ف": "f", "ق": "q",
    "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "ة": "a", "ى": "a", "ء": "'", "ؤ": "'", "ئ": "'",
    "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ٱ": "a", "پ": "p", "چ": "ch", "ڤ": "v", "گ": "g", "ک": "k",
    "ی": "i",
}
_VOWEL_OUT: Final = set("aeiou")


def transliterate_word(word: str) -> str:
    """One Arabic word in Latin letters (no short vowels are written, so this is approximate)."""
    w = strip_diacritics(word)
    en = lexicon().foreign_en.get(normalize(w))
    if en:
        return en
    prefix = ""
    if w.startswith("ال") and len(w) > 3:
        prefix, w = "al-", w[2:]
    out: list[str] = []
    for k, ch in enumerate(w):
        prev = out[-1][-1] if out and out[-1] else ""
        if ch in "وي":
            at_start = k == 0
            after_vowel = prev in _VOWEL_OUT
            if ch == "و":
                out.append("w" if at_start or after_vowel else "u")
            else:
                out.append("y" if at_start or (after_vowel and k < len(w) - 1) else "i")
        elif ch in _MAP:
            out.append(_MAP[ch])
        elif ch.isascii():
            out.append(ch)
    s = "".join(out).strip("'")
    if not s:
        return prefix.rstrip("-")
    return prefix + s[0].upper() + s[1:] if not prefix else prefix + s[0].upper() + s[1:]


@lru_cache(maxsize=16384)
def transliterate(name: str) -> str:
    """An Arabic name in Latin letters, word by word (``جيمس تيري`` → ``James Tiri``).

    Memoised: a pure function of the name, and the same unseen names recur across a news stream.
    """
    words = re.findall(r"\w+", name)
    return " ".join(t for t in (transliterate_word(w) for w in words) if t)


def slug(latin: str) -> str:
    """ASCII slug for local ids."""
    s = re.sub(r"[^a-z0-9]+", "-", latin.lower()).strip("-")
    return s or "x"


def local_id(type_: str, name: str) -> str:
    """``local:<type>:<slug>``: stable within a document for the same normalised name."""
    latin = transliterate(name)
    return f"local:{type_.lower()}:{slug(latin)}"


def title_references(text: str, ws: list, entities: list) -> list[dict]:
    """Bare titles (``وقال الجنرال:``) resolved to the person the same title introduced earlier.

    Returned as ``{"start", "end", "text", "id", "name", "name_en"}`` dicts (stored by the stage in
    ``doc.meta["entity_coref"]``), not as entity mentions: a title alone is not a name
    (ANNOTATION.md), but quotes and events need to know who "the general" is.
    """
    from rasid.entities.namefinder import _RANKS

    persons = [e for e in entities if e.type == "PERSON" and e.source != "coref"]
    if not persons:
        return []
    starts = [w.start for w in ws]
    introduced: dict[str, list] = {}
    for e in persons:
        k = _index_at(starts, e.start)
        for w in ws[max(0, k - 4):k]:
            for f in w.forms:
                if f in _RANKS:
                    introduced.setdefault(f, []).append(e)
    if not introduced:
        return []
    covered = [(e.start, e.end) for e in entities]
    out: list[dict] = []
    ranks = introduced.keys()
    for k, w in enumerate(ws):
        if ranks.isdisjoint(w.forms):
            continue
        rank = next(f for f in w.forms if f in introduced)
        if any(s <= w.start < t for s, t in covered):
            continue
        nxt = next((e for e in entities if e.start >= w.end), None)
        if nxt is not None and nxt.type == "PERSON" and _index_at(starts, nxt.start) - k <= 3:
            continue  # the title introduces a name right after it
        ante = None
        for e in introduced[rank]:
            if e.start < w.start:
                ante = e
        if ante is None:
            continue
        out.append({"start": w.start, "end": w.end, "text": text[w.start:w.end], "id": ante.id, "name": ante.name,
                    "name_en": ante.name_en})
    return out


def _index_at(starts: list[int], offset: int) -> int:
    import bisect

    return max(bisect.bisect_right(starts, offset) - 1, 0)
