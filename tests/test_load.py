"""The loader: plain data with positions; bad input becomes findings."""

from __future__ import annotations

import json

import pytest
import yaml

from okrlint import load
from okrlint.load import load_bytes, load_text


def test_the_fast_c_parser_is_used_when_pyyaml_has_it():
    if not yaml.__with_libyaml__:
        pytest.skip("PyYAML built without libyaml")
    from yaml.cyaml import CParser

    assert load._Parser is CParser


@pytest.fixture
def pure_python_parser(monkeypatch):
    from yaml.parser import Parser
    from yaml.reader import Reader
    from yaml.scanner import Scanner

    class PureParser(Reader, Scanner, Parser):
        def __init__(self, stream):
            Reader.__init__(self, stream)
            Scanner.__init__(self)
            Parser.__init__(self)

    monkeypatch.setattr(load, "_Parser", PureParser)
    monkeypatch.setattr(load, "_OFFSETS_IN_BYTES", False)


@pytest.mark.parametrize("parser", ["c", "python"])
@pytest.mark.parametrize(
    ("text", "line", "column", "words"),
    [
        ("team: A\nobjectives:\n\t- title: x\n", 3, 1, "tab"),
        ("team: é\nstrategy: ab\x07c\n", 2, 13, "not allowed"),
        ("team: A\nteam: B\n", 2, 1, "twice"),
        ("a: [1,\n", 2, 1, "invalid YAML"),
    ],
)
def test_errors_have_the_same_positions_with_either_parser(
    request, parser, text, line, column, words
):
    if parser == "python":
        request.getfixturevalue("pure_python_parser")
    finding = load_text(text, "g.yaml").findings[0]
    assert (finding.line, finding.column) == (line, column)
    assert words in finding.message


def test_positions_and_pointers():
    doc = load_text("team: A\nobjectives:\n  - id: x\n    title: T\n", "g.yaml")
    assert doc.data == {"team": "A", "objectives": [{"id": "x", "title": "T"}]}
    assert doc.span("/objectives/0")[:2] == (3, 5)
    assert doc.span("/objectives/0/title")[:2] == (4, 12)
    assert doc.key_span("/objectives/0/title")[:2] == (4, 5)
    assert doc.span("/objectives/0/nope")[:2] == (3, 5)


def test_block_items_end_where_their_last_value_ends_not_at_the_next_item():
    doc = load_text("objectives:\n  - id: x\n    title: T\n\n  - id: y\n", "g.yaml")
    assert doc.span("/objectives/0") == (2, 5, 3, 13)
    flow = load_text("a: [1, 2]\n", "g.yaml")
    assert flow.span("/a") == (1, 4, 1, 10)


def test_scalars_are_typed_like_json_and_dates_stay_text():
    doc = load_text("a: 1\nb: 1.5\nc: true\nd: null\ne: 2026-01-01\nf: '1'\n", "g.yaml")
    assert doc.data == {
        "a": 1,
        "b": 1.5,
        "c": True,
        "d": None,
        "e": "2026-01-01",
        "f": "1",
    }


def test_json_strings_stay_strings():
    doc = load_text('{"a": "1", "b": 1, "c": "true", "d": null}', "g.json")
    assert doc.data == {"a": "1", "b": 1, "c": "true", "d": None}


def test_file_size_limit():
    doc = load_bytes(b"team: A\n" * 100, "g.yaml", max_bytes=100)
    assert doc.findings[0].code == "DOC001" and "limit" in doc.findings[0].message


def test_latin1_is_reported_at_the_bad_byte():
    finding = load_bytes("team: A\nowner: Zoë\n".encode("latin-1"), "g.yaml").findings[0]
    assert (finding.code, finding.line, finding.column) == ("DOC001", 2, 10)


def test_aliases_within_budget_are_expanded():
    doc = load_text("a: &x [1, 2]\nb: *x\n", "g.yaml")
    assert doc.data == {"a": [1, 2], "b": [1, 2]}


def test_spans_pack_and_unpack_exactly_with_or_without_a_key():
    from okrlint.load import key_span, pack_spans, value_span

    cases = [
        ((1, 1, 1, 1), None),
        ((3, 12, 3, 40), (3, 5, 3, 10)),
        ((4, 7, 9, 2), (2, 3, 3, 1)),  # a multi-line value after a multi-line key
        ((2**20 - 1, 2**20 - 1, 2**20 - 1, 2**20 - 1), (2**20 - 1, 1, 2**20 - 1, 2**20 - 1)),
        ((2**20, 1, 2**20, 5), (2**20, 1, 2**20, 3)),  # past the fields: kept as the pair
        ((5, 1, 5, 9), (6, 1, 6, 3)),  # a key after its value cannot be packed either
        ((5, 1, 4, 9), None),  # nor an end before the start
    ]
    for value, key in cases:
        packed = pack_spans(value, key)
        assert value_span(packed) == value
        assert key_span(packed) == key
    assert isinstance(pack_spans((3, 12, 3, 40), (3, 5, 3, 10)), int)
    assert not isinstance(pack_spans((2**20, 1, 2**20, 5), None), int)


def test_positions_past_a_million_lines_and_columns():
    head = "\n" * 1_100_000 + "team: A\nobjectives:\n  - id: x\n    title: "
    text = head + "w" * 1_100_000 + "\n"
    doc = load_text(text, "g.yaml")
    assert doc.span("/team") == (1_100_001, 7, 1_100_001, 8)
    assert doc.key_span("/team") == (1_100_001, 1, 1_100_001, 5)
    assert doc.span("/objectives/0/title") == (1_100_004, 12, 1_100_004, 1_100_012)
    assert doc.span("/objectives/0")[:2] == (1_100_003, 5)


MERGED = """\
x-defaults: &kpi
  owner: Ann Lee
  cadence: weekly
  threshold: {min: 1}
x-more: &more
  owner: Bo Park
  area: support
kpis:
  - id: a
    <<: *kpi
    cadence: monthly
  - cadence: daily
    <<: [*more, *kpi]
    id: b
"""


def test_merge_keys_merge_like_yaml_with_explicit_fields_winning():
    doc = load_text(MERGED, "goals.yaml")
    assert doc.findings == []  # an override is not a duplicate key
    a, b = doc.data["kpis"]
    assert a == {"id": "a", "owner": "Ann Lee", "cadence": "monthly", "threshold": {"min": 1}}
    # explicit before the merge still wins; in a list, the earlier mapping wins
    assert b == {"cadence": "daily", "owner": "Bo Park", "area": "support", "id": "b",
                 "threshold": {"min": 1}}  # fmt: skip
    assert "<<" not in a and "<<" not in b
    assert doc.span("/kpis/0/owner")[0] == 10  # a merged field is found at its merge key
    assert doc.span("/kpis/0/cadence")[0] == 11


@pytest.mark.parametrize("value", ["5", "[1, 2]", "[*kpi, text]", "{}"])
def test_a_merge_key_needs_mappings(value):
    text = f"x-d: &kpi {{owner: A}}\nkpis:\n  - id: a\n    <<: {value}\n"
    doc = load_text(text, "goals.yaml")
    if value == "{}":  # an empty mapping merges nothing
        assert doc.ok and doc.data["kpis"] == [{"id": "a"}]
        return
    assert doc.data is None
    (finding,) = doc.findings
    assert finding.code == "DOC002" and finding.line == 4
    assert "merge key" in finding.message


def test_a_quoted_merge_key_and_one_in_json_are_plain_keys():
    assert load_text('"<<": 1\n', "goals.yaml").data == {"<<": 1}
    assert load_text('{"<<": {"a": 1}}', "goals.json").data == {"<<": {"a": 1}}


def test_json_escaped_emoji_load_and_keep_every_position():
    # Python's json module (ensure_ascii) writes an emoji as a surrogate pair, which
    # YAML's escapes cannot hold; minified, so every later position is on line 1
    data = {"team": "Growth 🚀", "objectives": [{"id": "o1", "title": "Ship 🙏 it", "owner": "A"}]}
    text = json.dumps(data)
    assert "\\ud83d\\ude80" in text
    doc = load_text(text, "growth.json")
    assert doc.findings == [] and doc.data == data
    assert doc.span("/objectives/0/owner")[:2] == (1, text.index('"A"') + 1)
    escaped = json.dumps({"team": "a \\ud83d b"})  # an escaped backslash: no escape
    assert load_text(escaped, "t.json").data == {"team": "a \\ud83d b"}


def test_json_half_a_surrogate_pair_is_a_parse_error_at_its_place():
    text = '{"team": "T",\n "kpis": "caf\\u00e9 \\ude00"}'
    (finding,) = load_text(text, "t.json").findings
    assert finding.code == "DOC001"
    assert "half of a surrogate pair" in finding.message
    assert (finding.line, finding.column) == (2, text.split("\n")[1].index("\\ude00") + 1)


def test_libyamls_own_nesting_limit_reads_as_okrlints() -> None:
    # libyaml 0.2.6 (PyYAML 6.0.4) refuses deep flow nesting itself; older ones do not,
    # so the error is built here: the finding must not depend on which one is installed
    composer = load._Composer(load.LoadedDocument(path="deep.yaml"), "team: [[[", is_json=False)
    mark = yaml.Mark("deep.yaml", 0, 0, 1000, None, None)
    error = yaml.MarkedYAMLError(
        "while increasing flow level", mark, "exceeded maximum nesting depth", mark
    )
    finding = composer._parse_finding(error)
    assert finding.code == "DOC001"
    assert f"nests deeper than {load.MAX_DEPTH} levels" in finding.message


def test_json_numbers_in_exponent_form_are_numbers():
    from okrlint.load import load_text

    doc = load_text(
        '{"kpis": [{"target": 1.5e1, "max": 2.0E+1, "current": 1e1, "big": 1e+21, "n": 12,'
        ' "ok": true, "none": null, "text": "1e3"}]}',
        "k.json",
    )
    kpi = doc.data["kpis"][0]
    assert (kpi["target"], kpi["max"], kpi["current"], kpi["big"]) == (15.0, 20.0, 10.0, 1e21)
    assert (kpi["n"], kpi["ok"], kpi["none"], kpi["text"]) == (12, True, None, "1e3")


def test_a_json_integer_too_long_for_python_is_text_at_its_place():
    from okrlint.load import load_text

    digits = "9" * 5000
    doc = load_text(f'{{\n  "kpis": [{{"id": "k",\n    "target": {digits}}}]\n}}\n', "k.json")
    assert doc.ok, [f.message for f in doc.findings]
    assert doc.data["kpis"][0]["target"] == digits
    assert doc.span("/kpis/0/target")[0] == 3


def test_an_alias_used_as_a_key_is_read_as_yaml_reads_it_or_refused_at_its_line():
    from okrlint.load import load_text

    text = "x-name: &t title\nobjectives:\n  - *t : Grow the business\n    owner: Ana\n"
    doc = load_text(text, "a.yaml")
    assert doc.data == yaml.safe_load(text)
    assert doc.span("/objectives/0/title")[:2] == (3, 10)
    mapping = "x-k: &k {a: 1}\n*k : hello\nteam: Growth\nperiod: 2026-Q1\n"
    (finding,) = load_text(mapping, "b.yaml").findings
    assert (finding.code, finding.line, finding.column) == ("DOC002", 2, 1)
    assert "alias *k" in finding.message


@pytest.mark.parametrize(
    ("limit", "message"),
    [
        (1, "file is 53 bytes, over the 1 byte limit"),
        (40, "file is 53 bytes, over the 40 bytes limit"),
    ],
)
def test_a_file_over_a_small_size_limit_says_by_how_much(limit: int, message: str) -> None:
    from okrlint.load import load_bytes

    raw = b"team: A\nobjectives:\n  - id: o1\n    title: Grow sales\n"
    (finding,) = load_bytes(raw, "a.yaml", max_bytes=limit).findings
    assert finding.message.startswith(message)


def test_each_repeated_key_of_an_item_is_its_own_finding_with_its_own_fingerprint():
    from okrlint.load import load_text

    text = "objectives:\n  - title: A\n    title: B\n    owner: C\n    owner: D\n"
    found = load_text(text, "a.yaml").findings
    assert [(f.code, f.line, f.pointer) for f in found] == [
        ("DOC006", 3, "/objectives/0/title"),
        ("DOC006", 5, "/objectives/0/owner"),
    ]
    assert len({f.fingerprint for f in found}) == 2
