"""Generic check types that a declaration configures with `args` alone.

`required`: fires when none of the fields in `args.field` has a value.
`count`: fires when the list `args.of` has fewer than option `min` or more than `max`.
Messages are templates: {item} (the item's description), {count}, {min}, {max}.
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
    low, high = ctx.options["min"], ctx.options["max"]
    if low <= len(values) <= high:
        return
    template = ctx.args["too_few"] if len(values) < low else ctx.args["too_many"]
    values_ = {"item": item.describe(), "count": len(values), "min": low, "max": high}
    yield Problem(
        fill(template, **values_),
        fill(ctx.args.get("hint", ""), **values_),
        item=item,
        field=ctx.args.get("field"),
        on_key=True,
    )
