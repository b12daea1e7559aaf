"""Round-7 event rules of the events stage (own sentences, not evaluation text): the content of a
threat or a call, answered requests, declared defeats, dialogue rounds, advancing, staying and
stationed forces, troop counts, the end of a combat mission, sorties, taking part in a battle,
"not ruled out" at a distance, stipulations, the toll of a known strike, and a few argument
rules (the conjunction ف before a subject, "his country", an unnamed spokesman's body, the
parties who reached an agreement, the nationality after a count)."""

from __future__ import annotations

import rasid
from helpers_docs import evs, kinds


def _one(text: str, etype: str) -> dict:
    found = [e for e in rasid.analyze(text).to_dict()["events"] if e["type"] == etype]
    assert found, (etype, evs(text))
    return found[0]


def test_threatened_attack_is_the_threat_content() -> None:
    text = "وكانت الجماعة قد هددت مرارا بشن هجمات على القواعد الأجنبية."
    assert kinds(text) == {"THREATEN"}
    assert "ASSAULT" in kinds("وشنت الجماعة هجمات على القواعد الأجنبية.")


def test_call_content_is_no_event() -> None:
    assert "COOPERATE" not in kinds("ودعا وزير الخارجية نظيره التركي إلى التنسيق بين الجيشين.")
    assert "CONSULT" not in kinds("ودعا الرئيس إلى جلسة طارئة للبرلمان.")
    assert ("PROTEST", "التظاهر", "planned") in evs("ودعت النقابة أعضاءها إلى التظاهر أمام الوزارة.")
    assert "SANCTION" in kinds("ودعا الحزب أنصاره إلى مقاطعة الانتخابات.")


def test_answered_request_is_no_request() -> None:
    assert "REQUEST" not in kinds("وبعد تلقي طلب رسمي من الحكومة، بدأت الطائرات قصف المواقع.")
    text = "وجاء ذلك بعد موافقة البرلمان بالإجماع على طلب الرئيس نشر قوات."
    assert "AGREE" in kinds(text) and "REQUEST" not in kinds(text)
    assert ("REQUEST", "بطلب رسمي من", "asserted") in evs("وقالت دمشق إن الطائرات جاءت بطلب رسمي من الحكومة.")


def test_declared_defeat() -> None:
    ev = _one("وأعلنت الحكومة العراقية هزيمة التنظيم عسكريا.", "ASSAULT")
    assert ev["actor"] == "الحكومة العراقية"
    assert "ASSAULT" not in kinds("وقال الخبير إن لدى الإدارة خطة لهزيمة التنظيم.")


def test_dialogue_held_not_called_for() -> None:
    assert "CONSULT" in kinds("واستأنف الطرفان الحوار الأمني في العاصمة.")
    assert "CONSULT" in kinds("وانتهت أمس جولة جديدة من الحوار بين الحكومة والمعارضة.")
    assert "CONSULT" not in kinds("وحثت السفارة الأطراف على الحوار.")
    assert "CONSULT" not in kinds("وقال إن حل الخلافات يجب أن يكون عبر الحوار.")


def test_forces_advancing() -> None:
    assert "ASSAULT" in kinds("وقال القائد إن قطعات الجيش تتقدم من محورين نحو المدينة.")
    ev = _one("وقال الوزير إن الوضع خطير، فالقوات التركية تتقدم جنوبا وغربا.", "ASSAULT")
    assert ev["trigger"]["text"] == "تتقدم"
    assert "ASSAULT" not in kinds("وتقدم الجيش بشكوى رسمية إلى الأمم المتحدة.")
    assert "ASSAULT" not in kinds("وأشار إلى توقف تقدم المسلحين في المنطقة.")


def test_forces_staying_or_stationed() -> None:
    ev = _one("وقال مسؤول إن نحو 200 جنديا أمريكيا سيبقون في القاعدة الجوية.", "MOBILIZE")
    assert ev["modality"] == "planned" and ev["actor"] == "الولايات المتحدة"
    assert ("MOBILIZE", "ستتمركز", "planned") in evs("وأضاف أن القوات المتبقية ستتمركز في قاعدتين شمال البلاد.")
    assert "MOBILIZE" not in kinds("وقال إن الجنود الذين بقوا في المدينة قتلوا.")


def test_troop_counts() -> None:
    ev = _one("وقال مسؤول إن عدد الجنود الفرنسيين في مالي، البالغ نحو 5 آلاف جندي، لن يتغير.", "MOBILIZE")
    assert ev["quantity"] == 5000
    ev = _one("وأشار التقرير إلى وجود نحو 3 آلاف جندي إريتري في الإقليم.", "MOBILIZE")
    assert ev["actor"] == "إريتريا"
    assert "MOBILIZE" in kinds("ويوجد نحو 700 جندي بريطاني منتشرين في المنطقة.")
    assert "MOBILIZE" not in kinds("وأكد وجود 50 مدنيا في المبنى.")


def test_end_of_combat_mission_is_a_withdrawal() -> None:
    assert "RETREAT" in kinds("وأعلن الوزير انتهاء المهمة القتالية للقوات الأجنبية في البلاد.")
    assert ("RETREAT", "إنهاء المهمة القتالية", "planned") in evs(
        "وتوصل الطرفان إلى اتفاق نص على إنهاء المهمة القتالية بحلول الصيف.")


def test_stipulated_act_is_planned() -> None:
    assert ("MOBILIZE", "بانتشار", "planned") in evs(
        "وقالت الإدارة الكردية إنها توصلت إلى تفاهم مع الحكومة في دمشق يقضي بانتشار الجيش على الحدود.")


def test_not_ruled_out_at_a_distance_is_possible() -> None:
    assert ("ASSAULT", "ضربات", "possible") in evs("ولم يستبعد مسؤول غربي كبير توجيه ضربات جديدة.")


def test_sorties_are_strikes() -> None:
    assert "ASSAULT" in kinds("وقالت الوزارة إن مقاتلاتها نفذت 30 طلعة جوية فوق المنطقة.")
    assert ("ASSAULT", "طلعاتها", "planned") in evs("وأكد أن طائرات التحالف ستواصل طلعاتها فوق البلاد.")
    assert "ASSAULT" not in kinds("ونفذت الطائرات طلعات استطلاعية فوق الحدود.")


def test_air_support_restricted_to_is_planned_aid() -> None:
    assert ("AID", "الإسناد", "planned") in evs("وقال إن دور قواته سيقتصر على الإسناد الجوي للجيش.")
    assert "AID" not in kinds("وتقدمت القوات بإسناد من الطيران نحو البلدة.")


def test_taking_part_in_battle_is_fighting() -> None:
    assert ("ASSAULT", "تشارك", "negated") in evs("وقال مسؤول إن كندا لم تشارك بقوات برية في المعركة.")
    assert ("MOBILIZE", "للمشاركة", "planned") in evs("وقالت أنقرة إنها مستعدة للمشاركة بقوات برية في المهمة.")


def test_description_as_aggression_and_not() -> None:
    assert "ACCUSE" in kinds("وقال الجيش إن الضربة دمرت مخازن، واصفا إياها بأنها عدوان سافر.")
    assert "ACCUSE" not in kinds("ووصف التلفزيون الرسمي الضربات بأنها بداية مرحلة جديدة في الحرب على الإرهاب.")


def test_civilians_fleeing_and_topics() -> None:
    assert "RETREAT" not in kinds("وفر نحو 800 شخص من عائلات عناصر التنظيم من المخيم.")
    assert "RETREAT" in kinds("وفر مقاتلو التنظيم من البلدة.")
    assert "COOPERATE" not in kinds("واتفق الجانبان على لقاء جديد لبحث مستقبل التعاون الأمني.")


def test_toll_of_a_known_strike_is_reported() -> None:
    text = ("وشنت الطائرات غارات على ريف المدينة أمس. "
            "وأفاد ناشطون بأن الغارات أوقعت 20 قتيلا على الأقل.")
    assert [t for t, _, _ in evs(text)].count("ASSAULT") == 2


def test_his_country_is_the_speakers_state() -> None:
    ev = _one("وقال الرئيس الروسي فلاديمير بوتين إن بلاده لن ترسل قوات برية إلى ليبيا.", "MOBILIZE")
    assert ev["actor"] == "روسيا" and ev["modality"] == "negated"


def test_parties_who_reached_an_agreement() -> None:
    ev = _one("وجاء القرار تنفيذا للاتفاق الذي توصل إليه الرئيس الفرنسي إيمانويل ماكرون ونظيره المالي.",
              "AGREE")
    assert ev["actor"] == "إيمانويل ماكرون"


def test_a_condition_is_no_act() -> None:
    assert "ASSAULT" not in kinds("وقال إن بلاده سترد بقوة إذا استهدفت القوات مواقعها.")
    assert ("ASSAULT", "الهجوم", "possible") in evs("وقال إن الجيش سيتدخل إذا بدأ الهجوم البري.")


def test_suspended_accord_is_the_sanction_object() -> None:
    text = "وأعلنت الوزارة تعليق العمل بمذكرة التفاهم حول سلامة الطيران."
    assert ("SANCTION", "تعليق", "asserted") in evs(text)
    assert "AGREE" not in kinds(text)
