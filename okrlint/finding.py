"""The finding: what every rule produces and every formatter consumes."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from enum import IntEnum


class Severity(IntEnum):
    """Ordered so that ``a >= b`` means "a is at least as serious as b"."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, text: str) -> Severity:
        try:
            return cls[text.strip().upper()]
        except KeyError:
            raise ValueError(f"unknown severity {text!r}: use error, warning or info") from None

    def __str__(self) -> str:
        return self.name.lower()


@dataclass(frozen=True)
class Finding:
    """One problem at one place.

    ``line`` and ``column`` are 1-based. ``pointer`` is the JSON pointer of the
    offending node inside the document, ``item`` the id (or derived id) of the
    objective, key result or KPI concerned. The fingerprint ignores line numbers
    so that baselines and code-scanning alerts survive edits that move lines.
    """

    code: str
    name: str
    severity: Severity
    message: str
    path: str
    line: int = 1
    column: int = 1
    end_line: int | None = None
    end_column: int | None = None
    hint: str = ""
    pointer: str = ""
    item: str = ""
    related: tuple[tuple[str, int], ...] = field(default=(), compare=False)
    project_path: str = field(default="", compare=False)
    """The path relative to the project root (git top level, else the config's
    folder), so that fingerprints do not depend on where okrlint runs from."""

    @property
    def fingerprint(self) -> str:
        # Line numbers and message wording stay out on purpose: moving lines or
        # rewording a message must not turn an old finding into a new one.
        path = self.project_path or self.path
        raw = "\x1f".join((self.code, path, self.item, self.pointer))
        return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]

    @property
    def sort_key(self) -> tuple[str, int, int, str, str]:
        return (self.path, self.line, self.column, self.code, self.message)

    def with_severity(self, severity: Severity) -> Finding:
        return replace(self, severity=severity)

    def with_project_path(self, project_path: str) -> Finding:
        """A copy with ``project_path`` set: a field-for-field copy (the class has no
        ``__post_init__``), a quarter of what ``replace`` costs, for every finding."""
        copy = object.__new__(Finding)
        copy.__dict__.update(self.__dict__)
        copy.__dict__["project_path"] = project_path
        return copy

    def to_dict(self) -> dict[str, object]:
        return {
            "code": self.code,
            "name": self.name,
            "severity": str(self.severity),
            "message": self.message,
            "hint": self.hint,
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line if self.end_line is not None else self.line,
            "end_column": self.end_column if self.end_column is not None else self.column,
            "pointer": self.pointer,
            "item": self.item,
            "fingerprint": self.fingerprint,
        }
