"""Round-15 event rules of the events stage (own sentences, not evaluation text): statements and
diplomacy (condemning a seizure, demanding a release, standing contacts, conditions, advice to
citizens, signed contracts, full backing, air support, working with a force, terror listing),
threats (no tolerance, every option, legitimate targets, going on with one's operations),
seizures of ships and people led away, a suspension in protest, and false events (a release one
works for, a site's purpose, a hypothetical toll, the charge of an accusation, the outcome told
in a relative clause) and actors (envoys summoned, the giver of air cover)."""

from __future__ import annotations

import rasid
from helpers_docs import evs, kinds


def _one(text: str, etype: str) -> dict:
    found = [e for e in rasid.analyze(text).to_dict()["events"] if e["type"] == etype]
    assert found, (etype, evs(text))
    return found[0]


def test_condemning_a_seizure_and_demanding_a_release() -> None:
    text = "ودان الرئيس الاستيلاء على الناقلة وطالب بالإفراج الفوري عن طاقمها."
    assert ("ACCUSE", "ودان", "asserted") in evs(text)
    assert ("REQUEST", "وطالب", "asserted") in evs(text)
    assert "COERCE" not in kinds(text)  # the seizure condemned is told already
    assert "REQUEST" not in kinds("وقال طالب في الجامعة إن الامتحانات تأجلت.")


def test_standing_contact_and_work_with_a_force() -> None:
    assert "CONSULT" in kinds("وقال المتحدث إن الحكومة تتواصل مع الخاطفين عبر وسطاء.")
    assert "CONSULT" not in kinds("وتتواصل الاشتباكات مع تقدم القوات نحو المدينة.")
    assert "COOPERATE" in kinds("وقالت الوزارة إن المستشارين يعملون مع القوات المحلية في المنطقة.")
    assert "COOPERATE" not in kinds("ويخشى المترجمون الذين يعملون مع القوات الأجنبية على حياتهم.")


def test_condition_advice_contract_and_backing() -> None:
    assert ("REQUEST", "اشترط", "asserted") in evs("وكان المدير قد اشترط أن تكون العملية بقيادة الجيش.")
    advice = _one("ونصحت السفارة الفرنسية رعاياها بمغادرة البلاد فورا.", "REQUEST")
    assert advice["actor"] == "السفارة الفرنسية"
    assert "AGREE" in kinds("ووقعت وزارة النفط أمس الثلاثاء عقدا مع شركة صينية لتطوير الحقل.")
    assert "AGREE" not in kinds("ووقعت الحرب الأهلية قبل عقد من الزمن.")
    assert "SUPPORT" in kinds("وقال الوزير إن بلاده تدعم بالكامل قرار الحكومة.")


def test_terror_listing() -> None:
    assert "SANCTION" in kinds("وقررت الحكومة تصنيف الحركة منظمة إرهابية.")
    assert "SANCTION" not in kinds("وجاء تصنيف الجامعة متقدما هذا العام.")


def test_air_support_is_aid() -> None:
    assert "AID" in kinds("وقال القائد إن التحالف يساندنا من الجو.")
    assert "SUPPORT" not in kinds("وقال القائد إن التحالف يساندنا من الجو.")
    assert "SUPPORT" in kinds("وساند الحزب موقف الحكومة في المفاوضات.")
    cover = _one("وقصفت القوة الجوية مواقع للتنظيم في الجبال، بإسناد استخباري من التحالف الدولي.", "AID")
    assert cover["actor"] == "التحالف الدولي"
    assert "AID" in kinds("وسيطر الجيش على البلدة بإسناد جوي روسي.")


def test_threats() -> None:
    assert ("THREATEN", "لن تتسامح", "asserted") in evs("وقال الرئيس إن بلاده لن تتسامح مع أي اعتداء على جنودها.")
    assert "THREATEN" in kinds("وقال الوزير إن كل الخيارات مطروحة للرد على الهجوم.")
    assert ("THREATEN", "أهدافا مشروعة", "asserted") in evs(
        "وقال القيادي إن السفن الحربية ستكون أهدافا مشروعة لقواتنا.")
    assert ("THREATEN", "ستواصل", "asserted") in evs("وأكد المتحدث أن الحركة ستواصل عملياتها حتى رفع الحصار.")


def test_seizures() -> None:
    text = "واستولى مسلحون على ناقلة نفط قبالة السواحل."
    assert "COERCE" in kinds(text)
    assert "COERCE" in kinds("واقتادوه إلى جهة مجهولة بعد مداهمة منزله ليلا.")
    assert "COERCE" not in kinds("واستولى المسلحون على المدينة بعد معارك عنيفة.")


def test_suspension_in_protest() -> None:
    text = "وأعلنت الفصائل تعليق مشاركتها في المعركة احتجاجا على الغارات."
    assert "RETREAT" in kinds(text) and "PROTEST" in kinds(text)
    assert ("ASSAULT", "مشاركتها", "negated") not in evs(text)


def test_false_events() -> None:
    assert "CONCEDE" not in kinds("وتبذل الحكومة جهودا لتأمين الإفراج عن الرهائن.")
    assert "CONCEDE" in kinds("وأفرجت السلطات عن عشرين معتقلا.")
    assert "MOBILIZE" not in kinds("وقصفت الطائرات مواقع لتخزين الأسلحة تابعة للجماعة.")
    assert ("ASSAULT", "مقتل", "asserted") not in evs("وحذر الخبراء من أن انهيار السد قد يؤدي إلى مقتل آلاف الأشخاص.")
    assert "ASSAULT" not in kinds("وتتهم منظمات حقوقية بعض عناصر الميليشيا بإحراق منازل المدنيين.")
    # a named culprit's act is logged
    assert "ASSAULT" in kinds("وتتهم السلطات جماعة بوكو حرام باختطاف عشرات الطلاب.")


def test_outcome_in_a_relative_clause() -> None:
    text = "وجاءت العملية بعد أشهر من الغارة الجوية على بلدة قرب الحدود، التي قتل فيها القيادي البارز في الحركة."
    assert [t for t, _, _ in evs(text)].count("ASSAULT") == 1
    assert "ASSAULT" in kinds("ونفذت القوات الخاصة عملية إنزال قرب البلدة فجر اليوم.")


def test_envoys_summoned() -> None:
    ev = _one("وقالت وزارة الخارجية العراقية إنها ستستدعي سفيري الولايات المتحدة وبريطانيا.", "ACCUSE")
    assert ev["actor"] == "وزارة الخارجية العراقية"


def test_forces_that_spread_out_named_after_the_verb() -> None:
    assert ("MOBILIZE", "تنتشر", "planned") in evs("وتقضي الخطة بأن تنتشر القوات الفرنسية قرب الميناء.")
    assert "MOBILIZE" not in kinds("وانتشر الوباء في المدينة بسرعة.")


def test_threat_phrase_is_the_speakers_and_the_listed_group_is_no_actor() -> None:
    threat = _one('وقال وزير الدفاع مارك إسبر إن "كل الخيارات مطروحة" للرد على الهجوم.', "THREATEN")
    assert threat["actor"] == "مارك إسبر"
    listing = _one("وقررت الحكومة الكندية تصنيف الحركة منظمة إرهابية.", "SANCTION")
    assert listing["actor"] == "الحكومة الكندية"


def test_may_with_and() -> None:
    assert ("ASSAULT", "يشن", "possible") in evs("وقد يشن الجيش هجوما جديدا على المدينة.")


def test_an_option_in_a_list_under_study() -> None:
    text = "وقال مسؤول إن الحكومة تدرس خياراتها، بما في ذلك إعادة تصنيف الحركة منظمة إرهابية."
    assert ("SANCTION", "تصنيف", "possible") in evs(text)


def test_control_held_since_a_date() -> None:
    assert ("ASSAULT", "يسيطر", "asserted") in evs("وتقع البلدة قرب مدينة الرقة التي يسيطر عليها التنظيم منذ عام 2014.")
    assert "ASSAULT" not in kinds("وحلقت الطائرات فوق مناطق تسيطر عليها الفصائل.")
