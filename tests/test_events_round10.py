"""Round-10 event rules of the events stage (own sentences, not evaluation text): troop cuts as
withdrawals ending at the new level, the agent of an operation named after a long victim's name,
a force adjective before the nationality, the genitive agent of an attack or a visit, dawn that is
no bombing, training centres as places, more strikes asked for, death sentences, what strikes
destroyed, "his country" after a titled speaker, "his forces" of a commander, the toll going on in
a coordination, vows of reprisal, "will not accept", burning alive, part of a count, attacks
claimed or commented on, no information about an attack, a bare title for the titled person, the
nationality of a strike, notifying a named party, permission to pass, a description past a
relative clause, "the occupation" as a state, monitors that field no forces, and the fighting of an
attack with its toll."""

from __future__ import annotations

import rasid
from helpers_docs import evs, kinds


def _one(text: str, etype: str) -> dict:
    found = [e for e in rasid.analyze(text).to_dict()["events"] if e["type"] == etype]
    assert found, (etype, evs(text))
    return found[0]


def test_troop_cut_is_a_withdrawal() -> None:
    text = "أعلنت الحكومة أنها ستخفض عدد قواتها في مالي من ألفي جندي إلى 800 جندي."
    ev = _one(text, "RETREAT")
    assert ev["modality"] == "planned" and ev["quantity"] == 800
    assert "MOBILIZE" not in kinds(text)
    text = "وسيتراجع عدد الجنود الفرنسيين من 4500 إلى 500 جندي بحلول الصيف."
    assert "RETREAT" in kinds(text) and "MOBILIZE" not in kinds(text)
    assert _one("وكانت فرنسا قد خفضت عديد قواتها من 5000 جندي إلى نحو 3000 جندي.", "RETREAT")["quantity"] == 3000


def test_cut_of_aid_is_no_withdrawal() -> None:
    assert "RETREAT" not in kinds("ونفى المتحدث أن تكون الحكومة قد قلصت دعمها العسكري للجيش.")
    assert "RETREAT" not in kinds("تراجعت أسعار النفط اليوم.")


def test_operation_agent_after_a_long_victim_name() -> None:
    text = ('أعلن الرئيس، صباح الأحد، مقتل زعيم تنظيم "القاعدة" عبد المالك دروكدال خلال عملية '
            'نفذتها قوات خاصة فرنسية ليل السبت.')
    assert _one(text, "ASSAULT")["actor"] == "فرنسا"
    # no agent named after the relative verb: nobody (not the victim's group)
    assert _one("أعلنت الحركة مقتل قائدها خلال هجوم نفذته في الشمال.", "ASSAULT")["actor"] is None


def test_genitive_agent_of_an_attack_in_quotes() -> None:
    ev = _one('وجاء ذلك بعد هجمات حركة "الشباب" على قاعدة عسكرية.', "ASSAULT")
    assert ev["actor"] and "الشباب" in ev["actor"]


def test_titled_visitor() -> None:
    ev = _one("وتم التوقيع خلال زيارة رئيس الوزراء مصطفى مدبولي إلى باريس.", "CONSULT")
    assert ev["actor"] == "مصطفى مدبولي"


def test_dawn_is_no_bombing() -> None:
    text = "قتل القائد خلال عملية إنزال نفذتها قوات خاصة أمريكية فجراً في بلدة حدودية."
    assert [t for t, _, _ in evs(text)].count("ASSAULT") == 1
    assert ("ASSAULT", "فجر قنبلة", "asserted") in evs("وأوضح أن القائد فجر قنبلة في الطابق الثالث من المبنى.")


def test_training_centres_are_places() -> None:
    assert "AID" not in kinds("ودمرت الغارات مراكز تدريب ومستودعات ذخيرة للمسلحين.")
    assert "AID" not in kinds("وقصفت الطائرات معسكرات تدريب تابعة للحركة.")


def test_more_strikes_asked_for() -> None:
    text = "وقال المتحدث إن الأسلحة وصلت، داعياً التحالف إلى تكثيف ضرباته."
    assert "REQUEST" in kinds(text) and "ASSAULT" not in kinds(text)


def test_death_sentence_is_coercion() -> None:
    text = "وفجر الخميس، نفذت السلطات حكم الإعدام بحق ثلاثة مدانين بقضايا إرهاب."
    assert "COERCE" in kinds(text) and "ASSAULT" not in kinds(text)
    assert "ASSAULT" in kinds("وأعدم التنظيم عشرة رهائن في المدينة.")


def test_what_the_strikes_destroyed() -> None:
    text = "وقال الجيش إن مقاتلاته نفذت 30 غارة على مواقع الحركة، دمرت خلالها مخازن أسلحة."
    assert [t for t, _, _ in evs(text)].count("ASSAULT") == 1
    text = "وشنت الطائرات 12 غارة قرب المدينة، دمرت مواقع قتالية للتنظيم."
    assert [t for t, _, _ in evs(text)].count("ASSAULT") == 1


def test_his_country_after_a_titled_speaker() -> None:
    text = "أعلن قائد سلاح الجو الملكي المغربي اللواء محمد القادري اليوم أن مقاتلات بلاده نفذت 20 غارة جوية."
    assert _one(text, "ASSAULT")["actor"] == "المغرب"


def test_toll_goes_on_in_a_coordination() -> None:
    text = "وقال الرئيس إن القائد فر إلى نفق وفجر سترته الناسفة، ما أدى إلى مقتله ومقتل ثلاثة من مرافقيه."
    assert [t for t, _, _ in evs(text)].count("ASSAULT") == 1


def test_his_forces_are_the_commanded_body() -> None:
    text = "وقال قائد الجيش الوطني الليبي خليفة حفتر إن قواته سيطرت على المدينة."
    assert _one(text, "ASSAULT")["actor"] == "الجيش الوطني الليبي"
    # a minister's "his forces" are not his ministry's name
    assert _one("وقال وزير الدفاع إن قواته سيطرت على المدينة.", "ASSAULT")["actor"] != "وزارة الدفاع"


def test_vow_of_reprisal() -> None:
    assert ("THREATEN", "متعهداً", "asserted") in evs('وعاد الرئيس إلى العاصمة، متعهداً بـ"رد قاس".')
    assert "THREATEN" in kinds("وتعهد الوزير بالانتقام للجنود القتلى.")
    assert "THREATEN" not in kinds("وتعهد الرئيس بإجراء إصلاحات.")
    assert "THREATEN" not in kinds("وقدم الرئيس تعازيه، متعهدا بمعاقبة المسؤولين.")


def test_will_not_accept_is_a_refusal() -> None:
    text = "وقال الرئيس إن الحكومة لن تقبل بأي وجود عسكري أجنبي على أراضيها."
    assert ("REJECT", "لن تقبل", "asserted") in evs(text)


def test_burning_alive() -> None:
    ev = _one("ونشر التنظيم شريطا يظهر إحراق الرهينة الأسير حياً داخل قفص.", "ASSAULT")
    assert ev["actor"] != "الرهينة"


def test_agent_verb_with_an_organisation_anaphor() -> None:
    text = "أعلنت حركة الشباب مسؤوليتها عن التفجير. وجاء بعد أسبوعين من هجوم شنته الحركة على قاعدة للجيش."
    found = [e for e in rasid.analyze(text).to_dict()["events"] if e["trigger"]["text"] == "هجوم"]
    assert found and found[0]["actor"] == "حركة الشباب"


def test_part_of_a_count_is_not_the_count() -> None:
    assert _one("وأعلن المسعفون أن 13 شخصاً على الأقل قتلوا في العملية، بينهم ستة أطفال.", "ASSAULT")["quantity"] == 13
    assert _one("قتل 20 شخصا بينهم خمسة جنود في الهجوم.", "ASSAULT")["quantity"] == 20


def test_claimed_or_commented_attack_is_known() -> None:
    text = "سقطت ثلاثة صواريخ على القاعدة. ولم تتبن أي جهة الهجوم حتى الآن."
    assert [t for t, _, _ in evs(text)].count("ASSAULT") == 1
    text = "قصفت الطائرات القرية. ولم يعلق الجيش حتى الآن على مقتل قائده."
    assert [t for t, _, _ in evs(text)].count("ASSAULT") == 1
    # a new attack claimed is an event of its own
    text = "قصفت الطائرات القرية. وكان الحزب قد تبنى هجمات مماثلة في الشتاء."
    assert [t for t, _, _ in evs(text)].count("ASSAULT") == 2


def test_no_information_about_an_attack() -> None:
    text = 'وقال المتحدث إن موسكو "لا تملك معلومات موثوقة" عن أي غارة أمريكية في المنطقة.'
    assert "ASSAULT" not in kinds(text)


def test_bare_title_stands_for_the_titled_person() -> None:
    text = "وحضر العاهل المغربي الملك محمد السادس الحفل. ودعا الملك إلى وقف الهجمات على المدنيين."
    assert _one(text, "REQUEST")["actor"] == "الملك محمد السادس"
    text = "وحضر الرئيس الأمريكي جو بايدن الحفل. ودعا الرئيس الفرنسي إلى وقف الهجمات."
    assert _one(text, "REQUEST")["actor"] != "جو بايدن"


def test_nationality_of_the_strike_names_its_agent() -> None:
    text = "وزعمت الحركة أن رهينة فرنسية قُتلت في غارة أمريكية على القرية."
    assert _one(text, "ASSAULT")["actor"] == "الولايات المتحدة"


def test_notifying_a_named_party() -> None:
    assert "CONSULT" in kinds("وأكد الوزير أن واشنطن أبلغت روسيا مسبقاً بأنها ستنفذ عملية.")
    assert "CONSULT" not in kinds("وأبلغ مسؤول أمريكي رويترز أن القوات وصلت.")


def test_permission_to_pass() -> None:
    text = "أعلن وزير الخارجية أن تركيا ستسمح لقوات البيشمركة بعبور أراضيها."
    assert ("CONCEDE", "ستسمح", "planned") in evs(text)
    assert "CONCEDE" not in kinds("وقال الرئيس إن بلاده لن تسمح بدخول قوات أجنبية.")


def test_condemned_past_a_relative_clause() -> None:
    text = "من جهتها، وصفت الجبهة المعارضة، التي يتزعمها أحد الساسة، الأحكام بأنها «فضيحة قضائية»."
    assert "ACCUSE" in kinds(text)
    assert "ACCUSE" in kinds('ووصفت الخارجية وجود القوات الأجنبية بأنه "احتلال غير شرعي".')


def test_the_occupation_is_a_state() -> None:
    text = "وقالت وزارة الصحة إن جرافات الاحتلال دمرت البنية التحتية في المخيم."
    assert _one(text, "ASSAULT")["actor"] == "إسرائيل"
    text = "وقال شهود إن قوات الاحتلال الأمريكي اعتقلت عشرين شابا في المدينة."
    assert _one(text, "COERCE")["actor"] == "الولايات المتحدة"


def test_a_monitor_fields_no_forces() -> None:
    text = "قال المرصد السوري لحقوق الإنسان إن جنديين قتلا في قصف تركي."
    assert _one(text, "ASSAULT")["actor"] == "تركيا"
    assert _one("وقال المرصد إن ثلاثة مدنيين قتلوا في القصف.", "ASSAULT")["actor"] != "المرصد"


def test_the_fighting_of_the_attack_and_its_toll() -> None:
    text = ("وجاء ذلك بعد هجوم شنه مسلحون على سجن المدينة في الشمال، حيث أدت المعارك مع قوات الأمن "
            "الداخلي إلى مقتل 30 شخصا.")
    assert [t for t, _, _ in evs(text)].count("ASSAULT") == 1
