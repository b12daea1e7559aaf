"""KB loader, alias index, nationality adjectives and validation (rasid.entities.kb)."""

from __future__ import annotations

from pathlib import Path

import pytest

from rasid.entities.kb import KB_DIR, load_entries, load_kb, nisba_forms, validate

FIXTURE = """
- {id: gpe:iraq, type: GPE, name: العراق, en: Iraq, aliases: [جمهورية العراق], subtype: country, country: IQ,
   coords: [33.0, 44.0], adjectives: [عراقي]}
- {id: gpe:united-states, type: GPE, name: الولايات المتحدة, en: United States, aliases: [أمريكا, أميركا],
   subtype: country, country: US, adjectives: [أمريكي, أميركي]}
- {id: org:us-armed-forces, type: ORG, name: القوات المسلحة الأمريكية, en: United States Armed Forces,
   subtype: armed_forces, country: US}
- {id: org:pentagon, type: ORG, name: البنتاغون, en: Pentagon, aliases: [البنتاجون, وزارة الدفاع الأمريكية],
   subtype: ministry, country: US, extra_field: kept}
"""


def write_kb(tmp_path: Path, text: str = FIXTURE, name: str = "test.yaml") -> Path:
    d = tmp_path / "kb"
    d.mkdir(exist_ok=True)
    (d / name).write_text(text, encoding="utf-8")
    return d


def test_load_entries_and_alias_index(tmp_path):
    kb = load_kb(write_kb(tmp_path))
    assert len(kb) == 4
    assert [e.id for e in kb.lookup("الولايات المتحدة")] == ["gpe:united-states"]
    # normalisation: hamza and ة/ه folded, so spelling variants need no extra alias
    assert [e.id for e in kb.lookup("امريكا")] == ["gpe:united-states"]
    assert [e.id for e in kb.lookup("البنتاجون")] == ["org:pentagon"]
    assert kb.get("org:pentagon").extra == {"extra_field": "kept"}
    assert kb.get("gpe:iraq").coords == (33.0, 44.0)


def test_nationality_forms_and_lookup(tmp_path):
    kb = load_kb(write_kb(tmp_path))
    forms = nisba_forms("عراقي")
    assert {"عراقي", "عراقيه", "العراقيون", "العراقيين"} <= forms
    for word in ("الأمريكية", "الأميركي", "الأمريكيين", "والأمريكية", "للأمريكيين", "أمريكيون"):
        e = kb.nationality_of(word)
        assert e is not None and e.id == "gpe:united-states", word
    assert kb.nationality_of("العراقية").id == "gpe:iraq"
    assert kb.nationality_of("الحكومة") is None
    assert kb.institution("US", "armed_forces").id == "org:us-armed-forces"


def test_cache_follows_file_changes(tmp_path):
    d = write_kb(tmp_path)
    assert len(load_kb(d)) == 4
    (d / "more.yaml").write_text("- {id: gpe:syria, type: GPE, name: سوريا, en: Syria}\n", encoding="utf-8")
    assert len(load_kb(d)) == 5


def test_validate_reports_errors(tmp_path):
    bad = FIXTURE + """
- {id: gpe:iraq, type: GPE, name: عراق مكرر, en: Iraq again}
- {id: org:nameless, type: ORG, en: Nameless}
- {id: org:typo, type: ORGANISATION, name: منظمة, en: Typo}
- {id: gpe:washington, type: GPE, name: واشنطن, en: Washington, D.C., subtype: capital}
- {id: per:x, type: PERSON, name: البنتاجون, en: Not the Pentagon}
"""
    kb = load_kb(write_kb(tmp_path, bad))
    issues = validate(kb)
    errors = [str(i) for i in issues if i.level == "error"]
    assert any("duplicate id" in e and "gpe:iraq" in e for e in errors)
    assert any("org:nameless" in e and "'name'" in e for e in errors)
    assert any("org:typo" in e and "type must be" in e for e in errors)
    assert any("gpe:washington" in e and "without value" in e for e in errors)
    warnings = [str(i) for i in issues if i.level == "warning"]
    assert any("shared" in w and "org:pentagon" in w and "per:x" in w for w in warnings)


def test_validate_clean_fixture(tmp_path):
    kb = load_kb(write_kb(tmp_path))
    assert [i for i in validate(kb) if i.level == "error"] == []


def test_unreadable_yaml_is_an_error(tmp_path):
    d = write_kb(tmp_path, "- {id: gpe:x, name: [unclosed\n", name="broken.yaml")
    entries, issues = load_entries(d)
    assert entries == []
    assert issues and issues[0].level == "error" and issues[0].file == "broken.yaml"


def test_ambiguous_fields(tmp_path):
    d = write_kb(tmp_path, """
- {id: gpe:oman, type: GPE, name: سلطنة عمان, en: Oman, aliases: [عمان], ambiguous: true}
- {id: org:shabaab, type: ORG, name: حركة الشباب, en: al-Shabaab, aliases: [الشباب], ambiguous_aliases: [الشباب]}
""")
    kb = load_kb(d)
    assert kb.get("gpe:oman").is_ambiguous_alias("عمان")
    assert not kb.get("gpe:oman").is_ambiguous_alias("سلطنه عمان")
    assert kb.get("org:shabaab").is_ambiguous_alias("الشباب")


def test_packaged_kb_integrity():
    """The shipped KB loads; ids are unique and every entry has id, type, name and English name."""
    if not any(KB_DIR.glob("*.yaml")):
        pytest.skip("no KB files yet")
    kb = load_kb(KB_DIR)
    assert len(kb) > 100
    core = [i for i in validate(kb) if i.level == "error" and
            ("duplicate id" in i.message or "missing required" in i.message or "type must be" in i.message)]
    assert core == [], "\n".join(map(str, core[:20]))
    us = kb.nationality_of("الأمريكية")
    assert us is not None and us.country == "US"


def test_country_of(tmp_path):
    kb = load_kb(write_kb(tmp_path))
    assert kb.country_of("org:us-armed-forces").id == "gpe:united-states"
    assert kb.country_of("gpe:iraq").id == "gpe:iraq"
    assert kb.country_of("org:nope") is None
