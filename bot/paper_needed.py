"""Another registration asked for as a paper in a scheme's chat ("udyam certificate lagega?" after TReDS): whether
the scheme discussed needs it is asked, so that scheme's papers answer it, not Udyam's overview. Asking how to get
it ("udyam kaise banaye") or wanting it ("mujhe udyam certificate chahiye") still asks of Udyam itself."""

from bot.follow_ups import UDYAM_NEEDED
from bot.knowledge import items
from bot.matcher import Understanding
from bot.normalize import keys
from bot.phrases import word_keys
from bot.turn import Turn


def of_discussed(turn: Turn, u: Understanding) -> str | None:
    """The scheme discussed, when the message names another scheme only as a paper it may need ("udyam
    certificate chahiye?", "is the udyam registration needed?", "उद्यम सर्टिफिकेट लगेगा?") and that scheme lists
    papers; else None."""
    topic = turn.session.topic
    scheme = turn.snap.knowledge.schemes.get(topic or "")
    if scheme is None or not items(scheme.get("documents"), turn.lang):
        return None
    if not (u.confident and u.best.label != topic and u.best.label in u.named):
        return None
    if u.aspect not in (None, "documents") or u.intents or u.not_covered:
        return None
    said = keys(u.text)
    paper_at = [i for i, k in enumerate(said) if k in word_keys("registration_words")]
    # ("udyam zaruri hai?": a detail asked, whether it takes a unit without, its lines on Udyam; but "ke liye udyam
    # certificate chahiye kya" names the paper)
    asked = turn.snap.details.asked(u.text)
    certificate = set(said) & (word_keys("certificate_words") | word_keys("document_forms"))
    if asked and not (asked == UDYAM_NEEDED and certificate):
        return None
    needed = set(said) & (word_keys("needed_asks") | word_keys("required_words"))
    # ("mujhe udyam certificate chahiye": the user wants Udyam itself; not "udyam number chahiye? mujhe batao")
    wanted = paper_at and any(k in word_keys("needing_words") for k in said[: paper_at[0]])
    return topic if paper_at and needed and not wanted else None
