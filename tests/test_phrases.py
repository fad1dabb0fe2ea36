"""The editable phrase files: every file loads, and a broken one is reported with its place."""

from pathlib import Path

import pytest

from bot import phrases
from bot.resources import data_dir

NAMES = sorted(p.stem for p in Path(str(data_dir("intents"))).glob("*.yaml"))


@pytest.mark.parametrize("name", NAMES)
def test_every_phrase_file_loads_as_strings(name):
    assert phrases.phrases(name)


def test_bare_yes_in_a_phrase_file_is_reported_with_its_place(tmp_path, monkeypatch):
    (tmp_path / "broken.yaml").write_text("ack:\n  en: [ok, yes]\n", encoding="utf-8")
    monkeypatch.setattr(phrases, "data_dir", lambda _: tmp_path)
    with pytest.raises(phrases.PhraseFileError, match=r"broken.yaml ack.en: quote True"):
        phrases.phrase_file.__wrapped__("broken")


@pytest.mark.parametrize(
    "name",
    [
        "intents",
        "aspects",
        "topics",
        "negatives",
        "not_covered",
        "details",
        "groups",
        "words",
        "centre_types",
    ],
)
def test_no_phrase_was_cut_at_a_comma_inside_brackets(name):
    """A YAML list splits "licences (fire, trade)" at its commas unless the item is quoted."""
    from bot.phrases import phrase_file

    for label, by_lang in phrase_file(name).items():
        for lang, items in by_lang.items():
            for item in items or []:
                assert item.count("(") == item.count(")"), (
                    f"intents/{name}.yaml {label}.{lang}: quote {item!r}"
                )


def test_no_out_of_scope_phrase_is_one_word_of_our_schemes(services):
    """Fillers are skipped in these phrases: "कार लोन" is "kar" (do) + loan, so it once caught every loan."""
    matcher = services.current().matcher
    single = [
        p
        for _, p, words in matcher.not_covered.entries
        if len(words) == 1 and words[0] in matcher.topics.vocabulary
    ]
    assert single == []


def test_a_list_missing_from_words_yaml_is_an_error_not_an_empty_list():
    from bot.phrases import PhraseFileError, word_list

    with pytest.raises(PhraseFileError, match="no list"):
        word_list("words", "no_such_list")
