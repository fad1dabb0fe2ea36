"""Details a scheme's record lacks are found from the shipped knowledge base's own words."""

import pytest

from bot.missing_details import MissingDetails
from bot.services import Services


@pytest.fixture
def details(services: Services) -> MissingDetails:
    return services.current().details


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        ("pmegp me interest rate kitna hai", "interest_rate"),
        ("PMEGP loan ka byaaj kitna lagta hai", "interest_rate"),
        ("सीजीटीएमएसई में कितने दिन लगते हैं", "processing_time"),
        ("how long does gem registration take", "processing_time"),
        ("time limit?", "processing_time"),  # a time, not the loan amount a bare "limit" is
        ("time limit kya hai", "processing_time"),
        ("समय सीमा क्या है", "processing_time"),
        ("you are wrong, the time limit is 30 days", "processing_time"),
        ("limit kitni hai?", "loan_amount"),
        ("umar kitni honi chahiye", "age_limit"),
        ("udyam registration fees", "fee"),
        ("last date kab hai", "last_date"),
        ("emi kitni banegi", "repayment"),
        ("income limit for cgtmse", "income_limit"),
        ("age?", "age_limit"),  # said alone
        ("Age", "age_limit"),
        ("subsidy ka paisa nahi aaya abhi tak", "subsidy_payout"),
        ("subsidy money not received yet", "subsidy_payout"),
        ("सब्सिडी का पैसा नहीं आया", "subsidy_payout"),
        ("form bhar diya par paisa nhi aya", "subsidy_payout"),
        ("mera PMEGP loan 2 saal pehle mila tha, subsidy adjust kab hogi?", "subsidy_payout"),
        # (interest charged of a late payer is the interest, no fee; a charge alone is still a fee)
        ("My buyer has not paid for 120 days. Can I charge interest? Where do I file?", "interest_rate"),
        ("can I charge interest on late payment", "interest_rate"),
        ("kya main buyer se byaj charge kar sakta hu", "interest_rate"),
        ("क्या मैं ब्याज चार्ज कर सकता हूँ", "interest_rate"),
        ("do they charge for registration", "fee"),
        ("udyam charge kitna hai", "fee"),
        ("registration का चार्ज कितना है", "fee"),
    ],
)
def test_asked_detail(details: MissingDetails, text: str, detail: str) -> None:
    assert details.asked(text) == detail


@pytest.mark.parametrize(
    "text",
    [
        "age kya karna hai",
        "aage?",
        "I am interested in pmegp documents",
        "pmegp kya hai",
        "how old is cgtmse",
    ],
)
def test_no_detail_asked(details: MissingDetails, text: str) -> None:
    assert details.asked(text) is None


def test_missing_only_when_the_record_has_no_word_of_it(details: MissingDetails) -> None:
    assert details.missing("pmegp", "pmegp interest rate") == "interest_rate"
    assert details.missing("pm-vishwakarma", "vishwakarma interest rate") is None  # 5% concessional interest
    assert details.missing("pmegp", "pmegp age limit") is None  # "Anyone above 18 years"
    assert details.missing("udyam", "udyam fees") is None  # "It costs nothing", "free"
    assert details.missing("samadhaan", "how many days") is None  # the MSEFC decides within 90 days
    assert details.missing("gem", "gem me age limit") == "age_limit"  # its Hindi "आगे" is no "age"
    assert details.missing("udyam", "udyam income limit") == "income_limit"  # "income-tax data" is none
    assert details.missing("no-such-scheme", "interest rate") is None


@pytest.mark.parametrize(
    ("scheme", "text", "missing"),
    [
        ("pmegp", "subsidy kab milegi", None),  # its 3-year FD (TDR), adjusted after the lock-in
        ("pm-vishwakarma", "paisa nahi aaya", "subsidy_payout"),  # an incentive and stipend, no payout date
        ("samadhaan", "paisa nahi aaya", None),  # a buyer's unpaid bill: the scheme's own matter
        ("gem", "order ka paisa nahi mila", None),
        ("cgtmse", "money not received", None),
    ],
)
def test_a_payout_is_asked_only_of_a_scheme_that_gives_money(
    details: MissingDetails, scheme: str, text: str, missing: str | None
) -> None:
    assert details.missing(scheme, text) == missing


def test_names_in_both_languages(details: MissingDetails) -> None:
    assert details.name("interest_rate", "en") == "interest rate"
    assert details.name("interest_rate", "hi") == "ब्याज दर"


def test_lines_that_answer_a_detail(services):
    snap = services.current()
    fee = snap.details.answering("udyam registration fees")
    assert snap.facts.mentioning("udyam", fee, "en", 3).lines[0].startswith("Free of cost")
    days = snap.details.answering("champions complaint kitne din me solve hoga")
    assert "3 days" in " ".join(snap.facts.mentioning("champions", days, "en", 3).lines)


def test_a_rejection_gets_who_the_scheme_is_not_for_or_that_the_reasons_are_not_on_file(services):
    """ "form reject ho gaya" got the steps to apply again; now who the scheme is not for, as help beside its
    contacts and a person (a trouble report)."""
    from bot.messages import IncomingMessage
    from bot.respond import respond

    [pmegp] = respond(
        IncomingMessage("console", "r1", "pmegp ka form reject ho gaya bank ne mana kar diya"), services
    )
    assert pmegp.aspect == "contact" and "पात्र नहीं" in pmegp.text
    [gem] = respond(
        IncomingMessage("console", "r2", "gem pe product catalogue 3 baar reject ho gya"), services
    )
    assert "कारण नहीं देख सकता" in gem.text and "1800-419-3436" in gem.text
