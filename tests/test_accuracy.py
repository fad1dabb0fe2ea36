"""Accuracy on the labeled corpora: the floor the product must not fall below."""

from pathlib import Path

import pytest

from bot.evaluate import evaluate

CORPUS = Path(__file__).parent / "corpus"
# The floor; the measured numbers are in the closing notes and `sahayak eval`.
MIN_TOPIC_ACCURACY = 0.90
MIN_FALLBACK_PRECISION = 0.90
MIN_CENTRE_ACCURACY = 0.90


@pytest.fixture(scope="module")
def query_report(tmp_path_factory):
    from bot.services import open_services

    services = open_services(str(tmp_path_factory.mktemp("eval") / "k.db"))
    return evaluate(services, CORPUS / "queries.tsv")


def test_corpus_is_big_enough(query_report):
    assert query_report.rows >= 300
    assert query_report.total["intent/fallback"] >= 40


def test_topic_accuracy(query_report):
    assert query_report.rate("topic") >= MIN_TOPIC_ACCURACY, "\n".join(query_report.misses)


@pytest.mark.parametrize("lang", ["hi", "hinglish", "en"])
def test_topic_accuracy_per_way_of_writing(query_report, lang):
    assert query_report.rate(f"topic by language/{lang}") >= MIN_TOPIC_ACCURACY


def test_fallback_precision(query_report):
    assert query_report.fallback_precision >= MIN_FALLBACK_PRECISION, "\n".join(query_report.misses)


def test_fallback_recall(query_report):
    assert query_report.fallback_recall >= 0.85


def test_centre_accuracy(services):
    report = evaluate(services, CORPUS / "places.tsv")
    assert report.rows >= 60
    assert report.rate("centre") >= MIN_CENTRE_ACCURACY, "\n".join(report.misses)


def test_intent_accuracy_overall_and_per_intent(query_report):
    assert query_report.rate("intent") >= MIN_TOPIC_ACCURACY
    per_intent = {
        bucket: query_report.rate(bucket)
        for bucket in query_report.total
        if bucket.startswith("intent/") and query_report.total[bucket] >= 5
    }
    assert {b: r for b, r in per_intent.items() if r < 0.8} == {}


# Corpora written blind (by someone who saw only the knowledge base), then used for error analysis:
# a guard against regressions on unseen phrasing, a little below what they measure now.
BLIND_MIN_TOPIC_ACCURACY = 0.88
# heldout49 (longer chats whose subject moves; first run 0.85 topic, 0.65 fallback precision) measures 0.86 and
# 0.74 after this session's fixes; its misses are described in the README.
# heldout57 (trades telling their need without a scheme's name; first run 0.63) measures 0.80: its misses are labels
# picking one scheme where the bot lists the centres or the schemes near the need, and stories whose one scheme we
# do not read yet (an export house's buyer paying late, an idea stage's funding).
BLIND_MIN_TOPIC_BY_CORPUS = {"heldout49": 0.84, "heldout57": 0.76}
# heldout52 (first run 0.63) measures 0.81: its false fallbacks are follow-ups to a centre search that found no
# centre (a PIN code), a distance from a bus stand, a situation told with no question, and a bank manager who
# will not listen after PMEGP's steps. heldout54 (longer chats that point back; first run 0.57) measures 0.76:
# the same PIN-code follow-ups, "CSC pe? pakka?", a complaint about a pollution board; heldout55 (awkward
# messages; first run 0.90) measures 0.93.
# heldout56 (steering and trust; first run P 0.12) measures 0.71: "CSC matlab?" after PM Vishwakarma's steps and
# "पक्का? कब से बंद हुआ" fall back; heldout57 (first run 0.60) measures 0.86.
BLIND_MIN_FALLBACK_PRECISION = {
    "heldout49": 0.70,
    "heldout52": 0.78,
    "heldout54": 0.72,
    "heldout55": 0.88,
    "heldout56": 0.66,
    "heldout57": 0.84,
    "heldout58": 0.90,
    # heldout59 (an ordinary week, sealed: run only on the session-start and the final code) measures 0.84
    "heldout59": 0.80,
}


@pytest.mark.parametrize(
    "name",
    [f"heldout{n}" for n in ("", *range(2, 61))],
)
def test_blind_corpora_stay_above_their_floor(services, name):
    report = evaluate(services, CORPUS / f"{name}.tsv")
    topic_floor = BLIND_MIN_TOPIC_BY_CORPUS.get(name, BLIND_MIN_TOPIC_ACCURACY)
    assert report.rate("topic") >= topic_floor, "\n".join(report.misses)
    floor = BLIND_MIN_FALLBACK_PRECISION.get(name, MIN_FALLBACK_PRECISION)
    assert report.fallback_precision >= floor, "\n".join(report.misses)
