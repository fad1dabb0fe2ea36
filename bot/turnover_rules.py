"""A verdict on a rule that applies from a turnover on ("Buyers that must register: companies with turnover of
Rs 250 crore or more"), from the turnover a message states ("Is TReDS mandatory for companies with 300 crore
turnover?"): whether the rule applies to it, with the rule's line, the limit read from the line itself."""

import regex

from bot import msme_size
from bot.i18n import gettext
from bot.own_details import Verdict, eligibility_lines

# "turnover of Rs 250 crore or more", "turnover above Rs 500 crore": the limit and whether it is included.
_LIMIT = regex.compile(
    r"\bturnover\s+(?:of\s+)?(?:(above|over|more than)\s+)?(?:rs\.?\s*)?(\d+(?:\.\d+)?)\s*(crore|lakh)\b"
    r"(\s+or\s+more|\s+and\s+above)?",
    regex.I,
)


def verdicts(scheme: dict, text: str, lang: str) -> list[Verdict]:
    """Whether the rule that applies from a turnover on applies to the turnover `text` states."""
    sizes = msme_size.stated(text)
    if sizes is None or sizes.turnover is None:
        return []
    rule = next(((m, line) for en, line in eligibility_lines(scheme, lang) if (m := _from_on(en))), None)
    if rule is None:
        return []
    (limit, included), line = rule
    _ = gettext(lang)
    figures = {"turnover": msme_size.rupees(sizes.turnover, lang), "limit": msme_size.rupees(limit, lang)}
    if sizes.turnover > limit or (included and sizes.turnover == limit):
        said = _("A turnover of %(turnover)s is at or above %(limit)s, so this rule applies:")
        return [Verdict("✓ " + said % figures, line)]
    said = _("A turnover of %(turnover)s is below %(limit)s, so this rule does not apply:")
    return [Verdict("ℹ " + said % figures, line)]


def _from_on(en: str) -> tuple[float, bool] | None:
    """The turnover from which a line's rule applies, and whether that turnover itself is in ("or more"); a
    line that only mentions a turnover, or a ceiling ("up to"), has none."""
    m = _LIMIT.search(en)
    if m is None or not (m.group(1) or m.group(4)):
        return None
    return float(m.group(2)) * msme_size.UNITS[m.group(3).lower()], bool(m.group(4))
