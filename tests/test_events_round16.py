"""Round-16 event rules of the events stage (own sentences, not evaluation text): a passive toll
keeps no actor from the sentence before, a plural nisba after two coordinated nouns, an accord
implemented or monitored, a period that is no ultimatum, warcraft sent, intelligence shared, the end
of a named operation's mission, hunting down fighters, intensified operations and forces heading
somewhere."""

from __future__ import annotations

import rasid
from helpers_docs import evs, kinds


def _one(text: str, etype: str) -> dict:
    found = [e for e in rasid.analyze(text).to_dict()["events"] if e["type"] == etype]
    assert found, (etype, evs(text))
    return found[0]


def test_passive_toll_takes_no_earlier_actor() -> None:
    text = "قال وزير الخارجية الأردني أيمن الصفدي إن بلاده ترفض التهجير. وقُتل ثلاثة أشخاص في غارة على بلدة في الجنوب."
    assert _one(text, "ASSAULT")["actor"] is None
    text = "وقال النائب عن الحزب إن الحرب طويلة. وقتل خلالها مئات الأشخاص في البلاد."
    assert _one(text, "ASSAULT")["actor"] is None


def test_plural_nisba_after_two_nouns() -> None:
    assert _one("وتتواصل الغارات والاعتداءات الإسرائيلية على بلدات الجنوب.", "ASSAULT")["actor"] == "إسرائيل"
    assert _one("وتتواصل الغارات والتحركات الدبلوماسية الأمريكية.", "ASSAULT")["actor"] is None


def test_accord_implemented_is_no_agreement() -> None:
    assert "AGREE" not in kinds("وعقدت لجنة مراقبة تنفيذ اتفاق الهدنة اجتماعها الأول.")
    assert "AGREE" in kinds("ووقع الطرفان اتفاق الهدنة في العاصمة.")


def test_period_is_no_ultimatum() -> None:
    assert "THREATEN" not in kinds("ويجب أن ينسحب الجيش خلال مهلة ثلاثين يوما.")
    assert "THREATEN" in kinds("وأمهل الجيش المسلحين يومين لتسليم أسلحتهم.")


def test_warcraft_sent_is_a_deployment() -> None:
    text = "وقال إن بلاده قد ترسل مقاتلات إضافية إلى المنطقة."
    assert "MOBILIZE" in kinds(text) and "AID" not in kinds(text)
    assert "AID" in kinds("وأرسلت الحكومة مساعدات إنسانية إلى المنطقة.")


def test_intelligence_sharing() -> None:
    assert "COOPERATE" in kinds("وقالت الوزارة إنها سرعت تبادل المعلومات الاستخباراتية مع الأردن.")
    assert "COOPERATE" not in kinds("وسيقتصر دور الخبراء على التدريب والمشورة وتبادل المعلومات.")


def test_end_of_operation_mission() -> None:
    assert ("RETREAT", "planned") in {(t, m) for t, _w, m in
                                      evs("ستشهد المرحلة الأولى انتهاء مهمة عملية التحالف في العاصمة.")}


def test_hunting_fighters() -> None:
    assert "ASSAULT" in kinds("وقال الوزير إن الجيش قادر على ملاحقة فلول الجماعة.")
    assert "ASSAULT" not in kinds("وقال إن القوات بحاجة إلى الدعم في ملاحقة خلايا الجماعة.")
    assert "ASSAULT" not in kinds("وتعهد النائب العام بملاحقة المتورطين في الفساد قضائيا.")


def test_intensified_operations() -> None:
    assert ("ASSAULT", "planned") in {(t, m) for t, _w, m in evs("وأعلن الوزير أن بلاده ستكثف عملياتها في الشمال.")}
    assert "ASSAULT" not in kinds("وقالت الوزارة إنها ستكثف جهودها الدبلوماسية.")


def test_forces_heading_somewhere() -> None:
    ev = _one("وقالت الرئاسة إن المدمرة الأمريكية ستتوجه إلى البحر الأحمر.", "MOBILIZE")
    assert ev["modality"] == "planned"
    assert "MOBILIZE" not in kinds("وتوجه الوزير إلى العاصمة للقاء نظيره.")


def test_dateline_outlet_is_no_actor() -> None:
    text = "بغداد 3 مارس (وكالة الأنباء الوطنية) - قصفت المدفعية مواقع المسلحين شمال المدينة."
    assert all(e["actor"] != "وكالة الأنباء الوطنية" for e in rasid.analyze(text).to_dict()["events"])


def test_act_to_be_ended_is_the_demand() -> None:
    text = "وطالبت الأمم المتحدة الميليشيا بإنهاء حصارها للبلدة فورا."
    assert "REQUEST" in kinds(text) and "COERCE" not in kinds(text)
    assert "COERCE" in kinds("ويفرض المسلحون حصارا على البلدة منذ شهرين.")


def test_further_item_of_a_call() -> None:
    text = "ودعت الجامعة العربية إلى وقف فوري لإطلاق النار في المدينة ومحيطها، وإلى انسحاب جميع القوات الأجنبية من البلاد."
    assert "RETREAT" not in kinds(text)
    assert "RETREAT" in kinds("ودعا الوزير إلى الحوار، وأعلن انسحاب قواته من المدينة.")


def test_speaker_goes_on_with_a_threat() -> None:
    text = "وقال المتحدث باسم حركة حماس إن الجدول طويل، وهدد بأن الحركة لن تقبل بقاء القوات."
    assert _one(text, "THREATEN")["actor"] == "حركة حماس"
    assert _one("وقال الرئيس إن الوضع صعب، وهدد بوتين بالرد.", "THREATEN")["actor"] == "بوتين"
