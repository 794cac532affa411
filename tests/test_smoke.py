from __future__ import annotations


def test_objective_without_owner_is_reported_at_its_line(lint):
    report = lint("team: A\nperiod: 2026-Q1\nobjectives:\n  - title: Be loved\n")
    owner = [f for f in report.findings if f.code == "OBJ003"]
    assert [(f.line, f.column) for f in owner] == [(4, 5)]
