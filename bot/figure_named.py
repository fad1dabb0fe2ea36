"""A scheme called by a percentage its one-line summary gives ("the one with the 15-35 percent subsidy, how to
apply", "2% byaj wali scheme ka form"): that scheme, when the message's words name none, it points at one by the
figure, says what the figure is of, and one summary alone gives every figure said. Sums in rupees are left alone:
they are more often the user's own ("2 lakh wala loan chahiye") than a scheme's name."""

from bot.claim_figures import PERCENT_UNIT, Figure, figures
from bot.knowledge import Knowledge, text
from bot.matcher import Understanding
from bot.normalize import keys, says_any
from bot.phrases import word_keys, word_list


def scheme(knowledge: Knowledge, u: Understanding, said_text: str) -> str | None:
    """The one scheme whose summary gives the percentage the message calls a scheme by, else None (`said_text` as
    written: the understood text has lost its "%")."""
    # (words that name a scheme say more: "green loan pe 2% chhoot wali yojana sach h?" checks MSE-GIFT's line)
    if (
        u.named
        or u.confident
        or u.not_covered
        or not says_any(said_text, word_list("words", "called_by_figure"))
    ):
        return None
    said = figures(said_text)
    of = set(keys(said_text)) & word_keys("figure_benefits")
    if not of or not any(f.unit == PERCENT_UNIT for f in said):
        return None
    found = [sid for sid, s in knowledge.schemes.items() if _gives(s, said, of)]
    return found[0] if len(found) == 1 else None


def _gives(scheme: dict, said: list[Figure], of: set[str]) -> bool:
    """Whether a scheme's summary, in either language, gives every figure said and names what it is of."""
    short = " ".join(text(scheme.get("short"), lang) for lang in ("en", "hi"))
    given = figures(short)
    same = all(
        any(g.number == f.number and (f.unit is None or g.unit == f.unit) for g in given) for f in said
    )
    return same and bool(of & set(keys(short)))
