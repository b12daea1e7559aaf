"""Round-4 generalisation rules of the events stage (own sentences, not evaluation text)."""

from __future__ import annotations

import pytest

import rasid
from helpers_docs import evs, kinds


def _events(text: str) -> list[dict]:
    return rasid.analyze(text).to_dict()["events"]


@pytest.mark.parametrize("text", [
    "وتقول الوزارة إن عدد الجنود البريطانيين في قبرص يبلغ نحو ألفي جندي.",     # troop total
    "ويبلغ قوام القوة الدولية في الإقليم حاليا قرابة تسعة آلاف جندي.",
    "وأوضح أن عدد القوات الفرنسية هناك لا يتجاوز 800 جندي.",
])
def test_troop_totals_are_mobilize(text: str) -> None:
    assert "MOBILIZE" in kinds(text)


def test_raised_troop_total_is_planned() -> None:
    assert any(t == "MOBILIZE" and m == "planned"
               for t, _, m in evs("وقال المتحدث إن الحكومة سترفع عدد قواتها في الميناء إلى نحو ثلاثة آلاف جندي."))


def test_troop_count_without_a_total_or_cut_is_no_mobilize() -> None:
    assert "MOBILIZE" not in kinds("وارتفع عدد الجنود القتلى منذ الصباح.")
    assert "MOBILIZE" not in kinds("وقررت الحكومة خفض عدد القوات في الشمال إلى ألف جندي.")


def test_soldiers_sent_to_help_are_mobilize_not_aid() -> None:
    got = evs("وأعلنت كندا إرسال 300 جندي للمساعدة في حماية المطار.")
    assert ("MOBILIZE", "إرسال", "planned") in got
    assert "AID" not in {t for t, _, _ in got}


def test_aid_sent_stays_aid() -> None:
    assert "AID" in kinds("وأرسلت الحكومة مساعدات إنسانية إلى المنطقة المنكوبة.")
    # trainers sent to help are aid, as before
    assert "AID" in kinds("ويمكن أن تساعد الدول عن طريق إرسال المزيد من المدربين للمساعدة.")


def test_accompanying_troops_are_mobilize() -> None:
    assert "MOBILIZE" in kinds("وقال إن نحو مئتي مستشار بريطاني يرافقون القوات الكينية.")


@pytest.mark.parametrize("text", [
    "وشارك المئات في إجلاء الجرحى والمدنيين من الحي.",             # evacuating civilians
    "وتعمل السفارة على إجلاء رعاياها من البلاد.",
    "سقط عدد من الركاب من طائرة نقل مدنية بعد إقلاعها.",               # a transport plane
    "وأطلقت الشرطة الغاز المسيل للدموع على الحشود في الساحة.",        # a crowd of people
])
def test_evacuation_transport_and_crowds_are_not_military(text: str) -> None:
    assert not kinds(text) & {"RETREAT", "MOBILIZE"}


def test_massed_troops_are_still_mobilize() -> None:
    assert "MOBILIZE" in kinds("ورصدت الأقمار الصناعية حشود عسكرية قرب الحدود.")


def test_dispersing_a_crowd_is_coerce() -> None:
    assert "COERCE" in kinds("واستخدمت قوات الأمن خراطيم المياه لتفريق المتظاهرين أمام البرلمان.")


@pytest.mark.parametrize("text", [
    "ونفى المتحدث باسم وزارة الدفاع أن تكون قواته قد قصفت القرية.",
    "ونفت الحركة أي صلة لها بالتفجير.",
])
def test_denial_of_a_claim_is_reject(text: str) -> None:
    assert "REJECT" in kinds(text)


def test_denied_act_stays_negated() -> None:
    got = evs("ونفى المتحدث باسم وزارة الدفاع أن تكون قواته قد قصفت القرية.")
    assert ("ASSAULT", "قصفت", "negated") in got


def test_ruling_out_is_negated() -> None:
    got = evs("وقال إن الخيارات تشمل ضرب أهداف خارج البلاد، مستبعدا شن ضربات داخل أراضيها.")
    assert ("ASSAULT", "ضرب", "possible") in got
    assert any(t == "ASSAULT" and m == "negated" for t, _, m in got)


def test_not_ruling_out_is_possible() -> None:
    got = evs("ولم يستبعد مسؤول عسكري إرسال قوات إضافية إلى المنطقة.")
    assert ("MOBILIZE", "إرسال", "possible") in got


def test_not_hesitating_is_a_pledge() -> None:
    got = evs('وقال الوزير إن بلاده "لن تتردد" في فرض عقوبات جديدة على الشركات.')
    assert any(t == "SANCTION" and m == "planned" for t, _, m in got)


def test_not_stopping_until_is_planned() -> None:
    got = evs("وقال القائد إن قواته لن تتوقف حتى تحرير المدينة من المسلحين.")
    assert any(t == "ASSAULT" and m == "planned" for t, _, m in got)


def test_authorised_deployment_is_planned() -> None:
    assert ("MOBILIZE", "بنشر", "planned") in evs("وكان الرئيس قد أذن الأحد بنشر نحو ألف جندي.")


def test_negated_revenge_and_pledges() -> None:
    assert ("ASSAULT", "تنتقم", "negated") in evs("وأكد المتحدث أن الحركة لن تنتقم من أحد.")
    assert "THREATEN" in kinds('وقال الوزير: "ستتخذ كل الإجراءات اللازمة لحماية مواطنينا".')


def test_calling_an_act_a_violation_is_accuse() -> None:
    assert "ACCUSE" in kinds("وقال المتحدث إن إرسال الأسلحة يشكل انتهاكا للقانون الدولي.")


def test_recalling_accreditation_is_sanction() -> None:
    assert "SANCTION" in kinds("وسحبت الحكومة في الربيع الماضي اعتماد السفير الروسي.")


def test_any_talks_refused_are_no_consultation() -> None:
    assert "CONSULT" not in kinds("وترفض الجماعة أي تفاوض مع الحكومة.")


def test_person_with_a_title_in_an_organisation_is_the_actor() -> None:
    evs_ = [e for e in _events("واتهم رئيس المجلس الرئاسي فائز السراج حفتر بالغدر.") if e["type"] == "ACCUSE"]
    assert evs_ and evs_[0]["actor"] == "فائز السراج"


def test_subject_of_kana_with_a_title_between() -> None:
    got = [e for e in _events("وكان الأمين العام للأمم المتحدة أنطونيو غوتيريش قد التقى حفتر في بنغازي.")
           if e["type"] == "CONSULT"]
    assert got and got[0]["actor"] == "أنطونيو غوتيريش"


def test_launcher_of_the_object_is_not_the_actor() -> None:
    got = [e for e in _events("وقال سلاح الجو الأوكراني إن الدفاعات الجوية أسقطت 20 طائرة مسيرة أطلقتها القوات الروسية.")
           if e["type"] == "ASSAULT"]
    assert got and got[0]["actor"] != "القوات الروسية"


def test_the_accused_does_what_he_is_accused_of() -> None:
    got = [e for e in _events("اتهم الرئيس الأوكراني فولوديمير زيلينسكي إيران، الثلاثاء، بتزويد روسيا بطائرات مسيرة.")
           if e["type"] == "AID"]
    assert got and got[0]["actor"] == "إيران"


def test_place_of_allegiance_is_not_the_location() -> None:
    got = [e for e in _events("وأعلنت جماعة موالية لطهران مسؤوليتها عن هجمات على ثلاث قواعد في سوريا.")
           if e["type"] == "ASSAULT"]
    assert got and got[0].get("location") != "طهران"


def test_support_verb_and_its_noun_are_one_event() -> None:
    got = [t for t, _, _ in evs("شنت طائرة حربية تابعة لقوات الجيش الوطني صباح اليوم الاثنين غارة على مطار المدينة.")]
    assert got.count("ASSAULT") == 1


def test_ranked_event_is_the_one_just_told() -> None:
    got = [t for t, _, _ in evs("وقتل ثلاثة جنود في هجوم على قاعدة قرب الحدود، في أول هجوم يودي بحياة جنود منذ بدء الحرب.")]
    assert got.count("ASSAULT") == 1
    got = [t for t, _, _ in evs("وتعرضت المدينة لموجة من الهجمات بطائرات مسيرة، أصابت إحداها مبنى سكنيا.")]
    assert got.count("ASSAULT") == 1


def test_the_sufferer_is_not_the_actor() -> None:
    got = [e for e in _events("وكانت كييف قد تعرضت صباح أمس لموجة من الهجمات بطائرات مسيرة.") if e["type"] == "ASSAULT"]
    assert got and got[0].get("actor") != "كييف"


def test_official_in_a_body_speaks_for_it() -> None:
    got = [e for e in _events("ونفى مسؤول في الخارجية الفرنسية أن تكون باريس قد قدمت أي دعم للهجوم.")
           if e["type"] == "REJECT"]
    assert got and got[0]["actor"] == "الخارجية الفرنسية"


def test_is_considered_is_no_promise() -> None:
    got = evs("ويعد القصف الأعنف منذ بدء الحرب، وفق مسؤولين.")
    assert got and all(m == "asserted" for _, _, m in got)


def test_a_name_given_to_the_act_is_no_second_act() -> None:
    got = [t for t, _, _ in evs('وتشن روسيا منذ فبراير الماضي حربا على أوكرانيا تقول إنها "عملية عسكرية خاصة".')]
    assert got.count("ASSAULT") == 1


def test_relative_clause_on_an_event_noun_is_no_second_act() -> None:
    got = evs('وأدانت الحكومة في بيان "الهجوم الإرهابي الذي استهدف موقعا متقدما على الحدود".')
    assert ("ASSAULT", "استهدف", "asserted") not in got
    # the agent verb of a relative clause still carries the event
    assert "ASSAULT" in kinds("وقلل المسؤول من حجم الضربات التي شنتها الطائرات على المدينة فجر السبت.")


def test_being_behind_an_attack_is_accuse() -> None:
    assert "ACCUSE" in kinds("وقال الرئيس إن جماعات متشددة تعمل في المنطقة تقف وراء الهجوم.")
    assert "ACCUSE" not in kinds("وتقف الحكومة وراء شعبها.")


def test_a_proposal_is_possible() -> None:
    assert ("SANCTION", "قطع العلاقات", "possible") in evs("واقترح الرئيس قطع العلاقات الدبلوماسية مع الجارة.")


def test_a_denial_does_not_reach_an_affirmed_clause() -> None:
    got = evs("ونفت الوزارة هذا الرقم وأكدت أن عدد الجنود هناك لا يتجاوز ألف جندي.")
    assert any(t == "MOBILIZE" and m == "asserted" for t, _, m in got)


def test_an_unnamed_official_stands_for_his_state() -> None:
    got = [e for e in _events("ولم يستبعد مسؤول أمريكي إرسال قوات أخرى إلى العراق.") if e["type"] == "MOBILIZE"]
    assert got and got[0]["actor"] == "الولايات المتحدة"


def test_person_before_the_verb_is_its_subject() -> None:
    got = [e for e in _events("وقال المتحدث إن وزير الخارجية عباس عراقجي سيزور دمشق غدا الأحد.") if e["type"] == "CONSULT"]
    assert got and got[0]["actor"] == "عباس عراقجي"


def test_the_place_visited_is_the_location_not_the_actor() -> None:
    got = [e for e in _events("وقال إن الوزير سيزور دمشق غدا الأحد ثم يتوجه إلى أنقرة.") if e["type"] == "CONSULT"]
    assert got and got[0]["location"] == "دمشق" and got[0].get("actor") != "دمشق"


def test_an_earlier_act_in_a_time_clause_is_its_own_event() -> None:
    got = [t for t, _, _ in evs("وتنشر الحكومة نحو 400 جندي في الإقليم، بعد أن أمر الرئيس العام الماضي بإعادة نشر قوات فيه.")]
    assert got.count("MOBILIZE") == 2
