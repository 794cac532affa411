"""Rule documentation, rendered from the declarations in rules/.

One shape for every rule (as in ruff): what it checks, why it matters, a bad
and a good example, options, and how to configure or suppress it.
"""

from __future__ import annotations

import textwrap

from okrlint.registry import Rule, all_rules


def _section(title: str, body: str, indent: bool = False) -> list[str]:
    body = body.strip("\n")
    if not body:
        return []
    text = textwrap.indent(body, "    ") if indent else body
    return [title, "", text, ""]


def suppress_text(rule: Rule) -> str:
    if not rule.suppressible:
        return (
            "Document rules are always on: they cannot be ignored or suppressed. "
            "Fix the document, or `exclude` the file in the config."
        )
    return (
        f'Per item: `lint: {{ignore: [{rule.code}], reason: "..."}}`, or a comment '
        f"`# okrlint: disable={rule.code}` on the item's line "
        f"(`disable-next-line`, `disable-file` also work).\n"
        f"In config: `ignore: [{rule.code}]`, `per-file-ignores`, or "
        f"`rules: {{{rule.code}: {{severity: info}}}}`."
    )


def explain_text(rule: Rule) -> str:
    docs = rule.docs
    lines = [f"{rule.code} {rule.name} (default severity: {rule.severity})", ""]
    lines += [rule.summary, ""]
    lines += _section("What it checks", docs.get("what", ""))
    lines += _section("Why it matters", docs.get("why", ""))
    lines += _section("Example", docs.get("bad", ""), indent=True)
    lines += _section("Use instead", docs.get("good", ""), indent=True)
    if rule.options:
        options = [
            f"- {o.name} ({o.type}, default {o.default!r}): {o.description}" for o in rule.options
        ]
        lines += _section("Options", "\n".join(options))
    configure = docs.get("configure", "").strip()
    lines += _section(
        "Configure or suppress", "\n".join(filter(None, [configure, suppress_text(rule)]))
    )
    return "\n".join(lines).rstrip() + "\n"


def rules_markdown() -> str:
    """The rule table of the README (a test keeps the two in step)."""
    lines = ["| code | name | severity | options | what it reports |", "|---|---|---|---|---|"]
    for rule in all_rules():
        options = ", ".join(f"`{o.name}: {o.default}`" for o in rule.options) or ""
        summary = rule.summary.replace("|", "\\|")
        lines.append(f"| {rule.code} | {rule.name} | {rule.severity} | {options} | {summary} |")
    return "\n".join(lines) + "\n"
