#!/usr/bin/env python3
"""Throughput of rasid's analysis, per stage set, against a plain pyarabic normalisation pass.

    .venv/bin/python bench/throughput.py [--docs 1000] [--until clean,segment|all] [--json] [--smoke]

The corpus is generated (seeded, reproducible): articles are made by recombining sentences of
the bundled samples (``samples/``) and of a small bank of sentences written for this benchmark,
then scraped-style noise is injected (glued words, misplaced tanween, tatweel, a repeated
headline, a section label, related-headline and share lines at the end), so cleaning has real
work to do. Each stage set is timed with ``rasid.analyze(..., until=STAGE)`` over the same texts
after one warm-up pass; the peer, measured in the same run over the same texts, is pyarabic's
normalisation (strip tashkeel and tatweel, normalise ligatures and hamza). The ratio is
rasid docs/s ÷ pyarabic docs/s: how much of a bare normalisation pass's speed rasid keeps while
also repairing, segmenting and (with later stages) extracting.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

# Sentences written for this benchmark (not copied from any outlet).
BANK = [
    "أعلنت وزارة الدفاع صباح اليوم بدء المرحلة الثانية من العملية العسكرية في المناطق الحدودية.",
    "وقال المتحدث باسم الوزارة إن القوات تقدمت نحو عشرة كيلومترات خلال الساعات الماضية.",
    "وأضاف أن الطيران نفذ 24 غارة على مواقع للمسلحين في الريف الشرقي.",
    "ونقلت وكالة الأنباء الرسمية عن مصدر أمني أن ثلاثة جنود أصيبوا بجروح طفيفة.",
    "وتشهد المنطقة منذ أشهر توترا متزايدا بسبب عمليات التهريب عبر الحدود.",
    "ودعت الأمم المتحدة جميع الأطراف إلى ضبط النفس وحماية المدنيين.",
    "وقال مسؤول في الخارجية الأمريكية إن واشنطن تتابع التطورات عن كثب.",
    "وأكد رئيس الوزراء في كلمة متلفزة أن الحكومة لن تسمح بعودة الجماعات المسلحة.",
    "وبحسب إحصاءات منظمة الصحة العالمية، فقد قتل أكثر من 200 شخص منذ بداية الشهر.",
    "وتعهد المانحون في مؤتمر بروكسل بتقديم 1.5 مليار دولار لدعم جهود الإغاثة.",
    "ونزحت نحو 3 آلاف عائلة من القرى المجاورة باتجاه المخيمات القريبة من العاصمة.",
    "وأشار التقرير إلى أن الهجمات تراجعت بنسبة 40% مقارنة بالعام الماضي.",
    "وكان البرلمان قد صوت الأسبوع الماضي على قانون جديد لتنظيم عمل الأجهزة الأمنية.",
    "وقالت مصادر محلية إن اشتباكات عنيفة اندلعت ليلا على أطراف المدينة.",
    "وأوضح البيان أن القوات ضبطت مخزنا للأسلحة يحتوي على صواريخ وعبوات ناسفة.",
    "وطالب المجلس المحلي بإرسال تعزيزات عاجلة لتأمين الطريق الدولي.",
    "ومن المقرر أن يزور وفد أممي المنطقة خلال الأيام المقبلة لتقييم الأوضاع الإنسانية.",
    "وقال قائد العمليات «نحن مستعدون للدفاع عن المدينة مهما كلف الأمر».",
    "وأفاد مراسلون بسماع دوي انفجارات متتالية في محيط المطار.",
    "وتتهم الحكومة أطرافا خارجية بدعم المسلحين بالمال والسلاح.",
    "ورحبت الجامعة العربية بالاتفاق ودعت إلى تنفيذه دون تأخير.",
    "وأعلن التحالف الدولي أنه سيواصل دعم القوات المحلية بالتدريب والاستشارة.",
    "وذكرت وسائل إعلام محلية أن المفاوضات استؤنفت في العاصمة القطرية الدوحة.",
    "وشدد الوزير على أن انسحاب القوات الأجنبية سيتم وفق جدول زمني متفق عليه.",
    "وقدرت الحكومة خسائر البنية التحتية بأكثر من مليار دولار.",
]
HEADLINES = [
    "القوات الحكومية تبدأ عملية عسكرية واسعة على الحدود",
    "الأمم المتحدة تدعو إلى هدنة إنسانية عاجلة",
    "مقتل وإصابة العشرات في هجوم على سوق شعبية",
    "البرلمان يصوت على إنهاء وجود القوات الأجنبية",
    "المانحون يتعهدون بمليار ونصف المليار دولار لإعادة الإعمار",
]
LABELS = ["سياسة", "الأمنية", "عربي ودولي", "محليات"]
TAIL = ["أخبار ذات صلة", "شاهد: ارتفاع أسعار الذهب في الأسواق المحلية", "زر الذهاب إلى الأعلى",
        "تابعونا على: فيسبوك | إكس | يوتيوب", "اقرأ أيضا: الحكومة تعلن خطة جديدة للطاقة"]


def sample_sentences() -> list[str]:
    """Sentences of the bundled samples (when present) plus the bank above."""
    from rasid.readers import ArticleRecord, read_path
    from rasid.segment import split_sentences

    out = list(BANK)
    samples = ROOT / "samples"
    if samples.is_dir():
        for rec in read_path(samples):
            if isinstance(rec, ArticleRecord):
                for line in rec.raw.splitlines():
                    out.extend(line[s:e] for s, e in split_sentences(line) if e - s > 30)
    return out


def _glue(sentence: str, rng: random.Random) -> str:
    """Drop one space between two words (the scraper's glued words)."""
    spaces = [i for i, c in enumerate(sentence) if c == " "]
    if not spaces:
        return sentence
    i = rng.choice(spaces)
    return sentence[:i] + sentence[i + 1:]


def _bad_tanween(sentence: str, rng: random.Random) -> str:
    words = sentence.split(" ")
    k = rng.randrange(len(words))
    w = words[k]
    if len(w) > 3:
        j = rng.randrange(1, len(w) - 1)
        words[k] = w[:j] + "\u064d" + w[j:]
    return " ".join(words)


def make_corpus(n: int, seed: int = 13) -> list[str]:
    """``n`` noisy articles recombined from sample and bank sentences."""
    rng = random.Random(seed)
    sentences = sample_sentences()
    docs = []
    for _ in range(n):
        lines: list[str] = []
        if rng.random() < 0.3:
            lines.append(rng.choice(LABELS))
        title = rng.choice(HEADLINES + [s.rstrip(".") for s in sentences if len(s) < 90] or HEADLINES)
        lines.append(title)
        if rng.random() < 0.3:
            lines.append(title)
        for _ in range(rng.randint(4, 12)):
            para = []
            for _ in range(rng.randint(1, 4)):
                s = rng.choice(sentences)
                r = rng.random()
                if r < 0.15:
                    s = _glue(s, rng)
                elif r < 0.2:
                    s = _bad_tanween(s, rng)
                elif r < 0.25:
                    s = s.replace("ا", "اـ", 1)
                para.append(s)
            lines.append(" ".join(para))
        if rng.random() < 0.5:
            lines.extend(rng.sample(TAIL, rng.randint(1, len(TAIL))))
        docs.append("\n\n".join(lines) + "\n")
    return docs


def pyarabic_pass(text: str) -> str:
    """The peer: a plain pyarabic normalisation of the whole text."""
    from pyarabic import araby

    return araby.normalize_hamza(araby.normalize_ligature(araby.strip_tatweel(araby.strip_tashkeel(text))))


def dateparser_pass(text: str) -> object:
    """The issue-5 peer: dateparser's Arabic date search alone (what most people would reach for)."""
    from dateparser.search import search_dates

    return search_dates(text, languages=["ar"])


def _rate(fn: Callable[[str], object], docs: list[str], repeat: int) -> float:
    """Best-of-``repeat`` documents per second of ``fn`` over ``docs``."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for d in docs:
            fn(d)
        best = min(best, time.perf_counter() - t0)
    return len(docs) / best if best > 0 else float("inf")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=1000, help="generated articles (default 1000)")
    ap.add_argument("--until", default="clean,segment",
                    help="comma-separated stage names to stop after, or 'all' (default clean,segment)")
    ap.add_argument("--repeat", type=int, default=3, help="timed passes per measurement (best is kept)")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--smoke", action="store_true", help="tiny run for CI (20 docs, one pass)")
    ap.add_argument("--dateparser", action="store_true",
                    help="also time dateparser's search_dates over the same texts (one pass; slow)")
    args = ap.parse_args(argv)
    if args.smoke:
        args.docs, args.repeat = 20, 1

    import rasid
    from rasid import _native, pipeline

    names = [s.rsplit(".", 1)[1] for s in pipeline.STAGES]
    until = names if args.until == "all" else [u.strip() for u in args.until.split(",") if u.strip()]
    unknown = [u for u in until if u not in names]
    if unknown:
        ap.error(f"unknown stage(s) {unknown}; stages are {names}")

    docs = make_corpus(args.docs, args.seed)
    chars = sum(len(d) for d in docs)
    t0 = time.perf_counter()
    pipeline.warm_up()  # what `rasid analyze`, `rasid ingest` and the Spark job do before a batch
    for u in until:
        for d in docs[:5]:
            rasid.analyze(d, until=u)
    warm = time.perf_counter() - t0

    def run_until(d: str, u: str) -> object:
        doc = rasid.analyze(d, until=u)
        if u == "segment":
            len(doc.tokens)  # the clitic segmentation is built on first read: time it here
        return doc

    rates = {u: _rate(lambda d, u=u: run_until(d, u), docs, args.repeat) for u in until}
    # rasid's own peak memory (KB, automata, lexicons), before any peer library is imported
    rasid_rss = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    peer = _rate(pyarabic_pass, docs, args.repeat)
    rows = [{"until": u, "docs_per_s": round(r, 1), "ratio_vs_pyarabic": round(r / peer, 4)} for u, r in rates.items()]
    if args.dateparser:
        for d in docs[:5]:
            dateparser_pass(d)  # its language data loads on first use: warm it up like rasid above
        dp = _rate(dateparser_pass, docs, 1)
        for row in rows:
            row["ratio_vs_dateparser"] = round(rates[row["until"]] / dp, 2)
    result = {
        "docs": len(docs), "avg_chars": round(chars / len(docs)), "repeat": args.repeat,
        "pyarabic_docs_per_s": round(peer, 1), "warm_up_s": round(warm, 2), "stages": rows,
        "peak_rss_mb": rasid_rss,
        "dateparser_docs_per_s": round(dp, 1) if args.dateparser else None,
        "python": platform.python_version(),
        "build": _native.status(),  # compiled (mypyc), pure or stale (sources newer: run as Python)
    }
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        print(f"corpus: {result['docs']} generated articles, {result['avg_chars']} chars on average")
        print(f"pyarabic normalisation: {result['pyarabic_docs_per_s']:>10.1f} docs/s")
        if args.dateparser:
            print(f"dateparser search_dates: {result['dateparser_docs_per_s']:>9.1f} docs/s")
        for r in rows:
            extra = f"   ratio vs dateparser {r['ratio_vs_dateparser']:.2f}" if "ratio_vs_dateparser" in r else ""
            print(f"rasid until {r['until']:<10} {r['docs_per_s']:>10.1f} docs/s   "
                  f"ratio vs pyarabic {r['ratio_vs_pyarabic']:.4f}{extra}")
        print(f"warm-up {result['warm_up_s']} s, peak RSS of rasid {result['peak_rss_mb']} MB, "
              f"stage modules {result['build']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
