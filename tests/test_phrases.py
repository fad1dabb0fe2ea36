"""The editable phrase files: every file loads, and a broken one is reported with its place."""

from pathlib import Path

import pytest
import yaml

from bot import phrases
from bot.resources import data_dir

# (misheard.yaml is a list of rewrites, read by bot.misheard, not labels of phrases)
NAMES = sorted(p.stem for p in Path(str(data_dir("intents"))).glob("*.yaml") if p.stem != "misheard")


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


@pytest.mark.parametrize(
    "label, gap, text, found",
    [
        ("if_become", r"\s*", "18 ka ho jaun to", "ho jaun"),
        ("if_become", r"\s*", "अगले साल 18 का हो जाऊँगा, तब?", "हो जाऊँगा"),
        ("if_become", r"\s*", "agle saal 18 ka hojaunga", "hojaunga"),
        ("if_become", r"\s*", "21 saal hone par milega?", "hone par"),
        ("if_become", r"\s*", "21 saal hone pehle", None),  # ("pehle" is no "pe")
        ("for_me", r"\s+", "mudra konsa acha hai mere liye", "mere liye"),
        ("for_me", r"\s+", "हमारे लिए कौन सी योजना है", "हमारे लिए"),
        ("for_me", r"\s+", "mere paas udyam hai", None),
    ],
)
def test_a_words_yaml_list_is_one_regex_alternation_of_whole_words(label, gap, text, found):
    """Hindi word lists once written inside the code's regexes ("ho jaun", "मेरे लिए") are read from words.yaml."""
    import regex

    match = regex.search(rf"\b{phrases.word_pattern(label, gap=gap)}\b", text)
    assert (match.group() if match else None) == found


@pytest.mark.parametrize(
    "label, word",
    [
        ("bare_more", "और"),
        ("bare_amount", "kitna"),
        ("bare_amount", "रुपये"),
        ("bare_amount_now", "banega"),
        ("registration_names", "उद्यम"),
        ("size_words", "सूक्ष्म"),
        ("statement_words", "मैंने"),
        ("business_words", "दुकान"),
        ("negation_words", "नहीं"),
        ("add_cancel_words", "रद्द"),
        ("near_words", "नज़दीक"),
        ("schooling_after", "पढ़ी"),
        ("need_phrases", "का काम है"),
        ("year_words", "varsh"),
        ("ago_words", "पूर्व"),
        ("got_words", "lia"),
        ("crore_words", "करोड़"),
        ("lakh_words", "lacs"),
        ("question_joiners", "एवं"),
        ("comparing_words", "कौन सा"),
    ],
)
def test_word_lists_the_code_once_held_are_in_words_yaml(label, word):
    assert word in phrases.word_list("words", label)


@pytest.mark.parametrize(
    "langs, text, found",
    [
        (("en", "hinglish"), "2 saal se dukan hai", "saal"),
        (("en", "hinglish"), "6 months se", "months"),  # (the longer first: not "month")
        (("en", "hinglish"), "3 साल से", None),  # (Devanagari, whose word edges differ, is asked apart)
        (("hi",), "3 महीने से", "महीने"),
        (None, "3 महीने से", "महीने"),
    ],
)
def test_word_pattern_joins_several_lists_in_the_languages_asked(langs, text, found):
    import regex

    match = regex.search(phrases.word_pattern("year_words", "month_words", langs=langs), text)
    assert (match.group() if match else None) == found


def test_word_pattern_of_a_list_words_yaml_lacks_is_an_error():
    with pytest.raises(phrases.PhraseFileError, match="no list"):
        phrases.word_pattern("year_words", "no_such_list")


def test_relatives_and_msme_classes_are_read_from_intents():
    from bot import msme_size, own_details

    assert "bhaiya" in own_details.RELATIVES["brother"][0].split()
    assert "spouse" in own_details.RELATIVES["wife"][1].split()
    assert msme_size.CLASS_PHRASES["small"] == ("small", "laghu", "लघु", "स्मॉल")
    assert msme_size.UNITS["karod"] == msme_size.CRORE


class _NoDuplicateKeys(yaml.SafeLoader):
    """A loader that refuses a key said twice in one mapping: YAML keeps the last one silently, so a second
    list under a name already used (two `link_words`) would replace the first wherever it is read."""

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _value in node.value:
            key = self.construct_object(key_node, deep=deep)
            assert key not in seen, f"{key!r} twice (line {key_node.start_mark.line + 1})"
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


@pytest.mark.parametrize("name", NAMES)
def test_phrase_file_names_each_list_once(name):
    text = (Path(str(data_dir("intents"))) / f"{name}.yaml").read_text(encoding="utf-8")
    yaml.load(text, Loader=_NoDuplicateKeys)
