"""Generate a realistic, deterministic goals folder for benchmarks.

    python bench/gen_corpus.py OUT_DIR --files 200 [--seed 7]

Writes ``company.yaml`` (the company objectives every team file cascades from)
and ``N - 1`` team files ``team-NNNN.yaml`` of about 3 KB each: three or four
objectives with three to five key results, and two to four KPIs. References
cross files (``parent`` to company objectives, ``metric``/``leading`` to KPIs of
the same and of other teams, ``drivers`` between KPIs). About a quarter of the
items carry an anti-pattern a rule reports (no owner, a solution or vague verb,
a binary or maintain KR, no target or baseline, a KPI without action or
target...). Statements are 6 to 20 words, built from word banks so that most are
distinct, as in a real company. The same arguments always give the same bytes.

Importable: ``generate(out_dir, files, seed=7) -> list[Path]``.
"""

from __future__ import annotations

import argparse
import random
import shutil
from pathlib import Path

PEOPLE = [
    "Ana Lima", "Ben Ode", "Chen Wei", "Dara Khan", "Eli Moss", "Fay Ruiz", "Gus Berg",
    "Hana Sato", "Ivo Petrov", "Jon Reyes", "Kim Novak", "Lea Brun", "Max Adler",
    "Nia Okafor", "Omar Haddad", "Pia Lund", "Quinn Hale", "Ravi Iyer", "Sara Costa",
    "Tom Vidal", "Uma Rao", "Vic Stone", "Wen Zhou", "Yara Silva", "Zoe Marsh",
]  # fmt: skip
TEAM_WORDS = [
    "Growth", "Support", "Platform", "Payments", "Search", "Mobile", "Billing", "Data",
    "Security", "Design", "Sales", "Partners", "Onboarding", "Infra", "Analytics",
    "Marketing", "Finance", "People", "Docs", "Identity", "Checkout", "Catalog", "Ads",
    "Messaging", "Reliability", "Community", "Research", "Pricing", "Logistics", "Legal",
]  # fmt: skip
SEGMENTS = [
    "new agencies", "small teams", "enterprise accounts", "trial users", "returning customers",
    "mobile users", "partners", "self-serve customers", "European customers", "admins",
    "first-time buyers", "power users", "resellers", "free plan users", "students",
]  # fmt: skip
METRICS = [
    ("week-one activation", "percent", "increase"),
    ("monthly churn", "percent", "decrease"),
    ("net revenue retention", "nrr-percent", "increase"),
    ("median time to first value", "minutes", "decrease"),
    ("support ticket backlog", "count", "decrease"),
    ("trial-to-paid conversion", "percent", "increase"),
    ("checkout completion rate", "percent", "increase"),
    ("p95 page load time", "ms", "decrease"),
    ("weekly active teams", "count", "increase"),
    ("customer acquisition cost", "USD", "decrease"),
    ("first response time", "minutes", "decrease"),
    ("self-serve upgrade rate", "percent", "increase"),
    ("failed deployments per week", "count", "decrease"),
    ("referral invites sent", "count", "increase"),
    ("average order value", "USD", "increase"),
    ("onboarding completion", "percent", "increase"),
    ("refund rate", "percent", "decrease"),
    ("search click-through rate", "percent", "increase"),
    ("open security findings", "count", "decrease"),
    ("net promoter score", "points", "increase"),
]  # fmt: skip
INCREASE = ["Increase", "Raise", "Grow", "Lift", "Boost"]
DECREASE = ["Reduce", "Cut", "Lower", "Decrease", "Bring down"]
QUALIFIERS = [
    "", "", "", " among {seg}", " for {seg}", " across all regions", " in the self-serve funnel",
    " for {seg} on the new plan", " measured over a rolling four weeks",
]  # fmt: skip
OBJ_VERBS = [
    "Make", "Help", "Turn", "Become", "Win", "Delight", "Earn", "Keep", "Give",
]  # fmt: skip
OBJ_TAILS = [
    "{seg} successful in their first month",
    "the trusted choice of {seg}",
    "{seg} feel at home from day one",
    "our product the fastest way for {seg} to plan their work",
    "the loyalty of {seg} by fixing what slows them down",
    "{seg} into our best sales channel",
    "a platform that {seg} can rely on every single day",
    "every support conversation a reason for {seg} to stay",
    "{seg} confident enough to bring their whole team along",
]  # fmt: skip
SOLUTIONS = [
    "Launch a redesigned onboarding checklist for {seg}",
    "Build a self-serve billing portal with invoice downloads",
    "Implement single sign-on for {seg} before the end of the quarter",
    "Migrate the reporting service to the new event pipeline",
    "Roll out the new pricing page to {seg}",
    "Write ten help center articles about common setup questions",
    "Hire two support engineers for the European time zone",
    "Run four customer interviews every week with {seg}",
]  # fmt: skip
VAGUE = [
    "Improve the experience of {seg}",
    "Enhance collaboration between product and support teams",
    "Optimize the checkout flow for {seg}",
    "Strengthen our relationship with {seg} and partners",
    "Better understand what {seg} need from reporting",
]  # fmt: skip
BINARY = [
    "Complete the security audit of the payments service",
    "Finish the migration of {seg} to the new data model",
    "Ship version two of the mobile app to {seg}",
]  # fmt: skip
MAINTAIN = [
    "Keep uptime above 99.9% for the public API",
    "Maintain first response time under two hours for {seg}",
    "Stay below 2% monthly churn among {seg}",
]  # fmt: skip
KPI_ACTIONS = [
    "Open a review with the owning team within one week",
    "Raise it in the Monday stand-up and assign a fix owner",
    "Page the on-call engineer and write an incident note",
    "Escalate to the head of the area at the next weekly review",
]  # fmt: skip
AREAS = ["customer", "product", "tech", "financial", "operations"]
CADENCES = ["weekly", "weekly", "monthly", "monthly", "daily"]


def _slug(text: str) -> str:
    out = "".join(ch if ch.isalnum() else "-" for ch in text.lower())
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")


def _q(text: str) -> str:
    """A YAML scalar: quoted only when plain style would be misread."""
    if any(ch in text for ch in ":#{}[],&*!|>'\"%@`") or text[:1] in "-?" or text != text.strip():
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return text


class _Gen:
    def __init__(self, seed: int, files: int) -> None:
        self.rnd = random.Random(seed)
        self.files = files
        self.company_ids: list[str] = []
        self.kpi_ids: list[str] = []  # of earlier files, for cross-file references

    def pick(self, seq: list[str]) -> str:
        return self.rnd.choice(seq)

    def bad(self) -> bool:
        return self.rnd.random() < 0.25

    def seg(self, text: str) -> str:
        return text.replace("{seg}", self.pick(SEGMENTS))

    def person(self) -> str:
        return self.pick(PEOPLE)

    # ---------------------------------------------------------------- company
    def company(self) -> str:
        lines = [
            "okrlint: 1",
            "team: Company",
            "period: 2026-Q1",
            "strategy: Become the default planning tool for small agencies",
            "objectives:",
        ]
        for n in range(3):
            oid = f"company-{n + 1}"
            self.company_ids.append(oid)
            title = f"{self.pick(OBJ_VERBS)} {self.seg(self.pick(OBJ_TAILS))}"
            lines += [f"  - id: {oid}", f"    title: {_q(title)}", f"    owner: {self.person()}"]
            lines.append("    key_results:")
            for k in range(3):
                lines += self.key_result(f"{oid}-kr{k + 1}", "      ", allow_bad=False)
        return "\n".join(lines) + "\n"

    # ------------------------------------------------------------------ items
    def metric_statement(self) -> tuple[str, float, float, str]:
        name, unit, direction = self.pick_metric()
        lo = self.rnd.randint(5, 60)
        hi = lo + self.rnd.randint(5, 40)
        base, target = (lo, hi) if direction == "increase" else (hi, lo)
        verb = self.pick(INCREASE if direction == "increase" else DECREASE)
        shown = {"percent": "{}%", "USD": "${}"}.get(unit, "{}")
        qual = self.seg(self.pick(QUALIFIERS))
        title = f"{verb} {name}{qual} from {shown.format(base)} to {shown.format(target)}"
        return title, base, target, unit

    def pick_metric(self) -> tuple[str, str, str]:
        return self.rnd.choice(METRICS)

    def key_result(self, kid: str, ind: str, allow_bad: bool = True) -> list[str]:
        lines = [f"{ind}- id: {kid}"]
        kind = "metric"
        if allow_bad and self.bad():
            kind = self.pick(["solution", "vague", "binary", "maintain", "no-target", "no-base"])
        base = target = None
        unit = None
        if kind == "solution":
            title = self.seg(self.pick(SOLUTIONS))
        elif kind == "vague":
            title = self.seg(self.pick(VAGUE))
        elif kind == "binary":
            title = self.seg(self.pick(BINARY))
        elif kind == "maintain":
            title = self.seg(self.pick(MAINTAIN))
        else:
            title, base, target, unit = self.metric_statement()
        lines.append(f"{ind}  title: {_q(title)}")
        if kind == "metric" or kind == "no-base":
            if kind == "metric":
                lines.append(f"{ind}  baseline: {base}")
            lines.append(f"{ind}  target: {target}")
            lines.append(f"{ind}  unit: {unit}")
        elif kind == "no-target":
            pass
        if self.rnd.random() < 0.5:
            lines.append(f"{ind}  owner: {self.person()}")
        lines.append(f"{ind}  author: team")
        if self.kpi_ids and self.rnd.random() < 0.3:
            lines.append(f"{ind}  metric: {self.pick(self.kpi_ids)}")
        if self.kpi_ids and self.rnd.random() < 0.3:
            lines.append(f"{ind}  leading: [{self.pick(self.kpi_ids)}]")
        if kind == "metric" and self.rnd.random() < 0.25:
            lines.append(f"{ind}  confidence: {self.rnd.randint(3, 9) / 10}")
            lines.append(f"{ind}  checkins:")
            value = base
            for month in (1, 2):
                value = value + (1 if target > base else -1) * self.rnd.randint(0, 4)
                lines.append(f"{ind}    - {{date: 2026-0{month}-15, value: {value}}}")
        return lines

    def team_file(self, index: int) -> str:
        team = f"{TEAM_WORDS[index % len(TEAM_WORDS)]} {index // len(TEAM_WORDS) + 1}"
        slug = _slug(team)
        lines = [
            "okrlint: 1",
            f"team: {team}",
            "period: 2026-Q1",
        ]
        if self.rnd.random() < 0.7:
            strategy = self.seg("Win {seg} with a product they love")
            lines.append(f"strategy: {_q(strategy)}")
        lines.append("objectives:")
        n_obj = self.rnd.choice([2, 3, 3]) if not self.bad() else self.rnd.choice([1, 4, 5])
        for o in range(n_obj):
            oid = f"{slug}-o{o + 1}"
            title = f"{self.pick(OBJ_VERBS)} {self.seg(self.pick(OBJ_TAILS))}"
            lines += [f"  - id: {oid}", f"    title: {_q(title)}"]
            if not self.bad():
                lines.append(f"    owner: {self.person()}")
            if self.company_ids and self.rnd.random() < 0.8:
                lines.append(f"    parent: {self.pick(self.company_ids)}")
            lines.append("    key_results:")
            n_kr = self.rnd.choice([3, 3, 4]) if not self.bad() else self.rnd.choice([1, 2, 6])
            for k in range(n_kr):
                lines += self.key_result(f"{oid}-kr{k + 1}", "      ")
        lines.append("kpis:")
        mine: list[str] = []
        for k in range(self.rnd.randint(2, 3)):
            name, unit, direction = self.pick_metric()
            kid = f"{slug}-{_slug(name)}-{k + 1}"
            lines += [f"  - id: {kid}", f"    name: {_q(name.capitalize())}"]
            bad = self.bad()
            flaw = self.pick(["owner", "action", "target"]) if bad else ""
            if flaw != "owner":
                lines.append(f"    owner: {self.person()}")
            lines.append(f"    area: {self.pick(AREAS)}")
            lines.append(f"    cadence: {self.pick(CADENCES)}")
            lines.append(f"    unit: {unit}")
            lines.append(f"    direction: {direction}")
            value = self.rnd.randint(10, 90)
            if flaw != "target":
                lines.append(f"    target: {value}")
                key = "max" if direction == "decrease" else "min"
                lines.append(f"    threshold: {{{key}: {value + (10 if key == 'max' else -5)}}}")
            lines.append(f"    history: [{value + 3}, {value + 1}, {value}]")
            if flaw != "action":
                lines.append(f"    action: {_q(self.pick(KPI_ACTIONS))}")
            if mine and self.rnd.random() < 0.5:
                lines.append(f"    drivers: [{self.pick(mine)}]")
            mine.append(kid)
        self.kpi_ids.extend(mine)
        if len(self.kpi_ids) > 400:
            del self.kpi_ids[:100]
        return "\n".join(lines) + "\n"


def generate(out_dir: str | Path, files: int, seed: int = 7) -> list[Path]:
    """Write a goals folder of ``files`` files into ``out_dir`` (emptied first)."""
    out = Path(out_dir)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    gen = _Gen(seed, files)
    written = [out / "company.yaml"]
    written[0].write_text(gen.company(), "utf-8")
    for index in range(1, files):
        path = out / f"team-{index:04d}.yaml"
        path.write_text(gen.team_file(index), "utf-8")
        written.append(path)
    return written[:files]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir")
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    written = generate(args.out_dir, max(1, args.files), args.seed)
    size = sum(p.stat().st_size for p in written)
    print(f"wrote {len(written)} files ({size / 1024:.0f} KB) to {args.out_dir}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
