"""A "which scheme do you mean?" answered: the question it was asked about, of the scheme chosen.

"subsidy kab milegi" gets "Do you mean PMEGP?"; the reply "pmegp" names the scheme and asks nothing of its own,
so it is the first question asked again of PMEGP (the 3-year FD line), not PMEGP's overview. A number picked
keeps the part the question asked, as its option says; a detail the part does not carry ("kab milegi": when
the subsidy comes) is asked again the same way.
"""

from bot.choices import pick
from bot.follow_ups import its_name_alone
from bot.turn import Turn

# The payload of a scheme offered by a "which one?" ("@scheme pmegp benefits").
SCHEME_PICK = "@scheme "


def question_again(turn: Turn, text: str) -> str | None:
    """The clarified question with the chosen scheme's name, when `text` answers a "which one?" just asked by
    naming or picking one of the schemes it offered; None otherwise."""
    history, options = turn.session.history, turn.session.options
    if not (history and history[-1].get("intent") == "clarify" and options):
        return None
    asked = history[-1].get("text", "")
    offered = {o.payload.split()[1]: o for o in options if o.payload.startswith(SCHEME_PICK)}
    picked = pick(text, options)
    if picked is not None:  # (a number keeps its option's part, unless a detail was asked)
        if not picked.payload.startswith(SCHEME_PICK) or turn.snap.details.asked(asked) is None:
            return None
        return f"{asked} {picked.label}"
    u = turn.snap.understand(text)
    if not (u.best and u.best.label in offered and its_name_alone(turn, u)):
        return None
    return f"{asked} {text}"
