"""An honest "not covered" for a scheme or matter we hold nothing on, with what of ours helps instead."""

from functools import cache

from bot import covered_instead, menus, questions
from bot.matcher import CLARIFY_THRESHOLD, Understanding
from bot.messages import Reply
from bot.normalize import keys, says_any
from bot.phrases import phrase_file, word_keys, word_list
from bot.turn import Turn


def named_elsewhere_only(u: Understanding) -> bool:
    """A scheme we do not cover asked about, whose everyday words fit one of ours: "यूपी की ODOP योजना में
    मार्जिन मनी कितनी" asks ODOP's margin money, not PMEGP's; "mudra loan mila tha, ab subsidy?" tells of it,
    and "factory ki chhat pe solar" says all of home rooftop solar's words and more of ours; "msme registration
    ke liye gst return zaroori hai?" and "aadhar card chahiye?" in a Udyam chat ask what our scheme requires."""
    return (
        u.best is not None
        and u.best.label not in u.named
        and not u.not_covered_words <= u.best.matched
        and u.aspect != "eligibility"
        and not _asks_required(u.text)
        # ("meri beti ki scholarship nahi aayi kaha shikayat kare" tells, and its complaint is the scholarship's)
        and (not questions.tells(u.text) or u.best.matched <= _complaint_words())
    )


@cache
def _complaint_words() -> frozenset[str]:
    """Keys of the words that ask where to complain, which point to the Champions portal by themselves."""
    return frozenset(
        k for phrases in phrase_file("intents")["complaint"].values() for p in phrases for k in keys(p)
    )


def _asks_required(text: str) -> bool:
    """Whether a message asks what a scheme requires: "zaroori hai?", or "chahiye?" of a paper named with its
    form ("aadhar card chahiye?"; "I need a trade licence" asks for the licence itself)."""
    said = set(keys(text))
    needed = said & word_keys("needed_asks") and said & word_keys("document_forms")
    return bool(said & word_keys("required_words") or needed)


def reply(turn: Turn, u: Understanding, place: str | None = None) -> Reply:
    """An honest "no details on Mudra" (for the `place` told next too) with the schemes its words also point to,
    and the lines of ours that help with it ("bank loan nahi de raha": CGTMSE's collateral-free loans, the
    Champions complaint portal)."""
    related = _related(u, turn.snap.matcher.asking_words("apply"))
    helping = covered_instead.helping_lines(turn.snap.facts, u.not_covered, turn.lang)
    answer = menus.not_covered(u.not_covered, turn.snap.knowledge, related, turn.lang, helping, place)
    # understood, and about something else: "address?" or "documents?" next is not about what came before
    # (unless it asked of the scheme discussed: "isme health insurance milta hai?")
    turn.session.centres = []
    passing = u.not_covered in word_list("words", "passing_matters")
    # ("complaint kaise karu, bank loan nahi de rha" in a Champions chat: its complaint lines help, and "kitne din me
    # reply aata h" next still asks of the portal)
    helped_by_it = turn.session.topic in {sid for sid, _ in helping}
    if not (passing or helped_by_it or says_any(u.text, word_list("words", "this_words"))):
        turn.session.topic = turn.session.aspect = None
    return turn.reply(answer, "fallback", confidence=0.0, runners_up=tuple(related))


def _related(u: Understanding, asking: frozenset[str]) -> list[str]:
    """Ours on offer beside a scheme we do not cover: those a word they share points to ("mudra loan": the
    loan schemes), or the one its other words name ("ODOP ki margin money?": PMEGP's); not one its own
    phrase's words touch by chance ("bank loan nahi de raha": "nahi de" is no buyer's unpaid bill), nor those
    a word that only asks points to (`asking`: "trademark registration kaise kare" is no Udyam, GeM or PM
    Vishwakarma registration). One of ours called by its name comes first ("bank manager pmegp loan nahi de
    raha": PMEGP, not MSE-GIFT)."""
    named = [hit.label for hit in u.topics if hit.label in u.named]
    if named:
        return named[:3]
    sharing: dict[frozenset[str], list[str]] = {}
    for hit in u.topics:
        sharing.setdefault(hit.matched, []).append(hit.label)
    top = u.best
    if top and len(sharing[top.matched]) == 1 and top.score >= CLARIFY_THRESHOLD and named_elsewhere_only(u):
        return [top.label]
    shared = (labels for matched, labels in sharing.items() if len(labels) > 1 and not matched <= asking)
    return next((labels[:3] for labels in shared), [])


def again(turn: Turn, u: Understanding) -> Reply:
    """ "ab kya karu" right after the honest "no details" on the matter `u` told and the lines that help with it:
    no more on file, those schemes' steps to open and a person offered, not the same block word for word (after
    another reply, "the bank rejected my PMEGP loan" and PMEGP's help, the block itself)."""
    history = turn.session.history
    if not history or history[-1].get("intent") != "fallback":
        return reply(turn, u)
    helping = [
        sid for sid, _lines in covered_instead.helping_lines(turn.snap.facts, u.not_covered, turn.lang)
    ]
    answer = menus.not_covered_again(turn.snap.knowledge, helping, turn.lang)
    return turn.reply(answer, "fallback", confidence=0.0, runners_up=tuple(helping))
