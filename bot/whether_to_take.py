"""Whether to take a scheme up at all, asked of it by name ("क्या उद्यम रजिस्ट्रेशन करना चाहिए?", "should I get
Udyam registration?"): what it gives is the answer, not its papers ("chahiye" reads as "what is needed")."""

import regex

from bot.normalize import clean, key
from bot.phrases import word_pattern

# "udyam karna chahiye", "उद्यम रजिस्ट्रेशन करवाना चाहिए": a word right before it names what to take up.
_TAKE = regex.compile(rf"(\S+)\s+{word_pattern('take_up_asks', gap=' ')}(?!\S)", regex.IGNORECASE)
# "should I register on Udyam?" first thing: not "what should I do" (the steps), "whom should I approach" (a contact),
# "what toolkit should I buy".
_SHOULD = regex.compile(rf"^{word_pattern('should_asks', gap=' ')}(?!\S)", regex.IGNORECASE)


def asked(text: str, naming: frozenset[str]) -> bool:
    """Whether `text` asks whether to take up the scheme that the keys `naming` name."""
    said = clean(text)
    if any(key(m.group(1)) in naming for m in _TAKE.finditer(said)):
        return True
    return _SHOULD.search(said) is not None
