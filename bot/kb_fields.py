"""Which fields an admin may `/set` on each kind of record, and how each value is checked.

A field is named as in the seed format, with the language as a suffix for bilingual values
(`summary.hi`, `name.en`) and a dot for nested ones (`helpline.phone`). List values are given as
items separated by ` | `. `none` clears a field that may be empty.
"""

from typing import Any
from urllib.parse import urlparse

import regex

from bot.geo import INDIA_BOUNDS, within

LANGS = ("en", "hi")
LIST_SEPARATOR = " | "
CLEAR = ("none", "null", "-")
# The seed's limit for `short` (one line on a phone).
SHORT_LIMIT = 160
# Any one text or list item: a phone screen's worth (the seed's longest is about 520 characters).
TEXT_LIMIT = 1500
PHONE_DIGITS = (8, 13)
# The note /add gives a scheme without a url; a url set later replaces it.
NO_LINK_NOTE = {"en": "No official link is on file yet.", "hi": "अभी कोई आधिकारिक लिंक दर्ज नहीं है।"}

_DEVANAGARI = regex.compile(r"\p{Devanagari}")
_EMAIL = regex.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

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


class FieldError(ValueError):
    """A field name or value an admin must correct; the message says how."""


def field_names(table: str) -> list[str]:
    """What `/set` accepts for this kind of record, as an admin would type it."""
    out = []
    for name, kind in FIELDS[table].items():
        bilingual = kind.rstrip("?") in ("text", "list")
        out += [f"{name}.{lang}" for lang in LANGS] if bilingual else [name]
    return out


def parse(table: str, field: str, value: str, known: dict[str, set[str]]) -> tuple[tuple[str, ...], Any]:
    """The path inside the record and the checked value; FieldError explains what is wrong."""
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
        # both languages go: half a note would show the other language's text in answers
        return ((base,) if bilingual else path), None
    return path, _check(kind, field, lang, value, known)


def _check(kind: str, field: str, lang: str, value: str, known: dict[str, set[str]]) -> Any:
    if kind in ("text", "list"):
        values = [v.strip() for v in value.split(LIST_SEPARATOR)] if kind == "list" else [value]
        if lang == "hi" and not any(_DEVANAGARI.search(v) for v in values):
            raise FieldError(f"{field} must be in Hindi (Devanagari)")
        if field.startswith("short.") and len(value) > SHORT_LIMIT:
            raise FieldError(f"short is at most {SHORT_LIMIT} characters (got {len(value)})")
        if any(len(v) > TEXT_LIMIT for v in values):
            raise FieldError(f"{field}: at most {TEXT_LIMIT} characters per text or item")
        return [v for v in values if v] if kind == "list" else value
    if kind == "url":
        return check_url(value)
    if kind == "phone":
        return check_phone(value)
    if kind == "email":
        if not _EMAIL.match(value):
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
        ids = [v for v in regex.split(r"[,\s]+", value) if v]
        if not ids:  # ("," is no way around "cannot be empty"; `none` clears a field that may be empty)
            raise FieldError(f"{field} needs at least one id")
        missing = [i for i in ids if i not in known.get(kind[4:], set())]
        if missing:
            raise FieldError(f"no such {kind[4:]}: {', '.join(missing)}")
        return ids[0] if field == "hub" else ids
    return value


def check_record(table: str, record: dict[str, Any], known: dict[str, set[str]]) -> list[str]:
    """What is wrong with a whole record's values (an /import file's), by the rules `/set` applies to
    each field: a file must not bring in what an admin could not type ("helpline.phone: call us",
    "verified: sometimes", English in summary.hi)."""
    out = []
    for field, spec in FIELDS[table].items():
        kind = spec.rstrip("?")
        value = _get(record, field.split("."))
        if value is None:
            continue
        for name, text in _as_typed(field, kind, value):
            try:
                if text is None:
                    raise FieldError(f"{name} has the wrong shape ({type(value).__name__})")
                if text:
                    _check(
                        kind, name, name.rpartition(".")[2] if kind in ("text", "list") else "", text, known
                    )
            except FieldError as exc:
                out.append(str(exc))
    return out + _sources(record.get("sources")) + _other_urls(record.get("other_urls"))


def _sources(value: Any) -> list[str]:
    """Sources no `/set` reaches, but "how sure are you?" lists their links: texts only."""
    if value is None or (isinstance(value, list) and all(isinstance(s, str) for s in value)):
        return []
    return ["sources is a list of texts (links, or notes on where the record comes from)"]


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
        if not all(isinstance(t, str) and t.strip() for t in texts):
            out.append(f"other_urls: label {label!r} is a text, or a text per language (en, hi)")
        try:
            check_url(str(other.get("url")))
        except FieldError as exc:
            out.append(f"other_urls: {exc}")
    return out


def _get(record: dict[str, Any], path: list[str]) -> Any:
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
    """Only https links with a host are stored (users open them on their phones)."""
    parsed = urlparse(value)
    if parsed.scheme != "https" or not parsed.netloc or " " in value:
        raise FieldError(f"URLs must start with https:// (got {value!r})")
    return value


def check_phone(value: str) -> str:
    """One number, or two separated by ` / `, each 8-13 digits with optional +, spaces and hyphens."""
    for number in value.split("/"):
        number = number.strip()
        digits = regex.sub(r"[\s\-()]", "", number)
        if (
            not regex.fullmatch(r"\+?\d+", digits)
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
