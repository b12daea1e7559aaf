"""``rasid train-ner TRAIN --model PATH`` and ``rasid eval-ner TEST --model PATH``.

Train the CRF tagger of :mod:`rasid.entities.crf` on a CoNLL-format corpus (``token TAG`` lines,
blank line between sentences) and score it with CoNLL entity-level precision/recall/F1 (exact span
and type, micro-averaged), overall and per type. Point ``RASID_NER_MODEL`` at the model file (or
save it as ``~/.cache/rasid/ner.crfsuite``) to use it during analysis.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path


def format_scores(scores: dict[str, dict[str, float]]) -> str:
    lines = [f"{'type':<8} {'P':>7} {'R':>7} {'F1':>7} {'tp':>6} {'fp':>6} {'fn':>6}"]
    for typ in [k for k in scores if k != "overall"] + ["overall"]:
        s = scores[typ]
        lines.append(f"{typ:<8} {s['p']:>7.4f} {s['r']:>7.4f} {s['f1']:>7.4f} {int(s['tp']):>6} {int(s['fp']):>6} "
                     f"{int(s['fn']):>6}")
    return "\n".join(lines)


def run_train(args: argparse.Namespace) -> int:
    from rasid.entities import crf

    if not Path(args.train).is_file():
        print(f"no such file: {args.train}", file=sys.stderr)
        return 1
    t0 = time.perf_counter()
    sents = crf.read_conll(args.train)
    model = crf.train(sents, max_iterations=args.iterations, c1=args.c1, c2=args.c2)
    crf.save(model, args.model)
    print(f"trained on {len(sents)} sentences in {time.perf_counter() - t0:.1f}s → {args.model}", file=sys.stderr)
    if args.test:
        print(format_scores(crf.evaluate(model, crf.read_conll(args.test))))
    return 0


def run_eval(args: argparse.Namespace) -> int:
    from rasid.entities import crf

    for p in (args.test, args.model):
        if not Path(p).is_file():
            print(f"no such file: {p}", file=sys.stderr)
            return 1
    model = crf.load(args.model)
    print(format_scores(crf.evaluate(model, crf.read_conll(args.test))))
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    t = sub.add_parser("train-ner", help="train the CRF entity tagger on a CoNLL-format corpus")
    t.add_argument("train", help="CoNLL training file (token TAG per line)")
    t.add_argument("--model", required=True, help="where to write the model")
    t.add_argument("--iterations", type=int, default=100, help="L-BFGS iterations (default 100)")
    t.add_argument("--c1", type=float, default=0.5, help="L1 regularisation (default 0.5)")
    t.add_argument("--c2", type=float, default=0.1, help="L2 regularisation (default 0.1)")
    t.add_argument("--test", help="also score this CoNLL file after training")
    t.set_defaults(func=run_train)
    e = sub.add_parser("eval-ner", help="CoNLL entity-level P/R/F1 of a trained tagger")
    e.add_argument("test", help="CoNLL test file")
    e.add_argument("--model", required=True, help="model written by train-ner")
    e.set_defaults(func=run_eval)
