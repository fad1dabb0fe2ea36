"""A sale told beside a buyer who does not pay, on a portal that bills buyers ("gem pe order supply kiya tha par
department payment nahi de raha"): Samadhaan's late-payment case leads, as the English "bought from me on GeM and
has not paid" does, not GeM's overview because "gem" was named first with an equal score."""

from dataclasses import replace

from bot.matcher import ANSWER_THRESHOLD, Understanding
from bot.normalize import says_any
from bot.phrases import word_list
from bot.time_told import without_time

# The record for a buyer's unpaid bill.
LATE_PAYMENTS = "samadhaan"


def as_late_payment(u: Understanding, text: str) -> Understanding:
    """`u` with Samadhaan first when a portal whose buyers pay bills leads it, a sale (or money a buyer not named
    holds back) is told and Samadhaan's own words (the buyer not paying) score well, as high as a portal named
    outright; else `u` as it was."""
    if not u.confident or u.best.label not in word_list("words", "buyer_bill_schemes"):
        return u
    late = next((h for h in u.topics if h.label == LATE_PAYMENTS), None)
    if late is None or late.score < ANSWER_THRESHOLD:
        return u
    named = u.best.label in u.named
    if named and late.score < u.best.score:  # (a portal named outright leads on a higher score)
        return u
    # ("sarkari vibhag ne hamara 6 lakh ka bill 4 mahine se roka hua hai": money an unnamed buyer holds back is a
    # sale's too; "gem helpdesk ka number chahiye, payment atka h" asks GeM's desk)
    unpaid = not named and says_any(without_time(text), word_list("words", "unpaid_words"))
    if not (says_any(text, word_list("words", "sale_told")) or unpaid):
        return u
    return replace(u, topics=(late, *(h for h in u.topics if h is not late)))
