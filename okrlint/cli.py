"""The command line: parse arguments, call the library, map results to exit codes.

Exit codes: 0 nothing at or above --fail-on; 1 something is; 2 usage, config or
internal error (one line on stderr, never a traceback).
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import signal
import sys
from datetime import date
from pathlib import Path
from typing import Any, NoReturn

import click

from okrlint import __version__

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def _fail(message: str) -> NoReturn:
    _to_stderr(f"okrlint: error: {message}")
    sys.exit(EXIT_ERROR)


def _to_stderr(text: str) -> None:
    """A line on standard error; one that cannot be written (closed, its reader gone)
    is dropped, and the exit code still says how the run went."""
    with contextlib.suppress(OSError):
        click.echo(text, err=True)


def _parse_today(_ctx: Any, _param: Any, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from None


def _split(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(part.strip() for value in values for part in value.split(",") if part.strip())


class _Group(click.Group):
    def invoke(self, ctx: click.Context) -> Any:
        try:
            os.getcwd()
        except OSError:  # a shell left in a folder that was deleted meanwhile
            _fail("the current folder no longer exists; change to a folder that does")
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise
        except SystemExit:
            raise
        except KeyboardInterrupt:
            signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C: no traceback
            _fail("interrupted")
        except BrokenPipeError:  # `okrlint rules | head`: as for a closed standard output
            from okrlint.output import drop_stdout

            drop_stdout()
            sys.exit(EXIT_CLEAN)
        except MemoryError:
            _fail("out of memory: lint fewer files at once, or give okrlint more memory")
        except Exception as error:  # the promise: never a traceback
            if os.environ.get("OKRLINT_DEBUG"):
                raise
            from okrlint.deps import broken_install

            broken = broken_install(error)
            if broken:  # the installation's to mend, not okrlint's bug to report
                _fail(broken)
            _fail(
                f"internal error: {type(error).__name__}: {error} "
                "(please report it; set OKRLINT_DEBUG=1 for the traceback)"
            )


def _print(text: str, nl: bool = True, color: bool | None = None) -> None:
    """Print to standard output whole (okrlint.output.write_stdout): a reader that left
    drops the rest and keeps the exit code; a write that fails (a full disk) is exit 2
    "cannot write standard output", never a report cut short with exit 0 or 1."""
    from okrlint.output import StdoutGone, write_stdout

    text = text + "\n" if nl else text
    try:
        if not write_stdout(text):  # a captured stream: tests, other programs
            click.echo(text, nl=False, color=color)
    except StdoutGone:
        pass  # `okrlint check goals | head`: the exit code still says how it went
    except OSError as error:
        _fail(f"cannot write standard output: {error.strerror or error}")


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="okrlint")
def main() -> None:
    """okrlint: a linter for OKRs and KPIs kept as YAML or JSON files."""


def run() -> NoReturn:
    """The console entry point: ``main``, then a fast exit.

    A large run leaves hundreds of megabytes of small objects behind, and
    freeing them one by one at interpreter shutdown took up to a second; once
    the outputs are written and flushed (and the cache saved, which ``check``
    does before it returns), the process ends at once. Library callers and
    tests that invoke ``main`` keep the normal shutdown.
    """
    _reopen_closed_streams()
    # a terminal whose encoding lacks a character ("“", "≥") gets an escape, not an
    # internal error (Python does the same on standard error)
    with contextlib.suppress(AttributeError, ValueError):
        sys.stdout.reconfigure(errors="backslashreplace")
    code: Any
    try:
        # not standalone: click's own messages (usage errors) are shown here, so that a
        # standard error whose reader left does not turn their exit 2 into click's 1
        code = main.main(standalone_mode=False)
        if not isinstance(code, int):  # a command that returned: done
            code = EXIT_CLEAN
    except click.ClickException as error:
        with contextlib.suppress(OSError):
            error.show()
        code = error.exit_code
    except click.exceptions.Abort:
        _to_stderr("okrlint: error: interrupted")
        code = EXIT_ERROR
    except SystemExit as done:
        code = done.code
        from click.utils import PacifyFlushWrapper

        if code == 1 and isinstance(sys.stdout, PacifyFlushWrapper):
            # click's own answer to a reader that left while it printed `--help` or
            # `--version` (before any command ran): their exit code is 0
            code = EXIT_CLEAN
    if code is None:
        code = EXIT_CLEAN
    elif not isinstance(code, int):
        _to_stderr(str(code))
        code = EXIT_ERROR
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:
                stream.flush()
        except BrokenPipeError:
            pass  # the reader left: what was left to print is dropped, the code holds
        except (OSError, ValueError):
            code = code or EXIT_ERROR
    os._exit(code)


def _reopen_closed_streams() -> None:
    """A standard stream the caller closed (`okrlint check goals >&-`) gets /dev/null:
    what would go there is dropped and the exit code still says how the run went. Left
    closed, the next file opened would take its number, and what is printed would be
    written into that file."""
    for fd in (0, 1, 2):
        try:
            os.fstat(fd)
        except OSError:
            null = os.open(os.devnull, os.O_RDWR)
            if null != fd:
                os.dup2(null, fd)
                os.close(null)
    if sys.stdout is None:  # Python leaves a stream closed at start-up as None
        sys.stdout = open(1, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
    if sys.stderr is None:
        sys.stderr = open(2, "w", encoding="utf-8", closefd=False)  # noqa: SIM115


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option(
    "--format",
    "-f",
    "formats",
    multiple=True,
    metavar="NAME[:FILE]",
    help="Output format: text (default), json, github, sarif, gitlab, junit, markdown. "
    "Repeat for several, each to its own file: -f text -f sarif:okrlint.sarif.",
)
@click.option("--config", "config_path", type=click.Path(), help="Config file to use.")
@click.option(
    "--select",
    multiple=True,
    help="Rules to run (codes, prefixes or names), instead of the config's select.",
)
@click.option("--ignore", multiple=True, help="Rules to skip, besides the config's ignore.")
@click.option("--extend-select", multiple=True, help="Rules to add to the selection.")
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warning", "info", "never"]),
    help="Lowest severity that makes the exit code 1 (default: warning).",
)
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings.")
@click.option(
    "--today",
    callback=_parse_today,
    metavar="YYYY-MM-DD",
    help="Date to judge periods against (default: the clock).",
)
@click.option(
    "--report-unused-suppressions",
    is_flag=True,
    help="Report suppressions that suppress nothing (SUP001).",
)
@click.option(
    "--color/--no-color", default=None, help="Colour text output (default: on a terminal)."
)
@click.option(
    "--baseline",
    "baseline_path",
    type=click.Path(dir_okay=False),
    help="Report only findings not recorded in this baseline (see `okrlint baseline`).",
)
@click.option(
    "--diff-base",
    metavar="REF",
    help="Pull-request mode: report only items changed since the git revision REF, "
    "and run the change rules (CHG*) against it.",
)
@click.option(
    "--stdin-filename",
    metavar="PATH",
    help="With `-` as the path: read the document from standard input, report it as PATH.",
)
@click.option(
    "--no-cache",
    is_flag=True,
    help="Neither read nor write the cache (.okrlint_cache/; see `okrlint clean`).",
)
@click.option(
    "--force-exclude",
    is_flag=True,
    help="Skip files and folders named here that `exclude` matches too, as pre-commit "
    "needs (it names files); by default a path named here is always linted.",
)
def check(
    paths: tuple[str, ...],
    formats: tuple[str, ...],
    config_path: str | None,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    extend_select: tuple[str, ...],
    fail_on: str | None,
    exit_zero: bool,
    today: date | None,
    report_unused_suppressions: bool,
    color: bool | None,
    baseline_path: str | None,
    diff_base: str | None,
    stdin_filename: str | None,
    no_cache: bool,
    force_exclude: bool,
) -> None:
    """Lint goals files and folders (default: the configured paths, else this folder).

    `okrlint check --stdin-filename goals/growth.yaml -` lints standard input.
    """
    _tune_gc()
    from okrlint import formatters

    outputs = _outputs(formats or ("text",), formatters.FORMATS)
    if stdin_filename is not None and paths != ("-",):
        raise click.BadParameter("give `-` as the only path", param_hint="--stdin-filename")
    if paths == ("-",) and stdin_filename is None:
        stdin_filename = "<stdin>.yaml"
    start = _stdin_start(stdin_filename) if stdin_filename is not None else paths
    settings = _settings(config_path, start, select, ignore, extend_select, fail_on)
    if force_exclude:
        settings = dataclasses.replace(settings, force_exclude=True)
    report = _lint(
        paths,
        settings,
        today,
        report_unused_suppressions,
        diff_base,
        stdin_filename,
        cache=not no_cache,
    )
    if baseline_path is not None:
        from okrlint import baseline

        try:
            report = baseline.apply(report, Path(baseline_path))
        except baseline.BaselineError as error:
            _fail(str(error))
    for note in report.notes:
        _to_stderr(f"okrlint: {note}")
    from okrlint.output import write_atomic

    for name, target in outputs:
        if target is None:
            use_color = color if color is not None else _is_terminal()
            _print(formatters.render(name, report, color=use_color), nl=False, color=use_color)
        else:
            try:  # whole or not at all: a full disk leaves the last report as it was
                Path(target).parent.mkdir(parents=True, exist_ok=True)
                write_atomic(Path(target), formatters.render(name, report).encode("utf-8"))
            except OSError as error:
                _fail(f"cannot write {target}: {error.strerror or error}")
    sys.exit(EXIT_CLEAN if exit_zero or not report.failed() else EXIT_FINDINGS)


def _tune_gc() -> None:
    """A lint run allocates many long-lived objects (documents, positions, facts)
    and frees little: collect young objects less often (a quarter less time on
    large folders). Only the command line does this; library callers keep theirs."""
    import gc

    gc.freeze()
    gc.set_threshold(50_000, 20, 100)


def _stdin_start(filename: str) -> tuple[str, ...]:
    """Where config discovery starts for a document read from standard input."""
    folder = os.path.dirname(filename) or "."
    return (folder,) if os.path.isdir(folder) else ()


def _lint(
    paths: tuple[str, ...],
    settings: Any,
    today: date | None,
    report_unused_suppressions: bool = False,
    diff_base: str | None = None,
    stdin_filename: str | None = None,
    cache: bool = False,
) -> Any:
    """Run the library; usage, config and git problems become exit code 2."""
    from okrlint.api import Report, lint_paths, lint_text
    from okrlint.config import ConfigError
    from okrlint.discover import PathNotFound
    from okrlint.git import GitError

    try:
        if stdin_filename is not None:
            if settings.force_exclude and settings.excludes_path(stdin_filename):
                return Report(findings=[], files=[], settings=settings)
            stdin = getattr(sys.stdin, "buffer", None)  # bytes, decoded as a file's are
            # references resolve as for `okrlint check FILE`: lint_text's default
            return lint_text(
                stdin.read() if stdin is not None else sys.stdin.read(),
                stdin_filename,
                settings,
                today=today,
                report_unused_suppressions=report_unused_suppressions,
                diff_base=diff_base,
            )
        return lint_paths(
            list(paths) or None,  # no path: the configured ones, else the current folder
            settings,
            today=today,
            report_unused_suppressions=report_unused_suppressions,
            diff_base=diff_base,
            cache=cache,
        )
    except PathNotFound as error:
        _fail(str(error))
    except ConfigError as error:
        _fail(str(error))
    except GitError as error:
        _fail(f"--diff-base {diff_base}: {error}")


def _is_terminal() -> bool:
    # no-color.org: NO_COLOR set to something; a dumb terminal shows escapes as text
    return (
        sys.stdout.isatty() and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"
    )


def _outputs(specs: tuple[str, ...], known: dict[str, str]) -> list[tuple[str, str | None]]:
    outputs: list[tuple[str, str | None]] = []
    for spec in specs:
        name, _, target = spec.partition(":")
        if name not in known:
            raise click.BadParameter(
                f"unknown format {name!r}; choose from {', '.join(known)}", param_hint="--format"
            )
        outputs.append((name, target or None))
    if sum(1 for _, target in outputs if target is None) > 1:
        raise click.BadParameter(
            "only one format can go to standard output; give the others a file (NAME:FILE)",
            param_hint="--format",
        )
    return outputs


def _settings(
    config_path: str | None,
    paths: tuple[str, ...],
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    extend_select: tuple[str, ...],
    fail_on: str | None,
) -> Any:
    from okrlint.catalog import not_built, planned
    from okrlint.config import ConfigError, load_settings
    from okrlint.registry import match_selector

    start = Path(paths[0]) if paths else Path.cwd()
    if paths and not os.path.lexists(start):
        _fail(f"no such file or folder: {paths[0]}")
    try:
        settings = load_settings(Path(config_path) if config_path else None, start=start)
    except ConfigError as error:
        _fail(str(error))
    changes: dict[str, Any] = {}
    notes: list[str] = []
    for option, values in (
        ("select", select),
        ("ignore", ignore),
        ("extend_select", extend_select),
    ):
        selectors = _split(values)
        flag = f"--{option.replace('_', '-')}"
        for selector in selectors:
            matched = list(match_selector(selector))
            if not matched and (code := planned(selector)) is not None:
                notes.append(f"{flag} {selector}: {not_built(code)}; the option has no effect")
            elif not matched:
                raise click.BadParameter(
                    f"{selector!r} names no rule; see `okrlint rules`", param_hint=flag
                )
            elif option != "select" and all(not r.suppressible for r in matched):
                raise click.BadParameter(
                    f"{selector} is a document rule and always on; `exclude` the file instead",
                    param_hint=flag,
                )
        if selectors and option == "select":
            changes[option] = selectors  # as in ruff: --select replaces the config's
        elif selectors:
            changes[option] = (*getattr(settings, option), *selectors)  # the others add
    if fail_on:
        changes["fail_on"] = fail_on
    if notes:
        changes["notes"] = (*settings.notes, *notes)
    return dataclasses.replace(settings, **changes) if changes else settings


@main.command()
@click.option("--format", "fmt", type=click.Choice(["table", "json", "markdown"]), default="table")
def rules(fmt: str) -> None:
    """List every rule: code, name, default severity and summary."""
    from okrlint.registry import all_rules

    catalog = all_rules()
    if fmt == "markdown":
        from okrlint.docs import rules_markdown

        _print(rules_markdown(), nl=False)
        return
    if fmt == "json":
        import json

        rows = [
            {
                "code": r.code,
                "name": r.name,
                "severity": str(r.severity),
                "target": r.target,
                "summary": r.summary,
                "options": {o.name: o.default for o in r.options},
            }
            for r in catalog
        ]
        _print(json.dumps(rows, indent=2))
        return
    width = max(len(r.name) for r in catalog)
    _print(
        "\n".join(
            f"{r.code:<7} {r.name:<{width}}  {str(r.severity):<7}  {r.summary}" for r in catalog
        )
    )


@main.command()
@click.argument("rule")
def explain(rule: str) -> None:
    """Show the documentation of a rule, by code or name."""
    from okrlint.docs import explain_text
    from okrlint.registry import all_rules, find_rule

    found = find_rule(rule)
    if found is None:
        from okrlint.catalog import not_built, planned

        code = planned(rule)
        if code is not None:
            _fail(f"{not_built(code)}: there is no documentation to show yet")
        import difflib

        names = [r.name for r in all_rules()] + [r.code for r in all_rules()]
        guess = difflib.get_close_matches(rule, names, n=1)
        tip = f"; did you mean {guess[0]}?" if guess else "; see `okrlint rules`"
        _fail(f"no rule is called {rule!r}{tip}")
    _print(explain_text(found))


@main.command()
@click.argument("path", required=False, type=click.Path())
@click.option("--config", "config_path", type=click.Path(), help="Config file to use.")
def clean(path: str | None, config_path: str | None) -> None:
    """Delete the cache (.okrlint_cache/) used for PATH (default: this folder)."""
    from okrlint import cache

    settings = _settings(config_path, (path,) if path else (), (), (), (), None)
    folder = cache.cache_dir(settings)
    try:
        removed = cache.clean(folder)
    except ValueError as error:
        _fail(str(error))
    except OSError as error:
        _fail(f"cannot clean {folder}: {error}")
    _print(f"removed {folder}" if removed else f"no cache at {folder}")


@main.command()
def schema() -> None:
    """Print the JSON Schema of goals documents (for editors)."""
    from okrlint.schema import schema_text

    _print(schema_text(), nl=False)


@main.command("show-config")
@click.argument("path", required=False, type=click.Path())
@click.option("--config", "config_path", type=click.Path(), help="Config file to use.")
def show_config(path: str | None, config_path: str | None) -> None:
    """Print the resolved configuration for PATH (default: this folder)."""
    import yaml

    settings = _settings(config_path, (path,) if path else (), (), (), (), None)
    _print(yaml.safe_dump(settings.to_dict(), sort_keys=False, width=100), nl=False)


@main.command()
@click.argument("folder", default=".", type=click.Path(file_okay=False))
def init(folder: str) -> None:
    """Write a commented .okrlint.yaml and an example goals file into FOLDER."""
    from okrlint.init_template import write_starter

    try:
        written, kept = write_starter(Path(folder))
    except OSError as error:
        _fail(f"cannot write into {folder}: {error.strerror or error}")
    for path in written:
        _print(f"wrote {path}")
    for path in kept:
        _print(f"kept {path} (it exists already)")
    _print("next: okrlint check")


@main.group(cls=_Group)
def baseline() -> None:
    """Record today's findings so that `check --baseline FILE` fails only on new ones."""


_BASELINE_FILE = click.option(
    "--file",
    "-o",
    "baseline_path",
    type=click.Path(dir_okay=False),
    default=".okrlint-baseline.json",
    show_default=True,
    help="The baseline file.",
)


def _baseline_report(paths: tuple[str, ...], config_path: str | None, today: date | None) -> Any:
    settings = _settings(config_path, paths, (), (), (), None)
    return _lint(paths, settings, today)


@baseline.command("write")
@click.argument("paths", nargs=-1, type=click.Path())
@_BASELINE_FILE
@click.option("--config", "config_path", type=click.Path(), help="Config file to use.")
@click.option("--today", callback=_parse_today, metavar="YYYY-MM-DD", help="Date to judge by.")
def baseline_write(
    paths: tuple[str, ...], baseline_path: str, config_path: str | None, today: date | None
) -> None:
    """Record every current finding in the baseline file (replacing it)."""
    from okrlint import baseline as baselines

    report = _baseline_report(paths, config_path, today)
    try:
        count = baselines.write(report, Path(baseline_path))
    except OSError as error:
        _fail(f"cannot write {baseline_path}: {error.strerror or error}")
    _print(f"wrote {baseline_path}: {count} finding{'s' if count != 1 else ''} recorded")


@baseline.command("prune")
@click.argument("paths", nargs=-1, type=click.Path())
@_BASELINE_FILE
@click.option("--config", "config_path", type=click.Path(), help="Config file to use.")
@click.option("--today", callback=_parse_today, metavar="YYYY-MM-DD", help="Date to judge by.")
def baseline_prune(
    paths: tuple[str, ...], baseline_path: str, config_path: str | None, today: date | None
) -> None:
    """Drop baseline entries whose findings no longer occur."""
    from okrlint import baseline as baselines

    report = _baseline_report(paths, config_path, today)
    try:
        kept, dropped = baselines.prune(report, Path(baseline_path))
    except baselines.BaselineError as error:
        _fail(str(error))
    except OSError as error:
        _fail(f"cannot write {baseline_path}: {error.strerror or error}")
    _print(f"pruned {baseline_path}: {dropped} fixed, {kept} still recorded")


if __name__ == "__main__":  # pragma: no cover
    main()
