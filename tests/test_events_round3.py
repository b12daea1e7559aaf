"""Round-3 generalisation rules of the events stage (own sentences, not evaluation text)."""

from __future__ import annotations

import pytest

import rasid
from helpers_docs import evs, kinds


@pytest.mark.parametrize("text, etype", [
    ("ووصف وزير الخارجية القصف بأنه جريمة حرب.", "ACCUSE"),              # described as a crime
    ("ونفى المتحدث باسم الجيش ذلك.", "REJECT"),                          # denial, subject between
    ("وأصدرت المحكمة حكما غيابيا بسجن المعارض عشر سنوات.", "COERCE"),   # a sentence in absentia
    ("وقضت المحكمة بسجن الصحفي خمس سنوات.", "COERCE"),
    ("قاطع نواب المعارضة جلسة البرلمان يوم الثلاثاء.", "PROTEST"),        # boycott
    ("انسحب النواب من الجلسة احتجاجا على القرار.", "PROTEST"),            # walk-out
    ("وقال إن بلاده تحتفظ بحق الرد.", "THREATEN"),                       # the right to respond
    ("ونفذ الجيش عملية إعادة انتشار في الشمال.", "RETREAT"),             # redeployment
])
def test_new_triggers(text: str, etype: str) -> None:
    assert etype in kinds(text)


@pytest.mark.parametrize("text, etype", [
    ("ويقضي عدد من القادة عقوبات سجن طويلة.", "SANCTION"),               # prison terms
    ("تعطلت أجهزة الاتصال في المنطقة.", "CONSULT"),                      # devices, not a call
    ("وتوصل الطرفان إلى اتفاق لوقف إطلاق النار.", "CONCEDE"),           # a ceasefire agreed is AGREE
    ("واتهم الجيش الفصائل بانتهاك وقف إطلاق النار.", "CONCEDE"),       # a breach is no concession
    ("انسحب النواب من الجلسة احتجاجا على القرار.", "RETREAT"),
    ("وصف الوزير الاتفاق بأنه تاريخي.", "ACCUSE"),                      # praise is no accusation
    ("وشهد تقاطع الطرق زحاما شديدا.", "PROTEST"),                         # a crossroads, not a boycott
])
def test_not_events(text: str, etype: str) -> None:
    assert etype not in kinds(text)


def test_ceasefire_agreement_is_agree() -> None:
    assert "AGREE" in kinds("وتوصل الطرفان إلى اتفاق لوقف إطلاق النار.")


def test_withdrawal_of_troops_still_retreat() -> None:
    assert "RETREAT" in kinds("انسحبت القوات من المدينة أمس.")


def test_call_to_protest_is_planned() -> None:
    assert ("PROTEST", "التظاهر", "planned") in evs("ودعت الجبهة أنصارها إلى التظاهر يوم الأحد.")


def test_postponed_meeting_is_negated() -> None:
    assert ("CONSULT", "اجتماع", "negated") in evs("وقررت الحكومة تأجيل اجتماع المجلس.")


def test_ceasefire_entering_force_is_no_concession() -> None:
    assert "CONCEDE" not in kinds("ودخل وقف لإطلاق النار حيز التنفيذ صباح اليوم.")


def test_reporter_is_not_the_actor_of_the_reported_clause() -> None:
    doc = rasid.analyze("وقال المرصد السوري لحقوق الإنسان إن الفصائل سيطرت على مدينة حماة.").to_dict()
    acts = [e.get("actor") for e in doc["events"] if e["type"] == "ASSAULT"]
    assert acts and all(a is None or "المرصد" not in a for a in acts)


def test_appeal_against_a_ruling_is_a_planned_rejection() -> None:
    assert ("REJECT", "سيطعن", "planned") in evs("وقال إن الدفاع سيطعن في الحكم أمام محكمة الاستئناف.")
    assert "REJECT" not in kinds("طعن رجل شرطيا بسكين في الشارع.")


def test_a_price_is_no_praise() -> None:
    assert "SUPPORT" not in kinds("وحذر من أن طهران ستدفع ثمنا باهظا.")


def test_meetings_to_be_hosted_are_planned() -> None:
    assert ("CONSULT", "اجتماعات", "planned") in evs(
        "وأعلنت الوزارة أن العاصمة ستستضيف اجتماعات فنية الأسبوع المقبل.")
