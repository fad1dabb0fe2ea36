"""Centres found by the craft they train in ("itr banane ki training kahan milegi", "कांच का काम सीखना है कहाँ जाऊँ",
"where can I get training in leather footwear design"): the few centres whose services name that craft (FFDC
Kannauj, CDGI Firozabad, the footwear institutes), not "which town?" or what the Technology Centres scheme offers."""

from bot import responses
from bot.centre_finder import offers
from bot.centre_questions import CENTRE_SCHEMES
from bot.matcher import Understanding
from bot.messages import Reply
from bot.normalize import says_any
from bot.phrases import phrases, word_list
from bot.turn import Turn

# More centres than this name the craft: it is a common course ("training", "CNC"), not a craft of a few centres.
MOST_CENTRES = 3


def answer(turn: Turn, u: Understanding, text: str) -> Reply | None:
    """The centres training in the craft a message names, where it asks to learn it or where to go, or names the
    town of such a centre ("itr ka kaam kannauj"); None after a list of centres (the listed ones are asked of) or
    beside a scheme named for sure ("chamde ka kaam hai, pmegp loan milega?")."""
    session, finder = turn.session, turn.snap.finder
    place = finder.place_named(text)
    # (after a list, a craft asked elsewhere is a new search: "And in Tamil Nadu, which one does footwear?")
    elsewhere = place is not None and not finder.named_among(session.centres, text)
    if (session.centres and not elsewhere) or (u.confident and u.best.label not in CENTRE_SCHEMES):
        return None
    crafts = tuple(label for label, said in phrases("craft_centres").items() if says_any(text, tuple(said)))
    if not crafts:
        return None
    ids = [cid for cid, c in turn.snap.knowledge.centres.items() if offers(c, crafts)]
    if not ids or len(ids) > MOST_CENTRES:
        return None
    asks = says_any(text, word_list("words", "learning_asks"))
    # ("footwear centre in tamil nadu": Chennai's institute, not Agra's too)
    in_state = [i for i in ids if turn.snap.knowledge.centres[i].get("state") == place]
    if not (asks or in_state or (place and finder.named_among(ids, text))):
        return None
    ids = in_state or ids
    session.awaiting = None
    return responses.centres(turn, finder.details(ids, turn.lang))
