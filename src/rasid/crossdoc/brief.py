"""A dated digest in Arabic where every line cites the sentences it rests on.

The brief is what an analyst pastes into a report: per day, the merged events (with modality, so a
pledge never reads as a deployment) and the quantity claims, each followed by footnote numbers that
resolve to the exact source sentences, outlets and publication dates.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import date

from rasid.crossdoc.timeline import Timeline
from rasid.labels import label


@dataclass
class Brief:
    title: str
    documents: int
    sections: list[tuple[str, list[tuple[str, list[int]]]]]   # (date, [(line, [footnote numbers])])
    notes: list[str] = field(default_factory=list)             # footnote texts, 1-based order

    def markdown(self) -> str:
        out = [f"# موجز: {self.title}", "",
               f"أُعدّ في {date.today().isoformat()} من {self.documents} مقالًا. كل سطر يحيل إلى جمل مصادره.", ""]
        for day, lines in self.sections:
            out.append(f"## {day}")
            out.extend(f"- {text} " + "".join(f"[^{n}]" for n in refs) for text, refs in lines)
            out.append("")
        out.append("## المصادر")
        out.extend(f"[^{i}]: {note}" for i, note in enumerate(self.notes, 1))
        return "\n".join(out) + "\n"

    def html(self) -> str:
        parts = ["<!doctype html><html lang='ar' dir='rtl'><head><meta charset='utf-8'>",
                 f"<title>موجز: {html.escape(self.title)}</title>",
                 "<style>body{font-family:sans-serif;max-width:60em;margin:auto;line-height:1.7}"
                 "sup a{text-decoration:none}.src{color:#555;font-size:.9em}</style></head><body>",
                 f"<h1>موجز: {html.escape(self.title)}</h1>",
                 f"<p>أُعدّ في {date.today().isoformat()} من {self.documents} مقالًا.</p>"]
        for day, lines in self.sections:
            parts.append(f"<h2>{html.escape(day)}</h2><ul>")
            for text, refs in lines:
                sups = "".join(f"<sup><a href='#n{n}'>[{n}]</a></sup>" for n in refs)
                parts.append(f"<li>{html.escape(text)} {sups}</li>")
            parts.append("</ul>")
        parts.append("<h2>المصادر</h2><ol class='src'>")
        parts.extend(f"<li id='n{i}'>{html.escape(note)}</li>" for i, note in enumerate(self.notes, 1))
        parts.append("</ol></body></html>")
        return "".join(parts)


def build_brief(title: str, tl: Timeline, documents: int) -> Brief:
    notes: list[str] = []
    note_index: dict[tuple[str, str], int] = {}

    def cite(doc_id: str, source: str | None, published: str | None, sentence: str) -> int:
        key = (doc_id, sentence)
        if key not in note_index:
            notes.append(f"«{sentence.strip()}» — {source or 'مصدر غير مسمى'}، {published or 'تاريخ غير معروف'} ({doc_id})")
            note_index[key] = len(notes)
        return note_index[key]

    by_day: dict[str, list[tuple[str, list[int]]]] = {}
    for row in tl.rows():
        day = row["date"] or "تاريخ غير معروف"
        if row["kind"] == "event":
            bits = [f"{label('event_types', row['type'])} ({row['type']}، {label('modalities', row['modality'])})"]
            if row.get("actor"):
                bits.append(f"الفاعل: {row['actor']}")
            if row.get("target"):
                bits.append(f"الهدف: {row['target']}")
            if row.get("location"):
                bits.append(f"المكان: {row['location']}")
            if row.get("quantity") is not None:
                bits.append(f"العدد: {row['quantity']:g}")
            bits.append(f"مصادر مستقلة: {row['independent_sources']}")
            refs = [cite(r["doc_id"], r["source"], r["published"], r["sentence"]) for r in row["reports"]]
        else:
            approx = "حوالي " if row.get("approx") else ""
            bits = [f"{label('categories', row['category'])}: {approx}{row['value']:g}",
                    f"({label('claim_kinds', row['kind'])})"]
            if row.get("owner"):
                bits.append(f"الجهة: {row['owner']}")
            if row.get("location"):
                bits.append(f"المكان: {row['location']}")
            if row.get("conflicting"):
                bits.append("⚠ يتعارض مع رقم آخر للفترة نفسها")
            refs = [cite(row["doc_id"], row["source"], row["published"], row["sentence"])]
        by_day.setdefault(day, []).append(("، ".join(bits), refs))
    return Brief(title=title, documents=documents, sections=sorted(by_day.items()), notes=notes)
