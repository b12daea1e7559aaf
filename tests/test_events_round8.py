"""Round-8 event rules of the events stage (own sentences, not evaluation text): the number twelve,
rockets fired far from the verb or falling, protesters who storm, deaths in a disaster, alarm
systems, forces that spread out, combat one stays out of, extending control, quoted vows, a known
attack placed in time, ranked events with adjectives, the content of a request, and argument rules
(the subject of an أن-clause, units of a named force, a long title, a counted soldier's nationality,
the calls one rejects)."""

from __future__ import annotations

import rasid
from helpers_docs import evs, kinds


def _one(text: str, etype: str) -> dict:
    found = [e for e in rasid.analyze(text).to_dict()["events"] if e["type"] == etype]
    assert found, (etype, evs(text))
    return found[0]


def test_twelve_is_no_praise() -> None:
    text = "أطلقت الميليشيا اثني عشر صاروخا على المطار."
    assert "SUPPORT" not in kinds(text) and "ASSAULT" in kinds(text)
    assert "SUPPORT" in kinds("وأثنى الوزير على جهود الجيش.")


def test_rockets_fired_far_from_the_verb() -> None:
    text = "أطلق الحوثيون صباح أمس الأحد أكثر من عشرين صاروخا على مدينة جازان."
    assert ("ASSAULT", "أطلق", "asserted") in evs(text)
    assert "ASSAULT" not in kinds("أطلق الرئيس أمس في العاصمة مبادرة جديدة للحوار الوطني.")


def test_falling_projectiles() -> None:
    assert "ASSAULT" in kinds("وقال الجيش إن ثلاث قذائف سقطت قرب المطار.")
    assert "ASSAULT" not in kinds("سقطت الحكومة بعد تصويت البرلمان.")


def test_protesters_storming() -> None:
    text = "اقتحم مئات المحتجين مقر البرلمان في العاصمة."
    assert "PROTEST" in kinds(text) and "ASSAULT" not in kinds(text)
    assert "ASSAULT" in kinds("اقتحمت قوات الأمن ساحة الاعتصام فجر اليوم.")
    # the protesters right after the verb are those of a protest already told
    assert "PROTEST" not in kinds("وأغلقت السلطات المطار بعد أن اقتحم المتظاهرون مبنى الركاب.")


def test_deaths_in_a_disaster() -> None:
    assert "ASSAULT" not in kinds("قتل 30 شخصا في تدافع خلال مهرجان ديني.")
    assert "ASSAULT" in kinds("قتل 30 شخصا في غارة على السوق.")


def test_alarm_is_no_threat() -> None:
    assert "THREATEN" not in kinds("وقال إن صفارات الإنذار دوت في أنحاء المدينة.")
    assert "THREATEN" not in kinds("وساعد نظام الإنذار المبكر في إجلاء السكان.")
    assert "THREATEN" in kinds("ووجه الجيش إنذارا أخيرا إلى المسلحين.")


def test_forces_that_spread_out() -> None:
    assert ("MOBILIZE", "سينتشرون", "planned") in evs("وقال الوزير إن المستشارين سينتشرون في قواعد عدة.")
    assert "MOBILIZE" not in kinds("وانتشر الوباء في المدينة بسرعة.")


def test_combat_one_stays_out_of() -> None:
    assert ("ASSAULT", "يشاركوا", "negated") in evs("وأكد الوزير أن الجنود لن يشاركوا في عمليات قتالية.")


def test_extending_control() -> None:
    assert "ASSAULT" in kinds("بسطت القوات الحكومية سيطرتها، أمس، على مدينة الرقة.")
    assert "ASSAULT" not in kinds("أحكمت الحكومة سيطرتها على الأسعار.")


def test_quoted_vow() -> None:
    assert "THREATEN" in kinds("وقال الوزير: «لن نتردد في الرد على أي اعتداء».")


def test_known_attack_placed_in_time() -> None:
    text = "أطلقت الميليشيا عشرة صواريخ على القاعدة. وجاء الهجوم بعد ساعات من تشييع القائد."
    assert [t for t, _, _ in evs(text)].count("ASSAULT") == 1


def test_ranked_event_with_adjectives() -> None:
    text = "قصفت الطائرات القاعدة، في أول ضربة جوية مباشرة تستهدف مواقع الجيش منذ سنوات."
    assert [t for t, _, _ in evs(text)] == ["ASSAULT"]


def test_content_of_a_request() -> None:
    text = "وكانت الحكومة السورية قد طلبت رسميا من موسكو شن غارات على مواقع المتمردين."
    assert "REQUEST" in kinds(text) and "ASSAULT" not in kinds(text)


def test_subject_of_the_complement_clause_is_no_actor() -> None:
    ev = _one("حذرت وزارة الخارجية الروسية من أن واشنطن ستتحمل العواقب.", "THREATEN")
    assert ev["actor"] == "وزارة الخارجية الروسية"
    ev = _one("وقال المسؤول إن الوضع خطير، وحذر من أن واشنطن ستتحمل العواقب.", "THREATEN")
    assert ev["actor"] != "واشنطن"


def test_units_of_a_named_force() -> None:
    ev = _one("وأعلنت وزارة الدفاع التركية النبأ. وجاء ذلك بعد انسحاب وحدات من الجيش السوري من البلدة.",
              "RETREAT")
    assert ev["actor"] == "الجيش السوري"


def test_long_title_before_the_name() -> None:
    ev = _one("وقال ترامب إن العملية ناجحة. في المقابل، أدان رئيس حكومة الوحدة الوطنية الليبية عبد الحميد "
              "الدبيبة الهجوم.", "ACCUSE")
    assert ev["actor"] == "عبد الحميد الدبيبة"


def test_counted_soldiers_nationality() -> None:
    ev = _one("وقال المتحدث باسم التحالف إن العملية انتهت. ويوجد في سوريا نحو 900 عسكري أمريكي.", "MOBILIZE")
    assert ev["actor"] == "الولايات المتحدة"


def test_calls_rejected_are_made_by_others() -> None:
    text = "رفض رئيس الوزراء نوري المالكي الدعوات إلى تشكيل حكومة جديدة."
    assert _one(text, "REJECT")["actor"] == "نوري المالكي"
    assert _one(text, "REQUEST")["actor"] is None


def test_fighters_of_the_organisation_after_kana() -> None:
    text = ("سيطر تنظيم داعش على المدينة. وأعلنت وزارة الدفاع الأمريكية النبأ. وكان مسلحو التنظيم قد "
            "اجتاحوا مدينة تكريت الشهر الماضي.")
    assert rasid.analyze(text).to_dict()["events"][-1]["actor"] == "تنظيم داعش"


def test_condemnation_participle_is_the_same_act() -> None:
    assert [t for t, _, _ in evs("أدان رئيس الوزراء الهجمات، معتبرا إياها اعتداء على السيادة.")].count("ACCUSE") == 1
    assert "ACCUSE" in kinds("وقال الجيش إن الضربة دمرت القاعدة، واصفا إياها بأنها عدوان سافر.")
