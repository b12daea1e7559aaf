"""Round-6 event rules of the events stage (own sentences, not evaluation text): troops kept in
place, forces assigned or joined, condemnation without hamza, launched battles and
ground operations, declared support, vows to confront, restrictions after a negation, joining a
known act, the threatened content, and organisation anaphors."""

from __future__ import annotations

import rasid
from helpers_docs import evs, kinds


def _one(text: str, etype: str) -> dict:
    found = [e for e in rasid.analyze(text).to_dict()["events"] if e["type"] == etype]
    assert found, (etype, evs(text))
    return found[0]


def test_troops_kept_in_place_are_a_deployment() -> None:
    assert ("MOBILIZE", "ستبقي", "planned") in evs("وقالت الحكومة البريطانية إنها ستبقي نحو 800 جندي في قبرص.")
    assert "MOBILIZE" in kinds("ويرجح مسؤولون أن تبقى القوات الفرنسية في النيجر حتى الصيف.")


def test_what_is_left_of_the_forces_is_no_deployment() -> None:
    assert "MOBILIZE" not in kinds("وانسحب ما تبقى من القوات نحو الجنوب.")
    assert "MOBILIZE" not in kinds("وقال إن المدينة تبقى هادئة رغم الاشتباكات في أطرافها.")


def test_a_restriction_after_a_negation_is_not_negated() -> None:
    assert ("MOBILIZE", "يبقى", "planned") in evs("ولن يبقى في القاعدة سوى 40 جنديا بحلول الربيع.")


def test_forces_assigned_and_joined() -> None:
    assert "MOBILIZE" in kinds("وأعلن الوزير أن بلاده خصصت 20 طائرة مقاتلة وألفي جندي للمهمة.")
    assert ("MOBILIZE", "للمشاركة", "planned") in evs("وقالت أنقرة إنها مستعدة للمشاركة بقوات برية في المهمة.")
    assert "MOBILIZE" not in kinds("وشارك الوزير في المؤتمر الصحافي.")


def test_condemnation_without_hamza() -> None:
    ev = _one("ودان وزير الخارجية الأردني أيمن الصفدي الهجوم على القافلة.", "ACCUSE")
    assert ev["actor"] == "أيمن الصفدي"
    assert "ACCUSE" not in kinds("وصل الوفد إلى ودان في وسط ليبيا.")


def test_battle_launched_and_ground_operation() -> None:
    assert "ASSAULT" in kinds("وكانت القوات قد أطلقت معركة استعادة المطار في الربيع الماضي.")
    assert "ASSAULT" not in kinds("وقالت المنظمة إن الأسعار ارتفعت خلال معركة المطار")
    assert ("ASSAULT", "عملية برية", "possible") in evs("ولم يستبعد المتحدث تنفيذ عملية برية في الأيام المقبلة.")


def test_declared_support() -> None:
    ev = _one("وأعلنت الأردن دعمها الكامل للحكومة الصومالية.", "SUPPORT")
    assert ev["actor"] == "الأردن"


def test_vow_to_confront_an_attack() -> None:
    assert "THREATEN" in kinds("وقال قائد الحرس إن مقاتليه سيواجهون أي هجوم بكل قوة.")
    assert "THREATEN" not in kinds("وقال إن المزارعين سيواجهون صعوبات في الموسم المقبل.")


def test_not_joining_a_known_act_is_negated() -> None:
    text = ("وشنت طائرات التحالف غارات على مواقع المسلحين. "
            "وقال الوزير إن القوات الكندية لن تشارك بشكل مباشر في الغارات.")
    # (the verb of taking part carries the act since round 7: تشارك … في الغارات)
    assert {("ASSAULT", "الغارات", "negated"), ("ASSAULT", "تشارك", "negated")} & set(evs(text))


def test_definite_operation_refers_back() -> None:
    text = ("وبدأ الجيش عملية عسكرية واسعة في الإقليم. "
            "وقال البرلمان إنه وافق على تمويل العمليات العسكرية في الإقليم.")
    assert sum(1 for t, _, _ in evs(text) if t == "ASSAULT") == 1


def test_threatened_sanction_is_the_threat() -> None:
    text = "وهدد الرئيس بفرض عقوبات على الشركات المخالفة."
    assert "THREATEN" in kinds(text)
    assert "SANCTION" not in kinds(text)


def test_organisation_anaphors() -> None:
    text = ('وقال المرصد إن مقاتلي تنظيم "داعش" انسحبوا من البلدة. '
            "وكان التنظيم قد سيطر على البلدة في 2015.")
    assert _one(text, "ASSAULT")["actor"] == "داعش"
    text = ("ودعت فرنسا إلى اجتماع لمجلس الأمن الدولي. "
            "إلا أن المجلس رفض مساء الخميس مشروع القرار.")
    assert _one(text, "REJECT")["actor"] == "مجلس الأمن الدولي"


def test_air_cover_is_no_act_of_its_own() -> None:
    text = "وتقدمت القوات الحكومية نحو البلدة بدعم من غارات الطيران الروسي."
    assert [t for t, _, _ in evs(text)].count("ASSAULT") == 1
