"""The goals JSON Schema and the DOC002 findings made from it."""

from __future__ import annotations

import json

import jsonschema

from okrlint.load import load_text
from okrlint.schema import schema_text, validate


def _doc002(text: str, name: str = "g.yaml"):
    loaded = load_text(text, name)
    assert loaded.ok, loaded.findings
    return [(f.line, f.column, f.message, f.hint) for f in validate(loaded)]


def test_schema_is_a_valid_json_schema():
    schema = json.loads(schema_text())
    jsonschema.validators.validator_for(schema).check_schema(schema)


def test_unknown_field_is_reported_on_its_key_with_did_you_mean():
    found = _doc002("team: A\nobjectives:\n  - title: Be loved\n    ownr: Ana\n")
    assert [(line, column) for line, column, *_ in found] == [(4, 5)]
    assert "unknown field `ownr`" in found[0][2] and "`owner`" in found[0][3]


def test_x_fields_are_never_flagged():
    assert _doc002("team: A\nx-jira: GROW-1\nobjectives:\n  - title: T\n    x-notes: n\n") == []


def test_wrong_type_names_the_place_and_the_types():
    found = _doc002(
        "team: A\nobjectives:\n  - title: T\n    key_results:\n"
        "      - title: K\n        target: lots\n"
    )
    assert found[0][:2] == (6, 17)
    assert "objective 1 > key result 1" in found[0][2] and "number" in found[0][2]


def test_enum_mistake_gets_a_suggestion():
    found = _doc002("team: A\nobjectives:\n  - title: T\n    commitment: comitted\n")
    assert found[0][0] == 4 and "committed" in found[0][3]


def test_json_documents_get_the_same_findings_at_json_lines():
    text = '{\n  "team": "A",\n  "objectives": [\n    {"title": "T", "ownr": "x"}\n  ]\n}\n'
    found = _doc002(text, "g.json")
    assert [line for line, *_ in found] == [4]


def test_long_unknown_keys_are_shortened():
    found = _doc002("team: A\n" + "k" * 500 + ": 1\n")
    assert len(found[0][2]) < 150


def test_an_optional_field_left_empty_counts_as_absent():
    # what OKR tools export for unset fields: null, and YAML's empty value and ~
    exported = json.dumps(
        {
            "team": "A",
            "period": None,
            "strategy": None,
            "lint": None,
            "objectives": [
                {
                    "id": "o-1",
                    "title": "T",
                    "owner": None,
                    "lint": None,
                    "key_results": [{"id": "k-1", "title": "K", "target": None, "due": None}],
                }
            ],
            "kpis": [{"id": "p-1", "name": "N", "threshold": None, "baseline": None}],
        }
    )
    assert _doc002(exported, "g.json") == []
    assert _doc002("team: A\nobjectives:\n  - title: T\n    owner:\n    description: ~\n") == []


def test_the_printed_schema_agrees_with_okrlint_on_empty_fields():
    # editors validate with `okrlint schema`: they must not flag what okrlint accepts
    schema = json.loads(schema_text())
    validator = jsonschema.validators.validator_for(schema)(schema)
    exported = {
        "team": "A",
        "period": None,
        "objectives": [
            {"title": "T", "owner": None, "key_results": [{"title": "K", "target": None}]}
        ],
        "kpis": [{"name": "N", "threshold": None, "baseline": None}],
    }
    assert list(validator.iter_errors(exported)) == []
    assert _doc002(json.dumps(exported), "g.json") == []
    for broken in (
        {"objectives": [{"title": None}]},  # required
        {"kpis": [{"name": "N", "drivers": [None]}]},  # an entry of a list
        {"objectives": [{"title": "T", "target": 3}]},  # unknown: not made optional
    ):
        assert list(validator.iter_errors(broken)) != []
        assert _doc002(json.dumps(broken), "g.json") != []


def test_a_required_field_or_a_list_entry_left_empty_is_still_reported():
    found = _doc002("team: A\nobjectives:\n  - title:\n")
    assert len(found) == 1 and "`title`" in found[0][2]
    found = _doc002("team: A\nkpis:\n  - name: N\n    drivers: [~]\n")
    assert len(found) == 1
    found = _doc002("team: A\nobjectives:\n  - title: T\n    ownr: ~\n")  # unknown, empty
    assert len(found) == 1 and "unknown field `ownr`" in found[0][2]


def test_a_blank_title_or_name_is_reported_like_a_missing_one():
    found = _doc002(
        'team: A\nobjectives:\n  - title: ""\n    key_results:\n      - title: "  "\n'
        'kpis:\n  - name: "\\t"\n'
    )
    assert [(line, message.rsplit(": ", 1)[1]) for line, _, message, _ in found] == [
        (3, "`title` is empty"),
        (5, "`title` is empty"),
        (7, "`name` is empty"),
    ]


def test_a_period_mapping_or_a_list_entry_of_the_wrong_kind_is_named_plainly():
    found = _doc002(
        "team: A\nperiod: {start: 2026-01-01}\nobjectives:\n  - title: T\n    key_results: [5]\n"
    )
    messages = [message for _, _, message, _ in found]
    assert messages == [
        "`period` as a mapping holds exactly `start` and `end`, two dates",
        "objective 1 > key result 1 must be a mapping, not a number",
    ]


def test_a_threshold_that_no_value_can_meet_is_reported():
    found = _doc002("team: A\nkpis:\n  - id: k\n    name: N\n    threshold: {min: 5, max: 1}\n")
    assert [(line, message) for line, _, message, _ in found] == [
        (5, "KPI k: `threshold` has min 5 above max 1, so no value is ever healthy")
    ]
    assert (
        _doc002("team: A\nkpis:\n  - id: k\n    name: N\n    threshold: {min: 1, max: 5}\n") == []
    )


def test_a_json_number_no_rule_can_compare_is_named_as_json_spells_it():
    found = _doc002('{"team": "A", "kpis": [{"name": "N", "target": NaN, "max": 1}]}', "g.json")
    assert any("`target` is NaN" in message for _, _, message, _ in found)
