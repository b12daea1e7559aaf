"""The entity CLIs: ``rasid kb check``, ``rasid entities FILES``, ``rasid train-ner`` / ``eval-ner``."""

from __future__ import annotations

import json

from rasid.cli import main
from test_ner_crf import TINY

GOOD = "- {id: gpe:iraq, type: GPE, name: العراق, en: Iraq, subtype: country, country: IQ, adjectives: [عراقي]}\n"


def test_kb_check_ok_and_failing(tmp_path, capsys):
    good = tmp_path / "good"
    good.mkdir()
    (good / "a.yaml").write_text(GOOD, encoding="utf-8")
    assert main(["kb", "check", "--dir", str(good)]) == 0
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "a.yaml").write_text(GOOD + GOOD.replace("name: العراق", "name: عراق"), encoding="utf-8")
    (bad / "b.yaml").write_text("- {id: org:x, type: ORG, en: X}\n", encoding="utf-8")
    assert main(["kb", "check", "--dir", str(bad)]) == 1
    out = capsys.readouterr().out
    assert "duplicate id" in out and "missing required field 'name'" in out


def test_kb_lookup(tmp_path, capsys):
    d = tmp_path / "kb"
    d.mkdir()
    (d / "a.yaml").write_text(GOOD, encoding="utf-8")
    assert main(["kb", "lookup", "العراق", "--dir", str(d)]) == 0
    assert "gpe:iraq" in capsys.readouterr().out
    assert main(["kb", "lookup", "العراقيين", "--dir", str(d)]) == 0
    assert "nationality adjective of gpe:iraq" in capsys.readouterr().out


def test_entities_from_files(tmp_path, capsys):
    art = tmp_path / "a.txt"
    art.write_text("قال الجنرال جيمس طرنوشي إن القوات وصلت إلى العراق. وأضاف طرنوشي أن العراق شريك.", encoding="utf-8")
    assert main(["entities", str(art), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    person = next(r for r in rows if r["type"] == "PERSON")
    assert person["name"] == "جيمس طرنوشي" and person["mentions"] == 2 and not person["kb"]
    assert main(["entities", str(art), "--type", "PERSON"]) == 0
    out = capsys.readouterr().out
    assert "جيمس طرنوشي" in out and "GPE" not in out
    assert main(["entities", str(art), "--type", "NOPE"]) == 2


def test_train_and_eval_ner(tmp_path, capsys):
    train = tmp_path / "train.txt"
    train.write_text(TINY, encoding="utf-8")
    model = tmp_path / "m.crfsuite"
    assert main(["train-ner", str(train), "--model", str(model), "--iterations", "30"]) == 0
    assert model.is_file()
    assert main(["eval-ner", str(train), "--model", str(model)]) == 0
    out = capsys.readouterr().out
    assert "overall" in out and "PERS" in out
    line = next(x for x in out.splitlines() if x.startswith("overall"))
    assert float(line.split()[3]) > 0.9
    assert main(["eval-ner", str(tmp_path / "missing.txt"), "--model", str(model)]) == 1


NONCE = "\n".join(
    f"{verb} O\n{name} B-PERS\nإلى O\n{place} B-LOC\n. O\n"
    for verb in ("وصل", "سافر", "عاد")
    for name, place in (("زرقومي", "ببلانة"), ("طرنوش", "قفصيلة"), ("زرقومي", "قفصيلة")))


def test_model_is_used_when_present(tmp_path, monkeypatch):
    """With RASID_NER_MODEL set, CRF spans fill in names the KB and the rules do not know."""
    from rasid.entities import crf, extract

    train = tmp_path / "train.txt"
    train.write_text(NONCE, encoding="utf-8")
    model_path = tmp_path / "m.crfsuite"
    crf.save(crf.train(crf.read_conll(train), max_iterations=40), model_path)
    text = "وصل طرنوش إلى ببلانة ."
    assert not any(e.text == "طرنوش" for e in extract(text, use_crf=False))
    monkeypatch.setenv("RASID_NER_MODEL", str(model_path))
    got = {e.text: e for e in extract(text)}
    assert got["طرنوش"].source == "crf" and got["طرنوش"].type == "PERSON"
    assert got["ببلانة"].type == "GPE" and got["ببلانة"].id.startswith("local:")
    monkeypatch.setenv("RASID_NER_MODEL", "")
    assert crf.default_model() is None


def test_entities_from_store(tmp_path, capsys):
    import rasid
    from rasid.store import open_store

    db = tmp_path / "r.db"
    doc = rasid.analyze("قال الجنرال جيمس طرنوشي إن القوات وصلت إلى العراق. وأضاف طرنوشي أن العراق شريك.",
                        id="d1", published="2024-01-01")
    with open_store(db) as store:
        store.add_document(doc)
    assert main(["entities", "--db", str(db), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    iraq = next(r for r in rows if r["id"] == "gpe:iraq")
    assert iraq["mentions"] == 2 and iraq["type"] == "GPE"
    assert main(["entities", "--db", str(db), "--type", "GPE"]) == 0
    assert "PERSON" not in capsys.readouterr().out
    assert main(["entities", "--db", str(tmp_path / "missing.db")]) == 1
