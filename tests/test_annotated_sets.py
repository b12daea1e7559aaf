"""Our own hand-annotated article sets, scored with the shared scorer like the five shared articles.

Each set was written and annotated by hand following ``../shared/eval/ANNOTATION.md`` *before* rasid
was run on it, scored once untuned (that first figure is the honest estimate for unseen text, kept
below), and then its error classes were fixed as general rules with our own test sentences (never by
copying these articles). So every set is a regression guard now; the floors sit just below (or, for
older sets, well below) what each reaches. The sets carry scraping noise (site menus, repeated
headlines, datelines and date bars, related-headline lists, glued words, misplaced tanween). Figures
and misses are written to ``test-artifacts/<set>_scores.json``; ``pytest -s`` prints them.

- ``devset`` (8): Sudan, Yemen, Gaza/West Bank, Libya, north-east Syria, Somalia, Lebanon, Mali.
- ``heldout`` (6): Ukraine/Avdiivka, Ethiopia/Amhara, DR Congo/M23, Myanmar, Turkey/PKK strikes in Iraqi
  Kurdistan, Pakistan/Afghanistan border. First scoring: entities 0.843, quantities 0.735, times 0.957,
  quotes 0.923 (speaker 0.50), events 0.641 (actor 0.45, location 0.41).
- ``heldout2`` (6): US/UK strikes on the Houthis, Haiti, the Kaduna school kidnapping, Nagorno-Karabakh,
  Cabo Delgado, Barsalogho. First scoring: entities 0.860, quantities 0.861, times 0.952 (value 0.878),
  quotes 0.981 (speaker 0.615), events 0.688 (actor 0.67, location 0.68).
- ``heldout3`` (6): Israel–Hezbollah 2024, Israel's strikes on Iran, the Aleppo offensive, India–Pakistan
  2025, the Doha Gaza ceasefire, the Tunisian "conspiracy" trial. First scoring: entities 0.903,
  quantities 0.857, times 0.988 (value 0.857), quotes 0.961 (speaker 0.796), events 0.719 (actor 0.53,
  location 0.72).
- ``heldout4`` (6): the Mosul offensive 2016, Tower 22, Kabul 2021, Haftar on Tripoli 2019, the ATMIS
  drawdown, Iranian drones on Kyiv. First scoring: entities 0.936, quantities 0.829, times 0.989, quotes
  0.935 (speaker 0.75), events 0.684 (actor 0.60).
- ``heldout5`` (5): Raqqa 2017, the US withdrawal from Iraq 2011, the Soleimani strike and the
  parliament vote 2020, the Douma strikes 2018, Decisive Storm 2015. First scoring: entities 0.922,
  quantities 0.909, times 0.968, quotes 0.957 (speaker 0.909), events 0.696 (actor 0.686); it has had
  no event rules since, so its events figure is still an unseen-text estimate.
- ``heldout6`` (5): Fallujah 2016, the Tomahawk strike on al-Shayrat 2017, Peace Spring and the US
  pull-back 2019, Russia's first air strikes in Syria 2015, the end of the coalition's combat mission in
  Iraq 2021. First scoring: entities 0.958, quantities 0.936, times 1.000 (value 0.80), quotes 0.968
  (speaker 0.833), events 0.662 (actor 0.76, location 0.78, modality 0.92).
- ``heldout7`` (5): the fall of Mosul and the first US advisers 2014, the al-Qaim strikes on Kataib
  Hezbollah and the Baghdad embassy protest 2019, Iran's missile strike on Ain al-Asad 2020, Baghuz and
  the end of the "caliphate" 2019, the Kirkuk operation 2017. First scoring: entities 0.955, quantities
  0.979, times 0.943 (value 1.0), quotes 0.943 (speaker 0.88), events 0.656 (actor 0.55, location 0.86,
  modality 0.93).
- ``heldout8`` (5): Jordan's air strikes after the killing of the pilot al-Kasasbeh 2015, the Barisha raid on
  al-Baghdadi 2019, the US drawdown in Iraq to 2,500 troops 2020, the Kobani air drops 2014, the Atmeh raid
  on al-Qurashi 2022. First scoring: entities 0.951, quantities 0.902, times 0.959 (value 1.0), quotes
  0.977 (speaker 0.857), events 0.684 (actor 0.45, location 0.89, modality 0.875).
- ``heldout9`` (5): the first Biden-era US strike at Abu Kamal 2021, the drone strike on al-Zawahiri in Kabul
  2022, the Abqaiq/Khurais attack and the US deployment to Saudi Arabia 2019, the liberation of Tal Afar 2017,
  France leaving Mali (end of Barkhane) 2022. First scoring: entities 0.921, quantities 0.857, times 0.917
  (value 0.818), quotes 0.982 (speaker 0.852), events 0.673 (P 0.58, R 0.81; actor 0.72, location 0.67,
  modality 0.85).
- ``heldout10`` (5): the US strikes on IRGC/Quds Force sites in Iraq and Syria after Tower 22 (Feb 2024), the
  US air strikes on ISIS in Sirte (Odyssey Lightning 2016), Israel's strikes on the Syrian army after Assad's
  fall (Dec 2024), the US evacuation of the Khartoum embassy (Apr 2023), the first US-Turkish joint patrols
  in Manbij 2018. First scoring: entities 0.944, quantities 0.923, times 0.980 (value 1.0), quotes 0.985
  (speaker 0.906), events 0.567 (P 0.57, R 0.56; actor 0.69, location 0.94, modality 0.92).
- ``heldout11`` (5): the retaking of Ramadi with coalition air support (Dec 2015), the al-Kadhimi–Biden
  White House talks ending the US combat mission (Jul 2021), Iraqi F-16 strikes on ISIS in the Hamrin
  mountains after the Kirkuk attack (Dec 2022), the al-Tanf attacks and the US strike in Deir ez-Zor (Nov
  2023), Turkish drone strikes in Sinjar (Aug 2021). First scoring: entities 0.907, quantities 0.931, times
  0.974 (value 0.973), quotes 0.964 (speaker 1.0), events 0.785 (P 0.72, R 0.86; actor 0.54, location
  0.79, modality 0.92). After round 13 (general rules from its misses): entities 0.961, quantities 0.967,
  quotes 0.983, events 0.797.
- ``heldout12`` (5): the leaked "repositioning" letter after the Iraqi parliament's vote to expel foreign troops
  (Jan 2020), the ISIS attack on Ghwayran prison in al-Hasakah with coalition support (Jan 2022), the rocket attack
  on Erbil airport (Feb 2021), the US drone strike on a Kataib Hezbollah commander in Baghdad (Feb 2024), Niger
  ending US military cooperation and the agreed withdrawal (May 2024). First scoring: entities 0.921, quantities
  0.731, times 0.987 (value 1.0), quotes 0.985 (speaker 0.818), events 0.701 (P 0.64, R 0.77; actor 0.63,
  location 0.64, modality 0.92). Two gold defects fixed after that scoring (an airport listed after its city, so
  no mention could match it; car bombs as vehicles instead of weapons): entities 0.941, quantities 0.769.
- ``heldout13`` (5): Tikrit and the coalition's first strikes there (Mar 2015), the US strikes on Kataib Hezbollah
  weapons sites after the Camp Taji rocket attack (Mar 2020), the US drone strike on Maher al-Agal near Jindires
  (Jul 2022), the Mosul Dam repair contract and the Italian troops to guard it (Mar 2016), the Houthi seizure of the
  Galaxy Leader (Nov 2023). First scoring: entities 0.957, quantities 0.833, times 1.000 (value 0.968), quotes 0.982
  (speaker 1.0), events 0.626 (P 0.72, R 0.55; actor 0.68, location 0.63, modality 0.97).
- ``heldout14`` (5): the French strikes on Raqqa after the Paris attacks (Nov 2015), the first RAF Tornado strikes
  in Iraq after the Commons vote (Sep 2014), the US-Iraq announcement ending the coalition mission in two phases
  (Sep 2024), the first meeting of the US-chaired Lebanon ceasefire monitoring committee (Dec 2024), the Security
  Council resolution on the RSF siege of El Fasher (Jun 2024). First scoring: entities 0.956, quantities 0.919,
  times 0.971 (value 1.0), quotes 0.933 (speaker 0.714), events 0.677 (P 0.62, R 0.75; actor 0.58, location 0.70,
  modality 0.95).
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

import pytest

from helpers_sets import FIXTURES, articles, check_fixtures, report_and_check, score_set


class AnnotatedSet(NamedTuple):
    name: str
    min_articles: int
    words: tuple[int, int] | None   # article length bounds checked on the fixtures
    floors: dict[str, float]


SETS = (
    AnnotatedSet("devset", 8, None, {"entities": 0.95, "quantities": 0.95, "times": 0.95, "quotes": 0.95}),
    AnnotatedSet("heldout", 6, (300, 600), {"entities": 0.95, "quantities": 0.95, "times": 0.95, "quotes": 0.95}),
    AnnotatedSet("heldout2", 6, (300, 600),
                 {"entities": 0.75, "quantities": 0.75, "times": 0.75, "quotes": 0.75, "events": 0.7}),
    AnnotatedSet("heldout3", 6, (300, 600),
                 {"entities": 0.75, "quantities": 0.75, "times": 0.75, "quotes": 0.75, "events": 0.7}),
    AnnotatedSet("heldout4", 6, (300, 600),
                 {"entities": 0.99, "quantities": 0.99, "times": 0.99, "quotes": 0.99, "events": 0.87}),
    AnnotatedSet("heldout5", 5, (250, 600),
                 {"entities": 0.96, "quantities": 0.92, "times": 0.97, "quotes": 0.95, "events": 0.81}),
    AnnotatedSet("heldout6", 5, (250, 600),
                 {"entities": 0.97, "quantities": 0.99, "times": 0.99, "quotes": 0.99, "events": 0.89}),
    AnnotatedSet("heldout7", 5, (250, 600),
                 {"entities": 0.97, "quantities": 0.99, "times": 0.99, "quotes": 0.99, "events": 0.80}),
    AnnotatedSet("heldout8", 5, (250, 600),
                 {"entities": 0.99, "quantities": 0.95, "times": 0.99, "quotes": 0.99, "events": 0.86}),
    AnnotatedSet("heldout9", 5, (250, 600),
                 {"entities": 0.96, "quantities": 0.99, "times": 0.95, "quotes": 0.99, "events": 0.78}),
    AnnotatedSet("heldout10", 5, (250, 600),
                 {"entities": 0.98, "quantities": 0.99, "times": 0.99, "quotes": 0.99, "events": 0.67}),
    AnnotatedSet("heldout11", 5, (250, 600),
                 {"entities": 0.95, "quantities": 0.96, "times": 0.98, "quotes": 0.98, "events": 0.80}),
    AnnotatedSet("heldout12", 5, (250, 600),
                 {"entities": 0.98, "quantities": 0.99, "times": 0.99, "quotes": 0.99, "events": 0.89}),
    AnnotatedSet("heldout13", 5, (250, 600),
                 {"entities": 0.98, "quantities": 0.94, "times": 0.99, "quotes": 0.99, "events": 0.88}),
    AnnotatedSet("heldout14", 5, (250, 600),
                 {"entities": 0.97, "quantities": 0.99, "times": 0.99, "quotes": 0.97, "events": 0.74}),
)
_IDS = [s.name for s in SETS]


@pytest.mark.parametrize("spec", SETS, ids=_IDS)
def test_fixtures_are_consistent(spec: AnnotatedSet) -> None:
    check_fixtures(FIXTURES / spec.name, spec.min_articles, words=spec.words)


@pytest.mark.shared
@pytest.mark.parametrize("spec", SETS, ids=_IDS)
def test_scores(spec: AnnotatedSet, tmp_path: Path) -> None:
    """Scores with the shared scorer; the misses are printed so ``pytest -s`` shows them."""
    set_dir = FIXTURES / spec.name
    res = score_set(set_dir, spec.name, tmp_path)
    report_and_check(res, spec.name, len(articles(set_dir)), spec.floors)
