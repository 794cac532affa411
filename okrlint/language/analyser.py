"""Turn statements into ``Facts``.

The analyser looks at structure, not at words anywhere: it finds the governing
verb and what it acts on, so that "Increase the share of agencies who complete
onboarding from 40% to 70%" is an increase of a *share* (an outcome) although
it contains "complete", while "Complete the audit" is a completion.

Without a trained spaCy pipeline (the default: ``spacy.blank("en")``) the
part-of-speech hints come from lemminflect's per-UPOS lemma tables and a few
positional rules that suit the terse, imperative style of OKRs. With a trained
pipeline (``Analyser(model="en_core_web_sm")``) its tags are used instead.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .facts import Facts, Quantity
from .nlp import GET_FORMS, WordInfo, load_pipeline, word_info
from .quantities import (
    CHANGE_NOUNS,
    OPENERS,
    SUBORDINATORS,
    TIME_UNITS,
    NumberFacts,
    extract,
    is_scope,
)
from .vocab import VERB_CLASS_NAMES, Lexicon, split_phrase
from .vocab import nominal_verbs as vocab_nominal_verbs
from .vocab import words as vocab_words

_PREFIX_RE = re.compile(
    r"(?:\s*(?:[-*•·▪►▶>+–—~]+(?=\s|\w)|\[[ xX✓✔]?\]|\(?\d{1,2}[.)](?=\s)"
    r"|\(?(?:[a-h]|ii?i?|iv|vi?i?i?)\)(?=\s)"  # "(a)", "b)", "(iv)"
    r"|(?:okr|kr|key\s+result|o|obj|objective|kpi|goal|outcome)\s*[-#]?\s*\d*(?:\.\d+)*"
    r"\s*[:.)\-–—](?=\s)|[^\w\s$€£¥(\[\"'#<{]+))\s*",
    re.IGNORECASE,
)
# A tracker's note after the statement: progress ("— 60% done", "(3/5 complete)"),
# status ("(on track)", "RAG: amber"), confidence ("conf 0.7"), owner ("— owner: @dana",
# "@dana"), due date ("(due 30/06)"), period tags ("[Q3]") and hashtags. A status
# needs a dash, bracket or bar before it: "Keep delivery on track" is a statement.
_ANNOTATION_RE = re.compile(
    r"(?:(?:\s+[—–-]\s*|\s*[(\[|,;]\s*)(?:"
    r"\d{1,3}(?:\.\d+)?\s?%\s*(?:done|complete|completed|there|achieved)"
    r"|\d+\s*/\s*\d+\s+(?:done|complete|completed|shipped)"
    r"|(?:status\s*:\s*)?(?:on\s+track|off\s+track|at\s+risk|behind\s+plan"
    r"|ahead\s+of\s+plan|not\s+started|in\s+progress|blocked|done)"
    r"|owner\s*:\s*@?[\w.\-]+(?:\s+[\w.\-]+)?"
    r"|due\s*:?\s*(?:\d[\d/.\-]*|eo[qmyw]|[qh][1-4]|\d{1,2}\s+[a-z]{3,9}|[a-z]{3,9}\s+\d{1,2})"
    r"|(?:q[1-4]|h[12]|fy\s?\d{2,4})(?:\s*\d{2,4})?(?=\]))"
    r"|(?:\s*[—–(\[|,;-]\s*|\s+)(?:"
    r"rag\s*:?\s*(?:red|amber|green)"
    r"|conf(?:idence)?\s*[:=]?\s*(?:0?\.\d+|\d{1,3}\s?%|\d{1,2}(?:\.\d)?\s*/\s*(?:5|10))"
    r"|\d{1,3}\s?%\s+confident"
    r"|@[a-z][\w.\-]*|#[a-z][\w-]*))"
    r"[)\]]?[\s.!;,…]*$",
    re.IGNORECASE,
)
#: a word or mark every note ``_ANNOTATION_RE`` cuts contains: a cheap test first
_ANNOTATION_CUES = (
    "done", "complete", "there", "achieved", "shipped", "track", "risk", "plan", "started",
    "progress", "blocked", "rag", "conf", "owner", "@", "due", "[", "#",
)  # fmt: skip


def _ends_with_a_note_cue(tail: str) -> bool:
    """A word of a tracker's note in the last characters of a statement (lower case)."""
    for cue in _ANNOTATION_CUES:  # noqa: SIM110 - faster than any() over a generator
        if cue in tail:
            return True
    return False


_EMPHASIS_RE = re.compile(r"(?<![\w*_`])(\*\*|__|\*|_)(?=[^\s*_])(.+?)(?<=[^\s*_])\1(?![\w*_])")
_MARK_RE = re.compile(r"`+|\*\*+|__+")
#: What ``clean_span`` cuts from the end (``_trailing_start`` finds it without a search).
_TRAILING_RE = re.compile(r"[\s.!;,…]*[^\w\s%％)\]\"'?$€£¥₹]*[\s.!;,…]*$")
#: Fixed openings before the verb; a speaker with modals or "to" verbs ("We'll",
#: "I want to", "The team needs to") is read by ``_lead_in``.
_FILLERS = (
    ("our", "goal", "is", "to"), ("the", "goal", "is", "to"),
    ("our", "aim", "is", "to"), ("the", "aim", "is", "to"),
    ("our", "objective", "is", "to"), ("the", "objective", "is", "to"),
    ("our", "plan", "is", "to"), ("the", "plan", "is", "to"),
    ("let's",), ("lets",), ("let", "'s"), ("please",), ("to",),
    # impersonal openings of formal and translated English
    ("it", "is", "needed", "to"), ("it", "is", "necessary", "to"),
    ("it", "is", "required", "to"), ("it", "is", "important", "to"),
    ("it", "is", "planned", "to"), ("it", "'s", "necessary", "to"),
    ("it", "'s", "important", "to"), ("there", "is", "a", "need", "to"),
)  # fmt: skip
#: The fillers by first word, in ``_FILLERS`` order: only those can match at a word.
_FILLERS_BY_FIRST = {
    first: tuple(filler for filler in _FILLERS if filler[0] == first)
    for first in {filler[0] for filler in _FILLERS}
}
_LEADING_ADVERBS = frozenset(
    [
        "significantly",
        "substantially",
        "dramatically",
        "drastically",
        "successfully",
        "fully",
        "further",
        "continuously",
        "consistently",
        "also",
        "always",
        "never",  # "Never miss a payroll cut-off": the verb after it (KR007 reads "never")
        "quickly",
        "kindly",  # "Kindly ensure SLA adherence of 98.5%": a polite request
        "rapidly",
        "materially",
        "meaningfully",
        "massively",
        "greatly",
        "radically",
    ]
)
#: how many words such a phrase may take
_OPENER_WORDS = 16
_PARTICLES = frozenset(["up", "out", "off", "down", "live", "over"])
#: "get" or "have", a thing and its state: the state is the goal
_CAUSATIVES = frozenset(["get", "have"])
#: what may follow a state and ends it: "live this sprint", "fixed ASAP"
_STATE_ENDERS = frozenset(
    ["this", "next", "asap", "today", "now", "soon", "everywhere", "nationwide", "worldwide"]
    + ["citywide", "statewide", "globally"]
)
# particles a verb takes as its own ("scale up the team", "move churn down"): not
# part of the object; with a verb of ``direction_particle_verbs``, "up" and "down"
# give the direction
_VERB_PARTICLES = frozenset(["up", "down", "out", "off"])
_DIRECTION_PARTICLES = {"up": "increase", "down": "decrease"}
_COPULAS = frozenset(["is", "are", "was", "were", "be", "been", "being"])
_STAY_VERBS = frozenset(["stays", "stay", "remains", "remain", "stayed", "remained"])
_STATE_WORDS = frozenset(
    [
        "live",
        "ready",
        "done",
        "complete",
        "completed",
        "available",
        "operational",
        "approved",
        "finished",
        "established",
        "running",
    ]
)
#: states that end a statement after a singular noun only: "Showroom open", but "P1
#: bugs open at month end" names a metric and "overrides left open" a condition
_TRAILING_STATES = frozenset(["open"])
_ENDING_STATES = _STATE_WORDS | _TRAILING_STATES
#: nouns of many that no plural ending shows
_GROUP_NOUNS = frozenset(["people", "staff", "police", "public", "folk", "cattle"])


def _names_one_thing(w: _Word) -> bool:
    """``w`` is a singular noun (or a word the dictionary does not know, or a name's
    number), not a participle or a group of people."""
    lemmas = w.info.lemmas
    return (
        not w.vbn
        and not w.info.is_plural_noun
        and w.lower not in _GROUP_NOUNS
        and ("NOUN" in lemmas or not lemmas)
        and w.lower.isalnum()  # "Store 4 open by May": a name's number, no amount
    )


_STATE_ADVERBS = frozenset(
    [
        "fully",
        "now",
        "all",
        "successfully",
        "completely",
        "formally",
        "officially",
        "also",
        "finally",
        "already",
        "properly",
    ]
)
_BOUNDARY = frozenset(
    [
        "from",
        "to",
        "by",
        "within",
        "in",
        "per",
        "below",
        "under",
        "above",
        "over",
        "at",
        "during",
        "before",
        "after",
        "until",
        "till",
        "across",
        "among",
        "for",
        "on",
        "with",
        "without",
        "via",
        "through",
        "while",
        "so",
        "versus",
        "vs",
        "than",
        "where",
        "when",
        "because",
        "and",
        "or",
        "but",
        "into",
        "around",
    ]
)
_PUNCT_RE = re.compile(r"[,;:()\[\]]|\s[-–—]\s")
# "20 calls/day", "3 trainings/month": a slash before one of these is "per", a boundary
_PER_SLASH_UNITS = frozenset([
    "day", "days", "week", "weeks", "wk", "month", "months", "mo", "quarter", "qtr", "year",
    "yr", "hour", "hr", "h", "shift", "sprint", "term", "semester", "person", "head", "user",
    "rep", "fte", "site", "store", "branch", "team",
])  # fmt: skip
_ALNUM_RE = re.compile(r"[^\W_]")  # any str.isalnum() character
_HYPHENS = frozenset(["-", "‐"])
_TRAILING_PUNCT = frozenset(".!;,…")  # with whitespace: the [\s.!;,…] runs of _TRAILING_RE
_TRAILING_KEEP = frozenset("_%％)]\"'?$€£¥₹")  # with \w and \s: what its middle run excludes
_ACRONYM_PLURAL_RE = re.compile(r"[A-Z]{2,}s$")
_SUBJECT_DETS = frozenset(["the", "our", "every", "each", "all", "their", "its"])
_LINKING_VERBS = frozenset(["become", "get", "make", "have", "do", "be"])
#: verbs that only carry a task noun in non-native English: "Make the implementation of"
_DOING_VERBS = frozenset(["make", "do", "perform", "realise", "realize"])
#: "in place", and of a law or a regime "in force": done, or not yet
_IN_STATES = frozenset(["place", "force"])
#: verbs a hurried writer puts after the metric ("Churn reduce to 3%", "NPS keep
#: above 40"): of change and of holding, without the ones that name metrics as nouns
#: ("weight gain", "call hold", "length of stay", "price drop")
_SUBJECT_FIRST_VERBS = frozenset(
    ["improve", "enhance", "optimise", "optimize", "reduce", "increase", "decrease", "grow"]
    + ["raise", "lower", "cut", "boost", "maximise", "maximize", "minimise", "minimize"]
    + ["strengthen", "streamline", "shorten", "accelerate", "tighten", "simplify", "keep"]
    + ["maintain", "sustain", "preserve", "protect", "safeguard"]
)  # fmt: skip
#: a value's label or a placeholder, not a task's: "NPS: Target 75 / Actual 68",
#: "TBD - confirm with Customer Experience"
_NOT_LABELS = frozenset(
    ["target", "goal", "actual", "current", "baseline", "forecast", "plan", "budget"]
    + ["tbd", "tbc", "todo", "fixme"]
)  # fmt: skip
#: words that take the level a verb moves to or holds at
_LEVEL_WORDS = frozenset(
    ["to", "by", "at", "from", "above", "below", "under", "over", "within", "beyond"]
    + ["steady", "further", "significantly"]
)  # fmt: skip
_POSSESSIVES = frozenset(["'s", "’s", "'"])
_RELATIVES = frozenset(["who", "that", "which", "whose", "where", "whom"])
_QUANTIFIER_NOUNS = frozenset(["number", "amount", "count", "total", "volume", "quantity"])
_NOUN_FIRST_NEXT = frozenset(
    [
        "of",
        "per",
        "rate",
        "rates",
        "from",
        "is",
        "are",
        "was",
        "were",
        "has",
        "have",
        "stays",
        "remains",
        "stay",
        "remain",
    ]
)
_DET_LIKE = frozenset(
    [
        "the",
        "a",
        "an",
        "our",
        "their",
        "its",
        "my",
        "your",
        "this",
        "that",
        "these",
        "those",
        "all",
        "every",
        "each",
        "both",
        "any",
        "some",
        "more",
        "less",
        "fewer",
        "new",
    ]
)
#: what opens a verb's object after a subject ("The board approves *the* budget"); not a
#: comparison ("Revenue grows *more*") nor "new", which also opens a metric's name
_OBJECT_DETS = (_DET_LIKE - {"more", "less", "fewer", "new"}) | {"his", "her"}
_DIRECTION_NOUNS = frozenset(
    [
        "increase",
        "increases",
        "decrease",
        "decreases",
        "reduction",
        "reductions",
        "growth",
        "improvement",
        "improvements",
        "boost",
        "uplift",
        "rise",
        "drop",
        "decline",
    ]
)
#: nominal and comparative direction words ("increase of", "fewer incidents")
_INCREASE_MARKERS = frozenset(
    {"increase", "increases", "growth", "rise", "uplift", "more", "higher"}
)
_DECREASE_MARKERS = frozenset(
    {"decrease", "decreases", "reduction", "reductions", "drop", "decline", "fewer", "less"}
    | {"lower"}
)
_IMPROVEMENT_NOUNS = frozenset(
    [
        "improvement",
        "improvements",
        "increase",
        "increases",
        "boost",
        "uplift",
        "growth",
        "optimization",
        "optimisation",
        "enhancement",
        "enhancements",
        "reduction",
        "decrease",
    ]
)
#: gerunds that open a goal as its imperative would ("Reducing churn from 5% to 3%"),
#: and are hardly ever the first word of a noun ("holding costs", "growing season",
#: "cutting tools" and "lifting equipment" are, so hold, grow, cut and lift are not here)
_GERUND_AIMS = frozenset(
    ["maintaining", "keeping", "sustaining", "reducing", "increasing", "improving"]
    + ["lowering", "raising", "boosting", "decreasing", "shortening", "halving"]
    + ["doubling", "minimising", "minimizing", "maximising", "maximizing", "eliminating"]
)
_IMPROVEMENT_PARTICIPLES = frozenset(
    [
        "improved",
        "increased",
        "enhanced",
        "reduced",
        "optimized",
        "optimised",
        "boosted",
        "streamlined",
        "strengthened",
        "accelerated",
        "lowered",
        "raised",
        "grown",
        "better",
    ]
)


@dataclass(slots=True)
class _Word:
    text: str
    lower: str
    start: int
    end: int
    info: WordInfo
    tag: str = ""  # fine-grained tag from a trained pipeline, if any
    qty: Quantity | None = None
    in_deadline: bool = False
    hyphen_after: bool = False
    punct_before: bool = False

    @property
    def function(self) -> str | None:
        return self.info.function

    @property
    def vbn(self) -> bool:
        return self.tag == "VBN" if self.tag else self.info.is_vbn

    @property
    def vbg(self) -> bool:
        return self.tag == "VBG" if self.tag else self.info.is_vbg


_TIME_UNIT_NAMES = frozenset(name for name, _seconds in TIME_UNITS.values())
_LEAD_WORDS = frozenset({"before", "ahead", "prior", "early", "earlier"})


def _lead_time(body: list[_Word], at: int) -> bool:
    """A time before a date from ``body[at]`` on: "6 months before the season opens",
    "2 weeks ahead of Easter", "3 days early"."""
    if at >= len(body) or body[at].qty is None or body[at].qty.unit not in _TIME_UNIT_NAMES:
        return False
    end = body[at].qty.end
    after = [w.lower for w in body[at + 1 : at + 3] if w.start >= end]
    if after and after[0] in TIME_UNITS:  # the unit may be a word of its own
        after = after[1:]
    return bool(after) and after[0] in _LEAD_WORDS


_DESTINATION_WORDS = frozenset({"to", "into", "onto"})
_TIME_STANDARD_NEXT = frozenset({"within", "inside", "under"})
#: task nouns that name a project when they end a short noun phrase ("CRM migration");
#: nouns that also name what is measured ("release", "hiring", "training") are left out
_TRAILING_TASKS = frozenset(
    ["migration", "rollout", "roll-out", "launch", "go-live", "implementation", "upgrade"]
    + ["redesign", "rebuild", "overhaul", "installation", "replacement", "refurbishment"]
    + ["renovation", "cutover", "cut-over", "decommissioning", "switch-off", "phase-out"]
    + ["integration", "deployment", "modernisation", "modernization", "consolidation"]
)


#: Who speaks in a goal written as an intention ("We'll ship ...", "I want ..."), and
#: what may come between them and the verb: modals, and verbs that take "to".
_LEAD_SUBJECTS = frozenset(["we", "i", "team", "you"])
#: the speakers a verb may follow with no modal: "We launch ...", "I hired ..."
_PRONOUN_SUBJECTS = frozenset(["we", "i"])
_LEAD_MODALS = frozenset(["will", "'ll", "shall", "must", "should", "can", "could", "would", "'d"])
_LEAD_TO_VERBS = frozenset(
    ["want", "wants", "need", "needs", "have", "has", "plan", "plans", "aim", "aims"]
    + ["hope", "hopes", "try", "tries", "intend", "intends", "expect", "expects", "like"]
    + ["going", "aiming", "trying", "planning", "hoping", "looking", "wish", "commit"]
)  # fmt: skip
_LEAD_BE = frozenset(["are", "'re", "am", "'m", "is"])
#: "wanna", "gonna" (split "gon" "na") and "gotta" (split "got" "ta") need no "to"
_LEAD_FUSED = frozenset(["wanna", "gon", "got"])
_LEAD_FUSED_ENDS = {"gon": "na", "got": "ta"}
_LEAD_TO_OR_FUSED = _LEAD_TO_VERBS | _LEAD_FUSED
#: the words a lead-in can start with (most statements start with none of them)
_LEAD_FIRST = _LEAD_SUBJECTS | _LEAD_MODALS | _LEAD_TO_VERBS | _LEAD_FUSED | {"the", "our"}


def _lead_chain(words: list[_Word], i: int) -> int:
    """How many words from ``i`` are modals and "to" verbs before the verb: "will",
    "'re going to", "need to", "'d like to", "gonna", "will try to"."""
    k = i
    while k < len(words) - 1:
        lower = words[k].lower
        nxt = words[k + 1].lower
        if lower in _LEAD_MODALS:
            k += 1
        elif lower in _LEAD_BE and nxt in _LEAD_TO_OR_FUSED:
            k += 1  # "are going to", "'re gonna": the "to" verb follows
        elif lower in {"'ve", "have"} and nxt == "got" and _word_is(words, k + 2, "to"):
            k += 3  # "We've got to": not "We got to 500 customers", a result
        elif lower in _LEAD_TO_VERBS and nxt == "to":
            k += 2
        elif lower == "wanna":
            k += 1
        elif lower in _LEAD_FUSED_ENDS and nxt == _LEAD_FUSED_ENDS[lower]:
            k += 2
        else:
            break
    return k - i if k < len(words) else 0


_WANT_VERBS = frozenset(["want", "wants", "need", "needs"])


def _wants_done(words: list[_Word], k: int) -> bool:
    """ "want" or "need", then what should change and "to" with its verb, within a
    few words: "I want our expansion calls to go from 8 to 25" is about the calls."""
    if k >= len(words) - 3 or words[k].lower not in _WANT_VERBS or words[k + 1].lower == "to":
        return False
    for j in range(k + 2, min(k + 7, len(words) - 1)):
        if words[j].lower == "to":
            return words[j + 1].info.is_verb_base and words[j + 1].qty is None
        if words[j].qty is not None or words[j].punct_before:
            return False
    return False


_MODALS = _LEAD_MODALS | {"may", "might"}


def _modal_after_subject(body: list[_Word]) -> bool:
    """A first word that can be a noun, one more word, then a modal: "Design handoff
    should feel smoother", "Test coverage will reach 80%" - a subject, not an
    imperative and its object ("Ship features customers will love" is one)."""
    if len(body) < 4 or "NOUN" not in body[0].info.lemmas:
        return False
    second, modal = body[1], body[2]
    return (
        modal.lower in _MODALS
        and not (modal.punct_before or second.punct_before)
        and not second.function
        and second.qty is None
    )


def _word_is(words: list[_Word], k: int, lower: str) -> bool:
    return k < len(words) and words[k].lower == lower


def _lead_in(words: list[_Word], i: int) -> int:
    """The length of an intention's lead-in at ``i`` ("We'll", "We're gonna", "I want
    to", "Our team needs to", "Can we", "Try to"), 0 if none; the verb follows it."""
    lower = words[i].lower
    if lower not in _LEAD_FIRST:
        return 0
    k = i
    if lower in _LEAD_MODALS and i + 1 < len(words) and words[i + 1].lower in _LEAD_SUBJECTS:
        k = i + 2  # a question: "Can we get churn under 3%?"
    elif lower in _LEAD_SUBJECTS:
        k = i + 1
    elif lower in {"the", "our"} and i + 1 < len(words) and words[i + 1].lower == "team":
        k = i + 2
    chain = _lead_chain(words, k)
    if not chain and k > i and _wants_done(words, k):
        return k - i + 1  # "I want our expansion calls to go from 8 to 25": the calls
    if not chain and lower in _PRONOUN_SUBJECTS and k < len(words) - 1:
        # "We launch a wedding package by February", "We hired two more night bakers",
        # "We keep first-response time under 1 hour": the speaker, then the verb
        verb = words[k + 1] if words[k].lower in _LEADING_ADVERBS else words[k]
        if (
            "VERB" in verb.info.lemmas
            and not (verb.vbg or verb.function or verb.qty)
            # "We need a partner network", "We got to 500 customers": no task
            and verb.lower not in _LEAD_TO_OR_FUSED | _LEAD_BE
            and verb.info.lemma("VERB") not in _LINKING_VERBS
        ):
            return k - i
    if k == i:
        # no speaker: only a verb that takes "to" ("Try to keep ...", "Need to fix ...")
        starts = lower in _LEAD_TO_VERBS - {"have", "has", "like", "going"}
        return chain if chain and (starts or lower in _LEAD_FUSED) else 0
    if chain or lower in _LEAD_MODALS:  # "Can we" needs no modal after it
        return k - i + chain
    return 0  # "The team ships weekly": a subject and its verb, no intention


#: Shorthand read as the word it stands for ("Sign w/ a US agent"), curly apostrophes as
#: straight.
_SHORTHAND = {"w/": "with", "w/o": "without", "’ll": "'ll", "’re": "'re"}
_SHORTHAND |= {"’m": "'m", "’d": "'d", "’ve": "'ve", "’s": "'s"}
# dashboard marks: a tick is "done" ("SOC 2 Type II ✔ by Q3"), an arrow up or down a
# change ("Fill rate ↑ at Tier-1 stores" reads as "Fill rate increased ...")
_SHORTHAND |= {"✔": "done", "✓": "done", "☑": "done", "✅": "done"}
_SHORTHAND |= {"↑": "increased", "⬆": "increased", "↓": "decreased", "⬇": "decreased"}


#: verbs that set or keep a level, which a bound may follow: "Reach ≥90%", "Hold <2%"
_LEVEL_VERBS = frozenset(
    ["reach", "hit", "get", "achieve", "attain", "exceed", "beat", "keep", "hold", "stay"]
    + ["remain", "maintain", "sustain", "deliver", "ensure", "secure", "top", "land"]
)


def _bound_after_first(text: str, body: list[_Word]) -> bool:
    """A comparison sign or a ceiling right after a first word that can be a noun:
    "Shrink ≤1.5%", "Spend <$40k", "Shrink no more than 1.5% of sales"; not after a
    verb that sets a level ("Maintain >=99.9% ...") nor a floor after one that moves
    ("Cut at least 20% of waste")."""
    if len(body) < 2 or "NOUN" not in body[0].info.lemmas or body[0].lower in _LEVEL_VERBS:
        return False
    rest = text[body[0].end : body[1].end].lstrip()  # the tokenizer keeps "≤1.5" whole
    if rest[:1] in ("<", ">", "≤", "≥") and rest[1:].lstrip(" =$€£¥~")[:1].isdigit():
        return True
    return _CEILING_AFTER_FIRST.match(text, body[0].end) is not None


_CEILING_AFTER_FIRST = re.compile(r"\s+(?:no\s+more\s+than|at\s+most)\s+[$€£¥~]?\d", re.IGNORECASE)


def _wide_after(body: list[_Word], k: int) -> bool:
    """ "network-wide", "fleet-wide" at ``k``: where a state holds, not what is in it."""
    return (
        k + 1 < len(body)
        and body[k].hyphen_after
        and body[k + 1].lower == "wide"
        and (
            k + 2 == len(body)
            or body[k + 2].function in {"ADP", "CCONJ"}
            or body[k + 2].punct_before
        )
    )


def _because_slash(tokens: list[Any], i: int) -> bool:
    """ "b/c" (because), which the tokenizer splits into "b", "/" and "c"."""
    return (
        i + 2 < len(tokens)
        and not tokens[i].whitespace_
        and tokens[i + 1].text == "/"
        and not tokens[i + 1].whitespace_
        and tokens[i + 2].text.lower() == "c"
    )


def _moved_to(body: list[_Word]) -> bool:
    """After a past tense, one to three bare nouns, then "to", "into" or "onto" and a
    word that is not a number: "Migrated billing to Stripe", "Moved support onto
    Zendesk". With a number anywhere, the participle may describe a metric instead
    ("Qualified leads to 300", "Converted trials to paid: 12% to 18%")."""
    if any(w.qty is not None for w in body):
        return False
    for index in range(1, min(len(body) - 1, 5)):
        word = body[index]
        if word.lower in _DESTINATION_WORDS:
            return index > 1 and not body[index + 1].punct_before
        if word.function or word.punct_before or word.hyphen_after:
            return False
    return False


def clean_span(text: str) -> tuple[int, int]:
    """Character span of the statement proper: no bullets, "KR1:", emoji, final dot or
    the notes a tracker adds after it ("— 60% done", "(on track)", "owner: @dana")."""
    start = 0
    while True:
        match = _PREFIX_RE.match(text, start)
        if not match or match.end() == start:
            break
        start = match.end()
    end = _trailing_start(text, start)
    if end <= start:
        return 0, len(text.rstrip())
    if _ends_with_a_note_cue(text[max(0, end - 60) : end].lower()):
        while (note := _ANNOTATION_RE.search(text, max(start, end - 80), end)) and (
            note.start() > start
        ):
            cut = _trailing_start(text, start, note.start())
            if cut <= start:
                break
            end = cut
    return start, end


MAX_ANALYSED = 2_000
"""Statements are read up to the schema's longest title (longer ones are DOC002): the
words past it would cost time, and past 1,000,000 characters spaCy refuses them."""
_LONG_RUN_RE = re.compile(r"\S{64,}")


def _tame(text: str) -> str:
    """``text`` cut at ``MAX_ANALYSED`` characters, with every run of 64 or more
    characters without a space that is mostly not letters written as letters, at the
    same offsets: no word or number is that long, and a run of "$" or of "1-" is what
    makes the tokenizer's suffix search and the number patterns slow down with the
    square of its length (a link, mostly letters, is read as it is)."""
    if len(text) > MAX_ANALYSED:
        text = text[:MAX_ANALYSED]
    if len(text) < 64:
        return text
    return _LONG_RUN_RE.sub(_letters_for_symbols, text)


def _letters_for_symbols(match: re.Match[str]) -> str:
    run = match.group(0)
    return "x" * len(run) if sum(c.isalpha() for c in run) * 4 < len(run) else run


def mask_markup(text: str) -> str:
    """``text`` with the marks of Markdown emphasis and code as spaces, at the same
    offsets: "**KR2:** _Double_ `signups`" reads as "KR2: Double signups"."""
    if not ("*" in text or "_" in text or "`" in text):
        return text
    text = _EMPHASIS_RE.sub(
        lambda m: " " * len(m.group(1)) + m.group(2) + " " * len(m.group(1)), text
    )
    return _MARK_RE.sub(lambda m: " " * len(m.group(0)), text)


def _trailing_start(text: str, start: int, stop: int | None = None) -> int:
    r"""``_TRAILING_RE.search(text, start).start()``, scanning back from the end instead.

    The search retries from every position. Every suffix of a match of ``A*B*A*$``
    (``A`` = ``[\s.!;,…]``, ``B`` its middle class) is a match too, so the leftmost
    match starts where reading backwards through the runs A, B, A first gets stuck.
    """
    i = len(text) if stop is None else stop
    run = 0
    while i > start:
        ch = text[i - 1]
        outer = ch.isspace() or ch in _TRAILING_PUNCT
        middle = not (ch.isalnum() or ch.isspace() or ch in _TRAILING_KEEP)
        if run == 0 and not outer:
            if not middle:
                break
            run = 1
        elif run == 1 and not middle:
            if not outer:
                break
            run = 2
        elif run == 2 and not outer:
            break
        i -= 1
    return i


#: what joins a further imperative clause to the aim (a semicolon does too)
_CLAUSE_JOINS = frozenset(["and", "plus"])


class Analyser:
    """Turn statements into ``Facts`` (see the module docstring)."""

    def __init__(
        self, model: str | None = None, vocab_extra: dict[str, list[str]] | None = None
    ) -> None:
        self.model = model
        self.lexicon = Lexicon(vocab_extra)
        self._nlp: Any = None
        self._has_tagger = False
        classes = self.lexicon.classes
        verbs: set[str] = set()
        for name in VERB_CLASS_NAMES:
            for entry in classes[name]:
                if " " in entry or (entry in _STATE_WORDS and entry != "complete"):
                    continue
                verbs.add(entry)
        verbs.update({"ensure", "make", "become", "be", "bring", "help", "give"})
        # "Service levels", "Staff turnover": read as verbs only where any noun-or-verb
        # word is one (before a determiner, a number or a pronoun)
        self._verbs = frozenset(verbs) - frozenset(vocab_words("noun_first_verbs"))
        # verbs of doing a task, which a subject may precede ("The board approves ...")
        self._task_verbs = frozenset(
            entry
            for name in ("solution_verbs", "completion_verbs", "milestone_verbs")
            for entry in classes[name]
            if " " not in entry
        )
        self._particle_verbs = frozenset(vocab_words("direction_particle_verbs"))
        self._nominal_verbs = vocab_nominal_verbs()
        self._improving = frozenset(
            word
            for name in ("vague_verbs", "increase_words", "decrease_words")
            for word in vocab_words(name)
        )
        # two-word nouns whose first word is an -ing form ("coaching session",
        # "onboarding call"): kept whole in a phrase ("parent coaching sessions")
        self._ing_compounds = frozenset(
            tuple(words)
            for name in ("activity_nouns", "leading_metrics", "lagging_metrics", "metric_nouns")
            for entry in classes[name]
            if len(words := entry.split()) == 2 and words[0].endswith("ing")
        )

        def phrases(*names: str) -> frozenset[tuple[str, ...]]:
            return frozenset(
                tuple(split_phrase(entry))
                for name in names
                for entry in classes[name]
                if " " in entry
            )

        task_phrases = phrases("solution_verbs", "completion_verbs")
        self._phrasal = task_phrases | phrases("vague_verbs", "decrease_words")
        # a task verb and its particle, which a subject may precede ("The board signs
        # off the plan"); not "Sales picks up the pace"
        self._task_phrasals = frozenset(
            p for p in task_phrases if len(p) == 2 and p[1] in _VERB_PARTICLES
        )
        # verbs the vocabularies write with a hyphen ("fine-tune", "right-size"), as
        # their two words; a phrasal verb hyphened is a noun ("a stand-up", "the roll-out")
        self._hyphened = frozenset(
            tuple(split_phrase(entry))
            for name in VERB_CLASS_NAMES
            for entry in vocab_words(name)
            if "-" in entry and " " not in entry
        )

    # ------------------------------------------------------------------ public
    def analyse(self, texts: Sequence[str], batch_size: int = 256) -> list[Facts]:
        """Analyse statements in batches; identical strings are analysed once."""
        unique: dict[str, int] = {}
        for text in texts:
            unique.setdefault(text, len(unique))
        order = list(unique)
        if not order:
            return []
        nlp = self._pipeline()
        results: list[Facts] = []
        masked = [_tame(mask_markup(text)) for text in order]
        for text, plain, doc in zip(
            order, masked, nlp.pipe(masked, batch_size=batch_size), strict=True
        ):
            results.append(self._facts(plain, doc, text))
        return [results[unique[text]] for text in texts]

    def analyse_one(self, text: str) -> Facts:
        return self.analyse([text])[0]

    # ----------------------------------------------------------------- helpers
    def _pipeline(self) -> Any:
        if self._nlp is None:
            self._nlp, self._has_tagger = load_pipeline(self.model)
        return self._nlp

    def _words(
        self, text: str, doc: Any, start: int, end: int, numbers: NumberFacts
    ) -> list[_Word]:
        words: list[_Word] = []
        # quantities are sorted and never overlap (extract blocks taken spans), so the
        # first one not ending before a token is the only candidate to overlap it
        # a modifier ("a three-year grant") is a word of the phrase, not a count
        quantities = numbers.countable
        n_quantities = len(quantities)
        q_next = 0
        dl_start, dl_end = numbers.deadline_span or (0, 0)
        has_tagger = self._has_tagger
        tokens = list(doc)
        last = len(tokens) - 1
        prev_end = start
        skip_to = -1
        for i, tok in enumerate(tokens):
            idx = tok.idx
            if idx < start or idx >= end or i <= skip_to:
                continue
            tok_text = tok.text
            tok_end = idx + len(tok_text)
            lower = tok_text.lower()
            if lower in _SHORTHAND:
                lower = _SHORTHAND[lower]
            elif lower == "b" and _because_slash(tokens, i):
                tok_text, lower, tok_end, skip_to = (
                    text[idx : tokens[i + 2].idx + 1],
                    "because",
                    tokens[i + 2].idx + 1,
                    i + 2,
                )
            elif not (tok_text.isalnum() or _ALNUM_RE.search(tok_text)):
                continue
            qty = None
            if q_next < n_quantities:
                while q_next < n_quantities and quantities[q_next].end <= idx:
                    q_next += 1
                if q_next < n_quantities and quantities[q_next].start < tok_end:
                    qty = quantities[q_next]
            between = text[prev_end:idx]  # punctuation needs a non-space character
            words.append(
                _Word(  # positional, in field order: keywords make this call twice as slow
                    sys.intern(tok_text),  # kept in Facts.tokens: share repeated words
                    lower,
                    idx,
                    tok_end,
                    word_info(lower),
                    tok.tag_ if has_tagger else "",
                    qty,
                    dl_start <= idx < dl_end,
                    i < last and not tok.whitespace_ and tokens[i + 1].text in _HYPHENS,
                    bool(
                        between
                        and not between.isspace()
                        and (
                            _PUNCT_RE.search(between)
                            or (between == "/" and lower in _PER_SLASH_UNITS)
                        )
                    ),
                )
            )
            prev_end = tok_end
        return words

    def _facts(self, text: str, doc: Any, original: str | None = None, whole: bool = True) -> Facts:
        """The facts of ``text``, the statement ``original`` with its Markdown marks
        masked (``mask_markup``: the same offsets); ``whole`` is False for one clause
        of a statement (``Facts.parts``), whose own clauses are not looked for."""
        core_start, core_end = clean_span(text)
        numbers = extract(text, core_start, core_end)
        words = self._words(text, doc, core_start, core_end, numbers)
        i = self._skip_fillers(words) or self._label_prefix(text, words)
        # where the aim starts after an opener or a subordinate clause and its comma
        lead = max((w.start for w in words[1 : i + 1] if w.punct_before), default=0) if i else 0
        if lead and any(q.end <= lead for q in numbers.quantities):
            # "Across all 22 clinics, cut waiting times": the opener's numbers are context
            numbers = extract(text, core_start, core_end, lead)
            words = self._words(text, doc, core_start, core_end, numbers)
        subject = 0 if i else self._subject_end(words)
        body = words[subject or i :]
        if subject:
            parse = _Parse()  # "The board approves the FY27 budget": the verb's
            self._imperative(parse, body)
        else:
            parse = self._structure(body)
        if parse.verb_idx == {0} and (
            _bound_after_first(text, body) or self._names_a_measure(body, numbers)
        ):
            # "Shrink ≤1.5% of sales", "Spend <$40k/mo": a verb takes an object, not a
            # bound, so the first word names the metric; so does a task word before a
            # bare noun that moves ("Audit findings from 9 to 2", "Design defects 40 → 10")
            parse = _Parse()
            parse.form = "noun_phrase"
            self._object(parse, body, 0)
        lemmas = tuple(
            (w.info.lemma("VERB") if k in parse.verb_idx else w.info.lemma())
            for k, w in enumerate(body)
        )
        lemmas = tuple(words[k].info.lemma() for k in range(subject or i)) + lemmas
        # the words of a clause that explains the aim ("..., so that fewer dogs lapse")
        # are not the aim's: no vocabulary, comparative or direction of theirs counts
        aside = len(text) if numbers.aside is None else numbers.aside
        # "a 'good' grade or better", "Band C or higher": a bound on the level, not a
        # comparative aim
        lowered = text.lower()
        bounds = (
            {
                k
                for k in range(1, len(words))
                if words[k].info.is_comparative and words[k - 1].lower == "or"
            }
            if " or " in lowered
            else set()
        )
        bound_starts = {words[k].start for k in bounds}
        keys = [
            frozenset() if k in bounds else w.info.keys
            for k, w in enumerate(words)
            if w.start < aside
        ]
        classes: dict[str, list[str]] = {}
        for s, e, name, _phrase in self.lexicon.match(keys):
            if name in ("increase_words", "decrease_words") and words[s].lower in {"up", "down"}:
                continue
            surface = sys.intern(text[words[s].start : words[e - 1].end])
            bucket = classes.setdefault(name, [])
            if surface not in bucket:
                bucket.append(surface)
        direction, direction_words = self._direction(parse, body, numbers)
        target, unit = numbers.target, numbers.unit
        if (
            target is not None
            and numbers.baseline is None
            and (parse.main_verb in self._improving or numbers.change is not None)
            and is_scope(text, target)
        ):
            # "Improve response time across all 14 stores", "Halve falls across the 3
            # wards": where the change applies, no aim
            target = unit = None
        parts: tuple[Facts, ...] = ()
        if whole and len(body) >= 5 and (" and " in lowered or ";" in text or " plus " in lowered):
            starts = self._clause_starts(text, body, aside)
            if starts:
                parts = self._parts(text, doc, body[0].start, starts, min(aside, core_end))
        if whole and not parts and numbers.purpose is not None and body[0].start < numbers.purpose:
            # "Open a hub in Eastfield so that waits fall from 6 days to 2": the task,
            # and the purpose that names what it should change
            parts = self._parts(
                text,
                doc,
                body[0].start,
                [(numbers.purpose, numbers.purpose)],
                core_end,
                purpose=True,
            )
        core, thing = text[core_start:core_end], parse.object_text(text, body)
        if original is not None and original != text:
            # the marks masked as spaces: "Keep   uptime   above 99.9%" in messages
            core, thing = " ".join(core.split()), thing and " ".join(thing.split())
        return Facts(
            text=text if original is None else original,
            core=core,
            tokens=tuple(w.text for w in words),
            lemmas=lemmas,
            form=parse.form,
            main_verb=parse.main_verb,
            verb_text=parse.verb_text,
            object=thing,
            object_head=parse.object_head,
            object_quantity=parse.object_quantity,
            object_share=parse.object_share,
            state=parse.state,
            quantities=numbers.quantities,
            baseline=numbers.baseline.value if numbers.baseline else None,
            target=target.value if target else None,
            unit=unit,
            change=numbers.change,
            direction=direction,
            direction_words=tuple(direction_words),
            deadline=numbers.deadline,
            classes=classes,
            comparatives=tuple(
                w.text
                for w in body
                if w.info.is_comparative and w.start < aside and w.start not in bound_starts
            ),
            aside=numbers.aside,
            lead=lead,
            parts=parts,
        )

    def _clause_starts(self, text: str, body: list[_Word], aside: int) -> list[tuple[int, int]]:
        """Where a further imperative clause is joined to the aim, as (end of the clause
        before it, start of its verb): "Open a discharge lounge *and cut* delayed
        discharges from 60 to 25", "Cut offer time from 120 to 60 days*; publish* a
        queue dashboard". Only a known verb in its base form after "and", "plus",
        "and then" or a semicolon opens one; ``_parts`` checks that it is a clause."""
        starts: list[tuple[int, int]] = []
        verbs = self._verbs
        for k in range(2, len(body) - 1):
            word = body[k]
            if word.start >= aside:
                break
            if word.lower in _CLAUSE_JOINS:
                if body[k - 1].lower in verbs and body[k - 1].info.is_verb_base:
                    continue  # "Design, build and launch the app": verbs of one object
                verb_at = k + 2 if body[k + 1].lower == "then" else k + 1
                before = body[k - 1].end
            elif word.punct_before and ";" in text[body[k - 1].end : word.start]:
                verb_at, before = k, body[k - 1].end
            else:
                continue
            if verb_at >= len(body) - 1:
                continue
            verb = body[verb_at]
            if verb.lower in verbs and verb.info.is_verb_base and not verb.function:
                starts.append((before, verb.start))
        return starts

    def _parts(
        self,
        text: str,
        doc: Any,
        start: int,
        starts: list[tuple[int, int]],
        end: int,
        purpose: bool = False,
    ) -> tuple[Facts, ...]:
        """The facts of each clause of a statement with joined clauses (``Facts.parts``),
        when every clause after the first is an imperative led by its verb (or, with
        ``purpose``, the purpose that follows the task); else ()."""
        spans = []
        for before, verb_start in starts:
            spans.append((start, before))
            start = verb_start
        spans.append((start, end))
        parts = []
        for index, (a, b) in enumerate(spans):
            span = doc.char_span(a, b, alignment_mode="expand")
            if span is None or not len(span):
                return ()
            piece = span.as_doc()
            facts = self._facts(piece.text, piece, whole=False)
            if index and not purpose and not (facts.form == "imperative" and facts.verb_text):
                return ()  # "Cut churn and support costs": no second clause
            parts.append(facts)
        return tuple(parts)

    def _names_a_measure(self, body: list[_Word], numbers: NumberFacts) -> bool:
        """A task word that is also a noun, then a bare noun, and a baseline and a
        target with no number before them: the name of what moves ("Survey responses
        from 200 to 350"), not a task done to it ("Survey 300 customers", "Audit the
        findings")."""
        if len(body) < 3 or numbers.baseline is None or numbers.target is None:
            return False
        first, nxt = body[0], body[1]
        return (
            first.lower in self._task_verbs
            and "NOUN" in first.info.lemmas
            and "NOUN" in nxt.info.lemmas
            and not (first.hyphen_after or nxt.function or nxt.qty is not None)
            and next((w.qty for w in body if w.qty is not None), None) is numbers.baseline
        )

    def _label_prefix(self, text: str, words: list[_Word]) -> int:
        """Where a task starts after a tracker's label and a colon or dash: "Call
        centre: handle 50k calls a month", "Q3: launch the app", "Menu engineering —
        redesign of the dinner menu"; 0 if none. The label is up to four words with no
        number but a period's; the task opens with a verb of the vocabularies that is
        not one of change or holding (in "Churn: reduce to 3%" the label is the metric),
        or with a task noun and "of". A statement that opens with a verb has none."""
        if not words or words[0].lower in self._verbs:
            return 0
        for k in range(1, min(5, len(words) - 1)):
            w, prev, nxt = words[k], words[k - 1], words[k + 1]
            if (
                (prev.qty is not None and not prev.in_deadline)
                or (prev.function and prev.lower not in {"and", "of"})
                or prev.lower in _NOT_LABELS
            ):
                return 0  # "Merch spend per head: get to €8": the label is the metric
            if not w.punct_before:
                continue
            if text[prev.end : w.start].strip() not in {":", "-", "–", "—"}:
                return 0
            if w.lower in self._nominal_verbs and nxt.lower == "of":
                return k
            if (
                (w.lower not in self._verbs and not w.info.is_verb_base)
                or w.lower in _LINKING_VERBS
                or w.lower in _NOT_LABELS
                or w.lower in self._improving
                or w.lower in _SUBJECT_FIRST_VERBS  # "Churn: reduce to 3%": the metric
            ):
                return 0
            # a word that is also a noun is a verb only before what a verb takes ("NPS:
            # target 75", "near-miss: repair turnaround share" are no tasks)
            takes = nxt.lower in _DET_LIKE or nxt.qty is not None or nxt.function == "PRON"
            return k if takes or "NOUN" not in w.info.lemmas else 0
        return 0

    def _skip_fillers(self, words: list[_Word]) -> int:
        i = 0
        if words and words[0].lower in SUBORDINATORS:
            # "once KR2 is done, migrate users": the main clause follows the comma
            comma = next((k for k, w in enumerate(words[1:], 1) if w.punct_before), None)
            if comma is not None and comma < len(words) - 1:
                i = comma
        elif words and words[0].lower in OPENERS:
            # "Working with Finance, hold ...", "With the new CRM live in all 22 stores,
            # cut ...": a phrase set before the aim; the aim is the verb after a comma
            i = next(
                (
                    k
                    for k, w in enumerate(words[2:_OPENER_WORDS], 2)
                    if w.punct_before
                    and k < len(words) - 1
                    and not w.function
                    and w.lower not in _PARTICLES
                    and self._verbish(w)
                ),
                0,
            )
        changed = True
        while changed and i < len(words):
            changed = False
            for filler in _FILLERS_BY_FIRST.get(words[i].lower, ()):
                n = len(filler)
                if tuple(w.lower for w in words[i : i + n]) == filler and len(words) > i + n:
                    if filler == ("to",) and not self._verbish(words[i + 1]):
                        continue
                    i += n
                    changed = True
                    break
            if not changed and (n := _lead_in(words, i)):
                i += n
                changed = True
            while i < len(words) - 1 and words[i].lower in _LEADING_ADVERBS:
                i += 1
                changed = True
        if i < len(words) - 2 and words[i].lower in _CAUSATIVES:
            # "Get the new floodlights installed", "Have the cold room fixed": the state
            # of a thing is the goal, as in "New floodlights installed"; with a count,
            # "Get three customers live" moves a number
            k = self._trailing_state(words[i + 1 :])
            if k is not None and not any(w.qty is not None for w in words[i + 1 : i + 1 + k]):
                i += 1
        return i

    def _subject_end(self, words: list[_Word]) -> int:
        """Where the verb starts after a subject naming who does a task: "The board
        approves the FY27 budget", "Area managers complete 300 store visits", "The team
        ships the new app"; 0 if no such subject. The verb is a task verb followed by a
        determiner (or, with no noun reading, by a count); so "Website visits 10k" and
        "Revenue grows 20%" keep their metric."""
        k = 1 if words and words[0].lower in _SUBJECT_DETS else 0
        if len(words) < k + 3 or (k == 0 and words[0].lower in self._verbs):
            return 0  # "Make low-carbon design our default": a verb comes first
        for j in range(k + 1, min(k + 4, len(words) - 1)):
            verb, after, head = words[j], words[j + 1], words[j - 1]
            if head.function or head.qty is not None or (head.punct_before and j - 1 > k):
                return 0
            if verb.vbg or verb.punct_before or verb.function or verb.qty is not None:
                return 0
            if verb.vbn and not verb.info.is_verb_base:
                return 0  # "Weekly retros held every sprint": a participle, no subject
            lemma = verb.info.lemma("VERB")
            # "The board signs off the climate plan", "The team rolls out the new CRM"
            particle = (
                after.lower in _VERB_PARTICLES
                and not _joined(words, j + 1)
                and j + 2 < len(words)
                and words[j + 2].lower in _OBJECT_DETS
                and (lemma in self._task_verbs or (lemma, after.lower) in self._task_phrasals)
            )
            if (
                "VERB" not in verb.info.lemmas
                or (lemma not in self._task_verbs and not particle)
                or lemma in _LINKING_VERBS
                or after.punct_before
            ):
                continue
            # the verb agrees with its subject: "managers complete", "the board approves"
            third_person = verb.lower != lemma and verb.lower.endswith("s")
            plural = head.info.is_plural_noun or bool(_ACRONYM_PLURAL_RE.match(head.text))
            if third_person == plural:
                continue
            if after.lower in _OBJECT_DETS or particle:
                return j
            if after.qty is not None and "NOUN" not in verb.info.lemmas:
                return j
        return 0

    def _hyphen_verb(self, first: _Word, second: _Word) -> str | None:
        """The verb two hyphened words make ("fine-tune", written so in the verb
        classes, which read its hyphen as a space; "re-launch" is "launch" again), or
        None ("Stand-up attendance" and "Roll-out of SAP" open with nouns)."""
        if (first.lower, second.lower) in self._hyphened:
            return f"{first.lower} {second.lower}"
        if first.lower == "re" and second.lower in self._verbs:
            return second.lower
        return None

    def _verbish(self, w: _Word) -> bool:
        if w.tag:
            return w.tag in {"VB", "VBP"}
        return w.lower in self._verbs or w.info.is_verb_base

    # --------------------------------------------------------------- structure
    def _structure(self, body: list[_Word]) -> _Parse:
        parse = _Parse()
        if not body:
            return parse
        first = body[0]
        nxt = body[1] if len(body) > 1 else None
        # "make sure" / "ensure (that)": the clause after it carries the meaning
        if (
            first.lower == "make" and nxt is not None and nxt.lower == "sure"
        ) or first.lower == "ensure":
            parse.form, parse.main_verb = "imperative", "ensure"
            k = 2 if first.lower == "make" else 1
            parse.verb_text = " ".join(w.text for w in body[:k])
            parse.verb_idx = set(range(k))
            if k < len(body) and body[k].lower == "that":
                k += 1
            self._object(parse, body, k)
            return parse
        copula = self._copula_index(body)
        if copula is not None and not self._imperative_head(body):
            self._state(parse, body, copula)
            return parse
        if first.lower in _DOING_VERBS and self._nominal(parse, body):
            return parse  # "Make the implementation of the MES": the task noun's verb
        if self._imperative_head(body):
            self._imperative(parse, body)
            self._idiom(parse, body)
            return parse
        if self._past_tense_clause(body):
            # "Launched the new app", "Hired 5 engineers": a result written as done, read
            # as its verb ("Launch the new app"), not as a noun the participle describes
            self._imperative(parse, body)
            return parse
        participle = self._trailing_state(body)
        if (
            participle is not None
            and first.vbn
            and not first.info.is_verb_base  # "Cost savings delivered by Q3": a noun
            and self._done_to_described(body, participle)
        ):
            # "Revised leave policy approved by the board": the first participle describes
            # the thing, the later one says what is done to it
            self._state(parse, body, participle, copula_less=True)
            return parse
        if (
            first.info.is_comparative
            or first.lower in _IMPROVEMENT_PARTICIPLES
            or (first.vbn and len(body) > 1 and not body[1].function)
        ):
            parse.form = "noun_phrase"
            if first.vbn:
                parse.main_verb = first.info.lemma("VERB")
                parse.verb_text = first.text
                parse.verb_idx = {0}
            self._object(parse, body, 1)
            return parse
        if participle is not None:
            self._state(parse, body, participle, copula_less=True)
            return parse
        event = self._subject_event(body)
        if event is not None:
            # read as "The new depot opened on 1 March": a state reached
            parse.form, parse.main_verb = "state", body[event].info.lemma("VERB")
            parse.verb_text, parse.verb_idx = body[event].text, {event}
            parse.object_span = (0, event)
            parse.object_head = self._head(body[:event])
            return parse
        if self._nominal(parse, body):
            return parse
        if any(
            w.function == "AUX" or (w.function == "PRON" and w.lower in {"us", "them", "it"})
            for w in body[1:]
        ):
            parse.form = "other"
            for k, w in enumerate(body[1:], start=1):
                if w.function == "AUX" and k + 1 < len(body) and self._verbish(body[k + 1]):
                    parse.main_verb = body[k + 1].info.lemma("VERB")
                    parse.verb_text = body[k + 1].text
                    parse.verb_idx = {k + 1}
                    break
                if (
                    w.function is None
                    and "VERB" in w.info.lemmas
                    and not body[k - 1].function
                    and (w.lower.endswith("s") or w.info.is_verb_base)
                ):
                    parse.main_verb = w.info.lemma("VERB")
                    parse.verb_text = w.text
                    parse.verb_idx = {k}
                    break
            return parse
        if self._trailing_task(parse, body):
            return parse
        verb_at = self._subject_verb(body)
        if verb_at:
            # "Churn reduce to 3%", "Attendance keep at or above 96%": tracker shorthand
            # for "Reduce churn to 3%", the metric written before its verb
            parse.form, parse.main_verb = "imperative", body[verb_at].lower
            parse.verb_text, parse.verb_idx = body[verb_at].text, {verb_at}
            parse.object_span = (0, verb_at)
            parse.object_head = self._head(body[:verb_at])
            return parse
        parse.form = "noun_phrase"
        start = 0
        if first.lower in _DIRECTION_NOUNS and nxt is not None and nxt.lower in {"of", "in"}:
            start = 2
        self._object(parse, body, start)
        return parse

    def _past_tense_clause(self, body: list[_Word]) -> bool:
        """A known verb in the past tense, then a determiner or a count: "Launched the
        new app", "Onboarded 150 restaurants". Before a bare noun the participle
        describes it ("Qualified leads from 200 to 300", "Completed onboardings")."""
        first = body[0]
        if len(body) < 3 or not first.vbn or first.hyphen_after or first.function:
            return False
        if first.lower in SUBORDINATORS:
            return False  # "Given the board's expectation, grow income ...": a condition
        nxt = body[1]
        if (  # "Rolled out the new CRM", "Signed off the budget"
            (first.info.lemma("VERB"), nxt.lower) in self._phrasal
            and not _joined(body, 1)
            and (body[2].lower in _DET_LIKE or body[2].qty is not None)
        ):
            return True
        if nxt.lower == "and" and len(body) > 3 and body[2].vbn:
            nxt = body[3]  # "Hired and trained 12 new first officers": two verbs, one object
        if not (
            nxt.lower in _DET_LIKE
            or (nxt.qty is not None and not nxt.in_deadline)
            or _moved_to(body)
        ):
            return False
        return first.info.lemma("VERB") in self._verbs

    def _nominal(self, parse: _Parse, body: list[_Word]) -> bool:
        """ "(The) implementation of a new risk engine", "Delivery of 40 new homes": a
        task noun and "of" open the statement, which reads as the verb with what
        follows "of" as its object ("Implement a new risk engine")."""
        k = 1 if body[0].lower == "the" else 0
        if len(body) > 2 and body[0].lower in _DOING_VERBS and body[1].lower == "the":
            k = 2  # "Make the implementation of the MES in hall 7"
        if k + 2 >= len(body):
            return False  # a noun, "of" and an object at least
        noun, of = body[k].lower, k + 1
        if body[k].hyphen_after and of < len(body):  # "Go-live of SAP", "Switch-off of 3G"
            noun, of = f"{noun}-{body[of].lower}", of + 1
        if of + 1 >= len(body) or body[of].lower != "of":
            return False
        verb = self._nominal_verbs.get(noun)
        if verb is None:
            return False
        parse.form, parse.main_verb = "imperative", verb
        parse.verb_text = (
            "".join(w.text + ("-" if w.hyphen_after else " ") for w in body[:of]) + body[of].text
        )
        self._object(parse, body, of + 1)
        return True

    def _subject_verb(self, body: list[_Word]) -> int:
        """Where a verb of change or of holding follows the metric it acts on, in its
        base form, as hurried writers put it: "Churn reduce to 3%", "Energy use per
        tonne reduce", "Attendance keep at or above 96%"; 0 if none. The verb ends the
        statement or comes before a number or a word that takes a level ("to", "by",
        "at", "above"), so a noun it also is stays one ("Call hold time", "Price
        increase plan"). Its subject has no auxiliary, pronoun, later determiner or number
        of its own (but "per 1,000 visits")."""
        for k in range(1, min(len(body), 8)):
            w, prev = body[k], body[k - 1]
            if (prev.function in {"AUX", "PRON", "DET"} and k > 1) or prev.in_deadline:
                return 0
            if prev.qty is not None and (k < 2 or body[k - 2].lower != "per"):
                return 0
            if w.lower not in _SUBJECT_FIRST_VERBS:
                continue
            after = body[k + 1] if k + 1 < len(body) else None
            if (
                after is None
                or after.punct_before
                or after.in_deadline
                or (after.qty is not None and after.qty.kind != "word")
                or after.lower in _LEVEL_WORDS
                # "Children's book issues increase noticeably"
                or (after.lower.endswith("ly") and "ADV" in after.info.lemmas)
            ):
                return k
            return 0
        return 0

    def _trailing_task(self, parse: _Parse, body: list[_Word]) -> bool:
        """ "CRM migration", "E-obs rollout", "Warehouse go-live by March": a project
        named by its task noun, which reads as the verb with the words before it as
        its object ("Migrate the CRM"), as "Migration of the CRM" does."""
        end = len(body)
        while end > 0 and body[end - 1].in_deadline:
            end -= 1
        if not 2 <= end <= 6:
            return False
        noun, first = body[end - 1].lower, end - 1
        if first > 0 and body[first - 1].hyphen_after:  # "go-live", "roll-out"
            noun, first = f"{body[first - 1].lower}-{noun}", first - 1
        verb = self._nominal_verbs.get(noun) if noun in _TRAILING_TASKS else None
        if verb is None or first == 0:
            return False
        if any(w.qty is not None or (w.function and k) for k, w in enumerate(body[:first])):
            return False  # "Time to resolution", "Cost of the upgrade": no task named
        parse.form, parse.main_verb = "imperative", verb
        parse.verb_text = (
            body[first].text if first == end - 1 else f"{body[first].text}-{body[end - 1].text}"
        )
        self._object(parse, body[:first], 1 if body[0].function else 0)
        parse.verb_idx = {first}
        return True

    def _imperative_head(self, body: list[_Word]) -> bool:
        first = body[0]
        nxt = body[1] if len(body) > 1 else None
        if first.qty is not None and first.qty.kind == "multiplier" and first.lower.isalpha():
            return True  # "Double the number of...", "Halve the time..."
        if (
            first.lower in {"have", "do"}
            and nxt is not None
            and (nxt.lower in _DET_LIKE or nxt.qty is not None)
        ):
            return True  # "Have a documented recovery plan", "Do the migration", "Do 40 ..."
        if first.qty is not None or first.function or first.in_deadline:
            return False
        if nxt is not None and nxt.lower == "than" and first.lower in {"fewer", "less", "more"}:
            return False  # "Fewer than 3 P1 bugs open": a bound, not the verb "fewer"
        if _modal_after_subject(body):
            return False  # "Design handoff should feel smoother": a noun and its modal
        if first.vbg and nxt is not None and (nxt.lower in _DET_LIKE or nxt.function == "PRON"):
            verb = first.info.lemma("VERB")
            return verb in self._verbs or verb in {"do", "have"}  # "implementing new CRM"
        if first.vbg and nxt is not None and nxt.qty is not None and not nxt.in_deadline:
            return first.info.lemma("VERB") in self._verbs  # "Hiring 6 QA specialists"
        if first.lower in _GERUND_AIMS and nxt is not None and not nxt.function:
            return True  # "Maintaining water compliance at 99.96%", "Reducing churn"
        if first.tag:
            return first.tag == "VB"
        if first.hyphen_after:
            return nxt is not None and self._hyphen_verb(first, nxt) is not None
        if (
            nxt is not None
            and nxt.lower == "from"
            and first.lower in self._verbs
            and not {"NOUN", "ADJ"} & first.info.upos
        ):
            return True  # "Grow from three to five schools": only a verb
        if (
            nxt is not None
            and nxt.lower == "from"
            and first.lower in self._verbs
            and not any(w.qty is not None for w in body)
            and any(w.lower in _DESTINATION_WORDS for w in body[3:])
        ):
            return True  # "Move from Substack to Ghost": a switch, not "churn from 5% to 3%"
        if (
            nxt is not None
            and (nxt.lower in _NOUN_FIRST_NEXT or nxt.lower in _STAY_VERBS)
            and not _stay_noun(body, 1)  # "Conduct stay interviews": a noun
            # "Keep per-head margin at 35%": "per-head" describes the margin
            and not (nxt.lower == "per" and nxt.hyphen_after and first.lower in self._verbs)
            # "Raise £ per donor": a currency sign the words leave out stands between
            and not (nxt.start > first.end + 1 and first.lower in self._verbs)
        ):
            return False
        if nxt is not None and (first.lower, nxt.lower) in self._phrasal:
            return True
        if (
            len(body) > 2
            and "NOUN" in first.info.lemmas
            and nxt is not None
            and nxt.info.is_plain_plural_noun
            and body[2].vbn
            and (
                len(body) == 3
                or body[3].lower in _TIME_STANDARD_NEXT
                or body[3].in_deadline
                or (body[3].lower == "on" and len(body) > 4 and body[4].lower == "time")
            )
        ):
            return False  # "Repair jobs finished within their target time", "Test
            # results returned within 2 days": things done, and how fast
        if first.lower in self._verbs:
            return True
        if first.info.is_verb_base and self._particle_at(body, 1, adjacent=True):
            return True  # "Ramp up hiring", "Break down the roadmap"
        if first.info.lemma("VERB") in self._particle_verbs and self._particle_at(body, 2):
            return True  # "Push NPS up by 10 points"
        info = first.info
        if not info.is_verb_base:
            return False
        if "NOUN" not in info.lemmas and "ADJ" not in info.lemmas:
            return True
        if nxt is None:
            return False
        if (
            nxt.info.is_comparative
            and "ADV" in nxt.info.lemmas
            and len(body) > 2
            and body[2].function in ("ADP", "CCONJ", "PART")
        ):
            return True  # "Coordinate better with the streets department", "Respond
            # faster to leads": a verb and how it should be done better
        if (
            len(body) == 3
            and "ADJ" not in info.lemmas
            and not nxt.function
            and "NOUN" not in nxt.info.lemmas
            and ("ADJ" in nxt.info.lemmas or nxt.vbn or nxt.vbg)
            and body[2].info.is_plain_plural_noun
        ):
            return True  # "Fix flaky tests", "Repair leaking pipes": a verb, what is wrong
            # with its object, and the object
        return nxt.lower in _DET_LIKE or nxt.qty is not None or nxt.info.function == "PRON"

    def _copula_index(self, body: list[_Word]) -> int | None:
        for k, w in enumerate(body[:9]):
            if k == 0:
                continue
            if w.qty is not None:
                return None
            if w.lower in _COPULAS or (w.lower in _STAY_VERBS and not _stay_noun(body, k)):
                return k
            if w.lower in {"has", "have"} and k + 1 < len(body) and body[k + 1].lower == "been":
                return k
        return None

    def _trailing_state(self, body: list[_Word]) -> int | None:
        for k in range(1, len(body)):
            w, prev = body[k], body[k - 1]
            # "check-*in* live": a function word inside a compound is a word of the noun
            if (prev.function and not _joined(body, k - 1)) or prev.qty is not None:
                continue
            if w.qty is not None:
                continue
            after = body[k + 1] if k + 1 < len(body) else None
            ends = (
                after is None
                or after.function in {"ADP", "CCONJ"}
                or after.punct_before
                or after.lower in _STATE_ENDERS
                or _wide_after(body, k + 1)  # "live network-wide"
                or _lead_time(body, k + 1)  # "announced 6 months before the season opens"
                or (  # "launched ahead of Black Friday"
                    after.lower == "ahead" and k + 2 < len(body) and body[k + 2].lower == "of"
                )
            )
            if (
                (
                    w.lower in _STATE_WORDS
                    # "Showroom open at Building 4", not "P1 bugs open at month end"
                    or (
                        w.lower in _TRAILING_STATES
                        and _names_one_thing(prev)
                        # "Strategy 2025-2028. Open, accessible ...": a new sentence
                        and not w.punct_before
                        and not (prev.lower.isdigit() and len(prev.lower) == 4)
                    )
                )
                and ends
                and not w.lower.endswith("ing")
                # "Go-live of SAP": a noun ("New CAD system go-live" is a state)
                and not (prev.hyphen_after and after is not None and after.lower == "of")
            ):
                return k
            if w.lower == "in" and after is not None and after.lower in _IN_STATES:
                return k
            if (
                w.lower == "up"
                and k + 2 < len(body)
                and body[k + 1].lower == "and"
                and body[k + 2].lower == "running"
            ):
                return k  # "Canning line up and running by June"
            if w.vbn and not w.info.is_plural_noun:
                if ends or (after is not None and after.lower in _PARTICLES):
                    return k
                if (
                    after is not None
                    and after.info.lemmas.get("ADV")
                    and after.lower.endswith("ly")
                ):
                    return k
        return None

    def _done_to_described(self, body: list[_Word], k: int) -> bool:
        """Does a task's participle end a statement that opens with a participle
        describing its one subject: "Revised leave policy approved by the board",
        "Updated pricing page launched by June" (a date or an agent follows); not
        "Qualified leads created from 200 to 300" (many, counted), "Planned maintenance
        completed on schedule" (a metric's name) nor "Completed onboardings per month"
        (no second participle). ``k`` is where ``_trailing_state`` found the state."""
        if k < 2 or not body[k].vbn or not _names_one_thing(body[k - 1]):
            return False  # "Qualified leads created from 200 to 300": a count that moves
        if k + 1 >= len(body) or not (body[k + 1].in_deadline or body[k + 1].lower == "by"):
            return False  # "Qualified pipeline created per week": a metric's name
        return body[k].info.lemma("VERB") in self._task_verbs

    def _subject_event(self, body: list[_Word]) -> int | None:
        """Where a task verb in the present tense follows one thing named and nothing
        follows the verb but when: "The new depot opens on 1 March", "Store 4 opens in
        Q2", "Checkout v3 ships before Black Friday". It happens or not, as "The new
        depot opened" does. Not after a plural or a count ("Stores open 7 days a week"),
        nor when nothing, a time of day or a frequency follows ("Wishlist adds",
        "Support opens at 7am", "The app ships weekly"); a verb that is also a plural
        noun needs a determiner, a name or "new" before it ("Product launches in Q3"
        may count launches)."""
        start = 1 if body[0].lower in _SUBJECT_DETS - {"every", "each", "all"} else 0
        for k in range(start + 1, min(start + 5, len(body))):
            w, prev = body[k], body[k - 1]
            if prev.function or prev.qty is not None or (prev.punct_before and k > 1):
                return None
            if w.function or w.qty is not None or w.punct_before or w.in_deadline:
                return None
            lemma = w.info.lemma("VERB")
            if (
                "VERB" not in w.info.lemmas
                or lemma not in self._task_verbs
                or lemma in _LINKING_VERBS
                or w.lower == lemma
                or not w.lower.endswith("s")
            ):
                continue
            after = body[k + 1] if k + 1 < len(body) else None
            # "Wishlist adds", "Weekly trial starts": metrics
            if after is None or not (after.in_deadline or after.lower in _STATE_ENDERS):
                return None
            if not _names_one_thing(prev):
                return None
            named = (
                start > 0
                or body[0].lower == "new"
                or any(c.isdigit() for c in prev.text)
                or (k > 1 and prev.text[:1].isupper() and not prev.text.isupper())
            )
            if w.info.is_plural_noun and not named:
                return None
            return k
        return None

    def _state(self, parse: _Parse, body: list[_Word], k: int, copula_less: bool = False) -> None:
        parse.form = "state"
        subject = body[:k]
        while (
            copula_less
            and len(subject) > 1
            and subject[-1].lower.endswith("ly")
            and ("ADV" in subject[-1].info.lemmas or subject[-1].lower in _STATE_ADVERBS)
        ):
            subject = subject[:-1]
        if copula_less and len(subject) > 1 and subject[-1].lower in GET_FORMS:
            subject = subject[:-1]  # "All engineers get trained": the engineers
        k_subject = len(subject)
        parse.object_span = (0, k_subject) if subject else None
        parse.object_head = self._head(subject)
        j = k if copula_less else k + 1
        if not copula_less and body[k].lower in _STAY_VERBS:
            parse.main_verb = body[k].info.lemma("VERB")
            parse.verb_text = body[k].text
            parse.verb_idx = {k}
            return
        if not copula_less and body[k].lower == "has":
            j += 1  # has been
        while j < len(body) and body[j].lower in _STATE_ADVERBS:
            j += 1
        if j >= len(body):
            return
        w = body[j]
        nxt = body[j + 1] if j + 1 < len(body) else None
        if w.lower == "in" and nxt is not None and nxt.lower in _IN_STATES:
            parse.state = "in place"  # "in force" is a rule in place
            parse.verb_text = f"in {nxt.text}"
            return
        if w.lower == "up" and nxt is not None and nxt.lower == "and":
            parse.state = "up and running"
            parse.verb_text = parse.state
            return
        states = _ENDING_STATES if copula_less else _STATE_WORDS
        if w.vbn or w.lower in states:
            parse.verb_idx = {j}
            lemma = w.info.lemma("VERB") if w.vbn else w.lower
            if nxt is not None and nxt.lower in _PARTICLES and w.vbn:
                lemma = f"{lemma} {nxt.lower}"
                parse.verb_text = f"{w.text} {nxt.text}"
            else:
                parse.verb_text = w.text
            if (
                w.lower in states
                and not w.vbn
                or w.lower in {"done", "completed", "finished", "established"}
            ):
                parse.state = w.lower
            parse.main_verb = lemma
            if w.vbn and parse.state is None:
                parse.state = w.lower

    def _idiom(self, parse: _Parse, body: list[_Word]) -> None:
        """ "Move the needle on dwell time": the idiom is the verb (to improve), and
        what follows "on" is its object."""
        if (parse.main_verb, parse.object_head) not in _IMPROVE_IDIOMS or not parse.object_span:
            return
        end = parse.object_span[1]
        if end + 1 >= len(body) or body[end].lower not in {"on", "for", "in"}:
            return
        parse.main_verb = f"{parse.main_verb} the {parse.object_head}"
        parse.verb_text = " ".join(w.text for w in body[:end])
        parse.verb_idx = {0}  # "the needle" are not verbs
        parse.object_span = None
        parse.object_head = None
        parse.object_quantity = None
        self._object(parse, body, end + 1)

    def _imperative(self, parse: _Parse, body: list[_Word]) -> None:
        parse.form = "imperative"
        first = body[0]
        lemma = first.info.lemma("VERB") if "VERB" in first.info.lemmas else first.lower
        if first.lower in {"have", "do", "doing", "having"}:
            lemma = "have" if first.lower.startswith("ha") else "do"
        k = 1
        verb_text = first.text
        hyphenated = (
            self._hyphen_verb(first, body[1]) if first.hyphen_after and len(body) > 1 else None
        )
        if hyphenated is not None:  # "Fine-tune the model", "Re-launch the app"
            lemma = hyphenated
            verb_text = f"{first.text}-{body[1].text}"
            k = 2
        elif len(body) > 1 and (
            (first.lower, body[1].lower) in self._phrasal
            # "The team rolls out the CRM", "Rolled out the CRM": the phrase's verb
            or (lemma, body[1].lower) in self._phrasal
        ):
            lemma = f"{lemma} {body[1].lower}"
            verb_text = f"{first.text} {body[1].text}"
            k = 2
        elif self._particle_at(body, 1, adjacent=True):
            # "Scale up the team", "Sign up 200 schools": the particle is the verb's
            parse.particle = body[1].lower
            verb_text = f"{first.text} {body[1].text}"
            k = 2
        parse.verb_idx = set(range(k))
        # "keep growing", "continue improving": the -ing verb carries the meaning (but
        # in "Keep operating burn below $400k", "operating" describes the burn)
        if lemma in {"keep", "continue"} and k < len(body) and self._ing_verb(body, k):
            lemma = body[k].info.lemma("VERB")
            verb_text = f"{verb_text} {body[k].text}"
            parse.verb_idx.add(k)
            k += 1
        elif (
            k + 1 < len(body)
            and body[k].lower in {"and", "&"}
            and lemma not in self._task_verbs
            and lemma not in self._improving
            and self._verbish(body[k + 1])
        ):
            # "Agree and publish a price list", "Review and cut the fees": the second verb
            # says what is done to the object; the first only prepares it
            second = body[k + 1].info.lemma("VERB")
            if second in self._task_verbs or second in self._improving:
                lemma = second
                verb_text = f"{verb_text} {body[k].text} {body[k + 1].text}"
                parse.verb_idx |= {k, k + 1}
                k += 2
        parse.main_verb = lemma
        parse.verb_text = verb_text
        self._object(parse, body, k)

    def _object(self, parse: _Parse, body: list[_Word], k: int) -> None:
        if (
            k + 2 < len(body)
            and body[k].lower == "at"
            and body[k + 1].lower in {"least", "most"}
            and body[k + 2].qty is not None
        ):
            k += 2  # "Hold at least 3 workshops": the count is the object's
        elif (
            k + 3 < len(body)
            and body[k].lower in {"no", "not"}
            and body[k + 1].lower in {"more", "fewer", "less"}
            and body[k + 2].lower == "than"
            and body[k + 3].qty is not None
        ):
            k += 3  # "Hold no fewer than 4 safety walks a month", as "at least" above
        elif (
            k + 1 < len(body)
            and body[k].lower == "all"
            and body[k + 1].qty is not None
            and not body[k + 1].in_deadline
        ):
            k += 1  # "Close all 19 corrective actions": the count is the object's
        elif (
            k < len(body)
            and body[k].function == "ADP"
            and body[k].lower not in {"to"}
            and not body[k].hyphen_after  # "Raise per-head spend": part of the object
        ):
            k += 1  # "integrate with X", "post on LinkedIn"
        start = k
        while k < len(body) and body[k].qty is not None and not body[k].in_deadline:
            parse.object_quantity = body[k].qty
            k += 1
        if parse.object_quantity is not None:
            if k < len(body) and body[k].lower == "of":
                parse.object_share = (
                    parse.object_quantity.kind == "percent" or parse.object_quantity.kind == "word"
                )
                k += 1
            start = k
        end = k
        while end < len(body):
            w = body[end]
            if (
                w.qty is not None
                and w.hyphen_after
                and end > start
                and body[end - 1].lower in {"a", "an", "the"}
                and not w.in_deadline
            ):
                end += 1  # "a 30-minute one-on-one": a size that describes the noun
                continue
            if end > start and (w.punct_before or w.qty is not None or w.in_deadline):
                break
            if w.in_deadline or (w.lower in _BOUNDARY and end > start and not _joined(body, end)):
                break
            if w.qty is not None:
                break
            if (  # "Shrink no more than 1.5% of sales": a bound ends the object
                w.lower in {"no", "not"}
                and end > start
                and end + 2 < len(body)
                and body[end + 1].lower in {"more", "fewer", "less"}
                and body[end + 2].lower == "than"
            ):
                break
            end += 1
        if (
            parse.form == "imperative"
            and parse.particle is None
            and end - start > 1
            and body[end - 1].lower in _DIRECTION_PARTICLES
            and self._moves_with_particle(parse.main_verb)
            and self._particle_at(body, end - 1, adjacent=True)
        ):
            end -= 1  # "Move churn down", "Bring costs down to $1M": not in the object
            parse.particle = body[end].lower
            parse.particle_text = body[end].text
        elif (
            parse.form == "imperative"
            and parse.particle is None
            and self._moves_with_particle(parse.main_verb)
        ):
            # "Move the Sunday edition up the rankings": up or down a scale
            for j in range(start + 1, end - 1):
                w = body[j]
                if w.lower in _DIRECTION_PARTICLES and body[j + 1].lower in _DET_LIKE:
                    if not _joined(body, j):
                        end = j
                        parse.particle = w.lower
                        parse.particle_text = w.text
                    break
        if end > start:
            parse.object_span = (start, end)
            parse.object_head = self._head(body[start:end])

    def _ing_verb(self, body: list[_Word], k: int) -> bool:
        """Is the -ing word ``body[k]`` a verb ("keep *growing* revenue", "continue
        *shipping* weekly") rather than a modifier of the noun after it ("keep
        *operating* burn low")? A verb the vocabularies know, or one that ends the
        statement or is followed by an article, a pronoun or a number."""
        w = body[k]
        if not w.vbg:
            return False
        if w.info.lemma("VERB") in self._verbs:
            return True
        nxt = body[k + 1] if k + 1 < len(body) else None
        return (
            nxt is None
            or nxt.lower in _DET_LIKE
            or nxt.function in {"PRON", "ADP"}
            or nxt.qty is not None
        )

    def _moves_with_particle(self, verb: str | None) -> bool:
        """Does "up" or "down" after this verb say which way something moves?"""
        classes = self.lexicon.classes
        return bool(verb) and (
            verb in self._particle_verbs
            or verb in classes["increase_words"]
            or verb in classes["decrease_words"]
        )

    @staticmethod
    def _particle_at(body: list[_Word], k: int, *, adjacent: bool = False) -> bool:
        """Is ``body[k]`` (or, unless ``adjacent``, a word up to four after it, before
        any boundary) a particle that belongs to the verb: not joined to a word by a
        hyphen ("pop-up") and not a number?"""
        last = k if adjacent else min(len(body) - 1, k + 4)
        for j in range(k, last + 1):
            if j >= len(body):
                return False
            w = body[j]
            if w.lower in _VERB_PARTICLES:
                directed = adjacent or w.lower in _DIRECTION_PARTICLES
                return not _joined(body, j) and w.qty is None and directed
            if adjacent or w.qty is not None or w.punct_before or w.lower in _BOUNDARY:
                return False
        return False

    def _ing_compound(self, span: list[_Word], k: int) -> bool:
        """Do the -ing word ``span[k]`` and the next word make a noun the vocabularies
        know ("coaching sessions")?"""
        if k + 1 >= len(span):
            return False
        return (span[k].lower, span[k + 1].info.lemma("NOUN")) in self._ing_compounds

    def _head(self, span: list[_Word]) -> str | None:
        kept: list[_Word] = []
        k = 0
        while k < len(span):
            w = span[k]
            if kept and _joined(span, k) and w.qty is None:
                kept.append(w)  # inside a compound: "trial-to-paid", "click-through"
                k += 1
                continue
            if w.lower in _RELATIVES or (kept and w.function == "ADP" and w.lower != "of"):
                break
            if kept and (w.function in {"PRON", "AUX", "CCONJ"} or w.qty is not None):
                break
            if kept and w.vbn and not w.info.is_plural_noun and not w.info.is_verb_base:
                break  # "demos given", "releases shipped" (but not "cost", "set")
            if (
                kept
                and w.vbg
                and "NOUN" not in w.info.lemmas
                and not _noun_adjunct(span, k)
                and not self._ing_compound(span, k)
            ):
                break
            if w.lower == "of":
                if kept and kept[-1].lower in _QUANTIFIER_NOUNS:
                    kept = []
                    k += 1
                    continue
                break
            if w.function == "DET" or w.lower == "the":
                if kept and kept[-1].lower not in _POSSESSIVES:
                    break  # "emails *a* month", "posts *each* week": another phrase
                if kept and w.text == "A":  # "the regulator's A rating": a grade
                    kept.append(w)
                k += 1
                continue
            kept.append(w)
            k += 1
        if not kept:
            return None
        head = kept[-1]
        if len(kept) > 1 and kept[-2].hyphen_after:
            compound = _particle_compound(kept)
            if compound is not None:
                return compound  # "sign-ups": "sign-up", not "up"
        if head.vbg and "NOUN" not in head.info.lemmas:
            return head.lower  # "onboarding", not "onboard"
        if not head.info.lemmas and _ACRONYM_PLURAL_RE.match(head.text):
            return head.lower[:-1]  # "QBRs": "qbr"
        return head.info.lemma("NOUN")

    def _direction(
        self, parse: _Parse, body: list[_Word], numbers: NumberFacts
    ) -> tuple[str | None, list[str]]:
        classes = self.lexicon.classes
        verb = parse.main_verb
        particle = _DIRECTION_PARTICLES.get(parse.particle or "")
        if particle and self._moves_with_particle(verb):
            # "Scale down the team", "Move churn down": the particle says which way
            said = parse.verb_text or verb
            if parse.particle_text:
                said = f"{said} ... {parse.particle_text}"
            return particle, [said]
        # "Dropped-call rate", "Reduced-price lunch uptake": a verb joined to the next word
        # by a hyphen makes a name, and moves nothing
        compound = parse.form == "noun_phrase" and bool(body) and body[0].hyphen_after
        if (
            verb
            and parse.form in {"imperative", "noun_phrase", "state"}
            and not compound
            and not _bound(body, 0)
        ):
            if verb == "raise" and len(body) > 1 and _money(body[1]):
                pass  # "Raise CHF 250,000 in donations": collects money, moves nothing
            elif verb in classes["increase_words"]:
                return "increase", [parse.verb_text or verb]
            if verb in classes["decrease_words"]:
                return "decrease", [parse.verb_text or verb]
        if numbers.updown:
            worded = "increase" if numbers.updown == "up" else "decrease"
            # the words as written: "up from 40", or "up 4 points", "down to 8"
            said = [w.lower for w in body]
            pairs = zip(said, said[1:], strict=False)
            after = next((b for a, b in pairs if a == numbers.updown and b in ("from", "to")), "")
            return worded, [f"{numbers.updown} {after}".strip()]
        aside = numbers.aside
        for k, w in enumerate(body):
            if aside and w.start >= aside:
                break  # "..., so that fewer dogs lapse": the purpose's words
            lower = w.lower
            if lower in CHANGE_NOUNS and k and (amount := _amount_before(body, k)):
                return CHANGE_NOUNS[lower], [f"{amount} {w.text}"]  # "a 20% lift"
            if lower not in _INCREASE_MARKERS and lower not in _DECREASE_MARKERS:
                continue
            if _bound(body, k) or w.hyphen_after:
                continue  # "no more than 2 injuries": a ceiling; "Drop-off rate": a name
            if lower == "more" and k and body[k - 1].lower == "once":
                continue  # "zero escapes once more this year": again, not a rise
            if _names_a_rate_or_thing(body, k):
                continue
            return ("increase" if lower in _INCREASE_MARKERS else "decrease"), [w.text]
        for k in range(1, len(body)):
            # "Median time-to-hire falls from 52 to 35 days", "Donors will grow to 200":
            # the subject's verb moves it (not a clause's: "... while volume grows")
            if body[k].lower in SUBORDINATORS or body[k].lower in _CLAUSE_WORDS:
                break
            if aside and body[k].start >= aside:
                break
            lemma = _finite_move(body, k)
            if body[k - 1].lower in ("never", "not", "n't", "rarely", "seldom"):
                continue  # "Availability never dips below five nines": a floor held
            if lemma in _RISE_VERBS:
                return "increase", [body[k].text]
            if lemma in _FALL_VERBS:
                return "decrease", [body[k].text]
        for q in numbers.quantities:
            # "halved", "twice as many" are words that move; a factor in digits ("2x",
            # "x2") is a bare sign, like "+4pp" (three blind authors: no direction)
            if q.kind == "multiplier" and q.value and not any(c.isdigit() for c in q.text):
                return ("increase" if q.value > 1 else "decrease"), [q.text]
        return None, []


def _amount_before(body: list[_Word], k: int) -> str | None:
    """The amount ``body[k]``, a noun of ``CHANGE_NOUNS``, follows ("a 20% lift", "a 6
    pp gain"), when the noun ends the phrase ("... in conversion", "..., a two-thirds
    cut"); None for "500 cut flowers" or "3,000 lift passes", where it names a thing."""
    after = body[k + 1] if k + 1 < len(body) else None
    if after is not None and not (after.punct_before or after.function in ("ADP", "CCONJ")):
        return None
    before = body[k - 1]
    if before.qty is not None:
        return before.qty.text
    if before.lower in ("point", "points", "pp", "pts") and k > 1 and body[k - 2].qty:
        return f"{body[k - 2].qty.text} {before.text}"
    return None


def _names_a_rate_or_thing(body: list[_Word], k: int) -> bool:
    """``body[k]`` is part of a name, not a move: a rate ("a 40% YoY growth rate") or a
    capitalised name after a determiner in a sentence that is not all capitalised
    ("pricing for the Growth tier"; not "Drive The Growth Of Repeat Orders")."""
    w = body[k]
    if k + 1 < len(body) and body[k + 1].lower in ("rate", "rates"):
        return True
    return (
        k > 1
        and w.text[:1].isupper()
        and body[k - 1].lower in ("the", "our", "a", "its")
        and any(v.text[:1].islower() for v in body if len(v.text) > 3)
    )


# "move the needle on X", "shift the dial on X": to improve X
_IMPROVE_IDIOMS = frozenset(
    [("move", "needle"), ("shift", "needle"), ("move", "dial"), ("shift", "dial")]
)
_COMPOUND_PARTICLES = frozenset(["in", "up", "out", "off", "on", "down", "over", "back", "away"])


def _particle_compound(kept: list[_Word]) -> str | None:
    """A phrase that ends in a hyphenated compound whose last part is a particle
    ("sign-ups", "check-in", "drop-offs", "roll-out") has the compound as its head,
    singular; None for any other phrase."""
    last = kept[-1].lower
    singular = last[:-1] if last.endswith("s") and last[:-1] in _COMPOUND_PARTICLES else last
    if len(kept) < 2 or not kept[-2].hyphen_after or singular not in _COMPOUND_PARTICLES:
        return None
    start = len(kept) - 2
    while start > 0 and kept[start - 1].hyphen_after:
        start -= 1
    return "-".join([w.lower for w in kept[start:-1]] + [singular])


_CLAUSE_WORDS = frozenset(["while", "whilst", "although", "though", "because", "unless"])
#: verbs that move their subject ("Churn falls from 4% to 3%", "Donors will grow to
#: 200"); not those that are mostly nouns after a noun ("budget cuts", "of drops")
_RISE_VERBS = frozenset(["rise", "climb", "jump", "soar", "surge", "grow", "increase"])
_FALL_VERBS = frozenset(["fall", "decline", "dip", "sink", "slide", "drop", "shrink"])
_FALL_VERBS |= {"decrease"}
#: their base and third-person forms: the words worth a closer look
_MOVE_FORMS = frozenset(f"{verb}{end}" for verb in _RISE_VERBS | _FALL_VERBS for end in ("", "s"))
#: what follows a verb that moves its subject: "falls from", "grows by", "rises to 85%"
_MOVE_NEXT = frozenset(["from", "by", "to", "below", "above", "under", "over", "past"])


def _finite_move(body: list[_Word], k: int) -> str | None:
    """The lemma of ``body[k]`` when it is a subject's verb that moves it: a third-person
    form ("climbs", "falls") or a base form after a modal ("will grow"), then a
    preposition of movement or a number; else None."""
    w = body[k]
    if w.lower not in _MOVE_FORMS or w.function or w.qty is not None:
        return None
    if body[k - 1].hyphen_after or w.hyphen_after:
        return None  # "sign-ups", "roll-outs": a compound noun
    lemma = w.info.lemma("VERB")
    after_modal = body[k - 1].lower in _MODALS
    if not (after_modal or (w.lower != lemma and w.lower.endswith("s"))):
        return None
    if after_modal and w.lower != lemma:
        return None
    nxt = body[k + 1] if k + 1 < len(body) else None
    if (
        nxt is not None
        and not nxt.punct_before
        and (nxt.qty is not None or nxt.lower in _MOVE_NEXT)
    ):
        return lemma
    return None


def _money(word: _Word) -> bool:
    return word.qty is not None and word.qty.kind == "money"


def _bound(body: list[_Word], k: int) -> bool:
    """Is ``body[k]`` the comparative of a bound: "no more than", "not less than",
    "fewer than 5 complaints"?"""
    if k > 0 and body[k - 1].lower == "or" and (k == len(body) - 1 or body[k + 1].punct_before):
        return True  # "6 days or more", "90% or above": a floor
    if k > 1 and body[k - 1].lower == "or" and body[k - 2].qty is not None:
        return True  # "4.6/5 or higher across this year's talks"
    if k >= len(body) - 1 or body[k + 1].lower != "than":
        return False
    if k > 0 and body[k - 1].lower in {"no", "not"}:
        return True
    return k + 2 < len(body) and body[k + 2].qty is not None


def _noun_adjunct(span: list[_Word], k: int) -> bool:
    """Is the -ing word ``span[k]`` part of a noun phrase ("the legacy *billing*
    system", "a 6-week *pricing* experiment", "the new *pricing*") rather than
    starting a clause ("customers *using* the app", "teams *shipping* features")?
    It is when a word that is not a plural noun comes before it, and a singular
    noun (no function word, number or verb's base form alone) or nothing after it;
    or a plural noun after it when a noun comes before ("patient *listening* events")."""
    if k == 0:
        return False
    before = span[k - 1]
    if before.info.is_plural_noun or before.function or before.qty is not None:
        return False
    if k + 1 >= len(span):
        # the phrase's last word, a gerund used as a noun: "the new *pricing*"; not an
        # adjective ("make deploys *boring*")
        return "ADJ" not in span[k].info.lemmas
    after = span[k + 1]
    if after.function or after.qty is not None or after.vbg:
        return False
    return "NOUN" in after.info.lemmas and (
        not after.info.is_plural_noun or ("NOUN" in before.info.lemmas and not before.vbn)
    )  # "patient listening events", not "time spent onboarding customers"


def _stay_noun(body: list[_Word], k: int) -> bool:
    """ "stay" as a noun: "Conduct stay interviews", "stay length"; as a verb it takes
    a level, an adjective or a preposition ("stays above 99%", "remain flat"), not a
    bare plural noun."""
    after = body[k + 1] if k + 1 < len(body) else None
    if after is None or body[k].lower not in ("stay", "remain") or after.qty is not None:
        return False
    return after.info.is_plain_plural_noun


def _joined(body: list[_Word], k: int) -> bool:
    """Is ``body[k]`` joined to a neighbour by a hyphen ("dock-*to*-stock")?"""
    return body[k].hyphen_after or (k > 0 and body[k - 1].hyphen_after)


@dataclass
class _Parse:
    form: str = "other"
    main_verb: str | None = None
    verb_text: str | None = None
    object_span: tuple[int, int] | None = None
    object_head: str | None = None
    object_quantity: Quantity | None = None
    object_share: bool = False
    state: str | None = None
    verb_idx: set[int] | None = None
    particle: str | None = None  # the verb's own "up", "down", "out" or "off"
    particle_text: str | None = None  # as written, when it follows the object

    def __post_init__(self) -> None:
        if self.verb_idx is None:
            self.verb_idx = set()

    def object_text(self, text: str, body: list[_Word]) -> str | None:
        if self.object_span is None:
            return None
        s, e = self.object_span
        if e <= s:
            return None
        return text[body[s].start : body[e - 1].end]


_SHARED: dict[str | None, Analyser] = {}


def get_analyser(model: str | None = None) -> Analyser:
    """A shared ``Analyser`` per model name (vocabularies are loaded once)."""
    analyser = _SHARED.get(model)
    if analyser is None:
        analyser = _SHARED[model] = Analyser(model=model)
    return analyser


def iter_words(values: Iterable[str] | None) -> list[str]:
    return [v for v in (values or []) if isinstance(v, str) and v.strip()]


def extra_mapping(values: Mapping[str, Iterable[str]] | None) -> dict[str, list[str]]:
    return {k: iter_words(v) for k, v in (values or {}).items()}
