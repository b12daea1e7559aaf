"""Round 13 (non-event): generic phrases the KB must not read as named groups, outlets named after
a river or city, adjectives after a feminine place head, lists of unknown names after a plural
place noun, and dual counts of units and caves.

Every sentence here is written for the test; none is taken from an evaluation article.
"""

from __future__ import annotations

import rasid
from rasid.entities import extract


def _ents(text: str) -> set[tuple[str, str]]:
    return {(e.type, e.text) for e in extract(text)}


def _doc(text: str) -> rasid.Document:
    return rasid.analyze(text, published="2022-04-12")


def _quantities(text: str) -> set[tuple[str, float | int | None, str]]:
    return {(q.text, q.value, q.category) for q in _doc(text).quantities}


_IRAQ = "وزار رئيس الوزراء العراقي بغداد والموصل والبصرة وكركوك. "


def test_common_word_org_alias_needs_a_head_even_in_an_article_about_its_country() -> None:
    # امتداد ("extension") is also an Iraqi party; the Iraqi context alone does not make it the party
    ents = _ents(_IRAQ + "وقال المحلل إن هذه الجماعة امتداد لتنظيم القاعدة في المنطقة.")
    assert not any("امتداد" in t for _, t in ents)
    assert ("ORG", "حركة امتداد") in _ents(_IRAQ + "وفازت حركة امتداد بمقاعد في البرلمان.")


def test_tribesmen_is_no_named_force() -> None:
    ents = _ents(_IRAQ + "ودعا المحافظ إلى تسليح أبناء العشائر في الصحراء الغربية.")
    assert not any("العشائر" in t for _, t in ents)


def test_quoted_occupation_forces_in_an_article_that_never_names_israel() -> None:
    doc = _doc("وقالت جماعة مسلحة عراقية في بيان إنها ستواصل هجماتها حتى تنسحب \"قوات الاحتلال\" من البلاد.")
    assert not any(e.text == "قوات الاحتلال" for e in doc.entities)
    assert any(q.text == "قوات الاحتلال" for q in doc.quotes)


def test_pro_iran_factions_are_a_description_the_country_stays_a_name() -> None:
    ents = _ents("وقتل خمسة من الفصائل المدعومة من إيران في غارة على ريف البوكمال.")
    assert ("GPE", "إيران") in ents
    assert not any("الفصائل" in t for _, t in ents)


def test_outlet_named_after_a_river_or_city() -> None:
    ents = _ents("وقال مسؤول محلي لقناة دجلة إن الطريق أغلق. ونقلت صحيفة النيل عن شهود أن السوق احترق.")
    assert ("ORG", "قناة دجلة") in ents
    assert ("ORG", "صحيفة النيل") in ents
    assert not any(t in ("دجلة", "النيل") for _, t in ents)
    assert ("LOC", "قناة السويس") in _ents("وعبرت ثلاث سفن قناة السويس أمس.")


def test_adjective_after_a_feminine_place_head_is_no_name() -> None:
    ents = _ents("وقصفت الطائرات منطقة جبلية ثم منطقة صحراوية بعيدة عن المدن.")
    assert not any(t.startswith("منطقة") for _, t in ents)
    assert any("كفرنبودة" in t for _, t in _ents("وتقدمت القوات نحو منطقة كفرنبودة شمال حماة."))


def test_list_of_unknown_names_after_a_plural_place_noun() -> None:
    ents = _ents("وتقصف المدفعية منذ أسابيع مناطق كاريلا والبوتان ودوسكي في الجبال.")
    assert {("LOC", "كاريلا"), ("LOC", "البوتان"), ("LOC", "دوسكي")} <= ents
    ents = _ents("وهجر السكان قرى ماسيلو وكوريتا بعد القصف.")
    assert {("GPE", "ماسيلو"), ("GPE", "كوريتا")} <= ents
    # a plural place noun before common words names nothing
    assert not _ents("وشهدت مناطق واسعة وكبيرة أمطارا غزيرة.")


def test_dual_units_and_counted_caves() -> None:
    qs = _quantities("وأرسلت الوزارة لواءين إلى الحدود، ودمرت الطائرات أربعة كهوف و كهفين آخرين.")
    assert ("لواءين", 2, "other") in qs
    assert ("أربعة كهوف", 4, "sites") in qs
    assert any(q[0].endswith("كهفين") and q[1] == 2 for q in qs)
    assert ("كتيبتين", 2, "other") in _quantities("ونقل الجيش كتيبتين إلى المدينة.")
