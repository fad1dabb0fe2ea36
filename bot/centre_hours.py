"""The days and hours a centre opens, asked: the data has no field for them, but an admin may write them in a centre's
note ("Open Monday to Saturday, 10 am to 5 pm"). The note is shown as written, never read for hours, with the
caution to confirm before going."""

from dataclasses import replace

from bot.centre_finder import CentreAnswer
from bot.i18n import gettext
from bot.knowledge import Knowledge, text
from bot.normalize import says_any
from bot.phrases import word_list


def asked(said: str) -> bool:
    """Whether a message asks when a centre opens ("what are the timings", "केंद्र कब खुलता है")."""
    return says_any(said, word_list("words", "hours_asks"))


def with_hours(knowledge: Knowledge, answer: CentreAnswer, lang: str) -> CentreAnswer:
    """The answer with each of its centres' notes that speak of days or hours and that it does not show yet, or,
    with none, that no hours are on file; either way, ask the centre before going."""
    _ = gettext(lang)
    notes, shown = [], False
    for c in answer.centres:
        note = text(knowledge.centres.get(c["id"], {}).get("note"), lang)
        if not note or not says_any(note, word_list("words", "hours_words")):
            continue  # ("Opened on 10 Mar 2021" says nothing of when it opens each day)
        if note in answer.text:  # (a single centre's card shows its note already)
            shown = True
        else:
            notes.append(f"📝 {c['name']}: {note}")
    if notes or shown:
        lines = [
            _(
                "Opening days and hours have no place of their own in my knowledge base; the note kept for the centre may say them:"
            ),
            *notes,
            _("Confirm with the centre before you go."),
        ]
    else:
        lines = [_("Opening days and hours are not in my knowledge base: ask the centre before you go.")]
    return replace(answer, text="\n".join([answer.text, *lines]))
