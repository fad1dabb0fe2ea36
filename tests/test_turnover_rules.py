"""A rule that applies from a turnover on, read from the scheme's own line, against the turnover told."""

import pytest

from bot import turnover_rules


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Is TReDS mandatory for companies with 300 crore turnover?", "✓ A turnover of Rs 300 crore"),
        ("buyer ka turnover 250 cr hai, register zaruri?", "✓ A turnover of Rs 250 crore"),  # "or more"
        ("Is TReDS mandatory for a company with 100 crore turnover?", "ℹ A turnover of Rs 100 crore"),
    ],
)
def test_a_turnover_at_or_above_the_line_is_under_its_rule(services, text, start):
    scheme = services.current().knowledge.schemes["treds"]
    [verdict] = turnover_rules.verdicts(scheme, text, "en")
    assert verdict.line.startswith(start) and "Rs 250 crore or more" in verdict.rule


@pytest.mark.parametrize(
    ("topic", "text"),
    [
        ("treds", "TReDS kya hai"),  # no turnover told
        ("treds", "I need a 300 crore loan"),  # an amount, no turnover
        (
            "udyam",
            "my turnover is 300 crore",
        ),  # Udyam's limits are ceilings ("up to"), no rule from a turnover on
    ],
)
def test_no_turnover_or_no_such_rule_gets_no_verdict(services, topic, text):
    assert turnover_rules.verdicts(services.current().knowledge.schemes[topic], text, "en") == []
