"""A scheme's rate for the user's MSME class and the extra for their group, added up as the data states them
("मैं महिला उद्यमी हूँ, सूक्ष्म इकाई" after ZED's subsidy: micro 80% + 10% extra for women-owned units = 90%;
"I am a small unit in Sikkim": small 60% + 10% extra in the North-East = 70%). Only a scheme whose lines give a
rate per class ("micro 80%, small 60%") and an extra for a group ("10% extra for units owned by women…") has one."""

from dataclasses import dataclass

import regex

from bot import groups, msme_size, sessions, whose
from bot.i18n import gettext
from bot.knowledge import items
from bot.normalize import says, says_any
from bot.phrases import word_list
from bot.turn import Turn

# "10% extra for units owned by women…", "5% extra for units that are part of SFURTI": an extra and whom it is for.
_EXTRA = regex.compile(r"^(\d+)% extra\b")


@dataclass(frozen=True)
class Total:
    lines: tuple[int, ...]  # the benefit lines added up, by their place
    rate: int  # the class's own
    extras: tuple[int, ...]
    size: str  # the MSME class told

    @property
    def sum(self) -> int:
        return self.rate + sum(self.extras)


def told(texts: list[str]) -> tuple[str | None, list[str]]:
    """The MSME class last told in `texts` (newest first) and every group told in them ("महिला उद्यमी", "in
    Sikkim")."""
    size = next((c for t in texts if (c := msme_size.class_said(t))), None)
    told_groups = [g for t in texts for g in groups.all_asked(t)]
    told_groups += ["women"] if any(whose.owned_by_a_woman(t) for t in texts) else []
    return size, list(dict.fromkeys(told_groups))


def rated_by_class(scheme: dict) -> bool:
    """Whether `scheme`'s benefit lines give a rate per MSME class (ZED's "micro 80%, small 60%, medium 50%")."""
    rate = regex.compile(rf"\b(?:{'|'.join(msme_size.CLASSES)})\s+\d+%", regex.I)
    return any(rate.search(line) for line in items(scheme.get("benefits"), "en"))


def total(scheme: dict, size: str | None, told_groups: list[str]) -> Total | None:
    """The class's rate and the group extras that `scheme`'s benefit lines give the user; none unless both."""
    if size is None or not told_groups:
        return None
    lines = items(scheme.get("benefits"), "en")
    rate_of = regex.compile(rf"\b{regex.escape(size)}\s+(\d+)%", regex.I)
    rated = next(((i, int(m.group(1))) for i, line in enumerate(lines) if (m := rate_of.search(line))), None)
    extras = [
        (i, int(m.group(1)))
        for i, line in enumerate(lines)
        if (m := _EXTRA.search(line))
        and any(says(line, p) for g in told_groups for p in groups.phrases_of(g))
    ]
    if rated is None or not extras:
        return None
    return Total((rated[0], *(i for i, _ in extras)), rated[1], tuple(e for _, e in extras), size)


def total_line(found: Total, lang: str) -> str:
    """ "≈ Together: micro 80% + 10% extra = 90%." """
    _ = gettext(lang)
    extras = " + ".join(_("%(extra)s%% extra") % {"extra": e} for e in found.extras)
    size = msme_size.class_name(found.size, lang)
    return "≈ " + _("Together: %(size)s %(rate)s%% + %(extras)s = %(sum)s%%.") % {
        "size": size,
        "rate": found.rate,
        "extras": extras,
        "sum": found.sum,
    }


def in_chat(turn: Turn, topic: str) -> Total | None:
    """The total for what the user told in this message and the earlier ones about `topic`."""
    said = sessions.said_about(turn.session, topic)
    size, told_groups = told([turn.message.text or "", *reversed(said)])
    return total(turn.snap.knowledge.schemes[topic], size, told_groups)


def tells_or_asks(text: str) -> bool:
    """Whether a message tells a class or group, or asks an amount ("तो मुझे कितनी छूट मिलेगी", "total for me"):
    the total then answers it."""
    size, told_groups = told([text])
    asks = says_any(text, word_list("words", "amount_asks")) or says_any(
        text, word_list("words", "total_asks")
    )
    return bool(size or told_groups or asks)


def lines_of(scheme: dict, found: Total, lang: str) -> tuple[str, ...]:
    """The benefit lines the total is made of, in `lang`."""
    lines = items(scheme.get("benefits"), lang)
    return tuple(lines[i] for i in found.lines)
