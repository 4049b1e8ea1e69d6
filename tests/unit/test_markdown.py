"""Markdown safety rules for spec text placed in the generated docs."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.targets.python import markdown as md

SPECS = Path(__file__).resolve().parents[2] / ".." / "shared" / "specs"


def headings(text: str) -> list[tuple[int, str]]:
    """(level, title) of the ATX headings outside fences."""
    found = []
    fence = None
    for line in text.split("\n"):
        m = re.match(r"^ {0,3}(`{3,}|~{3,})", line)
        if fence is None and m:
            fence = m.group(1)
            continue
        if fence is not None:
            if line.strip().startswith(fence):
                fence = None
            continue
        h = re.match(r"^(#{1,6})[ \t]+(.*)$", line)
        if h:
            found.append((len(h.group(1)), h.group(2)))
    return found


# --------------------------------------------------------------------------- headings


def test_headings_are_demoted_to_the_floor_keeping_relative_levels() -> None:
    text = "Intro\n# Limitations\n## Import volume\ntext\n### Detail\n# Notifications\n"
    out = md.block(text, 4)
    assert headings(out) == [(4, "Limitations"), (5, "Import volume"), (6, "Detail"), (4, "Notifications")]
    assert "Intro" in out and "text" in out


def test_shallowest_heading_decides_the_shift() -> None:
    out = md.demote_headings("## A\n### B\n", 4)
    assert headings(out) == [(4, "A"), (5, "B")]


def test_headings_already_below_the_floor_are_left_alone() -> None:
    text = "#### A\n##### B"
    assert md.demote_headings(text, 3) == text


def test_headings_pushed_past_level_six_become_bold_lines() -> None:
    out = md.demote_headings("# A\n## B\n### C ###\n#### D", 4)
    assert headings(out) == [(4, "A"), (5, "B"), (6, "C ###")]
    assert out.split("\n")[-1] == "**D**"


def test_setext_headings_are_rewritten_and_demoted() -> None:
    out = md.demote_headings("Title\n=====\n\nSub\ntitle\n---\n\ntext", 3)
    assert headings(out) == [(3, "Title"), (4, "Sub title")]
    assert out.endswith("text")


def test_dashes_after_a_list_item_are_a_rule_not_a_heading() -> None:
    text = "# A\n\n- item\n---\n"
    out = md.demote_headings(text, 3)
    assert headings(out) == [(3, "A")]
    assert "- item\n---" in out


def test_headings_inside_code_fences_are_not_demoted() -> None:
    text = "# A\n```python\n# comment\n```\n~~~~\n# also code\n~~~\n# still code\n~~~~\n## B"
    out = md.demote_headings(text, 4)
    assert "```python\n# comment\n```" in out
    assert "~~~~\n# also code\n~~~\n# still code\n~~~~" in out
    assert headings(out) == [(4, "A"), (5, "B")]


def test_headings_inside_indented_code_are_not_demoted() -> None:
    text = "# A\n\n    # shell comment\n    ls\n\ntext"
    out = md.demote_headings(text, 3)
    assert "    # shell comment\n    ls" in out
    assert out.startswith("### A")


def test_hash_without_space_is_not_a_heading_and_quotes_are_demoted() -> None:
    out = md.demote_headings("#hashtag\n> # Quoted\n# Real", 3)
    assert out.split("\n") == ["#hashtag", "> ### Quoted", "### Real"]


def test_real_voucherify_import_description_is_demoted_below_the_operation() -> None:
    spec = json.loads((SPECS / "voucherify-orders.json").read_text(encoding="utf-8"))
    text = spec["paths"]["/v1/orders/import"]["post"]["description"]
    out = md.block(text, 4)
    found = headings(out)
    assert (4, "Limitations") in found and (5, "Import volume") in found
    assert (4, "What is not triggered") in found
    assert min(level for level, _ in found) == 4
    # the MDX-ish tags stay visible as text, the site-relative link is defused
    assert "&lt;Warning>" in out and "&lt;Badge color yellow>Historical orders&lt;/Badge>" in out
    assert "update order (`/api-reference/orders/update-order`)" in out


# --------------------------------------------------------------------------- fences


def test_an_unclosed_fence_is_closed_with_the_same_fence() -> None:
    out = md.block("text\n````python\nprint(1)\n```\nstill code", 3)
    assert out.endswith("still code\n````")


def test_closed_fences_are_unchanged() -> None:
    text = "a\n```\nb\n```\nc"
    assert md.close_fences(text) == text


def test_fence_for_code_containing_fences() -> None:
    assert md.fence_for("x = 1") == "```"
    assert md.fence_for("s = '''\n```\n'''") == "````"


# --------------------------------------------------------------------------- HTML


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("<script>alert(1)</script>", "&lt;script>alert(1)&lt;/script>"),
        ("<div class='x'>unclosed", "&lt;div class='x'>unclosed"),
        ("<!-- swallow the page", "&lt;!-- swallow the page"),
        ("<?php echo 1 ?>", "&lt;?php echo 1 ?>"),
        ("<Warning>MDX</Warning>", "&lt;Warning>MDX&lt;/Warning>"),
        ("line<br>break<BR/>", "line<br>break<BR/>"),
        ("see <https://example.com/a?b=1> or <me@example.com>", "see <https://example.com/a?b=1> or <me@example.com>"),
        ("a < b and 3<4", "a < b and 3<4"),
        ("already &lt;escaped&gt;", "already &lt;escaped&gt;"),
        ("`<b>` in code", "`<b>` in code"),
        ("`` a ` <b> ``", "`` a ` <b> ``"),
        ("unmatched ` then <b>", "unmatched ` then &lt;b>"),
    ],
)
def test_raw_html_is_escaped_outside_code(raw: str, expected: str) -> None:
    assert md.escape_html(raw) == expected


def test_html_in_fenced_and_indented_code_is_kept() -> None:
    text = "```html\n<div>\n```\n\n    <span>\n\n<p>"
    assert md.escape_html(text) == "```html\n<div>\n```\n\n    <span>\n\n&lt;p>"


def test_code_span_does_not_reach_across_paragraphs() -> None:
    assert md.escape_html("a ` <b>\n\n` <i>") == "a ` &lt;b>\n\n` &lt;i>"


# --------------------------------------------------------------------------- links


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("see [update](/api-reference/orders/update)", "see update (`/api-reference/orders/update`)"),
        ("see [x](other.md#a)", "see x (`other.md#a`)"),
        ("see [x](#section)", "see x (`#section`)"),
        ('see [x](<a b.md> "t")', "see x (`a b.md`)"),
        ("![img](pic.png)", "img (`pic.png`)"),
        ("keep [x](https://example.com/a_(b)) and [m](mailto:a@b.c)", "keep [x](https://example.com/a_(b)) and [m](mailto:a@b.c)"),
        ("code `[x](y.md)` stays", "code `[x](y.md)` stays"),
        ("[ref]: /relative\n[abs]: https://x.y", "\\[ref\\]: `/relative`\n\\[abs\\]: https://x.y"),
    ],
)
def test_links_that_cannot_resolve_are_defused(raw: str, expected: str) -> None:
    assert md.defuse_links(raw) == expected


# --------------------------------------------------------------------------- cells, inline, literal


def test_cell_escapes_pipes_and_line_breaks() -> None:
    assert md.cell("a | b\r\nc\n  d") == "a \\| b<br>c<br>d"
    assert md.cell("`x|y`") == "`x\\|y`"
    assert md.cell(None) == ""
    assert md.cell("<b>bold</b>") == "&lt;b>bold&lt;/b>"


def test_cell_never_contains_a_raw_newline_or_unescaped_pipe() -> None:
    out = md.cell("# H\n| a | b |\n|---|---|\n```\ncode\n```")
    assert "\n" not in out
    assert re.search(r"(?<!\\)\|", out) is None


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("Create Order", "Create Order"),
        ("# not a heading", "\\# not a heading"),
        ("1. not a list", "1\\. not a list"),
        ("- not a list", "\\- not a list"),
        ("> not a quote", "\\> not a quote"),
        ("two\nlines", "two lines"),
        ("<script>", "&lt;script>"),
    ],
)
def test_inline_text_cannot_start_a_block(raw: str, expected: str) -> None:
    assert md.inline(raw) == expected


def test_literal_escapes_markdown_characters() -> None:
    assert md.literal("https://{cluster}.example.com/*_x_*") == "https://{cluster}.example.com/\\*\\_x\\_\\*"
    assert md.literal("a|b<c>&") == "a\\|b\\<c\\>&amp;"
    assert md.literal("create_order(orders_create_request_body)") == "create_order(orders_create_request_body)"
    assert md.literal("[x](y) `z` ~~s~~") == "\\[x\\](y) \\`z\\` \\~\\~s\\~\\~"


@pytest.mark.parametrize(
    "text, expected",
    [("abc", "`abc`"), ("a`b", "``a`b``"), ("`x", "`` `x ``"), ("a``b`c", "```a``b`c```"), ("line\nbreak", "`line break`")],
)
def test_code_span_survives_backticks(text: str, expected: str) -> None:
    assert md.code_span(text) == expected


# --------------------------------------------------------------------------- nothing is dropped

_MD_TEXT = st.text(
    alphabet=st.sampled_from(list("ab# \n`~<>/!|[]()-=*_>1.:\\&") + ["é", "中", "\r"]),
    max_size=200,
)


def _alnum(text: str) -> list[str]:
    return [ch for ch in text if ch.isalnum()]


@settings(max_examples=300, deadline=None)
@given(_MD_TEXT, st.integers(min_value=1, max_value=6))
def test_block_keeps_every_letter_of_the_text(text: str, floor: int) -> None:
    out = md.block(text, floor)
    unescaped = out.replace("&lt;", "<")
    assert _alnum(unescaped) == _alnum(text.replace("&lt;", "<"))
    # and no heading ends up above the floor
    assert all(level >= floor for level, _ in headings(out))


@settings(max_examples=300, deadline=None)
@given(_MD_TEXT)
def test_cell_is_one_line_keeping_every_letter(text: str) -> None:
    out = md.cell(text)
    assert "\n" not in out and "\r" not in out
    assert _alnum(out.replace("&lt;", "<").replace("<br>", "")) == _alnum(text)


@pytest.mark.parametrize("func", [lambda t: md.block(t, 3), md.cell, md.inline, md.literal, md.code_span])
def test_invisible_characters_are_shown_as_escapes(func) -> None:  # type: ignore[no-untyped-def]
    out = func("a\x00b\x1b[31mc\u202edef\u2066g\u2028h")
    for raw in ("\x00", "\x1b", "\u202e", "\u2066", "\u2028"):
        assert raw not in out
    for shown in ("\\x00", "\\x1b", "\\u202e", "\\u2066", "\\u2028"):
        assert shown in out


def test_tabs_and_ordinary_unicode_are_kept() -> None:
    assert md.block("a\tb é 中 😀", 3) == "a\tb é 中 😀"
