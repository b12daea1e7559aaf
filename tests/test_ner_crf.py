"""The CRF tagger: CoNLL reading/scoring, a tiny training run, and ANERcorp train → test."""

from __future__ import annotations

import time
from pathlib import Path

from conftest import ROOT, need_shared
from rasid.entities import crf

TINY = """قال O
الرئيس O
جورج B-PERS
بوش I-PERS
في O
واشنطن B-LOC
إن O
الأمم B-ORG
المتحدة I-ORG
مهمة O
. O

وصل O
توني B-PERS
بلير I-PERS
إلى O
لندن B-LOC
. O

التقى O
جورج B-PERS
بوش I-PERS
مسؤولي O
الأمم B-ORG
المتحدة I-ORG
في O
لندن B-LOC
. O
"""


def test_bio_spans_conll_style():
    assert crf.bio_spans(["B-PERS", "I-PERS", "O", "B-LOC", "I-ORG", "I-ORG", "B-LOC", "B-LOC"]) == [
        (0, 2, "PERS"), (3, 4, "LOC"), (4, 6, "ORG"), (6, 7, "LOC"), (7, 8, "LOC")]


def test_conll_scores_exact_span_and_type():
    gold = [["B-PERS", "I-PERS", "O", "B-LOC"]]
    pred = [["B-PERS", "O", "O", "B-LOC"]]
    s = crf.conll_scores(gold, pred)
    assert s["LOC"]["f1"] == 1.0
    assert s["PERS"]["tp"] == 0 and s["PERS"]["fp"] == 1 and s["PERS"]["fn"] == 1
    assert s["overall"]["p"] == 0.5 and s["overall"]["r"] == 0.5


def test_read_train_save_load_tag(tmp_path):
    path = tmp_path / "tiny.txt"
    path.write_text(TINY, encoding="utf-8")
    sents = crf.read_conll(path)
    assert len(sents) == 3 and sents[1][1] == ("توني", "B-PERS")
    model = crf.train(sents, max_iterations=40)
    assert model.tag(["وصل", "توني", "بلير", "إلى", "لندن", "."]) == ["O", "B-PERS", "I-PERS", "O", "B-LOC", "O"]
    crf.save(model, tmp_path / "m.crfsuite")
    again = crf.load(tmp_path / "m.crfsuite")
    assert again.tag(["جورج", "بوش"]) == model.tag(["جورج", "بوش"])
    assert crf.evaluate(again, sents)["overall"]["f1"] > 0.9


def test_anercorp_train_test():
    """Train on ANERcorp train (limited iterations to stay within minutes) and score the test split."""
    train_path = need_shared("data", "anercorp", "train.txt")
    test_path = need_shared("data", "anercorp", "test.txt")
    t0 = time.perf_counter()
    model = crf.train(crf.read_conll(train_path), max_iterations=100, c1=0.5, c2=0.1)
    scores = crf.evaluate(model, crf.read_conll(test_path))
    elapsed = time.perf_counter() - t0
    lines = [f"ANERcorp test (CoNLL entity-level, CRF, 100 iterations, {elapsed:.0f}s)"]
    for typ, s in scores.items():
        lines.append(f"{typ:<8} P {s['p']:.4f} R {s['r']:.4f} F1 {s['f1']:.4f}")
    report = "\n".join(lines)
    print("\n" + report)
    out = Path(ROOT) / "test-artifacts"
    out.mkdir(exist_ok=True)
    (out / "anercorp_f1.txt").write_text(report + "\n", encoding="utf-8")
    # measured 0.718 (P 0.80, R 0.65; LOC 0.858 PERS 0.721 ORG 0.538 MISC 0.541) at 100 iterations with BILOU
    # tags, c1 0.5 / c2 0.1, document-context and training-gazetteer features and document label propagation
    # (0.700 before). 0.719 (P 0.80, R 0.65; LOC 0.867 PERS 0.722 ORG 0.541 MISC 0.524) with the training
    # gazetteer jack-knifed over 4 parts instead of halves. The target is 0.80 (CAMeLBERT 82.4): a
    # feature CRF without embeddings stays well below it — reported as a gap, floor a little under what we reach.
    # 0.7256 (P 0.80, R 0.66; LOC 0.865 PERS 0.739 ORG 0.532 MISC 0.541) with the registry person-name index
    # features (arabic-name-romanizer; 0.7203 without: PERS 0.720); 0.7228 after later rule rounds. 0.7200
    # (P 0.79, R 0.66; LOC 0.861 PERS 0.730 ORG 0.532 MISC 0.530) once generic phrases («الفصائل الموالية
    # لإيران», «أبناء العشائر») stopped being KB aliases: their common words left the KB-word features
    assert scores["overall"]["f1"] >= 0.715
