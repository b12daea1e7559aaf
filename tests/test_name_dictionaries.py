"""Person-name dictionaries that ship inside registry packages (rasid.entities.lexicon.registry_*) and the
CRF features built on them."""

from __future__ import annotations

import importlib
import importlib.util
import sqlite3

import pytest

from rasid.entities import crf

lex = importlib.import_module("rasid.entities.lexicon")  # the module (rasid.entities exports a function lexicon)


def _index(path, units, full):
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE units (arabic_key TEXT, latin TEXT, latin_lang TEXT, country TEXT, role TEXT, "
                "count INTEGER, source TEXT)")
    con.execute("CREATE TABLE full_names (arabic_key TEXT, latin TEXT, latin_lang TEXT, country TEXT, "
                "count INTEGER, source TEXT)")
    con.executemany("INSERT INTO units VALUES (?, '', '', '', ?, ?, '')", units)
    con.executemany("INSERT INTO full_names VALUES (?, '', '', '', 1, '')", [(k,) for k in full])
    con.commit()
    con.close()
    return path


def test_read_registry_names_roles(tmp_path):
    db = _index(tmp_path / "names.sqlite3",
                [("سليمة", "given", 5), ("القاسمي", "surname", 3), ("كريم", "given", 2), ("كريم", "surname", 7),
                 ("ابو زيد", "surname", 1), ("وردة", "unknown", 1)],
                ["سليمة القاسمي", "مراد"])
    names = lex.read_registry_names(db)
    assert names["سليمه"] == "g"  # normalised (ة → ه)
    assert names["القاسمي"] == "s"
    assert names["كريم"] == "s"  # more often a family name in the index
    assert names["زيد"] == "s" and names["ابو"] == "s"  # every word of a multi-word unit
    assert names["ورده"] == "s"  # unknown role: counted with the family names
    full = lex.read_registry_full_names(db)
    assert full == frozenset({"سليمه القاسمي"})  # single words are not full names


def test_missing_or_broken_index_gives_nothing(tmp_path):
    assert lex.read_registry_names(None) == {}
    assert lex.read_registry_full_names(None) == frozenset()
    bad = tmp_path / "bad.sqlite3"
    bad.write_text("not a database", encoding="utf-8")
    assert lex.read_registry_names(bad) == {}
    assert lex.read_registry_full_names(bad) == frozenset()


@pytest.mark.skipif(importlib.util.find_spec("arabic_name_romanizer") is None,
                    reason="arabic-name-romanizer not installed")
def test_installed_romanizer_index():
    names = lex.registry_names()
    assert len([w for w, r in names.items() if r == "g"]) > 3000
    assert len([w for w, r in names.items() if r == "s"]) > 10000
    assert names["محمد"] == "g" and names["فاطمه"] == "g"
    assert len(lex.registry_full_names()) > 30000


def test_crf_features_use_the_dictionaries():
    fz = crf.Featurizer(gazetteer={})
    fz.pkg_names = {"نورهان": "g", "القاسمي": "s", "كوفالتشيك": "s", "الحسن": "s", "لبنان": "g"}
    fz.pkg_full = frozenset({"نورهان القاسمي"})
    toks = ["قالت", "نورهان", "القاسمي", "ولكوفالتشيك", "الحسن", "ولبنان"]
    base = [fz.word_feats(t) for t in toks]
    # clitics are stripped; a name that is also a frequent word is marked 'c' when wordfreq knows it
    assert [b["pkg"] for b in base[:4]] == ["-", "g", "s", "s"]
    assert base[4]["pkg"] in ("s", "sc")  # الحسن: also a common word
    assert base[5]["pkg"] == "-"  # the KB knows لبنان as a country: no name role
    assert fz.pkg_full_feats(base) == ["O", "B", "I", "O", "O", "O"]
    feats = fz.sent_feats(toks, ["O"] * len(toks), base)
    assert feats[1]["pkgfull"] == "B" and feats[2]["-1:pkg"] == "g" and feats[1]["1:pkg"] == "s"


def _persons(nf, text):
    from rasid.entities.tokens import words

    ws = words(text)
    return [(" ".join(w.text for w in ws[f.i:f.j]), f.type) for f in nf.persons(ws, [False] * len(ws))]


def test_name_finder_registry_given_names():
    from rasid.entities.kb import load_kb
    from rasid.entities.namefinder import NameFinder

    nf = NameFinder(load_kb())
    nf.pkg_given = frozenset({"نورهان", "غيدان"})
    nf.person_trig = nf.person_trig | nf.pkg_given
    # a rare registry given name starts a name before another rare name word, like a weak given name
    assert ("نورهان الدغيدي", "PERSON") in _persons(nf, "وقالت نورهان الدغيدي إن الاجتماع انتهى")
    assert _persons(nf, "وصلت نورهان إلى القاهرة") == []  # never alone
    assert _persons(nf, "هاجم مسلحون قرية غيدان باكوسو فجرا") == []  # after a place head: a place
