"""Round-13 event rules of the events stage (own sentences, not evaluation text): a source's
anonymity is no refusal, the price one pays is no praise, the deaths and the strike that caused
them are one event, a denied intention negates the act, and argument rules (a dual subject with its
nationality, an accusative official after لكن, the owner of a force, a definite craft or strike
noun that takes back the strike told, a "similar" strike)."""

from __future__ import annotations

import rasid
from helpers_docs import evs, kinds


def _actors(text: str, etype: str) -> list[str | None]:
    return [e.get("actor") for e in rasid.analyze(text).to_dict()["events"] if e["type"] == etype]


def test_anonymity_is_no_refusal() -> None:
    assert "REJECT" not in kinds("وقال ضابط في الشرطة، رفض الكشف عن اسمه، إن الانفجار وقع صباحا.")
    assert "REJECT" not in kinds("ورفض المتحدث الكشف عن هويته لأنه غير مخول بالتصريح.")
    assert "REJECT" in kinds("ورفض البرلمان مشروع الموازنة الجديدة.")


def test_price_is_no_praise() -> None:
    assert "SUPPORT" not in kinds("يدفع المزارعون مرة أخرى ثمن نزاع لم يختاروه.")
    assert "SUPPORT" not in kinds("وقال إن السكان يدفعون ثمن الحرب منذ سنوات.")
    assert "SUPPORT" in kinds("وثمن الرئيس جهود فرق الإنقاذ.")


def test_deaths_and_their_strike_are_one_event() -> None:
    text = "قتل خمسة مدنيين على الأقل، بينهم امرأتان من أسرة واحدة، في غارة نفذتها طائرة حربية روسية على السوق."
    assault = [e for e in evs(text) if e[0] == "ASSAULT"]
    assert len(assault) == 1, assault
    assert _actors(text, "ASSAULT") == ["روسيا"]
    # another sentence, another event
    assert len([t for t, _, _ in evs("قتل ستة مدنيين. وفي حادث آخر شنت طائرة غارة على السوق.")
                if t == "ASSAULT"]) == 2


def test_denied_intention_negates_the_act() -> None:
    assert ("MOBILIZE", "إرسال", "negated") in evs("وقال الوزير إن الحكومة لا تنوي إرسال قوات إلى الحدود.")
    assert ("MOBILIZE", "إرسال", "planned") in evs("وقال الوزير إن الحكومة تنوي إرسال قوات إلى الحدود.")


def test_dual_subject_with_nationality() -> None:
    assert _actors("شنت مقاتلتان فرنسيتان مساء الأحد غارة على مخزن للأسلحة.", "ASSAULT") == ["فرنسا"]
    assert _actors("وقال الشهود إن طائرتين تركيتين قصفتا القرية.", "ASSAULT") == ["تركيا"]


def test_accusative_official_with_nationality() -> None:
    assert _actors("لكن مسؤولا روسيا نفى في وقت لاحق أن تكون بلاده أرسلت أسلحة.", "REJECT") == ["روسيا"]


def test_owner_of_the_force() -> None:
    text = "وأعلنت وزارة الدفاع أن طائرات \"سوخوي\" التابعة للقوات الجوية الروسية نفذت ثلاث ضربات على مواقع المسلحين."
    actors = _actors(text, "ASSAULT")
    assert actors and actors[0] != "وزارة الدفاع", actors


def test_definite_subject_takes_back_the_strike() -> None:
    text = ("قال مسؤول محلي إن طائرة مسيرة تركية قصفت سيارة قرب البلدة. "
            "وقال مسؤول آخر لوكالة الأنباء إن الطائرة أطلقت صاروخين على السيارة.")
    assert _actors(text, "ASSAULT") == ["تركيا", "تركيا"]
    text = ("أعلنت وزارة الدفاع أن طائرات روسية نفذت ثلاث ضربات على مواقع المسلحين. "
            "وذكرت الوزارة في بيان أن الضربات \"دمرت\" مخازن أسلحة.")
    assert _actors(text, "ASSAULT") == ["روسيا", "روسيا"]


def test_similar_strike_has_the_same_actor() -> None:
    text = ("قصفت طائرات روسية سوق البلدة. وقال مسؤول محلي إن القصف دمر عشرات المحال. "
            "ويأتي ذلك بعد يومين من غارة مماثلة استهدفت مستشفى قرب المدينة.")
    assert _actors(text, "ASSAULT")[-1] == "روسيا"


def test_side_with_nationality() -> None:
    assert _actors("وتعهد الجانب الفرنسي بتقديم مساعدات عاجلة للنازحين.", "AID") == ["فرنسا"]


def test_fighters_of_the_group_named_before() -> None:
    text = ("قصفت الطائرات مواقع لتنظيم داعش في الصحراء. "
            "وتأتي هذه الضربات بعد أيام من هجوم شنه مسلحو التنظيم على دورية للشرطة.")
    assert _actors(text, "ASSAULT")[-1] == "تنظيم داعش"
