"""Arabic search normalisation: one term per word, variants folded, snippets safe and exact."""

from __future__ import annotations

import html
import re

from hypothesis import given
from hypothesis import strategies as st

from rasid.store import searchnorm as sn


def test_variants_share_a_term():
    q = sn.query_terms("جنود أمريكيون في العراق")
    assert len(q) == 3  # في is a stop word
    for text in ("الجنود الأمريكيين في العراق", "القوات الأميركية في العراق", "جندي اميركي في العراق",
                 "وللجنود الامريكيين بالعراق"):
        terms = set(sn.index_text(text).split())
        assert set(q) <= terms, text


def test_clitics_hamza_and_diacritics():
    assert sn.term("والعراق") == sn.term("العراق") == sn.term("عراق") == sn.term("بالعراق")
    assert sn.term("أمريكا") == sn.term("امريكا") == sn.term("أميركا")
    assert sn.term("الجُنُود") == sn.term("الجنود")
    assert sn.term("قوة") == sn.term("قوه")
    assert sn.term("٢٠١٤") == "2014"
    assert sn.term("Pentagon") == "pentagon"


def test_no_overstemming_of_short_words():
    # suffix stripping keeps at least three letters: قوات must not collapse to قو
    assert sn.light_stem("قوات") == "قوات"
    assert sn.light_stem("بيت") == "بيت"
    assert sn.term("النفط") != sn.term("الحكومة")


def test_unrelated_words_stay_apart():
    assert sn.term("العراق") != sn.term("إيران")
    assert sn.term("جنود") != sn.term("مظاهرة")
    assert set(sn.query_terms("مظاهرات في بغداد")).isdisjoint(sn.index_text("جنود أمريكيون في العراق").split())


def test_words_are_aligned_with_text():
    text = "قال الرئيسُ: «الجنودُ عادوا» إلى القاعدة، 300 جندي."
    ws = sn.words(text)
    assert len(ws) == len(sn.index_text(text).split())
    assert [text[w.start:w.end] for w in ws][:3] == ["قال", "الرئيسُ", "الجنودُ"]


def test_snippet_marks_original_words_and_escapes():
    text = "<b>عاجل</b> " + "كلام عام " * 40 + "وصل الجنود الأمريكيين إلى العراق اليوم " + "نص آخر " * 40
    snip = sn.snippet(text, sn.query_terms("جنود أمريكيون العراق"), width=20)
    assert "<mark>الجنود</mark> <mark>الأمريكيين</mark>" in snip and "<mark>العراق</mark>" in snip
    assert snip.startswith("…") and snip.endswith("…")
    assert "<b>" not in snip
    head = sn.snippet(text, [], width=5)
    assert head.startswith("&lt;b&gt;") and "<mark>" not in head


@given(st.text(alphabet=st.sampled_from(list("ابتجدرسعفقلمنهوي ءأإآةى<>&\"'ًٌٍَُِّْـ٠١٢ 0129،.\n")), max_size=300),
       st.text(alphabet=st.sampled_from(list("ابتجدرسعفقلمنهويأةى ")), max_size=30))
def test_snippet_is_always_safe_html(text, query):
    snip = sn.snippet(text, sn.query_terms(query))
    without_marks = snip.replace("<mark>", "").replace("</mark>", "")
    assert "<" not in without_marks and ">" not in without_marks
    # unescaping the snippet gives a contiguous piece of the original text (ellipses aside)
    body = html.unescape(without_marks).strip("…")
    assert body in text
    # every marked word is a query hit
    for m in re.findall(r"<mark>(.*?)</mark>", snip):
        assert sn.term(html.unescape(m)) in set(sn.query_terms(query))
