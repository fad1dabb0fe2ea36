"""Which fields an admin may `/set` on each kind of record, and how each value is checked.

A field is named as in the seed format, with the language as a suffix for bilingual values
(`summary.hi`, `name.en`) and a dot for nested ones (`helpline.phone`). List values are given as
items separated by ` | `. `none` clears a field that may be empty. No value may hold a control
character or a text-direction override (see `forbidden_character`), nor be only invisible.
"""

from difflib import get_close_matches
from typing import Any
from urllib.parse import urlparse

import regex

from bot.geo import INDIA_BOUNDS, within
from bot.kb_text import describe, forbidden_character, is_blank, mostly_devanagari

LANGS = ("en", "hi")
LIST_SEPARATOR = " | "
CLEAR = ("none", "null", "-")
# The seed's limit for `short` (one line on a phone).
SHORT_LIMIT = 160
# Any one text or list item: a phone screen's worth (the seed's longest is about 520 characters).
TEXT_LIMIT = 1500
# A link citizens are shown in full (the seed's longest is 83 characters; a source's, 590).
URL_LIMIT = 1000
PHONE_DIGITS = (8, 13)
# The note /add gives a scheme without a url; a url set later replaces it.
NO_LINK_NOTE = {"en": "No official link is on file yet.", "hi": "अभी कोई आधिकारिक लिंक दर्ज नहीं है।"}

_DEVANAGARI = regex.compile(r"\p{Devanagari}")
_EMAIL = regex.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_LIST_ITEMS = regex.compile(r"\s*\|\s*")
_ID_ITEMS = regex.compile(r"[,|\s]+")
_BLANK = "has only spaces or invisible characters (such as a zero-width space)"
# Fields whose text may run over several lines (with tabs); every other value is one line. (Sources are
# notes as well as links, and no /set reaches them: a line break refused there would strand a record.)
PARAGRAPH_FIELDS = frozenset(
    (
        "source",
        "sources",
        "summary",
        "note",
        "address",
        "benefits",
        "eligibility",
        "documents",
        "how_to_apply",
        "key_facts",
        "services",
    )
)

# kind: text / list (bilingual, need .en or .hi), url, phone, email, bool, float, plain, ids:<table>,
# enum:a,b. A trailing "?" means the field may be cleared with `none`.
SCHEME_FIELDS = {
    "name": "text",
    "short": "text",
    "summary": "text",
    "note": "text?",
    "benefits": "list",
    "eligibility": "list",
    "documents": "list",
    "how_to_apply": "list",
    "key_facts": "list",
    "kind": "enum:scheme,portal",
    "url": "url?",
    "url_verified": "bool",
    "helpline.phone": "phone?",
    "helpline.email": "email?",
    "related": "ids:schemes",
    "verified": "bool",
}
CENTRE_FIELDS = {
    "name": "text",
    "services": "list",
    "note": "text?",
    "type": "enum:technology-centre,extension-centre",
    "status": "enum:operational,approved,unknown",
    "city": "plain",
    "city_hi": "plain",
    "locality": "plain?",
    "district": "plain?",
    "state": "plain",
    "state_hi": "plain",
    "address": "plain?",
    "phone": "phone?",
    "email": "email?",
    "website": "url?",
    "lat": "float",
    "lon": "float",
    "hub": "ids:centres?",
    "verified": "bool",
}
HELPLINE_FIELDS = {
    "name": "text",
    "note": "text?",
    "phone": "phone?",
    "email": "email?",
    "covers": "ids:schemes",
    "verified": "bool",
}
FIELDS = {"schemes": SCHEME_FIELDS, "centres": CENTRE_FIELDS, "helplines": HELPLINE_FIELDS}
# What a record holds besides the fields /set reaches (as /export writes it): its id, aliases (and who gave
# those not from the seed), sources, further links, and whether a centre's coordinates are approximate.
OTHER_KEYS = {
    "schemes": ("id", "aliases", "alias_sources", "sources", "other_urls"),
    "centres": ("id", "aliases", "alias_sources", "sources", "coords_approximate"),
    "helplines": ("id", "sources"),
}
# Plain fields in English whose Hindi is a `_hi` field beside them (city, city_hi).
ENGLISH_PLAIN = frozenset(f.removesuffix("_hi") for f in CENTRE_FIELDS if f.endswith("_hi"))


class FieldError(ValueError):
    """A field name or value an admin must correct; the message says how."""


def field_names(table: str) -> list[str]:
    """What `/set` accepts for this kind of record, as an admin would type it."""
    out = []
    for name, kind in FIELDS[table].items():
        bilingual = kind.rstrip("?") in ("text", "list")
        out += [f"{name}.{lang}" for lang in LANGS] if bilingual else [name]
    return out


def parse(
    table: str, record_id: str, field: str, value: str, known: dict[str, set[str]]
) -> tuple[tuple[str, ...], Any]:
    """The path inside record `record_id` and the checked value; FieldError explains what is wrong."""
    specs = FIELDS[table]
    base, _, lang = field.rpartition(".") if "." in field else (field, "", "")
    if field in specs:
        base, lang = field, ""
    kind = specs.get(base)
    if kind is None:
        raise FieldError(f"unknown field {field!r}; valid fields: {', '.join(field_names(table))}")
    nullable, kind = kind.endswith("?"), kind.rstrip("?")
    bilingual = kind in ("text", "list")
    if bilingual and lang not in LANGS:
        raise FieldError(f"{base} needs a language: {base}.en or {base}.hi (languages are hi and en)")
    if not bilingual and lang and base != field:
        raise FieldError(f"{base} has no language part; use {base}")
    path = (base, lang) if bilingual else tuple(base.split("."))
    value = value.strip()
    if not value:
        raise FieldError("a value is needed")
    if value.lower() in CLEAR:
        if not nullable:
            raise FieldError(f"{field} cannot be empty")
        return path, None  # one language of a note: answers in it show none, the other keeps its own
    return path, _check(kind, field, lang, value, known, record_id)


def _check(kind: str, field: str, lang: str, value: str, known: dict[str, set[str]], record_id: str) -> Any:
    refuse_forbidden(field, value)
    if kind in ("text", "list"):
        return _check_text(kind, field, lang, value)
    if kind == "url":
        return check_url(value)
    if kind == "phone":
        return check_phone(value)
    if kind == "email":
        if not _EMAIL.match(value) or not value.isprintable():
            raise FieldError(f"{value!r} is not an email address")
        return value
    if kind == "bool":
        if value.lower() not in ("true", "false", "yes", "no"):
            raise FieldError(f"{field} is true or false")
        return value.lower() in ("true", "yes")
    if kind == "float":
        return _coordinate(field, value)
    if kind.startswith("enum:"):
        allowed = kind[5:].split(",")
        if value not in allowed:
            raise FieldError(f"{field} is one of: {', '.join(allowed)}")
        return value
    if kind.startswith("ids:"):
        return _check_ids(kind[4:], field, value, known, record_id)
    return _check_plain(field, value)


def _check_text(kind: str, field: str, lang: str, value: str) -> str | list[str]:
    """A bilingual text, or list items separated by |: each one visible and within the limits."""
    values = [v.strip() for v in _LIST_ITEMS.split(value)] if kind == "list" else [value]
    if kind == "list":
        values = [v for v in values if v]
        if not values:
            raise FieldError(f"{field} needs at least one item (items are separated by |)")
    if any(is_blank(v) for v in values):
        raise FieldError(f"{field} {_BLANK}")
    if lang == "hi" and not any(_DEVANAGARI.search(v) for v in values):
        raise FieldError(f"{field} must be in Hindi (Devanagari)")
    if lang == "en" and any(mostly_devanagari(v) for v in values):
        raise FieldError(_hindi_in_english(field, f"{field.rpartition('.')[0]}.hi"))
    if field.startswith("short.") and len(value) > SHORT_LIMIT:
        raise FieldError(f"short is at most {SHORT_LIMIT} characters (got {len(value)})")
    if any(len(v) > TEXT_LIMIT for v in values):
        raise FieldError(f"{field}: at most {TEXT_LIMIT} characters per text or item")
    return values if kind == "list" else value


def _check_ids(table: str, field: str, value: str, known: dict[str, set[str]], record_id: str) -> Any:
    """Ids of other live records, each named once (`hub`: exactly one); separated by ` | ` as any list,
    or by commas or spaces."""
    ids = [v for v in _ID_ITEMS.split(value) if v]
    if not ids:  # ("," is no way around "cannot be empty"; `none` clears a field that may be empty)
        raise FieldError(f"{field} needs at least one id")
    missing = [i for i in ids if i not in known.get(table, set())]
    if missing:
        raise FieldError(f"no such {table}: {', '.join(missing)}")
    if record_id in ids:
        raise FieldError(f"{field} cannot name {record_id} itself")
    twice = sorted({i for i in ids if ids.count(i) > 1})
    if twice:
        raise FieldError(f"{field} names {', '.join(twice)} more than once")
    if field == "hub":
        if len(ids) > 1:
            raise FieldError("hub is one centre id")
        return ids[0]
    return ids


def _check_plain(field: str, value: str) -> str:
    """A free text such as a city or an address: visible, within the limit, Hindi in a `_hi` field."""
    if is_blank(value):
        raise FieldError(f"{field} {_BLANK}")
    if len(value) > TEXT_LIMIT:
        raise FieldError(f"{field}: at most {TEXT_LIMIT} characters")
    if field.endswith("_hi") and not _DEVANAGARI.search(value):
        raise FieldError(f"{field} must be in Hindi (Devanagari)")
    if field in ENGLISH_PLAIN and mostly_devanagari(value):
        raise FieldError(_hindi_in_english(field, f"{field}_hi"))
    return value


def _hindi_in_english(field: str, hindi_field: str) -> str:
    return (
        f"{field} is in Hindi (Devanagari), but English readers are shown it: put the Hindi in {hindi_field}"
    )


def check_alias(text: str) -> str:
    """An alias as `/set` takes a text: visible, and within TEXT_LIMIT ("/alias pmegp xxx…" of 3,000
    characters was added, and "\u200b\u200b" was refused as "only common words")."""
    if is_blank(text):
        raise FieldError(f"the alias {_BLANK}")
    if len(text) > TEXT_LIMIT:
        raise FieldError(f"an alias is at most {TEXT_LIMIT} characters (got {len(text)})")
    return text


def check_source(value: str, field: str = "source") -> str:
    """A record's source, a link or a note (/add asks for one; an /import brings a list): visible text."""
    return _check("plain", field, "", value.strip(), {}, "")


def check_record(table: str, record: dict[str, Any], known: dict[str, set[str]]) -> list[str]:
    """What is wrong with a whole record's values (an /import file's), by the rules `/set` applies to
    each field: a file must not bring in what an admin could not type ("helpline.phone: call us",
    "verified: sometimes", English in summary.hi, no `type` for a centre)."""
    out = unknown_keys(table, record)
    for field, spec in FIELDS[table].items():
        kind = spec.rstrip("?")
        value = value_at(record, field.split("."))
        if value is None or value == "":
            if _required(spec):
                out.append(f"{field} cannot be empty")
            continue
        for name, text in _as_typed(field, kind, value):
            if text is None and _cleared(spec, value, name):
                continue
            try:
                if text is None:
                    raise FieldError(f"{name} has the wrong shape ({type(value).__name__})")
                if text:
                    lang = name.rpartition(".")[2] if kind in ("text", "list") else ""
                    _check(kind, name, lang, text, known, record["id"])
            except FieldError as exc:
                out.append(str(exc))
    return out + _sources(record.get("sources")) + _other_urls(record.get("other_urls"))


def says_why_no_link(scheme: dict[str, Any]) -> bool:
    """A scheme has a url, or a note saying why not in every language not cleared of it: without
    either, "/set treds note.en none" would leave English readers with neither."""
    note = scheme.get("note")
    return bool(scheme.get("url") or (note and (not isinstance(note, dict) or all(note.values()))))


def _cleared(spec: str, value: Any, name: str) -> bool:
    """True for one language of a note an admin cleared (`/set udyam note.en none`: {"en": null, "hi": …})."""
    return spec.endswith("?") and isinstance(value, dict) and value.get(name.rpartition(".")[2], "") is None


def unknown_keys(table: str, record: dict[str, Any]) -> list[str]:
    """Keys no /export writes, each with the field it was likely meant to be: a misspelled `benifits:`
    would not be stored, and the real `benefits` would be left empty."""
    allowed = {key: _inner_keys(table, key) for key in _outer_keys(table)}
    out = [_unknown(str(key), list(allowed)) for key in record if key not in allowed]
    for key, inner in allowed.items():
        value = record.get(key)
        if inner and isinstance(value, dict):
            known = [f"{key}.{k}" for k in inner]
            out += [_unknown(f"{key}.{k}", known) for k in value if k not in inner]
    return out


def _outer_keys(table: str) -> list[str]:
    return [*dict.fromkeys(f.split(".")[0] for f in FIELDS[table]), *OTHER_KEYS[table]]


def _inner_keys(table: str, key: str) -> tuple[str, ...]:
    """The keys inside a field's mapping: its languages (name.en), or its parts (helpline.phone)."""
    kind = FIELDS[table].get(key, "").rstrip("?")
    if kind in ("text", "list"):
        return LANGS
    return tuple(f.partition(".")[2] for f in FIELDS[table] if f.startswith(f"{key}."))


def _unknown(key: str, known: list[str]) -> str:
    guess = get_close_matches(key, known, n=1)
    hint = f"did you mean {guess[0]!r}?" if guess else f"the keys are {', '.join(known)}"
    return f"unknown key {key!r} ({hint}): it would not be stored"


def _required(spec: str) -> bool:
    """A value answers cannot do without: a centre with no type is listed twice, one with no city is
    "in आगरा" in English. (Names are checked per language; a missing list or link is "not on file".)"""
    kind = spec.rstrip("?")
    return not spec.endswith("?") and (kind in ("plain", "float") or kind.startswith("enum:"))


def _sources(value: Any) -> list[str]:
    """Sources no `/set` reaches, but "how sure are you?" lists their links: visible texts."""
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(s, str) for s in value):
        return ["sources is a list of texts (links, or notes on where the record comes from)"]
    out = []
    for source in value:
        try:
            check_source(source, "sources")
        except FieldError as exc:
            out.append(str(exc))
    return out


def _other_urls(value: Any) -> list[str]:
    """Further links citizens are shown under the official one: https, like every link `/set` takes."""
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(o, dict) for o in value):
        return ["other_urls is a list of {label, url}"]
    out = []
    for other in value:
        label = other.get("label")
        texts = label.values() if isinstance(label, dict) and label and set(label) <= set(LANGS) else [label]
        if not all(isinstance(t, str) and not is_blank(t) for t in texts):
            out.append(f"other_urls: label {label!r} is a text, or a text per language (en, hi)")
        try:
            check_url(str(other.get("url")))
        except FieldError as exc:
            out.append(f"other_urls: {exc}")
    return out


def value_at(record: dict[str, Any], path: list[str]) -> Any:
    """The value at `path` (["helpline", "phone"]), or None where any part is missing."""
    for part in path:
        record = record.get(part) if isinstance(record, dict) else None
    return record


def _as_typed(field: str, kind: str, value: Any) -> list[tuple[str, str | None]]:
    """A stored value as the text `/set` would have been given (None when its shape is wrong)."""
    if kind in ("text", "list"):
        if not isinstance(value, dict):
            return [(field, None)]
        pairs = []
        for lang, item in value.items():
            if kind == "list" and isinstance(item, list) and all(isinstance(i, str) for i in item):
                pairs.append((f"{field}.{lang}", LIST_SEPARATOR.join(item)))
            elif kind == "text" and isinstance(item, str):
                pairs.append((f"{field}.{lang}", item))
            else:
                pairs.append((f"{field}.{lang}", None))
        return pairs
    if kind == "bool":
        return [(field, str(value).lower() if isinstance(value, bool) else None)]
    if kind == "float":
        return [
            (field, str(value) if isinstance(value, int | float) and not isinstance(value, bool) else None)
        ]
    if kind.startswith("ids:") and isinstance(value, list):
        return [(field, " ".join(str(v) for v in value))]
    return [(field, value if isinstance(value, str) else None)]


def check_url(value: str) -> str:
    """Only https links with a host are stored (users open them on their phones), of a length they can."""
    if len(value) > URL_LIMIT:
        raise FieldError(f"a link is at most {URL_LIMIT} characters (got {len(value)})")
    parsed = urlparse(value)
    if parsed.scheme != "https" or not parsed.netloc or not value.isprintable() or " " in value:
        raise FieldError(f"URLs must start with https:// and have no spaces (got {value!r})")
    return value


def check_phone(value: str) -> str:
    """One number, or two separated by ` / `, each 8-13 digits with optional +, spaces and hyphens. ASCII
    digits only: a phone dials no Devanagari or full-width digit (`\\d` takes them)."""
    for number in value.split("/"):
        number = number.strip()
        digits = regex.sub(r"[\s\-()]", "", number)
        if (
            not regex.fullmatch(r"\+?[0-9]+", digits)
            or not PHONE_DIGITS[0] <= len(digits.lstrip("+")) <= PHONE_DIGITS[1]
        ):
            raise FieldError(f"{number!r} is not a plausible phone number")
    return value


def _coordinate(field: str, value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise FieldError(f"{field} is a number") from None
    if not within(field, number):  # (what /import's check refuses, /set must not let in)
        low, high = INDIA_BOUNDS[field]
        raise FieldError(f"{field} is between {low:g} and {high:g} (in India)")
    return number


def refuse_forbidden(field: str, value: str) -> None:
    """FieldError naming `field` when `value` holds a character it must not (a line break: only in texts
    that may run over several lines)."""
    char = forbidden_character(value, paragraphs=field.split(".")[0] in PARAGRAPH_FIELDS)
    if char is not None:
        raise FieldError(f"{field} contains {describe(char)}")
