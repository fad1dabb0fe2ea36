"""The lines of our schemes shown under an honest "no details" on a matter the knowledge base does not cover."""

import pytest

from bot.covered_instead import helping_lines
from bot.services import Services


@pytest.mark.parametrize(
    ("lang", "cgtmse", "champions"),
    [
        ("en", "without collateral", "complaint about finance"),
        ("hi", "बिना गिरवी", "शिकायत दर्ज करें"),
    ],
)
def test_a_bank_refusing_a_loan_gets_cgtmse_and_the_complaint_portal(
    services: Services, lang: str, cgtmse: str, champions: str
) -> None:
    found = dict(helping_lines(services.current().facts, "bank-loan-refused", lang))
    assert list(found) == ["cgtmse", "champions"]
    assert cgtmse in found["cgtmse"][0]
    assert champions in found["champions"][0]


def test_a_matter_with_no_helping_lines_named_gets_none(services: Services) -> None:
    assert helping_lines(services.current().facts, "svanidhi", "en") == []
