"""Items of a list said in one line of a record ("in one of 18 trades: carpenter (suthar/badhai), …, tailor
(darzi)"): the ones a question names ("pm vishwakarma me darzi aata hai kya?"), so the answer says so first
instead of leaving the user to find their trade in a list of nineteen."""

from collections import Counter

from bot.normalize import keys

# A line is a list when it names at least this many items, comma-separated after its colon.
LIST_MIN_ITEMS = 6
# Words said of anyone, which name no item: "general category ke log" is no "… इलाकों के लोग".
COMMON = frozenset(keys("people person log लोग others other traditional पारंपरिक area areas इलाकों इलाके"))


def named(scheme: dict, field: str, words: set[str], lang: str) -> list[str]:
    """The items of `field`'s list lines that one of `words` (keys) names, in `lang` when both languages
    list the same number of items (the English item's words count too: "darzi" is in "tailor (darzi)")."""
    texts = scheme.get(field) or {}
    en_lines, hi_lines = texts.get("en") or [], texts.get("hi") or []
    found = []
    for i, en_line in enumerate(en_lines):
        en_items = _items(en_line)
        hi_items = _items(hi_lines[i]) if i < len(hi_lines) else []
        if len(en_items) < LIST_MIN_ITEMS:
            continue
        aligned = len(hi_items) == len(en_items)
        shown = hi_items if lang == "hi" and aligned else en_items
        item_words = [
            set(keys(item)) | (set(keys(hi_items[j])) if aligned else set())
            for j, item in enumerate(en_items)
        ]
        # a word of several items ("maker", "stone") or of every list ("people", "traditional") names none
        counts = Counter(w for item in item_words for w in item)
        naming = {w for w in words if counts[w] == 1} - COMMON
        found += [shown[j] for j, item in enumerate(item_words) if item & naming]
    return found


def _items(line: str) -> list[str]:
    _, colon, listed = line.partition(":")
    return [item.strip().rstrip(".।") for item in listed.split(",") if item.strip()] if colon else []
