"""Table test of the events stage: short sentences written for this test (none from the shared
articles), covering every PLOVER type and every modality cue of the issue, with the expected
type, actor and modality.

Entities are given per row (surface → type) so the test exercises trigger matching, argument
assignment and modality scope rather than the entity recogniser; nationality adjectives are
resolved through a small stand-in table so the test does not depend on the KB files.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from rasid import events, quotes
from rasid.model import Document, Entity

NISBA = {
    "الروسية": "روسيا", "الروسي": "روسيا", "الأمريكية": "الولايات المتحدة", "الأمريكي": "الولايات المتحدة",
    "الأمريكيون": "الولايات المتحدة", "الأمريكيين": "الولايات المتحدة", "الإسرائيلية": "إسرائيل",
    "الإسرائيلي": "إسرائيل", "التركية": "تركيا", "التركي": "تركيا", "الفرنسية": "فرنسا", "الفرنسي": "فرنسا",
    "الفرنسيين": "فرنسا", "البريطانية": "المملكة المتحدة", "الإيرانية": "إيران",
}

# (sentence, entities "surface:TYPE;…", expected type, expected actor, expected modality)
ROWS: list[tuple[str, str, str, str | None, str]] = [
    # ASSAULT
    ("قصفت الطائرات الروسية مواقع المعارضة في ريف إدلب أمس.", "إدلب:GPE", "ASSAULT", "روسيا", "asserted"),
    ("شن الجيش السوداني هجوما واسعا على مدينة الفاشر.", "الجيش السوداني:ORG;الفاشر:GPE", "ASSAULT",
     "الجيش السوداني", "asserted"),
    ("سوف تشن حركة الشباب هجمات جديدة على القواعد الحكومية.", "حركة الشباب:ORG", "ASSAULT", "حركة الشباب",
     "planned"),
    ("ستقصف المدفعية التركية قرى حدودية في شمال سوريا.", "المدفعية التركية:ORG;سوريا:GPE", "ASSAULT",
     "المدفعية التركية", "planned"),
    ("قد تهاجم جماعة بوكو حرام البلدات الواقعة قرب بحيرة تشاد.", "جماعة بوكو حرام:ORG;بحيرة تشاد:LOC",
     "ASSAULT", "جماعة بوكو حرام", "possible"),
    ("ربما تقتحم قوات الدعم السريع مدينة الأبيض خلال أيام.", "قوات الدعم السريع:ORG;الأبيض:GPE", "ASSAULT",
     "قوات الدعم السريع", "possible"),
    ("لم تقصف الطائرات الأمريكية أي هدف في اليمن هذا الأسبوع.", "اليمن:GPE", "ASSAULT", "الولايات المتحدة",
     "negated"),
    ("نفى الجيش الروسي أنه قصف المستشفى في خاركيف.", "الجيش الروسي:ORG;خاركيف:GPE", "ASSAULT", "الجيش الروسي",
     "negated"),
    ("اغتال مسلحون مجهولون القاضي في طرابلس، ولن تتوقف التحقيقات.", "طرابلس:GPE", "ASSAULT", None, "asserted"),
    ("نفذ تنظيم القاعدة تفجيرا انتحاريا قرب السفارة.", "تنظيم القاعدة:ORG", "ASSAULT", "تنظيم القاعدة",
     "asserted"),
    # COERCE
    ("اعتقلت الشرطة الفرنسية خمسة أشخاص في مرسيليا.", "مرسيليا:GPE", "COERCE", "فرنسا", "asserted"),
    ("ألقت قوات الأمن القبض على قيادي في الحركة بمدينة الموصل.", "قوات الأمن:ORG;الموصل:GPE", "COERCE",
     "قوات الأمن", "asserted"),
    ("لن تعتقل السلطات المصرية أي صحفي بسبب التقرير.", "السلطات المصرية:ORG", "COERCE", "السلطات المصرية",
     "negated"),
    ("تعتزم وزارة الداخلية احتجاز المشتبه بهم في سجن مركزي.", "وزارة الداخلية:ORG", "COERCE", "وزارة الداخلية",
     "planned"),
    # MOBILIZE
    ("نشرت بريطانيا ألف جندي إضافي في إستونيا.", "بريطانيا:GPE;إستونيا:GPE", "MOBILIZE", "بريطانيا", "asserted"),
    ("أرسلت فرنسا تعزيزات عسكرية إلى مالي.", "فرنسا:GPE;مالي:GPE", "MOBILIZE", "فرنسا", "asserted"),
    ("الحكومة مستعدون لنشر خمسمئة جندي على الحدود.", "الحكومة:ORG", "MOBILIZE", "الحكومة", "planned"),
    ("تعهد حلف الناتو بإرسال قوات إضافية إلى بولندا.", "حلف الناتو:ORG;بولندا:GPE", "MOBILIZE", "حلف الناتو",
     "planned"),
    ("من المقرر نشر كتيبة ألمانية في ليتوانيا الشهر المقبل.", "ليتوانيا:GPE", "MOBILIZE", None, "planned"),
    ("تدرس اليابان إرسال سفن حربية إلى البحر الأحمر.", "اليابان:GPE;البحر الأحمر:LOC", "MOBILIZE", "اليابان",
     "possible"),
    ("لم يتوقع المسؤول أن تنشر كندا جنودا في لاتفيا قريبا.", "كندا:GPE;لاتفيا:GPE", "MOBILIZE", "كندا",
     "possible"),
    ("ليس هناك أي وجود لقوات أجنبية في البلاد حسب الوزير.", "", "MOBILIZE", None, "negated"),
    ("حشدت إيران قوات كبيرة على حدودها الغربية.", "إيران:GPE", "MOBILIZE", "إيران", "asserted"),
    # RETREAT
    ("انسحبت القوات الإسرائيلية من مخيم جنين فجر اليوم.", "مخيم جنين:LOC", "RETREAT", "إسرائيل", "asserted"),
    ("ستسحب ألمانيا جنودها من النيجر بحلول نهاية العام.", "ألمانيا:GPE;النيجر:GPE", "RETREAT", "ألمانيا",
     "planned"),
    ("نفت واشنطن أي خطط لانسحاب قواتها من سوريا.", "واشنطن:GPE;سوريا:GPE", "RETREAT", "واشنطن", "negated"),
    ("دون انسحاب الجيش من المدينة لن تبدأ المفاوضات.", "", "RETREAT", None, "negated"),
    # CONSULT
    ("التقى وزير الخارجية المصري نظيره الأردني في عمان.", "عمان:GPE", "CONSULT", None, "asserted"),
    ("عقد الرئيس الفرنسي اجتماعا مع المستشار الألماني في باريس.", "باريس:GPE", "CONSULT", "فرنسا", "asserted"),
    ("المحادثات المرتقبة بين موسكو وكييف قد تستأنف في إسطنبول.", "موسكو:GPE;كييف:GPE;إسطنبول:GPE", "CONSULT",
     "موسكو", "planned"),
    ("سيزور المبعوث الأممي صنعاء الأسبوع المقبل.", "صنعاء:GPE", "CONSULT", None, "planned"),
    ("زار رئيس الوزراء العراقي طهران أمس.", "طهران:GPE", "CONSULT", None, "asserted"),
    # AGREE
    ("اتفقت الحكومة والمعارضة على هدنة مدتها أسبوعان.", "الحكومة:ORG", "AGREE", "الحكومة", "asserted"),
    ("وقعت قطر وتركيا اتفاقية للتعاون الدفاعي.", "قطر:GPE;تركيا:GPE", "AGREE", "قطر", "asserted"),
    ("لم توافق إسرائيل على المقترح المصري.", "إسرائيل:GPE", "AGREE", "إسرائيل", "negated"),
    # SUPPORT
    ("أشاد الاتحاد الأفريقي بجهود الوساطة الإثيوبية.", "الاتحاد الأفريقي:ORG", "SUPPORT", "الاتحاد الأفريقي",
     "asserted"),
    ("رحبت الجامعة العربية بوقف القتال في السودان.", "الجامعة العربية:ORG;السودان:GPE", "SUPPORT",
     "الجامعة العربية", "asserted"),
    ("تؤيد باكستان المبادرة الصينية للسلام.", "باكستان:GPE", "SUPPORT", "باكستان", "asserted"),
    # CONCEDE
    ("أفرجت السلطات الإيرانية عن ثلاثة سجناء أجانب.", "السلطات الإيرانية:ORG", "CONCEDE", "السلطات الإيرانية",
     "asserted"),
    ("استسلم عشرات المقاتلين للجيش في درعا.", "درعا:GPE", "RETREAT", None, "asserted"),  # PLOVER: surrender is a retreat
    ("أعلنت الفصائل وقف إطلاق النار في الجنوب.", "الفصائل:ORG", "CONCEDE", "الفصائل", "asserted"),
    # COOPERATE
    ("تتعاون الأردن مع العراق في تأمين الحدود.", "الأردن:GPE;العراق:GPE", "COOPERATE", "الأردن", "asserted"),
    ("لن تنسق أنقرة مع دمشق في العمليات العسكرية.", "أنقرة:GPE;دمشق:GPE", "COOPERATE", "أنقرة", "negated"),
    ("يمكن أن تتعاون الهند مع اليابان في مجال الأمن البحري.", "الهند:GPE;اليابان:GPE", "COOPERATE", "الهند",
     "possible"),
    # AID
    ("زودت الولايات المتحدة أوكرانيا بصواريخ مضادة للدبابات.", "الولايات المتحدة:GPE;أوكرانيا:GPE", "AID",
     "الولايات المتحدة", "asserted"),
    ("قدمت السعودية مساعدات غذائية إلى اليمن.", "السعودية:GPE;اليمن:GPE", "AID", "السعودية", "asserted"),
    ("ستدرب بعثة الاتحاد الأوروبي القوات الصومالية.", "بعثة الاتحاد الأوروبي:ORG", "AID",
     "بعثة الاتحاد الأوروبي", "planned"),
    # REQUEST
    ("طلبت الحكومة الليبية دعما دوليا لمواجهة الفيضانات.", "الحكومة الليبية:ORG", "REQUEST", "الحكومة الليبية",
     "asserted"),
    ("دعت الأمم المتحدة إلى وقف فوري للقتال في غزة.", "الأمم المتحدة:ORG;غزة:GPE", "REQUEST", "الأمم المتحدة",
     "asserted"),
    ("طالبت منظمة العفو الدولية بالإفراج عن المعتقلين.", "منظمة العفو الدولية:ORG", "REQUEST",
     "منظمة العفو الدولية", "asserted"),
    # ACCUSE
    ("اتهمت كوريا الشمالية جارتها الجنوبية بالاستفزاز.", "كوريا الشمالية:GPE", "ACCUSE", "كوريا الشمالية",
     "asserted"),
    ("أدانت وزارة الخارجية القطرية الهجوم على المدنيين.", "وزارة الخارجية القطرية:ORG", "ACCUSE",
     "وزارة الخارجية القطرية", "asserted"),
    ("انتقدت منظمة هيومن رايتس ووتش حملة الاعتقالات.", "منظمة هيومن رايتس ووتش:ORG", "ACCUSE",
     "منظمة هيومن رايتس ووتش", "asserted"),
    # REJECT
    ("رفضت حركة حماس المقترح الأخير.", "حركة حماس:ORG", "REJECT", "حركة حماس", "asserted"),
    ("عارض البرلمان الكويتي قانون الضرائب الجديد.", "البرلمان الكويتي:ORG", "REJECT", "البرلمان الكويتي",
     "asserted"),
    # THREATEN
    ("هددت كوريا الشمالية بإجراء تجربة نووية جديدة.", "كوريا الشمالية:GPE", "THREATEN", "كوريا الشمالية",
     "asserted"),
    ("توعد الحوثيون باستهداف السفن في البحر الأحمر.", "الحوثيون:ORG;البحر الأحمر:LOC", "THREATEN", "الحوثيون",
     "asserted"),
    # PROTEST
    ("تظاهر آلاف الطلاب أمام البرلمان في بيروت.", "بيروت:GPE", "PROTEST", None, "asserted"),
    ("نظم المعلمون وقفة احتجاجية أمام وزارة التربية.", "وزارة التربية:ORG", "PROTEST", None, "asserted"),
    ("سينظم العمال إضرابا عاما يوم الأحد.", "", "PROTEST", None, "planned"),
    ("خرجت مسيرة حاشدة في الرباط تضامنا مع غزة.", "الرباط:GPE;غزة:GPE", "PROTEST", None, "asserted"),
    ("اعتصم أهالي المعتقلين أمام مقر المحكمة.", "", "PROTEST", None, "asserted"),
    # SANCTION
    ("فرضت الولايات المتحدة عقوبات على شركات روسية.", "الولايات المتحدة:GPE", "SANCTION", "الولايات المتحدة",
     "asserted"),
    ("طردت ليتوانيا السفير الروسي من أراضيها.", "ليتوانيا:GPE", "SANCTION", "ليتوانيا", "asserted"),
    ("يدرس الاتحاد الأوروبي حظر واردات النفط.", "الاتحاد الأوروبي:ORG", "SANCTION", "الاتحاد الأوروبي",
     "possible"),
]


def _nationality(word: str) -> SimpleNamespace | None:
    from rasid.arabic import normalize

    table = {normalize(k): v for k, v in NISBA.items()}
    w = normalize(word)
    for cand in (w, w[1:] if w[:1] in "وبل" else w):
        if cand in table:
            return SimpleNamespace(name=table[cand], id=None)
    return None


@pytest.fixture(autouse=True)
def _stand_in_kb(monkeypatch):
    monkeypatch.setattr(quotes, "nationality_entry", _nationality)
    monkeypatch.setattr(events, "nationality_entry", _nationality)


def analyse(text: str, ents: str) -> Document:
    doc = Document(raw=text, text=text)
    for spec in filter(None, ents.split(";")):
        surface, etype = spec.rsplit(":", 1)
        i = text.find(surface)
        assert i >= 0, surface
        doc.entities.append(Entity(i, i + len(surface), surface, etype, name=surface))
    quotes.run(doc)
    events.run(doc)
    return doc


def test_table_covers_every_type_and_size():
    from rasid.model import EVENT_TYPES

    assert len(ROWS) >= 60
    assert {r[2] for r in ROWS} == set(EVENT_TYPES)


@pytest.mark.parametrize(("text", "ents", "etype", "actor", "modality"), ROWS, ids=[f"{r[2]}-{i}" for i, r in enumerate(ROWS)])
def test_event_table(text, ents, etype, actor, modality):
    doc = analyse(text, ents)
    found = [e for e in doc.events if e.type == etype]
    assert found, f"no {etype} in {[(e.type, e.trigger.text) for e in doc.events]}"
    ev = found[0]
    assert doc.text[ev.trigger.start:ev.trigger.end] == ev.trigger.text
    assert ev.modality == modality, (ev.trigger.text, ev.modality)
    if actor is not None:
        assert ev.actor == actor, (ev.trigger.text, ev.actor)
