"""A supplier asking whether they may take interest ("क्या मैं ब्याज ले सकता हूँ", "kya main byaj le sakta hu"):
the MSMED Act's interest on a late payment, Samadhaan's, as "Can I charge interest?" gets. "byaj" alone asks a
part of many schemes, so it named Samadhaan too weakly to answer, and "Do you mean Samadhaan?" was asked."""

from dataclasses import replace

from bot.matcher import ANSWER_THRESHOLD, Understanding
from bot.normalize import says_any
from bot.phrases import word_list
from bot.unpaid_sale import LATE_PAYMENTS


def as_interest_claimed(u: Understanding, text: str) -> Understanding:
    """`u` with Samadhaan's benefits (the interest a late buyer owes) when the user asks to take interest
    themselves and Samadhaan is the likeliest topic; not a bank's interest ("बैंक कितना ब्याज ले सकता है")."""
    if u.confident or u.best is None or u.best.label != LATE_PAYMENTS:
        return u
    if not says_any(text, word_list("words", "interest_taken")) or says_any(
        text, word_list("words", "lenders")
    ):
        return u
    if not says_any(text, word_list("words", "self_words")):
        return u
    kept = replace(u.best, score=max(u.best.score, ANSWER_THRESHOLD))
    return replace(u, topics=(kept, *u.topics[1:]), aspect="benefits")
