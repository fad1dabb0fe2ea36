"""Splitting long replies for channel limits: never mid-word, never through a URL."""

from bot.split import split_text

URL = "https://dcmsme.gov.in/CLCS_TUS_Scheme/new-Technology-Centers/Scheme_Guidelines.aspx"


def test_short_text_is_one_piece():
    assert split_text("hello", 1600) == ["hello"]


def test_no_limit_means_one_piece():
    assert split_text("x" * 10_000, None) == ["x" * 10_000]


def test_pieces_respect_the_limit_and_keep_every_word():
    text = "\n\n".join(" ".join(f"शब्द{i}-{j}" for j in range(40)) for i in range(30))
    pieces = split_text(text, 500)
    assert all(len(p) <= 500 for p in pieces)
    assert " ".join(" ".join(pieces).split()) == " ".join(text.split())


def test_urls_are_never_broken():
    text = ("intro words " * 30 + URL + "\n") * 20
    pieces = split_text(text, 300)
    assert sum(p.count(URL) for p in pieces) == 20


def test_cuts_prefer_line_boundaries():
    lines = [f"line {i} " + "x" * 50 for i in range(40)]
    pieces = split_text("\n".join(lines), 400)
    assert all(p.split("\n")[0].startswith("line ") for p in pieces)


def test_a_piece_keeps_the_indentation_of_its_first_line():
    """/show's YAML on WhatsApp: the piece after a cut began "- item", no longer inside its list."""
    lines = ["benefits:", "  en:"] + [f"  - item {i} " + "x" * 50 for i in range(40)]
    pieces = split_text("\n".join(lines), 400)
    assert len(pieces) > 1 and all(p.startswith(("benefits:", "  - item")) for p in pieces)
