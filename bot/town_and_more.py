"""A place written as a known town's name and a word no list knows ("Rampur Maniharan", a town of Saharanpur
district 150 km from Rampur; "रामपुर मनिहारान"): not silently that town, whose distances would mislead. The
whole name is said not to be known, and the town offered, or the district or a location asked for."""

from bot import responses
from bot.centre_finder import CentreAnswer
from bot.i18n import gettext
from bot.messages import Reply
from bot.normalize import clean, key, words
from bot.phrases import word_keys
from bot.place_guesses import MIN_LETTERS
from bot.places import Place, centre_words, cued, everyday_spellings, everyday_words
from bot.turn import Turn


def reply(turn: Turn, text: str, centre_type: str | None) -> Reply | None:
    """ "Rampur Maniharan me koi centre": the name not known, Rampur offered; None when no such name is said."""
    found = _town_and_more(turn, text)
    if found is None:
        return None
    written, place = found
    finder, session = turn.snap.finder, turn.session
    session.awaiting, session.centre_type = "place", centre_type
    option = finder.place_option(place, place.name, turn.lang, centre_type)
    _ = gettext(turn.lang)
    unknown = _('"%(said)s" is not among the places I know.') % {"said": written}
    ask = _(
        "Did you mean %(place)s? Or tell me your district, or share your location, and I will find the "
        "nearest centres."
    ) % {"place": option.label}
    return responses.centres(turn, CentreAnswer(f"{unknown} {ask}", (), (option,), None))


def _town_and_more(turn: Turn, text: str) -> tuple[str, Place] | None:
    """The first known town followed by a word no list knows, the two where a place would be (beside a place cue,
    or the whole message): the name as typed, and the town."""
    said = words(clean(text))
    said_keys = [key(w) for w in said]
    typed = {clean(w): w for w in text.split()}
    for i in range(1, len(said)):
        if not (_unheard(turn, said[i]) and cued(said_keys, i - 1, i)):
            continue
        mention = turn.snap.finder.mention(said[i - 1])
        if mention is None or mention.ambiguous or mention.places[0].kind == "state":
            continue
        return f"{typed.get(said[i - 1], said[i - 1])} {typed.get(said[i], said[i])}", mention.places[0]
    return None


def _unheard(turn: Turn, word: str) -> bool:
    """A word no list knows, nor a place's, nor a near spelling of a known word ("Maniharan"; not "sector",
    "nagar" or "MIDC", parts of a town)."""
    k = key(word)
    ordinary = word_keys("fillers") | centre_words() | word_keys("place_part_words") | everyday_words()
    return (
        len(word) >= MIN_LETTERS
        and not any(ch.isdigit() for ch in word)
        and word not in everyday_spellings()
        and k not in ordinary
        and k not in turn.snap.matcher.known
        and k not in turn.snap.finder.place_keys()
        and not turn.snap.matcher.topics.similar(k)
    )
