"""The gettext catalogs: every UI string has a Hindi translation and the compiled .mo files are fresh."""

import re
from io import BytesIO
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

from bot.i18n import gettext

ROOT = Path(__file__).resolve().parent.parent


def code_msgids() -> set[str]:
    return {msg for _, _, msg, _, _ in extract_from_dir(str(ROOT / "bot")) if isinstance(msg, str)}


def catalog(lang: str):
    with open(ROOT / "locales" / lang / "LC_MESSAGES" / "sahayak.po", "rb") as fp:
        return read_po(fp)


def test_every_ui_string_has_a_hindi_translation():
    hi = {m.id: m.string for m in catalog("hi") if m.id}
    missing = sorted(m for m in code_msgids() if not hi.get(m))
    assert missing == []


def test_hindi_translations_keep_their_placeholders():
    for m in catalog("hi"):
        if m.id and "%(" in m.id:
            assert sorted(_placeholders(m.id)) == sorted(_placeholders(m.string)), m.id


def _placeholders(text: str) -> list[str]:
    return re.findall(r"%\((\w+)\)s", text)


@pytest.mark.parametrize("lang", ["hi", "en"])
def test_compiled_mo_matches_po(lang):
    po = {m.id: m.string for m in catalog(lang) if m.id}
    mo_path = ROOT / "locales" / lang / "LC_MESSAGES" / "sahayak.mo"
    mo = {m.id: m.string for m in read_mo(BytesIO(mo_path.read_bytes())) if m.id}
    assert {k: v for k, v in po.items() if v} == {k: v for k, v in mo.items() if v}


def test_translation_is_chosen_per_call_not_per_process():
    assert gettext("hi")("Benefits") == "फायदे"
    assert gettext("en")("Benefits") == "Benefits"
    assert gettext("hi")("Benefits") == "फायदे"
