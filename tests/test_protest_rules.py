"""PROTEST shape rules: which mentions of protests report one taking place.

Sentences written for this test (none from the protest GSR or the shared articles). Each rule of
the PROTEST section of ``event_triggers.yaml`` has a report that must yield an asserted PROTEST
and a mention that must not.
"""

from __future__ import annotations

import pytest

import rasid


def protests(text: str) -> list[tuple[str, str]]:
    doc = rasid.analyze(text)
    return [(e.trigger.text, e.modality) for e in doc.events if e.type == "PROTEST"]


def asserted(text: str) -> bool:
    return any(m == "asserted" for _, m in protests(text))


REPORTS = [
    # a finite protest verb heading its clause
    "تظاهر مئات العمال صباح اليوم أمام مبنى البلدية للمطالبة برواتبهم المتأخرة.",
    "ويعتصم عشرات المزارعين منذ ثلاثة أيام أمام مقر المحافظة.",
    "أضرب سائقو سيارات الأجرة في العاصمة احتجاجا على رفع أسعار الوقود.",
    # a protest noun framed as happening (before or right after it)
    "خرجت مسيرة كبيرة في وسط المدينة تندد بغلاء الأسعار.",
    "وشهدت عدة مدن مظاهرات ضد قانون الضرائب الجديد.",
    "وقالت مصادر محلية إن مظاهرة اندلعت قرب الجامعة بعد صلاة الجمعة.",
    # a definite protest noun with a verb of continuation
    "تجددت الاحتجاجات في الأحياء الشعبية لليوم الثالث على التوالي.",
    # a protest noun after a preposition, governed by a verb of going out
    "وخرج السكان في مسيرات جابت شوارع البلدة.",
    # participants as the subject of a verb of gathering
    "تجمع نحو 300 متظاهر أمام السفارة رافعين الأعلام.",
    "واحتشد آلاف المحتجين في الساحة الرئيسية مساء أمس.",
    "وتجمع المتظاهرون أمام مبنى البرلمان.",
    # a counted crowd that gathers
    "وتجمع عشرات الطلاب أمام مبنى الوزارة مطالبين بإعادة الامتحان.",
    # "in protest" after people went out
    "وخرج مئات من سكان القرية إلى الطريق العام احتجاجا على انقطاع المياه.",
    # took to the streets
    "وكان الطلاب قد خرجوا إلى الشوارع مرددين هتافات ضد الحكومة.",
]

MENTIONS = [
    # a present-tense verb after a noun or an auxiliary describes people, not an act
    "أطلقت الشرطة الغاز على متظاهرين يحتجون على قرار الحكومة.",
    "وقال شهود إن الصحافيين كانوا يتظاهرون قرب المحكمة عندما وقع الحادث.",
    # a relative clause describes somebody
    "واعتقلت الشرطة عددا من الشبان الذين احتشدوا قرب المحطة.",
    # protesters as the object of what the police did, or counted by somebody
    "واستخدمت قوات الأمن خراطيم المياه لتفريق آلاف المتظاهرين.",
    "وقدرت الشرطة عدد المتظاهرين بنحو ألفين.",
    "ورفع متظاهرون لافتات كتب عليها شعارات ضد الفساد.",
    # a definite protest noun that refers to a known protest, and background phrases
    "وجرت المظاهرة بهدوء ولم تسجل أي حوادث.",
    "وأصيب شرطي خلال مظاهرة في المدينة.",
    "وشارك الوزير في الاحتجاجات على سبيل التضامن.",
    "ورأى محللون أن التظاهرات التي شهدتها البلاد تعكس غضبا عميقا.",
    # any protest, a plan, a purpose
    "وضعت الوزارة شروطا لتنظيم أية مظاهرة في العاصمة.",
    "ألقى الزعيم كلمة أمام أنصاره للاحتجاج على نتائج الانتخابات.",
    # other senses: a diplomatic complaint, silence, hitting, forces massing
    "احتجت الحكومة رسميا لدى السفير على تصريحات الوزير.",
    "واعتصم الوزير بالصمت ولم يعلق على الاتهامات.",
    "وكان الحارس يضرب السجناء بالعصي.",
    "واحتشدت قوات الأمن في الساحة منذ الصباح.",
    # a march is a course, and a drone is not a march
    "وأكد الرئيس التزام بلاده بمسيرة السلام في المنطقة.",
]


@pytest.mark.parametrize("text", REPORTS)
def test_protest_reports_are_asserted(text):
    assert asserted(text), protests(text)


@pytest.mark.parametrize("text", MENTIONS)
def test_protest_mentions_are_not_reports(text):
    assert not asserted(text), protests(text)


def test_planned_protest_is_planned():
    got = protests("سينظم المعلمون إضرابا عاما الأسبوع المقبل.")
    assert got and all(m == "planned" for _, m in got), got
