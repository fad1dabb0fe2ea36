"""Per-message translations and locale-aware formatting (never a process-wide language)."""

from collections.abc import Callable
from functools import cache

from babel.numbers import format_decimal
from babel.support import NullTranslations, Translations

from bot.resources import data_dir

DOMAIN = "sahayak"
BABEL_LOCALES = {"hi": "hi_IN", "en": "en_IN"}


@cache
def translations(lang: str) -> NullTranslations:
    """The compiled catalog for `lang` (`hi` or `en`); English source strings if it is missing."""
    mo = data_dir("locales").joinpath(lang, "LC_MESSAGES", f"{DOMAIN}.mo")
    if not mo.is_file():
        return NullTranslations()
    with mo.open("rb") as fp:
        return Translations(fp, domain=DOMAIN)


def gettext(lang: str) -> Callable[[str], str]:
    return translations(lang).gettext


def number(value: float, lang: str, digits: int = 1) -> str:
    """A number in the reader's convention (Indian grouping: 1,00,000)."""
    return format_decimal(round(value, digits), locale=BABEL_LOCALES.get(lang, "en_IN"))
