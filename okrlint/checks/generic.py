"""Generic check types that a declaration configures with `args` alone.

`required`: fires when none of the fields in `args.field` has a value.
`count`: fires when the list `args.of` has fewer than option `min` or more than `max`.
Messages are templates: {item} (the item's description), {count}, {min}, {max}, and
for `count` a placeholder named after `args.of` (e.g. {key_results}) that reads
"no key results", "1 key result" or "3 key results". The noun comes from `args.of`
("key_results" -> "key result"/"key results"), or from `args.noun: [singular, plural]`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from okrlint.engine import Context, Problem
from okrlint.model import Item
from okrlint.registry import check

_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def fill(template: str, **values: object) -> str:
    """Put ``values`` into ``{name}`` placeholders; any other brace stays as written,
    so a message may show YAML such as `threshold: {min: ..., max: ...}`."""
    return _PLACEHOLDER.sub(
        lambda m: str(values[m[1]]) if m[1] in values else m[0],
        template,
    )


def _singular(plural: str) -> str:
    if plural.endswith("ies"):
        return plural[:-3] + "y"
    if plural.endswith(("ses", "xes", "ches", "shes")):
        return plural[:-2]
    return plural[:-1] if plural.endswith("s") and not plural.endswith("ss") else plural


def counted(count: int, singular: str, plural: str | None = None) -> str:
    """``count`` things in words: "no key results", "1 key result", "3 key results"."""
    many = plural or f"{singular}s"
    if count == 0:
        return f"no {many}"
    return f"{count} {singular if count == 1 else many}"


def _noun(args: dict[str, object]) -> tuple[str, str]:
    """The (singular, plural) noun of a `count` check: `args.noun`, or from `args.of`."""
    noun = args.get("noun")
    if isinstance(noun, list) and len(noun) == 2:
        return str(noun[0]), str(noun[1])
    if isinstance(noun, str):
        return noun, f"{noun}s"
    plural = str(args["of"]).replace("_", " ")
    return _singular(plural), plural


def _fields(ctx: Context) -> list[str]:
    field = ctx.args["field"]
    return [field] if isinstance(field, str) else list(field)


@check("required")
def required(item: Item, ctx: Context) -> Iterator[Problem]:
    fields = _fields(ctx)
    if not any(_present(item.data.get(name)) for name in fields):
        yield Problem(
            fill(ctx.args["message"], item=item.describe()),
            fill(ctx.args.get("hint", ""), item=item.describe()),
            item=item,
        )


def _present(value: object) -> bool:
    if value is None:
        return False
    if isinstance(value, (str, list, dict)):
        return bool(value.strip() if isinstance(value, str) else value)
    return True


@check("count")
def count(item: Item, ctx: Context) -> Iterator[Problem]:
    values = getattr(item, ctx.args["of"])
    # the entries as written: one that is not a mapping is DOC002's to report, and
    # still one the author meant ("has no key results" beside it would be wrong)
    written = item.data.get(ctx.args.get("field") or "")
    number = len(written) if isinstance(written, list) else len(values)
    low, high = ctx.options["min"], ctx.options["max"]
    if low <= number <= high:
        return
    template = ctx.args["too_few"] if number < low else ctx.args["too_many"]
    singular, plural = _noun(ctx.args)
    values_ = {
        "item": item.describe(),
        "count": number,
        "min": low,
        "max": high,
        str(ctx.args["of"]): counted(number, singular, plural),
    }
    yield Problem(
        fill(template, **values_),
        fill(ctx.args.get("hint", ""), **values_),
        item=item,
        field=ctx.args.get("field"),
        on_key=True,
    )
