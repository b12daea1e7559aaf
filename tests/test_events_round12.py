"""Round-12 event rules of the events stage (own sentences, not evaluation text): job titles and
the front line are no talks or petitions, a shortage is no delivery, a broken accord is no
agreement, summoning another state's envoy is a protest, suspended military operations step back,
joint patrols, a standing contact, a named party's threat, the pluperfect كانت … قد is no hedge, and
a verbal noun with its nationality (قصف تركي) names the state as actor."""

from __future__ import annotations

import rasid
from helpers_docs import evs, kinds


def _one(text: str, etype: str) -> dict:
    found = [e for e in rasid.analyze(text).to_dict()["events"] if e["type"] == etype]
    assert found, (etype, evs(text))
    return found[0]


def test_job_title_is_no_contact() -> None:
    assert "CONSULT" not in kinds("وقال منسق الاتصالات في البيت الأبيض للصحفيين إن الوضع هادئ.")
    assert "CONSULT" not in kinds("وأعلنت شركة الاتصالات عن انقطاع الخدمة في العاصمة.")
    assert "CONSULT" in kinds("وأجرى الوزير اتصالات مع نظيره الفرنسي.")


def test_front_line_is_no_petition() -> None:
    assert "REQUEST" not in kinds("وتمركزت القوات على طول خط التماس مع الفصائل المسلحة.")
    assert "REQUEST" in kinds("وقدمت الحكومة طلبا رسميا إلى مجلس الأمن.")


def test_shortage_is_no_delivery() -> None:
    assert "AID" not in kinds("وتعاني المستشفيات من نقص حاد في الإمدادات الطبية.")
    assert "AID" in kinds("وأرسلت الأمم المتحدة إمدادات غذائية إلى المدينة.")


def test_broken_accord_is_no_agreement() -> None:
    assert "AGREE" not in kinds("وأعلن الرئيس انهيار اتفاق الهدنة الموقع مع المتمردين.")
    assert "AGREE" not in kinds("واعتبرت الوزارة القصف خرقا للاتفاق.")
    assert "AGREE" in kinds("ووقع الطرفان اتفاقا لوقف إطلاق النار.")


def test_disengagement_accord_is_no_clash() -> None:
    text = "وقال إن اتفاق فك الاشتباك الموقع عام 1974 لم يعد قائما."
    assert "ASSAULT" not in kinds(text) and "RETREAT" not in kinds(text)
    assert "RETREAT" in kinds("وبدأت عملية فك الاشتباك بين القوات في المنطقة.")
    assert "ASSAULT" in kinds("واندلعت اشتباكات عنيفة بين الجيش والمسلحين.")


def test_summoned_envoy_is_a_protest() -> None:
    assert "ACCUSE" in kinds("واستدعت وزارة الخارجية التركية السفير الهولندي للاحتجاج على التصريحات.")
    assert "ACCUSE" in kinds("وقررت الحكومة استدعاء القائم بالأعمال الفرنسي في العاصمة.")
    text = "واستدعت الحكومة سفيرها في برلين للتشاور."
    assert "SANCTION" in kinds(text) and "ACCUSE" not in kinds(text)
    assert not kinds("واستدعى الجيش جنود الاحتياط.") & {"ACCUSE", "SANCTION"}


def test_suspended_operations_step_back() -> None:
    assert ("RETREAT", "تعليق", "asserted") in evs("وأعلنت الجماعة تعليق عملياتها العسكرية ضد القوات الأجنبية.")
    assert "RETREAT" in kinds("وعلقت الفصائل هجماتها على القواعد الأمريكية.")
    assert "RETREAT" not in kinds("وقالت الشركة إنها علقت عملياتها في البلاد.")
    assert "RETREAT" not in kinds("ولم تعلق الحكومة على الغارات.")
    assert "SANCTION" in kinds("وأعلن الاتحاد الأوروبي تعليق برامج التدريب.")


def test_joint_patrol_and_standing_contact() -> None:
    assert "COOPERATE" in kinds("وبدأت القوات الروسية والتركية أول دورية مشتركة في ريف إدلب.")
    assert "CONSULT" in kinds("وقال المتحدث إن الجيش على تواصل مع الحكومة العراقية.")
    assert "CONSULT" not in kinds("وتواصل القوات العراقية تقدمها نحو وسط المدينة.")


def test_named_party_threat() -> None:
    assert "THREATEN" in kinds("وجاءت الخطوة بعد تهديد الرئيس دونالد ترامب بفرض رسوم جمركية على المكسيك.")
    assert "THREATEN" not in kinds("وقال الوزير إن التنظيم لا يزال يشكل تهديدا لأوروبا.")
    assert "THREATEN" not in kinds("آخذين بنظر الاعتبار التهديد المستمر لداعش رغم ضعفه.")


def test_pluperfect_is_no_hedge() -> None:
    assert ("MOBILIZE", "نقلت", "asserted") in evs("وكانت بريطانيا قد نقلت قوات إضافية إلى قاعدة في قبرص.")
    assert ("MOBILIZE", "نرسل", "possible") in evs("وقال الوزير إننا قد نرسل قوات إضافية إلى المنطقة.")


def test_shelling_with_its_nationality() -> None:
    ev = _one("وأصيب ثلاثة مدنيين جراء قصف مدفعي تركي استهدف قرية قرب الحدود.", "ASSAULT")
    assert ev["actor"] == "تركيا"
    assert _one("وأصيب ثلاثة مدنيين في قصف إسرائيلي على قرية قرب الحدود.", "ASSAULT")["actor"] == "إسرائيل"
    assert _one("وقصف الجيش الروسي مواقع المسلحين في إدلب.", "ASSAULT")["actor"] == "الجيش الروسي"


def test_trend_that_endangers_is_no_threat() -> None:
    assert "THREATEN" not in kinds("وحذر المبعوث من أن التصعيد يهدد العملية السياسية في البلاد.")
    assert "THREATEN" in kinds("وهدد الرئيس بفرض عقوبات على الشركات.")


def test_guessing_participle() -> None:
    text = "وقال المتحدث إن الغارة أصابت أهدافها، مرجحا مقتل عدد من القادة."
    assert ("ASSAULT", "مقتل", "possible") in evs(text)


def test_indefinite_gunfire() -> None:
    assert ("ASSAULT", "إطلاق نار", "negated") in evs("وانتهت العملية من دون إطلاق نار.")
    assert "ASSAULT" not in kinds("ودعا المجلس إلى وقف إطلاق نار فوري في المدينة.")
