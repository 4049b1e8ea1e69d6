"""A link checker for generated markdown, and the tests of the checker itself.

`check_links(root)` walks every `*.md` under `root` and returns one message
per problem: a relative link whose target file does not exist, a `#anchor`
missing from its target page, a root-relative link (`/x`, which resolves to
nothing inside a repository).  Absolute URLs (`https:`, `mailto:`) are not
fetched.  Anchors are the `id`/`name` of HTML tags and GitHub's slugs of the
headings (lower case, punctuation removed, spaces to `-`, `-1`, `-2`... for
repeats).  Code (fenced, indented, spans) is skipped, as a renderer does.

The checker is written independently of the generator's markdown module so
that it is an oracle, not an echo.
"""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote

import pytest

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_ATX = re.compile(r"^(?: {0,3}>[ ]?)*( {0,3})(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_HTML_ANCHOR = re.compile(r"<a\s+[^>]*?\b(?:id|name)\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s>]+)", re.I)
_HREF = re.compile(r"<a\s+[^>]*?\bhref\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s>]+)", re.I)
_LINK = re.compile(
    r"!?\[(?:[^\[\]\\]|\\.|\[(?:[^\[\]\\]|\\.)*\])*\]"
    r"\(\s*(<[^<>\n]*>|(?:[^\s()\\]|\\.|\([^\s()]*\))*)(?:\s+(?:\"[^\"]*\"|'[^']*'|\([^()]*\)))?\s*\)"
)
_REF_DEF = re.compile(r"^ {0,3}\[((?:[^\[\]\\]|\\.)+)\]:[ \t]*(<[^<>\n]*>|\S+)", re.M)
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")


def _strip_code(text: str) -> str:
    """Blank out fenced and indented code blocks and code spans."""
    out: list[str] = []
    fence: str | None = None
    prev_blank = True
    for line in text.replace("\r\n", "\n").split("\n"):
        if fence is not None:
            if re.match(r"^ {0,3}" + re.escape(fence[0]) + "{" + str(len(fence)) + r",}[ \t]*$", line):
                fence = None
            out.append("")
            continue
        m = _FENCE.match(line)
        if m:
            fence = m.group(1)
            out.append("")
            continue
        if prev_blank and (line.startswith("    ") or line.startswith("\t")) and line.strip():
            out.append("")  # indented code (our pages never indent prose by 4 after a blank)
            continue
        prev_blank = not line.strip()
        out.append(line)
    joined = "\n".join(out)
    # code spans: a backtick run closed by a run of the same length
    return re.sub(r"(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)", lambda m: " " * len(m.group(0)), joined, flags=re.S)


def github_slug(heading_text: str) -> str:
    """GitHub's heading anchor (github-slugger) for the heading's text."""
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", heading_text)  # links -> their text
    text = re.sub(r"<[^>]+>", "", text)  # real tags render as nothing
    text = html.unescape(text)
    text = text.replace("\\", "")
    text = text.lower()
    kept = []
    for ch in text:
        cat = unicodedata.category(ch)
        if ch in " -" or cat[0] in "LMN" or cat == "Pc":
            kept.append(ch)
    return "".join(kept).replace(" ", "-")


@lru_cache(maxsize=None)
def anchors_of(path: Path) -> frozenset[str]:
    text = path.read_text(encoding="utf-8")
    found: set[str] = set()
    for m in _HTML_ANCHOR.finditer(_strip_code(text)):
        found.add(html.unescape(m.group(1).strip("\"'")))
    counts: dict[str, int] = {}
    for line in _strip_code(text).split("\n"):
        m = _ATX.match(line)
        if not m:
            continue
        slug = github_slug((m.group(3) or "").strip())
        n = counts.get(slug, 0)
        counts[slug] = n + 1
        found.add(slug if n == 0 else f"{slug}-{n}")
    return frozenset(found)


def links_of(text: str) -> list[str]:
    """Every link target of a markdown page (inline, reference definitions, <a href>)."""
    prose = _strip_code(text)
    targets = []
    for m in _LINK.finditer(prose):
        target = m.group(1)
        if target.startswith("<") and target.endswith(">"):
            target = target[1:-1]
        targets.append(re.sub(r"\\(.)", r"\1", target))
    for m in _REF_DEF.finditer(prose):
        target = m.group(2)
        targets.append(target[1:-1] if target.startswith("<") else target)
    for m in _HREF.finditer(prose):
        targets.append(html.unescape(m.group(1).strip("\"'")))
    return targets


def check_links(root: Path) -> list[str]:
    """All broken relative links and anchors in the markdown under `root`."""
    anchors_of.cache_clear()
    problems: list[str] = []
    root = root.resolve()
    for page in sorted(root.rglob("*.md")):
        rel = page.relative_to(root).as_posix()
        for target in links_of(page.read_text(encoding="utf-8")):
            if _SCHEME.match(target):
                continue
            if target.startswith("/"):
                problems.append(f"{rel}: root-relative link {target!r} resolves to nothing")
                continue
            file_part, _, fragment = target.partition("#")
            dest = (page.parent / unquote(file_part)).resolve() if file_part else page
            if not dest.is_file():
                problems.append(f"{rel}: link {target!r}: no file {dest}")
                continue
            try:
                dest.relative_to(root)
            except ValueError:
                problems.append(f"{rel}: link {target!r} leaves the docs tree")
                continue
            if fragment and dest.suffix == ".md" and unquote(fragment) not in anchors_of(dest):
                problems.append(f"{rel}: link {target!r}: no anchor #{fragment} in {dest.name}")
    return problems


# --------------------------------------------------------------------------- tests of the checker


def _tree(tmp_path: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return tmp_path


def test_good_links_pass(tmp_path: Path) -> None:
    root = _tree(
        tmp_path,
        {
            "README.md": "# pkg\n\n## Documentation for API Endpoints\n\n<a id=\"X-App-Id\"></a>\n### X-App-Id\n"
            "[api](docs/OrdersApi.md#create_order) [top](#) [self](#documentation-for-api-endpoints)\n",
            "docs/OrdersApi.md": "<a id=\"create_order\"></a>\n# **create_order**\n"
            "[[Back]](../README.md#documentation-for-api-endpoints) [auth](../README.md#X-App-Id)\n"
            "[**List[Item]**](Item.md) [ext](https://example.com/x#y) [mail](mailto:a@b.c)\n",
            "docs/Item.md": "# Item\n",
        },
    )
    assert check_links(root) == []


def test_missing_file_anchor_and_root_relative_are_reported(tmp_path: Path) -> None:
    root = _tree(
        tmp_path,
        {
            "README.md": "# pkg\n[a](docs/Missing.md) [b](docs/A.md#nope) [c](/api-reference/x) [d](#also-nope)\n",
            "docs/A.md": "# A\n",
        },
    )
    problems = check_links(root)
    assert len(problems) == 4, problems
    assert any("Missing.md" in p for p in problems)
    assert any("#nope" in p for p in problems)
    assert any("/api-reference/x" in p for p in problems)
    assert any("#also-nope" in p for p in problems)


def test_links_in_code_are_ignored_and_headings_in_code_are_not_anchors(tmp_path: Path) -> None:
    root = _tree(
        tmp_path,
        {
            "README.md": "# pkg\n\n```python\nx = '[a](nowhere.md)'\n# Fake heading\n```\n\n"
            "`[b](nowhere.md)` [c](#fake-heading)\n",
        },
    )
    assert check_links(root) == ["README.md: link '#fake-heading': no anchor #fake-heading in README.md"]


def test_github_slugs_and_repeats() -> None:
    assert github_slug("Documentation For Models") == "documentation-for-models"
    assert github_slug("**create_order**") == "create_order"
    assert github_slug("Using the create_order_with_http_info variant") == "using-the-create_order_with_http_info-variant"
    assert github_slug("Limits: 1..100 (per page)") == "limits-1100-per-page"


def test_repeated_headings_get_numbered_anchors(tmp_path: Path) -> None:
    root = _tree(
        tmp_path,
        {"A.md": "# A\n### Example\n### Example\n[x](#example) [y](#example-1) [z](#example-2)\n"},
    )
    assert check_links(root) == ["A.md: link '#example-2': no anchor #example-2 in A.md"]


@pytest.mark.parametrize("target", ["docs/a%20b.md", "docs/a b.md"])
def test_percent_encoded_paths(tmp_path: Path, target: str) -> None:
    root = _tree(tmp_path, {"README.md": f"[x](<{target}>)\n", "docs/a b.md": "# t\n"})
    assert check_links(root) == []
