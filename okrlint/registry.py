"""Rule declarations (rules/*.yaml) and the check functions they bind to."""

from __future__ import annotations

import importlib
import math
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from okrlint.finding import Severity

# the C loader where PyYAML has it: the rules are read on every run
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

TARGETS = ("document", "objective", "key_result", "kpi", "team_period", "team", "folder")
OPTION_TYPES = {
    "integer": int,
    "number": (int, float),
    "string": str,
    "boolean": bool,
    "list": list,
}

CheckFn = Callable[[Any, "Any"], Iterable[Any]]
_CHECKS: dict[str, CheckFn] = {}
_CHECK_MODULES = (
    "okrlint.checks.generic",
    "okrlint.checks.document",
    "okrlint.checks.objective",
    "okrlint.checks.key_result",
    "okrlint.checks.kpi",
    "okrlint.checks.language",
    "okrlint.checks.change",
)


def check(name: str) -> Callable[[CheckFn], CheckFn]:
    """Register a check function under ``name`` for declarations to bind to."""

    def register(fn: CheckFn) -> CheckFn:
        if name in _CHECKS:
            raise RuntimeError(f"check {name!r} registered twice")
        _CHECKS[name] = fn
        return fn

    return register


def get_check(name: str) -> CheckFn:
    for module in _CHECK_MODULES:
        importlib.import_module(module)
    try:
        return _CHECKS[name]
    except KeyError:
        raise RuntimeError(f"no check function named {name!r}") from None


@dataclass(frozen=True)
class OptionSpec:
    name: str
    type: str
    default: Any
    description: str = ""
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[str, ...] = ()

    def validate(self, value: Any) -> str | None:
        """A plain-words problem with ``value``, or None when it is acceptable."""
        expected = OPTION_TYPES[self.type]
        if isinstance(value, bool) and self.type != "boolean" or not isinstance(value, expected):
            return f"must be {_article(self.type)}, not {type(value).__name__} {value!r}"
        if self.type == "list" and not all(isinstance(v, str) for v in value):
            return "must be a list of words or patterns (text)"
        if isinstance(value, float) and not math.isfinite(value):
            return (
                f"must be a number, not {value!r}"  # NaN compares false: the rule would never fire
            )
        if self.choices and value not in self.choices:
            return f"must be one of {', '.join(self.choices)}, not {value!r}"
        if self.type == "list" and self.name.endswith("patterns"):
            for pattern in value:
                if not pattern.strip():
                    return "must not hold an empty pattern, which matches every text"
                try:
                    re.compile(pattern)
                except re.error as error:
                    return f"holds {pattern!r}, which is not a valid regular expression ({error})"
        if self.minimum is not None and value < self.minimum:
            return f"must be at least {self.minimum:g}, not {value!r}"
        if self.maximum is not None and value > self.maximum:
            return f"must be at most {self.maximum:g}, not {value!r}"
        return None


def _article(kind: str) -> str:
    return {"integer": "a whole number", "list": "a list"}.get(kind, f"a {kind}")


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    severity: Severity
    target: str
    check: str
    summary: str
    args: dict[str, Any] = field(default_factory=dict)
    options: tuple[OptionSpec, ...] = ()
    docs: dict[str, str] = field(default_factory=dict)
    source: str = ""

    @property
    def suppressible(self) -> bool:
        """Document rules are always on: no inline comment or ignore silences them."""
        return not self.code.startswith("DOC")

    @property
    def needs_language(self) -> bool:
        return bool(self.args.get("language"))

    def defaults(self) -> dict[str, Any]:
        return {option.name: option.default for option in self.options}

    def option(self, name: str) -> OptionSpec | None:
        return next((o for o in self.options if o.name == name), None)

    @property
    def function(self) -> CheckFn:
        return get_check(self.check)


def rules_dir() -> Path:
    """Rules ship inside the wheel as okrlint/rules; in a checkout they are ../rules."""
    here = Path(__file__).resolve().parent
    packaged = here / "rules"
    return packaged if packaged.is_dir() else here.parent / "rules"


class RuleDeclarationError(Exception):
    pass


def _parse_rule(path: Path) -> Rule:
    try:
        raw = yaml.load(path.read_text("utf-8"), Loader=_SafeLoader)
    except (OSError, yaml.YAMLError) as error:
        raise RuleDeclarationError(f"{path}: cannot read the rule declaration: {error}") from None
    try:
        options = tuple(
            OptionSpec(
                name=name,
                type=spec["type"],
                default=spec["default"],
                description=spec.get("description", ""),
                minimum=spec.get("minimum"),
                maximum=spec.get("maximum"),
                choices=tuple(spec.get("choices") or ()),
            )
            for name, spec in (raw.get("options") or {}).items()
        )
        rule = Rule(
            code=raw["code"],
            name=raw["name"],
            severity=Severity.parse(raw["severity"]),
            target=raw["target"],
            check=raw["check"],
            summary=raw["summary"],
            args=raw.get("args") or {},
            options=options,
            docs=raw.get("docs") or {},
            source=path.name,
        )
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise RuleDeclarationError(f"{path}: incomplete rule declaration ({error})") from None
    if rule.target not in TARGETS:
        raise RuleDeclarationError(f"{path}: unknown target {rule.target!r}")
    for option in options:
        if option.type not in OPTION_TYPES:
            raise RuleDeclarationError(f"{path}: option {option.name}: unknown type {option.type}")
        problem = option.validate(option.default)
        if problem:
            raise RuleDeclarationError(f"{path}: default of option {option.name} {problem}")
    return rule


@cache
def all_rules() -> tuple[Rule, ...]:
    """Every declared rule, in catalog order (by code)."""
    rules = [_parse_rule(path) for path in sorted(rules_dir().glob("*.yaml"))]
    seen: dict[str, str] = {}
    for rule in rules:
        for key in (rule.code, rule.name):
            if key in seen:
                raise RuleDeclarationError(f"{rule.source}: {key} is also declared in {seen[key]}")
            seen[key] = rule.source
    return tuple(sorted(rules, key=_catalog_order))


_PREFIX_ORDER = ("DOC", "OBJ", "KR", "KPI", "CHG", "SUP")


def _catalog_order(rule: Rule) -> tuple[int, str]:
    prefix = rule.code.rstrip("0123456789")
    rank = _PREFIX_ORDER.index(prefix) if prefix in _PREFIX_ORDER else len(_PREFIX_ORDER)
    return rank, rule.code


@cache
def _index() -> dict[str, Rule]:
    return {key: rule for rule in all_rules() for key in (rule.code, rule.name)}


def find_rule(key: str) -> Rule | None:
    """The rule with this code (any case) or name; called once per finding."""
    key = key.strip()
    index = _index()
    return index.get(key.upper()) or index.get(key.lower())


def match_selector(selector: str) -> Iterator[Rule]:
    """Rules named by a code, a code prefix, a name, or ALL."""
    text = selector.strip()
    upper = text.upper()
    for rule in all_rules():
        if upper == "ALL" or rule.name == text.lower() or rule.code.startswith(upper):
            yield rule
