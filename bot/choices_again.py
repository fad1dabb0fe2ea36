"""Choices offered earlier, named again in the language of the reply that offers them again.

A staff member's forwarded Hindi question left Hindi choices ("1. फायदे"); "how sure" turned the chat
English, and "wapas" then put those Hindi labels under an English header. A label is renamed only where
its name is known in both languages (a scheme part, a scheme's name, the menu's own choices); any other
stays as it was shown.
"""

from bot.answers import aspect_label
from bot.i18n import gettext
from bot.knowledge import Knowledge, text
from bot.language import EN, HI
from bot.menus import WAY_OUT, menu_options
from bot.messages import Option

# The languages a choice may have been shown in.
SHOWN_IN = (EN, HI)


def in_language(options: tuple[Option, ...], knowledge: Knowledge, lang: str) -> tuple[Option, ...]:
    """`options` with each label that was shown in another language named in `lang`."""
    return tuple(Option(_renamed(o, knowledge, lang), o.payload) for o in options)


def _renamed(option: Option, knowledge: Knowledge, lang: str) -> str:
    for shown in SHOWN_IN:
        names = _names(option.payload, knowledge, shown)
        if option.label in names:
            return _names(option.payload, knowledge, lang)[names.index(option.label)]
    return option.label


def _names(payload: str, knowledge: Knowledge, lang: str) -> list[str]:
    """What a choice with `payload` may be called in `lang`, in one order for every language."""
    _ = gettext(lang)
    fixed = {o.payload: o.label for o in menu_options(lang)}
    fixed[WAY_OUT] = _("Something else")
    words = payload.split()
    if len(words) >= 3 and words[0] == "@scheme" and words[1] in knowledge.schemes:
        topic, aspect = words[1], words[2]
        name = text(knowledge.schemes[topic].get("name"), lang)
        return [aspect_label(aspect, lang), knowledge.topic_name(topic, lang), name]
    return [fixed[payload]] if payload in fixed else []
