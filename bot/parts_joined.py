"""Two parts of one scheme asked in one message ("kitni subsidy milegi aur kya documents lagenge") sent as one
reply: the scheme's name, and the checks of what the user told (✓/✗), said once, not again above the second part."""

from dataclasses import replace

from bot.answers import MESSAGE_CHARS
from bot.messages import Reply


def joined(replies: list[Reply]) -> list[Reply]:
    """Two replies on the same scheme as one, the second's lines the first already said left out; when that is
    too long for one message, still two, the second without them."""
    if len(replies) != 2 or replies[0].topic != replies[1].topic:
        return replies
    first, second = replies
    said = first.text.split("\n")
    head, *rest = second.text.split("\n")
    if head != said[0]:
        return replies
    kept = [line for line in rest if not line.strip() or line not in said]
    text = first.text.rstrip("\n") + "\n" + "\n".join(kept).lstrip("\n")
    if len(text) <= MESSAGE_CHARS:
        return [replace(second, text=text, aspect=first.aspect)]
    return [first, replace(second, text="\n".join([head, *kept]))]
