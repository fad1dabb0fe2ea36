"""/add scheme ID and /add centre ID: a guided flow that asks for each required field in turn.

The draft lives in the admin's session (`session.draft`); every answer is checked like `/set`
would check it, a bad one is asked again. /cancel, or a word that stops a conversation ("cancel",
"stop", "रद्द", "band karo", "start over"), drops the draft: such a word is never an answer. The
finished record is stored with one transaction and one audit row (`kb_edit.add_record`); /undo
removes it again.
Admin output is English only.
"""

from typing import Any

import regex

from bot import centre_position, controls, kb_edit, kb_fields, kb_names, roles
from bot.kb_commands import say
from bot.messages import Reply
from bot.phrases import display_name, phrases, word_forms
from bot.turn import Turn

ID_PATTERN = regex.compile(r"^[a-z0-9][a-z0-9-]{1,40}$")
KINDS = {"scheme": "schemes", "centre": "centres", "center": "centres"}
# The required fields, asked in this order; "source" is one URL or a short provenance note.
STEPS = {
    "schemes": ["name.en", "name.hi", "short.en", "short.hi", "kind", "url", "source"],
    "centres": ["name.en", "name.hi", "type", "city", "city_hi", "state", "state_hi", "lat", "lon", "source"],
}
HINTS = {
    "kind": "scheme or portal",
    "url": "https://… or none",
    "type": "technology-centre or extension-centre",
    "lat": "latitude, e.g. 28.61",
    "lon": "longitude, e.g. 77.21",
    "source": "a URL or a short note saying where this comes from",
}
# Said instead of an answer, these drop the draft, as do the stop and start-over words citizens use.
CANCEL_WORDS = word_forms("add_cancel_words")
CANCEL_STEERING = ("stop_words", "restart_words")


def start(turn: Turn, args: str) -> list[Reply]:
    """/add scheme|centre ID — begins the flow."""
    parts = args.split()
    if len(parts) != 2 or parts[0] not in KINDS:
        return say(turn, "usage: /add scheme ID or /add centre ID (ID: lowercase letters, digits and -)")
    table, record_id = KINDS[parts[0]], parts[1]
    if not ID_PATTERN.match(record_id):
        return say(turn, f"{record_id!r} is not a valid id: use lowercase letters, digits and -")
    if kb_edit.find(turn.services.db, record_id) is not None:
        return say(turn, f"the id {record_id!r} is already used (/show {record_id})")
    earlier = _discarded(turn)
    turn.session.draft = {"table": table, "id": record_id, "values": {}}
    return _ask(turn, f"{earlier}New {parts[0]} {record_id}. /cancel stops.")


def _discarded(turn: Turn) -> str:
    """What a new /add says of the unfinished one it replaces (the admin may think it was stored)."""
    draft = turn.session.draft
    return f"Your unfinished /add {draft['id']} is discarded: nothing of it was saved.\n" if draft else ""


def cancel(turn: Turn, args: str) -> list[Reply]:
    """A cancel word ("रद्द", "stop") during /add: drop it."""
    return say(turn, drop_draft(turn) or "nothing to cancel")


def drop_draft(turn: Turn) -> str | None:
    """What dropping the /add in progress did (None: there was none)."""
    draft, turn.session.draft = turn.session.draft, None
    return f"cancelled /add {draft['id']}: nothing was saved" if draft else None


def is_cancel(text: str) -> bool:
    """True for a message that abandons the draft rather than answers it ("cancel", "band karo")."""
    return " ".join(text.split()).casefold() in CANCEL_WORDS or controls.steering(text) in CANCEL_STEERING


def step(turn: Turn, text: str) -> list[Reply] | None:
    """One answer in the flow; None when this user may no longer add (the message is then answered normally)."""
    draft = turn.session.draft
    if roles.role_of(turn.services, turn.message.sender) != roles.ADMIN or not turn.message.is_private:
        turn.session.draft = None
        return None
    if is_cancel(text):
        return cancel(turn, "")
    field = _next_field(draft)
    try:
        draft["values"][field] = _checked(turn, draft, field, text)
    except kb_fields.FieldError as exc:
        return _ask(turn, f"not accepted: {exc}")
    if _next_field(draft) is not None:
        return _ask(turn, "ok.")
    turn.session.draft = None
    record = build(draft["table"], draft["id"], draft["values"])
    try:
        kb_edit.add_record(
            turn.services.db, turn.message.sender, draft["table"], record, f"/add {draft['id']}"
        )
    except kb_edit.EditError as exc:
        return say(turn, f"not added: {exc}")
    added = (
        f"added {draft['id']}. /show {draft['id']} to check it, /set {draft['id']} FIELD VALUE for the rest, "
        f"/alias {draft['id']} TEXT for other names; /undo removes it."
    )
    return say(turn, "\n".join([added, *_once_not_covered(turn, draft["id"])]), topic=draft["id"])


def _once_not_covered(turn: Turn, record_id: str) -> list[str]:
    """What the new record took from intents/not_covered.yaml, so the admin knows "mudra" questions no longer
    get "no details": "'MUDRA loan' was on the not-covered list: citizens asking for it now get mudra"."""
    taken: dict[str, list[str]] = {}
    for label, sid, phrase in turn.services.current().matcher.once_not_covered:
        if sid == record_id:
            taken.setdefault(label, []).append(phrase)
    lines = []
    for label, said in taken.items():
        name = display_name("not_covered", label, "en")
        if len(said) == len(phrases("not_covered")[label]):
            lines.append(
                f"{name!r} was on the not-covered list (intents/not_covered.yaml): citizens asking for it by any "
                f"of its {len(said)} names there now get {record_id}, not 'no details'"
            )
        else:
            lines.append(
                f"{', '.join(map(repr, said))} ({name!r}) was on the not-covered list (intents/not_covered.yaml): "
                f"citizens asking for that now get {record_id}; the rest of {name!r} stays not covered"
            )
    return lines


def _checked(turn: Turn, draft: dict[str, Any], field: str, text: str) -> Any:
    """The answer to `field`, checked as `/set` checks it; FieldError says what is wrong."""
    if field == "source":
        return kb_fields.check_source(text)
    db = turn.services.db
    path, value = kb_fields.parse(draft["table"], draft["id"], field, text, kb_edit.known_ids(db))
    problem = kb_names.clash(db, draft["id"], {path[1]: value}) if path[0] == "name" else None
    if problem is None and field == "lon":
        problem = _far_point(draft["values"], value)
    if problem is not None:
        raise kb_fields.FieldError(problem)
    return value


def _far_point(values: dict[str, Any], lon: float) -> str | None:
    """Why a new centre's point is not taken: it lies far from the town and state just given (a typo in
    either number); lat is then asked again."""
    lat = values["lat"]
    far = centre_position.misplaced(
        {"city": values["city"], "state": values["state"], "lat": lat, "lon": lon}
    )
    if far is None:
        return None
    del values["lat"]
    return f"{lat:g}, {lon:g} is {far}: citizens would be told false distances. Send lat again"


def _next_field(draft: dict[str, Any]) -> str | None:
    return next((f for f in STEPS[draft["table"]] if f not in draft["values"]), None)


def _ask(turn: Turn, lead: str) -> list[Reply]:
    field = _next_field(turn.session.draft)
    hint = HINTS.get(field.split(".")[0]) or (
        "in Hindi (Devanagari)" if field.endswith((".hi", "_hi")) else "in English"
    )
    return say(turn, f"{lead}\nSend {field} ({hint}):")


def build(table: str, record_id: str, v: dict[str, Any]) -> dict[str, Any]:
    """A complete seed-format record from the required answers; the rest is empty until /set."""
    name = {"en": v["name.en"], "hi": v["name.hi"]}
    empty = {"en": [], "hi": []}
    if table == "schemes":
        short = {"en": v["short.en"], "hi": v["short.hi"]}
        return {
            "id": record_id,
            "kind": v["kind"],
            "name": name,
            "short": short,
            "summary": dict(short),
            **{f: dict(empty) for f in ("benefits", "eligibility", "documents", "how_to_apply", "key_facts")},
            "url": v["url"],
            "url_verified": False,
            "other_urls": [],
            "helpline": None,
            "note": None if v["url"] else dict(kb_fields.NO_LINK_NOTE),
            "related": [],
            "verified": False,
            "sources": [v["source"]],
        }
    return {
        "id": record_id,
        "type": v["type"],
        "name": name,
        "city": v["city"],
        "city_hi": v["city_hi"],
        "locality": None,
        "district": v["city"],
        "state": v["state"],
        "state_hi": v["state_hi"],
        "status": "unknown",
        "services": dict(empty),
        "address": None,
        "phone": None,
        "email": None,
        "website": None,
        "lat": v["lat"],
        "lon": v["lon"],
        "coords_approximate": True,
        "hub": None,
        "note": None,
        "verified": False,
        "sources": [v["source"]],
    }
