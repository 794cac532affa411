"""Configuration: discovery, validation with positions, resolved settings.

Three layers, as in ruff: the raw mapping read from `.okrlint.yaml` or
`[tool.okrlint]` in `pyproject.toml`; validation that names the file, the line
and the rule of every mistake; and `Settings`, the frozen result the engine reads.
"""

from __future__ import annotations

import difflib
import fnmatch
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from okrlint.catalog import PLANNED, not_built, planned
from okrlint.errors import OkrlintError
from okrlint.finding import Severity
from okrlint.load import DEFAULT_MAX_BYTES, LoadedDocument, escape_pointer_token, load_file
from okrlint.registry import Rule, all_rules, find_rule, match_selector

CONFIG_NAMES = (".okrlint.yaml", ".okrlint.yml", "pyproject.toml")
FAIL_ON = ("error", "warning", "info", "never")
KNOWN_KEYS = (
    "select",
    "ignore",
    "extend-select",
    "per-file-ignores",
    "rules",
    "leadership",
    "teams",
    "fail-on",
    "paths",
    "exclude",
    "force-exclude",
    "max-file-size",
    "nlp",
    "authorship",
)
DEFAULT_EXCLUDE = ("node_modules", "venv", ".venv", "__pycache__")


class ConfigError(OkrlintError):
    """A configuration problem; str() is one line naming file and line."""


@dataclass(frozen=True)
class Settings:
    source: str | None = None
    root: Path = field(default_factory=Path.cwd)
    select: tuple[str, ...] = ("ALL",)
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    rule_settings: dict[str, dict[str, Any]] = field(default_factory=dict)
    leadership: tuple[str, ...] = ()
    teams: dict[str, list[str]] = field(default_factory=dict)
    fail_on: str = "warning"
    paths: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    force_exclude: bool = False
    """Apply `exclude` to paths named on the command line too (what pre-commit passes)."""
    max_file_size: int = DEFAULT_MAX_BYTES
    nlp_model: str | None = None
    authorship: str = "field"
    notes: tuple[str, ...] = ()
    """What the config names that has no effect (catalog rules not built yet)."""

    def __post_init__(self) -> None:
        """Fields set by hand (``Settings(...)``, ``dataclasses.replace``) are checked
        as a config file's are; a mistake is a ConfigError naming the field."""
        _check_fields(self)

    # -- resolved views ----------------------------------------------------
    def enabled_codes(self) -> set[str]:
        chosen: set[str] = set()
        for selector in (*self.select, *self.extend_select):
            chosen.update(rule.code for rule in match_selector(selector))
        for selector in self.ignore:
            chosen.difference_update(
                rule.code for rule in match_selector(selector) if rule.suppressible
            )
        chosen.update(rule.code for rule in all_rules() if not rule.suppressible)
        return chosen

    def active_rules(self) -> list[tuple[Rule, dict[str, Any]]]:
        enabled = self.enabled_codes()
        return [(rule, self.options(rule)) for rule in all_rules() if rule.code in enabled]

    def options(self, rule: Rule) -> dict[str, Any]:
        options = rule.defaults()
        options.update(
            {k: v for k, v in self.rule_settings.get(rule.code, {}).items() if k != "severity"}
        )
        return options

    def severity(self, rule: Rule) -> Severity:
        configured = self.rule_settings.get(rule.code, {}).get("severity")
        return Severity.parse(configured) if configured else rule.severity

    @property
    def fail_threshold(self) -> Severity | None:
        return None if self.fail_on == "never" else Severity.parse(self.fail_on)

    def from_root(self, path: str | Path) -> str | None:
        """``path`` relative to the config's folder, with forward slashes; None when it
        lies outside. Patterns in the config are written from there, wherever okrlint
        runs from."""
        try:
            relative = os.path.relpath(os.path.abspath(path), self.root)
        except ValueError:  # another drive (Windows)
            return None
        if relative == ".." or relative.startswith(".." + os.sep) or os.path.isabs(relative):
            return None
        return relative.replace(os.sep, "/")

    def ignored_for(self, path: str) -> set[str]:
        """Codes ignored for ``path`` (as shown, with forward slashes) by per-file-ignores,
        whose patterns match it, or a folder it is in, from the config's folder (as shown
        only when it lies outside), or match its name or the name of a folder on the way
        (as `exclude`). Never from the current folder: a pattern means the same wherever
        okrlint runs."""
        if not self.per_file_ignores:
            return set()
        codes: set[str] = set()
        names = {self.from_root(path) or path}
        names.update(folder for name in list(names) for folder in _folders_down_to(name))
        names.update(part for part in path.split("/") if part not in ("", ".", ".."))
        for pattern, selectors in self.per_file_ignores:
            pattern = pattern.rstrip("/")
            if any(fnmatch.fnmatch(name, pattern) for name in names):
                for selector in selectors:
                    codes.update(r.code for r in match_selector(selector) if r.suppressible)
        return codes

    def is_excluded(self, relative: str, from_root: str | None = None) -> bool:
        """Is a file or folder excluded: its path ``relative`` to the folder being
        walked, or ``from_root`` the config's folder, matched whole or by any part."""
        candidates = [relative] if from_root is None else [relative, from_root]
        for pattern in (*DEFAULT_EXCLUDE, *self.exclude):
            pattern = pattern.rstrip("/")
            for candidate in candidates:
                if fnmatch.fnmatch(candidate, pattern) or any(
                    fnmatch.fnmatch(part, pattern) for part in candidate.split("/")
                ):
                    return True
        return False

    def excludes_path(self, path: str | Path) -> bool:
        """Is a path named on the command line excluded, as a walk would exclude it:
        matched from the config's folder (or, when the current folder is inside it, from
        there), whole or by any folder on the way. Folders above the config's folder never
        count: a path outside it is matched by its name alone."""
        from_root = self.from_root(path)
        if from_root is None:
            return self.is_excluded(os.path.basename(os.path.abspath(path)))
        written = [from_root]
        if self.from_root(os.getcwd()) is not None:
            shown = os.path.relpath(os.path.abspath(path)).replace(os.sep, "/")
            if not shown.startswith("../"):
                written.append(shown)
        return any(
            self.is_excluded(so_far)
            for each in written
            if each != "."
            for so_far in _folders_down_to(each)
        )

    def to_dict(self) -> dict[str, Any]:
        """The resolved configuration, as `okrlint show-config` prints it."""
        enabled = self.enabled_codes()
        return {
            "source": self.source or "(defaults: no config file found)",
            "root": str(self.root),
            "paths": list(self.paths) or ["."],
            "exclude": [*DEFAULT_EXCLUDE, *self.exclude],
            "force-exclude": self.force_exclude,
            "fail-on": self.fail_on,
            "max-file-size": self.max_file_size,
            "leadership": list(self.leadership),
            "teams": dict(self.teams),
            "authorship": self.authorship,
            "nlp": {"model": self.nlp_model or "blank en (spacy.blank) + lemminflect"},
            "per-file-ignores": {p: list(s) for p, s in self.per_file_ignores},
            "rules": {
                rule.code: {
                    "name": rule.name,
                    "enabled": rule.code in enabled,
                    "severity": str(self.severity(rule)),
                    **({"options": self.options(rule)} if rule.options else {}),
                }
                for rule in all_rules()
            },
        }


# -- discovery -----------------------------------------------------------------


def real_path(path: Path | str) -> Path:
    """``path`` made absolute with its links followed; a link loop stays as it is
    (``Path.resolve`` raises RuntimeError on one)."""
    return Path(os.path.realpath(path))


def find_config(start: Path) -> Path | None:
    """The nearest config file at or above ``start`` (a file or a folder)."""
    folder = start if start.is_dir() else start.parent
    folder = real_path(folder)
    for candidate in (folder, *folder.parents):
        for name in CONFIG_NAMES:
            path = candidate / name
            if not os.path.lexists(path):
                continue
            if name == "pyproject.toml" and not _has_tool_section(path):
                continue
            # anything else named like a config is one: a broken link, a folder or an
            # unreadable file is reported, not passed over for the defaults
            return path
    return None


_TOOL_SECTION = re.compile(rb"^(?:\xef\xbb\xbf)?[ \t]*\[\[?[ \t]*tool\.okrlint\b", re.M)


def _has_tool_section(path: Path) -> bool:
    """Does this pyproject.toml configure okrlint? One that cannot be read might."""
    try:
        return _TOOL_SECTION.search(path.read_bytes()) is not None
    except IsADirectoryError:
        return False
    except OSError:
        return True


def load_settings(config_path: Path | None = None, start: Path | None = None) -> Settings:
    """Settings from ``config_path``, else the config found upward from ``start``."""
    if config_path is None:
        config_path = find_config(start or Path.cwd())
        if config_path is None:
            if start is None:
                return Settings(root=Path.cwd())
            return Settings(root=real_path(start if start.is_dir() else start.parent))
    if not config_path.is_file():
        raise ConfigError(f"{config_path}: {_not_a_config(config_path)}")
    raw, locate = _read(config_path)
    return _validate(raw, locate, config_path)


def _installed_pipeline(model: str) -> bool:
    """Is ``model`` a spaCy pipeline spaCy could load: an installed package (looked up
    without importing it, or spaCy) or a folder?"""
    import importlib.util

    if os.path.isdir(model):
        return True
    try:
        return importlib.util.find_spec(model) is not None
    except (ImportError, ValueError):  # "a.b" whose parent is no package, "" or "."
        return False


def _not_a_config(path: Path) -> str:
    if not os.path.lexists(path):
        return "config file not found"
    if not path.exists():
        return "the config is a link to a file that does not exist (or a link loop)"
    if path.is_dir():
        return "the config is a folder, not a file"
    return "the config is not a regular file (a pipe or a device?)"


Locator = Any  # Callable[[tuple[str, ...]], int]


def _read(path: Path) -> tuple[dict[str, Any], Locator]:
    if path.suffix.lower() == ".toml":  # pyproject.toml, or one named with --config
        return _read_toml(path)
    loaded: LoadedDocument = load_file(str(path), str(path))
    if loaded.findings:
        first = loaded.findings[0]
        if loaded.text is not None and loaded.data is None and first.code == "DOC002":
            if _blank_yaml(loaded.text):  # an empty or comment-only config: all defaults
                return {}, lambda keys: 1
            if first.message.startswith("the top level is"):
                raise ConfigError(f"{path}:{first.line}: the config must be a mapping of settings")
        raise ConfigError(f"{path}:{first.line}: {first.message}")
    data = loaded.data if loaded.data is not None else {}

    def locate(keys: tuple[str, ...]) -> int:
        pointer = "".join(f"/{escape_pointer_token(k)}" for k in keys)
        return loaded.key_span(pointer)[0]

    return data, locate


def _blank_yaml(text: str) -> bool:
    return all(not line.strip() or line.lstrip().startswith("#") for line in text.splitlines())


def _read_toml(path: Path) -> tuple[dict[str, Any], Locator]:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    try:
        text = path.read_text("utf-8-sig")  # a byte-order mark is no TOML, but editors write it
        data = tomllib.loads(text)
    except UnicodeDecodeError as error:
        raise ConfigError(
            f"{path}: cannot read the config: it is not UTF-8 (byte {error.start})"
        ) from None
    except OSError as error:
        raise ConfigError(f"{path}: cannot read the config: {error.strerror or error}") from None
    except tomllib.TOMLDecodeError as error:
        found = re.search(r"at line (\d+)", str(error))
        line = getattr(error, "lineno", None) or (int(found[1]) if found else 1)
        raise ConfigError(f"{path}:{line}: invalid TOML: {error}") from None
    tool = data.get("tool", {})
    section = tool.get("okrlint", {}) if isinstance(tool, dict) else {}
    if not isinstance(section, dict):
        raise ConfigError(f"{path}: [tool.okrlint] must be a table of settings")
    lines = text.splitlines()
    start = next((i for i, line in enumerate(lines) if line.strip().startswith("[tool.okrlint")), 0)

    def locate(keys: tuple[str, ...]) -> int:
        # TOML readers keep no positions: find the first mention in the section of
        # the deepest key that is written out (inline tables and dotted tables too)
        for wanted in reversed(keys):
            if wanted.isdigit():  # a list index: TOML lists are found by their key
                continue
            name = re.escape(wanted)
            pattern = re.compile(
                rf"(?:^|[{{,.\s])[\"']?{name}[\"']?\s*=|^\s*\[tool\.okrlint\b.*\b{name}[\"']?\]"
            )
            for index in range(start, len(lines)):
                if pattern.search(lines[index]):
                    return index + 1
        return start + 1

    if not isinstance(section, dict):
        raise ConfigError(f"{path}:{start + 1}: [tool.okrlint] must be a table")
    return section, locate


# -- validation ----------------------------------------------------------------


def _validate(raw: Any, locate: Locator, path: Path) -> Settings:
    def fail(keys: tuple[str, ...], message: str, at: tuple[str, ...] = ()) -> ConfigError:
        where = ".".join(keys)
        line = locate(at or keys)
        return ConfigError(f"{path}:{line}: {where + ': ' if where else ''}{message}")

    notes: list[str] = []

    def note(keys: tuple[str, ...], code: str, at: tuple[str, ...] = ()) -> None:
        line, where = locate(at or keys), ".".join(keys)
        notes.append(f"{path}:{line}: {where}: {not_built(code)}; the setting has no effect")

    if not isinstance(raw, dict):
        raise fail((), "the config must be a mapping of settings")
    for key in raw:
        if key not in KNOWN_KEYS:
            guess = difflib.get_close_matches(str(key), KNOWN_KEYS, n=1)
            tip = f"; did you mean `{guess[0]}`?" if guess else f"; known: {', '.join(KNOWN_KEYS)}"
            raise fail((str(key),), f"unknown setting{tip}")

    def words(key: str) -> tuple[str, ...]:
        value = _texts(raw.get(key, []))
        if value is None:
            raise fail((key,), "must be a list of text")
        return value

    def selectors(key: str, value: Any, keys: tuple[str, ...]) -> tuple[str, ...]:
        return _selectors(key, value, keys, fail, note)

    select = selectors("select", raw.get("select", ["ALL"]), ("select",))
    ignore = selectors("ignore", raw.get("ignore", []), ("ignore",))
    extend = selectors("extend-select", raw.get("extend-select", []), ("extend-select",))

    pfi_raw = raw.get("per-file-ignores", {})
    if not isinstance(pfi_raw, dict):
        raise fail(("per-file-ignores",), "must map file patterns to lists of rules")
    per_file = tuple(
        (str(pattern), selectors("ignore", value, ("per-file-ignores", str(pattern))))
        for pattern, value in pfi_raw.items()
    )

    rules_raw = raw.get("rules", {})
    if not isinstance(rules_raw, dict):
        raise fail(("rules",), "must map rule codes or names to their settings")
    rule_settings: dict[str, dict[str, Any]] = {}
    named_as: dict[str, str] = {}  # code -> the key that configured it first
    for key, value in rules_raw.items():
        rule = find_rule(str(key))
        keys = ("rules", str(key))
        if rule is None and (code := planned(str(key))) is not None:
            _planned_settings(code, value, keys, fail)
            note(keys, code)
            continue
        if rule is None:
            guess = difflib.get_close_matches(str(key), [r.name for r in all_rules()], n=1)
            tip = f"; did you mean `{guess[0]}`?" if guess else "; see `okrlint rules`"
            raise fail(keys, f"no rule is called {key!r}{tip}")
        settings = _rule_settings(rule, value, keys, fail)
        if rule.code in rule_settings:
            # "kpi-cadence-too-slow: {slowest: quarterly}" and "KPI006: {severity: error}"
            # name one rule: both apply, unless they disagree
            earlier = rule_settings[rule.code]
            for name, setting in settings.items():
                if name in earlier and earlier[name] != setting:
                    raise fail(
                        (*keys, name),
                        f"{rule.code} is also configured as `{named_as[rule.code]}`, with "
                        f"{name}: {earlier[name]!r}; set {name} once",
                    )
            settings = {**earlier, **settings}
        _check_range(rule, settings, keys, fail)
        named_as.setdefault(rule.code, str(key))
        rule_settings[rule.code] = settings

    leadership = words("leadership")
    teams = _team_map(raw.get("teams", {}))
    if teams is None:
        raise fail(("teams",), "must map each team name to a list of its members")
    fail_on = raw.get("fail-on", "warning")
    if fail_on not in FAIL_ON:
        raise fail(("fail-on",), f"must be one of {', '.join(FAIL_ON)}, not {fail_on!r}")
    max_size = raw.get("max-file-size", DEFAULT_MAX_BYTES)
    if isinstance(max_size, str):
        max_size = _parse_size(max_size)
    if not isinstance(max_size, int) or isinstance(max_size, bool) or max_size <= 0:
        raise fail(("max-file-size",), "must be a size such as 10MB or a number of bytes")
    if max_size > _LARGEST_FILE_LIMIT:
        raise fail(("max-file-size",), "must be at most 1GB: a goals file is a few kilobytes")
    nlp = raw.get("nlp", {})
    if not isinstance(nlp, dict) or not isinstance(nlp.get("model", ""), (str, type(None))):
        raise fail(("nlp",), "must be a mapping such as {model: en_core_web_sm}")
    if nlp.get("model") and not _installed_pipeline(nlp["model"]):
        line = locate(("nlp", "model"))
        notes.append(
            f"{path}:{line}: nlp.model: no spaCy pipeline {nlp['model']!r} is installed; "
            "okrlint uses its blank English pipeline (pip install the model to use it)"
        )
    force_exclude = raw.get("force-exclude", False)
    if not isinstance(force_exclude, bool):
        raise fail(("force-exclude",), f"must be true or false, not {force_exclude!r}")
    authorship = raw.get("authorship", "field")
    if authorship not in ("field", "git"):
        raise fail(("authorship",), f"must be `field` or `git`, not {authorship!r}")
    return Settings(
        source=str(path),
        root=real_path(path.parent),
        select=select,
        ignore=ignore,
        extend_select=extend,
        per_file_ignores=per_file,
        rule_settings=rule_settings,
        leadership=leadership,
        teams=teams,
        fail_on=fail_on,
        paths=words("paths"),
        exclude=words("exclude"),
        force_exclude=force_exclude,
        max_file_size=max_size,
        nlp_model=nlp.get("model") or None,
        authorship=authorship,
        notes=tuple(notes),
    )


def _selectors(
    key: str, value: Any, keys: tuple[str, ...], fail: Any, note: Any
) -> tuple[str, ...]:
    """``value`` (one selector or a list) checked as the selectors of ``key``: each
    names a rule (a catalog rule not built yet is ``note``d), and only ``select``
    may name the document rules, which are always on."""
    written_as_list = isinstance(value, (list, tuple))
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
        raise fail(keys, "must be a list of rule codes, code prefixes or names")
    for index, selector in enumerate(value):
        at = (*keys, str(index)) if written_as_list else keys  # the entry's own line
        matched = list(match_selector(selector))
        if not matched and (code := planned(selector)) is not None:
            note(keys, code, at)
            continue
        if not matched:
            raise fail(keys, f"{selector!r} names no rule; see `okrlint rules`", at)
        if key != "select" and all(not r.suppressible for r in matched):
            raise fail(
                keys,
                f"{selector} is a document rule and always on; `exclude` the file instead",
                at,
            )
    return tuple(value)


_TEXT_LISTS = ("leadership", "paths", "exclude", "notes")


def _texts(value: Any) -> tuple[str, ...] | None:
    """A list of text (one text is a list of one), or None when ``value`` is not one."""
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
        return None
    return tuple(value)


def _team_map(value: Any) -> dict[str, list[str]] | None:
    """Team names and their members' lists, or None when ``value`` is not such a map."""
    if not isinstance(value, dict):
        return None
    teams: dict[str, list[str]] = {}
    for team, members in value.items():
        if not isinstance(members, (list, tuple)) or not all(isinstance(m, str) for m in members):
            return None
        teams[str(team)] = list(members)
    return teams


def _check_fields(settings: Settings) -> None:
    """Check and normalise a ``Settings`` as ``_validate`` checks a config file: a
    list where a tuple belongs becomes one, a lone text is a list of one (never its
    letters), a rule named in ``rule_settings`` is keyed by its code. The default
    selection needs no look at the rules."""

    def fail(keys: tuple[str, ...], message: str, at: tuple[str, ...] = ()) -> ConfigError:
        return ConfigError(f"Settings: {'.'.join(keys)}: {message}")

    # notes of an earlier check (a Settings copied with `replace`) are made again
    notes = [n for n in settings.notes if not n.startswith("Settings: ")]

    def ignore_note(keys: tuple[str, ...], code: str, at: tuple[str, ...] = ()) -> None:
        """A catalog rule not built yet has no effect, as in a config file, and gets the
        same note (once: a config file's settings come here too, already noted)."""
        if not any(not_built(code) in note for note in notes):
            notes.append(
                f"Settings: {'.'.join(keys)}: {not_built(code)}; the setting has no effect"
            )

    def put(name: str, value: Any) -> None:
        object.__setattr__(settings, name, value)  # frozen: only while it is built

    for name, default in (("select", ("ALL",)), ("ignore", ()), ("extend_select", ())):
        value = getattr(settings, name)
        if value != default:
            put(name, _selectors(name, value, (name,), fail, ignore_note))
    for name in _TEXT_LISTS:
        value = _texts(getattr(settings, name))
        if value is None:
            raise fail((name,), "must be a list of text")
        put(name, value)
    per_file = settings.per_file_ignores
    if per_file:
        pairs = list(per_file.items()) if isinstance(per_file, dict) else per_file
        if not isinstance(pairs, (list, tuple)) or not all(
            isinstance(pair, (list, tuple)) and len(pair) == 2 and isinstance(pair[0], str)
            for pair in pairs
        ):
            raise fail(("per_file_ignores",), "must map file patterns to lists of rules")
        put(
            "per_file_ignores",
            tuple(
                (
                    pattern,
                    _selectors("ignore", codes, ("per_file_ignores", pattern), fail, ignore_note),
                )
                for pattern, codes in pairs
            ),
        )
    if not isinstance(settings.rule_settings, dict):
        raise fail(("rule_settings",), "must map rule codes to their settings")
    by_code: dict[str, dict[str, Any]] = {}
    for key, value in settings.rule_settings.items():
        rule = find_rule(str(key))
        code = rule.code if rule is not None else planned(str(key))
        if code is None:
            raise fail(
                ("rule_settings", str(key)), f"no rule is called {key!r}; see `okrlint rules`"
            )
        keys = ("rule_settings", code)  # keyed by its code, however it was named
        if code in by_code:
            raise fail(keys, f"{code} is configured twice; set it once")
        if rule is None:
            # a catalog rule not built yet: kept (no rule reads it), so that a copy made
            # with `replace` notes it again
            by_code[code] = _planned_settings(code, value, keys, fail)
            ignore_note(keys, code)
            continue
        checked = _rule_settings(rule, value, keys, fail)
        _check_range(rule, checked, keys, fail)
        by_code[code] = checked
    put("rule_settings", by_code)
    put("notes", tuple(notes))
    teams = _team_map(settings.teams)
    if teams is None:
        raise fail(("teams",), "must map each team name to a list of its members")
    put("teams", teams)
    if settings.fail_on not in FAIL_ON:
        raise fail(("fail_on",), f"must be one of {', '.join(FAIL_ON)}, not {settings.fail_on!r}")
    size = settings.max_file_size
    if not isinstance(size, int) or isinstance(size, bool) or not 0 < size <= _LARGEST_FILE_LIMIT:
        raise fail(("max_file_size",), f"must be a number of bytes from 1 to 1GB, not {size!r}")
    if not isinstance(settings.force_exclude, bool):
        raise fail(("force_exclude",), f"must be True or False, not {settings.force_exclude!r}")
    if settings.authorship not in ("field", "git"):
        raise fail(("authorship",), f"must be 'field' or 'git', not {settings.authorship!r}")
    if settings.nlp_model is not None and not isinstance(settings.nlp_model, str):
        raise fail(("nlp_model",), f"must be a pipeline name or None, not {settings.nlp_model!r}")
    if isinstance(settings.root, str):
        put("root", Path(settings.root))
    elif not isinstance(settings.root, Path):
        raise fail(("root",), f"must be a folder path, not {settings.root!r}")
    if isinstance(settings.source, Path):
        put("source", str(settings.source))
    elif settings.source is not None and not isinstance(settings.source, str):
        raise fail(("source",), f"must be the config file's path or None, not {settings.source!r}")


def _folders_down_to(path: str) -> list[str]:
    """ "goals/archive/old.yaml" -> goals, goals/archive, goals/archive/old.yaml: a
    walk would have stopped at any of them."""
    parts = path.split("/")
    return ["/".join(parts[: n + 1]) for n in range(len(parts))]


def _settings_of(value: Any, keys: tuple[str, ...], fail: Any) -> dict[Any, Any]:
    """A rule's settings as a mapping (`KR005: error` is short for its severity), each
    `severity` checked."""
    if isinstance(value, str):  # shorthand: `KR005: error`
        value = {"severity": value}
    if not isinstance(value, dict):
        raise fail(keys, "must be a mapping with `severity` and/or the rule's options")
    setting = value.get("severity", "warning")
    if setting not in ("error", "warning", "info"):
        raise fail((*keys, "severity"), f"must be error, warning or info, not {setting!r}")
    return value


def _unknown_option(name: Any, code: str, rule_name: str, known: list[str]) -> str:
    return (
        f"unknown option {name!r} for rule {code} ({rule_name}); "
        f"its options: {', '.join(known) or 'none'}"
    )


def _planned_settings(code: str, value: Any, keys: tuple[str, ...], fail: Any) -> dict[str, Any]:
    """Settings of a catalog rule not built yet, checked: `severity` and the catalog's
    options are accepted (and have no effect); anything else is the mistake it would
    be for a built rule."""
    rule_name, options = PLANNED[code]
    settings = dict(_settings_of(value, keys, fail))
    for name, setting in settings.items():
        if name == "severity":
            continue
        if name not in options:
            raise fail((*keys, str(name)), _unknown_option(name, code, rule_name, list(options)))
        if isinstance(setting, bool) or not isinstance(setting, (int, float)) or setting < 0:
            raise fail((*keys, str(name)), f"option {name} of {code} must be a number, at least 0")
    return settings


def _check_range(rule: Rule, settings: dict[str, Any], keys: tuple[str, ...], fail: Any) -> None:
    """A rule's `min` above its `max` (as set, or by default) lets nothing pass."""
    if rule.option("min") is None or rule.option("max") is None:
        return
    effective = {**rule.defaults(), **settings}
    low, high = effective["min"], effective["max"]
    if low > high:
        name = "min" if "min" in settings else "max"
        raise fail(
            (*keys, name),
            f"option min of {rule.code} ({low}) is above its max ({high}): nothing could pass",
        )


def _rule_settings(rule: Rule, value: Any, keys: tuple[str, ...], fail: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, setting in _settings_of(value, keys, fail).items():
        if name == "severity":
            if not rule.suppressible and setting != str(rule.severity):
                raise fail(
                    (*keys, "severity"),
                    f"{rule.code} is a document rule: it is always an {rule.severity}; "
                    "`exclude` the file instead",
                )
            out["severity"] = setting
            continue
        option = rule.option(str(name))
        if option is None:
            known = [o.name for o in rule.options]
            raise fail((*keys, str(name)), _unknown_option(name, rule.code, rule.name, known))
        problem = option.validate(setting)
        if problem:
            raise fail((*keys, str(name)), f"option {name} of {rule.code} {problem}")
        out[str(name)] = setting
    return out


_LARGEST_FILE_LIMIT = 1024**3


def _parse_size(text: str) -> int | None:
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kKmMgG]?)[bB]?\s*", text)
    if not match:
        return None
    factor = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3}[match[2].lower()]
    try:
        return int(float(match[1]) * factor)
    except (OverflowError, ValueError):  # "9" * 400: no size at all
        return None
