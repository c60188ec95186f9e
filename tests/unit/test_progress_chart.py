"""The progress picture: hand-made SVG of one goal's reports against its deadline, its French alt text, and the
Markdown export that carries it."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date

import pytest

from assistant.progress import chart
from assistant.progress.chart import BOTTOM, LEFT, RIGHT, TOP, ChartPoint, chart_svg
from assistant.progress.model import ProgressEntry
from assistant.progress.render import GoalProgress, progress_markdown
from tests.writing import grammar

SVG = "{http://www.w3.org/2000/svg}"
STARTED, DEADLINE = date(2026, 10, 1), date(2027, 1, 29)  # 120 days apart
TODAY = date(2026, 12, 1)  # day 61


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)


def x_of(day: date) -> float:
    return LEFT + (RIGHT - LEFT) * (day - STARTED).days / (DEADLINE - STARTED).days


def y_of(percent: float) -> float:
    return BOTTOM - (BOTTOM - TOP) * percent / 100


def test_points_sit_where_their_day_and_percent_say():
    points = [ChartPoint(date(2026, 10, 31), 20.0), ChartPoint(date(2026, 11, 30), 50.0)]
    root = parse(chart_svg("Animer mes réunions d'équipe", points, DEADLINE, TODAY, STARTED).svg)
    assert root.get("viewBox") == f"0 0 {chart.WIDTH} {chart.HEIGHT}" and root.get("width") == "100%"
    dots = [(float(c.get("cx")), float(c.get("cy"))) for c in root.iter(f"{SVG}circle")]
    expected = [(x_of(p.on), y_of(p.percent)) for p in points]
    assert dots == [pytest.approx(e, abs=0.1) for e in expected]
    assert dots[1][0] == pytest.approx((LEFT + RIGHT) / 2, abs=0.1)  # day 60 of 120: the middle
    line = next(root.iter(f"{SVG}polyline")).get("points").split()
    assert len(line) == 2


def test_the_on_track_line_runs_from_creation_at_zero_to_100_at_the_deadline():
    root = parse(chart_svg("Animer", [ChartPoint(date(2026, 11, 2), 10.0)], DEADLINE, TODAY, STARTED).svg)
    track = next(e for e in root.iter(f"{SVG}line") if e.get("class") == "track")
    assert track.get("stroke-dasharray")
    coordinates = [float(track.get(k)) for k in ("x1", "y1", "x2", "y2")]
    assert coordinates == pytest.approx([LEFT, BOTTOM, RIGHT, TOP], abs=0.1)


def test_without_creation_day_the_reference_starts_at_the_first_report():
    points = [ChartPoint(STARTED, 30.0), ChartPoint(date(2026, 11, 1), 40.0)]
    root = parse(chart_svg("Animer", points, DEADLINE, TODAY).svg)
    track = next(e for e in root.iter(f"{SVG}line") if e.get("class") == "track")
    assert float(track.get("y1")) == pytest.approx(y_of(30), abs=0.1)
    assert float(track.get("x1")) == pytest.approx(LEFT, abs=0.1)


def test_today_is_marked_and_labelled():
    root = parse(chart_svg("Animer", [ChartPoint(date(2026, 11, 2), 10.0)], DEADLINE, TODAY, STARTED).svg)
    today = next(e for e in root.iter(f"{SVG}line") if e.get("class") == "today")
    assert float(today.get("x1")) == pytest.approx(x_of(TODAY), abs=0.1)
    labels = {t.get("class"): t.text for t in root.iter(f"{SVG}text")}
    assert labels["date start"] == "1er oct."
    assert labels["date deadline"] == "29 janv."
    assert labels["date today"] == "1er déc."


def test_a_step_told_in_words_is_a_diamond_at_the_last_known_level():
    points = [ChartPoint(date(2026, 10, 31), 25.0), ChartPoint(date(2026, 11, 20), None)]
    root = parse(chart_svg("Animer", points, DEADLINE, TODAY, STARTED).svg)
    step = next(e for e in root.iter(f"{SVG}path") if e.get("class") == "step")
    numbers = [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", step.get("d"))]
    assert numbers[0] == pytest.approx(x_of(date(2026, 11, 20)), abs=0.1)
    assert numbers[1] + 5 == pytest.approx(y_of(25), abs=0.1)
    assert len(list(root.iter(f"{SVG}circle"))) == 1


def test_no_deadline_means_no_reference_line():
    root = parse(chart_svg("Animer", [ChartPoint(date(2026, 11, 2), 10.0)], None, TODAY, STARTED).svg)
    assert not [e for e in root.iter(f"{SVG}line") if e.get("class") == "track"]


@pytest.mark.parametrize("statement", ["Réussir <script>alert(1)</script> & co", 'Oser dire "non" & </svg><b>'])
def test_every_text_is_escaped(statement):
    drawn = chart_svg(statement, [ChartPoint(date(2026, 11, 2), 10.0)], DEADLINE, TODAY, STARTED)
    root = parse(drawn.svg)  # would raise on a stray < or &
    assert not list(root.iter(f"{SVG}script")) and not list(root.iter("script"))
    assert "<script>" not in drawn.svg and "&amp;" in drawn.svg
    title = next(root.iter(f"{SVG}title")).text
    assert title == drawn.alt and "&" in title


def test_alt_text_is_french_a_careful_writer_would_send():
    points = [ChartPoint(date(2026, 11, 3), 20.0), ChartPoint(date(2026, 12, 3), 40.0)]
    drawn = chart_svg("Animer mes réunions d'équipe", points, date(2027, 3, 15), date(2026, 12, 5))
    assert drawn.alt == (
        "Progression de l'objectif « Animer mes réunions d'équipe » : 40 % le 3 décembre, échéance le 15 mars 2027."
    )
    step = chart_svg("Préparer mon entretien annuel", [ChartPoint(date(2026, 12, 1), None)], None, date(2026, 12, 5))
    assert (
        step.alt == "Progression de l'objectif « Préparer mon entretien annuel » : une étape franchie le 1er décembre."
    )
    if grammar.available():
        for text in (drawn.alt, step.alt):
            assert grammar.grammar_errors(text) == [], text


def test_a_long_goal_title_keeps_whole_words_never_an_ellipsis():
    statement = (
        "Devenir responsable d'une équipe de data analysts dans un grand groupe industriel, en passant "
        "par une formation certifiante reconnue"
    )
    drawn = chart_svg(statement, [ChartPoint(date(2026, 11, 2), 10.0)], DEADLINE, TODAY, STARTED)
    title = next(t for t in parse(drawn.svg).iter(f"{SVG}text") if t.get("class") == "goal").text
    assert len(title) <= chart.TITLE_CHARS and statement.startswith(title)
    assert "…" not in drawn.svg and "…" not in drawn.alt
    quoted = re.search(r"« (.+) »", drawn.alt).group(1)
    assert statement.startswith(quoted) and len(quoted) <= chart.ALT_TITLE_CHARS


def entry(goal_id: int, on: date, percent: float | None, step: str = "") -> ProgressEntry:
    return ProgressEntry(1, goal_id, on, percent, None, step, "", "")


@pytest.mark.parametrize("renderer", ["markdown-it (CommonMark)", "Python-Markdown"])
def test_markdown_export_carries_each_chart_inline_with_its_alt_text(renderer):
    goals = [
        GoalProgress(1, "Oser <b>parler</b> & *convaincre*", "3 réunions", DEADLINE, STARTED, [entry(1, TODAY, 40.0)]),
        GoalProgress(2, "Animer mes réunions", "6 réunions", DEADLINE, STARTED, []),
    ]
    markdown = progress_markdown(goals, TODAY)
    if renderer.startswith("markdown-it"):
        from markdown_it import MarkdownIt

        html = MarkdownIt("commonmark").render(markdown)
    else:
        import markdown as python_markdown

        html = python_markdown.markdown(markdown)
    page = ET.fromstring(f"<body>{html}</body>")  # well-formed: the SVG went through as one block
    svgs = list(page.iter(f"{SVG}svg"))
    assert len(svgs) == 1
    alt = svgs[0].get("aria-label")
    assert alt.startswith("Progression de l'objectif « Oser <b>parler</b> & *convaincre* » : 40 % le 1er décembre")
    assert len(list(svgs[0].iter(f"{SVG}circle"))) == 1
    caption = next(p for p in page.iter("p") if "".join(p.itertext()).startswith("Progression"))
    assert "".join(caption.itertext()) == alt  # the alt text, readable under the chart, as typed
    assert not list(page.iter("b"))  # the goal's tags stay text
    title = next(page.iter("h2"))
    assert "".join(title.itertext()) == "1. Oser <b>parler</b> & *convaincre*" and not list(title)  # marks too
    assert "Pas encore de progrès noté." in html


def test_the_admin_export_carries_the_progress_markdown_once_progress_is_noted(database):
    from assistant import privacy
    from assistant.goals import store as goal_store
    from assistant.goals.model import GoalFields
    from assistant.progress import store as progress_store
    from assistant.progress.model import Amount

    fields = GoalFields("carriere", "Décrocher un poste de data analyst", "obtenir 3 entretiens", DEADLINE, "x", "x")
    goal = goal_store.save_goal("alice", fields)
    assert "progress_markdown" not in privacy.export_mentee("alice")  # nothing to draw yet
    progress_store.save_progress("alice", goal.id, Amount(percent=33.3, count=1.0), TODAY)
    document = privacy.export_mentee("alice")
    assert document["progress_markdown"].startswith("# Vos progrès\n")
    assert document["progress_markdown"].count("<svg ") == 1
    assert "progress_markdown" not in privacy.export_mentee("alice", markdown=False)
