"""A demand for money that names what it is for ("Rs 500 for Udyam certificate renewal"): under the scam warning,
what the scheme's record says of that (its "never needs renewal" line, with its hedge), not only its fees."""

from bot.turn import Turn


def lines_named(turn: Turn, scheme: str, shown: tuple[str, ...]) -> tuple[str, ...]:
    """The scheme's line on the detail the message names besides a fee, when one says it and is not shown yet."""
    details = turn.snap.details
    asked = details.asked(details.without_asks("fee", turn.message.text or ""))  # (beside the fee demanded)
    evidence = details.evidence.get(asked) if asked and asked != "fee" else None
    if not evidence:
        return ()
    found = turn.snap.facts.mentioning(scheme, evidence, turn.lang, 1, whole_summary=False)
    return tuple(line for line in found.lines if line not in shown) if found else ()
