"""The parsing floor: compose every goals file into PyYAML nodes with the C
loader and tokenise every statement with ``spacy.blank("en")`` in one process.

    python bench/floor.py DIR
"""

from __future__ import annotations

import os
import sys


def main(folder: str) -> int:
    import yaml

    loader = yaml.CSafeLoader
    statements: list[str] = []
    for top, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.endswith((".yaml", ".yml", ".json")):
                continue
            with open(os.path.join(top, name), "rb") as handle:
                node = yaml.compose(handle.read().decode("utf-8"), Loader=loader)
            stack = [node]
            while stack:
                current = stack.pop()
                if isinstance(current, yaml.MappingNode):
                    for key, value in current.value:
                        if key.value in ("title", "name") and isinstance(value, yaml.ScalarNode):
                            statements.append(value.value)
                        else:
                            stack.append(value)
                elif isinstance(current, yaml.SequenceNode):
                    stack.extend(current.value)
    import spacy

    nlp = spacy.blank("en")
    tokens = sum(len(doc) for doc in nlp.pipe(statements, batch_size=256))
    print(f"{len(statements)} statements, {tokens} tokens")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
