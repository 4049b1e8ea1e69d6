"""Markdown safety: spec text placed inside our generated markdown pages.

Descriptions, summaries and enum values are markdown (or plain text) written
by someone else.  Pasted verbatim, they can break the page around them: a
`# Limitations` heading in an operation's description would become a sibling
of the operation's own heading, a `|` would split a table cell, an unclosed
code fence or `<!--` would swallow the rest of the page, a relative link would
point at a file that does not exist.  The functions here make such text safe
for one place in a page while keeping every character of it for the reader:
nothing is dropped, things are only escaped, demoted or closed.

Entry points, by where the text goes:

- `block(text, floor)`: a description rendered as its own paragraphs under a
  heading.  Headings are demoted so the shallowest becomes level `floor`
  (relative levels kept; deeper than 6 becomes a bold line), raw HTML is
  escaped, unclosed fences are closed, relative links are defused.
- `cell(text)`: the content of a table cell: the above, plus pipes escaped and
  line breaks turned into `<br>`.
- `inline(text)`: one line of running text (a summary after the signature):
  line breaks become spaces and leading block markers are escaped.
- `literal(text)`: text shown exactly as is (a server URL, a scheme name):
  every markdown-active character is backslash-escaped.
- `code_span(text)` / `fence_for(code)`: code that must not be closed early
  by backticks inside it.

Rules for raw HTML: every tag-like `<` (`<tag`, `</tag`, `<!--`, `<!x`, `<?`)
outside code is written as `&lt;` so it shows as text, except the attribute-
less void tags `<br>` and `<hr>` (they cannot break the page).  Autolinks
(`<https://...>`, `<mailto:...>`) are kept.  Inside code spans, fenced and
indented code, nothing is changed (there `<` is already literal).

Links in spec text whose target is not an absolute URL (`/api-reference/x`,
`other.md`, `#section`) would not resolve inside the generated docs: they are
written as `text (`target`)` instead.  Link reference definitions
(`[label]: url`) would apply to the whole page, so they are made literal text.
"""

from __future__ import annotations

import re

from .markdown_blocks import Segment, close_fences, demote_headings, join, normalize, split_segments

__all__ = [
    "block",
    "cell",
    "inline",
    "literal",
    "code_span",
    "fence_for",
    "demote_headings",
    "escape_html",
    "defuse_links",
    "close_fences",
]

# a tag-like "<" (start tag, end tag, comment, declaration, processing instruction)
_TAG_START = re.compile(r"<(?=[A-Za-z/!?])")
_AUTOLINK = re.compile(r"<[A-Za-z][A-Za-z0-9+.\-]{1,31}:[^\s<>]*>|<[A-Za-z0-9.!#$%&'*+/=?^_`{|}~\-]+@[A-Za-z0-9](?:[A-Za-z0-9\-.]*[A-Za-z0-9])?>")
_SAFE_TAG = re.compile(r"<(?:br|hr)[ \t]*/?>", re.IGNORECASE)
_BACKTICKS = re.compile(r"`+")

_ABSOLUTE_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")
_INLINE_LINK = re.compile(
    r"(?P<bang>!?)\[(?P<text>(?:[^\[\]\\\n]|\\.|\[[^\[\]\n]*\])*)\]"
    r"\([ \t]*(?P<target><[^<>\n]*>|(?:[^\s()\\]|\\.|\([^\s()]*\))*)"
    r"(?P<title>[ \t]+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^()\n]*\)))?[ \t]*\)"
)
_REF_DEFINITION = re.compile(r"^( {0,3})\[((?:[^\[\]\\]|\\.)+)\]:[ \t]*(<[^<>\n]*>|\S+)(.*)$")

_LITERAL_SPECIALS = re.compile(r"([\\`*\[\]<>|~])")


# --------------------------------------------------------------------------- inline code / HTML


def _map_outside_code_spans(text: str, func) -> str:  # type: ignore[no-untyped-def]
    """Apply `func` to the parts of prose `text` outside code spans.

    A backtick run opens a code span when a run of the same length follows
    before the end of the paragraph (a blank line); otherwise it is literal.
    """
    out: list[str] = []
    pos = 0  # start of the pending prose
    scan = 0
    while True:
        m = _BACKTICKS.search(text, scan)
        if m is None:
            break
        run = m.group(0)
        para_end = _paragraph_end(text, m.end())
        closer = re.compile(r"(?<!`)" + re.escape(run) + r"(?!`)")
        c = closer.search(text, m.end(), para_end)
        if c is None:
            scan = m.end()
            continue
        out.append(func(text[pos : m.start()]))
        out.append(text[m.start() : c.end()])
        pos = scan = c.end()
    out.append(func(text[pos:]))
    return "".join(out)


def _paragraph_end(text: str, start: int) -> int:
    m = re.compile(r"\n[ \t]*\n").search(text, start)
    return m.start() if m else len(text)


def _escape_tags(text: str) -> str:
    out: list[str] = []
    pos = 0
    for m in _TAG_START.finditer(text):
        start = m.start()
        if start < pos:
            continue
        auto = _AUTOLINK.match(text, start) or _SAFE_TAG.match(text, start)
        if auto:
            out.append(text[pos : auto.end()])
            pos = auto.end()
            continue
        out.append(text[pos:start])
        out.append("&lt;")
        pos = start + 1
    out.append(text[pos:])
    return "".join(out)


def escape_html(text: str) -> str:
    """Escape tag-like `<` outside code so raw HTML shows as text."""
    text = normalize(text)
    if "<" not in text:
        return text
    segments = split_segments(text)
    return join(
        [
            seg if seg.code else Segment(tuple(_map_outside_code_spans("\n".join(seg.lines), _escape_tags).split("\n")), False)
            for seg in segments
        ]
    )


# --------------------------------------------------------------------------- links


def _defuse_inline_links(text: str) -> str:
    def repl(m: re.Match[str]) -> str:
        target = m.group("target")
        bare = target[1:-1] if target.startswith("<") and target.endswith(">") else target
        if _ABSOLUTE_URL.match(bare):
            return m.group(0)
        label = m.group("text")
        shown = code_span(bare) if bare else "``"
        return f"{label} ({shown})" if label else shown

    return _INLINE_LINK.sub(repl, text)


def _defuse_definitions(text: str) -> str:
    """Make every link reference definition literal text.

    A definition in one description would apply to the whole page (even to
    our own `[optional]` notes); written as text, its label and target stay
    readable.  Relative targets are shown as code, absolute ones as they are.
    """
    lines = text.split("\n")
    for i, line in enumerate(lines):
        m = _REF_DEFINITION.match(line)
        if not m:
            continue
        target = m.group(3)
        bare = target[1:-1] if target.startswith("<") else target
        shown = _escape_tags(target) if _ABSOLUTE_URL.match(bare) else code_span(bare)
        lines[i] = f"{m.group(1)}\\[{m.group(2)}\\]: {shown}{m.group(4)}"
    return "\n".join(lines)


def defuse_links(text: str) -> str:
    """Rewrite links whose target is not an absolute URL as `text (`target`)`."""
    text = normalize(text)
    if "[" not in text:
        return text
    segments = split_segments(text)
    out: list[Segment] = []
    for seg in segments:
        if seg.code:
            out.append(seg)
            continue
        prose = _defuse_definitions("\n".join(seg.lines))
        prose = _map_outside_code_spans(prose, _defuse_inline_links)
        out.append(Segment(tuple(prose.split("\n")), False))
    return join(out)


# --------------------------------------------------------------------------- entry points


def block(text: str | None, floor: int) -> str:
    """A description placed as paragraphs under a heading of level `floor - 1`."""
    if not text:
        return ""
    text = close_fences(normalize(text).strip("\n"))
    text = demote_headings(text, floor)
    text = escape_html(text)
    text = defuse_links(text)
    return text.rstrip()


def cell(text: str | None) -> str:
    """Text for one table cell: one line, pipes escaped, line breaks as `<br>`."""
    if not text:
        return ""
    text = normalize(text).strip()
    text = escape_html(text)
    text = defuse_links(text)
    # Code spans cannot hold a <br>; a cell is a single line, so the breaks
    # are made explicit everywhere.  Backslash-escaped pipes are honoured by
    # the table parser even inside code spans.
    text = text.replace("|", "\\|")
    text = re.sub(r"[ \t]*\n[ \t]*", "<br>", text)
    return text


def inline(text: str | None) -> str:
    """One line of running text: line breaks become spaces, block markers escaped."""
    if not text:
        return ""
    text = " ".join(part.strip() for part in normalize(text).split("\n") if part.strip())
    text = _map_outside_code_spans(text, _escape_tags)
    text = defuse_links(text)
    m = re.match(r"^\d{1,9}(?=[.)])", text)
    if m:
        return f"{m.group(0)}\\{text[m.end():]}"
    if re.match(r"^(?:#{1,6}(?=[ \t]|$)|[>+\-*=|_]|`{3,}|~{3,})", text):
        text = "\\" + text
    return text


def literal(text: str) -> str:
    """Text shown exactly as written (a path, a URL, a name), mid-line.

    Characters that start inline markup are backslash-escaped: backslash,
    backtick, `*`, `~`, brackets, `<`, `>`, `|` and `&`; `_` only where it
    could open or close emphasis (not between letters or digits, so
    `create_order` stays as it is).  Line breaks become spaces.
    """
    text = " ".join(normalize(text).split("\n"))
    text = _LITERAL_SPECIALS.sub(_backslashed, text)
    return escape_emphasis_underscores(text).replace("&", "&amp;")


#: an underscore that could open or close emphasis: not between letters or digits
_EMPHASIS_UNDERSCORE = re.compile(r"(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])")


def escape_emphasis_underscores(text: str) -> str:
    """Backslash-escape the underscores that could open or close emphasis (`create_order` stays)."""
    return _EMPHASIS_UNDERSCORE.sub(_backslashed, text) if "_" in text else text


def _backslashed(match: re.Match[str]) -> str:
    return "\\" + match.group(0)


def code_span(text: str) -> str:
    """`text` as an inline code span, whatever backticks it contains.

    Line breaks become spaces (a code span is one line in a table).  Pipes
    are not escaped here; use `table_code` inside tables.
    """
    text = " ".join(normalize(text).split("\n"))
    longest = max((len(r) for r in _BACKTICKS.findall(text)), default=0)
    ticks = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") or (text.startswith(" ") and text.endswith(" ") and text.strip()) else ""
    return f"{ticks}{pad}{text}{pad}{ticks}"


def table_code(text: str) -> str:
    """A code span for a table cell: pipes escaped for the table parser."""
    return code_span(text).replace("|", "\\|")


def fence_for(code: str) -> str:
    """A backtick fence longer than any backtick run at a line start in `code`."""
    longest = max((len(m.group(1)) for m in re.finditer(r"(?m)^ {0,3}(`{3,})", code)), default=0)
    return "`" * max(3, longest + 1)
