"""Round-6 non-event rules (own sentences): unnamed and institutional speakers, quoted ship names,
camps and dual base heads, an outlet's name used for the region, a bare coalition after a military
noun, intervals counted back from an event, a Hijri date printed beside its weekday, a bare اليوم
(the publication day, "these days", or in a quotation the day its speaker spoke), infantry counts
and both ends of a range."""

from __future__ import annotations

import rasid


def _doc(text: str, published: str = "2018-03-08", source: str | None = None) -> rasid.Document:
    return rasid.analyze(text, published=published, source=source)


def _speakers(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in _doc(text).quotes]


# --- quotes ---------------------------------------------------------------------------------


def test_an_indefinite_spokesman_speaks_for_his_organisation_not_for_a_named_spokesman() -> None:
    got = _speakers('وأكد المتحدث باسم الجيش العميد سامر الحلبي أن الوضع "تحت السيطرة". في المقابل، قال '
                    'متحدث باسم حركة حماس إن "المعركة لم تنته بعد"، متوعداً بالرد "في الوقت المناسب".')
    assert got[0][0] == "سامر الحلبي"
    assert [s for s, _ in got[1:]] == ["حركة حماس", "حركة حماس"]


def test_an_unnamed_official_is_not_a_title_standing_for_an_earlier_person() -> None:
    got = _speakers('وقال الوزير جون سميث إن المحادثات "كانت مثمرة". وقال مسؤول إيراني إن "الرد سيكون حازماً".')
    assert got[1][0] != "جون سميث"


def test_a_named_army_after_the_verb_speaks_not_an_earlier_force() -> None:
    got = _speakers('وقالت القوات الأمريكية إنها أبلغت موسكو مسبقا. في المقابل، قال الجيش العراقي في بيان '
                    'إن القصف أدى إلى "سقوط ضحايا".')
    assert got == [("الجيش العراقي", "سقوط ضحايا")]


def test_an_unnamed_broadcaster_speaks_before_a_person_named_in_the_sentence() -> None:
    got = _speakers('وأعلنت طهران أن الزيارة جاءت بدعوة من الرئيس حسن روحاني، ووصفت الإذاعة الرسمية الإيرانية '
                    'الاتفاق بأنه "خطوة تاريخية".')
    assert got == [("الإذاعة الرسمية الإيرانية", "خطوة تاريخية")]


def test_the_object_of_a_speech_verb_is_not_its_speaker() -> None:
    got = _speakers('وقال الرئيس جون سميث في خطاب أمام أنصاره، وحذر المعارضة من "اللعب بالنار".')
    assert got == [("جون سميث", "اللعب بالنار")]


def test_quoted_ship_names_are_not_quotations() -> None:
    doc = _doc('وأوضح المتحدث باسم البحرية مارك تومسون أن الصواريخ أطلقت من الفرقاطتين "هامبورغ" و"بافاريا" '
               'ومن الغواصة "نبتون" في البحر.')
    assert doc.quotes == []


# --- entities -------------------------------------------------------------------------------


def _ents(text: str, source: str | None = None) -> list[tuple[str, str]]:
    return [(e.text, e.type) for e in _doc(text, source=source).entities]


def test_a_camp_named_after_a_town_keeps_its_head_and_is_a_location() -> None:
    got = _ents("ونزحت عشرات العائلات إلى مخيم منبج بعد القصف، فيما بقي آخرون في مدينة منبج.")
    assert ("مخيم منبج", "LOC") in got
    assert ("منبج", "GPE") in got


def test_both_members_of_a_dual_base_head_are_locations() -> None:
    got = _ents("وستنتقل القوات إلى قاعدتي عين الأسد في الأنبار وحرير في أربيل خلال الشهر المقبل.")
    assert ("حرير", "LOC") in got
    assert ("أربيل", "GPE") in got


def test_an_outlets_name_used_for_the_region_stays_a_location() -> None:
    text = ("قمة أمنية في عمان\n\nعمان - «الشرق الأوسط»\nبحث وزراء الدفاع التعاون العسكري في الشرق الأوسط "
            "خلال اجتماع مغلق، وقال مسؤول لـ«الشرق الأوسط» إن الاجتماع كان مثمرا.")
    got = [(t, ty) for t, ty in _ents(text, source="الشرق الأوسط") if t == "الشرق الأوسط"]
    assert got == [("الشرق الأوسط", "ORG"), ("الشرق الأوسط", "LOC"), ("الشرق الأوسط", "ORG")]


def test_a_bare_coalition_after_a_military_noun_is_the_coalition() -> None:
    got = _ents("وقالت مصادر محلية إن غارات التحالف استهدفت مواقع قرب الحدود، فيما تحدث آخرون عن التحالف مع أنقرة.")
    assert [t for t, ty in got if ty == "ORG"] == ["التحالف"]


# --- times ----------------------------------------------------------------------------------


def _times(text: str, published: str = "2018-03-08") -> list[tuple[str, str, str | None]]:
    return [(t.text, t.type, t.value) for t in _doc(text, published).times]


def test_an_interval_before_an_event_is_a_duration() -> None:
    assert _times("وأبلغت الوزارة السفارة قبل ساعة واحدة فقط من بدء القصف.") == [("قبل ساعة واحدة", "DURATION", "PT1H")]
    assert _times("وغادر الوفد قبل يوم واحد من الاجتماع.") == [("قبل يوم واحد", "DURATION", "P1D")]


def test_an_interval_before_publication_is_still_a_date() -> None:
    assert _times("ووقع الانفجار قبل يوم واحد.") == [("قبل يوم واحد", "DATE", "2018-03-07")]
    assert _times("وحذر قبل يومين من أنه سيرد.")[0][1:] == ("DATE", "2018-03-06")


def test_a_hijri_date_takes_the_day_of_the_weekday_printed_with_it() -> None:
    # 20 جمادى الآخرة 1439 is a Thursday in the Umm al-Qura tables; a paper that started the month a
    # day later prints it beside Friday
    assert _times("وصل الوفد الجمعة 20 جمادى الآخرة 1439 هـ إلى العاصمة.")[0][2] == "2018-03-09"
    assert _times("وصل الوفد الخميس 20 جمادى الآخرة 1439 هـ إلى العاصمة.")[0][2] == "2018-03-08"


def test_a_bare_today_names_the_publication_day() -> None:
    assert _times("ويصل المفتشون إلى الميناء اليوم لبدء عملهم.") == [("اليوم", "DATE", "2018-03-08")]


def test_today_meaning_these_days_stays_present() -> None:
    for text in ("أما اليوم فإن المشهد تغير كليا.", "ولا يزال الحصار مستمرا حتى اليوم.",
                 "وقال إن الواقع الذي نعيشه اليوم صعب."):
        assert [v for _, _, v in _times(text)] == ["PRESENT_REF"], text


def test_today_in_a_quotation_is_the_day_the_speaker_spoke() -> None:
    text = ('أعلن وزير الخارجية سامي العلي، الثلاثاء، استئناف المفاوضات.\n\nوقال العلي في مؤتمر صحفي: '
            '"وقعنا اليوم مذكرة تفاهم جديدة".')
    assert _times(text) == [("الثلاثاء", "DATE", "2018-03-06"), ("اليوم", "DATE", "2018-03-06")]


def test_today_closing_a_quoted_outlet_name_is_no_time() -> None:
    assert _times('وقال مصدر أمني لـ"المغرب اليوم" إن التحقيق مستمر.') == []


# --- quantities -----------------------------------------------------------------------------


def _qs(text: str) -> list[tuple[float | int | None, str]]:
    return [(q.value, q.category) for q in _doc(text).quantities]


def test_infantry_counted_with_min_is_personnel() -> None:
    assert _qs("وأرسلت البحرية نحو ٣٠٠ من مشاة البحرية إلى الجزيرة.") == [(300, "personnel")]
    assert _qs("ووصل 120 من المارينز إلى القاعدة.") == [(120, "personnel")]


def test_both_ends_of_a_range_are_counts() -> None:
    doc = _doc("وتقدر الاستخبارات عدد المسلحين بما يتراوح بين 400 و700 مسلح في المنطقة.")
    assert [(q.text, q.value) for q in doc.quantities] == [("400", 400), ("700 مسلح", 700)]
    assert (doc.quantities[1].low, doc.quantities[1].high) == (400, 700)
