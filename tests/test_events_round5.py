"""Round-5 actor and location rules of the events stage (own sentences, not evaluation text)."""

from __future__ import annotations

import rasid


def _events(text: str) -> list[dict]:
    return rasid.analyze(text).to_dict()["events"]


def _one(text: str, etype: str) -> dict:
    found = [e for e in _events(text) if e["type"] == etype]
    assert found, (etype, _events(text))
    return found[0]


def test_ministry_forces_are_the_state() -> None:
    # a ministry fields no forces: "its forces" are the state's
    ev = _one("وأعلنت وزارة الدفاع الروسية في بيان أن قواتها دمرت 12 دبابة قرب مدينة خاركيف.", "ASSAULT")
    assert ev["actor"] == "روسيا"


def test_ministry_spokesman_country_supplies() -> None:
    ev = _one("ونفى المتحدث باسم الخارجية الصينية وانغ ون بين أن تكون بلاده قد زودت موسكو بأسلحة.", "AID")
    assert ev["actor"] == "الصين"


def test_health_ministry_is_not_mapped_to_a_state() -> None:
    from rasid.events import _ministry_state

    assert _ministry_state("وزارة الصحة اللبنانية") is None
    assert _ministry_state("وزارة الدفاع الهندية") is not None


def test_accused_after_the_verb_is_not_the_accuser() -> None:
    ev = _one("وأعلن الرئيس الإيراني مسعود بزشكيان أمس إلغاء الزيارة، واتهم واشنطن بالتحريض على الفوضى.", "ACCUSE")
    assert ev["actor"] == "مسعود بزشكيان"
    assert ev.get("location") != "واشنطن"


def test_unnamed_authorities_are_the_country_of_the_article() -> None:
    text = ("قالت الأمم المتحدة إن الوضع في النيجر يتدهور. وتعاني النيجر من هجمات متكررة منذ سنوات. "
            "وكانت السلطات قد اعتقلت عشرات المعارضين في النيجر الشهر الماضي.")
    assert _one(text, "COERCE")["actor"] == "النيجر"


def test_authorities_of_a_named_place() -> None:
    text = ("تواجه نيجيريا أزمة أمنية متفاقمة. وتقول نيجيريا إن الهجمات تراجعت. "
            "وطلبت السلطات المحلية في ولاية زمفارا مساعدة الجيش.")
    ev = _one(text, "REQUEST")
    assert ev["actor"] == "ولاية زمفارا"
    assert ev["location"] == "ولاية زمفارا"  # also where it acts


def test_definite_subject_before_the_verb_keeps_the_object_nisba_out() -> None:
    ev = _one("وقال المتحدث باسم الجيش السوري العميد علي محمود إن الدفاعات الجوية أسقطت ثلاث طائرات "
              "إسرائيلية فوق ريف دمشق.", "ASSAULT")
    assert ev["actor"] != "إسرائيل"


def test_person_after_a_definite_affiliation() -> None:
    ev = _one("وأعلن الجيش الإسرائيلي أمس أن حماس خرقت الهدنة. ونفى القيادي في الحركة خليل الحية ذلك.", "REJECT")
    assert ev["actor"] == "خليل الحية"


def test_titled_person_after_lam_organisation() -> None:
    ev = _one("ودعا الأمين العام لحلف شمال الأطلسي ينس ستولتنبرغ إلى ضمان خروج آمن للمدنيين من البلاد.", "REQUEST")
    assert ev["actor"] == "ينس ستولتنبرغ"


def test_forces_of_the_mission_named_before() -> None:
    ev = _one("أعلنت بعثة الأمم المتحدة في جنوب السودان انتهاء مهمتها. "
              "ومن المقرر أن تغادر آخر قوات البعثة البلاد بحلول نهاية العام.", "RETREAT")
    assert ev["actor"] == "بعثة الأمم المتحدة في جنوب السودان"


def test_counted_soldiers_with_nationality_before_the_verb() -> None:
    ev = _one("وقال الكولونيل إن أكثر من مئتي عسكري فرنسي يرافقون القوات المالية في الميدان.", "MOBILIZE")
    assert ev["actor"] == "فرنسا"


def test_partner_nisba_after_a_preposition_is_not_the_actor() -> None:
    ev = _one("وأجرى وزير الخارجية الأمريكي ماركو روبيو اتصالين هاتفيين بنظيريه الهندي والباكستاني.", "CONSULT")
    assert ev["actor"] == "ماركو روبيو"


def test_administrative_unit_kept_in_the_location() -> None:
    ev = _one("وتتواصل المعارك في ولاية كردفان منذ أسابيع.", "ASSAULT")
    assert ev["location"] == "ولاية كردفان"


def test_fighters_of_an_organisation_named_before_withdraw() -> None:
    ev = _one("وقال حزب الله إنه قصف مواقع إسرائيلية. ويصل المبعوث الأمريكي إلى بيروت لبحث وقف النار "
              "وانسحاب مقاتلي الحزب من الحدود.", "RETREAT")
    assert ev["actor"] == "حزب الله"


def test_verb_after_qad_has_its_subject_before() -> None:
    ev = _one("وكان مجلس الأمن الدولي قد طالب الشهر الماضي قوات الدعم السريع بفك الحصار عن المدينة.", "REQUEST")
    assert ev["actor"] == "مجلس الأمن الدولي"


def test_relative_clause_verb_takes_the_head_name() -> None:
    evs = [e for e in _events("وعقد مجلس الأمن جلسة طارئة بطلب من بريطانيا، التي طالبت بوقف فوري لإطلاق النار.")
           if e["trigger"]["text"] == "طالبت"]
    assert evs and evs[0]["actor"] == "بريطانيا"
