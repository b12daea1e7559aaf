"""Round-14 event rules of the events stage (own sentences, not evaluation text): stative, nominal
and figurative readings that are no events (a cost paid, "imminent" danger, "calls itself", "any"
attack, a "blow" to a strategy, an attack ranked), one incident told once (the strike that caused
a death, a verb describing the strike noun before it, a confirmed death, the content of a vow),
missed triggers (forces that leave, a troop strength cut, an accord cancelled, a boycott of a
sitting, chants, rockets fired, the end of a mission), modality (a that-clause subject with its
future verb, a resolution that demands, a visit after which something came) and arguments (a
person after a titled ب-object, the members of a group, a facility taken up by its head noun)."""

from __future__ import annotations

import rasid
from helpers_docs import evs, kinds


def _events(text: str, etype: str) -> list[dict]:
    return [e for e in rasid.analyze(text).to_dict()["events"] if e["type"] == etype]


def _actors(text: str, etype: str) -> list[str | None]:
    return [e.get("actor") for e in _events(text, etype)]


# -- (1) stative, nominal and figurative readings -------------------------------------------------

def test_paying_costs_is_no_deployment() -> None:
    assert "MOBILIZE" not in kinds("وقال إن الجيش لن يغادر قبل أن تدفع الحكومة تكاليف القاعدة الجوية.")
    assert "MOBILIZE" not in kinds("ورفضت الوزارة أن تدفع تعويضات للشركة عن الطائرات المتضررة.")
    assert "MOBILIZE" in kinds("ودفعت أنقرة بتعزيزات عسكرية وقوات خاصة إلى الحدود.")


def test_imminent_danger_is_no_raid() -> None:
    assert "COERCE" not in kinds("وحذرت المنظمة من أن آلاف النازحين في خطر داهم.")
    assert "COERCE" in kinds("وداهمت الشرطة منزلا في حي الجامعة واعتقلت ثلاثة أشخاص.")


def test_calling_itself_is_no_firing() -> None:
    assert "ASSAULT" not in kinds("وظهرت جماعة تطلق على نفسها اسم ألوية الثأر في بيان مصور.")
    assert "ASSAULT" in kinds("وأطلق المسلحون صواريخ على البلدة.")


def test_traffic_in_and_out_is_no_withdrawal() -> None:
    assert "RETREAT" not in kinds("واتفق الجانبان على تسهيل دخول وخروج الطائرات العسكرية من المطار.")


def test_any_attack_is_hypothetical() -> None:
    assert "ASSAULT" not in kinds("وأرسلت واشنطن ألفي جندي إلى المنطقة تحسباً لأي هجوم.")
    assert "MOBILIZE" not in kinds("ورفض البرلمان أي وجود عسكري أجنبي على أراضي البلاد.")
    # … but "no … any" is a negated act
    assert ("AID", "دعم", "negated") in evs("وقال إن باريس لم تقدم أي دعم عسكري للمتمردين.") or \
        "AID" in kinds("وقال إن باريس لم تقدم أي دعم عسكري للمتمردين.")


def test_a_blow_to_a_strategy_is_a_metaphor() -> None:
    assert "ASSAULT" not in kinds("ويشكل القرار ضربة لاستراتيجية الحكومة في المنطقة.")
    assert "ASSAULT" not in kinds("واعتبر محللون الانسحاب ضربة موجعة لنفوذ باريس.")
    assert "ASSAULT" in kinds("ونفذت المقاتلات ضربة على مخزن للأسلحة.")


def test_a_ranked_attack_is_told_before() -> None:
    text = "هاجم مسلحون مركزا للشرطة في البلدة. ويعد الهجوم الأكبر للجماعة منذ خسارتها معاقلها عام 2019."
    assert [t for t, _, _ in evs(text)] == ["ASSAULT"]
    # يعد "prepares" with an indefinite noun is not a rating
    assert ("ASSAULT", "هجوما", "asserted") in evs("وقال إن الجيش يعد هجوما على المدينة.") or \
        "ASSAULT" in kinds("وقال إن الجيش يعد هجوما على المدينة.")


# -- (2) one incident told once -------------------------------------------------------------------

def test_death_and_the_strike_by_ba() -> None:
    text = "قتل قائد ميداني واثنان من حراسه، مساء الثلاثاء، بضربة نفذتها طائرة مسيرة تركية استهدفت سيارتهم."
    assert [t for t, _, _ in evs(text) if t == "ASSAULT"] == ["ASSAULT"]
    assert _actors(text, "ASSAULT") == ["تركيا"]
    text = "منذ مقتل قائد الجماعة ونائبه في الحركة المسلحة بضربة إسرائيلية قرب مطار دمشق فجر الأحد."
    assert _actors(text, "ASSAULT") == ["إسرائيل"]


def test_verb_describing_an_indefinite_strike_noun() -> None:
    text = "قتل جندي وأصيب ثلاثة آخرون في هجوم صاروخي استهدف مساء الأحد قاعدة عسكرية في المدينة."
    assert len(_events(text, "ASSAULT")) == 1
    # a definite subject before its verb is a clause of its own
    assert len(_events("وقال إن الغارة الأولى وقعت فجرا، ثم إن الجيش استهدف مواقع أخرى.", "ASSAULT")) >= 1


def test_confirmed_death_is_the_strike_told() -> None:
    text = "قتل قائد في الجماعة بغارة أمريكية قرب الحدود. وأكدت الجماعة مقتل القائد أبو علي في بيان."
    assert len(_events(text, "ASSAULT")) == 1
    assert len(_events("وأكدت الجماعة مقتل القائد أبو علي في بيان.", "ASSAULT")) == 1


def test_content_of_a_vow_or_a_threat() -> None:
    assert kinds("وتعهدت الجماعة بمواصلة الهجمات على القواعد.") == {"THREATEN"}
    assert "SANCTION" not in kinds("وهدد الرئيس الأمريكي دونالد ترامب بفرض عقوبات على العراق.")
    assert "SANCTION" in kinds("وفرضت الحكومة عقوبات على ثلاث شركات.")


def test_cooperation_named_by_its_accord() -> None:
    text = "وأعلن المجلس العسكري إلغاء اتفاقية التعاون العسكري مع الولايات المتحدة بأثر فوري."
    assert kinds(text) == {"SANCTION"}


def test_demand_chanted_by_a_crowd() -> None:
    assert kinds("وشيع الآلاف جثمان القائد وسط هتافات تطالب برحيل القوات الأجنبية.") == {"PROTEST"}
    assert kinds("وخرجت مظاهرات تطالب بإسقاط الحكومة في العاصمة.") == {"PROTEST"}
    assert "REQUEST" in kinds("وطالبت الحكومة بانسحاب القوات من البلاد.")


# -- (3) missed triggers ----------------------------------------------------------------------------

def test_forces_that_leave() -> None:
    assert ("RETREAT", "غادرت", "asserted") in evs("بعد أن غادرت القوات الفرنسية مالي في الصيف الماضي.")
    assert "RETREAT" not in kinds("وقال إن السفينة واصلت رحلتها بعد الحادث.")
    assert "RETREAT" not in kinds("وغادر آلاف المدنيين والأطفال المدينة خوفا من القصف.")


def test_troop_strength_cut() -> None:
    text = "وكانت القوات البريطانية قد خفضت عديدها في أفغانستان إلى 500 جندي."
    assert ("RETREAT", "خفضت", "asserted") in evs(text)


def test_accord_cancelled() -> None:
    assert ("SANCTION", "إلغاء", "asserted") in evs("وأعلن المجلس إلغاء اتفاقية الدفاع المشترك مع فرنسا.")
    assert "SANCTION" not in kinds("وأعلنت الوزارة إلغاء الزيارة بسبب سوء الأحوال الجوية.")


def test_boycott_of_a_sitting() -> None:
    assert "PROTEST" in kinds("وعقد البرلمان جلسة استثنائية وقاطعها معظم النواب المستقلين.")
    assert "PROTEST" not in kinds("وقاطعها المذيع أكثر من مرة خلال المقابلة.")


def test_rockets_fired_as_a_noun() -> None:
    assert ("ASSAULT", "إطلاق", "asserted") in evs(
        "وقال المصدر إن التحقيقات تشير إلى إطلاق 12 صاروخاً من منطقة زراعية.")
    assert "ASSAULT" not in kinds("وأعلن الحزب إطلاق حملته الانتخابية في العاصمة.")
    assert "ASSAULT" not in kinds("ودعا إلى وقف إطلاق النار في القطاع فورا.")


def test_end_of_a_mission() -> None:
    assert "RETREAT" in kinds("وتجري الحكومتان مباحثات عبر لجنة مشتركة لوضع جدول زمني لإنهاء مهمة التحالف.")


# -- (6) modality -------------------------------------------------------------------------------------

def test_that_clause_subject_with_future_verb() -> None:
    assert ("RETREAT", "انسحاب", "planned") in evs(
        "وأعلنت الوزارة أن انسحاب القوات البريطانية من البلاد سيكتمل بحلول نهاية العام.")


def test_visit_after_which_is_asserted() -> None:
    assert ("CONSULT", "زيارة", "asserted") in evs("وجاء القرار عقب زيارة وفد فرنسي رفيع إلى باماكو.")


def test_resolution_that_demands() -> None:
    assert ("REQUEST", "يطالب", "asserted") in evs("وصوت البرلمان على قرار يطالب الحكومة بطرد السفير.")
    assert ("RETREAT", "بسحب", "planned") in evs("وصوت البرلمان على قرار بسحب القوات من البلاد.")


# -- (4, 5) arguments ---------------------------------------------------------------------------------

def test_person_after_a_titled_ba_object() -> None:
    assert _actors("واتصل الرئيس ماكرون برئيس الحكومة نجيب ميقاتي.", "CONSULT") == ["ماكرون"]
    assert _actors("وقال الوزير إنه اتصل برئيس الحكومة نجيب ميقاتي.", "CONSULT") != ["نجيب ميقاتي"]


def test_members_of_a_group_act_for_it() -> None:
    assert _actors("وأعلنت الشرطة أن نحو 50 من عناصر حركة الشباب سلموا أنفسهم للقوات.", "RETREAT") == \
        ["حركة الشباب"]


def test_facility_taken_up_by_its_head_noun() -> None:
    text = "هاجم مسلحون سجن الصناعة في مدينة الحسكة. وبدأ الهجوم بتفجير سيارة مفخخة عند بوابة السجن."
    assert [e.get("location") for e in _events(text, "ASSAULT")] == ["سجن الصناعة", "سجن الصناعة"]


def test_definite_craft_subject_of_a_support_verb() -> None:
    assert "ASSAULT" in kinds("ونفذت الطائرات غارات على مواقع المسلحين.")


def test_agent_of_an_imposed_curfew() -> None:
    assert _actors("وسط حظر للتجول فرضته حركة طالبان منذ الجمعة.", "COERCE") == ["حركة طالبان"]


def test_besieging_fighters_is_an_assault() -> None:
    assert kinds("وقال إن القوات تحاصر المسلحين في المباني الشمالية.") == {"ASSAULT"}
    assert "COERCE" in kinds("وتفرض القوات حصارا على المدينة منذ أشهر.")


def test_headline_restated_by_the_lead() -> None:
    text = ("ضربة إسرائيلية تقتل قياديا في حركة حماس جنوب لبنان\n"
            "قتل قيادي بارز في حركة حماس، مساء الأربعاء، بضربة نفذتها طائرة مسيرة إسرائيلية.")
    assert [(t, tr) for t, tr, _ in evs(text)] == [("ASSAULT", "قتل")]


def test_facility_further_after_the_trigger() -> None:
    text = ("هاجم مسلحون سجن الصناعة في مدينة الحسكة. ونفذت طائرات التحالف غارات على مبان تحصن فيها "
            "المسلحون في محيط السجن.")
    assert [e.get("location") for e in _events(text, "ASSAULT")] == ["سجن الصناعة", "سجن الصناعة"]


def test_sitting_of_a_vote_is_no_consultation() -> None:
    assert "CONSULT" not in kinds("وصوت البرلمان على قرار يطالب بطرد السفير، في جلسة حضرها 200 نائب.")
    assert "CONSULT" in kinds("ومن المقرر أن يعقد مجلس الأمن جلسة طارئة لبحث الأزمة.")


def test_broken_plural_nationality() -> None:
    assert _actors("ووصل إلى العاصمة مدربون عسكريون روس مع أسلحة.", "MOBILIZE") == ["روسيا"]


def test_victims_nationality_is_no_actor() -> None:
    assert _actors("وقتل ثلاثة جنود أمريكيين في هجوم.", "ASSAULT") == [None]
    assert _actors("قتل متعاقد مدني وأصيب تسعة آخرون، بينهم جندي أمريكي، في هجوم صاروخي.", "ASSAULT") == [None]
    assert _actors("قتل 5 مسلحين في غارة أمريكية.", "ASSAULT") == ["الولايات المتحدة"]


def test_place_that_witnessed_the_event() -> None:
    text = "وتشهد منطقة الساحل تصاعداً في هجمات الجماعات المسلحة، إذ قتل 20 جنديا في كمين بمنطقة تيلابيري."
    # the second place is read as the KB writes the region (with or without its head noun)
    assert [e.get("location") for e in _events(text, "ASSAULT")] in (
        ["منطقة الساحل", "تيلابيري"], ["منطقة الساحل", "منطقة تيلابيري"])
    got = _events("وشهدت العاصمة طرابلس اشتباكات عنيفة بين الفصائل.", "ASSAULT")
    assert got and got[0].get("actor") is None and got[0].get("location") == "طرابلس"


def test_site_named_before_its_country() -> None:
    text = "وجاءت الضربة بعد أيام من هجوم بطائرة مسيرة على قاعدة عين الأسد في الأنبار."
    assert [e.get("location") for e in _events(text, "ASSAULT")] == ["قاعدة عين الأسد"]


def test_striking_back_at_an_attack() -> None:
    assert ("ASSAULT", "ترد", "possible") in evs("ولم يستبعد مسؤول تحدث للصحفيين أن ترد واشنطن على الهجوم.")
    assert ("THREATEN", "وسنرد", "asserted") in evs("وقال الرئيس خلال زيارة إلى ولاية كارولاينا: «وسنرد».")
    assert "ASSAULT" not in kinds("وردت الحكومة على الاتهامات ببيان مطول.")


def test_this_is_the_first_attack() -> None:
    text = "قتل جندي في هجوم صاروخي على القاعدة. وهذا أول هجوم كبير يستهدف القوات الأمريكية منذ أشهر."
    assert len(_events(text, "ASSAULT")) == 1
    assert len(_events("وهذا أول هجوم كبير يستهدف القوات الأمريكية منذ أشهر.", "ASSAULT")) == 1


def test_quoted_noun_governed_by_a_verb_of_doing() -> None:
    text = 'وقالت الحركة إن "إسرائيل أقدمت على عملية اغتيال جبانة".'
    assert _actors(text, "ASSAULT") == ["إسرائيل"]
    assert not evs('وقال: "نريد شراكة حقيقية وحوارا دائما".')


def test_departure_begun() -> None:
    assert ("RETREAT", "بالمغادرة", "asserted") in evs('وقال المتحدث إن "بعض الجنود والمعدات" بدأوا بالمغادرة بالفعل.')
    assert "RETREAT" not in kinds("وقال إن العائلات بدأت بالمغادرة.")


def test_timetable_for_an_act_is_planned() -> None:
    assert ("RETREAT", "لانسحاب", "planned") in evs("وحددت الحكومة موعدا نهائيا لانسحاب القوات الأجنبية.")
    assert ("RETREAT", "لإنهاء مهمة التحالف", "planned") in evs(
        "وتجري الحكومتان مباحثات عبر لجنة مشتركة لوضع جدول زمني لإنهاء مهمة التحالف.")


def test_represented_at_a_meeting_is_no_rating() -> None:
    assert "CONSULT" in kinds("ومثل الوزير بلاده في اجتماع وزراء الخارجية العرب.")
