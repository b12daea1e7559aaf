"""Round-11 event rules of the events stage (own sentences, not evaluation text): what strikes
already told destroyed, "amounted to" that is no notification, "did not rule out", قد + a short
past verb, a drone or a pair of jets firing missiles or dropping bombs, ground retaken (not output
recovered), a denial of losses, a bare "the forces" for the national forces named before, the
dateline city that is no party, the place as the text spells it, the coming months as a plan,
"سيد" that is no future verb, the leader who announces a deployment or a withdrawal, a long
clause of fear, the attack a condemnation names, and a warning about "any" act."""

from __future__ import annotations

import rasid
from helpers_docs import evs, kinds


def _all(text: str, published: str | None = None) -> list[dict]:
    return rasid.analyze(text, published=published).to_dict()["events"]


def _one(text: str, etype: str, published: str | None = None) -> dict:
    found = [e for e in _all(text, published) if e["type"] == etype]
    assert found, (etype, evs(text))
    return found[0]


def _assaults(text: str) -> list[str]:
    return [t for k, t, _ in evs(text) if k == "ASSAULT"]


def test_destroyed_by_strikes_told_in_the_sentence() -> None:
    # the pronoun takes the strikes back
    got = _assaults("وقال المتحدث إن الضربات جاءت ردا على الهجمات الأخيرة، مضيفا أنها دمرت مخازن أسلحة.")
    assert not any("دمرت" in t for t in got), got
    # the strikes stay the subject of the verb coordinated with their toll
    got = _assaults("وأفاد المرصد بأن الغارات أسفرت عن مقتل 15 مسلحا على الأقل، ودمرت أربع عربات.")
    assert len(got) == 1, got
    # the strikes as the verb's subject, after strikes logged in the sentence
    got = _assaults("وقال العقيد إن الطائرات شنت أكثر من 40 غارة على مواقع التنظيم، مضيفا أن الغارات دمرت عشرات المواقع.")
    assert not any("دمرت" in t for t in got), got


def test_destruction_of_its_own_stays_an_event() -> None:
    assert "ASSAULT" in kinds("وقالت القيادة العسكرية إنها دمرت خمسة زوارق مسيرة قرب الساحل.")
    # alone in its sentence, a campaign summed up is logged
    assert "ASSAULT" in kinds("وقال الوزير إن الضربات الجوية دمرت منذ الشهر الماضي نحو ربع محطات الكهرباء.")


def test_amounted_to_is_no_notification() -> None:
    text = "ويبلغ عدد القوات الألمانية في البلاد نحو ألف جندي."
    assert "CONSULT" not in kinds(text)
    assert "MOBILIZE" in kinds(text)
    assert "CONSULT" in kinds("وأبلغت الحكومة الأمم المتحدة بقرارها قبل يومين.")


def test_did_not_rule_out_is_possible() -> None:
    assert ("ASSAULT", "ضربات", "possible") in evs("ولم تستبعد لندن تنفيذ ضربات جديدة على مواقع الجماعة.")
    assert ("ASSAULT", "ضربات", "possible") in evs("وقال الوزير: لا نستبعد تنفيذ ضربات أخرى.")


def test_qad_with_a_short_past_verb_is_asserted() -> None:
    assert ("ASSAULT", "هجوم", "asserted") in evs("وكانت الجماعة قد تبنت هجوم الأحد الماضي على الثكنة.")
    assert any(m == "possible" for k, _, m in evs("وقال المحلل إن الجماعة قد تشن هجوما جديدا.") if k == "ASSAULT")


def test_aircraft_firing_and_dropping() -> None:
    assert "ASSAULT" in kinds("وقال مسؤول عسكري إن طائرة مسيرة أطلقت صاروخين على سيارة في ضواحي المدينة.")
    assert "ASSAULT" in kinds("وأسقطت مقاتلتان أمريكيتان ست قنابل على مخازن الذخيرة قرب الحدود.")
    assert "ASSAULT" in kinds("وألقت المروحيات براميل متفجرة على الأحياء الشرقية.")
    assert "ASSAULT" not in kinds("وألقى الرئيس كلمة أمام البرلمان.")


def test_ground_retaken_not_output_recovered() -> None:
    ev = _one("وكانت القوات السورية قد أطلقت هجوما واسعا على البلدة فجر الأحد. "
              "وأعلنت القوات استعادة مركز البلدة يوم الثلاثاء.", "ASSAULT")
    assert ev is not None
    assert any(t == "استعادة" for k, t, _ in evs("وأعلن الجيش استعادة مطار المدينة.") if k == "ASSAULT")
    assert "ASSAULT" not in kinds("وقالت الشركة إنها استعادت أكثر من نصف الإنتاج المتوقف.")
    assert "ASSAULT" in kinds("وقال الجيش إنه استعاد ثلاث قرى قرب الحدود.")
    # a goal or an ability is no report
    assert "ASSAULT" not in kinds("وتعهد الرئيس باستعادة الأراضي التي يسيطر عليها المسلحون.")
    assert "ASSAULT" not in kinds("وقالوا إنهم قادرون على استعادة المدينة من دون مساعدة.")


def test_denial_of_losses_is_a_rejection() -> None:
    ev = _one("ونفت الجماعة في بيان سقوط قتلى في صفوفها.", "REJECT")
    assert ev["modality"] == "asserted"


def test_bare_forces_are_the_national_forces_named_before() -> None:
    text = ("وكانت القوات السورية قد أطلقت هجوما واسعا على البلدة فجر الأحد. "
            "وقال قائد العمليات اللواء سمير حداد إن القوات حررت 12 قرية في محيط البلدة.")
    evs_ = [e for e in _all(text) if e["trigger"]["text"] == "حررت"]
    assert evs_ and evs_[0]["actor"] == "القوات السورية"


def test_dateline_city_is_no_actor() -> None:
    text = "لندن (وكالة الأنباء) - غادر آخر جنود القوة البريطانية الأراضي الصومالية متجهين إلى كينيا."
    assert _one(text, "RETREAT")["actor"] != "لندن"
    assert _one("لندن - أعلنت بريطانيا سحب قواتها من الصومال.", "RETREAT")["actor"] == "بريطانيا"


def test_location_as_the_text_spells_it() -> None:
    ev = _one("وقالت الشرطة إن انفجارا استهدف سوقا في وسط كابول صباح اليوم.", "ASSAULT")
    assert ev["location"] is None or "كابول" in ev["location"]


def test_coming_months_make_a_plan() -> None:
    ev = _one("وأعلنت عدة دول سحب وحداتها من البعثة خلال الأشهر المقبلة.", "RETREAT", published="2022-08-17")
    assert ev["modality"] == "planned"
    ev = _one("وقال الجيش إن مدفعيته قصفت لاحقا مواقع المتمردين قرب النهر.", "ASSAULT", published="2022-08-17")
    assert ev["modality"] == "asserted"


def test_sayyid_is_no_future_verb() -> None:
    assert ("ASSAULT", "مقتل", "asserted") in evs("وأعلنت كتائب سيد الشهداء مقتل أحد عناصرها في الغارة.")


def test_announcing_leader_decides_the_deployment_or_withdrawal() -> None:
    text = "وكان الرئيس جون سميث قد أعلن في كانون الأول الماضي سحب نحو ألف جندي بريطاني من العراق."
    assert _one(text, "RETREAT")["actor"] == "جون سميث"
    text = "وأعلن وزير الدفاع الكندي بيل بلير إرسال 300 جندي كندي إلى لاتفيا."
    assert _one(text, "MOBILIZE")["actor"] == "بلير"
    assert _one("وأعلنت كندا إرسال 300 جندي إلى لاتفيا.", "MOBILIZE")["actor"] == "كندا"


def test_feared_clause_is_possible() -> None:
    text = "ويخشى محللون أن تستغل الجماعات المسلحة في شمال البلاد رحيل القوات الدولية لتوسيع هجماتها في الجنوب."
    assert ("ASSAULT", "هجماتها", "possible") in evs(text)


def test_condemned_attack_is_the_one_told() -> None:
    text = ("قتلت القوات الأمريكية قائدا في التنظيم بغارة جوية قرب الحدود. "
            "في المقابل، دان المتحدث باسم الحكومة المحلية الضربة، ووصفها بأنها انتهاك.")
    assert _assaults(text) == ["قتلت"], evs(text)
    assert "ACCUSE" in kinds(text)


def test_warning_about_any_act_is_a_threat() -> None:
    text = "وحذر وزير الخارجية الروسي سيرغي لافروف من أن أي هجوم على قواعد بلاده سيؤدي إلى حرب مفتوحة."
    got = evs(text)
    assert any(k == "THREATEN" for k, _, _ in got), got
    assert "ASSAULT" not in kinds(text)  # "any attack" is what the warning is about
