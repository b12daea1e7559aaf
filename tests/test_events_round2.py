"""Round-2 generalisation rules of the events stage (own sentences, not evaluation text)."""

from __future__ import annotations

import pytest

import rasid
from helpers_docs import evs, kinds


@pytest.mark.parametrize("text, etype", [
    ("ودانت وزارة الخارجية الهجوم على القافلة.", "ACCUSE"),          # أدان without its hamza
    ("وأعلن رئيس الوزراء استقالته من منصبه.", "CONCEDE"),            # resignation
    ("وطردت الحكومة القوات الأجنبية من أراضيها.", "COERCE"),        # expelling forces
    ("وقال المتحدث إن هذا الاعتداء لن يمر دون عقاب.", "THREATEN"),
    ("وقالت الحركة إن مقاتليها سيواصلون استهداف القوافل العسكرية.", "THREATEN"),
    ("ولا تزال فرنسا تحتفظ بنحو ألف جندي في المنطقة.", "MOBILIZE"),
    ("وشكلت الدول الثلاث تحالفا عسكريا جديدا.", "AGREE"),
    ("وأحرق المسلحون عشرات المنازل في القرية.", "ASSAULT"),
    ("وفر المسلحون من المدينة بعد وصول الجيش.", "RETREAT"),
    ("ودعا الحزب أنصاره إلى مقاطعة الانتخابات.", "SANCTION"),
])
def test_new_triggers(text: str, etype: str) -> None:
    assert etype in kinds(text)


def test_still_is_not_a_negation() -> None:
    assert ("MOBILIZE", "تحتفظ", "asserted") in evs("ولا تزال فرنسا تحتفظ بنحو ألف جندي في المنطقة.")


def test_civilians_fleeing_are_no_retreat() -> None:
    assert "RETREAT" not in kinds("وفر آلاف المدنيين من منازلهم هربا من القتال.")
    assert "RETREAT" not in kinds("وتمكن عشرة سجناء من الفرار من السجن.")


def test_district_is_no_boycott() -> None:
    assert "SANCTION" not in kinds("وقتل مسلحون عشرة أشخاص في قرية بمقاطعة هونان.")


def test_expelled_diplomats_stay_a_sanction() -> None:
    assert "SANCTION" in kinds("وطردت الحكومة السفير الفرنسي.")


def test_schedule_makes_the_clause_planned() -> None:
    assert ("CONSULT", "جلسة", "planned") in evs("ومن المقرر أن يعقد البرلمان جلسة طارئة مساء الأحد.")


def test_acronym_gloss_does_not_cut_the_modality_scope() -> None:
    got = evs("وتستعد بعثة الاتحاد الأفريقي (أميصوم) لسحب قواتها من الصومال.")
    assert ("RETREAT", "لسحب", "planned") in got


def test_protesters_demand_is_part_of_the_protest() -> None:
    got = kinds("وتظاهر آلاف الطلاب أمام البرلمان مطالبين بإقالة الحكومة.")
    assert "PROTEST" in got and "REQUEST" not in got
    # … while a participle of a demand after a statement is a request
    assert "REQUEST" in kinds("وقال الوزير إن الوضع خطير، مطالبا المجتمع الدولي بالتدخل.")


def test_comparison_class_is_no_event() -> None:
    got = evs("وخطف مسلحون عشرات التلاميذ، في واحدة من أكبر عمليات الخطف التي تشهدها المنطقة.")
    assert [t for t in got if t[0] == "ASSAULT"] == [("ASSAULT", "وخطف", "asserted")]


def test_shortage_of_funding_is_no_aid() -> None:
    assert "AID" not in kinds("وحذر البرنامج من أن نقص التمويل قد يجبره على وقف عمله.")


def test_the_country_and_its_capital_as_generic_places() -> None:
    text = ("تشهد كينيا توترا متصاعدا. وقال مسؤول إن الأمن مستتب في كينيا، وإن كينيا لن تتراجع. "
            "وهاجم مسلحون مركزا للشرطة في العاصمة ليلة الأحد. وانتشرت قوات الجيش في البلاد أمس.")
    doc = rasid.analyze(text).to_dict()
    locs = {e["trigger"]["text"]: e.get("location") for e in doc["events"]}
    assert locs.get("وهاجم") == "نيروبي"
    assert locs.get("وانتشرت") == "كينيا"


def test_a_suspended_act_is_negated() -> None:
    assert ("MOBILIZE", "إرسال", "negated") in evs("وقالت كينيا إنها ستعلق إرسال ألف شرطي إلى البلاد.")
    # أوقف is also "detained": it negates only the act right after it
    assert "negated" not in {m for _, _, m in evs("وأوقفت الشرطة عشرات المشاركين في اعتصام أمام البرلمان.")}


def test_a_vow_to_go_on_with_a_campaign_is_no_threat() -> None:
    assert "THREATEN" not in kinds("وقال الوزير إن الجيش سيواصل العمليات في الشمال.")
