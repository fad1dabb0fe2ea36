"""Fitting a reply into one WhatsApp message (1,600 characters; a longer one is split mid-list): shorter
versions of a reply, tried in turn, the answer to what was asked always kept, and never a link, a contact or
a "please confirm" hedge left out."""

from collections.abc import Iterable, Iterator

from bot.answers import MESSAGE_CHARS, aspect_label
from bot.i18n import gettext
from bot.messages import Option, Reply
from bot.normalize import keys

# A list's line said in this many words or more may be found said already in another line ("Special category:
# SC/ST/OBC, minorities, …" under "are you in the general or a special category (SC/ST/OBC, minorities, …)?").
REPEAT_WORDS = 4
# Lines beside a part's list that work out or note something for the user ("ℹ …", "≈ …").
EXTRA_MARKS = ("ℹ ", "≈ ")
# The last word of the payload that asks a part's whole list.
WHOLE = "whole"


def first_that_fits(replies: Iterable[Reply]) -> Reply:
    """The first reply of `replies` (longest first) that fits one WhatsApp message, else the shortest (the
    last); built one at a time, so the last one built is the one sent."""
    for reply in replies:
        if len(reply.text) <= MESSAGE_CHARS:
            return reply
    return reply  # (none fits: the shortest)


def shorter_answers(
    text: str, options: tuple[Option, ...], topic: str, aspect: str, lang: str, whole: bool
) -> Iterator[tuple[str, tuple[Option, ...]]]:
    """A scheme's answer, then shorter ones: without list lines another line says already, then either (the
    `whole` list asked, as by "1. Who can apply: the whole list") without the worked-out notes beside the list,
    or with fewer of the list's last lines and the whole list offered first ("pmegp me ho jayega? 8 lakh, gaon":
    the verdicts and the subsidy worked out, then the list's first lines)."""
    yield text, options
    body, blank, footer = text.partition("\n\n")  # (the footer: links, contacts and hedges, always kept)
    lines = _without_repeats(body.split("\n"))
    yield "\n".join(lines) + blank + footer, options
    if whole:
        kept = [line for line in lines if not line.startswith(EXTRA_MARKS)]
        yield "\n".join(kept) + blank + footer, options
        return
    listed = [i for i, line in enumerate(lines) if line.startswith("• ")]
    whole = (Option(_whole_list(aspect, lang), whole_list_payload(topic, aspect)), *options)
    for left_out in range(1, len(listed)):
        cut = listed[-left_out:]
        rest = [line for i, line in enumerate(lines) if i not in cut]
        rest.insert(cut[0], _more_line(left_out, lang))
        yield "\n".join(rest) + blank + footer, whole


def whole_list_payload(topic: str | None, aspect: str | None) -> str:
    """The choice of a part's whole list, offered when the answer was cut to fit ("@scheme pmegp eligibility
    whole"): what "1", "aur" or "more" asks for next."""
    return f"@scheme {topic} {aspect} {WHOLE}"


def _without_repeats(lines: list[str]) -> list[str]:
    """The lines but a list's line whose every word another line says already."""
    said = [set(keys(line)) for line in lines]
    return [
        line
        for i, line in enumerate(lines)
        if not (
            line.startswith("• ")
            and len(said[i]) >= REPEAT_WORDS
            and any(said[i] <= other for j, other in enumerate(said) if j != i)
        )
    ]


def _whole_list(aspect: str, lang: str) -> str:
    _ = gettext(lang)
    return _("%(part)s: the whole list") % {"part": aspect_label(aspect, lang)}


def _more_line(count: int, lang: str) -> str:
    _ = gettext(lang)
    return "• … " + _("%(count)s more not shown here: reply 1 or 'more' for the whole list.") % {
        "count": count
    }
