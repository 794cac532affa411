"""Numbers in statements: quantities, deadlines, baseline/target pairs.

Pure regular expressions over the raw text, so character offsets are exact and
nothing here needs spaCy. Numbers that are not quantities are left out: dates
and periods ("by June 30", "Q2", "2026"), versions and standards ("v2", "SOC 2",
"Postgres 16", "3.0 release", and "16" in "Postgres 15 to 16"), identifiers
("KR1", "p95", "k8s", "24/7"). A number-and-unit compound that describes a noun
("a three-year grant", "30-day retention", "5-star reviews") is a quantity with
the role "modifier": it is a number in the text, but not a measure of progress,
unless a target cue comes before it ("Reach a 4-hour response time").
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass, replace
from functools import cache

from .facts import RANGE_DASH_RE, Quantity
from .nlp import word_info

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_DATE = (
    r"(?:\d{4}-\d{1,2}-\d{1,2}"
    r"|\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{1,2}\.\d{1,2}\.\d{2,4}"
    rf"|{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+\d{{4}})?"
    rf"|{_MONTH}(?:\s+\d{{4}})?)"
)
_PERIOD_CORE = (
    r"(?:q[1-4](?:[\s'/-]?(?:20)?\d{2})?|h[12](?:[\s'/-]?(?:20)?\d{2})?|fy\s?'?\d{2,4}"
    # a whole date before its year: "by 2026-12-15" is a deadline, not "by 2026" and 15
    rf"|eo[qymhw]|year[- ]end|quarter[- ]end|month[- ]end|{_DATE}|(?:19|20)\d{{2}}"
    r"|black\s+friday|christmas|launch|go[- ]live|the\s+summer|summer|autumn"
    r"|winter|spring|(?:this|next|the)\s+(?:week|month|quarter|year|half|sprint|period))"
)
_PERIOD = (
    r"(?:(?:the\s+)?end\s+of\s+(?:the\s+)?(?:q[1-4]|h[12]|year|quarter|month|half|sprint"
    rf"|period|fy\s?\d*|{_MONTH}|(?:19|20)\d{{2}})(?:\s+(?:20)?\d{{2,4}})?|{_PERIOD_CORE})"
)
DEADLINE_RE = re.compile(
    r"\b(?:by|before|until|till|through|no\s+later\s+than|in|during|for|within|at"
    rf"|ahead\s+of|end\s+of)\s+(?:the\s+)?(?:{_PERIOD}"
    # a day and month with no year, as much of Europe writes them: "till 30.06."
    r"|(?:0?[1-9]|[12]\d|3[01])\.(?:0[1-9]|1[0-2])\.(?!\d))(?![\w%])"
    # a day named after "on": "opens on 1 March", "on 30 June 2027"
    rf"|\bon\s+(?:the\s+)?{_DATE}(?![\w%])",
    re.IGNORECASE,
)
_STANDALONE_PERIOD_RE = re.compile(rf"(?<![\w$€£¥.]){_PERIOD}(?![\w%])", re.IGNORECASE)

_IDENTIFIER_RE = re.compile(
    # the lookahead admits every alternative of the first branch ("pci dss", "key result"
    # too) and fails fast where no digit follows, so the long alternation is rarely tried
    r"\b(?=[a-z]+(?:[\s-]+[a-z]+)?[\s#-]?\d)"
    r"(?:soc|iso|iec|isae|ssae|pci(?:[\s-]dss)?|dss|wcag|nist|tls|ssl|http|ipv|python|java|node"
    r"|php|ruby|rust|ios|android|windows|macos|ubuntu|debian|postgres(?:ql)?|mysql"
    r"|kubernetes|rails|django|react|angular|vue|series|type|tier|level|phase|stage|step"
    r"|gen|generation|version|release|sprint|wave|cohort|day|week|chapter|section|article|scope"
    r"|season"
    # accounting and financial standards: "IFRS 17", "IAS 19", "ASC 606"
    r"|ifrs|ias|asc|gaap"
    # a list's name: "the OWASP Top 10"; a goal of the UN's: "SDG 6", "SDG Target 3.2"
    r"|owasp\s+top|sdg(?:\s+target)?"
    # "Industry 4.0": an era's name
    r"|industry(?=\s[345]\.0)"
    # not "Release 1.5M salmon fry": the name's number takes all its digits
    r"|firmware|software|edition|os"
    # "IEC 62443-4-2", "ISO/IEC 27001:2022" too: a standard's parts are one name
    r"|kr|okr|objective|key\s+result|goal|o|p|sev|severity|category|cat|prio|priority|v)"
    r"[\s#-]?\d+(?:\.\d+)*"
    r"(?:[-:]\d+)*\b(?!\.\d)"
    r"|\b\d+(?:\.\d+)+\s+(?:release|version|update|edition|sdk|api|upgrade)\b"
    # a school year: "by the end of grade 3", "pupils in grade 7" (not "average grade 5.2")
    r"|\bgrade(?<=\b(?:of|in|at)\sgrade)\s\d{1,2}\b(?![.,]\d)"
    # working hours: "not just 9-5"
    r"|\b\d+(?:\.\d+)?\s*(?=/\d)|(?<=/)\d+|\b\d+:\d+\b|\b24/7(?:/365)?\b|\b9-5\b",
    re.IGNORECASE,
)

# places named by a run of numbers: "in aisles 1-12", "gates 3 and 4", "floors 2-5"
_NUMBERED_PLACES = (
    "aisle", "gate", "floor", "bay", "dock", "room", "ward", "lane", "platform", "terminal",
    "berth", "block", "zone", "pier", "hall", "wing", "plot", "court", "pitch",
)  # fmt: skip
_NUMBERED_PLACES_RE = re.compile(
    rf"\b(?:{'|'.join(_NUMBERED_PLACES)})s\s+\d{{1,3}}(?:\s*(?:[-–—]|to|and|&|,)\s*\d{{1,3}})+\b",
    re.IGNORECASE,
)

_PLURAL_THEN_DIGIT_RE = re.compile(r"[sS]\s+\d")

# thousands grouped with commas, or with spaces as much of Europe writes them ("1 200",
# "12 500 000", with a no-break or thin space too)
_GROUPED = (
    r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,]\d)"
    # Swiss apostrophes ("1'250'000") and Indian lakh grouping ("1,50,00,000")
    r"|\d{1,3}(?:['’]\d{3})+(?:\.\d+)?|\d{1,2}(?:,\d{2})+,\d{3}(?!\d)"
    # dots grouping thousands where no decimal point can be meant: two groups or more
    # ("1.250.000") or a decimal comma after them ("1.250,50"); a lone "1.250" is left
    r"|\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?(?![.,]?\d)|\d{1,3}(?:\.\d{3})+,\d{1,2}(?![.,]?\d)"
)
_NUM = (
    # the grouped shapes are tried only where a mark follows the first digits
    rf"(?:(?=\d{{1,3}}[.,'’ \u00a0\u202f]\d)(?:\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|{_GROUPED})"
    r"|\d+(?:[.,]\d+)?)"
)
# ISO codes of currencies written before or after an amount ("JPY 45M", "250k SEK")
_CODES = "usd|eur|gbp|chf|jpy|cad|aud|nzd|sek|nok|dkk|inr|sgd|hkd|zar|pln"
_NUMBER_RE = re.compile(
    # not the tail of a number taken by a name ("F-150"), save a bound or a rank:
    # "sub-12 months", "a top-3 firm"
    r"(?<![\w./#@])(?:(?<![A-Za-z][-–])|(?<=[Ss][Uu][Bb]-)|(?<=[Tt][Oo][Pp]-))(?<!\d,)"
    # a sign before the currency: "EBITDA from -€2.1M to break-even"
    r"(?P<neg0>[-−](?=(?:us|a|c|nz|hk|s|r)?\$\s?\d|[€£¥₹]\s?\d))?"
    rf"(?P<cur1>(?:us|a|c|nz|hk|s|r)?\$\s?|[€£¥₹]\s?|rs\.?\s?|(?:{_CODES})\s?)?"
    r"(?P<neg>[-−](?=\d))?"  # "NPS from -5 to 20" (not "3-5": a word character before)
    rf"(?P<num>{_NUM})(?!\d)"  # all the digits: "28p" is not "2"
    r"(?:\s?(?P<scale>k|bn|mn|mm|m|b|million|billion|thousand|hundred"
    # as other languages abbreviate them: "2,5 mln PLN", "1,2 Mrd. EUR", "870 tys.",
    # "INR 2 lakh", "1,2 crore", "80万"
    # "450 T€", "120 Tsd. €": thousands
    r"|mln|bln|mio|mrd|mld|tys|tsd|t(?=\s?€)|lakhs?|crores?|万)(?:(?<=[oyds])\.(?!\s*$))?(?![A-Za-z]))?"
    r"(?:\s?(?P<pct>[%％]|percent\b|per\s?cent\b|pct\b|pp\b|percentage\s+points?\b"
    r"|bps?\b|basis\s+points?\b))?"  # basis points: hundredths of a percent
    r"(?:\s?(?P<mult>x|×)(?![A-Za-z]))?"
    # a sign after the amount, as much of Europe writes it: "450 €", "1,2 Mio. €"
    rf"(?:\s?(?P<cur2>(?:{_CODES}|dollars?|euros?|pounds?|pence)\b|[€£¥₹])|(?P<pence>[pP])(?![\w]))?"
    r"(?:(?P<att>ms|s|secs?|h|hrs?|d|mins?|wks?)"
    # units of mass, distance, energy, power and data glued to the number: "14g",
    # "90kt", "12kWh", "3GB" (not "5G": a network, below; tonnes in capitals only in a
    # headline: "OnePlus 7T" is a model)
    r"|(?P<phys>[kmgt]wh|tco2e?|kg|mg|kt|mt|gt|km/h|km|[kmg]w|[kmgtp]b|g|t"
    # speeds, spaced or not: "30 km/h", "20 mph"
    r"|\s?(?:km/h|kph|mph)))?"
    r"(?![A-Za-z])",
    re.IGNORECASE,
)
_WORD_NUMBERS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "dozen": 12, "a dozen": 12, "a hundred": 100, "a thousand": 1000,
    "a million": 1_000_000, "half a million": 500_000, "half a billion": 500_000_000,
    "half a dozen": 6, "a quarter of a million": 250_000, "quarter of a million": 250_000,
    "three quarters of a million": 750_000, "a quarter of a billion": 250_000_000,
}  # fmt: skip
_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
#: a ceiling of one is an amount: "no more than one correction run", "at most one"
_CEILING_ONE_BEFORE = re.compile(
    r"\b(?:no|not)\s+more\s+than\s+$|\bat\s+most\s+$|\bmax(?:imum)?(?:\s+of)?\s+$",
    re.IGNORECASE,
)
_WORD_NUMBER_RE = re.compile(
    r"\b(?P<word>" + "|".join(sorted(_WORD_NUMBERS, key=len, reverse=True)) + r")"
    # "twenty-five", "forty one": one number
    rf"(?:(?<=ty)[\s-](?P<units>{'|'.join(_UNITS)}))?"
    r"(?:[\s-](?P<scale>hundred|thousand|million|billion))?"
    # "a hundred and fifty", "two hundred and twenty-five": one number
    rf"(?:(?<=hundred)\s+and\s+(?P<rest>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    rf"(?:[\s-](?:{'|'.join(_UNITS)}))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    rf"|seventeen|eighteen|nineteen|{'|'.join(_UNITS)}))?\b",
    re.IGNORECASE,
)
_MULTIPLIER_RE = re.compile(
    # "double down on" is an idiom (to commit harder), not a multiplier
    r"\b(?P<word>double[sd]?(?!\s+down\b)|doubling(?!\s+down\b)"
    r"|triple[sd]?|tripling|quadruple[sd]?|halve[sd]?|halving"
    r"|(?:in|by)\s+half|twice\s+(?:as\s+[a-z]+|the)"
    # "three times fewer", "1.5 times as much", "one and a half times more"
    r"|(?P<times>\d+(?:\.\d+)?|two|three|four|five|ten|one\s+and\s+a\s+half)\s+times"
    r"\s+(?:as\s+(?:many|much)|more|fewer|less)"
    r"|(?P<n>\d+|two|three|four|five|ten|twenty|hundred)[\s-]?fold)\b",
    re.IGNORECASE,
)
# "GMV x2", "×1.5": a factor up to 10 ("x86" and "BMW X5" are names), or one written
# with thousands separators ("x1,000"), which no name is
_X_FACTOR_RE = re.compile(
    r"(?<![\w.$€£¥×])[x×](?P<n>[1-9](?:\.\d)?|10|[1-9]\d{0,2}(?:,\d{3})+)(?![\w%×]|[.,]\d)"
)
# a fraction of something ("half of", "a third of"), or a change by one ("by a quarter")
_HALF_OF_RE = re.compile(
    # (not "a quarter of a million": an amount, _WORD_NUMBERS)
    r"\b(?:(?:half|a\s+third|a\s+quarter|a\s+fifth)\s+of(?!\s+an?\s+(?:million|billion)\b)|by\s+a\s+(?:third|quarter|fifth)"
    # "on half the diesel", "half our stores": half of them
    # ("for half the time", "in half the time" say by how much: no share)
    r"|(?<!\bfor\s)(?<!\bby\s)(?<!\bin\s)half(?=\s+(?:the|our|its|their|all)\s)"
    # "a third more kilos", "a fifth fewer tonnes": a change by that share
    r"|(?:about\s+)?a\s+(?:third|quarter|fifth)\s+(?:more|fewer|less)"
    # "to three-quarters", "by two-thirds", "two thirds of": a fraction with its count
    r"|(?P<by>by\s+)?(?P<n>one|two|three|four)(?P<sep>[\s-])(?P<d>thirds?|quarters?|fifths?)"
    r"(?P<of>\s+of)?)\b(?!(?:\s+of)?\s+an?\s+(?:million|billion)\b)",
    re.IGNORECASE,
)
_FRACTION_OF = {"third": 3, "quarter": 4, "fifth": 5}
# a share said as a fraction where a level stands ("from a fifth to a third", "to ¾ of
# total, from ⅔", "every other customer"), read as a percentage; a vulgar fraction
# before a time unit or after a whole number is a length ("1½ hours", "¾ hour")
#: words before a level: "from a fifth", "to the 60th percentile"
_LEVEL_BEFORE = r"(?<![\w-])(?:from|to|at|into|reach(?:es|ed)?"
_SHARE_WORD_RE = re.compile(
    rf"(?:{_LEVEL_BEFORE}|than|hit|of)\s+(?P<f>(?P<w>"
    r"(?:a|one)\s+(?:half|third|quarter|fifth|tenth)|half(?=\s*(?:[),;]|$))"
    r"|(?:two|three|four)[\s-](?:thirds|quarters|fifths|tenths)))(?!\s+(?:more|fewer|less)\b)"
    r"(?!\s+of\s+an?\s+(?:million|billion)\b)"
    r"|(?P<f2>(?P<v>(?P<whole>(?<![\d.,])\d{1,3})?[½⅓⅔¼¾⅕⅒]))"
    r"|(?<![\w-])(?P<f3>(?P<eo>every\s+other))(?=\s+[a-z]))",
    re.IGNORECASE,
)
# a percentile as the level moved to ("from the 40th to the 60th percentile"), not the
# one that names the metric ("90th percentile wait from 12 to 9 minutes")
_PERCENTILE_LEVEL_RE = re.compile(
    rf"{_LEVEL_BEFORE}|above|below)\s+(?P<q>(?:the\s+)?"
    r"(?P<n>\d{1,2})(?:st|nd|rd|th))(?=\s+(?:percentile|centile)"
    r"|\s+to\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\s+(?:percentile|centile))",
    re.IGNORECASE,
)
# how often, in words: "from once a fortnight to twice a week"
_TIMES_A_RE = re.compile(
    r"\b(?P<w>once|twice|thrice)\s+(?=(?:a|an|per|every|each)\s+(?:day|week|fortnight|month"
    r"|quarter|year|shift|sprint|season|term|semester|night|weekend)\b)",
    re.IGNORECASE,
)
_TIMES_A = {"once": 1.0, "twice": 2.0, "thrice": 3.0}
_SHARE_VALUES = {
    "half": 50.0, "third": 100 / 3, "quarter": 25.0, "fifth": 20.0, "tenth": 10.0,
    "thirds": 100 / 3, "quarters": 25.0, "fifths": 20.0, "tenths": 10.0,
    "½": 50.0, "⅓": 100 / 3, "⅔": 200 / 3, "¼": 25.0, "¾": 75.0, "⅕": 20.0, "⅒": 10.0,
}  # fmt: skip
_NOT_A_SHARE_AFTER = re.compile(
    r"\s+of\s+(?:last|this|today|the\s+current|current|its|their|our|the\s+level|what)\b"
    r"|\s+(?:week|month|day|year|quarter|time|hour|night|weekend|shift|sprint)s?\b",
    re.IGNORECASE,
)


def _share_word(text: str, m: re.Match[str]) -> float | None:
    """The percentage a fraction word stands for, where it is a level; None where it
    is a change's size ("to a third of last year's") or a time ("every other week")."""
    end = m.end()
    if m["v"] is None and _NOT_A_SHARE_AFTER.match(text, end):
        return None
    if m["eo"]:
        # "Get every other member to a fixture": alternate ones, half; but "the benchmark
        # every other plant copies" means all the others
        before = text[: m.start()].rstrip().split()
        if len(before) >= 2 or (before and not word_info(before[-1].lower()).is_verb_base):
            return None
        return 50.0
    if m["v"]:
        return _SHARE_VALUES[m["v"][-1]]
    words = m["w"].lower().replace("-", " ").split()
    if len(words) == 1:  # "from half"
        return _SHARE_VALUES[words[0]]
    count = {"a": 1, "one": 1}.get(words[0]) or _WORD_NUMBERS[words[0]]
    return count * _SHARE_VALUES[words[-1]]


_NINES_RE = re.compile(r"\b(?P<n>[2-6]|two|three|four|five|six)[\s-]+nines\b", re.IGNORECASE)
_TO_BEFORE = re.compile(r"\bto\s+$", re.IGNORECASE)
#: "single-digit churn", "double-digit growth": the largest single digit, the smallest pair
_DIGITS_RE = re.compile(r"\b(?P<w>single|double|triple)[\s-]digits?\b", re.IGNORECASE)
_DIGITS = {"single": 9.0, "double": 10.0, "triple": 100.0}
#: a band of a decade: "from the low 20s to the mid-40s", "high single digits", "the low
#: teens": its first number when low, its middle when mid, its last when high
_BAND_RE = re.compile(
    r"\b(?:the\s+)?(?P<band>low|lower|mid|high|upper)[\s-]+(?:(?P<dec>[1-9]0)['’]?s"
    r"|(?P<teens>teens)|(?P<single>single)[\s-]digits?)\b",
    re.IGNORECASE,
)
_BAND_AT = {"low": 0, "lower": 0, "mid": 1, "high": 2, "upper": 2}
_STARS = ("★", "⭐", "☆")
#: a score on a scale: "3.6/5", "rated 8.5/10", a grade "12.5/20", a GPA "3.4/4.0";
#: "4/5" alone may be a date, so a whole number only in a pair of scores on the same
#: scale ("4/5 → 5/5")
_SCORE = (
    r"(?<![\w./])(?P<{v}>\d{{1,3}}{frac})/(?P<{s}>(?:4|5|7|10|20)(?:\.0)?|100)"
    r"(?![\w/%:-]|[.,]\d)"
)
_SCORE_RE = re.compile(_SCORE.format(v="v", s="s", frac=r"\.\d+"))
_SCORE_PAIR_RE = re.compile(
    _SCORE.format(v="a", s="s", frac=r"(?:\.\d+)?")
    + r"\s*(?:->|→|=>|⇒|⟶|➔|to)\s*"
    + _SCORE.format(v="b", s="t", frac=r"(?:\.\d+)?")
)

_SCALES = {
    "k": 1e3, "thousand": 1e3, "hundred": 1e2, "m": 1e6, "mn": 1e6, "mm": 1e6,
    "million": 1e6, "b": 1e9, "bn": 1e9, "billion": 1e9,
    "mln": 1e6, "bln": 1e9, "mio": 1e6, "mrd": 1e9, "mld": 1e9, "tys": 1e3, "lakh": 1e5,
    "lakhs": 1e5, "crore": 1e7, "crores": 1e7, "万": 1e4, "t": 1e3, "tsd": 1e3,
}  # fmt: skip
_CURRENCIES = {
    "$": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD", "€": "EUR", "eur": "EUR",
    "euro": "EUR", "euros": "EUR", "£": "GBP", "gbp": "GBP", "pound": "GBP",
    "pounds": "GBP", "¥": "JPY", "chf": "CHF", "us$": "USD", "a$": "AUD", "c$": "CAD",
    "nz$": "NZD", "hk$": "HKD", "s$": "SGD", "r$": "BRL", "₹": "INR", "rs": "INR",
    "rs.": "INR",
}  # fmt: skip
#: Time units, normalised name and length in seconds.
TIME_UNITS: dict[str, tuple[str, float]] = {
    "ms": ("ms", 0.001), "millisecond": ("ms", 0.001), "milliseconds": ("ms", 0.001),
    "s": ("s", 1), "sec": ("s", 1), "secs": ("s", 1), "second": ("s", 1),
    "seconds": ("s", 1), "min": ("min", 60), "mins": ("min", 60),
    "minute": ("min", 60), "minutes": ("min", 60), "h": ("h", 3600),
    "hr": ("h", 3600), "hrs": ("h", 3600), "hour": ("h", 3600), "hours": ("h", 3600),
    "d": ("day", 86400), "day": ("day", 86400), "days": ("day", 86400),
    "wk": ("week", 604800), "wks": ("week", 604800), "week": ("week", 604800),
    "weeks": ("week", 604800), "month": ("month", 2629800), "months": ("month", 2629800),
    "year": ("year", 31557600), "years": ("year", 31557600),
    "fortnight": ("fortnight", 1209600), "fortnights": ("fortnight", 1209600),
}  # fmt: skip
_UNIT_WORD_RE = re.compile(
    # a whole word: not the "S" of "Depot 5 Südring"
    r"\s*(?:-\s*)?(?:(?:working|business|calendar)\s+)?(?P<w>[A-Za-z]+)(?![^\W\d_])",
    re.IGNORECASE,
)
_ONE_UNITS = frozenset(
    {name for name in TIME_UNITS if len(name) > 2} | {"percent", "million", "thousand"}
)
_METRIC_PREFIXES = frozenset(
    [
        "nps",
        "enps",
        "csat",
        "ces",
        "mrr",
        "arr",
        "nrr",
        "grr",
        "mau",
        "dau",
        "wau",
        "ltv",
        "cac",
        "arpu",
        "sla",
        "slo",
        "okr",
        "kpi",
        "mttr",
        "mttd",
        "mtta",
        "mtbf",
        "aht",
        "fcr",
        "dso",
        "gmv",
        "ndr",
        "roas",
        "ctr",
        "cpa",
        "oee",
        "otif",
    ]
)
_DURATION_CUES = frozenset(["within", "in", "after", "for"])
_WINDOW_WORDS = frozenset(["first", "last", "next", "past"])
_WINDOW_BEFORE = re.compile(
    r"\b(?:in|within|during|over|for)\s+(?:the|their|its|a)\s+(?:first|last|next|past)\s*$",
    re.IGNORECASE,
)
# words right before a target: "to 40%", "reach 500", "under 2 hours"
_CUE_WORDS = (
    r"to|reach(?:es|ing)?|hit|at|of|above|below|under|over|at\s+least|at\s+most|than|beyond"
)
# ... and the label a dashboard gives it: "(target 95%)", "Goal: 2%", "Soll 75 %"
_TARGET_LABELS = ("target", "goal", "soll")
_TARGET_CUES = re.compile(
    rf"(?:\b(?:{_CUE_WORDS})|\b(?:{'|'.join(_TARGET_LABELS)})\s*[:=]?|>=|<=|<|>|≥|≤|\bsub-)\s*$",
    re.IGNORECASE,
)
#: what may stand between a cue and its number, at the end of the text before it:
#: an approximate or signed amount: "from about 40", "from ~40", "from c. 850", "from +18"
_APPROX = (
    r"(?:(?:about|around|approx\.?|approximately|roughly|circa|c\.|ca\.|nearly|almost)\s*"
    r"|[~≈+]"
    # "down from an average of 9", "from a median of 40"
    r"|an?\s+(?:average|mean|median|typical)(?:\s+of)?\s+)"
)
_APPROX_END = rf"\s*{_APPROX}?$"
# between a baseline and its target: "to", an arrow or a dash, then perhaps a bound or a
# sign on the target ("9 → ≤3", "$90k → <$40k", "+12 → +30", "480ms -> under 250ms")
_ARROWS = "->|→|=>|➡|⇒|⟶|➔|⟹"
_PAIR_SEP = re.compile(
    # a unit, or a denominator, after the first: "20 days to 10", "$7.40/order → $6.20"
    rf"^\s*(?:[a-z]+\s+|/\s?[a-z]+\s*)?(?:to|{_ARROWS}|–|—|-|until|till)\s*(?:about\s+|around\s+|nearly\s+|almost\s+|[~≈+]"
    r"|[<>≤≥]=?|(?:under|below|above|over|at\s+(?:most|least)|(?:less|more|fewer)\s+than)\s+)?"
    r"\s*$",
    re.IGNORECASE,
)
# "from", and "since" as translated English writes it ("Reduce the DSO since 65 until 50")
_FROM_BEFORE = re.compile(rf"\b(?:from|since){_APPROX_END}", re.IGNORECASE)
_UPDOWN_BEFORE = re.compile(rf"\b(up|down)\s+from{_APPROX_END}", re.IGNORECASE)
# "by 20%", "by about 20%", "by up to 30%"
#: a bound right after a plural noun, as part of what is counted: "calls longer than",
#: "interruptions over", "orders above"
_THRESHOLD_IN_NAME = re.compile(
    r"\b[a-z]{3,}s\s+(?:longer|shorter|older|larger|bigger|heavier|more|less|greater"
    r"|higher|lower|over|under|above|below)(?:\s+than)?\s*$",
    re.IGNORECASE,
)
_TO_CUE = re.compile(
    rf"\bto(?:\s+(?:under|below|above|over|at\s+least|at\s+most|(?:less|fewer|more)\s+than))?"
    rf"{_APPROX_END}",
    re.IGNORECASE,
)
_ANOTHER_BEFORE = re.compile(r"\b(?:another|an?\s+(?:extra|additional))\s*$", re.IGNORECASE)
_BY_BEFORE = re.compile(rf"\bby(?:\s+up\s+to)?{_APPROX_END}", re.IGNORECASE)
_PER_BEFORE = re.compile(r"\b(?:per|every|each|a|/)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class NumberFacts:
    quantities: tuple[Quantity, ...]
    deadline: str | None
    deadline_span: tuple[int, int] | None
    baseline: Quantity | None
    target: Quantity | None
    change: Quantity | None
    unit: str | None
    updown: str | None  # "up" / "down" when the text says "up from" / "down from"
    countable: tuple[Quantity, ...] = ()
    """The quantities but modifiers ("a three-year grant"): what a word can count."""
    aside: int | None = None
    """Where a clause explaining the aim starts ("..., so that ..."), if any."""
    purpose: int | None = None
    """Where a purpose starts that names the measure's move ("Open a hub so that waits
    fall from 6 days to 2"): no aside, since its numbers are the key result's."""


_OF_BETWEEN_RE = re.compile(r"\s+(?:out\s+)?of\s+(?:the\s+)?", re.IGNORECASE)
_BARE_PAIR_RE = re.compile(r"\s*(?:to|–|—)\s*", re.IGNORECASE)
_NO_BARE_PAIR_BEFORE = re.compile(
    r"\b(?:by|to|of|up\s+to|per|every|each|between)\s*$", re.IGNORECASE
)
# a past period named in words: "last year", "previous season", "last winter"
_PAST_PERIOD = r"(?:last|previous|prior)\s+(?:year|season|quarter|winter|summer|month|term|half)"
_CURRENT_LABELS = ("actual", "current", "ist")
_CURRENT_BEFORE = re.compile(
    r"(?:\b(?:currently|today(?:['’]s)?|now|baseline|base|was|vs\.?|versus|instead\s+of"
    # "(previously 9 days)", "rather than 3h30m", "from today's 52,000"
    r"|previously|formerly|rather\s+than"
    r"|compar(?:ed|ing)\s+(?:to|with)"  # "to 80 % comparing to 71 % now"
    # "(actual: 91 %)", "from current 78%", "Ist 68 % → Soll 75 %": today's value as
    # translated English and German dashboards name it; "(base 2025 = 5 days)"
    rf"|{'|'.join(_CURRENT_LABELS)})(?:\s+(?:fy\s?)?'?(?:19|20)\d{{2}}(?!\d))?"
    # "(FY25: EUR 780k)", "(2026: 3,150)", "(last year: 41%)": the value of a past period
    # "(Q2: 0.65%)", "(Q3 2025: 31%)", "(last winter 23%)", "(end of 2025: 4,1 %)"
    r"|\(\s*(?:(?:end\s+of\s+)?(?:fy\s?'?\d{2,4}|(?:19|20)\d{2})"
    r"|[qh][1-4](?:\s*(?:fy\s?)?'?\d{2,4})?"
    rf"|{_PAST_PERIOD})"
    # "(2026 avg: 11 hrs)", "(Q2 had 7)", "(FY2025 result: 120 ppm)"
    r"(?:\s+(?:avg|average|actual|actuals|result|had|was|were|saw))?)"
    rf"\s*(?:at\s+|is\s+|of\s+)?[:=]?\s*{_APPROX}?\s*$",  # "(was c. 850)", "currently ~1,900"
    re.IGNORECASE,
)
# "(approx. 3,200/wk today)", "(~1.2k open today)", "(avg 0.4% now)": the value now,
# named after it
_CURRENT_AFTER = re.compile(
    r"(?:\s*/\s*[a-z]+\.?)?(?:\s+[a-z][\w-]*){0,2}\s+(?:today|now|currently|at\s+present)\s*\)",
    re.IGNORECASE,
)
_TOLERANCE_BEFORE = re.compile(r"(?:±|\+/-|\+-)\s*$")
#: after a time: it is a bound ("in 5 business days or fewer", "within 2 hours or less")
_OR_FEWER_AFTER = re.compile(
    r"(?:\s+(?:business|working|calendar))?(?:\s+[a-z]+)?\s+or\s+(?:fewer|less|under|sooner|faster)\b",
    re.IGNORECASE,
)
_WITHIN_TOLERANCE = re.compile(r"\bwithin\s*(?:±|\+/-|\+-)\s*$", re.IGNORECASE)
# "Lost-time injuries: 0 (3 last year)": a past period's value, named after it
_PAST_AFTER = re.compile(rf"\s*{_PAST_PERIOD}\s*\)", re.IGNORECASE)
# "up 15%", "up 4 points", "up by 50%"
_UPDOWN_CHANGE_BEFORE = re.compile(rf"\b(up|down)(?:\s+by)?{_APPROX_END}", re.IGNORECASE)
# "down to 2.5", "down to under 15"
_DOWN_TO_BEFORE = re.compile(
    rf"\bdown\s+to(?:\s+(?:under|below|at\s+most|(?:less|fewer)\s+than)|\s*[<≤])?{_APPROX_END}",
    re.IGNORECASE,
)
_PAIR_AHEAD_RE = re.compile(
    rf"\s*(?:to|{_ARROWS}|–|—)\s*(?:[~≈+]|[<>≤≥]=?)?\s*[$€£¥]?\d", re.IGNORECASE
)
_PAIR_BETWEEN_RE = re.compile(rf"\s*(?:to|{_ARROWS}|–|—|-)\s*", re.IGNORECASE)
#: the next name of a series joined to it: "Scope 1 and 2", "Tier 1 & 2"
_SERIES_AND_RE = re.compile(r"\s*(?:and|&|,)\s*", re.IGNORECASE)
# the word after the compound may be an initialism with "&" ("4-hour A&E breaches"),
# which is no article "A"
_COMPOUND_RE = re.compile(r"-(?P<w>[^\W\d_]+)(?:-[^\W\d_]+)*\s+(?P<next>[^\W\d_]+(?:&[^\W\d_]+)*)")
_FRACTION_WORDS = frozenset(
    ["half", "third", "quarter", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
)
# ... and before a compound that is a target ("Reach a 4-hour response time")
_TARGET_BEFORE_RE = re.compile(
    rf"(?:\b(?:{_CUE_WORDS}|into|from|reached|achiev(?:e|es|ed|ing)|attain|within)|[<>≤≥])"
    r"\s*(?:(?:an?|the)\s+)?$",
    re.IGNORECASE,
)
# "Hand over 2-bed flats": a verb's particle, no bound
_PHRASAL_OVER = re.compile(
    r"\b(?:hand|take|turn|carry|roll|sign|pass|switch|change)(?:s|ed|ing)?\s+over\s+$",
    re.IGNORECASE,
)
# "Make onboarding a 10-minute experience", "Become a 5-star rated app": the
# compound is what the thing is to be, a target
_BECOMES_BEFORE_RE = re.compile(
    r"\b(?:make|makes|making|turn|turns|become|becomes|be|is|are)\b[\w\s'’-]{0,40}?\ban?\s+$",
    re.IGNORECASE,
)
# "tickets per week 22 -> 26", "handled/agent/day 35 → 45": a period after "per" or a
# slash is the rate's unit, and the number after it the metric's, not "week 22"
_RATE_NAME_RE = re.compile(r"(?:day|week|sprint|season|cohort)\b", re.IGNORECASE)
# "per 1k pax 7.8": the word after a count of "per" is the rate's unit, not a name
_PER_COUNT_BEFORE = re.compile(r"(?:\bper|/)\s*[\d.,]+\s*[km]?\s+$", re.IGNORECASE)
_DIGIT_RE = re.compile(r"\d")  # every branch of _IDENTIFIER_RE and _NUMBER_RE needs one
_THOUSANDS_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_GROUPED_RE = re.compile(_GROUPED)
_GROUP_MARKS_RE = re.compile(r"[ \u00a0\u202f'’,]")
_DOT_GROUPED_RE = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_YEAR_RE = re.compile(r"(?:19|20)\d{2}")
#: a time after a year-like amount: "to 2000 by 2027", "to 1500 by the end of Q3"
_YEAR_THEN_TIME_RE = re.compile(
    r"\s+(?:by|in|before|until)\s+(?:the\s+)?(?:end|q[1-4]|h[12]|fy|(?:19|20)\d\d)", re.I
)
#: what a year names after it: "below 2019 levels", "2019's peak"
_YEAR_LEVEL_AFTER = re.compile(
    r"\s*(?:'s|’s)?\s+(?:levels?|baselines?|figures?|values?|prices?|rates?|peak|average)\b", re.I
)
# the end of a range of years: "2027-30", "2025/26", "2027–2030"
_YEAR_RANGE_BEFORE_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}\s?[-–/]\s?$")
_ARROW_RE = re.compile(_ARROWS)
_UNIT_GROUPS = ("cur1", "scale", "pct", "mult", "cur2", "att", "phys", "pence", "neg", "num")
#: the units ``_NUMBER_RE`` takes glued to a number, as ``Quantity.unit`` names them
_PHYS_UNITS = {"t": "tonnes", "tco2": "tco2e", "kph": "km/h"}
#: mobile network generations, which a "G" follows ("5G", "3g network")
_NETWORKS = frozenset("23456")
_ASCII_LETTERS = frozenset(string.ascii_letters)
_TIME_SECONDS = dict(TIME_UNITS.values())
# Lower-case substrings one of which every match of a regex contains. They are only
# tried on ASCII text, where IGNORECASE matching is exactly matching the lower-cased text.
_MULTIPLIER_CUES = ("doubl", "tripl", "quadrupl", "halv", "half", "fold", "twice", "times")
_HYPHENATED_RE = re.compile(r"-[^\W\d_]")
#: a number in an idiom or a method's name that counts nothing: "a two-sided
#: marketplace", "a one-stop shop", "two-factor authentication", "a 360-degree view of
#: the customer", "Lean Six Sigma"
_IDIOM_AFTER_RE = re.compile(
    r"-(?:sided|way|stop|off|factor|dimensional|of-a-kind)\b|\s+sigma\b"
    r"|(?<=360)(?:-?\s?degrees?|°)\s+(?:view|feedback|review|appraisal|perspective)\b",
    re.IGNORECASE,
)
#: "one new country", "one more trophy", "one per consultant a week": "one" that counts
_ONE_MORE_AFTER = re.compile(r"\s+(?:new|more|additional|extra|further|per)\b", re.IGNORECASE)


def _is_decade(text: str, start: int, num: str) -> bool:
    """ "1990s", "2020s", "'80s", "the 90s arcades": a decade, where "s" is no second.
    A bare "the 90s" may be a range of a score ("Raise compliance into the 90s"), so it
    is a decade only before the noun it describes."""
    if len(num) == 4 and num[-1] == "0" and num[:2] in ("18", "19", "20"):
        return True
    if len(num) != 2 or num[-1] != "0":
        return False
    if text[max(0, start - 1) : start] in ("'", "’"):
        return True
    after = _WORD_AFTER_RE.match(text, start + 3)
    return (
        text[max(0, start - 4) : start].lower() == "the "
        and after is not None
        and not word_info(after.group(1).lower()).function
    )


#: what names a warming limit rather than measures a temperature: "1.5°C pathway"
_PATHWAY_AFTER_RE = re.compile(
    r"[\s-]*(?:pathways?|aligned|alignment|trajectory|trajectories|scenarios?|compatible"
    r"|consistent|goal|warming)\b",
    re.IGNORECASE,
)
_HALF_OF_CUES = ("half", "third", "quarter", "fifth")
# "1 in 8", "one in three", "3 in 100 readers", "9 out of 10 patients": a share, read as
# a percentage (1 in 8 -> 12.5%), so that "from 1 in 8 to 1 in 12" falls. Not a count
# in a time ("3 in 5 days"), a rank ("top 3 in 5 markets", "#1 in 3 regions") or a
# rating ("4.5 out of 5", "8 out of 10 stars").
_RATIO_NUMBER = r"\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten"
_RATIO_RE = re.compile(
    rf"(?<![\w.,#])(?P<a>{_RATIO_NUMBER})(?:\s+|-)(?:(?P<in>in)(?:\s+(?:every|each))?|out\s+of"
    r"|(?P<of>of))(?:\s+|-)"
    r"(?P<b>\d{1,3}(?:,\d{3})+|\d+|two|three|four|five|six|seven|eight|nine|ten|twelve"
    r"|twenty|fifty|a\s+hundred|a\s+thousand|hundred|thousand)\b(?![.,]\d|\s*%)"
    r"(?P<next>\s+[a-z]+)?",
    re.IGNORECASE,
)
_RATIO_RANK_BEFORE = re.compile(
    r"(?:\btop|\bno\.?|\bnumber|\branked|\brank|\bphase|\bstep|\bstage|\bpart|\bround"
    r"|\bwave|\bsprint|\bweek|\bday|\bchapter|\bmodule|\bgrade|\btier|\blevel|\bseason"
    r"|\bepisode|\bvolume|\bbook|\bgame|\bmatch|\bleg)\s*$",
    re.I,
)
_RATIO_NOT_AFTER = frozenset(
    ["star", "stars", "point", "points", "pts", "on", "at", "by", "for", "the", "a", "an"]
)
_RATIO_CUES = (" in ", "-in-", "out of")
#: "9 of 10 patients": "of" between two numbers, the only way "of" makes a share
_N_OF_M_RE = re.compile(r"\d\s+of\s+\d")
_SHARE_BASES = frozenset([2.0, 3.0, 4.0, 5.0, 10.0, 20.0, 100.0])
# how rare an event is, as a return period: "a one-in-200-year storm" (200 years), a
# size that describes the noun as "a 200-year storm" does
_RETURN_PERIOD_RE = re.compile(
    r"\b(?:one|1)[\s-]in[\s-](?:a[\s-])?(?P<n>\d{1,3}(?:,\d{3})*|hundred|thousand)[\s-]years?\b",
    re.IGNORECASE,
)
_RATIO_WORDS = {**_WORD_NUMBERS, "thousand": 1000}  # every word _RATIO_RE takes
# "4h 30m", "9 min 30 s", "2 hrs 15 mins": one duration, in its larger unit
_COMPOUND_TIME_RE = re.compile(
    # every alternative starts with a digit: one look skips every other position
    r"(?=\d)(?:(?<![\w.])(?P<a>\d+)\s?(?P<u1>h|hrs?|hours?|m|min|mins|minutes?)\s?(?P<b>\d{1,2})\s?"
    r"(?P<u2>m|min|mins|minutes?|s|secs?|seconds?)\b"
    # "1h45", "2h30": the minutes' unit left out
    r"|(?<![\w.])(?P<a2>\d{1,2})h(?P<b2>[0-5]\d)\b)",
    re.IGNORECASE,
)
# a length of time as a clock with seconds: "from 1:15:00 to 0:45:00" (hours)
_HMS_RE = re.compile(r"(?<![\w.:])(?P<h>\d{1,2}):(?P<m>[0-5]\d):(?P<s>[0-5]\d)(?![\d:])")
_TAKEN_OFF = re.compile(r"\s*(?:[a-z]+\s+)?off\b(?!\s+(?:sale|price|list|retail|rrp)\b)", re.I)
_TAKE_VERB_BEFORE = re.compile(
    r"\b(?:shave[sd]?|shaving|take[sn]?|took|knock(?:s|ed)?|cut)\s+$", re.I
)
_CLOCK_AT_BEFORE = re.compile(r"\b(?:at|by|before|after|until|till)\s+$", re.IGNORECASE)
# a rank moved from one place to another: "from 9th to 4th", "from #14 to #3", "from
# Tier 3 to Tier 1": the places are the values (a rank alone, "the top 3", is a name's)
_RANK_PAIR_RE = re.compile(
    r"\bfrom\s+(?:the\s+)?(?P<a>(?:#\s?(?P<an>\d{1,4})|(?P<ao>\d{1,4})(?:st|nd|rd|th)"
    r"|(?P<series>tier|level|grade|band|division|league|category)\s+(?P<as>\d{1,2})))"
    r"(?:\s+place)?\s+(?:to|->|→)\s+(?:the\s+)?(?P<b>(?:#\s?(?P<bn>\d{1,4})"
    r"|(?P<bo>\d{1,4})(?:st|nd|rd|th)|(?P=series)\s+(?P<bs>\d{1,2})))"
    r"(?!\s+(?:percentile|centile))",  # "from the 40th to the 60th percentile": levels
    re.IGNORECASE,
)
_RANK_CUE_RE = re.compile(r"(?=[\d#])(?:#\s?\d|\d{1,4}(?:st|nd|rd|th)\b)", re.IGNORECASE)
_RANK_SERIES = ("tier ", "level ", "grade ", "band ", "division ", "league ", "category ")
#: a streak: "for 6 consecutive months", "3 straight quarters", "two successive years"
#: (also how long a level is owed, to KR007)
STREAK_TEXT = (
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:consecutive"
    r"|straight|successive)\s+(?:days|weeks|months|quarters|years|seasons|sprints|shifts"
    r"|releases|terms)\b"
)
_STREAK_RE = re.compile(STREAK_TEXT, re.IGNORECASE)
#: an age group names people, not an amount: "among 18-24 year olds", "7-year-olds",
#: "25-to-34-year-olds", "aged 13-19", "ages 5-11", "members aged 55+", "aged 16 and
#: over" (not "10-year-old malt", a thing's age, nor "debt aged over 90 days", a metric)
_AGE_GROUP_RE = re.compile(
    r"\b(?:aged|ages)"
    # not when a time follows, in any of the shapes below ("aged 60+ days", "aged 30
    # to 60 days"): a metric's definition
    r"(?!\s+(?:under\s+|over\s+)?\d{1,3}(?:\s*(?:-|–|to)\s*\d{1,3})?\+?\s*"
    r"(?:days?|weeks?|months?|years?|hours?|hrs?|d|h)\b)"
    r"\s+(?:under\s+|over\s+)?\d{1,3}"
    r"(?:\s*(?:-|–|to)\s*\d{1,3}|\+|\s+and\s+(?:over|under|above|older|younger)\b)?"
    r"(?![\d.,%])"
    r"|\b\d{1,3}(?:\s*(?:-to-|-|–|to)\s*\d{1,3})?[\s-]+years?[\s-]+olds\b",
    re.IGNORECASE,
)
#: people named by their age above or below a bound: "drivers under 25", "children
#: under 5", "residents over 65", "the over-65s", "among under 25s". An age is at most two
#: digits, and only a connecting word, a mark or the end may follow it: "patients over
#: 4 hours in A&E", "users over 10 GB" and "customers over 1,000" keep their amount, and
#: so do people kept to a count (_HELD_BEFORE_RE: "Keep staff over 20 on each shift").
_PEOPLE_AGE_RE = re.compile(
    r"\b(?:children|kids|adults|people|drivers|patients|residents|customers|members"
    r"|users|students|pupils|women|men|girls|boys|employees|staff|workers|learners"
    r"|babies|infants|teens|teenagers|pensioners|citizens|claimants|applicants"
    r"|policyholders|passengers|visitors|participants|smokers|voters|viewers|players"
    r"|riders|those|anyone)"
    r"\s+(?:under|over|below|above)\s+\d{1,2}(?![.,]?\d)"
    r"(?:\s+(?:years?\s+old|years?\s+of\s+age))?"
    r"(?=\s*(?:$|[),;:.!?/]|(?:by|in|to|from|and|or|with|who|across|at|on|for|within"
    r"|through|before|after|during|via|is|are|into|than|below|above)\b))"
    # "the over-65s", "among under 25s"; not "in under 30s" or "to under 30s" (seconds)
    r"|(?<![\w-])(?:under|over)-\d{1,2}s\b|\b(?:the|among)\s+(?:under|over)\s\d{1,2}s\b",
    re.IGNORECASE,
)
#: a verb that holds a count just before the people: "Keep staff over 20 on each shift",
#: "Hold active members above 40 at every branch", "Keep the number of staff over 20"
#: (not "Keep claims from drivers under 25 below 3%")
_HELD_BEFORE_RE = re.compile(
    r"\b(?:keep|keeps|kept|keeping|hold|holds|held|holding|maintain|maintains|maintained"
    r"|stay|stays|remain|remains|cap|caps|capped|limit|limits|limited)\s+"
    r"(?:(?:the|our)\s+)?(?:number\s+of\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# a settlement date counted from the trade: "from T+2 to T+1" (days)
_T_PLUS_RE = re.compile(r"\bT\s?\+\s?(?P<n>\d{1,2})\b")
_CLOCK_TIME_RE = re.compile(
    r"(?<![\w.:])(?P<a>\d{1,2}):(?P<b>[0-5]\d)\s?(?P<u>mins?|minutes|h|hrs?|hours)\b",
    re.IGNORECASE,
)
# a time of day: "06:00", "17:30", "7am", "9.30 p.m." (not "6:30 min", a duration)
_TIME_OF_DAY_RE = re.compile(
    r"(?<![\w.:/])(?:(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?:\s?(?P<ap>[ap]\.?m\b\.?))?"
    r"|(?P<h2>1[0-2]|0?[1-9])(?:[.:](?P<m2>[0-5]\d))?\s?(?P<ap2>[ap]\.?m\b\.?))(?![\w:])",
    re.IGNORECASE,
)
_MERIDIEM_CUE_RE = re.compile(r"\d\s?[aApP]\.?[mM]")
# a time of day moved from one value to another: "by 06:00, from 07:30", "(now 06:15)"
# (one alone says when something happens: "open until 8pm", "orders in by 3pm")
_TIME_FROM_BEFORE = re.compile(
    r"\b(?:from|instead\s+of|than|now|today|currently|was|vs\.?)"
    r"(?:\s+(?:around|about|roughly|approx\.?|~))?[\s(:~]*$",
    re.IGNORECASE,
)
# a length of time written as a clock ("view duration from 4:10 to 6:00"): no time of day
_DURATION_NAME_RE = re.compile(
    r"\b(?:duration|length|lasting|watch|view|pace|lap|run\s?time|handl\w+|talk|call"
    r"|session|wait|hold|queue|dwell|turnaround|cycle|mins?|minutes?|hours?|hrs?)\b",
    re.IGNORECASE,
)
_WORD_PERCENT_AFTER = re.compile(r"\s?(?:per\s?cent\b|%)", re.IGNORECASE)
# a ratio to one: "3:1", "2.1 : 1" (not a time, "9:10", nor a score, "3:12")
# ("1:1" is a meeting: "a 1:1 with every report")
_TO_ONE_RE = re.compile(r"(?<![\w.:])(?P<a>(?!1\s?:)\d{1,3}(?:\.\d+)?)\s?:\s?1(?![\d:]|[.,]\d)")
# "one to N": "a nurse-to-patient ratio from 1:8 to 1:6", "accounts per manager 1:220"
# is N, where the statement says it measures a ratio (else "1:30" is a time)
_ONE_TO_RE = re.compile(r"(?<![\w.:])1\s?:\s?(?P<a>\d{1,4}(?:\.\d+)?)(?![\d:]|[.,]\d)")
_RATIO_WORD_RE = re.compile(r"\bratio\b", re.IGNORECASE)
_RATIO_CONTEXT_RE = re.compile(
    r"\bratio\b|\bper\s+[a-z]|[a-z]-to-[a-z]|\bfor\s+every\b", re.IGNORECASE
)
# "over two years", "across the next 3 quarters": the time a change takes, no amount
_OVER_PERIOD_RE = re.compile(
    r"\b(?:over|across)\s+(?:the\s+)?(?:next\s+|coming\s+)?(?:\d+|two|three|four|five|six"
    r"|eight|ten|twelve|eighteen)\s+(?:years?|quarters?|months?|seasons?)\b",
    re.IGNORECASE,
)
_WORD_NUMBER_CUES = tuple(
    word for word in _WORD_NUMBERS if not any(o != word and o in word for o in _WORD_NUMBERS)
)


def _ascii_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    r"""``pattern`` with re.ASCII: the same matches in ASCII text, found faster.

    re.ASCII only changes what ``\w``, ``\d``, ``\s``, ``\b`` and IGNORECASE do with
    non-ASCII characters.
    """
    return re.compile(pattern.pattern, (pattern.flags & ~re.UNICODE) | re.ASCII)


#: The deadline, standalone period, identifier, number and word-number patterns.
_UNICODE_RES = (DEADLINE_RE, _STANDALONE_PERIOD_RE, _IDENTIFIER_RE, _NUMBER_RE, _WORD_NUMBER_RE)


@cache
def _ascii_res() -> tuple[re.Pattern[str], ...]:
    """``_UNICODE_RES`` for ASCII text, compiled on first use (not on every import)."""
    return tuple(_ascii_twin(pattern) for pattern in _UNICODE_RES)


def may_contain(text: str, cues: tuple[str, ...], lower: str | None = None) -> bool:
    """False only when ``text`` is ASCII and holds none of the lower-case ``cues``: a
    case-insensitive pattern all of whose matches contain a cue cannot match it
    (under IGNORECASE, some non-ASCII letters match ASCII ones: "ſ" matches "s").
    ``lower`` is ``text.lower()``, when the caller has it already."""
    if not text.isascii():
        return True
    lower = text.lower() if lower is None else lower
    return any(cue in lower for cue in cues)


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    for s, e in spans:  # noqa: SIM110 (any() over a generator is several times slower)
        if start < e and s < end:
            return True
    return False


def _parse_num(text: str) -> float:
    if text.isdigit():
        return float(text)
    if _GROUPED_RE.fullmatch(text):  # "1 200", "1'250'000", "1,50,00,000", "1.250,50"
        if "." in text and _DOT_GROUPED_RE.fullmatch(text):
            return float(text.replace(".", "").replace(",", "."))
        return float(_GROUP_MARKS_RE.sub("", text))
    if _THOUSANDS_RE.fullmatch(text):
        return float(text.replace(",", ""))
    return float(text.replace(",", "."))


def _word_before(text: str, start: int) -> tuple[str, int]:
    r"""``re.search(r"([A-Za-z][\w&-]*)\W*$", text[:start])`` as ``(group(1), start(1))``.

    Scanned backwards instead (the ``$``-anchored search is retried at every position):
    skip the trailing ``\W`` run, then the ``[\w&-]`` run before it; the match starts at the
    leftmost ASCII letter of that run and greedily takes the ``&``/``-`` that open the
    trailing run (they are in both classes). ``\w`` is ``str.isalnum()`` or ``_``.
    """
    t = start
    while t > 0 and not (text[t - 1].isalnum() or text[t - 1] == "_"):
        t -= 1
    u = t
    while u > 0 and (text[u - 1].isalnum() or text[u - 1] in "_&-"):
        u -= 1
    for i in range(u, t):
        if text[i] in _ASCII_LETTERS:
            end = t
            while end < start and text[end] in "&-":
                end += 1
            return text[i:end], i
    return "", -1


def _unit_after(text: str, end: int) -> tuple[str | None, int]:
    match = _UNIT_WORD_RE.match(text, end)
    if not match:
        return None, end
    word = match.group("w")
    lower = word.lower()
    if lower in TIME_UNITS:
        return TIME_UNITS[lower][0], match.end()
    if lower == "pts":
        return "points", match.end()
    info = word_info(lower)
    if info.is_plural_noun and not info.function and "VERB" not in info.lemmas:
        return lower, match.end()
    if info.is_plural_noun and not info.function and lower.endswith("s"):
        return lower, match.end()
    return None, end


# emergency and public-service phone numbers, named as a service with a call word
_SERVICE_NUMBERS = frozenset(["101", "111", "112", "999", *(f"{n}11" for n in range(2, 10))])
_CALL_BEFORE = re.compile(
    r"\b(?:call(?:s|ing|ed)?|dial(?:s|l?ing|l?ed)?|phon(?:e|es|ing|ed)|text(?:s|ing)?)"
    r"(?:\s+to)?\s+$",
    re.IGNORECASE,
)
_CALL_AFTER = re.compile(
    r"\s+(?:calls?|callers?|call-?takers?|line|hotline|helpline|app|operators?|services?|requests?"
    r"|number|cent(?:re|er)s?|system|contacts?)\b",
    re.IGNORECASE,
)


def _is_identifier(text: str, start: int, end: int, core_start: int, plain: bool) -> bool:
    """A bare number right after a capitalised name: "Postgres 16", "Lyon 2", or a
    version after a lower-case one ("okrlint 1.0"); not after an acronym when a pair
    starts there ("AHT 300 to 240 seconds")."""
    if not plain:
        # "Ward 7B", "Stand 4M": a place's number and letter, not 7 billion or 4 million
        return (
            text[end - 1].isupper()
            and _LETTERED_NUMBER_RE.fullmatch(text, start, end) is not None
            and _named_place_before(text, start)
        )
    if text[start:end] in _SERVICE_NUMBERS and (
        _CALL_BEFORE.search(text, max(0, start - 16), start) or _CALL_AFTER.match(text, end)
    ):
        return True  # "calling 311", "911 call volume", "the NHS 111 line": a phone service
    if text.find("N", max(0, start - 5), start) >= 0 and _NUMBER_SIGN_BEFORE.search(
        text, max(0, start - 24), start
    ):
        return True  # "Shop No. 2", "Nº 5 Squadron": a number that names
    word, word_start = _word_before(text, start)
    if not word and not text[core_start:start].strip():
        # "2.0 becomes the release ...": a dotted number that a verb follows is a version
        return (
            "." in text[start:end]
            and _VERSION_RE.fullmatch(text, start, end) is not None
            and (after := _COMPOUND_AFTER_RE.match(text, end)) is not None
            and _finite_verb(after[1])
        )
    if not word or text[word_start + len(word) : start].strip():
        return False
    if (
        "." in text[start:end]
        and word_start <= core_start
        and word.lower() in _RELEASE_VERBS
        and _VERSION_RE.fullmatch(text, start, end) is not None
        and _unit_after(text, end)[0] is None
        and _names_ahead(text, end)
    ):
        return True  # "Ship 2.0 to all customers", "Release 4.2 by March": a version
    if word_start <= core_start:
        # "Year 6 reading ...", "Gallery 3 reborn", "Ward 7, calmest ward ...": a name
        # the statement opens with, where "Plant 40 trees" or "Grade 500 papers" act;
        # a noun that is also a verb names only before no counted noun ("Route 9 runs
        # late", but "Route 9 calls to sales")
        lower = word.lower()
        if not (word[0].isupper() and end - start <= 2):
            return False
        if lower not in _OPENING_NAMES:
            # "Hub 3 becomes the heartbeat ...", "Polestar 4 showroom open": a word no
            # verb reads, then a noun of the named thing or what it does; not a level
            # ("Headcount 12 by June") or a count ("Headcount 5 new hires")
            # (in capitals, an acronym cannot be told from a word: "NPS 45 BY Q3")
            capitals = text.isupper()
            info = word_info(lower)
            return (
                # a small number, as brands and series use: "Capacity 80 seat theatre"
                # counts seats
                text[start:end].isdigit()
                and int(text[start:end]) <= 20
                and word.isalpha()
                and info.function is None
                and ("NOUN" in info.lemmas or not info.lemmas)  # not "Only 2 ..."
                and (capitals or not word.isupper())
                and lower not in _VALUE_LABELS
                and lower not in _METRIC_PREFIXES
                and "VERB" not in info.lemmas
                and not _is_plural_noun(lower)
                and (after := _COMPOUND_AFTER_RE.match(text, end)) is not None
                and (capitals or after[1].islower())
                # nor before a preposition: "Confidence 8 outside 0..1"
                and word_info(after[1].lower()).function is None
                and "ADV" not in word_info(after[1].lower()).lemmas
                and _unit_after(text, end)[0] is None
                # a count reaches further: "Onboard 3 new logistics partners"
                and _names_ahead(text, end, reach=4)
            )
        if _OPENING_NAME_AFTER.match(text, end) is None:
            return False
        unit = _unit_after(text, end)[0]
        if lower in _OPENING_VERBS:
            # "Store 4 opens in May", "Store 4 refit complete" but "Plant 60
            # demonstration plots": a verb's count reads as a name's number only where
            # nothing counted follows
            after = _COMPOUND_AFTER_RE.match(text, end)
            return unit is None and (
                # "Paper 2 accepted (at ...)", "Store 4 opened": what happened to it; not
                # "Plant 60 seeded trays", where the participle describes what is counted
                (
                    after is not None
                    and after[1].lower().endswith("ed")
                    and _ends_or_function(text, after.end())
                )
                or _names_ahead(text, end)
            )
        return unit not in _TIME_SECONDS and unit not in _MEASURE_UNITS
    if text[core_start:word_start].strip().lower() == "to":
        return False  # "To Perform 24 Audits": an infinitive opens the statement
    if _PER_COUNT_BEFORE.search(text, max(0, word_start - 16), word_start):
        return False  # "Mishandled bags per 1k pax 7.8 → 5.0"
    if word.lower() in _METRIC_PREFIXES or word.lower() in _VALUE_LABELS:
        return False
    if word.lower() in ("top-", "sub-"):
        return False  # "A Top-3 Firm", "Sub-12 Months": a rank and a bound
    if (
        word.lower() in _SITE_NOUNS
        and end - start <= 3
        and text[start:end].isdigit()
        and not _VERB_CUE_BEFORE.search(text, max(0, word_start - 8), word_start)
        and not _PER_BEFORE.search(text, max(0, word_start - 6), word_start)
    ):
        # "in plant 2", "press line 5", "Terminal 3 staff": a place's number; but "Run
        # the plant 365 days a year" counts days
        return _unit_after(text, end)[0] not in _TIME_SECONDS
    if _MODAL_BEFORE.search(text, max(0, word_start - 8), word_start) and (
        "VERB" in word_info(word.lower()).lemmas
    ):
        return False  # after a modal or a subject, a verb: "WE WILL HIRE 12 SITE MANAGERS"
    unit, unit_end = _unit_after(text, end)
    if unit is not None:
        if (
            unit in _TIME_SECONDS
            or unit in _MEASURE_UNITS
            or unit == "points"
            or _RATE_AFTER.match(text, unit_end)
        ):
            # "Open The Library 24 Hours A Day", "Swim 25 Metres", "Feed 500 Families A
            # Week", "Lift Employment 5 Points": an amount, in a headline's capitals
            return False
        if _VERB_AND_BEFORE.search(text, max(0, word_start - 6), word_start) and (
            "VERB" in word_info(word.lower()).lemmas
        ):
            return False  # "LAUNCH THE OFFER AND SELL 150 UNITS": a verb's count
        # "LinkedIn 5 times", "GitHub 300 stars" count; "Route 9 commuters", "Class 197
        # units", "Hub 2 staff" name a thing with a common noun and its number
        return _numbered_common_noun(word, text)
    if not word[0].isupper():
        if not word.islower():
            return word.isalpha()  # a brand in camel case: "iPhone 16", "eBay 2"
        # a lower-case name the dictionary does not know, with a version: "okrlint 1.0",
        # or a version's own noun: "patch 1.4", "build 2.3.1"
        if "." not in text[start:end]:
            return False
        info = word_info(word)
        return word in _VERSION_NOUNS or not (info.lemmas or info.function)
    if word.isupper() and word.isalpha() and _PAIR_AHEAD_RE.match(text, end):
        return False  # a metric's acronym moving from one value to another
    if _PER_WORD_BEFORE.search(text, max(0, word_start - 5), word_start):
        return False  # "Seats Per Account 12 → 18": what the rate is counted per
    lower = word.lower()
    if lower in ("age", "ages", "aged"):
        return False  # "Every Child Reading By Age 7": an age, in a headline's capitals
    if lower.endswith("ed") and word_info(lower).is_vbn:
        return False  # "Litres Per Tonne Collected 4.2 -> 3.5": a participle names nothing
    if _VERB_LINK_BEFORE.search(text, max(0, word_start - 7), word_start) and (
        "VERB" in (lemmas := word_info(lower).lemmas) and "NOUN" not in lemmas
    ):
        return False  # "HIRE AND CERTIFY 12 DRIVERS", "WHICH UNLOCKS 60 BAYS": a verb's count
    return not _counts_before(lower)


_VERB_LINK_BEFORE = re.compile(r"\b(?:and|to|which|that|who|will)\s+$", re.IGNORECASE)
#: the same, but "to" (in capitals, "TO ROUTE 9 COMMUTERS" may name a route)
_VERB_AND_BEFORE = re.compile(r"\b(?:and|which|that|who|will)\s+$", re.IGNORECASE)


#: units of length, mass and volume, which no name's number is followed by
_MEASURE_UNITS = frozenset(
    ["metres", "meters", "km", "kilometres", "kilometers", "miles", "kg", "tonnes", "litres"]
)
#: "... a week", "... per day": an amount per period
_RATE_AFTER = re.compile(
    r"\s+(?:a|an|per|each|every)\s+(?:day|night|week|month|year|shift)\b", re.I
)
#: Words that label a value rather than name a thing: "Target 75 / Actual 68".
_VALUE_LABELS = frozenset([*_TARGET_LABELS, *_CURRENT_LABELS, "baseline", "today", "now"])
#: "the top 10 stores", "our top 50 accounts", "with top 20 key accounts": a group a
#: rank picks, no amount
_GROUP_TOP_BEFORE = re.compile(
    r"(?:\b(?:the|our|their|its|your|my|with|for|across|among)|\bw/)\s*top\s+$", re.IGNORECASE
)
#: nouns a dotted number after them names a version of: "patch 1.4", "firmware 2.3.1"
_VERSION_NOUNS = frozenset(["patch", "build", "firmware", "release", "version", "update"])
#: Places a small number names ("line 4", "plant 2", "Terminal 3"), after the
#: statement's first word ("Plant 40 trees" plants them; so does "to plant 40").
_SITE_NOUNS = frozenset(
    ["line", "plant", "hall", "terminal", "warehouse", "site", "ward", "bay", "zone"]
    + ["platform", "branch", "depot", "lane", "gate", "pier", "wing", "campus"]
    + ["junction", "berth", "runway", "plot", "block", "building", "floor", "station"]
    + ["factory", "mill", "kiln", "furnace"]
)
_WORD_AFTER_RE = re.compile(r"\s+([A-Za-z]+)")
#: the next word, and of a hyphenated compound its last part: "check-ins" gives "ins"
_COMPOUND_AFTER_RE = re.compile(r"\s+(?:[A-Za-z]+-)*([A-Za-z]+)")
#: a small number with a capital letter that names: "7B", "12A"
_LETTERED_NUMBER_RE = re.compile(r"\d{1,3}[A-Z]")
#: a dotted version: "2.0", "4.2", "1.29.3"
_VERSION_RE = re.compile(r"\d{1,2}(?:\.\d{1,3}){1,2}")
#: verbs that put a release out, whose dotted number is its version ("Ship 2.0")
_RELEASE_VERBS = frozenset(["ship", "release", "launch", "deploy", "publish"])


#: name words that open a statement as verbs: "Release 24 new titles", "Stage 12 shows"
_COUNTING_NAME_VERBS = frozenset(["release", "stage"])


def _counted_after_verb(text: str, name: re.Match[str], core_start: int) -> bool:
    """An identifier's word is the statement's verb and its whole number counts the
    plural after it: "Release 24 new titles this year" (not "Release 2 of the app",
    "Stage 2 gate review", "Release 3.1")."""
    word = _FIRST_WORD_RE.match(name.group(0))
    return (
        word is not None
        and word[1].lower() in _COUNTING_NAME_VERBS
        and not text[core_start : name.start()].strip()
        and name.group(0)[-1].isdigit()
        and "." not in name.group(0)
        and _plural_ahead(text, name.end(), 3)
    )


def _named_place_before(text: str, start: int) -> bool:
    """A capitalised name of a numbered place or series right before ``start``, one
    space away: "Ward 7B", "Gate 12A"."""
    word, word_start = _word_before(text, start)
    return (
        bool(word)
        and word[0].isupper()
        and word_start + len(word) + 1 == start
        and text[start - 1] == " "
        and word.lower() in _OPENING_NAMES
    )


def _is_plural_noun(lower: str) -> bool:
    """A plural noun ("trays", "saplings"), or a word the dictionary knows as no noun
    that ends like one."""
    info = word_info(lower)
    if "NOUN" in info.lemmas:
        return info.is_plural_noun
    return lower.endswith("s") and not lower.endswith("ss")


def _plural_ahead(text: str, pos: int, reach: int) -> bool:
    """A plural noun among the ``reach`` words after ``pos``, before a function word or
    punctuation: what a number before them counts ("3 new logistics partners")."""
    for _ in range(reach):
        after = _COMPOUND_AFTER_RE.match(text, pos)
        if after is None:
            return False
        lower = after[1].lower()
        if word_info(lower).function is not None:
            return False
        if _is_plural_noun(lower):
            return True
        pos = after.end()
    return False


def _finite_verb(word: str) -> bool:
    """``word`` can only be a verb with a subject: "becomes", "opens" (not "ships",
    which may count, or "is", which may follow a level: "4.5 is the bar")."""
    lower = word.lower()
    lemmas = word_info(lower).lemmas
    return "NOUN" not in lemmas and "VERB" in lemmas and lower.endswith("s")


def _names_ahead(text: str, end: int, reach: int = 2) -> bool:
    """The words after a number ending at ``end`` go on naming a thing rather than
    say what it counts: a verb that ends the clause ("Store 4 opens in May"), or no
    participle and, among the next ``reach`` words before a function word, no plural
    noun ("Store 4 refit complete", "Line 3 uptime above 95%"); not "Plant 60 seeded
    trays" or "Plant 60 oak saplings". A name is often followed by a plural that is
    its measure ("Route 66 corridor on-time deliveries"), so the reach is short."""
    after = _COMPOUND_AFTER_RE.match(text, end)
    if after is None:
        return True
    if _finite_verb(after[1]):
        return _ends_or_function(text, after.end())
    return not after[1].lower().endswith("ed") and not _plural_ahead(text, end, reach)


def _ends_or_function(text: str, end: int) -> bool:
    """Nothing but punctuation follows ``end``, or a function word does."""
    after = _WORD_AFTER_RE.match(text, end)
    if after is None:
        return not any(c.isalnum() for c in text[end:])
    return word_info(after[1].lower()).function is not None


_OPENING_NAME_AFTER = re.compile(r"\s*(?:,|$)|\s+[A-Za-z]")
#: a thing's name before its number sign: "Shop No. 2" (not the rank "the No. 1")
_NUMBER_SIGN_BEFORE = re.compile(
    r"\b(?!(?i:the|our|be|become|remain|stay|rank|ranked|an?)\b)[A-Z][A-Za-z]+\s+(?:No\.|NO\.|Nº)"
    r"\s?$"
)
#: a modal or a subject: the word after it is a verb ("WE WILL HIRE 12 ...")
_MODAL_OR_SUBJECT = r"will|must|should|shall|can|could|would|we|they|i"
_MODAL_BEFORE = re.compile(rf"\b(?:{_MODAL_OR_SUBJECT})\s+$", re.IGNORECASE)
#: the same, or an infinitive's "to" (not for a name: "Sell tickets to Route 9 commuters")
_VERB_CUE_BEFORE = re.compile(rf"\b(?:to|{_MODAL_OR_SUBJECT})\s+$", re.IGNORECASE)
_PER_WORD_BEFORE = re.compile(r"(?:\bper\s+|/\s*)$", re.IGNORECASE)
_COUNT_WORDS = frozenset(
    ["top", "bottom", "first", "last", "next", "past", "another", "extra", "additional"]
    + ["more", "less", "fewer", "most", "least", "only", "just", "back", "up", "down"]
    + ["out", "off", "over"]
)


def _counts_before(lower: str) -> bool:
    """A word that says how a number counts rather than names something with it,
    capitalised only because the whole title is ("Keep NPS Above 40", "BECOME A TOP 20
    UNIVERSITY", "No More Than 3 Outages"): a function word, an adverb, a rank."""
    if lower in _COUNT_WORDS:
        return True
    info = word_info(lower)
    return info.function is not None or (bool(info.lemmas) and set(info.lemmas) <= {"ADV"})


_ALL_CAPS_RE = re.compile(r"[^a-z]*")
#: every word capitalised (Title Case or capitals), short ones aside
_HEADLINE_RE = re.compile(r"(?:[^a-z]|\b[a-z]{1,3}\b|\B[a-z])*")


def _numbered_common_noun(word: str, text: str) -> bool:
    """A capitalised singular common noun that a number names ("Route", "Class",
    "Ward"), not a brand the dictionary does not know ("GitHub") or a plural."""
    if not word[0].isupper() or not word.isalpha():
        return False
    if word.isupper() and not _ALL_CAPS_RE.fullmatch(text):
        return False  # an acronym, unless every word is in capitals ("CLASS 197 UNITS")
    info = word_info(word.lower())
    nouns = info.lemmas.get("NOUN", ())
    return (
        word.lower() in nouns
        and not info.is_plural_noun
        and not info.function
        and "ADJ" not in info.lemmas  # an adjective qualifies a count: "Senior 3 engineers"
    )


def _continues_identifier(text: str, start: int, names: list[int]) -> bool:
    """The second number of "Postgres 15 to 16" (the name's number, moved on) or of
    "Scope 1 and 2" (the next of the series)."""
    return any(
        _PAIR_BETWEEN_RE.fullmatch(text, e, start) or _SERIES_AND_RE.fullmatch(text, e, start)
        for e in names
        if e <= start
    )


def _is_modifier(text: str, start: int, end: int) -> bool:
    """A number-and-unit compound describing the noun after it: "a three-year grant",
    "30-day retention", "5-star reviews"; not one after a target cue ("Reach a
    4-hour response time", "to a 2-day turnaround", "Make onboarding a 10-minute
    experience"), a fraction ("one-third"), the units of a number ("twenty-five"),
    a plural ("4-hours") or a decimal ("a 4.8-star rating" is a level)."""
    m = _COMPOUND_RE.match(text, end)
    number = text[start:end]
    if m is None or not (number.replace(",", "").isdigit() or number.isalpha()):
        return False  # "a 4.8-star rating" is a level, not a kind of rating ("a
        # 20,000-tonne store" is a kind of store)
    word = m.group("w").lower()
    if word in _WORD_NUMBERS or word in _FRACTION_WORDS:
        return False
    if _GAP_SIZE_AFTER.match(text, end):
        return False  # "the 8-point gap": the gap's size, what closing it moves
    info = word_info(word)
    if info.is_plural_noun or info.function or word_info(m.group("next").lower()).function:
        return False
    if _TARGET_BEFORE_RE.search(text, max(0, start - 24), start) and not _PHRASAL_OVER.search(
        text, max(0, start - 16), start
    ):
        return False
    return _BECOMES_BEFORE_RE.search(text, max(0, start - 48), start) is None


def _is_year(text: str, match: re.Match[str], plain: bool) -> bool:
    if not plain:
        return False
    num = match.group("num")
    if len(num) == 2 and num.isdigit():
        # "for 2027-30": the range's second year, written short
        start = match.start()
        return _YEAR_RANGE_BEFORE_RE.search(text, max(0, start - 8), start) is not None
    if not _YEAR_RE.fullmatch(num):
        return False
    unit, _ = _unit_after(text, match.end())
    return unit is None and not _year_is_amount(text, match.start(), match.end())


_PAIRED_AMOUNT_AFTER = re.compile(r"\s*(?:to|->|→)\s*(\d{1,3}(?:,\d{3})+|\d+)(?![\d.])")
_PAIRED_AMOUNT_BEFORE = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)\s*(?:to|->|→)\s*$")


def _year_is_amount(text: str, start: int, end: int) -> bool:
    """A year-like number after a bound, or after "to" with a time next, is an amount:
    "Keep the backlog below 2000", "Grow members to 2000 by 2027"; "below 2019 levels"
    and "Extend the contract to 2030" name years."""
    if _YEAR_LEVEL_AFTER.match(text, end):
        return False
    pair = _PAIRED_AMOUNT_AFTER.match(text, end) or _PAIRED_AMOUNT_BEFORE.search(
        text, max(0, start - 24), start
    )
    if pair and not (1900 <= int(pair[1].replace(",", "")) <= 2100):
        return True  # "from 2000 to 6000 visits", "from 5200 to 2000": the other end is no year
    return bool(
        _BOUND_BEFORE.search(text, max(0, start - 16), start)
        or (
            _TO_BEFORE.search(text, max(0, start - 4), start)
            and _YEAR_THEN_TIME_RE.match(text, end)
        )
    )


def _scores(text: str, blocked: list[tuple[int, int]]) -> list[Quantity]:
    """Scores on a scale ("3.6/5", "4/5 → 5/5"), each no higher than its scale."""
    found: list[Quantity] = []
    for m in _SCORE_PAIR_RE.finditer(text):
        if m["s"] == m["t"] and float(m["a"]) <= float(m["s"]) and float(m["b"]) <= float(m["t"]):
            for v, s in (("a", "s"), ("b", "t")):
                span = (m.start(v), m.end(s))
                if not _overlaps(*span, blocked):
                    found.append(Quantity(float(m[v]), None, "number", text[slice(*span)], *span))
    taken = [(q.start, q.end) for q in found]
    for m in _SCORE_RE.finditer(text):
        if float(m["v"]) <= float(m["s"]) and not _overlaps(*m.span(), blocked + taken):
            found.append(Quantity(float(m["v"]), None, "number", m.group(0), *m.span()))
    return found


#: where a clause that explains the aim starts: its purpose or its reason ("... so that
#: nurses spend less time on paperwork", ", in order to free up 2 FTE", ", because churn
#: spikes after month 3", ", which unlocks 60 bays", ", to protect margin")
_ASIDE_RE = re.compile(
    r"\s(?=so\s+that\b|in\s+order\s+(?:to|that|for)\b|because\b(?!\s+of\b))"
    r"|,\s*(?=so\s+(?!far\b|much\b|many\b)[a-z]|since\s+[a-z]|given\s+that\b"
    r"|which\s+(?!(?:is|are|was|were|stands?|sits?|currently|today|now)\b)[a-z]"
    r"|where\s+(?:it|they|we|this|that)\b|who\s+(?!(?:is|are|was|were)\b)[a-z]"
    r"|as\s+(?:an?|the|our)\s+(?:early|leading|lead|proxy|first|forward)\b"
    r"|to\s+(?!(?:the|a|an|our|under|below|above|over|at|less|more|fewer|no|zero|within"
    r"|around|about|roughly|just|only|single|double|half|one|two|three|four|five|six|seven"
    r"|eight|nine|ten|twenty|fifty|hundred)\b)[a-z]+\b)",
    re.IGNORECASE,
)


def aside_start(text: str, start: int, end: int, lower: str | None = None) -> int | None:
    """Where a clause explaining the aim (its purpose or reason) starts in the statement
    ``text[start:end]`` (``lower`` is ``text.lower()``), at least three words in; None if
    there is none."""
    lower = text.lower() if lower is None else lower
    if not ("so " in lower or "order" in lower or "because" in lower or ", " in lower):
        return None
    first = _THIRD_WORD_RE.match(text, start)
    m = _ASIDE_RE.search(text, first.end() if first else end, end)
    if m is None:
        return None
    first_word = _FIRST_WORD_RE.match(text, start)
    if first_word and first_word[1].lower() in _FRONT_WORDS and "," in text[m.end() : end]:
        return None  # "In line with the plan, and in order to widen the base, expand ...":
        # the purpose comes first, and the aim after the comma
    return m.start()


#: after a target or a change ("to 48%", "by 20%"), with no comma, a purpose: "to reduce
#: what we pay", "to fund two hires"
_PURPOSE_AFTER_RE = re.compile(
    r"(?:\s+(?P<noun>[a-z]+))?\s+(?P<to>to)\s+(?P<verb>[a-z]+)\s+[\w$£€]"
)


def _purpose_after_target(text: str, found: list[Quantity]) -> int | None:
    """Where a purpose starts that follows the aim's target or change with no comma:
    "Lift the share from 34% to 48% to reduce what we pay", "Grow revenue by 20% to
    fund two hires". Only a verb's base form opens it, right after the amount or its
    counted noun ("to 500 families to ..."), so "to 40% of staff to complete training"
    (what is counted) and "by 10% to $4" (a target) are no purpose."""
    for q in found:
        if text.find(" to ", q.end, q.end + 24) < 0:
            continue
        m = _PURPOSE_AFTER_RE.match(text, q.end)
        if m is None or not (
            _TO_CUE.search(text, max(0, q.start - 24), q.start)
            or _BY_BEFORE.search(text, max(0, q.start - 16), q.start)
            or _ARROW_RE.search(text, max(0, q.start - 3), q.start)
        ):
            continue
        noun = m.group("noun")
        if noun is not None and not word_info(noun).is_plain_plural_noun:
            continue
        verb = word_info(m.group("verb"))
        if verb.is_verb_base and not verb.function and m.group("verb") not in _WORD_NUMBERS:
            return m.start("to")
    return None


#: a guardrail after the aim: a standard held while the aim moves ("Grow originations by
#: 15% and keep arrears below 1.2%", "..., while holding night temperature at 17°C")
_GUARDRAIL_RE = re.compile(
    r",?\s+(?:and|while|whilst|without)\s+(?:still\s+)?(?:keep|keeping|hold|holding|maintain"
    r"|maintaining|protect|protecting|stay|staying|letting|exceeding|breaching)\b",
    re.IGNORECASE,
)
_GUARDRAIL_CUES = ("keep", "hold", "maintain", "protect", "stay", "letting", "exceed", "breach")


def _guardrail_start(text: str, found: list[Quantity], roles: list[str]) -> int | None:
    """Where a guardrail starts, when the aim before it has an amount of its own: its
    numbers are the standard kept alongside, not the aim's target."""
    for m in _GUARDRAIL_RE.finditer(text):
        if any(q.end <= m.start() and r == "measure" for q, r in zip(found, roles, strict=True)):
            return m.start()
    return None


_THIRD_WORD_RE = re.compile(r"\s*\S+\s+\S+\s+\S")
_FIRST_WORD_RE = re.compile(r"\s*([A-Za-z]+)")
#: the first words of a phrase set before the aim, up to a comma: "Working with
#: Finance, ...", "Subject to board approval, ...", "For enterprise accounts, ..."
OPENERS = frozenset(
    ["with", "working", "together", "subject", "for", "across", "in", "at", "through"]
    + ["during", "within", "under", "on", "before", "by", "using", "alongside", "ahead"]
    + ["now", "having", "from", "throughout", "outside", "beyond", "without", "where"]
)
#: ... and of a clause set before it: "Once the app is live, ..."
SUBORDINATORS = frozenset(
    ["once", "after", "when", "if", "until", "following", "as", "given", "based"]
)
#: what may open a statement whose purpose or reason comes before its aim ("To widen the
#: base, ...", "Because churn spikes in month 3, ...")
_FRONT_WORDS = OPENERS | SUBORDINATORS | {"to", "so", "while", "since", "because"}


def extract(
    text: str, core_start: int = 0, core_end: int | None = None, main_start: int = 0
) -> NumberFacts:
    """Find quantities, the deadline and the baseline/target pair in ``text``; none
    before ``core_start`` or after ``core_end`` (a tracker's note: "— 60% done").
    Quantities before ``main_start`` (an opener: "Across all 12 depots, ...") or in a
    clause that explains the aim ("..., so that 150 more cars can charge") are context:
    the statement carries them, but they are not what the aim moves."""
    is_ascii = text.isascii()
    deadline_re, period_re, identifier_re, number_re, word_number_re = (
        _ascii_res() if is_ascii else _UNICODE_RES
    )
    # spans no quantity may overlap; the quantities found are added as they are taken
    # (finditer's matches never overlap each other, so checking those too changes nothing)
    blocked: list[tuple[int, int]] = [(0, core_start)]
    if core_end is not None and core_end < len(text):
        blocked.append((core_end, len(text)))
    digit = _DIGIT_RE.search(text)
    # scores on a scale come first: "4/5 → 5/5" would read as two dates
    found: list[Quantity] = []
    scores = _scores(text, blocked) if digit is not None and "/" in text else []
    score_spans = [(q.start, q.end) for q in scores]
    found.extend(scores)
    blocked.extend(score_spans)
    deadline = None
    deadline_span = None
    for m in deadline_re.finditer(text):
        if score_spans and _overlaps(*m.span(), score_spans):
            continue
        if deadline is None:
            deadline = m.group(0)
            deadline_span = m.span()
        blocked.append(m.span())
    blocked.extend(
        m.span()
        for m in period_re.finditer(text)
        if not (score_spans and _overlaps(*m.span(), score_spans))
        # "below 2000": a bound's amount, not a year
        and not (
            m.end() - m.start() == 4
            and text[m.start()].isdigit()
            and _year_is_amount(text, m.start(), m.end())
        )
    )
    lower = text.lower()
    if digit is not None and (
        "consecutive" in lower or "straight" in lower or "successive" in lower
    ):
        # "for 6 consecutive months": how long a level or a pace is kept up, no amount
        blocked.extend(m.span() for m in _STREAK_RE.finditer(text))
    if digit is not None and ("olds" in lower or "aged " in lower or "ages " in lower):
        blocked.extend(m.span() for m in _AGE_GROUP_RE.finditer(text))
    if digit is not None and ("under" in lower or "over" in lower):
        blocked.extend(
            m.span()
            for m in _PEOPLE_AGE_RE.finditer(text)
            if not _HELD_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())
        )
    if digit is not None and "T" in text and "+" in text:
        for m in _T_PLUS_RE.finditer(text):
            if not _overlaps(*m.span(), blocked):
                found.append(Quantity(float(m["n"]), "day", "number", m.group(0), *m.span()))
                blocked.append(m.span())
    if digit is not None and ":" in text:
        for m in _HMS_RE.finditer(text):
            if _CLOCK_AT_BEFORE.search(text, max(0, m.start() - 8), m.start()):
                continue  # "by 09:30:00": a time of day
            if not _overlaps(*m.span(), blocked):
                value = int(m["h"]) + int(m["m"]) / 60 + int(m["s"]) / 3600
                found.append(Quantity(value, "h", "number", m.group(0), *m.span()))
                blocked.append(m.span())
        for m in _CLOCK_TIME_RE.finditer(text):  # "6:30 min", "1:45 h": 6.5 min, 1.75 h
            if not _overlaps(*m.span(), blocked):
                value = int(m["a"]) + int(m["b"]) / 60
                unit = TIME_UNITS[m["u"].lower()][0]
                found.append(Quantity(value, unit, "number", m.group(0), *m.span()))
                blocked.append(m.span())
    if digit is not None and ":" in text and _RATIO_CONTEXT_RE.search(text):
        for m in _ONE_TO_RE.finditer(text):
            if m["a"] == "1" and not _RATIO_WORD_RE.search(text):
                continue  # "a 1:1 laptop for every student": a scheme's name
            if not _overlaps(*m.span(), blocked):
                found.append(Quantity(float(m["a"]), "ratio", "number", m.group(0), *m.span()))
                blocked.append(m.span())
    times_of_day: list[Quantity] = []
    if (
        digit is not None
        and "from " in lower
        and (_RANK_CUE_RE.search(text) or any(word in lower for word in _RANK_SERIES))
    ):
        for m in _RANK_PAIR_RE.finditer(text):
            if not _overlaps(*m.span(), blocked):
                for side in ("a", "b"):
                    n = m[side + "n"] or m[side + "o"] or m[side + "s"]
                    found.append(Quantity(float(n), "rank", "number", m[side], *m.span(side)))
                    blocked.append(m.span(side))
    if digit is not None and (
        ":" in text
        or ("am" in lower or "pm" in lower or ".m" in lower)
        and _MERIDIEM_CUE_RE.search(text) is not None
    ):
        # a time of day is never an amount beside others ("deliveries before 7am from
        # 60% to 85%"); alone, it is the value where a word says so (below)
        for m in _TIME_OF_DAY_RE.finditer(text):
            if not _overlaps(*m.span(), blocked):
                hour, minute = int(m["h"] or m["h2"]), int(m["m"] or m["m2"] or 0)
                meridiem = (m["ap"] or m["ap2"] or "").lower()[:1]
                if meridiem and hour > 12:
                    continue  # "14:30pm": not a time anyone writes
                hour = hour % 12 + (12 if meridiem == "p" else 0) if meridiem else hour
                times_of_day.append(
                    Quantity(hour + minute / 60, "time of day", "number", m.group(0), *m.span())
                )
                blocked.append(m.span())
    if digit is not None and ":" in text:
        for m in _TO_ONE_RE.finditer(text):  # "LTV:CAC from 2.1:1 to 3:1": 2.1 and 3
            if not _overlaps(*m.span(), blocked):
                found.append(Quantity(float(m["a"]), "ratio", "number", m.group(0), *m.span()))
                blocked.append(m.span())
    number_from = -1  # no digit: no number
    name_ends: list[int] = []  # where identifiers end ("Postgres 15", "SOC 2")
    if digit is not None:
        # No match can start before these positions, so finditer gives the same matches
        # from there (lookbehinds and \b still see the text before ``pos``): an identifier
        # starts at most 11 characters before its first digit ("kubernetes-1"), unless it
        # is "key  result 3"; a number at most 4 ("USD 5").
        identifier_from = max(0, digit.start() - 11)
        if not is_ascii or "result" in lower:
            identifier_from = 0
        number_from = max(0, digit.start() - 4)
        names = [
            m.span()
            for m in identifier_re.finditer(text, identifier_from)
            if (
                not _PER_BEFORE.search(text, max(0, m.start() - 8), m.start())
                or not _RATE_NAME_RE.match(text, m.start())
            )
            and not (score_spans and _overlaps(*m.span(), score_spans))
            and not _counted_after_verb(text, m, core_start)
        ]
        if _PLURAL_THEN_DIGIT_RE.search(text):  # a cheap look for "aisles 1-12" first
            names += [m.span() for m in _NUMBERED_PLACES_RE.finditer(text)]
        blocked.extend(names)
        name_ends = [end for _, end in names]
    if digit is not None and "-" in text:
        # "737-8", "777-300": a model, not a range (a range goes up: "5-10 days")
        blocked.extend(
            m.span()
            for m in _DESIGNATION_RE.finditer(text)
            if int(m["a"]) > int(m["b"]) and _unit_after(text, m.end())[0] is None
        )

    if "over" in lower or "across" in lower:
        blocked.extend(m.span() for m in _OVER_PERIOD_RE.finditer(text))
    if digit is not None:
        for m in _COMPOUND_TIME_RE.finditer(text):
            if m["a2"]:
                if not _overlaps(*m.span(), blocked):
                    value = int(m["a2"]) + int(m["b2"]) / 60
                    found.append(Quantity(value, "h", "number", m.group(0), *m.span()))
                    blocked.append(m.span())
                continue
            big, small = TIME_UNITS.get(m["u1"].lower(), ("min",))[0], m["u2"].lower()
            small_unit = "min" if small == "m" else TIME_UNITS[small][0]
            if (big, small_unit) in (("h", "min"), ("min", "s")) and not _overlaps(
                *m.span(), blocked
            ):
                value = int(m["a"]) + int(m["b"]) / 60
                found.append(Quantity(value, big, "number", m.group(0), *m.span()))
                blocked.append(m.span())

    if ("0s" in lower or "0's" in lower or "teens" in lower or "digit" in lower) and (
        "low" in lower or "mid" in lower or "high" in lower or "upper" in lower
    ):
        for m in _BAND_RE.finditer(text):
            if _overlaps(*m.span(), blocked):
                continue
            decade = int(m["dec"]) if m["dec"] else 0
            band = (
                (decade, decade + 5, decade + 9)
                if decade
                else (13, 15, 19)
                if m["teens"]
                else (1, 5, 9)
            )
            value = float(band[_BAND_AT[m["band"].lower()]])
            unit, _ = _unit_after(text, m.end())
            found.append(Quantity(value, unit, "word", m.group(0), *m.span()))
            blocked.append(m.span())
    if "digit" in lower:
        for m in _DIGITS_RE.finditer(text):
            if not _overlaps(*m.span(), blocked):
                unit, _ = _unit_after(text, m.end())
                value = _DIGITS[m["w"].lower()]
                found.append(Quantity(value, unit, "word", m.group(0), *m.span()))
                blocked.append(m.span())

    # the cues skip patterns that cannot match (most texts have no multiplier)
    multipliers = may_contain(text, _MULTIPLIER_CUES, lower)
    for m in _MULTIPLIER_RE.finditer(text) if multipliers else ():
        if _overlaps(*m.span(), blocked):
            continue
        word = m.group("word").lower()
        if word.startswith(("doubl", "twice")):
            value = 2.0
        elif word.startswith(("tripl",)):
            value = 3.0
        elif word.startswith("quadrupl"):
            value = 4.0
        elif word.startswith("halv") or word.endswith("half"):
            value = 0.5
        elif m.group("times"):
            n = m.group("times").lower()
            value = 1.5 if n.startswith("one") else float(_WORD_NUMBERS.get(n) or n)
            if word.endswith(("fewer", "less")):
                value = 1 / value  # "three times fewer": a third as many
        else:
            n = (m.group("n") or "").lower()
            value = float(_WORD_NUMBERS.get(n, 0) or (n.isdigit() and int(n)) or 0)
        if m.group("n") is None and _HYPHENATED_RE.match(text, m.end()):
            continue  # a compound word: "double-checking", "double-digit", "triple-check"
        found.append(Quantity(value, "x", "multiplier", m.group(0), *m.span()))
        blocked.append(m.span())

    # "GMV x2", "signups ×1.5": tracker shorthand for a multiplier, lower-case x and a
    # small factor only ("x86", "BMW X5" and "4x4" are names)
    x_cues = digit is not None and ("x" in text or "×" in text)
    for m in _X_FACTOR_RE.finditer(text) if x_cues else ():
        if not _overlaps(*m.span(), blocked):
            value = float(m.group("n").replace(",", ""))
            found.append(Quantity(value, "x", "multiplier", m.group(0), *m.span()))
            blocked.append(m.span())

    # "four nines of availability": 99.99%
    for m in _NINES_RE.finditer(text) if "nines" in lower else ():
        if not _overlaps(*m.span(), blocked):
            n = m["n"].lower()
            count = int(_WORD_NUMBERS.get(n) or n)
            value = round(100 - 10 ** (2 - count), count)
            found.append(Quantity(value, "percent", "percent", m.group(0), *m.span()))
            blocked.append(m.span())

    if not is_ascii or (
        "half" in lower
        or "third" in lower
        or "quarter" in lower
        or "fifth" in lower
        or "tenth" in lower
        or "every other" in lower
    ):
        for m in _SHARE_WORD_RE.finditer(text):
            value = _share_word(text, m)
            start, end = next(m.span(g) for g in ("f", "f2", "f3") if m.group(g))
            if value is not None and not _overlaps(start, end, blocked):
                unit, kind = _unit_after(text, end)[0], "percent"
                if unit in _TIME_SECONDS or m["whole"]:
                    kind = "number"  # "1½ hours", "¾ hour": a length, not a share
                    value = value / 100 + float(m["whole"] or 0)
                else:
                    unit = "percent"
                found.append(Quantity(value, unit, kind, text[start:end], start, end))
                blocked.append((start, end))

    for m in _PERCENTILE_LEVEL_RE.finditer(text) if "centile" in lower else ():
        if not _overlaps(*m.span("q"), blocked):  # "the 60th", as "to the 60th" reads
            found.append(Quantity(float(m["n"]), "percentile", "number", m["q"], *m.span("q")))
            blocked.append(m.span("q"))
    for m in _TIMES_A_RE.finditer(text) if "ice " in lower or "once " in lower else ():
        if not _overlaps(*m.span("w"), blocked):
            value = _TIMES_A[m["w"].lower()]
            found.append(Quantity(value, None, "word", m["w"], *m.span("w")))
            blocked.append(m.span("w"))

    for m in _HALF_OF_RE.finditer(text) if may_contain(text, _HALF_OF_CUES, lower) else ():
        if not _overlaps(*m.span(), blocked):
            word = m.group(0).lower()
            if m["n"]:
                if m["sep"] != "-" and not (
                    m["by"] or m["of"] or _TO_BEFORE.search(text, max(0, m.start() - 4), m.start())
                ):
                    continue  # "three quarters in a row" counts quarters of a year
                denominator = m["d"].lower().rstrip("s")
                value = _WORD_NUMBERS[m["n"].lower()] / _FRACTION_OF[denominator]
            elif word.startswith("half"):
                value = 0.5
            else:
                value = 1 / 3 if "third" in word else 0.2 if "fifth" in word else 0.25
            # "half of X": the fraction is "half"; "by a quarter": all of it
            end = m.end("of") - 3 if word.endswith("of") else m.end()
            found.append(
                Quantity(value, "percent", "word", text[m.start() : end].strip(), m.start(), end)
            )
            blocked.append(m.span())

    word_numbers = may_contain(text, _WORD_NUMBER_CUES, lower)
    # a share needs a number (digits or words) and "in" or "out of"
    ratio_cues = (digit is not None or word_numbers) and (
        may_contain(text, _RATIO_CUES, lower)
        or (digit is not None and " of " in lower and _N_OF_M_RE.search(text) is not None)
    )
    for m in _RETURN_PERIOD_RE.finditer(text) if ratio_cues and "year" in lower else ():
        if not _overlaps(*m.span(), blocked):
            n = m["n"].lower()
            value = float(_RATIO_WORDS[n] if n in _RATIO_WORDS else n.replace(",", ""))
            found.append(Quantity(value, "year", "number", m.group(0), *m.span(), "modifier"))
            blocked.append(m.span())
    ratios = [(m, *_ratio(text, m)) for m in (_RATIO_RE.finditer(text) if ratio_cues else ())]
    # "9 out of 10 queries (now 7 out of 10)": one share names what it counts, all are
    shares = any(share for _, _, share in ratios)
    for m, ratio, share in ratios:
        if (
            ratio is not None
            and (share or shares)
            and not _overlaps(m.start(), m.end("b"), blocked)
        ):
            found.append(Quantity(ratio, "percent", "percent", text[m.start() : m.end("b")],
                                  m.start(), m.end("b")))  # fmt: skip
            blocked.append((m.start(), m.end("b")))

    degrees = not is_ascii and ("°" in text or "º" in text or "˚" in text)
    for m in number_re.finditer(text, number_from) if number_from >= 0 else ():
        start, end = m.span()
        cur1, scale, pct, mult, cur2, att, phys, pence, neg, num = m.group(*_UNIT_GROUPS)
        plain = not (cur1 or scale or pct or mult or cur2 or att or phys or pence)
        if _overlaps(start, end, blocked) or _is_year(text, m, plain):
            continue
        if (att in ("D", "S") and not text.isupper()) or (phys in ("g", "G") and num in _NETWORKS):
            # "the 3D viewer", "5S" (a lean method), "5G": a dimension, a method and a
            # network in a sentence, not days, seconds or grams
            continue
        if phys and cur1:
            continue  # "$2T": no unit of mass after money (as before units were read)
        if phys == "T" and not (
            (text.isupper() or _HEADLINE_RE.fullmatch(text))
            and word_info(_word_before(text, start)[0].lower()).function is not None
        ):
            continue  # "OnePlus 7T": a model, but "Lift Payload To 26T Per Trip"
        if att in ("s", "S") and _is_decade(text, start, num):
            continue  # "the 90s", "1990s": a decade, not seconds
        if plain and _IDIOM_AFTER_RE.match(text, end):
            continue  # "a 2-sided marketplace", "a 360-degree view": no amount
        if _is_identifier(text, start, end, core_start, plain):
            name_ends.append(end)
            continue
        if (
            name_ends
            and plain
            and _continues_identifier(text, start, name_ends)
            and _unit_after(text, end)[0] is None
        ):
            continue
        value = _parse_num(num)
        if neg or m["neg0"]:
            value = -value
        elif (minus := _minus_before(text, start)) >= 0:
            value, start = -value, minus  # "NPS from minus 20 to minus 5"
        if pence == "P" and not _HEADLINE_RE.fullmatch(text):
            continue  # "90P" is pence only where every word is capitalised ("Put 90P Of")
        if pence or cur2 and cur2.lower() == "pence":
            if not 0 < abs(value) < 100:
                continue  # "1080p" is a resolution
            value, cur2 = value / 100, "gbp"
        value *= _SCALES.get((scale or "").lower(), 1.0)
        currency = (cur1 or cur2 or "").strip().lower()
        unit: str | None
        if currency:
            kind, unit = "money", _CURRENCIES.get(currency, currency.upper())
        elif pct:
            kind, unit = "percent", "bps" if pct[0] in "bB" else "percent"
        elif mult:
            kind, unit = "multiplier", "x"
        elif att:
            kind, unit = "number", TIME_UNITS[att.lower()][0]
        elif phys:
            phys = phys.strip().lower()
            kind, unit = "number", _PHYS_UNITS.get(phys, phys)
        else:
            kind = "number"
            unit, _ = _unit_after(text, end)
            if unit == "percent":
                kind = "percent"
        role = "measure"
        if plain and text.startswith("-", end) and _is_modifier(text, start, end):
            role = "modifier"
        elif plain and text[max(0, start - 4) : start].lower() == "top-":
            role = "modifier"  # a rank that describes: "a top-3 firm", "top-50 SKUs"
        elif plain and unit is None and text.startswith(_STARS, end):
            unit, end = "stars", end + 1  # "4.2★ → 4.5★"
        elif plain and unit is None and degrees and (deg := _DEGREES_RE.match(text, end)):
            if _PATHWAY_AFTER_RE.match(text, deg.end()):
                blocked.append((start, deg.end()))
                continue  # "a 1.5°C pathway", "2°C-aligned": the Paris goal's name
            unit, end = "°" + deg["scale"].upper(), deg.end()  # "-18 °C", "72°F"
        found.append(Quantity(value, unit, kind, text[start:end].strip(), start, end, role))
        blocked.append((start, end))

    for m in word_number_re.finditer(text) if word_numbers else ():
        start, end = m.span()
        if _overlaps(start, end, blocked):
            continue
        word = m.group("word").lower()
        if word == "zero" and (
            _NET_BEFORE_RE.search(text, max(0, start - 5), start) or _HYPHENATED_RE.match(text, end)
        ):
            continue  # "net zero" names a state; "zero-emission buses" a kind of bus
        if _IDIOM_AFTER_RE.match(text, end):
            continue  # "a two-sided marketplace", "a one-stop shop": no amount
        name, name_start = _word_before(text, start)
        if name.lower() in _NAMED_BY_NUMBER and name_start > core_start and not m.group("scale"):
            continue  # "round two", "phase three", "season one": a name, not an amount
        if name.lower() == "big" and text[max(0, name_start - 4) : name_start].lower() == "the ":
            continue  # "the big six", "the Big Four": a group's name
        if (
            word != m.group("word")
            and start > core_start
            and _CAPITALISED_AFTER.match(text, end)
            and not _HEADLINE_RE.fullmatch(text)
        ):
            continue  # "the Three Rivers region", "Five Guys": a name in sentence case
        unit, _ = _unit_after(text, end)
        if word == "one" and (
            m.group("scale") is None
            and not _CEILING_ONE_BEFORE.search(text, max(0, start - 16), start)
            and not _ONE_MORE_AFTER.match(text, end)  # "one new country": a count
            and (
                unit is None
                or unit not in _ONE_UNITS
                and unit not in {v[0] for v in TIME_UNITS.values()}
            )
        ):
            continue
        value = float(_WORD_NUMBERS[word])
        if m.group("units"):
            value += _WORD_NUMBERS[m.group("units").lower()]
        if m.group("scale"):
            value *= _SCALES[m.group("scale").lower()]
        if rest := m.group("rest"):
            tens, _, units = rest.lower().replace("-", " ").partition(" ")
            value += _WORD_NUMBERS[tens] + (_WORD_NUMBERS[units] if units else 0)
        if (minus := _minus_before(text, start)) >= 0:
            value, start = -value, minus  # "NPS from minus five to plus ten"
        role, kind = "measure", "word"
        if text.startswith("-", end) and _is_modifier(text, start, end):
            role = "modifier"
        elif pct := _WORD_PERCENT_AFTER.match(text, end):
            kind, unit, end = "percent", "percent", pct.end()  # "twenty percent"
        found.append(Quantity(value, unit, kind, text[start:end], start, end, role))
        blocked.append((start, end))

    if "nil" in lower or "none" in lower or "even" in lower:
        for m in _NIL_RE.finditer(text):
            start, end = m.span("w")
            if not _overlaps(start, end, blocked):
                found.append(Quantity(0.0, None, "word", text[start:end], start, end, "measure"))
                blocked.append((start, end))

    if may_contain(text, _ARTICLE_TIME_CUES, lower):
        for m in _ARTICLE_TIME_RE.finditer(text):
            if not (m.group("bound") or m.group("rate")):
                continue  # "a day to remember", "the hour a week": no amount
            start, end = m.start("half") if m["half"] else m.start("art"), m.end("unit")
            if _overlaps(start, end, blocked):
                continue
            unit = TIME_UNITS[m.group("unit").lower()][0]
            value = 0.5 if m["half"] else 1.0
            found.append(Quantity(value, unit, "word", text[start:end], start, end, "measure"))
            blocked.append((start, end))

    if (
        len(times_of_day) > 1
        and not found
        and any(_TIME_FROM_BEFORE.search(text, max(0, q.start - 24), q.start) for q in times_of_day)
    ):
        found = times_of_day  # "Finish the linen run by 06:00, from 07:30"
        if _DURATION_NAME_RE.search(text):
            found = [replace(q, unit=None) for q in found]  # minutes and seconds
    found.sort(key=lambda q: q.start)
    roles = _roles(text, found)
    aside = aside_start(text, core_start, len(text) if core_end is None else core_end, lower)
    if aside is None and found and " to " in lower:
        aside = _purpose_after_target(text, found)
    if (" and " in lower or " whil" in lower or " without " in lower) and may_contain(
        text, _GUARDRAIL_CUES, lower
    ):
        guard = _guardrail_start(text, found, roles)
        if guard is not None and (aside is None or guard < aside):
            aside = guard
    purpose = None
    if aside is not None and _from_to(text, [q for q in found if q.start >= aside]):
        # "Roll out the platform to 38 firms, so that on-day entries rise from 40% to
        # 75%": the purpose names the metric and its move, the KR's measure
        aside, purpose = None, aside
    if found and (main_start or aside is not None):
        roles = [
            "context" if q.end <= main_start or (aside is not None and q.start >= aside) else role
            for q, role in zip(found, roles, strict=True)
        ]
    quantities = tuple(q.with_role(r) for q, r in zip(found, roles, strict=True))
    baseline, target, change, updown = _pair(text, quantities, lower, deadline is not None)
    unit = None
    if target is not None and target.unit:
        unit = target.unit
    elif baseline is not None and baseline.unit:
        unit = baseline.unit
    elif change is not None and change.unit:
        unit = change.unit
    baseline, target = _harmonise(baseline, target)
    if unit in {"ms", "s", "min", "h", "day", "week", "month", "year"} and target is not None:
        unit = target.unit or unit
    countable = quantities
    if "modifier" in roles:
        countable = tuple(q for q in quantities if q.role != "modifier")
    return NumberFacts(
        quantities, deadline, deadline_span, baseline, target, change, unit, updown, countable,
        aside, purpose,
    )  # fmt: skip


#: three or four digits, a hyphen and fewer digits, glued, then no unit or decimal
_DESIGNATION_RE = re.compile(r"(?<![\w.,/-])(?P<a>\d{3,4})-(?P<b>\d{1,4})(?![\w.,%/-])")
# nothing, said in a word where a level is named: "to nil", "from a dozen to none",
# "EBITDA to break-even", "Serious incidents: none" ("none of them" is no level)
NIL_WORDS = frozenset(["nil", "none", "break-even", "breakeven"])
_NIL_RE = re.compile(
    r"(?:\b(?:to|at|from|reach|hit|achieve)\s+|:\s*)(?P<w>nil|none|break-?even)\b(?![\s-]+of\b)",
    re.IGNORECASE,
)
# "in under a second", "within an hour", "an hour a day": one of a unit of time,
# bounded or per period; "a day to remember" is no amount
_ARTICLE_TIME_CUES = ("a second", "a minute", "an hour", "a day", "a week", "a fortnight")
# "within a day", "from a fortnight to 3 days", "to half a day": one (or half) of a unit
_ARTICLE_TIME_RE = re.compile(
    r"(?P<bound>\b(?:under|within|below|inside|in\s+less\s+than|less\s+than|in|from|to)\s+)?"
    r"(?P<half>\bhalf\s+)?\b(?P<art>an?)\s+(?P<unit>second|minute|hour|day|week|fortnight)\b"
    r"(?P<rate>\s+(?:a|an|per|each|every)\s+(?:day|week|month|shift|night|year|quarter)\b)?",
    re.IGNORECASE,
)
_CAPITALISED_AFTER = re.compile(r"[\s-]+[A-Z][a-z]")
_NET_BEFORE_RE = re.compile(r"\bnet[\s-]$", re.IGNORECASE)
#: nouns a number in words names ("round two", "phase three"), as digits do ("phase 3")
_NAMED_BY_NUMBER = frozenset(
    ["round", "phase", "step", "wave", "season", "series", "level", "tier", "chapter"]
    + ["part", "version", "generation", "cohort", "sprint", "grade", "volume", "episode"]
    + ["section", "article", "day", "week", "year"]
    # "Vision Zero": a road-safety strategy's name
    + ["vision"]
)
#: what a number names when a statement opens with it ("Year 6 reading ...", "Gallery 3
#: reborn", "Ward 7, calmest ward ..."): the places and named series above, and more
_OPENING_NAMES = (
    _SITE_NOUNS
    | _NAMED_BY_NUMBER
    | frozenset(
        ["stage", "gallery", "room", "brewhouse", "lab", "theatre", "theater", "studio"]
        + ["kitchen", "office", "tower", "hangar", "clinic", "unit", "squad", "team", "shed"]
        + ["annex", "route", "store", "shop", "stand", "court", "field", "pitch", "house"]
        + ["dock", "switch", "paper", "study", "experiment", "aim", "module", "lesson"]
        + ["league", "division", "conference", "region", "district", "hub", "cell", "pod"]
        + ["port"]
    )
)
#: ... of which these are also verbs whose count may follow ("Plant 60 plots", "Grade
#: 500 papers"): they name only before a function word or the end ("Store 4 opens")
_OPENING_VERBS = frozenset(
    ["line", "plant", "hall", "site", "branch", "station", "block", "floor", "wing", "plot"]
    + ["berth", "round", "step", "wave", "level", "part", "sprint", "grade", "section"]
    + ["route", "store", "shop", "stand", "court", "field", "pitch", "house", "dock", "switch"]
    + ["paper", "study", "experiment", "aim", "module", "port"]
)

# periods that are not time units (those, "5 days", _unit_after reads): "2 in 10 sprints"
_PERIOD_NOUNS = frozenset(
    ["quarter", "quarters", "sprint", "sprints", "season", "seasons", "term", "terms",
     "semester", "semesters"]
)  # fmt: skip


def _minus_before(text: str, start: int) -> int:
    """Where the word "minus" right before an amount starts ("from minus 20", "minus
    five"), else -1: the amount is negative, as with a sign."""
    at = start - 6
    return at if at >= 0 and text[at:start].lower() == "minus " else -1


#: a number after the word that follows a share makes that word a name: "Year 6"
_NUMBERED_NAME_AFTER = re.compile(r"\s+\d{1,2}\b")


def _ratio(text: str, m: re.Match[str]) -> tuple[float | None, bool]:
    """The percentage a "1 in 8" match stands for (None when it is no share), and
    whether it surely is one: "N out of M" without a noun after it may be a rating."""
    a, b = (_parse_num(x) if x[0].isdigit() else _RATIO_WORDS[" ".join(x.lower().split())]
            for x in m.group("a", "b"))  # fmt: skip
    following = (m.group("next") or "").strip().lower()
    if not 0 < a <= b or 1900 <= b <= 2100 and "," not in m.group("b"):
        return None, False  # "5 in 3", "launch 2 in 2027"
    if _RATIO_RANK_BEFORE.search(text, max(0, m.start() - 10), m.start()):
        return None, False
    unit, _ = _unit_after(text, m.end("b"))
    named = following and _NUMBERED_NAME_AFTER.match(text, m.end("next"))
    if not named and (unit in _TIME_SECONDS or following in _PERIOD_NOUNS):
        return None, False  # "3 in 5 days", "2 in 10 sprints" ("7 in 10 Year 6 pupils" is one)
    if m.group("of") and (
        a == b or not following or following in _RATIO_NOT_AFTER or b not in _SHARE_BASES
    ):
        # "9 of 10 patients", "19 of 20 potholes": a share; but "120 of 150 stores" and
        # "40 of 112 buses" count what is done out of all there are
        return None, False
    # "4.5 out of 5", "8 out of 10 stars": a rating on a scale, unless another share
    rating = m.group("in") is None and (not following or following in _RATIO_NOT_AFTER)
    return 100 * a / b, not rating


_SCOPE_BEFORE = re.compile(
    r"\b(?:across|in|at|for|on|over)\s+(?:(?:all|each\s+of)(?:\s+the)?|the|our)\s*$",
    re.IGNORECASE,
)


def is_scope(text: str, quantity: Quantity) -> bool:
    """A count of where a KR applies ("across all 14 stores", "in each of the 3
    hospitals", "our top 10 explainers"): what a task covers, but no aim for an
    improvement."""
    return (
        quantity.kind in ("number", "word")
        and quantity.unit not in _TIME_SECONDS  # "in the 3 months after launch" is a time
        and bool(
            _SCOPE_BEFORE.search(text, max(0, quantity.start - 24), quantity.start)
            or _GROUP_TOP_BEFORE.search(text, max(0, quantity.start - 10), quantity.start)
        )
    )


def _roles(text: str, found: list[Quantity]) -> list[str]:
    roles: list[str] = []
    previous: Quantity | None = None
    for q in found:
        after, previous = previous, q
        if q.role == "modifier" or (
            _TOLERANCE_BEFORE.search(text, max(0, q.start - 4), q.start)
            and not _WITHIN_TOLERANCE.search(text, max(0, q.start - 12), q.start)
        ):
            # "±2 cm vertical accuracy" is a tolerance, not an aim; "forecast within ±5%
            # of actuals" is a bound, the aim
            roles.append("modifier")
            continue
        if (
            after is not None
            and "of" in text[after.end : q.start]
            and _OF_BETWEEN_RE.fullmatch(text, after.end, q.start)
        ):
            roles.append("per")  # "in 120 of 150 stores", "90% of 311 calls": the whole
            continue
        word = _word_before(text, q.start)[0].lower()
        if (
            q.kind in ("number", "word", "money")
            and word in {"per", "every", "each"}
            and _PER_BEFORE.search(text[max(0, q.start - 12) : q.start])
        ):
            roles.append("per")
        elif (
            (
                word in _DURATION_CUES
                # "in the first 90 days after transfer": a window, not an aim
                or (
                    word in _WINDOW_WORDS
                    and _WINDOW_BEFORE.search(text, max(0, q.start - 24), q.start)
                )
            )
            and q.unit in {"ms", "s", "min", "h", "day", "week", "month", "year"}
            # "in 5 business days or fewer": a bound, so the aim
            and not _OR_FEWER_AFTER.match(text, q.end)
        ):
            roles.append("duration")
        else:
            roles.append("measure")
    return roles


def _level(q: Quantity, text: str) -> bool:
    """A measure that can be a level to reach: not a factor ("2x", "double") unless it
    is a level itself ("ROAS at 4x"), and not a change ("by 20%")."""
    return (
        q.role == "measure"
        and (q.kind != "multiplier" or _multiple_level(text, q))
        and not _BY_BEFORE.search(text[max(0, q.start - 16) : q.start])
    )


#: a bound or a preposition before a factor that is a level: "at 4x", "of 3x", "≥3x"
_MULTIPLE_CUE_RE = re.compile(
    r"(?:\b(?:at|of|below|above|under|over|at\s+least|at\s+most|than)|\bsub-|[<>≤≥]=?)\s*$",
    re.IGNORECASE,
)
#: ... and what may follow one: "4x or better", "3x+"
_MULTIPLE_LEVEL_AFTER = re.compile(
    r"\s*(?:or\s+(?:better|more|higher|above|greater|less|lower|below|fewer)\b|\+(?!\w))",
    re.IGNORECASE,
)
#: a ratio metric after a factor, which is its level: "3.5x pipeline coverage", "4x ROAS"
_RATIO_METRIC_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:coverage|roas|roi|roe|roic|multiple|turns|ratio|leverage)\b",
    re.IGNORECASE,
)
#: what a factor multiplies: "3x the pipeline", "2x last year's"
_MULTIPLIED_AFTER = re.compile(
    r"\s+(?:the|last|our|this|that|what|current|today'?s?)\b", re.IGNORECASE
)


def _multiple_level(text: str, q: Quantity) -> bool:
    """A factor in digits that is a level to reach, not a change: after a bound or a
    preposition ("Hold ROAS at 4x", "burn multiple below 1.5x", "LTV:CAC of 3x or
    better"), or before a ratio metric ("Maintain 3x pipeline coverage"). Not a factor
    of something ("3x the pipeline we built in Q2") nor a word ("double")."""
    if q.kind != "multiplier" or not any(c.isdigit() for c in q.text):
        return False
    if _MULTIPLIED_AFTER.match(text, q.end):
        return False
    return bool(
        _MULTIPLE_CUE_RE.search(text, max(0, q.start - 12), q.start)
        or _MULTIPLE_LEVEL_AFTER.match(text, q.end)
        or _RATIO_METRIC_AFTER.match(text, q.end)
    )


_CHANGE_CUE_BEFORE = re.compile(rf"\b(?:up|down|by){_APPROX_END}", re.IGNORECASE)


def _before_width(text: str) -> int:
    """How far back a baseline's cue may start: 16 characters ("down from about "), or
    32 where an average may stand between ("down from an average of 9")."""
    return 32 if "average" in text or "median" in text or "mean " in text else 16


def _ranges_as_one(text: str, measures: list[Quantity]) -> list[Quantity]:
    """Read a range joined to another level as its low end: "from 10-15 days to 3-5
    days" pairs 10 days with 3 days, not 10 with 15. A range goes up ("737-8" is a
    model) and stands beside "to" or an arrow; alone ("Cut readmissions to 8-10%") it
    is left as it is, and ``Facts.range_from`` reads it, unless it is a change ("down
    10–12% YoY", "by 5-8 points": the low end, with the high end's unit)."""
    if len(measures) < 2 or not any(c in text for c in "-–—"):
        return measures
    out: list[Quantity] = []
    k = 0
    while k < len(measures):
        low = measures[k]
        high = measures[k + 1] if k + 1 < len(measures) else None
        if (
            high is not None
            and low.value < high.value
            and low.kind in (high.kind, "number")
            and (low.unit is None or low.unit == high.unit)
            and RANGE_DASH_RE.fullmatch(text, low.end, high.start)
            and (
                (out and _joins(text[out[-1].end : low.start]))
                or (k + 2 < len(measures) and _joins(text[high.end : measures[k + 2].start]))
                # "in 60-90 days, down from 120": the range is the level the baseline left
                or (
                    k + 2 < len(measures)
                    and _FROM_BEFORE.search(
                        text, max(high.end, measures[k + 2].start - 32), measures[k + 2].start
                    )
                    is not None
                )
                or (
                    text[low.end : high.start].strip() in ("-", "–")  # not a dash: "5pp — 60%"
                    and bool(_CHANGE_CUE_BEFORE.search(text, max(0, low.start - 16), low.start))
                )
            )
        ):
            out.append(
                Quantity(low.value, high.unit, high.kind, low.text, low.start, low.end, low.role)
            )
            k += 2
            continue
        out.append(low)
        k += 1
    return out


def _joins(between: str) -> bool:
    """``between`` joins a baseline to its target by "to" or an arrow (not a dash)."""
    return bool(_PAIR_SEP.match(between)) and not RANGE_DASH_RE.fullmatch(between)


def _from_to(text: str, qs: list[Quantity]) -> tuple[Quantity, Quantity] | None:
    """The first two of ``qs`` that move from one value to another ("from 40% to 75%",
    "3 → 2"), if any."""
    for a, b in zip(qs, qs[1:], strict=False):
        between = text[a.end : b.start]
        before = text[max(0, a.start - 16) : a.start]
        if _PAIR_SEP.match(between) and (_FROM_BEFORE.search(before) or _ARROW_RE.search(between)):
            return a, b
    return None


def _pair(
    text: str, qs: tuple[Quantity, ...], lower: str | None = None, timed: bool = True
) -> tuple[Quantity | None, Quantity | None, Quantity | None, str | None]:
    """Baseline, target, change and "up"/"down" of the quantities ``qs`` of ``text``
    (``lower`` is ``text.lower()``; ``timed`` that it names a time, which a staged
    target needs)."""
    baseline = target = change = None
    updown = None
    measures = _ranges_as_one(text, [q for q in qs if q.role not in ("per", "modifier", "context")])
    gaps: list[Quantity] = []
    low = text.lower() if lower is None else lower
    if "gap" in low or any(word in low for word in _REFERENCE_WORDS):
        # "Close the 8-point gap": the gap's size is what the KR moves it by;
        # "2x the industry benchmark": a multiple of someone else's level, no aim of ours
        gaps = [q for q in measures if _GAP_SIZE_AFTER.match(text, q.end)
                and _GAP_BEFORE.search(text, max(0, q.start - 6), q.start)]  # fmt: skip
        measures = [
            q
            for q in measures
            if q not in gaps
            and not (q.kind in ("multiplier", "word") and _REFERENCE_AFTER.match(text, q.end))
        ]
    if pair := _from_to(text, measures):
        baseline, target = pair
    if baseline is None:
        # "Repeat purchase rate 24% to 31%", "Cut AHT 300 to 240 seconds", "Lift NPS
        # 30 to 45": two amounts of one kind joined by "to" (not "by 5% to 25%")
        for a, b in zip(measures, measures[1:], strict=False):
            if (
                a.kind == b.kind
                and a.kind in ("percent", "money", "number")
                and a.role == b.role == "measure"
                and _BARE_PAIR_RE.fullmatch(text, a.end, b.start)
                and not _NO_BARE_PAIR_BEFORE.search(text, max(0, a.start - 12), a.start)
                and (a.unit is None or b.unit is None or a.unit == b.unit)
                # "3 to 5 engineers" is a range of counts
                and not (b.kind == "number" and b.unit is not None and b.unit not in _TIME_SECONDS)
            ):
                baseline, target = a, b
                break
    if baseline is None:
        for i, q in enumerate(measures):
            before = text[max(0, q.start - _before_width(text)) : q.start]
            if _FROM_BEFORE.search(before):
                baseline = q
                ud = _UPDOWN_BEFORE.search(before)
                updown = ud.group(1).lower() if ud else None
                # a factor ("Double ARR from $1.2M", "3x from 400") changes the
                # baseline: it is no level to reach
                earlier = [
                    p
                    for p in measures[:i]
                    if _level(p, text) and not (p.unit != q.unit and _names_a_group(text, p))
                ]
                same = [p for p in earlier if p.kind == q.kind] or earlier
                if same:
                    target = same[0]
                else:
                    later = [p for p in measures[i + 1 :] if _level(p, text)]
                    target = later[0] if later else None
                break
    if baseline is None:
        # "to under 2 hours (currently 3.5 hours)", "to 80%, today 62%"
        for q in measures:
            if q is target:
                continue
            if (
                _CURRENT_BEFORE.search(text, max(0, q.start - 28), q.start)
                or (text[max(0, q.start - 1) : q.start] == "(" and _PAST_AFTER.match(text, q.end))
                or (
                    text.rfind("(", 0, q.start) > text.rfind(")", 0, q.start)
                    and _CURRENT_AFTER.match(text, q.end)
                )
            ):
                baseline = q
                break
    if baseline is not None and updown is None:
        ud = _UPDOWN_BEFORE.search(
            text[max(0, baseline.start - _before_width(text)) : baseline.start]
        )
        updown = ud.group(1).lower() if ud else None
    rest = [q for q in measures if q is not baseline and q is not target]
    for q in rest:
        before = text[max(0, q.start - 16) : q.start]
        relative = (
            (q.kind == "multiplier" and not _multiple_level(text, q))
            or q.text.lower().startswith("by ")
            # "a third more kilos", "another 30,000 passengers", "an extra 4 points"
            or (q.kind == "word" and q.text.lower().endswith(("more", "fewer", "less")))
            or bool(_ANOTHER_BEFORE.search(before))
            # "Shave 2 days off lead time", "Take 10% off cost": an amount taken away
            or bool(_TAKEN_OFF.match(text, q.end) and _TAKE_VERB_BEFORE.search(text, 0, q.start))
            # "42% to 48%, a 6-point lift", "A 20% lift in conversion", "a third lower"
            or bool(
                (_A_BEFORE.search(before) or q.text.lower().startswith(("a ", "an ")))
                and _CHANGE_NOUN_AFTER.match(text, q.end)
            )
        )
        # "+12%", "+6 pts", "(−19%)": a signed amount of a relative kind is a change
        signed = (
            before.endswith("+")
            or (q.value < 0 and before.endswith("("))
            # "Cart abandonment -5pp": points are a difference, a level is no "-5pp"
            or (q.value < 0 and (q.unit == "points" or q.text.lower().endswith(("pp", "bps"))))
        ) and (q.kind == "percent" or q.unit == "points")
        # "31 -> 38 (+7)": the move restated as a signed amount, in any unit
        signed = signed or (
            (
                before.rstrip().endswith(("(+", "(-", "(−"))
                or (q.value < 0 and before.rstrip().endswith("("))  # the sign is the number's
            )
            and baseline is not None
            and target is not None
            and abs(abs(target.value - baseline.value) - abs(q.value)) < 1e-9
        )
        if not relative and change is None and (q.kind == "percent" or q.unit == "points"):
            # "Reduce churn on 20 %", "growth of 4,5 %", "Increase sales about 10 % in
            # region X": the prepositions translated English gives a change
            relative = (
                _loose_change(text, q, before)
                or _period_growth(text, q, before)
                or _amount_change(text, q)
            )
        by = q.unit != "time of day" and _BY_BEFORE.search(before)  # "by 05:30": a time
        if change is None and (relative or signed or by):
            change = q  # "by 20%", "by a third", "Double", "2x": relative, not a level
            ud = _UPDOWN_CHANGE_BEFORE.search(before)  # "Weekday bookings up by 50%"
            updown = updown or (ud.group(1).lower() if ud else None)
        elif (
            change is None
            and (q.kind == "percent" or q.unit == "points")
            and (ud := _UPDOWN_CHANGE_BEFORE.search(before))
        ):
            change = q  # "Ticket revenue up 15% year on year", "up 4 points"
            updown = updown or ud.group(1).lower()
    if change is None and gaps:
        change = gaps[0]
    if target is None:
        candidates = [q for q in rest if q is not change and q.role == "measure"]
        moved = baseline or change
        if moved is not None:
            # "Cut waits over 4 hours by half", "Cut shrink in the top 10 stores by a
            # third": a bound or a rank before the amount that moves, in another unit,
            # says which waits or stores count ("losses below 10% (now 23%)" is the aim)
            first = min(q.start for q in (baseline, change) if q is not None)
            candidates = [
                q
                for q in candidates
                if q.start > first or q.unit == moved.unit or not _names_a_group(text, q)
            ]
        if not candidates and baseline is not None:
            # "in 2 days instead of 5", "within 4 hours (currently 6)": the limit
            candidates = [q for q in rest if q is not change and q.role == "duration"]
        cued = [q for q in candidates if _TARGET_CUES.search(text[max(0, q.start - 12) : q.start])]
        if cued and _share_before_a_bound(text, candidates[0], cued[0]):
            # "70% of AEs at or above 100% of quota", "95% of orders over 50 kg delivered
            # next day": the bound says which AEs or orders count; the share is the target
            target = candidates[0]
        elif cued:
            target = cued[0]
            if len(cued) > 1 and _THRESHOLD_IN_NAME.search(text, 0, target.start):
                # "Cut calls longer than 10 min to under 12%": the first bound says which
                # calls count; the one after "to" is the aim
                target = next((q for q in cued[1:] if _TO_CUE.search(text, 0, q.start)), target)
        elif candidates:
            target = candidates[0]
    if (
        updown is None
        and target is not None
        and _DOWN_TO_BEFORE.search(text, max(0, target.start - 14), target.start)
    ):
        updown = "down"  # "Complaints down to 2.5 per 100,000 journeys from 4.1"
    if timed and target is not None and target.end < len(text) - 8:
        target = _last_stage(text, target, measures)
    return baseline, target, change, updown


_DEGREES_RE = re.compile(r"\s?[°º˚]\s?(?P<scale>[CcFf])(?![A-Za-z])")
#: a gap's size: "the 8-point gap", "a 15% pay gap", "the 12-point attainment gap"
_GAP_SIZE_AFTER = re.compile(r"(?:-[a-z]+)?(?:\s+[a-z-]+){0,2}\s+gaps?\b", re.IGNORECASE)
_GAP_BEFORE = re.compile(r"\b(?:the|an?|our|this|that|its|their)\s+$", re.IGNORECASE)
#: someone else's level that a multiple is of: "2x the industry benchmark", "half the
#: national average"
#: a level someone else publishes: "the national average", "the sector median" (not
#: "mean": "Halve the mean time to restart" names the metric)
_REFERENCE_WORDS = ("benchmark", "average", "median", "norm")
REFERENCE_LEVEL = rf"(?:{'|'.join(_REFERENCE_WORDS)})s?"
_REFERENCE_AFTER = re.compile(
    rf"\s+(?:the|their|its)\s+(?:[\w-]+\s+){{0,3}}?{REFERENCE_LEVEL}\b", re.IGNORECASE
)
#: what follows a stage of a staged target: its time ("60% by June", "10 a week in Q1"),
#: then the next stage ("..., 75% by December", "... and 25 in Q2")
_STAGE_TIME = (
    r"(?:\s+(?:a|an|per|each)\s+[a-z]+|\s+[a-z]+)?\s+"
    rf"(?:{DEADLINE_RE.pattern}|(?:by|in|at|before)\s+(?:mid[- ](?:year|quarter)|easter)\b)"
)
_STAGE_BETWEEN_RE = re.compile(
    _STAGE_TIME + r"\s*(?:[,;/]\s*)?(?:(?:and|then)\s+)?(?:(?:to|reach|hit)\s+)?", re.IGNORECASE
)
_STAGE_AFTER_RE = re.compile(_STAGE_TIME, re.IGNORECASE)


def _last_stage(text: str, target: Quantity, measures: list[Quantity]) -> Quantity:
    """The last stage of a staged target: "from 8% to 10% by June and 12% by December",
    "Scrap rate to 3% in Q1, 2% in Q2, 1.5% in Q3" aim at 12% and 1.5% by the end."""
    later = [q for q in measures if q.start >= target.end and q.kind == target.kind]
    for q in later:
        if not (
            _STAGE_BETWEEN_RE.fullmatch(text, target.end, q.start)
            and _STAGE_AFTER_RE.match(text, q.end)
        ):
            break
        target = q
    return target


def _names_a_group(text: str, q: Quantity) -> bool:
    """A bound right after a plural noun ("episodes longer than 60 minutes", "orders
    over 50 kg") or a rank after a determiner ("the top 10 stores"): it may say which
    things are counted, part of the metric's name rather than a level."""
    return bool(
        _THRESHOLD_IN_NAME.search(text, max(0, q.start - 32), q.start)
        or _GROUP_TOP_BEFORE.search(text, max(0, q.start - 10), q.start)
    )


_LOOSE_BY_BEFORE = re.compile(
    r"(?:(?<!\bto\s)\b(?:about|around)|\b(?:on|for|with|in|by\s+(?:min(?:imum|\.)?|at\s+least))"
    r"|\b(?:growth|increase|reduction|decrease|decline|rise|drop|improvement|augmentation"
    r"|diminution)\s+of)\s*$",
    re.IGNORECASE,
)
#: nouns and comparatives that name an amount as a move, and which way: "a 6-point lift",
#: "a 20% cut", "a third lower" (not "a 40% growth rate", which names a rate)
CHANGE_NOUNS: dict[str, str] = {
    **dict.fromkeys(
        ("lift", "uplift", "rise", "increase", "gain", "jump", "boost", "growth", "improvement"),
        "increase",
    ),
    **dict.fromkeys(("higher", "more"), "increase"),
    **dict.fromkeys(("cut", "drop", "fall", "reduction", "decrease", "decline"), "decrease"),
    **dict.fromkeys(("lower", "fewer", "less"), "decrease"),
}
_A_BEFORE = re.compile(r"\ban?\s*$", re.IGNORECASE)
_CHANGE_NOUN_AFTER = re.compile(
    r"(?:[\s-]*(?:percentage[\s-]+)?(?:points?|pts?|pp))?[\s-]*"
    rf"(?:{'|'.join(CHANGE_NOUNS)})\b(?!\s+rates?\b)",
    re.IGNORECASE,
)
_CHANGE_END_AFTER = re.compile(
    r"(?:\s*(?:percentage\s+)?(?:points?|pts)\b)?\s*(?:$|[,;(.]"
    r"|(?:in|for|to|vs\.?|versus|compared|comparing|at|on|from|by|until|till"
    r"|within|against|with|year|yoy)\b)",
    re.IGNORECASE,
)
_DIRECTION_STEM_RE = re.compile(
    r"\b(?:increas|decreas|reduc|rais|grow|lower|cut|improv|augment|diminut|increment|declin"
    r"|drop|boost|lift|shrink|expan|down\b|up\b|rise)",
    re.IGNORECASE,
)


#: a rate over the period before: "40% YoY", "twenty percent QoQ", "8% month over month"
_OVER_PERIOD_AFTER = re.compile(
    r"\s*(?:yoy|qoq|mom|wow|y/y|q/q|m/m"
    r"|(?:year|quarter|month|week)[\s-]+(?:over|on)[\s-]+(?:year|quarter|month|week))\b",
    re.IGNORECASE,
)


def _period_growth(text: str, q: Quantity, before: str) -> bool:
    """A percent over the period before, after a direction word and no cue for a level:
    "Grow ARR 40% YoY" grows it by 40%; "Hit a 40% YoY growth rate" names the rate."""
    return bool(
        q.kind == "percent"
        and _OVER_PERIOD_AFTER.match(text, q.end)
        and not _TARGET_CUES.search(before)
        and _DIRECTION_STEM_RE.search(text, 0, q.start)
    )


_SHARE_OF_AFTER = re.compile(r"\s+of\s+(?:the\s+|our\s+|all\s+)?[a-z]", re.IGNORECASE)
_BOUND_BEFORE = re.compile(
    r"\b(?:at\s+or\s+(?:above|below|over|under)|above|below|under|over|at\s+least|at\s+most"
    r"|(?:more|less|fewer|greater|higher|lower)\s+than)\s*$|[<>≤≥]=?\s*$",
    re.IGNORECASE,
)


#: a word before a share that makes it today's value, not a share to reach
_BASELINE_WORD = re.compile(r"\b(?:from|was|baseline|currently)\b", re.IGNORECASE)


def _share_before_a_bound(text: str, share: Quantity, bound: Quantity) -> bool:
    """A share of a population ("70% of AEs") with no cue of its own, and a later amount
    after a bound word ("at or above 100% of quota") that picks who counts."""
    return (
        share.start < bound.start
        and share.kind == "percent"
        and bool(_SHARE_OF_AFTER.match(text, share.end))
        and not _TARGET_CUES.search(text[max(0, share.start - 12) : share.start])
        and not _BASELINE_WORD.search(text, 0, share.start)
        and bool(_BOUND_BEFORE.search(text, max(0, bound.start - 16), bound.start))
    )


#: "Grow revenue 30%", "Cut energy use 20% by switching to LEDs": a direction verb, then
#: an amount (not a rate or share) and a bare percent: the amount moves by that share
_AMOUNT_CHANGE_BEFORE = re.compile(
    r"^\W*(?:increase|grow|raise|lift|boost|expand|cut|reduce|lower|decrease|shrink|trim"
    r"|slash)\s+(?:(?!(?:to|by|from|of|at|in|on|for|under|below|above|over|than|with"
    r"|per|and|or)\b)[a-z][\w&'/-]*\s+){0,3}"
    r"(?:revenues?|sales|turnover|income|profits?|earnings|ebitda|arr|mrr|gmv|tpv|bookings"
    r"|spend|spending|costs|expenses|expenditure|opex|capex|use|usage|consumption|emissions"
    r"|waste|output|production|volumes?|throughput|traffic|visits|visitors|footfall"
    r"|downloads|installs|sign-?ups|users|customers|subscribers|members|donations|orders"
    r"|shipments|deliveries|inventory|backlog|headcount|complaints|incidents|defects"
    r"|errors|injuries|accidents)\s*$",
    re.IGNORECASE,
)
_AMOUNT_CHANGE_AFTER = re.compile(
    r"\s*(?:$|[,;(.:\u2013\u2014-]\s|(?:in|for|to|by|at|across|over|this|next|per|vs\.?"
    r"|versus|from|on|through|via|within|while|compared|against|and|year|yoy|qoq|mom)\b)",
    re.IGNORECASE,
)


def _amount_change(text: str, q: Quantity) -> bool:
    """A bare percent right after a direction verb and the amount it moves ("Reduce
    travel costs 15%", "Grow ARR 40%"): a relative change, as "by" would make it. A
    rate or share before it ("Reduce churn 5%") stays a level: it may be either."""
    return bool(
        q.kind == "percent"
        and _AMOUNT_CHANGE_BEFORE.match(text[: q.start])
        and _AMOUNT_CHANGE_AFTER.match(text, q.end)
    )


def _loose_change(text: str, q: Quantity, before: str) -> bool:
    """A share or points after a direction word and a preposition other than "by" that
    translated English uses for one ("on 20 %", "for 15%", "with 10 %", "in 5 points",
    "about 10 %", "by minimum 5 %", "growth of 4,5 %"), ending the phrase: not a share
    of something ("in 20% of stores") nor a level ("to about 3%")."""
    return bool(
        _LOOSE_BY_BEFORE.search(before)
        and _CHANGE_END_AFTER.match(text, q.end)
        and _DIRECTION_STEM_RE.search(text, 0, q.start)
    )


def _harmonise(
    baseline: Quantity | None, target: Quantity | None
) -> tuple[Quantity | None, Quantity | None]:
    """Give a pair one unit: "from 25 to 10 minutes", "from 2 hours ... 30 minutes"."""
    if baseline is None or target is None:
        return baseline, target
    if baseline.unit is None and target.unit is not None and baseline.kind == "number":
        baseline = baseline.with_unit(target.unit)
    elif target.unit is None and baseline.unit is not None and target.kind == "number":
        target = target.with_unit(baseline.unit)
    if baseline.kind != target.kind and {baseline.kind, target.kind} <= {
        "number",
        "percent",
        "money",
    }:
        if target.kind == "number" and target.unit is None:
            target = Quantity(
                target.value,
                baseline.unit,
                baseline.kind,
                target.text,
                target.start,
                target.end,
                target.role,
            )
        elif baseline.kind == "number" and baseline.unit is None:
            baseline = Quantity(
                baseline.value,
                target.unit,
                target.kind,
                baseline.text,
                baseline.start,
                baseline.end,
                baseline.role,
            )
    units = _TIME_SECONDS
    if baseline.unit in units and target.unit in units and baseline.unit != target.unit:
        factor = units[baseline.unit] / units[target.unit]
        baseline = Quantity(
            baseline.value * factor, target.unit, baseline.kind, baseline.text,
            baseline.start, baseline.end, baseline.role,
        )  # fmt: skip
    return baseline, target
