"""Round-9 actor rules of the events stage (own sentences, not evaluation text): generic fighters
as a subject (المسلحون، المتمردون) stand for the non-state armed group told of just before."""

from __future__ import annotations

import rasid


def _actor(text: str, etype: str, trigger: str) -> str | None:
    for e in rasid.analyze(text).to_dict()["events"]:
        if e["type"] == etype and e["trigger"]["text"] == trigger:
            return e.get("actor")
    raise AssertionError((etype, trigger, rasid.analyze(text).to_dict()["events"]))


def test_fighters_are_the_group_named_before() -> None:
    text = ("واندلعت مواجهات عنيفة بين قوات الأمن ومقاتلي حركة الشباب في الإقليم. "
            "وسيطر المسلحون ساعات على مركز الشرطة في البلدة.")
    assert _actor(text, "ASSAULT", "وسيطر") == "حركة الشباب"


def test_rebels_are_the_alliance_not_its_members_or_the_speaker() -> None:
    text = ("ويضم تحالف الإخوة الثلاثة جيش أراكان وجيش تحرير تانغ الوطني. "
            "وقال المتحدث باسم الحكومة إن المفاوضات مستمرة. "
            "وفي تطور جديد، سيطر المتمردون على بلدة حدودية.")
    assert _actor(text, "ASSAULT", "سيطر") == "تحالف الإخوة الثلاثة"


def test_no_armed_group_before_leaves_fighters_unnamed() -> None:
    text = "قال الجيش إن المسلحون هاجموا القرية ليلا."
    assert _actor(text, "ASSAULT", "هاجموا") in (None, "الجيش")
