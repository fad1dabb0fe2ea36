"""Whole messages that steer the conversation rather than ask: "stop" ends it (a request for a person is
withdrawn, so no staff answer follows), "back" offers the earlier choices again, "start over" clears what
the bot keeps of the conversation. The words are in words.yaml; "please", "bhai" around them change nothing."""

from functools import cache

from bot import choices_again, menus, sessions, tickets
from bot.choices import chosen_number
from bot.i18n import gettext
from bot.language import continues
from bot.messages import Option, Reply
from bot.normalize import clean, key
from bot.phrases import word_keys, word_list
from bot.sessions import Session
from bot.turn import Turn

STEERING = ("stop_words", "back_words", "restart_words")


def steering(text: str) -> str | None:
    """Which steering list the whole message is from ("stop_words"…), if any; words said around it to let
    go ("never mind, cancel my request", "रहने दो, अनुरोध रद्द कर दो") change nothing."""
    said = _bare(text)
    found = _steering_list(said)
    if found or not said:
        return found
    # longest first, so the result does not depend on the order of a set
    lead = next((w for w in _longest_first("steering_lead_ins") if said.startswith(f"{w} ")), None)
    said = said[len(lead) + 1 :] if lead else said
    tail = next((w for w in _longest_first("steering_tails") if said.endswith(f" {w}")), None)
    said = said[: -len(tail) - 1] if tail else said
    return _steering_list(said) if lead or tail else None


def _steering_list(said: str) -> str | None:
    return next((label for label in STEERING if said and said in _forms(label)), None)


@cache
def _longest_first(label: str) -> tuple[str, ...]:
    return tuple(sorted(_forms(label), key=lambda w: (-len(w), w)))


def steer(turn: Turn, label: str) -> list[Reply]:
    """The reply to a steering message of the list `label`."""
    if label == "stop_words":
        return [_stop(turn)]
    if label == "back_words":
        return [_back(turn)]
    sessions.reset(turn.session)  # "start over"
    _ = gettext(turn.lang)
    text, options = menus.help_text(turn.lang)
    cleared = _("Starting over: what we talked about is cleared.")
    return [turn.reply((f"{cleared}\n{text}", options), "restart", confidence=1.0)]


def _bare(text: str) -> str:
    """The message without its courtesies: "bhai band karo plz" is "band karo"."""
    return " ".join(w for w in clean(text).split() if key(w) not in word_keys("courtesy_words"))


@cache
def _forms(label: str) -> frozenset[str]:
    return frozenset(_bare(w) for w in word_list("words", label))


def _stop(turn: Turn) -> Reply:
    _ = gettext(turn.lang)
    withdrawn = tickets.withdraw(turn.services.db, turn.message.sender, turn.now)
    sessions.reset(turn.session)
    lines = [_("Okay, I will stop here. I send nothing unless you write to me.")]
    if withdrawn:
        numbers = ", ".join(f"#{n}" for n in withdrawn)
        lines.append(_("Your request %(numbers)s to the helpline team is withdrawn.") % {"numbers": numbers})
    lines.append(_("Write any time to ask again; /forget deletes your conversation history."))
    return turn.reply(("\n".join(lines), ()), "stop", confidence=1.0)


def _back(turn: Turn) -> Reply:
    """When a part of a scheme was just asked in words ("pmegp ke documents", "wapas"), that scheme's parts,
    what it is first, even beside an earlier list ("mudra loan chahiye", "pmegp ke documents", "wapas" went
    to that list); else the screen of choices before this one (after a part picked by number, the list the
    scheme was picked from); else, after a part picked by number first thing ("udyam registration kaise
    kare", "2", "wapas"), those parts again; else the main menu."""
    session = turn.session
    parts = _parts_of_the_part_asked(turn)
    if parts:
        return turn.reply(
            menus.earlier_choices(parts, turn.lang, _whose(turn, parts)), "back", confidence=1.0
        )
    if session.previous:
        earlier = choices_again.in_language(tuple(session.previous.pop()), turn.snap.knowledge, turn.lang)
        return turn.reply(
            menus.earlier_choices(earlier, turn.lang, _whose(turn, earlier)), "back", confidence=1.0
        )
    return turn.reply(menus.help_text(turn.lang), "back", confidence=1.0)


def _whose(turn: Turn, options: tuple[Option, ...]) -> str | None:
    """The scheme whose parts the choices mostly are (a related scheme may close them), by its shown name."""
    schemes = [o.payload.split()[1] for o in options if o.payload.startswith("@scheme ")]
    first = schemes[0] if schemes else None
    if first not in turn.snap.knowledge.schemes or schemes.count(first) < MIN_PARTS_NAMED:
        return None
    return turn.snap.knowledge.topic_name(first, turn.lang)


# Choices with at least this many parts of one scheme are that scheme's ("1. Benefits 2. Documents…").
MIN_PARTS_NAMED = 2


def _parts_of_the_part_asked(turn: Turn) -> tuple[Option, ...]:
    """The scheme's parts when the last answer was one part of it: asked in words, or picked by number with
    no earlier list to return to (none after what it is, asked in words)."""
    session = turn.session
    history = session.history
    if (
        not history
        or history[-1].get("intent") != "scheme_info"
        or session.topic not in turn.snap.knowledge.schemes
    ):
        return ()
    picked = chosen_number(history[-1].get("text", "")) is not None
    if (picked and not session.previous) or (not picked and session.aspect not in (None, "overview")):
        return menus.aspect_options(session.topic, turn.lang)
    return ()


def earlier_pick(session: Session, text: str) -> Option | None:
    """ "aur dusra?", "and the second?" after picking the first of a list: that list's second."""
    if not session.previous or not continues(text):
        return None
    number, screen = chosen_number(text), session.previous[-1]
    return screen[number - 1] if number and 1 <= number <= len(screen) else None


def pick_instead_of_place(session: Session, text: str) -> Option | None:
    """ "3" when asked for a town right after picking "2" (centres) from the menu: the menu's third (no town
    is a number; a PIN code has six digits)."""
    said = text.strip()
    if session.awaiting != "place" or session.options or not session.previous or not said.isdecimal():
        return None
    number, screen = int(said), session.previous[-1]
    return screen[number - 1] if 1 <= number <= len(screen) else None


def remember_screen(session: Session, offered: list[Option]) -> None:
    """After a turn: the choices offered before it become a screen "back" returns to, unless the new ones
    are the same screen (PMEGP's parts after PMEGP's documents: "back" leaves PMEGP)."""
    new = _screen(session.options)
    if not offered or _screen(offered) == new:
        return
    if session.previous and _screen(session.previous[-1]) == _screen(offered):
        return
    session.previous = [*session.previous, offered][-BACK_DEPTH:]


def _screen(options: list[Option]) -> frozenset[str]:
    """What a set of choices is about, whichever part of a scheme each asks: "@scheme zed", "@helpline"."""
    return frozenset(" ".join(o.payload.split()[:2]) for o in options)


# Screens "back" can return through.
BACK_DEPTH = 5
# Replies to steering words: the screen before them is no screen "back" should return to.
STEERED = frozenset({"back", "stop", "restart"})
