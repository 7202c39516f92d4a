"""The letter and the plan as Markdown, read back by a CommonMark parser."""

from __future__ import annotations

import html
import re

import pytest
from markdown_it import MarkdownIt

from breakup_tui.core.settings import Settings
from breakup_tui.export import ExportSource, render
from tests.conftest import NOW, TODAY
from tests.factories import filled_plan, hostile_plan

HOSTILE = [
    "C++ *Devs* <Co>",
    "<script>alert(1)</script>",
    "# not a heading",
    "1. not a list",
    "- not a list either",
    "> not a quote",
    'Zoë Smith, Design (Studio) "R" & Co [link](http://x) `code` _u_ ~~s~~ | a | b |',
    "Ana 🎨 \u200fمصمم\u200f",
    "&amp; &copy;",
    "===",
]
SENDER = Settings(your_name="Sam Rivera", email="sam@rivera.example")


def html_of(text: str) -> str:
    return MarkdownIt("commonmark").render(text)


def visible(rendered: str) -> str:
    """What a reader sees: the HTML without tags, entities decoded."""
    return html.unescape(re.sub(r"<[^>]+>", "", rendered))


def rendered_with(text: str, what: str) -> str:
    plan = hostile_plan(text)
    plan.writing.subject = text
    return html_of(render(what, "md", ExportSource(plan, SENDER, "x", TODAY, NOW)))


@pytest.mark.parametrize("text", HOSTILE)
@pytest.mark.parametrize("what", ["letter", "plan"])
def test_the_users_text_renders_literally(text: str, what: str) -> None:
    rendered = rendered_with(text, what)
    assert text.strip() in visible(rendered)
    assert "<script" not in rendered and "<Co>" not in rendered
    assert "<em>" not in rendered and "<code>" not in rendered and "<a " not in rendered
    # The only headings are the export's own: as many as with harmless text.
    assert len(re.findall(r"<h\d>", rendered)) == len(re.findall(r"<h\d>", rendered_with("plain", what)))
    assert "<ol>" not in rendered and "<blockquote>\n<p>not a quote" not in rendered


def test_a_line_starting_like_markup_stays_a_paragraph_line() -> None:
    plan = filled_plan()
    plan.decide.notes = "First line\n# second\n1. third\n- fourth"
    rendered = html_of(render("plan", "md", ExportSource(plan, SENDER, "x", TODAY, NOW)))
    assert "<p>First line<br />\n# second<br />\n1. third<br />\n- fourth</p>" in rendered


def test_lists_are_lists_and_the_total_stays_out_of_the_last_item() -> None:
    plan = filled_plan()
    # Every hand-over item chosen: more than a sentence can carry, so the letter lists them.
    for item in plan.options.handover:
        plan.options.handover[item] = "todo"
    md = render("letter", "md", ExportSource(plan, SENDER, "x", TODAY, NOW))
    tokens = MarkdownIt("commonmark").parse(md)
    # Every list opens after a blank line, so no list is merged into the paragraph above it.
    lines = md.split("\n")
    for token in tokens:
        if token.type == "bullet_list_open" and token.map and token.map[0] > 0:
            assert lines[token.map[0] - 1] == ""
    assert any(t.type == "bullet_list_open" for t in tokens)
    plan_md = render("plan", "md", ExportSource(plan, SENDER, "x", TODAY, NOW))
    plan_lines = plan_md.split("\n")
    for token in MarkdownIt("commonmark").parse(plan_md):
        if token.type == "bullet_list_open" and token.map and token.map[0] > 0:
            assert plan_lines[token.map[0] - 1] == ""
