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
