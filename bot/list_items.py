"""Items of a list said in one line of a record ("in one of 18 trades: carpenter (suthar/badhai), …, tailor
(darzi)"): the ones a question names ("pm vishwakarma me darzi aata hai kya?"), so the answer says so first
instead of leaving the user to find their trade in a list of nineteen; and the ones whose kind it names but
not the item ("handloom weaver": the list has coir weavers only), so it is not taken for listed."""

from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from bot.knowledge import items, text
from bot.normalize import key, keys, message_words, says_any
from bot.phrases import phrases, word_keys, word_list

# A line is a list when it names at least this many items, comma-separated after its colon.
LIST_MIN_ITEMS = 6
# Words said of anyone, which name no item: "general category ke log" is no "… इलाकों के लोग".
COMMON = word_keys("anyone_words")
# The rest of a record: a word it says elsewhere ("Toolkit incentive of Rs 15,000") is the scheme's, and
# names no item ("hammer and toolkit maker") of its list.
RECORD_FIELDS = (
    "name",
    "short",
    "summary",
    "benefits",
    "documents",
    "eligibility",
    "how_to_apply",
    "key_facts",
)
# "I am", "I'm": the user says what they are (with words.yaml's first_person "hu", "हूँ").
BEING = frozenset(keys("am m"))
# "basket/mat/broom maker or coir weaver" is two kinds of maker; "(suthar/badhai)" another name of one.
_OR = regex.compile(r"\s+(?:or|या)\s+")
_ALSO_CALLED = regex.compile(r"\(([^)]*)\)")


@dataclass(frozen=True)
class Named:
    items: tuple[str, ...]  # the items the words name
    unlisted: tuple[str, ...]  # the items whose kind ("weaver") the words name, without which one ("coir")


@dataclass(frozen=True)
class _Item:
    shown: str
    words: frozenset[str]
    # each kind's other words and its head: ({"coir"}, "weaver")
    phrases: tuple[tuple[frozenset[str], str], ...]


def named(scheme: dict, field: str, words: set[str], lang: str) -> Named:
    """The items of `field`'s list lines that `words` (keys) name, in `lang` when both languages list the
    same number of items (the English item's words count too: "darzi" is in "tailor (darzi)"). A head word
    ("weaver", "carver") names an item only beside another word of its kind ("coir weaver")."""
    texts = scheme.get(field) or {}
    en_lines, hi_lines = texts.get("en") or [], texts.get("hi") or []
    found: list[str] = []
    unlisted: list[str] = []
    for i, en_line in enumerate(en_lines):
        en_items = line_items(en_line)
        hi_items = line_items(hi_lines[i]) if i < len(hi_lines) else []
        if len(en_items) < LIST_MIN_ITEMS:
            continue
        aligned = len(hi_items) == len(en_items)
        shown = hi_items if lang == "hi" and aligned else en_items
        listed = [
            _item(shown[j], [en_items[j], *([hi_items[j]] if aligned else [])]) for j in range(len(en_items))
        ]
        # a word of several items ("maker", "stone"), of every list ("people") or of the rest of the record
        # ("toolkit") names none
        counts = Counter(w for item in listed for w in item.words)
        everyday = COMMON | _record_words(scheme, field, i)
        naming = {w for w in words if counts[w] == 1} - everyday
        for item in listed:
            heads = {head for _, head in item.phrases}
            # "coir weaver": a kind's head beside its other words; "darzi": a word of this item alone
            kind_said = any(head in words and (others - everyday) & words for others, head in item.phrases)
            if kind_said or item.words & naming - heads:
                found.append(item.shown)
            elif heads & naming:
                unlisted.append(item.shown)
    return Named(tuple(found), tuple(unlisted))


def with_trade_names(words: set[str]) -> set[str]:
    """`words` (keys) and the list's own word for any trade they name in everyday words ("silai": "darzi")."""
    return words | {label for word in words for label in _trade_names().get(word, ())}


@lru_cache(maxsize=1024)
def trade_said(text: str) -> str | None:
    """The trade a message names (words.yaml's trade_words), as the user wrote it: "plumber", "मोबाइल रिपेयर"
    (a trade of two words is said as two). (Asked of one message several times a turn: cached.)"""
    written = message_words(text)  # ("main nai hu": a barber)
    said = [key(w) for w in written]
    present = set(said)
    # (the longest trade, and of those the one said first: "bakery products … cover bakers?" is "bakery" in every
    # process, not whichever the set's order gave)
    found = [
        (-len(trade), i, len(trade))
        for trade in _trades()
        if trade[0] in present
        for i in range(len(said) - len(trade) + 1)
        if tuple(said[i : i + len(trade)]) == trade
    ]
    if not found:
        return None
    _, i, n = min(found)
    return " ".join(written[i : i + n])


def trade_asked(scheme: dict, text: str) -> bool:
    """Whether `text` names a trade ("halwai ko vishwakarma milega?") and `scheme` lists the trades it is for:
    then whether that trade is in the list is what is asked; not beside how or when ("how does he get
    registered?"), what the scheme is ("main darzi hu, vishwakarma kya hai?") or whether any scheme exists ("is
    there any scheme for artisans like me")."""
    other_asks = sum((word_list("words", n) for n in ("how_when_asks", "what_is_asks", "scheme_exists")), ())
    said = set(keys(text))
    # ("mai mochi hu" tells one's trade and asks nothing: what the scheme is, with the trade's place in it)
    told_only = said & word_keys("self_words") and said & (word_keys("first_person") | BEING)
    asks = "?" in text or said & word_keys("question_asks")
    return (
        trade_said(text) is not None
        and bool(asks or not told_only)
        and not says_any(text, other_asks)
        and listing(scheme, "eligibility", word_keys("trade_words"), "en") is not None
    )


@cache
def _trades() -> tuple[tuple[str, ...], ...]:
    """words.yaml's trade_words, each as its words' keys."""
    return tuple({tuple(key(w) for w in t.split()) for t in word_list("words", "trade_words")})


@cache
def _trade_names() -> dict[str, tuple[str, ...]]:
    """Each everyday trade word's key, with the list words it stands for (intents/trade_words.yaml)."""
    names: dict[str, list[str]] = {}
    for label, said in phrases("trade_words").items():
        for word in said:
            names.setdefault(key(word), []).append(key(label))
    return {word: tuple(labels) for word, labels in names.items()}


def listing(scheme: dict, field: str, kind: frozenset[str], lang: str) -> str | None:
    """The list line of `field` whose items words of `kind` (keys of trades) name, in `lang`: "in one of 18
    trades: carpenter (suthar/badhai), …" for trades; not "Special category: SC/ST/OBC, …"."""
    texts = scheme.get(field) or {}
    en_lines, hi_lines = texts.get("en") or [], texts.get("hi") or []
    for i, en_line in enumerate(en_lines):
        if len(line_items(en_line)) >= LIST_MIN_ITEMS and set(keys(en_line.partition(":")[2])) & kind:
            return hi_lines[i] if lang == "hi" and len(hi_lines) == len(en_lines) else en_line
    return None


def _item(shown: str, said: list[str]) -> _Item:
    """One item's words, and its kinds ("coir weaver"): the last word of a kind is its head; a kind of one
    written word has none ("SC/ST/OBC" is three names, and "OBC" alone names it)."""
    phrases = []
    for line in said:
        for kind in _OR.split(_ALSO_CALLED.sub(" ", line)):
            kind_keys = keys(kind.replace("/", " "))
            if len(kind.split()) > 1 and len(kind_keys) > 1:
                phrases.append((frozenset(kind_keys[:-1]), kind_keys[-1]))
    return _Item(shown, frozenset(w for line in said for w in keys(line)), tuple(phrases))


def _record_words(scheme: dict, field: str, line: int) -> frozenset[str]:
    """What the record says outside the items of `field`'s line `line` (its lead-in included)."""
    said = []
    for name in RECORD_FIELDS:
        for lang in ("en", "hi"):
            if name in ("name", "short", "summary"):
                said.append(text(scheme.get(name), lang))
                continue
            lines = items(scheme.get(name), lang)
            said += [ln.partition(":")[0] if (name, i) == (field, line) else ln for i, ln in enumerate(lines)]
    return frozenset(w for s in said for w in keys(s))


def line_items(line: str) -> list[str]:
    """The comma-separated items after a line's colon ("Special category: SC/ST/OBC, minorities, …")."""
    _, colon, listed = line.partition(":")
    return [item.strip().rstrip(".।") for item in listed.split(",") if item.strip()] if colon else []
