"""The texts a hostile spec hides in every place spec text can reach.

Each payload would do something visible if it ever ran: create the file
`PWNED` in the current folder, or the file named by `$HOSTILE_SENTINEL`
(an absolute path the tests choose), so "nothing ran" is checked by looking
for those files, not assumed.  The rest try to close string literals,
docstrings and comments early, or to be evaluated by Jinja.
"""

from __future__ import annotations

#: the name of the file a payload creates in the current folder if it runs
SENTINEL_NAME = "PWNED"
#: environment variable holding an absolute path a payload creates if it runs
SENTINEL_ENV = "HOSTILE_SENTINEL"

TOUCH = '__import__("pathlib").Path("PWNED").touch()'
TOUCH_ENV = '__import__("os").system("touch \\"$HOSTILE_SENTINEL\\"")'
OS_SYSTEM = 'os.system("touch PWNED")'

#: code-breaking payloads, each alone a complete attempt
BREAKERS: tuple[str, ...] = (
    f'"""; {TOUCH}#',
    f"'''; {TOUCH}#",
    f'"; {TOUCH}#',
    f"'; {TOUCH}#",
    f'"""; import os; os.system("x")#',
    f"\\\"\"\"; {TOUCH_ENV}#",
    f"\n{TOUCH}\n",
    f"\r\n{TOUCH}  # CRLF",
    f"\u2028{TOUCH}",
    f"\\\n{TOUCH}",
    f"# comment\n{TOUCH}",
    OS_SYSTEM,
    "{{ 7*7 }}",
    "{{ self.__init__.__globals__ }}",
    "{% raw %}",
    "{% endraw %}{{ 7*7 }}{% raw %}",
    "{# unclosed comment",
    "</script><script>alert(1)</script>",
    "<!-- -->",
)

#: characters that must survive escaping as text
ODD_CHARS = (
    '"', "'", '"""', "'''", "\\", "\\N{BULLET}", "\\x00", "\\u2028", "\x00", "\x01", "\x1b[31m", "\x7f",
    "\t", "\r", "\r\n", "\u2028", "\u2029", "\u0085", "\u200f", "\u202e", "\u200b", "\ufeff",
    "\U0001f600", "\U0001f468\u200d\U0001f469\u200d\U0001f467", "\u00e9\u0301", "\ufdfd", "\uffff",
)


def rich_text(where: str) -> str:
    """A description for `where`: every breaker and odd character, and `where` itself to find it."""
    return (
        f"Hostile text at {where}. "
        + " | ".join(BREAKERS)
        + " | chars: "
        + "".join(ODD_CHARS)
        + f" | end of {where} \\"
    )


def short_text(where: str) -> str:
    """A one-line hostile text (summaries, titles): quotes, backslash, Jinja, payload."""
    return f"{where} \"\"\" ''' \\ {{{{ 7*7 }}}} {{% raw %}} {TOUCH} \\"
