"""A voice note or photo told of in words ("maine voice message bheja hai, sun lijiye", "[voice note]") gets the
reply a file sent with no words gets: only text is read, with a person offered; not "no answer in my MSME
knowledge"."""

import pytest

from bot.messages import IncomingMessage
from bot.respond import respond


def say(services, text, user):
    return respond(IncomingMessage("console", user, text), services)[-1]


@pytest.mark.parametrize(
    ("turns", "line"),
    [
        (["maine voice message bheja hai, sun lijiye"], "माफ़ कीजिए, मैं सिर्फ लिखे हुए संदेश"),
        (["मैंने वॉइस मैसेज भेजा है, सुन लीजिए"], "माफ़ कीजिए, मैं सिर्फ लिखे हुए संदेश"),
        (["[voice note]"], "Sorry, I can only read text messages"),
        (["<Media omitted>"], "Sorry, I can only read text messages"),
        (["I sent you a voice note, please listen"], "Sorry, I can only read text messages"),
        (["pmegp documents", "photo bheja hai, dekh lo sahi bhara hai kya"], "माफ़ कीजिए, मैं सिर्फ लिखे हुए संदेश"),
    ],
)
def test_a_voice_note_or_photo_told_in_words_gets_text_only_and_a_person(services, turns, line):
    for text in turns[:-1]:
        say(services, text, turns[0])
    reply = say(services, turns[-1], turns[0])
    assert reply.intent == "unsupported" and line in reply.text
    assert any(o.payload == "@agent" for o in reply.options)


@pytest.mark.parametrize(
    "text", ["pmegp me photo kaise upload kare", "passport size photo chahiye kya pmegp me", "[pmegp]"]
)
def test_a_photo_asked_about_is_answered(services, text):
    assert say(services, text, text).intent != "unsupported"
