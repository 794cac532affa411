from okrlint.cli import run

run()
