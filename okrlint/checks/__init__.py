"""Check functions that rule declarations bind to (see okrlint.registry.check)."""
