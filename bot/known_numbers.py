"""A phone number of the knowledge base written in a message ("Is the 1800-180-6763 number still working?"):
whose line it is, so the answer is that helpline and what is known of it, not "did you mean…?"."""

import regex

from bot.knowledge import Knowledge

# Seven digits at least, with the spaces and hyphens people write between them.
_NUMBER = regex.compile(r"\d[\d\s-]{5,}\d")


def owners(knowledge: Knowledge, text: str) -> list[str | None]:
    """The schemes whose helpline has a number the message writes; None for a general MSME line."""
    said = {_digits(m) for m in _NUMBER.findall(text)}
    if not said:
        return []
    found: list[str | None] = [
        (line.get("covers") or [None])[0]
        for line in knowledge.helplines
        if said & _numbers(line.get("phone"))
    ]
    found += [
        sid
        for sid, scheme in knowledge.schemes.items()
        if said & _numbers((scheme.get("helpline") or {}).get("phone"))
    ]
    return list(dict.fromkeys(found))


def _numbers(phone: str | None) -> set[str]:
    """ "1800-111-955 / 011-23063800" holds two numbers."""
    return {_digits(p) for p in str(phone or "").split("/") if _digits(p)}


def _digits(written: str) -> str:
    return "".join(ch for ch in written if ch.isdigit())
