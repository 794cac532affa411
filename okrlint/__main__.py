from okrlint.entry import run

run()
