"""Where a complaint goes: about the scheme in the chat (its own helpdesk first), or with none discussed the
grievance portal's steps, the same in every script."""

from dataclasses import replace

from bot.answers import ASPECT_FIELDS, COMPLAINTS
from bot.knowledge import items
from bot.matcher import Understanding
from bot.messages import Reply
from bot.normalize import keys
from bot.turn import Turn

# What "how to complain", "where do I complain", "complaint number" read as asking.
COMPLAINT_ASPECTS = (None, "overview", "apply", "contact")


def about_the_one_discussed(turn: Turn, u: Understanding) -> bool:
    """ "how to complain", "शिकायत कहाँ करें", "complaint kaha kare" in a chat about GeM ask where to complain
    about GeM, in every script: no other scheme is named but the complaint portal its complaint words point
    to. Not in a chat about where complaints are filed (Samadhaan: its steps), nor "samadhaan pe complaint
    kaise kare" or "buyer payment nahi de raha, complaint kaha kare" (Samadhaan named or described), nor
    "problem with the documents" (its documents)."""
    topic = turn.session.topic
    if topic not in turn.snap.knowledge.schemes or topic in turn.snap.matcher.complaint_schemes:
        return False
    return _asks_where_to_complain(turn, u) or (_complains(u) and u.best.label == topic)


def alone(turn: Turn, u: Understanding) -> bool:
    """ "how to complain", "complaint kaha kare", "शिकायत कहाँ करें" with no scheme discussed: where any MSME
    complaint goes, the same in every script (it was a fallback in English, "which one?" in romanized Hindi).
    Not "bijli ka bill jyada aaya, shikayat kaha kare", which tells of something else, nor "शिकायत के लिए कोई
    फ़ोन नंबर है?", which asks for the helplines."""
    return (
        turn.session.topic not in turn.snap.knowledge.schemes
        and COMPLAINTS in turn.snap.knowledge.schemes
        and "helpline" not in u.intents
        and _asks_where_to_complain(turn, u)
        and not (u.unknown or u.not_covered)
    )


def only_the_route(turn: Turn, steps: Reply) -> Reply:
    """The complaint portal's `steps` cut to those that file a complaint ("Complaint or help: go to
    champions.gov.in…"), its link and contacts kept: "मुझे शिकायत करनी है" got all of Champions' steps, its ZED
    pledge and incubation ones too. Whole when no step names a complaint."""
    listed = turn.snap.knowledge.schemes[COMPLAINTS].get(ASPECT_FIELDS["apply"])
    shown, en = items(listed, turn.lang), items(listed, "en")
    named = turn.snap.matcher.complaint_words
    routes = {
        line
        for at, line in enumerate(shown)
        if set(keys(line)) & named or (len(en) == len(shown) and set(keys(en[at])) & named)
    }
    if not routes:
        return steps
    others = {f"• {line}" for line in shown} - {f"• {line}" for line in routes}
    return replace(steps, text="\n".join(line for line in steps.text.split("\n") if line not in others))


def _asks_where_to_complain(turn: Turn, u: Understanding) -> bool:
    """A complaint asked about in no scheme's words but the complaint portal's ("shikayat kaise kare")."""
    return _complains(u) and (not u.topics or u.best.matched <= turn.snap.matcher.complaint_words)


def _complains(u: Understanding) -> bool:
    """Asks where or how to complain, not a part of a scheme ("problem with the documents")."""
    return "complaint" in u.intents and u.aspect in COMPLAINT_ASPECTS
