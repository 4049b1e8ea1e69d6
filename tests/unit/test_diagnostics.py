"""Diagnostics are data; rendering one always gives exactly one printable line."""

from __future__ import annotations

from generator.diagnostics import Level, Location, Report, error, printable, warning


def test_render_names_file_position_pointer_level_and_hint() -> None:
    d = error("/paths/~1x/get", "duplicate operationId 'a'", "rename one of them")
    d = d.with_location(Location("spec.yaml", 12, 5))
    assert d.render() == "spec.yaml:12:5: /paths/~1x/get: error: duplicate operationId 'a' (rename one of them)"


def test_render_of_the_whole_document_uses_slash() -> None:
    assert warning("", "no paths").render() == "/: warning: no paths"


def test_spec_text_cannot_forge_lines_or_send_terminal_escapes() -> None:
    hostile = "a\nspec.yaml:1:1: /: error: forged\x1b[2J\r\u2028\x85\x00\u202e"
    line = error("/components/schemas/" + hostile, hostile, hostile).render()
    assert "\n" not in line and "\r" not in line
    assert not any(ord(c) < 32 or 0x7F <= ord(c) <= 0x9F for c in line)
    assert "\\n" in line and "\\x1b" in line and "\\u202e" in line


def test_printable_keeps_ordinary_unicode() -> None:
    assert printable("Zamówienie 注文 📘") == "Zamówienie 注文 📘"


def test_report_levels_and_strictness() -> None:
    report = Report()
    report.add(warning("/a", "w"))
    assert not report.has_errors() and report.has_errors(strict=True)
    report.add(error("/b", "e"))
    assert [d.level for d in report.errors] == [Level.ERROR] and len(report.warnings) == 1
