"""The cache (.okrlint_cache/): never stale, never trusted when damaged, easy to drop.

Runs go through the command line in a subprocess, as users run okrlint, so that
"spaCy is not imported on a warm run" is checked in a fresh interpreter.
"""

from __future__ import annotations

import gc
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from okrlint.cache import FORMAT as CACHE_FORMAT

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "fixtures" / "examples" / "goals"
TODAY = "2026-02-15"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project with a config file and a copy of the example goals folder."""
    (tmp_path / ".okrlint.yaml").write_text("paths: [goals]\n", "utf-8")
    shutil.copytree(EXAMPLES, tmp_path / "goals")
    return tmp_path


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("OKRLINT_")}
    env.update(extra)
    return env


def _python(
    project: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """``python ARGS`` in ``project``, as a user would run it, output captured."""
    return subprocess.run(
        [sys.executable, *args],
        cwd=project,
        env=env or _env(),
        capture_output=True,
        text=True,
        timeout=120,
    )


def _check(project: Path, *args: str, env: dict[str, str] | None = None) -> list[dict]:
    out = project / "findings.json"
    done = _python(
        project,
        *("-m", "okrlint", "check", "--no-color", "--today", TODAY),
        *("-f", f"json:{out}", *args, "goals"),
        env=env,
    )
    assert done.returncode in (0, 1), done.stderr
    return json.loads(out.read_text("utf-8"))


def _cache_files(project: Path) -> list[Path]:
    return [p for p in (project / ".okrlint_cache").rglob("*") if p.is_file()]


def test_warm_run_gives_the_same_findings_as_a_cold_run_and_as_no_cache(project: Path) -> None:
    uncached = _check(project, "--no-cache")
    cold = _check(project)
    assert (project / ".okrlint_cache" / f"v{CACHE_FORMAT}" / "runs").is_dir()
    warm = _check(project)
    assert cold == uncached
    assert warm == cold
    assert warm, "the example folder has findings to compare"


def test_a_git_init_above_the_project_is_not_answered_from_the_cache(tmp_path: Path) -> None:
    project = tmp_path / "team"
    project.mkdir()
    (project / ".okrlint.yaml").write_text("paths: [goals]\n", "utf-8")
    shutil.copytree(EXAMPLES, project / "goals")
    before = _check(project)
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    after = _check(project)
    assert after == _check(project, "--no-cache")
    # fingerprints are now of paths from the repository's top level
    assert {f["fingerprint"] for f in after}.isdisjoint(f["fingerprint"] for f in before)


def test_cache_sits_next_to_the_config_and_ignores_itself_in_git(project: Path) -> None:
    _check(project)
    cache = project / ".okrlint_cache"
    assert (cache / ".gitignore").read_text("utf-8").strip().endswith("*")
    assert (cache / "CACHEDIR.TAG").is_file()


def test_editing_a_file_invalidates_its_results(project: Path) -> None:
    before = _check(project)
    growth = project / "goals" / "growth.yaml"
    text = growth.read_text("utf-8")
    assert "target: 4.7" in text
    growth.write_text(text.replace("target: 4.7 ", "baseline: 4.4\n        target: 4.7 "), "utf-8")
    after = _check(project)
    assert after == _check(project, "--no-cache")
    assert [f for f in before if f["code"] == "KR005"]
    assert not [f for f in after if f["code"] == "KR005"]


def test_editing_a_statement_only_analyses_the_new_one_and_matches_no_cache(
    project: Path,
) -> None:
    _check(project)
    growth = project / "goals" / "growth.yaml"
    text = growth.read_text("utf-8")
    old = "title: Raise referral trial-to-paid conversion from 12% to 20%"
    assert old in text
    growth.write_text(text.replace(old, "title: Launch a referral program"), "utf-8")
    edited = _check(project)
    assert edited == _check(project, "--no-cache")
    assert any(f["code"] == "KR002" for f in edited)


def test_changing_the_config_invalidates_the_results(project: Path) -> None:
    before = _check(project)
    assert any(f["code"] == "KR005" for f in before)
    (project / ".okrlint.yaml").write_text("paths: [goals]\nignore: [KR005]\n", "utf-8")
    after = _check(project)
    assert not any(f["code"] == "KR005" for f in after)
    assert after == _check(project, "--no-cache")


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda blob: b"\x00garbage\xff" * 7, id="garbage"),
        pytest.param(lambda blob: blob[: len(blob) // 2], id="truncated"),
        pytest.param(lambda blob: b"", id="empty"),
        pytest.param(lambda blob: blob[:-1] + bytes([blob[-1] ^ 1]), id="one-bit-flipped"),
        pytest.param(lambda blob: blob.replace(b"OKRLINTC\x01", b"OKRLINTC\x09", 1), id="version"),
        pytest.param(
            lambda blob: json.dumps({"findings": []}).encode(), id="foreign-json-no-findings"
        ),
    ],
)
def test_a_damaged_or_foreign_cache_is_ignored_and_rewritten(project: Path, damage) -> None:
    expected = _check(project, "--no-cache")
    _check(project)
    files = _cache_files(project)
    damaged = [p for p in files if p.suffix not in (".gitignore", ".TAG") and p.name[0] != "."]
    assert damaged
    for path in damaged:
        blob = path.read_bytes()
        path.write_bytes(damage(blob) if blob else b"")
    assert _check(project) == expected
    assert _check(project) == expected
    # rewritten: every entry is readable again
    for path in damaged:
        assert path.read_bytes().startswith(b"OKRLINTC" + bytes([CACHE_FORMAT]))


def test_a_run_entry_with_wrong_findings_but_no_valid_digest_is_not_trusted(
    project: Path,
) -> None:
    expected = _check(project, "--no-cache")
    _check(project)
    runs = list((project / ".okrlint_cache" / f"v{CACHE_FORMAT}" / "runs").iterdir())
    assert runs
    for path in runs:
        blob = path.read_bytes()
        # swap in a payload without updating the digest
        import marshal

        header_end = blob.index(b"\x00", blob.index(b"\x00") + 1) + 1
        path.write_bytes(blob[: header_end + 16] + marshal.dumps({"findings": ()}))
    assert _check(project) == expected


def test_no_cache_writes_nothing(project: Path) -> None:
    _check(project, "--no-cache")
    assert not (project / ".okrlint_cache").exists()


def test_okrlint_no_cache_environment_variable_writes_nothing(project: Path) -> None:
    _check(project, env=_env(OKRLINT_NO_CACHE="1"))
    assert not (project / ".okrlint_cache").exists()


def test_clean_removes_the_cache(project: Path) -> None:
    _check(project)
    assert (project / ".okrlint_cache").is_dir()
    done = _python(project, "-m", "okrlint", "clean")
    assert done.returncode == 0, done.stderr
    assert "removed" in done.stdout
    assert not (project / ".okrlint_cache").exists()
    again = _python(project, "-m", "okrlint", "clean")
    assert again.returncode == 0 and "no cache" in again.stdout


def test_a_clean_that_fails_part_way_leaves_a_cache_the_next_clean_can_delete(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from okrlint import cache

    _check(project)
    folder = project / ".okrlint_cache"
    real_rmtree = shutil.rmtree

    def stuck(path, onerror=None):  # a file in the data that will not go
        onerror(os.unlink, str(next(Path(path).rglob("*"))), None)

    monkeypatch.setattr(shutil, "rmtree", stuck)
    with pytest.raises(OSError, match="could not delete"):
        cache.clean(folder)
    assert (folder / "CACHEDIR.TAG").is_file() and (folder / ".gitignore").is_file()
    monkeypatch.setattr(shutil, "rmtree", real_rmtree)
    assert cache.clean(folder) and not folder.exists()


def test_a_run_writing_after_a_clean_writes_the_tag_again(tmp_path: Path) -> None:
    from okrlint.cache import _Store

    store = _Store(tmp_path / "cache", tmp_path / "cache" / "v9" / "runs", "stamp")
    store.write("a", {"x": 1})
    (tmp_path / "cache" / "CACHEDIR.TAG").unlink()  # `okrlint clean` running meanwhile
    (tmp_path / "cache" / ".gitignore").unlink()
    store.write("b", {"x": 2})
    assert (tmp_path / "cache" / "CACHEDIR.TAG").is_file()
    assert (tmp_path / "cache" / ".gitignore").is_file()


def test_clean_refuses_a_folder_that_is_not_a_cache(tmp_path: Path) -> None:
    from okrlint import cache

    folder = tmp_path / "precious"
    folder.mkdir()
    (folder / "notes.txt").write_text("keep me", "utf-8")
    with pytest.raises(ValueError):
        cache.clean(folder)
    assert (folder / "notes.txt").exists()


@pytest.mark.parametrize("entry", ["vendor", "venv", "video.mp4"])
def test_clean_refuses_a_folder_whose_entries_merely_look_like_a_cache(
    tmp_path: Path, entry: str
) -> None:
    # OKRLINT_CACHE_DIR may name any folder; a name starting with "v" is no tag
    from okrlint import cache

    folder = tmp_path / "project"
    (folder / "src").mkdir(parents=True)
    (folder / "src" / "main.py").write_text("precious", "utf-8")
    (folder / entry).mkdir() if "." not in entry else (folder / entry).write_text("x")
    with pytest.raises(ValueError):
        cache.clean(folder)
    assert (folder / "src" / "main.py").read_text("utf-8") == "precious"


def test_clean_deletes_only_what_okrlint_wrote(project: Path) -> None:
    _check(project)
    folder = project / ".okrlint_cache"
    (folder / "mine.txt").write_text("a user's file", "utf-8")
    done = _python(project, "-m", "okrlint", "clean")
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["mine.txt"]


def test_clean_reports_what_it_could_not_delete(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from okrlint import cache

    _check(project)
    folder = project / ".okrlint_cache"

    def refuse(self: Path, missing_ok: bool = False) -> None:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "unlink", refuse)  # a read-only folder, as any user sees it
    with pytest.raises(OSError, match="could not delete"):
        cache.clean(folder)


def test_a_fully_warm_run_imports_neither_spacy_nor_lemminflect(project: Path) -> None:
    _check(project)
    probe = (
        "import sys\n"
        "from okrlint.cli import main\n"
        f"sys.argv = ['okrlint', 'check', '--no-color', '--today', '{TODAY}', "
        "'-f', 'json:out.json', 'goals']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in ('spacy', 'lemminflect') if m in sys.modules))\n"
    )
    done = _python(project, "-c", probe)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_library_cache_is_off_by_default_and_documents_of_a_cached_run_are_complete(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import date

    from okrlint import lint_paths

    monkeypatch.chdir(project)
    monkeypatch.delenv("OKRLINT_CACHE_DIR", raising=False)
    monkeypatch.delenv("OKRLINT_NO_CACHE", raising=False)
    today = date.fromisoformat(TODAY)
    plain = lint_paths(["goals"], today=today)
    assert not (project / ".okrlint_cache").exists()
    cold = lint_paths(["goals"], today=today, cache=True)
    warm = lint_paths(["goals"], today=today, cache=True)
    assert plain.findings == cold.findings == warm.findings
    assert warm.files == plain.files
    assert [d.path for d in warm.documents] == [d.path for d in plain.documents]
    assert [d.loaded.data for d in warm.documents] == [d.loaded.data for d in plain.documents]


def test_facts_round_trip_through_the_cache(tmp_path: Path) -> None:
    from okrlint.cache import FactsCache, _Store
    from okrlint.language import get_analyser

    texts = ["Increase week-one activation from 35% to 50% by Q3", "Launch the new app"]
    facts = dict(zip(texts, get_analyser().analyse(texts), strict=True))
    store = FactsCache(_Store(tmp_path, tmp_path / "facts", "stamp"))
    store.put_many(facts)
    store.flush()
    again = FactsCache(_Store(tmp_path, tmp_path / "facts", "stamp"))
    assert again.get_many(texts) == facts
    other = FactsCache(_Store(tmp_path, tmp_path / "facts", "another version"))
    assert other.get_many(texts) == {}


def test_facts_from_helpers_become_facts_when_read_and_are_cached_as_they_came(
    tmp_path: Path,
) -> None:
    from okrlint.cache import FactsCache, _Store
    from okrlint.language import get_analyser
    from okrlint.language.facts import Facts, FactsTable

    texts = ["Reduce checkout time from 90 s to 45 s", "Publish 10 blog posts"]
    facts = dict(zip(texts, get_analyser().analyse(texts), strict=True))
    plain = {text: value.to_dict() for text, value in facts.items()}
    table = FactsTable(plain)
    assert dict.__getitem__(table, texts[0]) == plain[texts[0]]  # not rebuilt yet
    assert table.get(texts[0]) == facts[texts[0]]
    assert isinstance(dict.__getitem__(table, texts[0]), Facts)  # rebuilt once, kept
    assert table[texts[1]] == facts[texts[1]]
    assert table.get("not a statement") is None and table.get("nope", {}) == {}
    store = FactsCache(_Store(tmp_path, tmp_path / "facts", "stamp"))
    store.put_many(FactsTable(plain))  # plain dicts, as a helper sent them
    store.flush()
    again = FactsCache(_Store(tmp_path, tmp_path / "facts", "stamp"))
    assert again.get_many(texts) == facts


def test_two_runs_at_once_keep_each_others_cache_entries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An editor's run and a commit hook's run read a shard, then each writes it back
    with its own additions: the second writer keeps the first one's entries."""
    import okrlint.cache as cache_module
    from okrlint.cache import FactsCache, _Shards, _Store
    from okrlint.language import get_analyser

    store = _Store(tmp_path, tmp_path / "files", "stamp")
    first, second = _Shards(store, "t", 1), _Shards(store, "t", 1)
    first.get("t-00")["a.yaml"] = 1
    second.get("t-00")["b.yaml"] = 2
    first.dirty.add("t-00")
    second.dirty.add("t-00")
    first.flush()
    second.get("t-00")["a.yaml"] = 3  # the same entry: the later writer's wins
    second.flush()
    assert _Shards(store, "t", 1).get("t-00") == {"a.yaml": 3, "b.yaml": 2}

    monkeypatch.setattr(cache_module, "_FACT_SHARDS", 1)  # both runs write one shard
    texts = ["Grow weekly active teams from 400 to 650", "Publish 10 blog posts"]
    facts = dict(zip(texts, get_analyser().analyse(texts), strict=True))
    runs = [FactsCache(_Store(tmp_path, tmp_path / "facts", "stamp")) for _ in texts]
    for run, text in zip(runs, texts, strict=True):
        run.get_many(texts)  # both read the shard before either writes it
        run.put_many({text: facts[text]})
    for run in runs:
        run.flush()
    later = FactsCache(_Store(tmp_path, tmp_path / "facts", "stamp"))
    assert later.get_many(texts) == facts


def test_facts_unused_for_a_month_are_dropped_when_their_shard_is_rewritten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import okrlint.cache as cache_module
    from okrlint.cache import FACTS_MAX_AGE_DAYS, FactsCache, _Store
    from okrlint.language import get_analyser

    monkeypatch.setattr(cache_module, "_FACT_SHARDS", 1)  # every statement in one shard
    day = 86_400.0
    now = [20_000 * day]
    monkeypatch.setattr(cache_module.time, "time", lambda: now[0])
    kept, edited, fresh = (
        "Grow weekly active teams from 400 to 650",
        "Reduce checkout time from 90 s to 45 s",
        "Cut refund handling time from 5 days to 2",
    )
    texts = [kept, edited, fresh]
    facts = dict(zip(texts, get_analyser().analyse(texts), strict=True))

    def run(texts: list[str], new: tuple[str, ...] = ()) -> FactsCache:
        store = FactsCache(_Store(tmp_path, tmp_path / "facts", "stamp"))
        store.get_many(texts)
        store.put_many({text: facts[text] for text in new})
        store.flush()
        return FactsCache(_Store(tmp_path, tmp_path / "facts", "stamp"))

    after = run([kept, edited], new=(kept, edited))
    assert set(after.get_many([kept, edited, fresh])) == {kept, edited}
    # the statement is edited away; a month later a run without it rewrites the shard
    now[0] += FACTS_MAX_AGE_DAYS * day
    after = run([kept, fresh], new=(fresh,))
    assert set(after.get_many([kept, edited, fresh])) == {kept, edited, fresh}  # not yet
    now[0] += day
    after = run([kept])  # nothing new: the shard is not rewritten, nothing drops
    assert set(after.get_many([kept, edited, fresh])) == {kept, edited, fresh}
    after = run([fresh], new=(fresh,))  # rewritten: "edited" unused for 31 days goes
    assert set(after.get_many([kept, edited, fresh])) == {kept, fresh}
    # "kept" stays: the second run read it and rewrote the shard, which renewed its day
    # (the third run read it too, but rewrote nothing, so it renewed nothing)
    seen = after.store.read("facts-00")[""]
    start = 20_000 + FACTS_MAX_AGE_DAYS
    assert seen == {kept: start, fresh: start + 1}


def test_a_one_file_run_keeps_the_facts_of_its_context_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A pre-commit run reports one file and reads its siblings for context: their
    statements are in use though not analysed, so they never age out, while a
    statement edited away does."""
    from datetime import date

    import okrlint.cache as cache_module
    from okrlint.api import lint_paths
    from okrlint.cache import FACTS_MAX_AGE_DAYS
    from okrlint.config import load_settings

    monkeypatch.setattr(cache_module, "_FACT_SHARDS", 1)
    monkeypatch.setenv("OKRLINT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)
    now = [20_000 * 86_400.0]
    monkeypatch.setattr(cache_module.time, "time", lambda: now[0])
    goals = tmp_path / "goals"
    goals.mkdir()

    def write(name: str, team: str, krs: list[str]) -> None:
        lines = [f"team: {team}", "period: 2026-Q1", "objectives:"]
        lines += [f"  - title: Make {team} the team customers ask for", "    owner: Ana"]
        lines += ["    key_results:"] + [f"      - title: {kr}" for kr in krs]
        (goals / name).write_text("\n".join(lines) + "\n", "utf-8")

    write("a.yaml", "Support", ["Cut first reply time from 9 hours to 2", "Launch a chatbot"])
    write("b.yaml", "Sales", ["Grow qualified pipeline from 2 M to 3 M"])
    lint_paths([str(goals)], today=date(2026, 2, 1), cache=True)
    now[0] += (FACTS_MAX_AGE_DAYS + 1) * 86_400
    write("a.yaml", "Support", ["Cut first reply time from 9 hours to 2", "Answer in Spanish"])
    lint_paths([str(goals / "a.yaml")], today=date(2026, 2, 1), cache=True)
    stored = cache_module.Cache(tmp_path / "cache", load_settings(None, start=goals))
    known = stored.facts.get_many(
        [
            "Make Sales the team customers ask for",
            "Grow qualified pipeline from 2 M to 3 M",
            "Cut first reply time from 9 hours to 2",
            "Answer in Spanish",
            "Launch a chatbot",
        ]
    )
    assert "Launch a chatbot" not in known  # edited away a month ago
    assert len(known) == 4


def test_facts_shards_without_days_keep_every_statement(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Shards written before days were recorded, or with a record that does not hold
    together, count every statement as used today: nothing is dropped on a guess."""
    from okrlint.cache import _SEEN, _prune_facts

    for record in (None, "garbage", {"a": "yesterday"}, {"a": 10**9}):
        entries = {"a": {"text": "a"}, "b": {"text": "b"}}
        if record is not None:
            entries[_SEEN] = record
        assert _prune_facts(entries, set(), today=500) == {"a": 500, "b": 500}
        assert set(entries) == {"a", "b"}
    entries = {"a": {"text": "a"}, "b": {"text": "b"}, _SEEN: {"a": 100, "b": 100}}
    assert _prune_facts(entries, {"b"}, today=500) == {"b": 500}
    assert set(entries) == {"b"}


@pytest.mark.parametrize("writer_fails", [False, True])
def test_facts_written_by_a_forked_writer_or_here_when_it_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, writer_fails: bool
) -> None:
    from okrlint.cache import FactsCache, _Store
    from okrlint.language import get_analyser, nlp

    texts = [f"Grow weekly active teams from {n} to {2 * n}" for n in range(1, 40)]
    # made-up words no fixture or earlier test can have looked up (answers are cached
    # per process), so this run has new lemminflect answers to save
    new_words = ("zorblify", "quexlings") if writer_fails else ("vantrify", "plimbers")
    texts.append(f"{new_words[0].capitalize()} the quarterly {new_words[1]}")
    facts = dict(zip(texts, get_analyser().analyse(texts), strict=True))
    assert nlp.words_changed()
    store = FactsCache(_Store(tmp_path, tmp_path / "facts", "stamp"))
    store.put_many(facts)
    assert store.added == len(texts)
    parent = os.getpid()
    real_write = FactsCache._write

    def write(self: FactsCache) -> None:
        if writer_fails and os.getpid() != parent:
            raise OSError("disk full")
        real_write(self)

    monkeypatch.setattr(FactsCache, "_write", write)
    store.flush_in_background()
    assert store._writer is not None and not store.shards.dirty
    assert not nlp.words_changed()  # handed to the writer
    store.flush()  # waits for the writer; after a failure, writes here
    assert store._writer is None and not store.shards.dirty
    again = FactsCache(_Store(tmp_path, tmp_path / "facts", "stamp"))
    assert again.get_many(texts) == facts
    words = again.store.read("words")
    assert isinstance(words, dict) and all(word in words for word in new_words)


@pytest.mark.slow
def test_worker_processes_give_the_same_findings_as_one_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import gen_corpus
    finally:
        sys.path.remove(str(ROOT / "bench"))
    from datetime import date

    from okrlint import lint_paths, parallel
    from okrlint.config import Settings

    gen_corpus.generate(tmp_path / "goals", 150)
    settings = Settings(root=tmp_path)
    today = date.fromisoformat(TODAY)
    monkeypatch.setenv("OKRLINT_WORKERS", "0")
    alone = lint_paths([tmp_path / "goals"], settings, today=today)
    assert len(alone.findings) > 100
    monkeypatch.setenv("OKRLINT_WORKERS", "3")
    monkeypatch.setattr(parallel, "MIN_FILES", 10)
    monkeypatch.setattr(parallel, "MIN_STATEMENTS", 10)
    forks = []
    real_fork = os.fork
    monkeypatch.setattr(os, "fork", lambda: forks.append(1) or real_fork())
    # spaCy is loaded already (the run above): helpers analyse as they go
    assert parallel._is_warm(settings.nlp_model)
    warm = lint_paths([tmp_path / "goals"], settings, today=today)
    assert warm.findings == alone.findings
    assert len(forks) == 4  # two helpers to prepare the files, two for the item rules
    # as on a cold start: helpers load while this process imports spaCy and leave
    # their statements pending; the processes that run the item rules on a part
    # analyse its pending statements first, so there are no more forks
    forks.clear()
    monkeypatch.setattr(parallel, "_is_warm", lambda model: False)
    together = lint_paths([tmp_path / "goals"], settings, today=today)
    assert together.findings == alone.findings
    assert len(forks) == 4
    # through the cache: cold (filled by the helpers, facts written by a forked
    # writer while the report is finished), then warm
    from okrlint import api

    monkeypatch.setattr(api, "BACKGROUND_FACTS", 10)
    cold = lint_paths([tmp_path / "goals"], settings, today=today, cache=True)
    # the facts of every statement came back from the helpers into the cache
    from okrlint.cache import Cache, cache_dir
    from okrlint.checks.language import statements_of

    statements = {t for doc in cold.documents for t in statements_of(doc)}
    stored = Cache(cache_dir(settings), settings).facts.get_many(sorted(statements))
    assert len(statements) > 500 and set(stored) == statements
    warm = lint_paths([tmp_path / "goals"], settings, today=today, cache=True)
    assert cold.findings == warm.findings == alone.findings


@pytest.mark.parametrize("failure", ["killed", "killed-later", "raises", "junk"])
def test_parts_a_failing_helper_took_are_done_again_in_the_main_process(
    failure: str, tmp_path: Path
) -> None:
    from okrlint import parallel

    parent = os.getpid()
    marker = tmp_path / "helper-took-a-part"
    done_by_helper: list[int] = []

    def square(part: list[int]) -> list[int]:
        if os.getpid() == parent:
            time.sleep(0.02)  # leave the helper time to take parts
        else:
            marker.touch()
            done_by_helper.append(1)
            if failure == "killed":
                os.kill(os.getpid(), signal.SIGKILL)  # a helper killed by the system
            if failure == "killed-later" and len(done_by_helper) == 3:
                time.sleep(0.1)  # two results sent (and read by the main process) first
                os.kill(os.getpid(), signal.SIGKILL)
            if failure == "raises":
                raise RuntimeError("a helper fails")
        return [n * n for n in part]

    def encode(result: list[int]) -> object:
        return ("junk",) if failure == "junk" else tuple(result)

    def decode(value: tuple[object, ...]) -> list[int]:
        return [int(str(n)) for n in value]

    parts = [[n, n + 1] for n in range(0, 40, 2)]
    squares = parallel.fork_map(square, parts, encode, decode, workers=2)
    assert squares == [[n * n for n in part] for part in parts]
    assert marker.exists()  # the helper did take work before failing


@pytest.mark.parametrize("garbage", [b"\x00not marshal", b"", b"\xff" * 40])
def test_frames_that_do_not_decode_are_not_trusted(
    garbage: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    import marshal as real_marshal
    from types import SimpleNamespace

    from okrlint import parallel

    parent = os.getpid()

    def dumps(value: object) -> bytes:  # the helper's frames are damaged
        return garbage if os.getpid() != parent else real_marshal.dumps(value)

    monkeypatch.setattr(parallel, "marshal", SimpleNamespace(dumps=dumps, loads=real_marshal.loads))

    def square(part: list[int]) -> list[int]:
        if os.getpid() == parent:
            time.sleep(0.02)  # leave the helper time to take parts
        return [n * n for n in part]

    parts = [[n, n + 1] for n in range(0, 40, 2)]
    squares = parallel.fork_map(square, parts, tuple, list, workers=2)
    assert squares == [[n * n for n in part] for part in parts]


def test_a_helper_sends_results_as_it_goes_and_never_waits_for_the_reader(
    tmp_path: Path,
) -> None:
    from okrlint import parallel

    parent = os.getpid()
    parts = list(range(24))

    def big(part: int) -> bytes:
        if os.getpid() != parent:
            (tmp_path / f"done-{part}").touch()
        return bytes([part]) * 300_000  # 24 results of 300 KB: far more than a pipe holds

    def busy() -> None:
        # this process reads nothing meanwhile (as while it imports spaCy): the helper
        # must still get through every part, keeping what the pipe cannot take yet
        deadline = time.monotonic() + 60
        while len(list(tmp_path.glob("done-*"))) < len(parts):
            assert time.monotonic() < deadline, "the helper is stuck on a full pipe"
            time.sleep(0.01)

    results = parallel.fork_map(big, parts, bytes, bytes, workers=2, meanwhile=busy)
    assert results == [bytes([n]) * 300_000 for n in parts]


def test_work_is_shared_between_processes_as_they_become_free() -> None:
    from okrlint import parallel

    parent = os.getpid()

    def who(part: list[int]) -> list[int]:
        time.sleep(0.01)
        return [os.getpid() for _ in part]

    parts = [[n] for n in range(30)]
    gc.unfreeze()
    done = parallel.fork_map(who, parts, tuple, list, workers=2)
    assert gc.get_freeze_count() == 0  # a library caller's collector is left as it was
    pids = [pid for part in done for pid in part]
    assert len(pids) == 30
    assert parent in pids and len(set(pids)) == 2  # both took parts
    meanwhile: list[int] = []
    parallel.fork_map(who, parts, tuple, list, workers=2, meanwhile=lambda: meanwhile.append(1))
    assert meanwhile == [1]


def _file_entries(project: Path) -> set[str]:
    """The display paths that have an entry in the per-file shards."""
    from okrlint.cache import Cache
    from okrlint.config import load_settings

    store = Cache(project / ".okrlint_cache", load_settings(project / ".okrlint.yaml")).files
    shown: set[str] = set()
    for shard in store.folder.glob("files-*"):
        value = store.read(shard.name)
        assert isinstance(value, dict)
        shown.update(value)
    return shown


def test_entries_of_deleted_or_renamed_files_are_dropped(project: Path) -> None:
    from okrlint import cache

    def shard(display: str) -> int:
        return int(cache._hash(display)[:4], 16) % cache._FILE_SHARDS

    # a new name whose entry lands in the old name's shard, so the run reads it
    new = next(
        f"goals/growth-{n}.yaml"
        for n in range(10_000)
        if shard(f"goals/growth-{n}.yaml") == shard("goals/growth.yaml")
    )
    _check(project)
    assert "goals/growth.yaml" in _file_entries(project)
    (project / "goals" / "growth.yaml").rename(project / new)
    _check(project)
    shown = _file_entries(project)
    assert new in shown
    assert "goals/growth.yaml" not in shown
    # a run over one file keeps the entries of the others, which still exist
    (project / "goals" / "company.yaml").write_text(
        (project / "goals" / "company.yaml").read_text("utf-8") + "\n", "utf-8"
    )
    one = _python(project, "-m", "okrlint", "check", "--today", TODAY, "goals/company.yaml")
    assert one.returncode in (0, 1), one.stderr
    assert _file_entries(project) == shown


def test_helpers_are_stopped_when_the_main_process_fails() -> None:
    from okrlint import parallel

    def slow(part: list[int]) -> list[int]:
        time.sleep(0.05)
        return part

    def fail() -> None:
        raise RuntimeError("spaCy could not be imported")

    parts = [[n] for n in range(40)]
    with pytest.raises(RuntimeError):
        parallel.fork_map(slow, parts, tuple, list, workers=2, meanwhile=fail)
    with pytest.raises(ChildProcessError):  # no helper left running or unreaped
        os.waitpid(-1, os.WNOHANG)


def test_the_facts_and_runs_know_which_spacy_pipeline_a_configured_model_is(
    tmp_path: Path,
) -> None:
    # naming a model that is installed later, or upgrading it in place, must not be
    # answered with facts from the blank pipeline or the old version
    from okrlint.cache import Cache, _pipeline_stamp
    from okrlint.config import Settings

    assert _pipeline_stamp(None) == "blank"
    assert "absent" in _pipeline_stamp("okrlint_no_such_pipeline")
    model = tmp_path / "pipeline"
    model.mkdir()
    (model / "meta.json").write_text('{"version": "1.0.0"}', "utf-8")
    before = _pipeline_stamp(str(model))
    (model / "meta.json").write_text('{"version": "1.0.10"}', "utf-8")
    assert _pipeline_stamp(str(model)) != before
    settings = Settings(root=tmp_path, nlp_model=str(model))
    first = Cache(tmp_path / "cache", settings)
    (model / "tagger").mkdir()
    (model / "tagger" / "model").write_bytes(b"\0" * 10)
    second = Cache(tmp_path / "cache", settings)
    assert first.settings_key != second.settings_key
    assert first.facts.store.stamp != second.facts.store.stamp


def test_files_and_runs_know_which_pyyaml_and_jsonschema_read_them(
    tmp_path: Path, monkeypatch
) -> None:
    # an upgraded PyYAML (its libyaml) or jsonschema can word or find parse and schema
    # findings differently: their entries must not be read across an upgrade
    from okrlint import cache as cache_module
    from okrlint.config import Settings

    settings = Settings(root=tmp_path)
    before = cache_module.Cache(tmp_path / "cache", settings)
    real = cache_module._module_stamp
    for package in ("yaml", "jsonschema"):
        monkeypatch.setattr(
            cache_module,
            "_module_stamp",
            lambda name, package=package: f"{name}:upgraded" if name == package else real(name),
        )
        after = cache_module.Cache(tmp_path / "cache", settings)
        assert after.files.stamp != before.files.stamp
        assert after.runs.stamp != before.runs.stamp
        assert after.facts.store.stamp == before.facts.store.stamp  # no language change
    assert "yaml:" in real("yaml") and "absent" not in real("jsonschema")
