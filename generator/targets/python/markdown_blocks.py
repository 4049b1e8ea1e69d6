"""Block structure of markdown text: code segments, fences and headings.

The part of `markdown` that reads lines: which runs of lines are code
(fenced or indented, never touched), where a fence is left open, and which
lines are headings (ATX `# x`, setext `x` over `===`).  `demote_headings`
shifts headings below a floor keeping their relative levels.
"""

from __future__ import annotations

import re

from ...records import Record


__all__ = ["Segment", "split_segments", "join", "normalize", "close_fences", "demote_headings", "MAX_HEADING"]

MAX_HEADING = 6

_FENCE_OPEN = re.compile(r"^( {0,3})(`{3,}|~{3,})(.*)$")
_ATX = re.compile(r"^((?: {0,3}>[ ]?)*)( {0,3})(#{1,6})(?=[ \t]|$)(.*)$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_BLANK = re.compile(r"^[ \t]*$")
_LIST_ITEM = re.compile(r"^ {0,3}(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)")
_BLOCK_START = re.compile(
    r"^ {0,3}(?:[-+*][ \t]|\d{1,9}[.)][ \t]|>|#{1,6}(?:[ \t]|$)|`{3,}|~{3,}|\|)"
)
_THEMATIC = re.compile(r"^ {0,3}((?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")


# --------------------------------------------------------------------------- segments


class Segment(Record):
    """A run of lines that is either prose (markdown) or code (left as is)."""

    lines: tuple[str, ...]
    code: bool


#: invisible characters that change what a reader sees or how a page parses:
#: C0/C1 controls (but tab and line feed), DEL, bidirectional overrides and
#: isolates ("Trojan source"), line/paragraph separators
_INVISIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069]")


def _visible(m: re.Match[str]) -> str:
    code = ord(m.group(0))
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def normalize(text: str) -> str:
    """Unix line ends; invisible control characters written as `\\xNN` / `\\uNNNN` text."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _INVISIBLE.sub(_visible, text) if _INVISIBLE.search(text) else text


def close_fences(text: str) -> str:
    """Close a code fence left open at the end of `text`.

    An unclosed fence would turn everything after the description (the rest
    of our page) into code.  The closing fence uses the opener's character
    and length, so the content stays exactly as written.
    """
    text = normalize(text)
    if "```" not in text and "~~~" not in text:
        return text
    opener: str | None = None
    for line in text.split("\n"):
        if opener is None:
            m = _FENCE_OPEN.match(line)
            if m and not (m.group(2)[0] == "`" and "`" in m.group(3)):
                opener = m.group(2)
        elif _is_fence_close(line, opener):
            opener = None
    if opener is None:
        return text
    return (text if text.endswith("\n") or not text else text + "\n") + opener


def _is_fence_close(line: str, opener: str) -> bool:
    m = re.match(r"^ {0,3}(`{3,}|~{3,})[ \t]*$", line)
    return bool(m and m.group(1)[0] == opener[0] and len(m.group(1)) >= len(opener))


def split_segments(text: str) -> list[Segment]:
    """Split text into prose and code (fenced or indented) segments."""
    out: list[Segment] = []
    prose: list[str] = []
    code: list[str] = []
    opener: str | None = None
    in_list = False  # indented lines continue a list item rather than start code
    prev_blank = True

    def flush_prose() -> None:
        if prose:
            out.append(Segment(tuple(prose), False))
            prose.clear()

    def flush_code() -> None:
        if code:
            out.append(Segment(tuple(code), True))
            code.clear()

    lines = text.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        if opener is not None:
            code.append(line)
            if _is_fence_close(line, opener):
                opener = None
                flush_code()
            i += 1
            prev_blank = False
            continue
        m = _FENCE_OPEN.match(line)
        if m and not (m.group(2)[0] == "`" and "`" in m.group(3)):
            flush_prose()
            opener = m.group(2)
            code.append(line)
            i += 1
            prev_blank = False
            continue
        indented = line.startswith("    ") or line.startswith("\t")
        if indented and prev_blank and not in_list and not _BLANK.match(line):
            # an indented code block: runs until a non-blank, non-indented line
            flush_prose()
            while i < len(lines) and (
                lines[i].startswith("    ") or lines[i].startswith("\t") or _BLANK.match(lines[i])
            ):
                code.append(lines[i])
                i += 1
            # trailing blank lines belong to the prose that follows
            trailing = []
            while code and _BLANK.match(code[-1]):
                trailing.append(code.pop())
            flush_code()
            prose.extend(reversed(trailing))
            prev_blank = bool(trailing)
            continue
        if _BLANK.match(line):
            prev_blank = True
        else:
            if _LIST_ITEM.match(line):
                in_list = True
            elif not indented and prev_blank:
                in_list = False
            prev_blank = False
        prose.append(line)
        i += 1
    flush_prose()
    flush_code()
    return out


def join(segments: list[Segment]) -> str:
    return "\n".join(line for seg in segments for line in seg.lines)


# --------------------------------------------------------------------------- headings


class _HeadingEvent(Record):
    """A heading found in prose: ATX on line `end`, or setext over `start..end`."""

    start: int  # first line of the heading (setext: first paragraph line)
    end: int  # the heading line (setext: the underline)
    level: int
    atx: bool


def _scan_headings(lines: tuple[str, ...]) -> list[_HeadingEvent]:
    events: list[_HeadingEvent] = []
    para_start: int | None = None  # first line of the current plain paragraph
    para_is_other = False  # the current block is a list item, quote, table...
    for i, line in enumerate(lines):
        if _BLANK.match(line):
            para_start, para_is_other = None, False
            continue
        m = _ATX.match(line)
        if m:
            events.append(_HeadingEvent(i, i, len(m.group(3)), True))
            para_start, para_is_other = None, False
            continue
        if para_start is not None and not para_is_other and _SETEXT.match(line):
            events.append(_HeadingEvent(para_start, i, 1 if line.strip()[0] == "=" else 2, False))
            para_start, para_is_other = None, False
            continue
        if _THEMATIC.match(line):
            para_start, para_is_other = None, False
            continue
        if para_start is None and not para_is_other:
            if _BLOCK_START.match(line) or line.startswith("    ") or line.startswith("\t"):
                para_is_other = True
            else:
                para_start = i
        elif para_start is not None and _BLOCK_START.match(line):
            # a list item or quote interrupting the paragraph starts another block
            para_start, para_is_other = None, True
    return events


def demote_headings(text: str, floor: int) -> str:
    """Shift headings so the shallowest one is at level `floor` or deeper.

    All headings move by the same amount, so their relative levels are kept;
    text with no heading above `floor` is left alone.  A heading pushed past
    level 6 becomes a bold line (`**Title**`).  Setext headings (`Title` over
    `===`) are rewritten as ATX headings at their new level.  Lines inside
    code are never touched.
    """
    text = normalize(text)
    if "#" not in text and "\n=" not in text and "\n-" not in text and "\n " not in text:
        return text  # no line can be a heading
    segments = split_segments(text)
    scanned = [(seg, [] if seg.code else _scan_headings(seg.lines)) for seg in segments]
    levels = [e.level for _, events in scanned for e in events]
    if not levels or min(levels) >= floor:
        return join(segments)
    shift = floor - min(levels)
    result: list[Segment] = []
    for seg, events in scanned:
        if not events:
            result.append(seg)
            continue
        lines = list(seg.lines)
        for e in reversed(events):
            if e.atx:
                m = _ATX.match(lines[e.end])
                assert m is not None
                quote, indent, hashes, rest = m.groups()
                lines[e.end] = _heading_line(quote, indent, len(hashes) + shift, rest)
            else:
                body = " ".join(part.strip() for part in lines[e.start : e.end])
                lines[e.start : e.end + 1] = [_heading_line("", "", e.level + shift, " " + body)]
        result.append(Segment(tuple(lines), False))
    return join(result)


def _heading_line(quote: str, indent: str, level: int, rest: str) -> str:
    if level <= MAX_HEADING:
        return f"{quote}{indent}{'#' * level}{rest}"
    title = re.sub(r"(^|[ \t]+)#+[ \t]*$", "", rest).strip()  # drop an ATX closing sequence
    return f"{quote}{indent}**{title}**" if title else f"{quote}{indent}"
