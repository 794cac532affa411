"""Text safe to print on one line: control, line-break, surrogate and bidi-override
characters written as escapes, so a statement or a file name cannot forge a finding
line, move the cursor, reorder what a reader sees, or make XML invalid."""

from __future__ import annotations

import unicodedata

#: format characters that reorder text; joiners and soft hyphens stay (emoji need them)
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_ESCAPED_CATEGORIES = frozenset(["Cc", "Cs", "Zl", "Zp"])


def printable(text: str) -> str:
    """``text`` with every character a terminal, a log or an XML reader should not get
    raw written as ``\\n``, ``\\x07``, ``\\u202e`` and the like."""
    if text.isprintable():
        return text
    return "".join(_escape(c) for c in text)


def _escape(char: str) -> str:
    if char.isprintable() or char == " ":
        return char
    if char in _BIDI or unicodedata.category(char) in _ESCAPED_CATEGORIES or char == "\ufeff":
        return char.encode("unicode_escape", "backslashreplace").decode("ascii")
    return char  # a no-break space, a joiner: shown as they are
