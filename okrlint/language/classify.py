"""Classifiers that judge the words of objectives, key results and KPIs.

Each returns a ``Hit`` (the trigger words, a plain-words reason naming them and
an outcome rewrite to suggest) or ``None``. They read ``Facts`` from the
analyser, so they judge structure (the governing verb and what it acts on), not
words found anywhere: "Increase the share of agencies who complete onboarding
from 40% to 70%" is an outcome although it contains "complete".

``options`` is the rule's option dict from config (may be empty).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from .facts import Facts
from .literals import PatternSet
from .nlp import GET_FORMS, simple_words, word_info
from .quantities import (
    NIL_WORDS,
    REFERENCE_LEVEL,
    STREAK_TEXT,
    TIME_UNITS,
    aside_start,
    is_scope,
    may_contain,
)
from .vocab import Lexicon, default_lexicon, suggestions
from .vocab import words as vocab_words

Options = Mapping[str, Any]


@dataclass(frozen=True)
class Hit:
    """Why a rule fired: the trigger words, the reason, a suggested rewrite."""

    words: tuple[str, ...]
    reason: str
    suggestion: str


_COMPLETION_STATES = frozenset(
    [
        "in place",
        "live",
        "ready",
        "done",
        "complete",
        "completed",
        "finished",
        "available",
        "operational",
        "approved",
        "established",
        "up and running",
        "signed off",
        "fixed",
        "repaired",
    ]
)
_GENERIC_VERBS = frozenset({"make", "get", "have", "do", "perform"})
#: a level someone else publishes, aimed at: "up to the national average", "match the
#: sector median" (a figure to reach, though the statement has no number)
_REFERENCE_LEVEL_RE = re.compile(
    r"\b(?:up\s+to|to|match(?:es|ing)?|reach(?:es|ing)?|meet(?:s|ing)?|beat(?:s|ing)?)\s+"
    rf"(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?{REFERENCE_LEVEL}\b",
    re.IGNORECASE,
)
#: a level named as the target: "to top quartile", "to EPC band C", "to CMMI level 3",
#: "to green on the dashboard", "to Gold" (not "to green energy", "to Tier 2")
_NAMED_LEVEL_RE = re.compile(
    r"\bto\s+(?:the\s+)?(?:(?:top|upper|first)\s+(?:quartile|decile|quintile|tercile|third)"
    r"|(?:[\w-]+\s+)?(?:band|grade)\s+[A-Za-z0-9][+*]?|(?:maturity|cmmi)\s+level\s+\d"
    r"|['‘’\"]?(?:green|gold|platinum|good|outstanding)['‘’\"]?)"
    r"(?=\s*(?:$|[,.;)]|(?:on|in|by|for|across|at|of|within|before|status|rating)\b))",
    re.IGNORECASE,
)
#: a letter grade or a maturity level as the target: "credit rating to AA", "grade to
#: B+", "process maturity to level 3"
_LETTER_GRADE_RE = re.compile(
    r"\b(?:grade|rating|rated|score|band|mark|maturity)s?\b[^,;]{0,40}?\bto\s+"
    r"(?:['‘’\"]?[A-E]{1,3}[+*-]?['‘’\"]?|[Ll]evel\s+\d)(?=\s*(?:$|[,.;)]|by\b|in\b|at\b))"
)
#: a change written with "get" or "become" and a comparative: "Patient reviews get
#: better", "turnaround gets quicker", "Customers get faster answers"
_GETS_COMPARATIVE_RE = re.compile(
    r"\b(?:gets?|getting|becomes?|becoming)\s+(?:(?:much|even|a\s+lot|noticeably)\s+)?"
    r"(?P<more>[a-z]+)\b",
    re.IGNORECASE,
)
#: a modal before the verb: "Conversion should improve", "Costs must come down"
_MODAL_BEFORE_RE = re.compile(r"\b(?:should|must|will|shall|could|would|needs?\s+to)\s", re.I)
#: a gap closed with no size: "Close the gap with the market leader"
_OPEN_GAP_RE = re.compile(
    r"^\W*(?:close|narrow|shrink|reduce)\s+(?:the|our|a)\s+(?:[\w-]+\s+)?gap\b", re.IGNORECASE
)
#: better than rivals, with no figure: "Be faster than competitors", "cheaper than the
#: competition", "faster than the big six"
_THAN_RIVALS_RE = re.compile(
    r"\b(?!(?:rather|other|whether|either|neither)\b)(\w+er|better|more\s+\w+)\s+than\s+"
    r"(?:(?:the|our|all|any|most)\s+)?(?:[\w-]+\s+)?"
    r"(?:competitors?|competition|rivals?|peers?|market|industry|incumbents?|big\s+\w+|others)\b",
    re.IGNORECASE,
)
#: a comparative that bounds a count ("no fewer than 4 walks"), which changes nothing
_BOUND_THAN_RE = re.compile(r"\bno[t]?\s+(?:fewer|less|more)\s+than\b", re.IGNORECASE)
_NOT_VERBS = frozenset(
    {"live", "ready", "done", "available", "operational", "approved", "in place"}
)
#: Verbs of doing that describe an outcome when they carry a count of something
#: that is neither a deliverable nor an activity ("Add 500 paying customers").
_WEAK_SOLUTION = frozenset(
    ["add", "deliver", "get", "make", "run", "open", "start", "move", "hold", "send", "have", "do"]
    + ["record"]  # "Record zero reportable breaches": what is recorded, not a recording
    + ["kill"]  # "Kill the legacy module" is a task; "Kill the waitlist: 60 → 0" a move
    + ["perform"]  # "Perform 24 audits a month" counts them; "Perform above plan" does not
    + ["realise", "realize"]  # "Realise €2m of savings" is the sum; "Realise the dam works" a task
    + ["go live"]  # "Go live with 20 new retail customers": their adoption, counted
)
#: weak verbs whose object may be a sum or a change to reach: "Deliver savings of £2m"
_SUM_VERBS = frozenset(["deliver", "realise", "realize"])
#: who may say "never" before the verb: "We never miss a weekly release"
_SPEAKER = r"(?:(?:we|i|they|you|the\s+team)(?:\s+(?:will|must|shall|should)|\s*['’]ll)?\s+)?"
_MAINTAIN_PATTERNS = re.compile(
    r"\b(?:(?:do\s+not|don't|dont|never|not)\s+let\b|not\s+(?:to\s+)?(?:exceed|drop|fall|go)"
    r"\b|never\s+(?:exceeds?|drops?|falls?|goes|tops?|dips?|rises?|slips?|climbs?)\b"
    # "Food stock never below 3 weeks of demand": a floor or ceiling held
    r"|\bnever\s+(?:below|above|under|over|beyond|outside|(?:less|more|fewer|lower|higher"
    r"|longer)\s+than)\b"
    r"|at\s+(?:all\s+times|any\s+(?:one\s+)?(?:time|point))\b"
    # a word of its own: not "long-stay parking" or "mainstays"
    r"|(?<![\w-])(?:stays?|remains?)\b"
    # a budget held: "Come in under budget on the claims-system replacement"
    r"|\bcome\s+in\s+(?:under|within|on)\s+budget\b"
    r"|holds\s+(?:at(?!\s+(?:least|most)\b)|steady|firm|above|below|under)\b"
    r"|(?P<bound>no[t]?\s+(?:more|higher|fewer|less|lower|larger|bigger|greater|longer|slower"
    r"|worse)\s+than|^\W*(?:fewer|less)\s+than(?=\s+\d)"
    # "Driver turnover not above 15 %", "Sickness rate not over 4,5 %"
    r"|\bnot\s+(?:above|over|below|under)(?=\s*[~≈]?\s*[$€£¥]?\d))\b"
    # "zero, same as last year", "under 1% of intake, as now", "kept above 92%"
    r"|(?:the\s+)?same\s+as\s+(?:last|this|the\s+last)\s+(?:year|quarter|month|season|period)\b"
    r"|as\s+(?:now|today|it\s+is\s+now|it\s+is\s+today|we\s+do\s+(?:now|today))(?=\s*(?:[,.;)]|$))"
    # "Headcount flat at 120 FTE": a level held
    r"|\bflat\s+at(?=\s+[\d£$€~≈<>≤≥])"
    # ("clean sheets kept at home" counts games: "at" takes a level, not a place)
    r"|(?:kept|held|maintained)\s+(?:at(?=\s+(?:[\d£$€¥~≈<>≤≥+-]|zero\b|or\b|(?:a\s+)?(?:minimum|maximum|min|max|least|most)\b|the\s+(?:same|current)\b"
    r"|(?:this|that|its|our|current|today's)\s+level\b))|above|below|under|within|steady)\b"
    # a record kept up: "for a fourth consecutive year", "as achieved last year"
    r"|(?P<repeat>for\s+(?:a|the)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth"
    r"|tenth|\d+(?:st|nd|rd|th))\s+(?:consecutive|straight|successive)\s+(?:year|quarter"
    r"|month|season|period|audit|inspection)|(?:year|quarter|month|season)s?\s+in\s+a\s+row"
    # "for a third year running", "again this year", "as in past winters"
    r"|for\s+(?:(?:a|the)\s+)?(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\s+(?:year"
    r"|quarter|month|season)\s+running|(?:again|once\s+more)\s+(?:this|next)\s+(?:year|quarter"
    r"|month|season|summer|winter)\b|as\s+in\s+(?:past|previous|recent|prior|other)\s+(?:years"
    r"|quarters|months|seasons|summers|winters)\b"
    r"|as\s+(?:(?:achieved|delivered|reached|recorded|seen|managed)\s+)?(?:in\s+)?last\s+"
    r"(?:year|quarter|month|season|period)(?=\s*(?:[,.;)]|$))"
    # "Royalty statements paid on time 100%, as always"
    r"|as\s+(?:always|usual|ever)(?=\s*(?:[,.;)]|$))))"
    # "doesn't drop below", "won't exceed"
    r"|n['’]t\s+(?:exceed|drop|fall|go|dip|slip|rise|climb)\b"
    # dashboard notes: "ROAS ≥3.0x, held through the Q4 scale-up", "LAE ≤9% (hold)",
    # "MDBF ≥12k km (keep)", "(hold FY25 level)", "Active sellers ≥48k (no net loss)"
    r"|(?:kept|held|maintained|sustained)\s+(?:through(?:out)?|during|across|over)\b"
    r"|(?P<note>\(\s*(?:hold|keep|maintain|sustain|protect)(?:\s[^()]{0,30})?\)"
    # "Pick errors <= 5 a month, hold", "Zero fatalities - maintain for a 3rd year"
    r"|(?:[,;:–—]|\s-)\s*(?:hold|keep|maintain|sustain)\b(?=\s*[.!]?\s*$|\s+(?:at|for|as"
    r"|through(?:out)?|steady|flat|it|this|that)\b))"
    r"|\bno\s+net\s+(?:loss|decline|drop|decrease|reduction)\b"
    # "Never miss a payroll cut-off", "We never lose by more than 3 goals": a record of
    # none, kept
    rf"|^{_SPEAKER}never\s+(?:again\s+)?[a-z]+\b"
    # "No branch closed for more than 2 days", "no patient waiting longer than 4 hours",
    # "No month brings in less than €6,000"
    r"|(?P<none>(?:\bno\s+(?!(?:more|higher|fewer|less|lower|net|later|earlier)\b)[a-z][\w-]*"
    r"|\bnobody|\bno[\s-]one)\b"
    r"[^.;:]{0,50}?\b(?:more|longer|less|fewer|shorter|later|older|slower|higher|lower)\s+than"
    # "No forklift driven without a valid licence", "No return filed with unreconciled
    # balances": a standing rule for every one
    r"|^\W*no\s+(?!(?:more|fewer|less|later|net)\b)[a-z][\w-]*(?:\s+[a-z][\w-]*){0,4}?"
    r"\s+(?:without|unless|with\s+(?:un[a-z]+|no|missing|expired|open|outstanding))\b)\b"
    # "Zero non-conformities, as in every audit since 2021": a record kept
    r"|\bas\s+(?:in\s+)?(?:every|each)\s+[a-z]+\s+since\s+(?:19|20)\d{2}\b"
    # "Still zero forklift incidents", "Still under 2% returns": a level kept up
    r"|^\W*still\s+(?=zero\b|no\b|none\b|at\b|above\b|below\b|under\b|over\b|[≥≤<>~]|\d)"
    # a share or a title held against others: "Defend 32% market share" (not "defend
    # my thesis")
    r"|^\W*defend(?=\s[^,;]{0,40}?\b(?:share|title|position|lead|ranking|rank|crown|record"
    r"|place|spot|status|rating|accreditation|award)s?\b)"
    # "Subcontractors are paid within 30 days, without exception", "Checks are always
    # completed within 24 hours", "Bread quality is kept consistently high": every time
    r"|\bwithout\s+(?:fail|exception)\b"
    r"|(?<![\w-])always(?![\w-])(?=[^.;]{0,40}?\b(?:within|inside|under|before|on\s+time)\b)"
    r"|\b(?:kept|held)\s+(?:(?:consistently|always|reliably)\s+)?(?:high|low|stable|flat)\b"
    # "Payroll on time, every time": a standard met each time
    r"|\bon\s+time,?\s+every\s+(?:single\s+)?(?:time|day|week|month|run|cycle|shift)\b",
    re.IGNORECASE,
)
# "... from 11 to 7 min while resolution stays above 70%": a guardrail beside the move
_GUARDRAIL_BEFORE = re.compile(
    r"\b(?:while|whilst|without|as\s+long\s+as|provided)\b", re.IGNORECASE
)
# "tickets that remain open", "maintainers who stay active": a relative clause that
# says which things are counted, not a level to hold
_RELATIVE_BEFORE = re.compile(r"\b(?:that|who|which)\s+(?:[a-z]+\s+)?$", re.IGNORECASE)
_DEPENDENCY_RE = re.compile(
    r"\b(?:after|once|when|until|following|pending|depends?\s+on|dependent\s+on|"
    r"blocked\s+by|requires|subject\s+to|as\s+soon\s+as|provided|(?:contingent|conditional)\s+on|"
    r"unblocked\s+by|enabled\s+by|gated\s+(?:on|by)|builds?\s+on|rel(?:y|ies)\s+on|needs|"
    r"waits?\s+(?:for|on))\b[^.;]{0,40}?"
    r"(?P<ref>\b(?:O\d+\s*[.\-/]?\s*)?(?:KR|key\s+result)\s*[-#]?\s*(?P<num>\d+))"
    r"(?:\s+(?:is\s+|are\s+|has\s+been\s+|gets\s+)?[a-z]+)?",
    re.IGNORECASE,
)
# what every match of the pattern above contains (lower-cased): texts without any of
# them are not searched (``may_contain``)
_MAINTAIN_CUES = (
    *("let", "not", "n't", "n’t", "never", "times", "stay", "remain", "holds", "than"),
    *("same", "as now", "as today", "as it is", "as we do", "kept", "held", "as always"),
    *("as usual", "as ever", "flat at", "defend", "always"),
    *("consecutive", "straight", "successive", "in a row", "last", "since"),
    *("running", "again", "once", "past", "previous", "recent", "prior", "other"),
    *("hold", "keep", "maintain", "sustain", "protect", "no net", "still", "every"),
    *("without", "unless", "with un", "at any", "budget"),
)
_DEPENDENCY_CUES = ("kr", "key")  # and a digit, which the cue test does not look for
_LEADING_MARKERS = re.compile(
    r"\b(?:leading\s+indicator|predict(?:s|ive|ing)?|early\s+(?:warning|signal|indicator)s?"
    r"|forward[- ]looking|ahead\s+of"
    # "Renewal calls booked 90 days before expiry": counted before the result it predicts
    r"|\d+\+?\s*(?:days?|weeks?|months?)\s+(?:before|prior\s+to)"
    # "Eval pass rate before release": found before it is out
    r"|before\s+(?:the\s+)?(?:release|launch|go-live|shipping)"
    # "Advance ticket bookings for the next 14 days": sold before the result
    r"|(?:advance|forward)(?:\s+[\w-]+){0,2}\s+(?:bookings|sales|orders|reservations"
    r"|[\w-]+\s+(?:sold|booked))"
    # "for the next 14 days", "for next 4 weeks", "for travel next month", "due in the
    # next 60 days", "bookings for next term", "revenue on the books", "future stays"
    r"|(?:for|in|over)\s+(?:travel\s+)?(?:the\s+)?(?:next|coming)\s+(?:\d+\s*)?(?:days?|weeks?"
    r"|months?|season|quarter|term|year)|on\s+the\s+books|future\s+[a-z]+"
    # "Churn-risk accounts flagged", "At-risk members contacted": a risk seen before it
    r"|at[\s-]risk|[a-z]+-risk)\b",
    re.IGNORECASE,
)
# "Adults in employment 12 months after arrival", "Placement rate at 6 months
# post-grad": an outcome measured some time after the event, so after the fact
_LAGGING_MARKERS = re.compile(
    r"\b(?:\d+|one|two|three|six|nine|twelve|eighteen)[\s-]*(?:days?|weeks?|months?|years?)"
    r"\s+(?:after|post|following)\b"
    # "Regressions reported after release", "post-launch defects", "Defects per plot at
    # handover": found once it is out
    r"|\b(?:after|post)[\s-](?:the\s+)?(?:release|launch|go-live|shipping|handover|the\s+fact)\b"
    r"|\bat\s+handover\b"
    # "Missed bin collections per 100,000", "Bin collections missed": a service that
    # failed, counted once it has (not "Buses missing at pull-out", a warning before)
    r"|(?P<failed>\bmissed\b"
    # "Critical bugs found in production": found once it is out
    r"|\b(?:found|reported|detected|caught)\s+in\s+production\b)"
    # "Season-pass holders who don't re-up", "Contracted kW that does not renew": churn
    r"|\b(?:who|that)\s+(?:do(?:es)?\s*(?:not|n['’]t)\s+(?:renew|return|re-?up|come\s+back)"
    r"|stop|stops|cancel|cancels|leave|leaves|lapse|lapses|quit|quits)\b"
    # "Clients in paid work after 12 months", "Tenancies sustained at 12 months": where
    # people stand once a follow-up window has passed
    r"|(?P<follow_up>\b(?:after|at)\s+(?:\d+|one|two|three|six|nine|twelve|eighteen)[\s-]*"
    r"(?:weeks?|months?|years?)\W*$)",
    re.IGNORECASE,
)


def _words(values: Iterable[str] | None) -> list[str]:
    return [v.strip().lower() for v in (values or []) if isinstance(v, str) and v.strip()]


def _classes() -> dict[str, frozenset[str]]:
    return default_lexicon().classes


def _one_word_entries(name: str) -> frozenset[str]:
    """A class's one-word entries, as a phrase's head is written: the lexicon splits
    "drop-in" into two words, a head keeps its hyphen ("Deliver 40 drop-ins")."""
    hyphened = (e.lower() for e in vocab_words(name) if "-" in e and " " not in e)
    return frozenset(e for e in _classes()[name] if " " not in e) | frozenset(hyphened)


@lru_cache(maxsize=1)
def _sets() -> dict[str, frozenset[str]]:
    c = _classes()
    directional = frozenset(
        w for w in c["increase_words"] | c["decrease_words"] if word_info(w.split()[0]).is_verb_base
    )
    completion_verbs = frozenset(
        w
        for w in c["completion_verbs"]
        if w not in _NOT_VERBS and word_info(w.split()[0]).is_verb_base
    )
    return {
        "solution": c["solution_verbs"] | completion_verbs,
        "milestone": c["milestone_verbs"],
        "improvement": c["vague_verbs"] | directional,
        # better, not more or less: "Improve discovery calls" is about the calls' quality
        "qualitative": c["vague_verbs"] - c["increase_words"] - c["decrease_words"],
        "maintain": c["maintain_verbs"],
        "activity_heads": _one_word_entries("activity_nouns"),
        "deliverables": _one_word_entries("deliverable_nouns"),
        "metrics": c["metric_nouns"] | c["impact_words"],
        "movers": frozenset(vocab_words("direction_particle_verbs")) - c["maintain_verbs"],
        "named_metrics": c["lagging_metrics"] | c["leading_metrics"],
        # "Falls reported per 1,000 visit hours": as participles they say what is counted
        "noun_first": frozenset(vocab_words("noun_first_verbs")),
    }


def _moved_by_verb(facts: Facts) -> bool:
    """An imperative whose verb says which way its object moves: a direction verb
    ("Reduce churn") or a verb with its "up" or "down" ("Move churn down", "Push
    NPS up", "Scale down the contractor pool")."""
    return (
        facts.form == "imperative"
        and facts.direction is not None
        and bool(facts.verb_text and facts.direction_words)
        and facts.direction_words[0].startswith(facts.verb_text or "")
    )


def _moves_a_metric(facts: Facts) -> bool:
    """An imperative that moves a metric with a verb that moves things, wherever to:
    "Move 90-day retention to the level the plan needs", "Get NPS to where it was"
    (without a number that is vague, not a task: "Move workloads to AWS" is one)."""
    if facts.form != "imperative" or facts.main_verb not in (sets := _sets())["movers"]:
        return False
    head = facts.object_head
    if not head or _is_activity(facts) or _is_deliverable(facts):
        return False
    return head in sets["metrics"] or head in sets["named_metrics"]


#: a result measured against the plan: "Deliver revenue above plan", "Run ahead of
#: budget on EBITDA", "Finish the year 5% over forecast"
_AGAINST_PLAN_RE = re.compile(
    r"\b(?:above|ahead\s+of|over|beyond|better\s+than|at\s+or\s+above|exceeding)\s+"
    r"(?:the\s+|our\s+)?(?:annual\s+|approved\s+|agreed\s+)?"
    r"(?:plan|budget|forecast|guidance|target)\b",
    re.IGNORECASE,
)
#: verbs that only produce a result when it is set against a plan: delivering or
#: running above plan is doing better than planned, not delivering a thing
_RESULT_VERBS = frozenset(["deliver", "run", "perform", "finish", "end", "close", "land"])
_PLAN_WORDS = frozenset(["plan", "budget", "forecast", "guidance", "target"])
#: what is delivered against a plan besides the metrics the vocabulary names
_RESULT_NOUNS = frozenset(["sale", "sales", "savings", "output", "volume", "ebit", "result"])
_PERIOD_END_VERBS = frozenset(["finish", "end", "close"])
#: a period closed with a result, or ahead of plan: "the year with ...", "Q3 at ...",
#: "the season on ...", "Finish the year ahead of plan"
_PERIOD_WITH_RE = re.compile(
    r"(?:(?:the|this|each|every)\s+)?(?:year|quarter|half|month|season|term|[qh][1-4])"
    r"(?:\s+(?:with|at|on|above|below|under)\b|$)",
    re.IGNORECASE,
)


def _beats_plan(facts: Facts) -> bool:
    """A result set against the plan: nothing delivered ("Deliver above plan") or a
    metric ("Deliver EBITDA 5% above plan"), not a thing ("Deliver the CRM ahead of
    plan")."""
    if facts.main_verb not in _RESULT_VERBS:
        return False
    obj = facts.object or ""
    if facts.main_verb in _PERIOD_END_VERBS and _PERIOD_WITH_RE.match(obj):
        return True  # "Finish the year with an average of 15/20", "End Q3 at 4.5 stars"
    if not _AGAINST_PLAN_RE.search(facts.text):
        return False
    cut = _AGAINST_PLAN_RE.search(obj)  # "cost savings ahead of budget"
    words = (obj[: cut.start()] if cut else obj).lower().split()
    if not words or words[-1] in _PLAN_WORDS or _PERIOD_WITH_RE.fullmatch(" ".join(words)):
        return True
    head = words[-1] if cut else facts.object_head
    if _is_deliverable(facts) or _is_activity(facts):
        return False
    sets = _sets()
    return head in sets["metrics"] or head in sets["named_metrics"] or head in _RESULT_NOUNS


def _allowed(facts: Facts, allow: list[str]) -> bool:
    if not allow:
        return False
    text = facts.text.lower()
    lemmas = set(facts.lemmas) | {t.lower() for t in facts.tokens}
    for phrase in allow:
        if " " in phrase or "-" in phrase:
            if re.search(rf"\b{re.escape(phrase)}\b", text):
                return True
        elif phrase in lemmas or phrase == facts.main_verb or phrase == facts.object_head:
            return True
    return False


def _example(facts: Facts) -> str:
    """An outcome statement to show as a rewrite, picked from the statement's words."""
    table = _suggestion_table()
    candidates = [facts.object_head or ""]
    candidates += [t.lower() for t in facts.tokens] + list(facts.lemmas)
    for word in candidates:
        if word and word in table:
            return table[word]
    what = facts.object or "the result"
    return f"Increase <the measure that {what} should move> from <baseline> to <target>"


@lru_cache(maxsize=1)
def _suggestion_table() -> dict[str, str]:
    return dict(suggestions())


def _quote(*parts: str | None) -> str:
    return " ".join(p for p in parts if p).strip()


#: Things that are activities when someone runs them ("Run 50 coding club sessions",
#: "Hold 12 drop-in clinics", "Run 40 wellbeing check-ins"), but measures of use
#: otherwise ("user sessions", "online check-ins"); a class is an activity in any case
#: (activity_nouns.txt).
_HOSTED = frozenset(
    {"session", "clinic", "course", "lesson", "tour", "exercise", "drive", "club"}
    | {"check-in", "catch-up"}
)
_HOSTING_VERBS = frozenset(
    {"run", "hold", "host", "organise", "organize", "deliver", "give", "facilitate", "lead"}
    | {"teach", "schedule", "stage", "offer"}
)
_FREE_OF_RE = re.compile(r"[a-z]-free\b", re.IGNORECASE)
#: places a business opens: opening them is what a plan delivers ("Open 3 new stores"),
#: where opening accounts or tickets is what customers and staff do
_SITES = frozenset(
    {"store", "shop", "branch", "clinic", "office", "restaurant", "cafe", "café", "outlet"}
    | {"showroom", "depot", "warehouse", "hub", "location", "studio", "gym", "school"}
    | {"campus", "centre", "center", "pharmacy", "practice", "kiosk", "salon", "hotel"}
    | {"site", "facility", "plant", "factory", "lab", "laboratory", "nursery", "surgery"}
)
#: who delivers hours of an activity: "Deliver 3,000 mentoring hours", "Log 400 hours of
#: coaching"
_HOURS_VERBS = _HOSTING_VERBS | {"provide", "log", "complete"}
#: Held days are events when a word names them ("Hold 25 valuation days"), but not
#: bare ("Run 90 days without a lost-time injury" counts a streak).
_HOSTED_NAMED = frozenset({"day", "morning", "afternoon", "evening", "night"})
#: A verb and the thing it counts, an activity together: canvassing ("Knock 200 doors").
_ACTIVITY_PAIRS = frozenset(
    {("knock", "door")}
    # shows put on, counted: "Stage eight relaxed performances"
    | {("stage", head) for head in ("performance", "production", "show", "concert", "play")}
    # meetings held, counted: "Hold 4 quarterly reviews", "Hold 24 ward surgeries" (a
    # councillor's), "Host 6 public hearings"
    | {
        (verb, head)
        for verb in ("hold", "host", "chair", "convene")
        for head in ("review", "surgery", "assembly", "forum", "hearing")
    }
)
#: Work items handled, counted: throughput, an activity ("Answer 500 tickets a week",
#: "triage 30 issues/week"); a share of them is a service level, not a count.
_HANDLING_VERBS = frozenset(
    ["answer", "handle", "triage", "process", "review", "field", "work", "action", "close"]
    + ["resolve", "clear", "respond", "reply"]
)  # fmt: skip
_WORK_ITEMS = frozenset(
    ["ticket", "issue", "request", "query", "inquiry", "enquiry", "case", "email", "message"]
    + ["pr", "bug", "question", "complaint", "call", "claim"]
    + ["invoice", "application", "referral", "refund"]  # "Process 62,000 invoices"
    # what an audit or inspection raised: "Close 19 corrective actions"
    + ["action", "finding", "deficiency", "non-conformity", "nonconformity", "observation"]
)  # fmt: skip
#: Verbs of a service done to each of many people or things: counting them counts the
#: work ("Vaccinate 30,000 children", "Spray 12,000 homes", "Hand out 38,000 parcels"),
#: while a share of those who need it ("Vaccinate 95% of children") is coverage.
_SERVICE_VERBS = frozenset(
    ["vaccinate", "immunise", "immunize", "deworm", "screen", "spray", "fumigate"]
    + ["distribute", "clean", "inspect", "canvass", "tutor", "mentor", "counsel"]
)  # fmt: skip
#: "hand out", "give out": a service verb in two words
_HANDING_OUT_RE = re.compile(r"(?:hand|give|send|dish|pass)(?:s|ed|ing)?\s+out\b", re.IGNORECASE)
#: the hours of an activity delivered: "1,400 hours of tutoring", "3,000 mentoring hours"
_ACTIVITY_HOURS_RE = re.compile(
    r"\b[a-z]+ing\s+hours\b|\bhours\s+of\s+(?:[\w-]+\s+)?[a-z]+ing\b", re.IGNORECASE
)


# "Claims handled per adjuster per week 22 → 26": a count of work items handled
_HANDLED_RE = re.compile(
    r"^(?:[\w-]+\s+){0,2}?(?P<items>[a-z]+s)\s*(?P<verb>handled|answered|processed|closed"
    r"|resolved|triaged|cleared|actioned)\b(?!\s+(?:in\s+under|on\s+time|at\s+first|first))",
    re.IGNORECASE,
)


def _handled_count(facts: Facts) -> str | None:
    """Work items handled, counted (not a share, not a time: "Grievances resolved at
    first stage: 45% -> 65%" is a rate of good outcomes)."""
    if facts.unit is not None or not facts.measures or "within" in facts.text.lower():
        return None
    match = _HANDLED_RE.match(facts.core or facts.text)
    if match is None or word_info(match["items"].lower()).lemma("NOUN") not in _WORK_ITEMS:
        return None
    return f"{match['items']} {match['verb']}"


#: a level right after what is held: "at 45 or under", "below 30", "at 12%", "at 30 days"
#: (but "at 12 schools" is where the open days are held)
_LEVEL_AFTER_RE = re.compile(
    r"\s*(?:at|below|under|above|over|within)\s+(?:or\s+(?:below|under|above|over)\s+)?"
    r"[£$€~]?\d[\d,.]*\s*(?:%|or\b|and\b|days?\b|$)",
    re.IGNORECASE,
)


def _after_object(facts: Facts) -> str | None:
    """The statement's words after its object ("... at 45 or under"), or None when it
    has no object or the object is not found in it as written."""
    obj, core = facts.object, facts.core or facts.text
    at = core.lower().find(obj.lower()) if obj else -1
    return core[at + len(obj) :] if obj and at >= 0 else None


def _held_at_level(facts: Facts) -> bool:
    """ "Hold debtor days at 30", "Hold used-car stock days at 45 or under": a number of
    days kept at a level is a measure, not days held as events ("Hold 4 open days")."""
    rest = _after_object(facts)
    return rest is not None and _LEVEL_AFTER_RE.match(rest) is not None


def _is_activity(facts: Facts) -> bool:
    head = facts.object_head
    if not head:
        return False
    if head == "visit" and _public_visits(facts.object or "", facts.aim_text):
        return False  # "library visits", "visits to the paddling pools": people come
    activity_heads = _sets()["activity_heads"]
    if head in activity_heads:
        return True
    if head in _HOSTING_VERBS or head in _HOSTED:
        # "school outreach sessions run by librarians": what is held, and by whom;
        # "outreach sessions", "training clinics": an activity names the sessions
        words = [
            word_info(w).lemma("NOUN") for w in re.findall(r"[a-z]+", (facts.object or "").lower())
        ]
        if (
            head in _HOSTING_VERBS
            and len(words) > 1
            and (words[-2] in _HOSTED or words[-2] in activity_heads)
        ):
            return True
        if head in _HOSTED and any(w in activity_heads for w in words[:-1]):
            return True
    verb = facts.main_verb
    if verb in _HOSTING_VERBS:
        if head in _HOSTED and not _FREE_OF_RE.search(facts.object or ""):
            return True  # but "crash-free sessions" are a rate of use, not events
        if head in _HOSTED_NAMED and facts.object and not _held_at_level(facts):
            words = re.findall(r"[a-z]+", facts.object.lower())
            if words and word_info(words[0]).lemma("NOUN") != head:
                return True
    if (verb, head) in _ACTIVITY_PAIRS:
        return True
    # work done to each of many, counted: "Answer 500 tickets a week", "Vaccinate 30,000
    # children", "Deliver 3,000 mentoring hours" (a share of them is a service level)
    handled = verb in _HANDLING_VERBS and head in _WORK_ITEMS
    if handled or (
        verb in _SERVICE_VERBS
        or _HANDING_OUT_RE.match(facts.verb_text or "")
        or (
            head == "hour"
            and verb in _HOURS_VERBS
            and _ACTIVITY_HOURS_RE.search(facts.object or "")
        )
    ):
        counted = facts.object_quantity
        if counted is not None and counted.kind == "number" and not facts.object_share:
            return True
        if handled:
            return False
    if _served_count(facts.object or ""):
        return True
    # a two-word activity whose last word alone is ambiguous: "training sessions"
    return _names_phrase("activity_nouns", (facts.object or "").lower(), head)


#: "the number of farmers trained", "the number of tickets handled": a count of those
#: a service was done to, or of work items handled
_SERVED_COUNT_RE = re.compile(
    r"^(?:the\s+)?(?:number|count|total)\s+of\s+(?:[\w-]+\s+){0,3}?(?P<items>[a-z]+)\s+"
    r"(?P<verb>[a-z]+ed)\b",
    re.IGNORECASE,
)


def _served_count(text: str) -> bool:
    match = _SERVED_COUNT_RE.match(text)
    if match is None:
        return False
    verb = word_info(match["verb"].lower()).lemma("VERB")
    if verb in _TRAINING_VERBS or verb in _SERVICE_VERBS:
        return True
    items = word_info(match["items"].lower()).lemma("NOUN")
    return verb in _HANDLING_VERBS and items in _WORK_ITEMS


#: places people visit of their own accord: their visits are use, not a team's calls
_VENUES = frozenset(
    ["library", "libraries", "museum", "museums", "gallery", "galleries", "pool", "pools"]
    + ["park", "parks", "zoo", "gym", "gyms", "theatre", "theatres", "cinema", "venue", "lido"]
    + ["venues", "attraction", "attractions", "beach", "beaches", "garden", "gardens"]
    + ["website", "web", "app", "portal", "shop", "shops", "showroom", "stadium"]
)
#: who a team visits: "visits to tenants", "visits to the 40 partner schools"
_VISITED = frozenset(
    ["customer", "client", "school", "home", "household", "tenant", "patient", "member"]
    + ["farm", "supplier", "partner", "resident", "family", "site", "account", "prospect"]
)
_VISITS_TO_RE = re.compile(r"\bvisits?\s+(?:to|at)\s+(?:the\s+|our\s+|a\s+|\d[\d,]*\s+)*([a-z-]+)")


def _public_visits(obj: str, text: str) -> bool:
    """Visits that people pay to a place ("library visits", "visits to the paddling
    pools"), not those a team pays ("home visits", "visits to partner schools")."""
    words = re.findall(r"[a-z]+", obj.lower())
    k = next((i for i, w in enumerate(words) if w in ("visit", "visits")), -1)
    if k > 0 and words[k - 1] in _VENUES:
        return True
    lower = text.lower()
    m = _VISITS_TO_RE.search(lower)
    if m is None:
        return False
    place = re.findall(r"[a-z]+", lower[m.start(1) :])[:6]
    return any(w in _VENUES for w in place) and not any(
        word_info(w).lemma("NOUN") in _VISITED for w in place
    )


@cache
def _phrases(name: str) -> tuple[tuple[str, int, str], ...]:
    """(entry, its word count, its last word) for the multi-word entries of a class
    ("sales call", "roadmap item")."""
    return tuple(
        (entry, len(entry.split()), entry.split()[-1]) for entry in _classes()[name] if " " in entry
    )


@lru_cache(maxsize=65_536)
def _names_phrase(name: str, object_lower: str, head: str) -> bool:
    """The object holds a multi-word entry of the class ``name`` that ends in its head."""
    words = [word_info(w).lemma("NOUN") for w in re.findall(r"[a-z]+", object_lower)]
    return any(
        " ".join(words[i : i + size]) == entry and last == head
        for entry, size, last in _phrases(name)
        if last == head
        for i in range(len(words))
    )


#: what others make of a piece of work: counting the pieces so judged counts an effect
_JUDGED = frozenset(
    ["rated", "graded", "scored", "accepted", "approved", "funded", "awarded", "selected"]
    + ["shortlisted", "cited", "commended", "endorsed", "upheld", "won"]
)


def _judged(facts: Facts) -> bool:
    """The counted things passed someone else's judgement ("impact case studies rated
    3* or above", "accepted conference talks", "grant proposals funded")."""
    return any(word in _JUDGED for word in re.findall(r"[a-z]+", (facts.object or "").lower()))


def _cuts_back(facts: Facts) -> bool:
    """The statement lowers a count ("Reduce the number of meetings per engineer from
    12 to 6", "Cut status meetings by half"): worded so, or from a higher number."""
    if facts.direction == "decrease":
        return True
    return facts.baseline is not None and facts.target is not None and facts.target < facts.baseline


def _is_deliverable(facts: Facts) -> bool:
    head = facts.object_head
    if not head:
        return False
    return head in _sets()["deliverables"] or _names_phrase(
        "deliverable_nouns", (facts.object or "").lower(), head
    )


def _money_move(facts: Facts) -> bool:
    """A move between two sums of money of an object that can be a metric: what it is
    worth changes ("Build qualified pipeline from $7.5M to $12M"), which no deliverable
    does. ("Launch the upgrade flow and use it to lift MRR from $40k to $70k" moves
    MRR, but prescribes the flow.)"""
    if (
        facts.baseline is None
        or facts.target is None
        or facts.object_head not in _sets()["metrics"]
    ):
        return False
    money = {q.value for q in facts.measures if q.kind == "money"}
    return facts.baseline in money and facts.target in money


def _measures_metric(facts: Facts) -> bool:
    """The statement moves a measure: a metric noun as its head and a number."""
    head = facts.object_head
    counted = facts.object_quantity
    if counted is not None and counted.unit == "times":
        return False  # "Stream 3 times per week": how often, not a time that is measured
    return bool(
        facts.measures
        and head
        and head in _sets()["metrics"]
        and not _is_activity(facts)
        and not _is_deliverable(facts)
    )


# ------------------------------------------------------------------- KR002
def solution_hit(facts: Facts, options: Options | None = None) -> Hit | None:
    """KR002: the KR prescribes a solution, task or deliverable, or counts an activity,
    on its own or joined to the outcome it should cause."""
    options = options or {}
    hit = _solution_hit(facts, options)
    if hit is None and len(facts.parts) > 1 and not _allowed(facts, _words(options.get("allow"))):
        hit = _bundled_task(facts.parts, options)
    return hit


def _bundled_task(parts: tuple[Facts, ...], options: Options) -> Hit | None:
    """A clause that is a task joined to one that moves a number: "Open a discharge
    lounge and cut delayed discharges from 60 to 25 per week", "Cut offer time from
    120 to 60 days; publish a queue dashboard". The outcome is the key result; the
    task is how the team means to get there."""
    outcome = next(
        (
            part
            for part in parts
            if (part.target is not None or part.change is not None)
            and _solution_hit(part, options) is None
        ),
        None,
    )
    if outcome is None:
        return None
    for part in parts:
        if part is outcome or not (hit := _solution_hit(part, options)):
            continue
        task = part.core or part.text
        return Hit(
            hit.words,
            f"joins a task ('{task}') to the outcome it should cause ('{outcome.core}'): the "
            "task is how, not what changes",
            "keep the outcome as the key result, and track the task as an initiative (or "
            "in a key result of its own if its effect can be measured)",
        )
    return None


def _solution_hit(facts: Facts, options: Options) -> Hit | None:
    if _allowed(facts, _words(options.get("allow"))):
        return None
    sets = _sets()
    extra = frozenset(_words(options.get("extra_verbs")))
    solution = sets["solution"] | extra
    verb = facts.main_verb
    if extra and facts.form == "noun_phrase" and facts.tokens and facts.tokens[0].lower() in extra:
        # a word of the team's that no dictionary knows as a verb ("Digitalise the
        # billing app") opens a noun phrase, but the config says it is a task
        return Hit(
            (facts.tokens[0],),
            f"describes a deliverable or task ('{facts.tokens[0]}') instead of the change it "
            "should cause",
            f"state the change it should cause, e.g. '{_example(facts)}'",
        )
    capability = _capability(facts)
    if capability:
        return Hit(
            (capability,),
            f"describes a capability to build ('{capability}') instead of the change it "
            "should cause",
            "state what its use should change, e.g. 'Raise the share of orders placed "
            "this way from X% to Y%'",
        )
    if progress := _deliverable_progress(facts):
        return Hit(
            (progress,),
            f"tracks how much of a deliverable is done ('{progress}') instead of the change "
            "it should cause",
            f"state the change it should cause, e.g. '{_example(facts)}'",
        )
    # "Never ship a P1 bug": a record of none to keep, not a task ("Never drop below 2
    # uploads a week" still counts an activity)
    if facts.form == "imperative" and verb and not _NEVER_RE.match(facts.core or facts.text):
        if verb in sets["maintain"] and not _is_activity(facts):
            return None
        if _decided_by_others(facts):
            return None  # "The school board adopts the policy": decided by others
        if verb in _REACHING_VERBS and _verdict(facts):
            return None  # "Move the school from Requires Improvement to Good": a grade
        if _beats_plan(facts):
            return None  # "Deliver revenue above plan": a result against the plan
        # "Move churn down" and "Move retention to the level we need" move a metric
        task = verb in solution or _task_by_object(facts)
        if task and not (_moved_by_verb(facts) or _moves_a_metric(facts)):
            migrated = facts.object_share and _migrated_share(facts)
            trained = facts.object_share and verb in _TRAINING_VERBS
            if (
                (facts.object_share and not migrated and not trained)
                or _measures_metric(facts)
                or _money_move(facts)
                or (facts.unit == "percent" and facts.target is not None and _timely_plural(facts))
            ):
                return None  # "Deliver 95% of exports within a day", "Patch critical
                # CVEs within 72 hours in 95% of cases": a service level
            # places counted as they open are what a plan delivers ("Open 3 new stores");
            # "Open a hub so that waits fall from 6 days to 2" joins a task to its
            # outcome (below)
            opened = (
                verb == "open" and facts.object_head in _SITES and facts.object_quantity is not None
            )
            concrete = (
                _is_deliverable(facts) or _is_activity(facts) or migrated or trained or opened
            )
            counted = (
                facts.object_quantity is not None
                or facts.baseline is not None
                # "Realise savings of 450 T€ p.a.", "Realize material cost down 3 %": a
                # sum or a change to reach
                or (
                    verb in _SUM_VERBS
                    and any(q.kind in ("money", "percent") for q in facts.measures)
                )
            )
            if verb in _WEAK_SOLUTION and not concrete and (counted or verb in _GENERIC_VERBS):
                return None  # "Add 500 paying customers", "Get three customers live"
            if (
                facts.comparatives
                and verb in _WEAK_SOLUTION
                and not _BOUND_THAN_RE.search(facts.core or facts.text)
            ):
                return None  # "Deliver more ...": a change; "no fewer than 4": a count
            trigger = _quote(facts.verb_text, facts.object)
            return Hit(
                (facts.verb_text or verb,),
                f"describes a deliverable or task ('{trigger}') instead of the change it "
                "should cause",
                f"state the change it should cause, e.g. '{_example(facts)}'",
            )
    if (
        facts.form in ("imperative", "noun_phrase")
        or (facts.form == "state" and facts.target is not None)  # "Demos booked: 40 → 90"
    ) and _is_activity(facts):
        if verb in sets["maintain"] and verb != "hold":
            return None
        if verb in sets["qualitative"] and not facts.measures:
            return None  # "Improve discovery calls", "Level up the tutorial": no count
        if (
            verb in sets["milestone"]
            and verb not in _GENERIC_VERBS
            and not (verb in _HANDLING_VERBS and facts.object_head in _WORK_ITEMS)
        ):  # "Close 2,000 tickets" is work handled, "Close 3 deals" the result of one
            return None  # "Pass the licence inspection", "Win 3 pitches": the result of one
        if _cuts_back(facts):
            return None  # fewer meetings is time given back: the effect, not the activity
        if facts.unit == "percent" and facts.target is not None and facts.object_quantity is None:
            return None  # "Calls with a responder on scene in 6 min: 70% -> 80%" is a rate
        if facts.object_share and _timely_plural(facts):
            return None  # "Answer 90% of calls within 60 seconds": a service level
        if _judged(facts):
            return None  # "case studies rated 3* or above", "proposals funded": the effect
        if facts.target == 0 and facts.baseline is None:
            return None  # "Zero never events on the ward": nobody aims at none of an activity
        trigger = facts.object or facts.object_head or ""
        return Hit(
            (trigger,),
            f"counts an activity ('{trigger}') rather than its effect",
            f"measure what the activity should achieve, e.g. '{_example(facts)}'",
        )
    if version := _versioned(facts):
        return Hit(
            (version,),
            f"describes a deliverable ('{version}') instead of the change it should cause",
            f"state the change it should cause, e.g. '{_example(facts)}'",
        )
    if facts.form in ("state", "noun_phrase") and (handled := _handled_count(facts)):
        return Hit(  # "Tickets handled/agent/day 35 → 45": work done, counted
            (handled,),
            f"counts an activity ('{handled}') rather than its effect",
            f"measure what handling them should achieve, e.g. '{_example(facts)}'",
        )
    if facts.form == "imperative" and not facts.aims and (means := _means(facts, solution)):
        return Hit(  # "Boost engagement by adding overlays": the means, and no aim
            (means,),
            f"prescribes the means ('{means}') and no measure of the change it should cause",
            f"state the change it should cause, e.g. '{_example(facts)}'",
        )
    if facts.form == "state" and not (verb in sets["maintain"] and not _is_activity(facts)):
        done = facts.state in _COMPLETION_STATES  # not "ROAS ≥3.0x, held through Q4"
        if (verb in solution or done) and verb not in sets["milestone"] | sets["noun_first"]:
            if facts.object_head in _GRANTS or (
                _STANDARD_RE.match(facts.object or "") and facts.state != "ready"
            ):
                return None  # "FCC cert done by 15/09", "SOC 2 Type II ✔": granted by others
            if (
                _measures_metric(facts)
                or any(q.kind == "percent" for q in facts.measures)
                or _names_a_share(facts)
            ):
                return None  # "Orders delivered within 48 hours: 62% to 80%" is a rate
            if _timely_plural(facts):
                return None  # "Repair jobs finished within their target time": a rate
            if (
                facts.target is not None
                and not _is_deliverable(facts)
                and any(q.kind == "money" and q.value == facts.target for q in facts.measures)
            ):
                return None  # "Cash released from part-exchange stock: £2.4m": a sum
            if _starts_with_ceiling(facts.object or ""):
                return None  # "No more than 2 hours from prescription to medicines ready"
            trigger = _quote(facts.object, facts.verb_text or facts.state)
            return Hit(
                (facts.verb_text or facts.state or "",),
                f"describes a deliverable ('{trigger}') instead of the change it should cause",
                f"state the change it should cause, e.g. '{_example(facts)}'",
            )
    return None


#: a word right after a share that says how much of a piece of work is done
_DONE_AFTER_RE = re.compile(
    r"\s*(complete|completed|done|finished|delivered|installed)\b", re.IGNORECASE
)
#: a share of each of many things in a time each ("within 5 days"): a service level
_WITHIN_EACH_RE = re.compile(r"\bwithin\s+(?:\d|one|two|three|a\s|an\s)", re.IGNORECASE)


def _deliverable_progress(facts: Facts) -> str | None:
    """A share of one deliverable done: "Complete 60% of the depot retrofit", "Digital
    X-ray rollout 80% complete", "ERP migration 40% -> 100% done". The work is the
    key result, counted as it goes; not "Complete 95% of onboardings within 5 days",
    a share of many things each done in time."""
    if facts.unit != "percent" or facts.target is None:
        return None
    # the verb ("Complete 60% of ...") or right after the share ("80% complete"), not
    # anywhere ("... without growing finished-goods stock")
    done = facts.verb_text if facts.main_verb in ("complete", "finish") else None
    for q in facts.measures:
        after = _DONE_AFTER_RE.match(facts.text, q.end) if q.value == facts.target else None
        done = done or (after.group(1) if after else None)
    head = facts.object_head
    if done is None or not head or _plural_object(facts):
        return None
    named = {word.lower() for word in facts.classes.get("solution_verbs", ())}
    if head not in named and not _is_deliverable(facts):
        return None
    text = facts.core or facts.text
    if _TIMELINESS_RE.search(text) or _WITHIN_EACH_RE.search(text):
        return None
    return f"{facts.object} {done}"


#: a short name and its version, nothing else: "Onboarding v2", "Python 3.12" (where
#: the dotted number is a version, not an amount: "Rating 4.6" is a level)
_VERSIONED_RE = re.compile(r"(?:[A-Za-z][\w&/-]*\s+){1,3}(?:[vV]\d+(?:\.\d+)*|\d+\.\d+(?:\.\d+)*)")


def _versioned(facts: Facts) -> str | None:
    """A key result that is only a thing and its version: a release to ship."""
    text = (facts.core or facts.text).strip(" .")
    if facts.form != "noun_phrase" or facts.measures or not _VERSIONED_RE.fullmatch(text):
        return None
    return text


def _starts_with_ceiling(text: str) -> bool:
    """A subject that is a bounded amount ("No more than 2 hours from prescription to
    medicines ready"): the time or count something takes, a measure."""
    digit = re.search(r"\d", text)
    return digit is not None and _CEILING_BEFORE.match(text, 0, digit.start()) is not None


# a time standard each item is held to, not a deadline for the whole: "on time",
# "within their target time", "within SLA", "within 48 hours" (a duration)
_TIMELINESS_RE = re.compile(
    r"\b(?:on|in)\s+time\b|\bwithin\s+(?:the\s+|their\s+|its\s+)?(?:target|agreed|sla"
    r"|standard|promised|expected)\b",
    re.IGNORECASE,
)


def _plural_object(facts: Facts) -> bool:
    """The object names several things: its last word is a plural noun ("jobs", "the
    rest of the servers", "refund requests"), or an acronym's plural ("DAGs"). Not "The
    Wharf 88", whose head the analyser reads as the number."""
    words = re.findall(r"[A-Za-z]+", facts.object or "")
    if not words:
        return False
    last = words[-1].lower()
    return bool(_ACRONYM_PLURAL_RE.fullmatch(words[-1])) or word_info(last).lemma("NOUN") != last


_ACRONYM_PLURAL_RE = re.compile(r"[A-Z]{2,}s")
# "the remaining 30 DAGs", "the rest of the servers": some are done already
_REMAINING_RE = re.compile(
    r"(?:(?:the|our|all|all\s+the)\s+)?(?:remaining|rest\s+of)\b", re.IGNORECASE
)


def _timely_plural(facts: Facts) -> bool:
    """Plural things done to a time standard ("jobs finished within their target
    time", "orders shipped on time", "pallets staged by 05:30, today around 06:15"):
    the share that meets it, or the cut-off itself, is measured."""
    if not _many(facts):
        return False  # no object, or a singular one: "Website launched on time"
    text = facts.core or facts.text
    return (
        bool(_TIMELINESS_RE.search(text))
        or any(q.role == "duration" for q in facts.quantities)
        or (facts.unit == "time of day" and facts.baseline is not None)  # a cut-off moved
    )


_MEANS_RE = re.compile(r"\b(?:by|through|via)\s+([a-z]+ing)\b", re.IGNORECASE)


#: "with a new end screen", "via a new referral page": a new deliverable as the means
_NEW_THING_RE = re.compile(
    r"\b(?:with|w/|via|through|using)\s+(?:an?\s+|the\s+|our\s+)?new\s+"
    r"((?:[a-z][\w-]*\s+){0,3}?([a-z][\w-]*))(?=\s*(?:$|[,;.!?(]|\s(?:and|so|to|for|in|by)\b))",
    re.IGNORECASE,
)


def _means(facts: Facts, solution: frozenset[str]) -> str | None:
    """ "by adding overlays", "through launching a referral scheme": a task given as
    the way to the aim, its -ing verb one of the solution verbs; or a new deliverable
    ("Boost conversion w/ a new end screen")."""
    text = facts.core or facts.text
    match = _MEANS_RE.search(text)
    if match is not None:
        lemma = word_info(match.group(1).lower()).lemma("VERB")
        return match.group(0) if lemma in solution else None
    thing = _NEW_THING_RE.search(text)
    if (
        thing is not None
        and word_info(thing.group(2).lower()).lemma("NOUN") in _sets()["deliverables"]
    ):
        return thing.group(0)
    return None


# ------------------------------------------------------------------- KR001
#: "Never miss a payroll cut-off", "Don't ship a P1 bug": a record of none to keep
#: (KR007), not a task to do or a thing to get done
_NEVER_RE = re.compile(rf"{_SPEAKER}(?:never|do\s+not|don['’]?t)\b", re.IGNORECASE)


#: "% of critical vulns patched within SLA", "Share of staff trained": the name of a
#: share, whose level is missing (KR004), not a thing done once or a task
_SHARE_NAMED_RE = re.compile(
    r"(?:%\s*|(?:the\s+)?(?:percent(?:age)?|share|proportion|fraction)\s+)of\b", re.IGNORECASE
)


def _names_a_share(facts: Facts) -> bool:
    """The statement opens with a share's name ("% of ...", "Share of ..."); the
    statement proper (``core``) starts after a leading "%", read as a bullet."""
    core = facts.core or facts.text
    if _SHARE_NAMED_RE.match(core):
        return True
    before = facts.text[: max(facts.text.find(core), 0)].rstrip()
    return core[:3].lower() == "of " and before.endswith("%")


def binary_hit(facts: Facts, options: Options | None = None) -> Hit | None:
    """KR001: done or not done, with no quantity to make partial progress on."""
    if facts.measures or _NEVER_RE.match(facts.core or facts.text) or _names_a_share(facts):
        return None
    if _OPEN_GAP_RE.search(facts.core or facts.text):
        return None  # "Close the gap with the leader": a gap narrows by degrees (KR009)
    if _turnaround(facts):
        return None  # "Refund requests get answered within 4 hours": a service level
    capability = _capability(facts)
    if capability:
        return Hit(
            (capability,),
            f"can only be done or not done ('{capability}' is a feature that exists or "
            "not): there is no quantity to make partial progress on",
            "measure its use or what it changes, e.g. 'Raise the share of orders "
            "placed this way from X% to Y%'",
        )
    sets = _sets()
    verb = facts.main_verb
    doing = sets["solution"] | sets["milestone"]
    trigger: str | None = None
    if _keeps_status(facts):
        trigger = _quote(facts.verb_text, facts.object)  # kept or lost
    elif _gains_a_grant(facts) and not _recurring(facts):
        # "Gain AS9100 certification"; not "Earn a 5-star rating at every site every week"
        trigger = _quote(facts.verb_text, facts.object)
    elif facts.form == "imperative" and (verb in doing or _task_by_object(facts)):
        if verb in sets["improvement"] or facts.comparatives or _moved_by_verb(facts):
            return None
        if _recurring(facts):
            return None  # "Run weekly falls huddles", "Train every server": done many times
        if _moves_a_metric(facts) or _beats_plan(facts):
            return None
        if verb in sets["maintain"] and not _is_activity(facts):
            return None
        if verb in _GENERIC_VERBS - {"get"} and not (_is_deliverable(facts) or _is_activity(facts)):
            return None
        trigger = _quote(facts.verb_text, facts.object)
    elif facts.form == "state" and (
        verb in doing or facts.state in _COMPLETION_STATES or _got_done(facts)
    ):
        if verb in sets["improvement"] or verb in sets["maintain"] or verb in sets["noun_first"]:
            return None
        if _EACH_OF_MANY_RE.match(facts.object or "") and _plural_head(facts):
            return None  # "All operators must be trained on the SOP": one by one
        trigger = _quote(facts.object, facts.verb_text or facts.state)
    elif facts.form == "noun_phrase" and facts.object_head in _GRANTS and not facts.aims:
        trigger = facts.object  # "EASA Part-145 approval for the Liege station"
    elif passive := _passive_done(facts):
        trigger = passive  # "Be named the official clinic partner": it happens or not
    elif verdict := _verdict(facts):
        # "Ofsted 'Good'", "Exit special measures at the next inspection"
        return Hit(
            (verdict,),
            f"can only be done or not done (a grade or verdict given once: '{verdict}'): "
            "there is no quantity to make partial progress on",
            "measure what the inspection or audit judges, e.g. 'Cut open inspection actions "
            "from 12 to 2'",
        )
    elif version := _versioned(facts):
        trigger = version  # "Onboarding v2", "Mobile app v2.1": a version to ship
    if not trigger or (_REMAINING_RE.match(facts.object or "") and _plural_object(facts)):
        return None  # "Migrate the remaining DAGs": some are done, progress is partial
    if _lists_things(facts) or sum(_solution_hit(part, {}) is not None for part in facts.parts) > 1:
        return None  # "Launch card payments, savings pots and a referral programme",
        # "Launch the app and move permits onto it": each thing done is progress
    return Hit(
        (facts.verb_text or facts.state or trigger,),
        f"can only be done or not done ('{trigger}'): there is no quantity to make "
        "partial progress on",
        f"measure the result it should bring, e.g. '{_example(facts)}'",
    )


#: a grade that inspectors, auditors or a customer's scorecard give: "Ofsted 'Good'",
#: "CQC rating moves from Requires Improvement to Good", "scorecard back to Green status"
_GRADED_RE = re.compile(
    r"\b(?:ratings?|rated|re-?rates?|grades?|graded|status|scorecard|verdict)\b", re.IGNORECASE
)
_GRADES = r"good|outstanding|requires\s+improvement|green"
_QUOTE = r"['‘’\"]"
_QUOTED_GRADE_RE = re.compile(rf"{_QUOTE}(?:{_GRADES}){_QUOTE}", re.IGNORECASE)
#: a grade as what is reached or given: "to Good", "as Outstanding", "rating Good"
_GRADE_RE = re.compile(
    r"\b(?:to|as|rated|rating|status(?:\s+of)?|grade)\s+"
    rf"(?P<grade>{_GRADES})\b",
    re.IGNORECASE,
)
#: one grade to another: "from Requires Improvement to Good", "from amber to green"
_GRADE_MOVE_RE = re.compile(
    rf"\bfrom\s+{_QUOTE}?(?:{_GRADES}|inadequate|amber|red){_QUOTE}?"
    rf"\s+to\s+{_QUOTE}?(?:{_GRADES})\b",
    re.IGNORECASE,
)
#: verbs that reach or keep a grade: "Exit special measures", "Regain 'Outstanding'"
_REACHING_VERBS = frozenset(
    ["exit", "leave", "pass", "achieve", "attain", "earn", "get", "gain", "secure", "obtain"]
    + ["reach", "receive", "retain", "regain", "keep", "hold", "move", "improve", "raise"]
    + ["lift", "return", "restore", "win"]
)  # fmt: skip
#: a verdict given once, at one inspection or audit: "Exit special measures at the spring
#: inspection", "an unqualified audit opinion"
_VERDICT_RE = re.compile(
    r"\bat\s+(?:the\s+|its\s+|our\s+|their\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:re-?inspection|inspection|audit)\b"
    r"|\b(?:unqualified|clean)\s+(?:audit\s+)?opinion\b",
    re.IGNORECASE,
)
_VERDICT_CUES = ("inspection", "audit", "opinion", "good", "outstanding", "improvement", "green")


def _verdict(facts: Facts) -> str | None:
    """A grade or verdict that others give at one inspection or audit: it is given or
    not, with nothing in between ("Ofsted grades the service 'good' at the next
    inspection", "Unqualified audit opinion on the 2025/26 accounts"). Not a rating
    that moves by degrees ("Lift the Google rating from 4.3 to 4.6": a quantity)."""
    text = facts.core or facts.text
    if facts.comparatives or not may_contain(text, _VERDICT_CUES):
        return None
    if facts.form == "imperative" and facts.main_verb not in _REACHING_VERBS:
        return None  # "Close all findings at the next audit": a task, finding by finding
    quoted = _QUOTED_GRADE_RE.search(text)
    if quoted is not None:
        return quoted.group(0).strip("'‘’\"")  # "Ofsted 'Good'"
    if _GRADED_RE.search(text) or _GRADE_MOVE_RE.search(text):
        grade = _GRADE_RE.search(text)  # "from Requires Improvement to Good"
        if grade is not None:
            return grade.group("grade")
    verdict = _VERDICT_RE.search(text)
    return verdict.group(0) if verdict is not None else None


#: "Be named ...", "Be officially shortlisted for ...": a passive stated as the goal
_BE_PASSIVE_RE = re.compile(r"be\s+(?:[a-z]+ly\s+)?(?P<done>[a-z]+)\b", re.IGNORECASE)
#: how others see us ("Be seen as the friendliest practice", "Be known for kindness"):
#: a reputation, vague rather than done or not done
_PERCEIVED = frozenset(
    ["see", "know", "regard", "perceive", "consider", "view", "trust", "love", "like"]
    + ["respect", "admire", "value", "think", "rate", "rank"]
)


def _passive_done(facts: Facts) -> str | None:
    """A key result that asks to have something done to us, with no quantity ("Be named
    the official clinic partner", "Be shortlisted for the national award"): as with
    "Get named ...", it happens or it does not. Not how we are seen or rated ("Be seen as
    ...", "Be ranked ..."), which is a reputation or a position, not an event."""
    if facts.form != "noun_phrase":
        return None
    match = _BE_PASSIVE_RE.match(facts.core or facts.text)
    if match is None:
        return None
    done = word_info(match["done"].lower())
    if not done.is_vbn or done.lemma("VERB") in _PERCEIVED:
        return None
    return match[0]


#: three or more things in a row: "card payments, savings pots and a referral programme"
_SERIES_RE = re.compile(r"[^\s,],\s+(?P<next>[\w'’-]+)[^,]*?,?\s+(?:and|&)\s+\S", re.IGNORECASE)


def _lists_things(facts: Facts) -> bool:
    """The object is a list of three or more things, each done on its own: "Migrate
    routing, telematics and invoicing to a single TMS" (not "Design, build and launch
    the app", a list of verbs, nor "Publish the policy, signed by the CEO and the
    board", a phrase after a comma)."""
    thing = facts.object
    if not thing or "," not in facts.text:
        return False
    first = thing.split()[0].lower()
    if word_info(first).is_verb_base and first in _sets()["solution"]:
        return False
    aim = facts.aim_text
    at = aim.find(thing)
    series = _SERIES_RE.search(aim, at) if at >= 0 else None
    if series is None:
        return False
    # the list is the object's, not a phrase's after it ("the battle pass on PC, PS5
    # and Xbox": one pass, on three platforms)
    lead = aim[at : series.start() + 1].split()
    if any(word_info(word.lower().strip("'’")).function == "ADP" for word in lead):
        return False
    after = word_info(series["next"].lower())
    return not (after.function or after.is_vbn or after.is_vbg)


#: "Customers can pre-order for curbside pickup", "Every driver can see their route on
#: a tablet": a capability, stated as what people can do
_CAPABILITY_RE = re.compile(
    r"^(?P<every>(?:all|every|each|our|the)\s+)?(?:[a-z][\w-]*\s+){0,2}?(?P<who>[a-z][\w-]*)"
    r"\s+(?:can|are\s+able\s+to|is\s+able\s+to)\s+(?:now\s+|already\s+)?(?P<verb>[a-z][\w-]*)",
    re.IGNORECASE,
)


_ATTITUDE_VERBS = frozenset(
    ["rely", "trust", "count", "depend", "feel", "expect", "enjoy", "love", "believe"]
)


def _capability(facts: Facts) -> str | None:
    """People who can do something ("Clients can sign deeds remotely by video"), with
    no number: a feature that exists or not, whose use or effect is not measured. A
    share or a limit ("80% of customers can self-serve refunds", "Every nurse can open a
    record within 2 minutes") measures how well it works."""
    text = facts.core or facts.text
    if facts.aims or not may_contain(text, ("can", "able")):
        return None
    match = _CAPABILITY_RE.match(text)
    if match is None:
        return None
    if match["verb"].lower() in _ATTITUDE_VERBS:
        return None  # "Customers can rely on us": a hope, not a feature
    who = word_info(match["who"].lower())
    if not (who.is_plural_noun or (match["every"] and "NOUN" in who.lemmas)):
        return None
    return f"{match['who']} can {match['verb']}"


#: units of a turnaround: a limit each of many items meets, not a project's deadline
_TURNAROUND_UNITS = frozenset(["ms", "s", "min", "h", "day"])


def _turnaround(facts: Facts) -> bool:
    """Many things, each done within minutes, hours or days ("Refund requests get
    answered within 4 hours", "Onboard new customers within 2 days"): a service level,
    whose share met is measured, not one task done or not done. A singular object
    ("Onboard Acme within 2 days") or a limit in weeks ("Migrate our services within 6
    weeks") is a deadline; so is "on time" for one thing ("Website launched on time")."""
    return _many(facts) and (
        any(q.role == "duration" and q.unit in _TURNAROUND_UNITS for q in facts.quantities)
        or bool(_TIMELINESS_RE.search(facts.core or facts.text))
    )


def _many(facts: Facts) -> bool:
    """The object names many things: in the plural, or "every/each <thing>"."""
    return _plural_object(facts) or (facts.object or "").lower().startswith(("every ", "each "))


#: verbs that name a task only with some objects: filling a post is hiring ("Fill the
#: vacant hygienist post"; "Fill 90% of slots" uses capacity), closing a site shuts it
#: ("Close the Bristol office"; "Close 40 deals" wins them), activating a site readies
#: it ("Activate 45 new investigator sites"; "Activate 300 new merchants" is adoption)
_TASK_BY_OBJECT = {
    "fill": frozenset(["post", "role", "position", "vacancy", "job", "opening"]),
    "close": _SITES,
    "activate": _SITES,
}


#: verbs that take what others grant: "Gain AS9100 certification", "Earn SALSA approval"
_GAINING_VERBS = frozenset(["gain", "earn", "regain"])


def _gains_a_grant(facts: Facts) -> bool:
    """ "Gain AS9100 certification for the Derby plant", "Gain a Green Flag Award",
    "Earn Arts Award Centre status": an approval, award or status is granted or not;
    "gain" here takes it, it does not grow a metric ("Gain 5 points of share")."""
    return facts.form == "imperative" and _status_by(facts, _GAINING_VERBS)


def _task_by_object(facts: Facts) -> bool:
    return facts.object_head in _TASK_BY_OBJECT.get(facts.main_verb or "", ())


def _got_done(facts: Facts) -> bool:
    """A passive with "get": "I get promoted to Staff Engineer", "My paper gets
    accepted at NeurIPS" - it happens or it does not."""
    verb = (facts.verb_text or "").split()
    if not verb or verb[0] not in facts.tokens:
        return False
    at = facts.tokens.index(verb[0])
    return at > 0 and facts.tokens[at - 1].lower() in GET_FORMS


#: a subject naming each of many: "All operators", "All of our 40 stores"
_EACH_OF_MANY_RE = re.compile(r"all\s+(?:of\s+)?(?:the\s+|our\s+)?\S", re.IGNORECASE)
#: how often, in one word
_CADENCE_ADVERBS = r"daily|nightly|weekly|fortnightly|bi-?weekly|monthly"
_CADENCE_ADVERB_RE = re.compile(_CADENCE_ADVERBS, re.IGNORECASE)
#: a cadence: "every day", "each week", "weekly", "twice a month", "per sprint"
_CADENCE_RE = re.compile(
    r"\b(?:(?:every|each)\s+(?:other\s+|single\s+|\d+\s+)?|(?:once|twice)\s+(?:a|per)\s+"
    r"|per\s+|on\s+(?=[a-z]+days\b))(?:day|night|week"
    r"|fortnight|month|quarter|shift|sprint|term|season|weekend|morning|evening"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b"
    rf"|\b(?:{_CADENCE_ADVERBS})\b",
    re.IGNORECASE,
)
#: a clause after the task that says why or how, whose cadence is not the task's
_CLAUSE_AFTER_RE = re.compile(
    # (not a bare "to": "Send a newsletter to members every Friday" is one task's cadence)
    r"[,;:(]|\b(?:so|in\s+order|so\s+as\s+to|while|whilst|because|which|that|until|unless)\b",
    re.IGNORECASE,
)
#: verbs that set up a recurring thing once: "Set up a weekly churn review"
_SETUP_VERBS = frozenset(
    ["set up", "setup", "implement", "introduce", "establish", "create", "build", "launch"]
    + ["start", "automate", "design", "define", "agree", "kick off", "institute", "stand up"]
)  # fmt: skip


#: people counted as one word ("Train all staff")
_STAFF_NOUNS = frozenset(["staff", "personnel", "crew", "workforce", "faculty", "team"])
#: winning or signing one thing, however often that thing recurs
_ONE_OFF_GAINS = frozenset(["win", "secure", "sign", "land", "clinch", "obtain", "gain"])


def _recurring(facts: Facts) -> bool:
    """The task is done again and again, so there is partial progress to count: at a
    cadence in its object ("Post a tour diary reel every day", "Run weekly falls
    huddles"), once for each of many ("Train every server on wine pairings"), or as
    many activities ("Run exit interviews with every leaver")."""
    if facts.main_verb in _SETUP_VERBS:
        return False
    obj = (facts.object or "").lower()
    if obj.startswith(("every ", "each ")):
        return True
    if (
        facts.main_verb in _DONE_TO_EACH
        and _EACH_OF_MANY_RE.match(obj)
        and (_plural_head(facts) or facts.object_head in _STAFF_NOUNS)
    ):
        return True  # "Train all juniors on balayage", as "Train every server"
    if _is_activity(facts) and _plural_head(facts):
        return True
    cadence = _CADENCE_RE.search(obj)
    if cadence and not (
        facts.main_verb in _ONE_OFF_GAINS
        and obj.startswith(("a ", "an ", "the "))
        and _CADENCE_ADVERB_RE.fullmatch(cadence.group(0))
    ):
        return True  # but "Secure a weekly flowers contract": one contract, won once
    # the task's own cadence after its object ("Hold a toolbox talk on every site each
    # Monday"), not a clause's ("... so that every site reports weekly"). Two blind
    # folders' authors read "Complete interviewer training for every hiring manager" and
    # "... signage in every stand" as done or not: "every" alone is no cadence
    rest = _after_object(facts)
    if rest is None:
        return False
    clause = _CLAUSE_AFTER_RE.search(rest)
    rest = rest[: clause.start()] if clause else rest
    return bool(_CADENCE_RE.search(rest))


#: a body that decides, as the subject: what it adopts or approves is its decision, a
#: milestone for the team, not the team's task
_DECIDING_BODIES = frozenset(
    ["board", "council", "committee", "parliament", "regulator", "cabinet", "senate"]
    + ["assembly", "trustees", "governors", "shareholders", "ministry", "government"]
)


def _decided_by_others(facts: Facts) -> bool:
    """The verb's subject, before it, names a deciding body."""
    verb = (facts.verb_text or "").split()
    if not verb or verb[0] not in facts.tokens:
        return False
    subject = facts.tokens[: facts.tokens.index(verb[0])]
    return any(word.lower() in _DECIDING_BODIES for word in subject)


#: teaching people: a share of them taught is still trainings counted ("Train 100% of
#: Line 4 operators on Annex 1"), not an effect
_TRAINING_VERBS = frozenset(["train", "retrain", "upskill", "reskill", "coach", "educate"])
#: verbs done to each of many, one at a time: the training and service verbs, and work
#: on each thing of a fleet or an estate. "Train all juniors" is progress junior by
#: junior; "Migrate all services" or "Email all donors" is one cut-over or one send
_DONE_TO_EACH = (
    _TRAINING_VERBS
    | _SERVICE_VERBS
    | {"certify", "recertify", "induct", "appraise", "replace", "fit", "refit", "retrofit"}
    | {"equip", "service", "repaint", "reupholster", "resurface"}
)

#: moving things we run somewhere else: a migration, whose progress is a share
_MIGRATION_VERBS = frozenset(["migrate", "port", "rehost", "replatform", "move", "transfer"])
#: who may be moved by their own choice: then the share is an outcome ("Move 30% of
#: customers to annual plans")
_PEOPLE_HEADS = frozenset(
    ["customer", "user", "client", "member", "account", "subscriber", "trial", "patient"]
    + ["student", "household", "tenant", "buyer", "shopper", "visitor", "merchant", "seller"]
    + ["partner", "employee", "reader", "listener", "viewer", "player", "donor", "resident"]
    + ["family", "passenger", "guest", "supporter", "volunteer", "learner", "driver", "rider"]
)  # fmt: skip


def _migrated_share(facts: Facts) -> bool:
    """A share of things moved to a destination: "Move 80% of on-prem workloads to
    AWS", "Migrate 70% of build runners to spot instances" - a migration task measured
    in percent, not a share of an outcome."""
    if facts.main_verb not in _MIGRATION_VERBS or facts.object_head in _PEOPLE_HEADS:
        return False
    return bool(_DESTINATION_RE.search(facts.core or facts.text))


#: where things are moved to ("to AWS", "ONTO THE NEW CI PIPELINE"), not a number
_DESTINATION_RE = re.compile(r"\b(?:to|onto|into)\s+(?!\d)", re.IGNORECASE)


def _plural_head(facts: Facts) -> bool:
    """The object's head is written in the plural ("exit *interviews*"); unlike
    ``_plural_object``, not fooled by a phrase after it ("the inspection of the
    wards")."""
    head = facts.object_head
    return any(
        w != head and word_info(w).lemma("NOUN") == head
        for w in re.findall(r"[a-z]+", (facts.object or "").lower())
    )


#: What is granted or not, named as a noun ("Planning consent for the depot").
_GRANTS = frozenset(
    ["approval", "accreditation", "certification", "certificate", "cert"]
    + ["authorisation", "authorization"]
    + ["licence", "license", "consent", "clearance", "permit", "sign-off", "go-ahead"]
)
#: What one holds and may lose: a grant, a rating, a status ("Retain the EU GMP
#: certificate", "Keep our Michelin star", "Retain the regulator's A rating").
_STATUSES = _GRANTS | frozenset(
    ["rating", "status", "star", "title", "award", "badge", "designation", "registration"]
    + ["seal", "charter", "accreditation", "listing", "grade"]
)
_KEEPING_VERBS = frozenset(["retain", "keep", "maintain", "preserve", "hold", "protect"])


def _status_by(facts: Facts, verbs: frozenset[str]) -> bool:
    """One of ``verbs`` done to a status with no amount ("Retain the EU GMP
    certificate", "Gain a Green Flag Award"; not "... for 4 parks")."""
    return facts.main_verb in verbs and facts.object_head in _STATUSES and not facts.measures


def _keeps_status_where(facts: Facts) -> bool:
    """Keeping a status named anywhere in the object, at a count of places and with
    no move: "Retain BRCGS grade AA at all five sites" holds a standard (KR007), but
    the places make it no longer kept-or-lost (no KR001)."""
    if facts.form not in ("imperative", "state") or facts.main_verb not in _KEEPING_VERBS:
        return False
    if facts.baseline is not None or facts.direction is not None:
        return False
    return any(word_info(w).lemma("NOUN") in _STATUSES for w in simple_words(facts.object or ""))


def _keeps_status(facts: Facts) -> bool:
    """Keeping a status with no amount: kept or lost (KR001), and a standard held, not
    moved (KR007)."""
    # "ISO 14001 certification retained" as well
    return facts.form in ("imperative", "state") and _status_by(facts, _KEEPING_VERBS)


#: A standard one is certified or attested against, named alone ("SOC 2 Type II done",
#: "ISO 27001 achieved"): an auditor's grant, like a certificate.
_STANDARD_RE = re.compile(
    r"(?:the\s+)?(?:soc|iso|iec|pci(?:[\s-]dss)?|hitrust|cmmi|iatf|as)\s?\d+(?:\.\d+)*(?::\d{4})?"
    r"(?:\s+type\s+(?:i{1,2}|[12]))?$",
    re.IGNORECASE,
)


# ------------------------------------------------------------------- KR007
#: "every month", "each single shift": a period a level is owed in
_EVERY_PERIOD_TEXT = (
    # one word may qualify the period: "every single day", "in every calendar month",
    # "each operating day", "every major release"
    r"(?:\b(?:every|each)\s+(?:[a-z][a-z-]*\s+)?(?:day|week|sprint|month|qtr|quarter|term|season"
    r"|year|shift|release|run|cycle|patch|audit|inspection|match|game|night|weekend|event"
    r"|time|shipment|close"
    # "in every quarterly survey", "at each Monday stand-up", "on every Friday night"
    r"|survey|cohort|stand-?up|service|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
    # "in any month", "in any rolling 30 days", "in any 12-month period", "in any period",
    # "on any shift": a window
    r"|\b(?:in|on|during)\s+any\s+(?:rolling\s+|single\s+|one\s+|given\s+)?(?:\d+[\s-]?)?"
    r"(?:days?|weeks?|months?|quarters?|shifts?|nights?|period)(?:\s+period)?\b"
    # "for 6 consecutive months": a streak to keep up
    rf"|\bfor\s+{STREAK_TEXT}"
    # "all winter", "all season long"
    r"|\ball\s+(?:winter|summer|season|year|quarter|month|week)(?:\s+long)?\b"
    # "week in, week out", "through the summer"
    r"|\b(?P<p>week|month|day|year)\s+in,?\s+(?P=p)\s+out\b"
    r"|\bthrough(?:out)?\s+(?:the\s+)?(?:summer|winter|season|year|quarter|peak)\b)"
)
# "pipeline coverage ≥3x quota every qtr", "Uptime of at least 99.9% each month": a
# bound that must hold in every period is a standard, not a move
_EVERY_PERIOD_BOUND = re.compile(
    r"(?:[≥≤]|[<>]=?|\bat\s+(?:least|most)\b|\bno\s+(?:less|more|fewer)\s+than\b"
    r"|\bat\s*/\s*(?:or\s+)?(?:above|below|under|over)\b"  # "Opex at/below budget"
    r"|\b(?:above|below|under|within)(?=\s*[~≈]?\s*[$€£¥]?\d)"  # "below 12% every month"
    # "within safe limits in every tank, every day"
    r"|\bwithin\s+(?:[a-z-]+\s+){0,2}?(?:limits?|tolerances?|range|budget|spec(?:ification)?s?"
    r"|thresholds?|sla|target)\b"
    # "Patch all critical CVEs inside the 14-day window, every month"
    r"|\b(?:within|inside)\s+(?:the|a|our|its)\s+\d+[\s-]*(?:working[\s-]+)?(?:hours?|days?"
    r"|weeks?)\s+(?:window|deadline)\b"
    r"|\b(?:max|min)(?:imum)?\b\.?(?=\s*(?:of\s+)?[~≈]?\s*[$€£¥]?\d)"  # "maximum 45 minutes"
    r"|\bor\s+(?:better|more|higher|above|less|lower|below)\b"
    r"|(?<=\d)\s*%?\+(?!\s*\d))(?:[^.;]|\.\d|(?<=vs)\.){0,40}?"  # "75%+ every month"
    + _EVERY_PERIOD_TEXT,
    re.IGNORECASE,
)
# "99.99% availability for payments-api every month", "Zero unplanned downtime in
# clinic hours, every month": a level named first and owed every period, with no move
_EVERY_PERIOD_LEVEL = re.compile(
    r"^[~≈]?\s*(?:\d[\d.,]*\s*%|zero\b|no\b)(?:[^.;]|\.\d){0,60}?" + _EVERY_PERIOD_TEXT,
    re.IGNORECASE,
)
_EVERY_PERIOD = re.compile(_EVERY_PERIOD_TEXT, re.IGNORECASE)
# "Zero reportable data breaches this year": none, owed for the whole period (a bare
# "Zero P1s" or "No lost bags" may be a level to reach, and stays clean)
_ZERO_FOR_PERIOD = re.compile(
    r"^\W*(?:zero|no)\s+(?!(?:more|fewer|less|net|later|longer)\b)[^.;:]{0,60}?"
    r"(?<!\bby\s)(?<!\bof\s)(?<!\bbefore\s)(?<!\buntil\s)"  # not "by the end of this year"
    r"\b(?:this|the\s+whole|the\s+entire)\s+(?:year|quarter|season|month|half|term|fy)\b",
    re.IGNORECASE,
)
#: what every match of _EVERY_PERIOD_TEXT contains (lower-cased)
_EVERY_PERIOD_CUES = (
    *("every", "each", "out", "any", "through", "all "),
    *("consecutive", "straight", "successive"),
)
_BOUND_END = re.compile(r"(?:[≥≤]|[<>]=?|\bat\s+(?:least|most))\s*$", re.IGNORECASE)


_FLOOR_BEFORE = re.compile(
    r"(?:≥|(?<![-=])>=?|\bat\s+least|\bno\s+(?:less|fewer|lower)\s+than|\bmin(?:imum|\.)?)\s*[$€£¥]?$",
    re.IGNORECASE,
)
_CEILING_BEFORE = re.compile(
    r"(?:≤|<=?|\bat\s+most|\bno\s+(?:more|higher|longer)\s+than|\b(?:less|fewer)\s+than"
    r"|\bmax(?:imum|\.)?|\bunder|\bbelow|\bwithin)\s*[~≈]?\s*[$€£¥]?$",
    re.IGNORECASE,
)


_ARROW_BETWEEN_RE = re.compile(r"\s*(?:->|→|=>|➡|to)\s*", re.IGNORECASE)


def _level_kept(facts: Facts) -> str | None:
    """A target no different from today's level: "Availability 99.95% → 99.95%", or a
    floor already cleared ("Teacher retention ≥90% (was 91%)") or a ceiling already
    met ("≤2 injuries (FY26: 2)"): the level is held, nothing moves."""
    base, target = facts.baseline, facts.target
    if base is None or target is None or facts.direction is not None:
        return None
    at_target = [q for q in facts.measures if q.value == target]
    if not at_target:
        return None
    full = facts.text  # quantities are placed in the whole text, not in ``core``
    first, last = at_target[0], at_target[-1]
    if base == target and _ARROW_BETWEEN_RE.fullmatch(full, first.end, last.start):
        return full[first.start : last.end]  # "99.95% → 99.95%"
    q = first if base == target else last
    before = full[max(0, q.start - 16) : q.start]
    bound = _FLOOR_BEFORE.search(before) if base >= target else None
    bound = bound or (_CEILING_BEFORE.search(before) if base <= target else None)
    if bound is None:
        return q.text if base == target else None  # the same level, given apart
    return _bounded(bound.group(0), q.text)


def _bounded(sign: str, level: str) -> str:
    """A bound and its level as a trigger: "≥90%", "at least 90%", "max. 15 minutes"."""
    sign = sign.strip()
    return f"{sign}{' ' if sign[-1].isalpha() or sign[-1] == '.' else ''}{level}"


#: verbs that promise a level will be held: "Ensure 99.9% uptime every month",
#: "Assure the waiting time of max. 15 minutes", "Guarantee zero critical findings"
_ASSURING_VERBS = frozenset(["ensure", "assure", "guarantee", "safeguard"])
#: units of a level that is held, rather than a count that accumulates
_TIME_UNIT_NAMES = frozenset(name for name, _seconds in TIME_UNITS.values())


def _assured_level(facts: Facts, text: str) -> str | None:
    """A verb of assurance before a level with no move: zero, or a share or a time
    under a bound ("of max. 15 minutes", "minimum 98.5%") or owed every period. A
    count to reach ("Ensure at least 500 new customers sign up") is a target."""
    if facts.form != "imperative" or facts.main_verb not in _ASSURING_VERBS:
        return None
    if facts.baseline is not None or facts.direction is not None or facts.change is not None:
        return None
    level = next((q for q in facts.measures if q.value == facts.target), None)
    if level is None:
        return None
    if level.value == 0:
        return f"{facts.verb_text} {level.text}"
    if not (level.kind == "percent" or level.unit in _TIME_UNIT_NAMES):
        return None
    if may_contain(text, _EVERY_PERIOD_CUES):
        every = _EVERY_PERIOD_BOUND.search(text) or _EVERY_PERIOD.search(facts.text, level.end)
        if every is not None:
            return every.group(0)
    before = facts.text[max(0, level.start - 16) : level.start]
    bound = _FLOOR_BEFORE.search(before) or _CEILING_BEFORE.search(before)
    if bound is None:
        return None
    return _bounded(bound.group(0), level.text)


def _standing_bound(facts: Facts, text: str) -> str | None:
    """A bound to hold every period, in a statement that moves nothing (a factor right
    after the bound, "≥3x quota", is the level itself, not a change)."""
    if facts.baseline is not None or not may_contain(text, _EVERY_PERIOD_CUES):
        return None
    match = _EVERY_PERIOD_BOUND.search(text) or _EVERY_PERIOD_LEVEL.match(text)
    if match is None:
        return None
    change = facts.change
    factor_level = (
        change is not None
        and change.kind == "multiplier"
        and bool(_BOUND_END.search(text, 0, change.start))
    )
    if facts.direction is not None and not factor_level:
        return None
    return match.group(0)


def _timed_task(facts: Facts) -> bool:
    """A task with no count whose only measures are times: "Close the books within 5
    working days", not "Run 3 workshops within 2 weeks"."""
    return (
        facts.form == "imperative"
        and facts.object_quantity is None
        and not facts.measures
        and any(
            q.role == "duration"
            # "Patch all critical CVEs inside the 14-day window"
            or (q.role == "modifier" and _TIME_WINDOW_AFTER.match(facts.text, q.end))
            for q in facts.quantities
        )
    )


_TIME_WINDOW_AFTER = re.compile(
    r"[\s-]*(?:working[\s-]+)?(?:hours?|days?|weeks?|months?)\s+(?:window|deadline)\b", re.I
)


def maintain_hit(facts: Facts, options: Options | None = None) -> Hit | None:
    """KR007: the KR holds an existing standard instead of moving it."""
    sets = _sets()
    verb = facts.main_verb
    trigger: str | None = None
    keep_doing = _KEEP_DOING_RE.match(facts.core or facts.text) or _KEEPS_DOING_RE.search(
        facts.core or facts.text
    )
    if _keeps_status_where(facts):  # "Retain the EU GMP certificate" as well
        trigger = facts.verb_text or verb
    elif (
        keep_doing
        and facts.direction is None  # "Keep growing downloads to 20k": a move
        and (facts.baseline is None or facts.target in (None, facts.baseline))
        # "Keep improving fuel efficiency: 3.1 to 2.9 litres": a move, its pair apart
        and not (verb in sets["improvement"] and facts.target is not None)
    ):
        trigger = keep_doing.group(0)  # "Keep sending 3 issues a week": a cadence held
    elif facts.form == "imperative" and verb in sets["maintain"]:
        if verb == "hold" and (
            _is_activity(facts)
            or (facts.object_head in _HELD_EVENTS and not _FREE_OF_RE.search(facts.object or ""))
        ):
            return None
        if facts.baseline is not None and facts.target not in (None, facts.baseline):
            return None  # "Sustain the gains and push discharges from 18% to 30%": a move
        trigger = facts.verb_text or verb
    else:
        # "Hire 5 engineers so that no site is more than 4 hours away": the purpose holds
        # no standard the KR moves; but when it is the only measure ("Run a failover
        # every quarter so that RPO stays under 15 minutes") the standard is the KR's
        text = facts.aim_text if facts.aims else facts.core or facts.text
        moves = (
            facts.direction is not None
            or (facts.baseline is not None and facts.target is not None)
            or facts.change is not None  # "Labour cost/sales -2pp while ... not below 90%"
        )
        for match in _MAINTAIN_PATTERNS.finditer(text) if may_contain(text, _MAINTAIN_CUES) else ():
            if _stay_is_a_noun(text, match):
                continue  # "length of stay", "a hospital stay": what is measured
            if moves and (
                _defines_the_measure(text, match)
                or match.group("bound")  # "Reduce injuries to no more than 2": a move
                or match.group("none")
                or match.group("repeat")  # "Grow sales 10% for a third straight year"
                or _GUARDRAIL_BEFORE.search(text, 0, match.start())
            ):
                continue
            if _counted_floor(facts, match):
                continue  # "Conduct no fewer than 4,500 visits": how many to do
            if match.group("note") and facts.baseline != facts.target and moves:
                continue  # "NPS 30 → 45 (hold CSAT)": a guardrail beside the move
            trigger = match.group(0)
            break
        if not trigger:
            trigger = _level_kept(facts)
        if not trigger and (facts.form != "imperative" or facts.object_share or _timed_task(facts)):
            # "Answer 95% of calls within 60 seconds every month": a share of the work
            # done to a standard in every period is a service level held; so is a task
            # done in a time every period ("Close the books within 5 days every month")
            trigger = _standing_bound(facts, text)
        if not trigger:
            trigger = _assured_level(facts, text)
        if not trigger and facts.baseline is None and facts.direction is None:
            zero = _ZERO_FOR_PERIOD.match(text)
            trigger = zero.group(0) if zero else None
    if not trigger:
        return None
    what = facts.object or "the metric"
    level = next((q.text for q in facts.measures), None)
    example = (
        f"Move {what} from {level} to <a level you have not reached yet>"
        if level
        else f"Move {what} from <today's level> to <the level you want>"
    )
    return Hit(
        (trigger,),
        f"holds an existing standard ('{trigger}' in '{facts.core}') instead of moving "
        "it: a KR that only maintains is a KPI in disguise",
        f"track {what} as a KPI with a threshold, or state the change you want, e.g. '{example}'",
    )


#: "Keep sending 3 issues a week", "Continue to run 2 clinics a month": doing on what
#: is done already
_KEEP_DOING_RE = re.compile(
    r"(?:keep|keeps|continue|continues|carry\s+on)\s+(?:to\s+[a-z]+|[a-z]{2,}ing)\b", re.IGNORECASE
)
#: the same after a subject: "Our sourdough keeps scoring 4.5 stars or more"
_KEEPS_DOING_RE = re.compile(
    r"\b(?:keeps|continues)\s+(?:to\s+[a-z]+|[a-z]{2,}ing)\b", re.IGNORECASE
)


def _counted_floor(facts: Facts, match: re.Match[str]) -> bool:
    """A floor on how much a task does ("Commission no fewer than 40 hours of drama",
    "Conduct no fewer than 4,500 visits"): the amount to reach, not a level held.
    "Have no fewer than ..." states a level, as "no more than" (a ceiling) does."""
    bound = match.group("bound")
    return (
        bound is not None
        and bound.split()[1].lower() in {"fewer", "less", "lower"}
        and facts.form == "imperative"
        and facts.main_verb not in {"have", "see", "record", "get"}
        and facts.main_verb not in _sets()["maintain"]
        and not _EVERY_PERIOD_BOUND.search(facts.core or facts.text)  # "... in every month"
    )


# what one holds as an event, beyond the activity nouns: "session" is not one of those
# on its own ("weekly sessions" is a usage metric), but held sessions are events
_HELD_EVENTS = frozenset(
    ["session", "retro", "retrospective", "offsite", "summit", "standup", "lecture", "clinic"]
)


_STAY_NOUN_BEFORE = re.compile(
    r"\b(?:of|one|a|an|the|per|each|every|their|its|his|her|hospital|inpatient|average"
    r"|mean|median|overnight|short|long|first|second|ward|repeat|return|guest|hotel"
    r"|extended|booked)\s+$|['’]s\s+$",
    re.IGNORECASE,
)


def _stay_is_a_noun(text: str, match: re.Match[str]) -> bool:
    """'stay' after a determiner, 'of' or a kind of stay ("length of stay", "one
    stay", "a hospital stay"): the thing measured, not a level to hold; or a noun
    before a bare plural one ("Conduct stay interviews"), as the analyser reads it."""
    word = match.group(0).lower()
    if word in ("stay", "stays") and _STAY_NOUN_BEFORE.search(
        text, max(0, match.start() - 12), match.start()
    ):
        return True
    after = _NEXT_WORD_RE.match(text, match.end()) if word in ("stay", "remain") else None
    return after is not None and word_info(after.group(1).lower()).is_plain_plural_noun


_NEXT_WORD_RE = re.compile(r"\s+([A-Za-z]+)\b")


def _defines_the_measure(text: str, match: re.Match[str]) -> bool:
    """'stay' or 'remain' in a relative clause ("the share of tickets that remain
    open"): it says what is counted, while the KR moves the count."""
    word = match.group(0).lower()
    return word.startswith(("stay", "remain")) and bool(
        _RELATIVE_BEFORE.search(text, 0, match.start())
        or _ZERO_RELATIVE_BEFORE.search(text, 0, match.start())
    )


# "the average time a reported fly-tip stays on the street": "that" left out
_ZERO_RELATIVE_BEFORE = re.compile(
    r"\b(?:time|long|days|hours|weeks|months|nights)\s+(?:an?|the|each|every|our|its)\s+"
    r"(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)


# ------------------------------------------------------------------- KR009
#: a headline with one word after its colon: "Churn: down", "Handovers: faster"
_HEADLINE_WORD_RE = re.compile(r"[^:]{2,80}:\s*(?P<way>[a-z]+)(?:\s+still)?\s*[.!]*\s*$", re.I)


def _headline_direction(core: str, improvement: frozenset[str]) -> str | None:
    """The direction a headline gives its metric with no number ("Churn: down", "Wait
    times: shorter", "Handling: improved"): up or down, a comparative, or the
    participle of an improvement verb."""
    match = _HEADLINE_WORD_RE.match(core)
    if match is None:
        return None
    way = match["way"]
    info = word_info(way.lower())
    if way.lower() in ("up", "down") or info.is_comparative:
        return way
    return way if info.is_vbn and info.lemma("VERB") in improvement else None


#: a move between two cadences: "from weekly to daily", "from quarterly to on demand"
#: ("from once a month to twice a week" is read as numbers already)
_CADENCE_WORD = (
    rf"(?:{_CADENCE_ADVERBS}|hourly|bi-?monthly|quarterly|half-yearly|yearly|annually|annual"
    r"|on[\s-]demand|real[\s-]time|continuous(?:ly)?)"
)
_CADENCE_MOVE_RE = re.compile(
    rf"\bfrom\s+{_CADENCE_WORD}\s+(?:to|into)\s+{_CADENCE_WORD}\b", re.IGNORECASE
)


def vague_hit(facts: Facts, options: Options | None = None) -> Hit | None:
    """KR009: an improvement verb with no number."""
    options = options or {}
    if any(q.role != "modifier" and not is_scope(facts.text, q) for q in facts.aims):
        return None  # "Improve 30-day retention" names its metric with a number: no aim
    core = facts.core or facts.text
    if _CADENCE_MOVE_RE.search(core) or _GRADE_MOVE_RE.search(core):
        return None  # "Increase deployment frequency from weekly to daily", "Lift the
        # Ofsted grade from Inadequate to Requires Improvement": a stated move
    sets = _sets()
    improvement = sets["improvement"] | frozenset(_words(options.get("extra_words")))
    verb = facts.main_verb
    first = facts.tokens[0].lower() if facts.tokens else ""
    trigger: str | None = None
    if verb in sets["maintain"] or _gains_a_grant(facts):
        return None
    if first == "no" and facts.form == "state":
        return None  # "No forklift driven without a licence": none may, not a push
    if _REFERENCE_LEVEL_RE.search(core):
        return None  # "Bring A&E performance up to the national average": a known level
    if _NAMED_LEVEL_RE.search(core) or _LETTER_GRADE_RE.search(core):
        return None  # "Raise hand hygiene to green", "... to EPC band C": a level named
    headline = _headline_direction(core, improvement) if not facts.measures else None
    gap = _OPEN_GAP_RE.search(core) if not facts.measures else None
    than = _THAN_RIVALS_RE.search(core) if not facts.measures else None
    if headline:
        trigger = headline  # "Churn: down", "Ambulance handovers: faster"
    elif gap:
        trigger = gap.group(0).split()[-2] + " gap"  # "Close the gap with the leader"
    elif than:
        trigger = than.group(0)  # "Be faster than competitors at onboarding"
    elif facts.form in ("imperative", "state", "noun_phrase") and verb in improvement:
        trigger = facts.verb_text or verb
    elif (
        facts.form == "other"
        and verb in improvement
        and word_info(verb).is_verb_base  # not a particle ("... to set up their first ...")
        and verb not in {"up", "down"}
        and _MODAL_BEFORE_RE.search(core)
    ):
        trigger = facts.verb_text or verb  # "Trial-to-paid conversion should improve"
    elif _moved_by_verb(facts):
        trigger = facts.direction_words[0]  # "Move ... down", "Push ... up"
    elif (
        facts.form == "imperative"
        and facts.comparatives
        and verb
        not in sets["solution"]
        - {
            "make",
            "deliver",
        }
    ):
        trigger = _quote(facts.verb_text, facts.comparatives[0])
    elif facts.form == "noun_phrase":
        body = _body_tokens(facts)
        lead = body[0].lower() if body else first
        if (
            lead in improvement
            or word_info(lead).is_comparative
            or lead
            in {
                "improved",
                "increased",
                "enhanced",
                "reduced",
                "optimized",
                "optimised",
                "increase",
                "improvement",
                "improvements",
                "reduction",
                "growth",
                "boost",
            }
        ):
            trigger = body[0] if body else first
        elif facts.object_head in {"improvement", "optimization", "optimisation", "enhancement"}:
            trigger = facts.object_head
        else:
            trigger = _improving_clause(body[1:], improvement)
    if not trigger and facts.form in ("state", "other") and facts.comparatives:
        trigger = facts.comparatives[0]  # "Clients are happier", "Handoff should feel smoother"
    if not trigger and facts.comparatives and not facts.measures:
        # "Patient reviews get better", "Customers get faster answers"
        gets = _GETS_COMPARATIVE_RE.search(core)
        trigger = gets.group(0) if gets and gets["more"] in facts.comparatives else None
    for extra in _words(options.get("extra_words")):
        if not trigger and re.search(rf"\b{re.escape(extra)}\b", facts.core.lower()):
            trigger = extra
    if not trigger:
        return None
    what = facts.object or "it"
    verb_word = (facts.verb_text or trigger).split()[0].capitalize()
    return Hit(
        (trigger,),
        f"'{trigger}' with no number: nobody can tell whether {what} got better, or by how much",
        f"add a baseline and a target, e.g. '{verb_word} {what} from <today> to <goal>' "
        f"(like '{_example(facts)}')",
    )


def _improving_clause(tokens: list[str], improvement: frozenset[str]) -> str | None:
    """ "Tenant satisfaction with repairs improves": the subject comes first, then an
    improvement verb that can only be a verb ("improves", "strengthens"; not
    "increases", which may be a plural noun: "Price increases for members")."""
    for token in tokens:
        lower = token.lower()
        if not lower.endswith("s") or not lower.isalpha():
            continue
        info = word_info(lower)
        if "NOUN" not in info.lemmas and info.lemma("VERB") in improvement:
            return token
    return None


def _body_tokens(facts: Facts) -> list[str]:
    core = facts.core
    return [t for t in facts.tokens if t in core] or list(facts.tokens)


# ------------------------------------------------------------------- OBJ005
def objective_quantity_hit(facts: Facts, options: Options | None = None) -> Hit | None:
    """OBJ005: the objective statement carries a quantity; a level named in a word that
    shows no number ("to break-even", "to nil") is none."""
    words = tuple(q.text for q in facts.quantities if q.text.lower() not in NIL_WORDS)
    if not words:
        return None
    shown = ", ".join(f"'{w}'" for w in words)
    return Hit(
        words,
        f"the objective carries a number ({shown}): objectives say what and why in "
        "words; numbers prove it in key results",
        f"keep the objective qualitative and move {shown} into a key result, e.g. KR "
        f"'{facts.core}' under an objective that says why it matters",
    )


# ------------------------------------------------------------------- KPI003 / KR010
@lru_cache(maxsize=64)
def _metric_lexicon(extra_lagging: tuple[str, ...], extra_leading: tuple[str, ...]) -> Lexicon:
    extra: dict[str, list[str]] = {}
    if extra_lagging:
        extra["lagging_metrics"] = list(extra_lagging)
    if extra_leading:
        extra["leading_metrics"] = list(extra_leading)
    return Lexicon(extra) if extra else default_lexicon()


# ------------------------------------------------------------------- KPI008
_DIRECTION_CLASSES = ("lower_is_better", "higher_is_better")
# what turns a low-is-good word into something to have more of: "Cost savings",
# "Complaints resolved within 5 days", "Incidents prevented"
_REVERSED = re.compile(
    r"\b(?:savings?|saved|reductions?|reduced|avoid(?:ance|ed)|prevented|resolved|closed|fixed"
    r"|handled|answered|cleared|removed|eliminated|recovered)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _direction_lexicon() -> Lexicon:
    return Lexicon({name: vocab_words(name) for name in _DIRECTION_CLASSES})


def named_direction(name: str) -> tuple[str | None, str]:
    """The direction a KPI's name implies ("Monthly churn rate": decrease, "Net
    revenue retention": increase), with the words that say so; a low-is-good word
    wins ("Revenue churn") unless what is counted is its removal ("Cost savings",
    "Complaints resolved"); (None, "") when the name does not say. Entries match
    like the other vocabularies: by word and lemma ("incidents", "injuries")."""
    words = simple_words(name)
    first: dict[str, str] = {}
    for s, e, found, _phrase in _direction_lexicon().match([word_info(w).keys for w in words]):
        if found in _DIRECTION_CLASSES:
            first.setdefault(found, " ".join(words[s:e]))
    low = first.get("lower_is_better")
    if low is not None:
        reversed_by = _REVERSED.search(name)
        if reversed_by:
            return "increase", f"{low} ... {reversed_by.group(0).lower()}"
        return "decrease", low
    if "higher_is_better" in first:
        return "increase", first["higher_is_better"]
    return None, ""


_EDGE_IDIOM_RE = re.compile(r"\b(?:leading|cutting|bleeding|trailing)-edge\b", re.IGNORECASE)


def _metric_words(
    text: str, lexicon: Lexicon, by_head: bool = False
) -> tuple[list[str], list[str]]:
    """The lagging and leading phrases of ``text``. With ``by_head``, a name whose head
    noun is lagging, with no leading word but participles or adjectives that describe
    something ("Newly qualified nurse retention"), is lagging: no leading phrase is
    returned then ("Demo bookings" stays leading: a demo is counted, not described)."""
    if "-edge" in text:
        text = _EDGE_IDIOM_RE.sub("edge", text)  # "leading-edge": no sales leads
    words = simple_words(text)
    keys = [word_info(w).keys for w in words]
    lagging: list[str] = []
    leading: list[str] = []
    found = [(s, e, name) for s, e, name, _phrase in lexicon.match(keys)]
    head = _head_index(text, len(words)) if by_head else -1
    # what follows the head qualifies it: "Average revenue per daily active user",
    # "Customer satisfaction after onboarding"
    tail = head if by_head else len(words)
    head_lagging = False
    qualifiers_only = True  # every leading word describes the head ("qualified")
    for s, e, name in found:
        if any(s2 <= s and e <= e2 and e2 - s2 > e - s for s2, e2, _ in found):
            continue  # "review" in "review score": the longer phrase says what is measured
        surface = " ".join(words[s:e])
        if name == "lagging_metrics" and surface not in lagging:
            lagging.append(surface)
        elif name == "leading_metrics" and surface not in leading:
            leading.append(surface)
        if name == "lagging_metrics" and s <= head < e:
            head_lagging = True
        elif name == "leading_metrics" and not (
            (e - s == 1 and head != s and _qualifier(words[s])) or s > tail
        ):
            qualifiers_only = False
    if (head_lagging and qualifiers_only) or (lagging and _survey_head(words, head)):
        # "Newly qualified nurse retention" is a retention; "Onboarding NPS" and
        # "Post-visit satisfaction score" ask about a touchpoint, they count none
        leading = []
    return lagging, leading


#: scores customers give after the fact, whatever touchpoint the words before them name
_SURVEY_HEADS = frozenset(["nps", "csat", "satisfaction", "ces", "enps"])


def _survey_head(words: list[str], head: int) -> bool:
    """The name's head is a survey score: "Onboarding NPS", "Post-visit satisfaction
    score"."""
    if not 0 <= head < len(words):
        return False
    if words[head] in _SURVEY_HEADS:
        return True
    return words[head] == "score" and head > 0 and words[head - 1] in _SURVEY_HEADS


#: the bill a KPI may be named by ("Food cost percentage", "Monthly warehouse spend"),
#: known once it has been paid; and the ratio words that may follow it
_COST_HEADS = frozenset(["cost", "costs", "spend", "spending", "expense", "expenses"])
_COST_HEADS |= {"expenditure"}
#: results a KPI may be named by only as its head ("Sales per sq ft", "Weekly sales"),
#: not as a word that qualifies it ("Sales calls per rep"). Not availability or uptime:
#: blind authors split on them (a result of maintenance, or a driver of fare revenue)
_RESULT_HEADS = _COST_HEADS | {"sales"}
_RATIO_WORDS = frozenset(["percentage", "ratio", "rate", "share", "index"])


def _cost_named(name: str) -> str | None:
    """The cost, spend or sales that heads a KPI's name ("Food cost
    percentage", "Monthly warehouse spend", "Sales per sq ft"), but not one that
    qualifies the head ("Number of cost-improvement schemes"), nor what someone spends
    ("Time engineers spend on toil")."""
    words = simple_words(name)
    head = _head_index(name, len(words))
    if head > 0 and words[head] in _RATIO_WORDS:
        head -= 1
    if head < 0 or words[head] not in _RESULT_HEADS:
        return None
    before = words[head - 1] if head else ""
    if words[head] in {"spend", "cost"} and (
        before in {"we", "they", "you"} or (before and word_info(before).is_plural_noun)
    ):
        return None  # "Time engineers spend on toil": a verb ("Operations costs" is not)
    return words[head]


def _qualifier(word: str) -> bool:
    """A participle or adjective with no noun reading: it describes, it is not counted."""
    info = word_info(word)
    return (info.is_vbn or "ADJ" in info.lemmas) and "NOUN" not in info.lemmas


# where a name's head phrase ends: "Revenue per demo", "Retention at 12 months (%)"
_HEAD_END_RE = re.compile(
    # not inside a hyphenated word: "sell-in visits", "Cost-per-kW quotes"
    r"[(:\[]|(?<!-)\b(?:per|at|by|of|vs|versus|from|in|for|on|within|with|to|after|before)\b(?!-)",
    re.IGNORECASE,
)


def _head_index(text: str, n_words: int) -> int:
    """The index in ``simple_words(text)`` of the name's head: the last word before
    its first preposition or bracket that follows a word."""
    for end in _HEAD_END_RE.finditer(text):
        before = len(simple_words(text[: end.start()]))
        if before:  # "Per-cap secondary spend": no head ends before its first word
            return before - 1
    return n_words - 1


#: what a team does to the things it counts: "proposals sent", "conversations held"
_EFFORT_PARTICIPLES = frozenset(
    ["sent", "held", "made", "conducted", "logged", "hosted", "run", "given", "attended"]
)
#: what comes out at the end, counted once it is done: "cases shipped", "patients
#: discharged", "hectolitres packaged", "contracts cancelled"
_RESULT_PARTICIPLES = frozenset(
    ["shipped", "sold", "discharged", "packaged", "produced", "harvested", "cancelled",
     "canceled", "refunded", "recalled", "churned", "paid", "won", "dispensed", "exported"]
)  # fmt: skip


def _activities_counted(name: str) -> bool:
    """The name's head is an activity, counted ("Renewal reminders sent to members",
    "Win-back calls made"), or things the team does something to ("Cost-per-kW quotes
    sent to prospects"): leading, whatever the words before it name."""
    words = simple_words(name)
    head = _head_index(name, len(words))
    if (
        0 < head < len(words)
        and words[head] in _EFFORT_PARTICIPLES
        and _plural_before(words[head - 1])
    ):
        return True
    done = head
    while head > 0 and word_info(words[head]).is_vbn:
        head -= 1  # "sent", "made", "held": what was done with them
    noun = word_info(words[head]).lemma("NOUN") if head >= 0 else ""
    # "initiatives launched", not "Cost growth across major projects"
    return noun in _sets()["activity_heads"] or (noun in _EFFORT_NOUNS and head < done)


def _plural_before(word: str) -> bool:
    """A plural noun, or an -s word the dictionary knows only as a verb, as it does
    "invites" ("Survey invites sent")."""
    info = word_info(word)
    if "NOUN" in info.lemmas:
        return info.is_plural_noun
    return word.endswith("s") and not word.endswith("ss") and "VERB" in info.lemmas


#: "quote" as non-native writers use it for a rate: after a noun, at the end or before
#: its unit ("Scrap quote in ppm", "Empty kilometres quote", "Sickness quote p.a.")
_RATE_QUOTE_RE = re.compile(
    r"(?P<before>[a-z])\s+quote(?=\s*(?:$|\(|in\b|p\.?\s?a\.?|per\b|%))", re.IGNORECASE
)


#: pieces of work a team counts as it does them ("Food waste initiatives launched",
#: "Pay gap actions completed"): effort, whatever result they are for
_EFFORT_NOUNS = frozenset(["initiative", "action", "project", "pilot", "intervention"])


def _results_counted(name: str) -> str | None:
    """The things a process turns out, counted once done ("Cases shipped to
    distributors", "Patients discharged (weekly)"): the phrase, or None."""
    words = simple_words(name)
    head = _head_index(name, len(words))
    if 0 < head < len(words) and words[head] in _RESULT_PARTICIPLES:
        phrase = f"{words[head - 1]} {words[head]}"
        if f"{words[head - 1]}-{words[head]}" in name.lower():
            return None  # "Ad inventory pre-sold": sold ahead, not a result counted
        before = word_info(words[head - 1])
        # a unit or an acronym the dictionary lacks counts too: "MWh exported"
        if before.is_plural_noun or "NOUN" in before.lemmas or not before.lemmas:
            return phrase
    return None


def _lexicon_for(options: Options | None) -> Lexicon:
    options = options or {}
    return _metric_lexicon(
        tuple(_words(options.get("extra_lagging"))), tuple(_words(options.get("extra_leading")))
    )


#: a name that opens with what is measured of a thing: "Rate of returns of goods",
#: "Number of new leads per month", "Level of satisfaction of clients"
_MEASURE_OF_RE = re.compile(
    r"^(?P<m>rate|ratio|level|share|percentage|number|quantity|amount|value|volume|count)"
    r"\s+of\s+(?:the\s+)?(?P<x>[^,;()]+?)"
    r"(?=\s+(?:of|per|in|at|from|for|by|on|caused|with|within|vs)\b|\s*[,;(]|$)",
    re.IGNORECASE,
)


def _measure_last(name: str) -> str:
    """The name with what is measured after the thing, as English compounds write it:
    "Rate of returns of goods" -> "returns rate of goods" (matched by "return rate")."""
    match = _MEASURE_OF_RE.match(name)
    if match is None:
        return name
    return f"{match['x']} {match['m']}{name[match.end() :]}"


def lagging_kpi_hit(
    name: str, description: str | None = None, options: Options | None = None
) -> Hit | None:
    """KPI003 inference: is this KPI a lagging metric? Leading words win."""
    lexicon = _lexicon_for(options)
    full = name
    if name and (aside := aside_start(name, 0, len(name))):
        name = name[:aside]  # "Enquiries for next term, as an early read on revenue"
    if name and "quote" in name.lower():
        # "Scrap quote in ppm", "Sickness quote p.a.": the German "Quote", a rate, not a
        # price quote sent
        name = _RATE_QUOTE_RE.sub(r"\g<before> rate", name)
    lagging, leading = _metric_words(_measure_last(name or ""), lexicon, by_head=True)
    marker = _LAGGING_MARKERS.search(name or "")
    # found once it is out outweighs a leading word: "Bugs reported after launch" (not
    # "Activation 7 days after signup", a leading word measured at a time)
    released = (
        marker is not None
        and not marker.group("follow_up")  # a leading word read at 12 months still leads
        and (marker.group(0).lower().startswith(("after", "post")) or bool(marker["failed"]))
    )
    if (leading and not released) or (name and _LEADING_MARKERS.search(name)):
        return None
    if _activities_counted(name or ""):
        return None  # "Renewal reminders sent": a lagging word only says what for
    cost = marker.group(0) if marker else _cost_named(name or "") or _results_counted(name or "")
    if cost and not lagging:
        lagging = [cost]
    desc = description or ""
    if lagging:
        if desc and _LEADING_MARKERS.search(desc):
            return None
    else:
        if not desc or _LEADING_MARKERS.search(desc):
            return None
        d_lagging, d_leading = _metric_words(desc, lexicon)
        if d_leading or not d_lagging:
            return None
        lagging = d_lagging
    shown = ", ".join(f"'{w}'" for w in lagging)
    return Hit(
        tuple(lagging),
        f"'{full}' is a lagging metric ({shown}): it reports results after the fact",
        "list the leading KPIs that move first under `drivers:` (e.g. trial starts, "
        "activation rate, qualified pipeline), or declare `type: leading` if it is one",
    )


def lagging_kr_hit(facts: Facts, options: Options | None = None) -> Hit | None:
    """KR010: the KR moves a lagging metric."""
    lexicon = _lexicon_for(options)
    subject = facts.object or facts.core or facts.text
    lagging, leading = _metric_words(subject, lexicon)
    if leading or not lagging:
        return None
    moved = facts.direction or facts.target is not None or facts.change is not None
    if not (moved or facts.main_verb):
        return None  # "GMV x2 YoY" moves GMV by a factor
    if not moved and _ships_something(facts, lagging):
        return None  # "Send the NPS survey": the lagging word names what is shipped
    if facts.object_head in _WAIT_HEADS and all(
        word_info(phrase.split()[-1].lower()).lemma("NOUN") != facts.object_head
        for phrase in lagging
    ):
        return None  # "the peak box office queue", "the churn review backlog": a wait
        # or a queue, which the team sees move during the quarter
    shown = ", ".join(f"'{w}'" for w in lagging)
    return Hit(
        tuple(lagging),
        f"moves a lagging metric ({shown}) that shows results only after the quarter's "
        "work is done",
        "list the leading KPIs that predict it under `leading:` (e.g. activation rate, "
        "qualified pipeline) so progress shows during the period",
    )


#: heads of what waits or queues: seen as it moves, whatever they wait for
_WAIT_HEADS = frozenset(["queue", "wait", "backlog", "turnaround", "delay", "waiting"])


def _ships_something(facts: Facts, lagging: list[str]) -> bool:
    """An imperative whose verb builds or delivers something ("Send", "Implement")
    and whose object is a thing the lagging words only qualify ("the NPS *survey*",
    "a churn-risk scoring *model*"): what is shipped, not a metric being moved. When
    a lagging word is the object's head ("Move churn down"), the metric is moved."""
    if facts.form != "imperative" or facts.main_verb not in _sets()["solution"]:
        return False
    head = facts.object_head
    if not head or head in ("up", "down") or "NOUN" not in word_info(head).lemmas:
        return False  # no thing named
    return all(word_info(phrase.split()[-1].lower()).lemma("NOUN") != head for phrase in lagging)


# ------------------------------------------------------------------- KR011
def dependency_hit(facts: Facts, options: Options | None = None) -> Hit | None:
    """KR011 wording: the KR waits for another KR ("after KR1 ships")."""
    text = facts.text
    match = _DEPENDENCY_RE.search(text) if may_contain(text, _DEPENDENCY_CUES) else None
    if not match:
        return None
    ref = f"KR{match.group('num')}"
    phrase = match.group(0)
    return Hit(
        (ref,),
        f"depends on {ref} ('{phrase}'): one KR waiting for another makes both fail together",
        "make each KR achievable on its own; record a real dependency with `depends_on:`",
    )


# ------------------------------------------------------------------- KR013
@lru_cache(maxsize=64)
def _placeholder_regexes(extra: tuple[str, ...]) -> PatternSet:
    """The default patterns and ``extra``, in order; the first that matches names
    the placeholder. A pattern is tried only when the text holds the literals all
    its matches hold ("lorem", "tbd"...): most texts need two or three searches."""
    from .vocab import placeholder_patterns

    return PatternSet([re.compile(p, re.IGNORECASE) for p in (*placeholder_patterns(), *extra)])


def placeholder_hit(text: str, options: Options | None = None) -> Hit | None:
    """KR013: the text is a placeholder (TBD, TODO, XXX, ???, "insert metric"...).

    Pure regular expressions: no spaCy, cheap enough for every string.
    """
    if not isinstance(text, str):
        return None
    return placeholder_finder(options)(text)


def placeholder_finder(options: Options | None = None) -> Callable[[str], Hit | None]:
    """``placeholder_hit`` with these options, for many texts: the options are read
    once, and each distinct text is judged once per process."""
    extra = tuple(p for p in (options or {}).get("extra_patterns") or () if isinstance(p, str))

    def find(text: str) -> Hit | None:
        return _placeholder_hit(text, extra) if text.strip() else None

    return find


@lru_cache(maxsize=65_536)
def _placeholder_hit(text: str, extra: tuple[str, ...]) -> Hit | None:
    match = _placeholder_regexes(extra).search(text)
    if not match:
        return None
    found = match.group(0).strip() or text.strip()
    return Hit(
        (found,),
        f"'{found}' is placeholder text, not a real statement or value",
        "write the real statement or value before merging",
    )


__all__ = [
    "Hit",
    "binary_hit",
    "dependency_hit",
    "lagging_kpi_hit",
    "lagging_kr_hit",
    "maintain_hit",
    "objective_quantity_hit",
    "placeholder_finder",
    "placeholder_hit",
    "solution_hit",
    "vague_hit",
]
