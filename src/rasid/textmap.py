"""Text that remembers where every character came from.

Cleaning deletes, inserts and replaces characters. Every later fact must point back to the raw
input, so each cleaning step works on a :class:`MappedText`: a string plus, for every character,
its offset in the original raw input. Edits compose, so after any number of steps
``raw[offsets[i]]`` is the raw character that produced ``text[i]`` (an inserted character, such as
the space that splits a glued word, points at the raw character after it).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class MappedText:
    text: str
    offsets: tuple[int, ...]  # len(text) + 1; the last entry is the raw end

    @classmethod
    def from_raw(cls, raw: str) -> MappedText:
        return cls(raw, tuple(range(len(raw) + 1)))

    def __len__(self) -> int:
        return len(self.text)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        if end <= start:
            return self.offsets[start], self.offsets[start]
        return self.offsets[start], self.offsets[end - 1] + 1

    def slice(self, start: int, end: int) -> MappedText:
        # the end offset never passes the next character's raw offset (a ligature ﻻ → لا maps two
        # cleaned characters onto one raw character)
        tail = min(self.offsets[end - 1] + 1, self.offsets[end]) if end > start else self.offsets[start]
        offs = self.offsets[start:end] + (tail,)
        return MappedText(self.text[start:end], offs)

    def edit(self, edits: Iterable[tuple[int, int, str]]) -> MappedText:
        """Apply non-overlapping edits ``(start, end, replacement)`` given in any order.

        Replacement characters map 1:1 onto the replaced characters while they last; extra
        characters (insertions) map to the raw offset of the character that follows them.
        """
        out: list[str] = []
        offs: list[int] = []
        pos = 0
        for start, end, repl in sorted(edits, key=lambda e: (e[0], e[1])):
            if start < pos:
                raise ValueError(f"overlapping edit at {start}")
            out.append(self.text[pos:start])
            offs.extend(self.offsets[pos:start])
            for i, ch in enumerate(repl):
                out.append(ch)
                offs.append(self.offsets[start + i] if start + i < end else self.offsets[end])
            pos = end
        out.append(self.text[pos:])
        offs.extend(self.offsets[pos:])
        return MappedText("".join(out), tuple(offs))

    def sub(self, pattern: str | re.Pattern[str], repl: str | Callable[[re.Match[str]], str]) -> MappedText:
        """``re.sub`` that keeps the offset map (only changed matches become edits)."""
        rx = re.compile(pattern) if isinstance(pattern, str) else pattern
        edits = []
        for m in rx.finditer(self.text):
            new = repl(m) if callable(repl) else m.expand(repl)
            if new != m.group(0):
                edits.append((m.start(), m.end(), new))
        return self.edit(edits) if edits else self

    def map_chars(self, fn: Callable[[str], str]) -> MappedText:
        """Apply a per-character rewrite (to '' to delete, or to one or more characters)."""
        edits = []
        for i, ch in enumerate(self.text):
            new = fn(ch)
            if new != ch:
                edits.append((i, i + 1, new))
        return self.edit(edits) if edits else self

    @staticmethod
    def join(parts: list[MappedText], sep: str) -> MappedText:
        """Concatenate parts with a separator; the separator maps to the start of the next part."""
        if not parts:
            return MappedText("", (0,))
        text: list[str] = []
        offs: list[int] = []
        for i, p in enumerate(parts):
            if i:
                text.append(sep)
                offs.extend([p.offsets[0]] * len(sep))
            text.append(p.text)
            offs.extend(p.offsets[:-1])
        offs.append(parts[-1].offsets[-1])
        return MappedText("".join(text), tuple(offs))
