"""Telling a broken installation from a bug in okrlint.

okrlint imports its dependencies (PyYAML, jsonschema, click, spaCy, lemminflect)
lazily, so a package missing or damaged (installed with ``--no-deps``, half
upgraded, an ABI mismatch under spaCy) shows up mid-run as an ImportError. That is
the user's installation to mend, not an internal error to report: the command line
says which package and how to reinstall it. Standard library only: the console
script uses this before click is imported.
"""

from __future__ import annotations

# import name -> distribution name, for okrlint's direct dependencies
DEPENDENCIES = {
    "yaml": "pyyaml",
    "jsonschema": "jsonschema",
    "click": "click",
    "spacy": "spacy",
    "lemminflect": "lemminflect",
    "tomli": "tomli",
}


def broken_install(error: BaseException) -> str | None:
    """The plain message for ``error`` when it says that a package okrlint needs
    cannot be imported; None when it is something else (okrlint's own modules
    included, which would be a bug)."""
    if not isinstance(error, ImportError):
        return None
    name = error.name or ""
    top = name.partition(".")[0]
    if not top or top == "okrlint":
        return None
    reason = str(error) or f"cannot import {name}"
    if top in DEPENDENCIES and name == top:
        package = DEPENDENCIES[top]
        return (
            f"okrlint needs the package {package}, which cannot be imported here ({reason}): "
            f"install it into this Python (`pip install {package}`), or reinstall okrlint "
            "with its dependencies"
        )
    return (
        f"a package okrlint depends on is incomplete or broken ({reason}): reinstall "
        "okrlint's dependencies into this Python (`pip install --force-reinstall "
        + " ".join(sorted(set(DEPENDENCIES.values()) - {"tomli"}))
        + "`)"
    )
