"""Admin commands on the knowledge base and roles: /show /set /alias /unalias /delete /restore /history /undo /grant /revoke.

Each handler parses its arguments, calls one change in `kb_edit` / `roles` / `undo` and says what
happened. Admin output is English only (admins work in English; citizens never see it), but for the
reminder that a one-language `/set` left the other language as it was, in the admin's own language.
/show and /history find a record by its id, or else by its name or an alias ("/show पीएमईजीपी"); a change
takes only the exact id, and one given a name says which id it may mean: it never acts on a guess.
"""

import json

import sqlite_utils
import yaml

from bot import audit, centre_position, kb_copies, kb_edit, kb_fields, kb_names, kb_provenance, roles
from bot.i18n import gettext
from bot.knowledge import GOVERNMENT_DOMAINS, host, on_government_domain
from bot.messages import Reply
from bot.turn import Turn
from bot.undo import UndoError, undo_last


def say(turn: Turn, text: str, intent: str = "admin", **fields) -> list[Reply]:
    """One plain reply to an admin or staff member (no options)."""
    return [turn.reply((text, ()), intent, confidence=1.0, **fields)]


def _command(turn: Turn) -> str:
    return " ".join((turn.message.text or "").split())[:500]


def _named(db: sqlite_utils.Database, wanted: str) -> list[str]:
    """The record `wanted` names: its exact id, or else every record whose name or alias it is."""
    return [wanted] if kb_edit.find(db, wanted) else kb_names.records_named(db, wanted)


def _several(db: sqlite_utils.Database, wanted: str, ids: list[str]) -> str:
    """The records one name belongs to, for the admin to pick one by its id."""
    labels = [i + (" (deleted)" if kb_edit.find(db, i).deleted else "") for i in ids]
    return f"{wanted!r} names {len(ids)} records: {', '.join(labels)}"


def _no_record(db: sqlite_utils.Database, verb: str, record_id: str, args: str) -> str:
    """Why a change found no record `record_id`, with the id the admin may have meant when the words begin
    with a record's name: a change is never made to a guessed record."""
    words, index = args.split(), kb_names.name_index(db)
    for end in range(len(words), 0, -1):
        ids = index.get(kb_names.name_key(" ".join(words[:end])), [])
        if len(ids) == 1:
            rest = " …" if words[end:] else ""
            return (
                f"no record {record_id!r}; did you mean /{verb} {ids[0]}{rest}? (a change takes the exact id)"
            )
        if ids:
            return f"no record {record_id!r}; {_several(db, ' '.join(words[:end]), ids)}: a change takes the id of one"
    return f"no record {record_id!r}"


# Wider than any value may be (1,500 characters): /show never folds a value over two lines.
SHOW_WIDTH = 10_000


def show(turn: Turn, args: str) -> list[Reply]:
    """/show ID|NAME — the record as stored, with aliases, sources and the last change."""
    wanted = " ".join(args.split())
    if not wanted:
        return say(turn, "usage: /show ID (a scheme, centre or helpline id, name or alias, e.g. /show udyam)")
    db = turn.services.db
    found = _named(db, wanted)
    if len(found) > 1:
        return say(turn, f"{_several(db, wanted, found)}: send /show ID with one of them")
    if not found:
        return say(turn, f"no record {wanted!r}")
    record_id = found[0]
    stored = kb_edit.find(db, record_id)
    body = {k: v for k, v in stored.data.items() if k != "sources"}
    lines = [
        f"{stored.table[:-1]} {record_id}"
        + (" (DELETED: /restore to bring it back)" if stored.deleted else "")
    ]
    # each value on one line, however long: WhatsApp's 1,600-character pieces then part between items, never
    # inside one ("… banks" | "may fund more without subsidy.'", its indentation lost)
    lines.append(yaml.safe_dump(body, allow_unicode=True, sort_keys=False, width=SHOW_WIDTH).rstrip())
    found = kb_edit.aliases(db, record_id)
    if found:
        lines.append("aliases:")
        lines += [
            f"  [{lang}] {text}" + ("" if source == "seed" else f"  ({source})")
            for lang, text, source in found
        ]
    lines.append("sources:")
    lines += [f"  {s}" for s in stored.data.get("sources") or []] or ["  (none)"]
    change = audit.last_change(db, record_id)
    lines.append("last change: " + (audit.line(change) if change else f"{stored.updated_at} (seed load)"))
    return say(turn, "\n".join(lines), topic=record_id)


def set_field(turn: Turn, args: str) -> list[Reply]:
    """/set ID FIELD VALUE — one validated field; a fact's edit says the record is now unverified."""
    parts = args.split(None, 2)
    if len(parts) < 3:
        return say(turn, "usage: /set ID FIELD VALUE, e.g. /set udyam url https://udyamregistration.gov.in")
    record_id, field, value = parts
    stored = kb_edit.find(turn.services.db, record_id)
    if stored is None:
        return say(turn, _no_record(turn.services.db, "set", record_id, args))
    if stored.deleted:
        return say(turn, f"no record {record_id!r}")
    try:
        old, new = kb_edit.set_field(
            turn.services.db, turn.message.sender, record_id, field, value, _command(turn)
        )
    except (kb_fields.FieldError, kb_edit.EditError) as exc:
        return say(turn, f"not changed: {exc}")
    changed = f"{record_id} {field}: {_value(old)} → {_value(new)}"
    now = kb_edit.find(turn.services.db, record_id).data
    notes = [
        *_domain_note(stored.table, field, now),
        *centre_position.warning(stored.table, field, now),
        *_fewer_items_note(record_id, field, old, new),
        *_unverified_note(record_id, field, stored.data),
        *kb_copies.other_copies_note(turn.snap.knowledge, record_id, field, new),
        *_other_language_note(turn, record_id, field, new, stored.data),
    ]
    return say(turn, "\n".join([changed, *notes]), topic=record_id)


def _other_language_note(turn: Turn, record_id: str, field: str, new: object, before: dict) -> list[str]:
    """After `/set pmegp summary.en …`, the reminder that summary.hi still says the old text, and how to
    update it, in the admin's language (none when the other language is empty)."""
    base, _, lang = field.rpartition(".")
    if lang not in kb_fields.LANGS:
        return []
    other_lang = next(o for o in kb_fields.LANGS if o != lang)
    other, said = f"{base}.{other_lang}", kb_edit.get_path(before, (base, other_lang))
    if not said:
        return []
    _ = gettext(turn.lang)
    shown = audit.short(kb_fields.LIST_SEPARATOR.join(said) if isinstance(said, list) else said)
    if new is None:
        todo = _("To clear it too: /set %(id)s %(field)s none") % {"id": record_id, "field": other}
    else:
        todo = _("To update it too: /set %(id)s %(field)s …") % {"id": record_id, "field": other}
    return [_("%(field)s was not changed and still says: %(text)s") % {"field": other, "text": shown}, todo]


def _domain_note(table: str, field: str, record: dict) -> list[str]:
    """After "/set pmegp url https://pmegp-apply-now.xyz/form" (or `url_verified true` on such a link): the
    warning that the link is not on a government domain, which citizens are told (never "Official link")."""
    url = record.get("url")
    confirmed = record.get("url_verified")
    if table != "schemes" or field not in ("url", "url_verified") or not url or on_government_domain(url):
        return []
    if field == "url_verified" and not confirmed:  # (taking the confirmation back needs no warning)
        return []
    shown = "Link (confirmed; not a .gov.in address)" if confirmed else "Link (… please confirm)"
    return [
        f"⚠ {host(url)} is not a government domain ({', '.join(GOVERNMENT_DOMAINS)}): make sure it is the "
        f"scheme's own site, not an agent's. Citizens see it as '{shown}', never 'Official link'."
    ]


def _fewer_items_note(record_id: str, field: str, old: object, new: object) -> list[str]:
    """ "/set pmegp benefits.en one item only" replaced the 4 benefits with 1 and said nothing of it: how
    many items went, and how to give several."""
    if not isinstance(old, list) or not isinstance(new, list) or len(new) >= len(old):
        return []
    return [
        f"⚠ {field} had {len(old)} items and now has {len(new)}: the value replaces the whole list; to give "
        f"several, separate them with |: /set {record_id} {field} first item | second item"
    ]


def _unverified_note(record_id: str, field: str, before: dict) -> list[str]:
    """The line that tells the admin a fact's edit took the record's verified mark (none for the mark itself)."""
    if not kb_provenance.is_fact(field):
        return []
    now = "now" if before.get("verified", True) else "still"
    return [
        f"{record_id} is {now} marked unverified: citizens see 'please confirm' until "
        f"/set {record_id} verified true"
    ]


def _value(value: object) -> str:
    return json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value


def alias(turn: Turn, args: str) -> list[Reply]:
    """/alias ID TEXT — the matcher knows TEXT as ID from the very next message."""
    record_id, _, text = args.strip().partition(" ")
    if not text.strip():
        return say(turn, "usage: /alias ID TEXT, e.g. /alias udyam msme certificate")
    if kb_edit.find(turn.services.db, record_id) is None:
        return say(turn, _no_record(turn.services.db, "alias", record_id, args))
    elsewhere = turn.snap.understand(text).not_covered
    if elsewhere:  # "/alias pmegp mudra loan kaise milega" would answer Mudra questions with PMEGP
        return say(
            turn,
            f"not changed: {text.strip()!r} names {elsewhere}, a scheme not in the knowledge base "
            f"(intents/not_covered.yaml); as an alias of {record_id} it would be answered as {record_id}",
        )
    try:
        lang = kb_edit.add_alias(turn.services.db, turn.message.sender, record_id, text, _command(turn))
    except kb_edit.EditError as exc:
        return say(turn, f"not changed: {exc}")
    return say(turn, f"alias added to {record_id} [{lang}]: {' '.join(text.split())}", topic=record_id)


def unalias(turn: Turn, args: str) -> list[Reply]:
    """/unalias ID TEXT."""
    record_id, _, text = args.strip().partition(" ")
    if not text.strip():
        return say(turn, "usage: /unalias ID TEXT")
    if kb_edit.find(turn.services.db, record_id) is None:
        return say(turn, _no_record(turn.services.db, "unalias", record_id, args))
    try:
        kb_edit.remove_alias(turn.services.db, turn.message.sender, record_id, text, _command(turn))
    except kb_edit.EditError as exc:
        return say(turn, f"not changed: {exc}")
    return say(turn, f"alias removed from {record_id}: {' '.join(text.split())}", topic=record_id)


def delete(turn: Turn, args: str) -> list[Reply]:
    """/delete ID — hidden from answers, recoverable with /undo or /restore ID."""
    return _deleted(turn, " ".join(args.split()), True)


def restore(turn: Turn, args: str) -> list[Reply]:
    """/restore ID — bring a deleted record back."""
    return _deleted(turn, " ".join(args.split()), False)


def _deleted(turn: Turn, record_id: str, deleted: bool) -> list[Reply]:
    verb = "delete" if deleted else "restore"
    if not record_id:
        return say(turn, f"usage: /{verb} ID")
    if kb_edit.find(turn.services.db, record_id) is None:
        return say(turn, _no_record(turn.services.db, verb, record_id, record_id))
    try:
        kb_edit.set_deleted(turn.services.db, turn.message.sender, record_id, deleted, _command(turn))
    except kb_edit.EditError as exc:
        return say(turn, f"not changed: {exc}")
    after = "deleted (recoverable: /undo or /restore " + record_id + ")" if deleted else "restored"
    return say(turn, f"{record_id} {after}", topic=record_id)


HISTORY_USAGE = "usage: /history [ID] [PAGE] (e.g. /history pmegp 2), or /history #N for one change in full"


def history(turn: Turn, args: str) -> list[Reply]:
    """/history [ID|NAME] [PAGE] — one page of changes, newest first; /history #N — one change in full (a
    line cuts long values short). A last word that is a number is always the page, so `/history 12` is page
    12 of everything even when a record's id is 12: that record is `/history 12 1`, and the reply says so
    (a record winning would leave page 12 unreachable, and page 11's "/history 12 for more" wrong)."""
    db, words = turn.services.db, args.split()
    if words and words[0].startswith("#"):
        number = words[0][1:]
        if len(words) > 1 or not number.isdecimal():
            return say(turn, HISTORY_USAGE)
        row = audit.entry(db, int(number)) if len(number) < 19 else None  # (SQLite's integers: 64 bits)
        return say(turn, audit.full(row) if row else f"no change #{number}")
    page = int(words.pop()) if words and words[-1].isdecimal() else 1
    if page < 1:
        return say(turn, HISTORY_USAGE)
    target = " ".join(words) or None
    if target and not audit.count(db, target):  # (a user id, "kb" or a record id as written are exact)
        found = _named(db, target)
        if len(found) > 1:
            return say(turn, f"{_several(db, target, found)}: send /history ID with one of them")
        named = " ".join(words[:-1])
        if not found and named and (audit.count(db, named) or _named(db, named)):  # "/history pmegp abc"
            return say(turn, f"the page is a number: {words[-1]!r} is not one (/history {named} 2)")
        target = found[0] if found else target
    text = _history_page(db, target, page)
    if target is None and kb_edit.find(db, args.strip()):
        text += f"\n({args.strip()} is also a record: /history {args.strip()} 1 shows its changes)"
    return say(turn, text)


def _history_page(db: sqlite_utils.Database, target: str | None, page: int) -> str:
    total = audit.count(db, target)
    if not total:
        return "no changes recorded" + (f" for {target}" if target else "")
    pages = -(-total // audit.HISTORY_ROWS)
    again = f"/history {target} " if target else "/history "
    if page > pages:
        whose = f"{target} has" if target else "the history has"
        return f"{whose} {pages} page{'s' if pages > 1 else ''} of changes ({again}{pages} is the last)"
    found = audit.rows(db, target, audit.HISTORY_ROWS, (page - 1) * audit.HISTORY_ROWS)
    more = f"; {again}{page + 1} for more" if page < pages else ""
    footer = f"page {page} of {pages}{more}; /history #N shows change N in full"
    return "\n".join([*(audit.line(r) for r in found), footer])


def undo(turn: Turn, args: str) -> list[Reply]:
    """/undo — revert your own last change (again for the one before). It takes no argument: "/undo udyam"
    would revert whatever came last, not udyam's change."""
    if args.strip():
        return say(
            turn,
            "usage: /undo (no argument: it reverts your own last change; send it again for the one before)",
        )
    try:
        return say(turn, undo_last(turn.services.db, turn.message.sender, turn.services.admins))
    except UndoError as exc:
        return say(turn, f"not undone: {exc}")


def grant(turn: Turn, args: str) -> list[Reply]:
    """/grant admin|staff ID."""
    parts = args.split()
    if len(parts) != 2 or parts[0] not in roles.ROLES or not _typeable_id(parts[1]):
        return say(turn, "usage: /grant admin|staff ID, e.g. /grant staff telegram:123456 or whatsapp:+9198…")
    role, user = parts
    try:
        old = roles.grant(
            turn.services.db, turn.message.sender, user, role, _command(turn), turn.services.admins
        )
    except roles.LastAdmin as exc:
        return say(turn, f"not changed: {exc}")
    kept = roles.bootstrap_role(turn.services, user)
    if kept and not roles.allows(role, kept):
        return say(turn, f"{user} is granted {role}" + _still_bootstrap(user, kept))
    also = f" (and {kept} through {_BOOTSTRAP_VARS[kept]} too)" if kept == role else ""
    return say(turn, f"{user} is now {role}" + (f" (was {old})" if old else "") + also)


_BOOTSTRAP_VARS = {roles.ADMIN: "SAHAYAK_ADMINS", roles.STAFF: "SAHAYAK_STAFF"}


def _still_bootstrap(user: str, kept: str) -> str:
    """What a /revoke or lower /grant could not change: "…, but console:rogue is still admin through
    SAHAYAK_ADMINS" (an admin removing a rogue colleague must not believe it worked)."""
    var = _BOOTSTRAP_VARS[kept]
    return f", but {user} is still {kept} through {var}: remove {user} from {var} and restart the bot to change that"


def _typeable_id(user: str) -> bool:
    """A valid id without invisible characters: `console:` and a zero-width space is a role nobody holds."""
    return roles.valid_id(user) and user.isprintable()


def revoke(turn: Turn, args: str) -> list[Reply]:
    """/revoke ID — remove a granted role (bootstrap roles come from the environment)."""
    user = args.strip()
    if not (
        roles.valid_id(user) or roles.stored_role(turn.services.db, user)
    ):  # (one granted before ids were checked)
        return say(turn, "usage: /revoke ID, e.g. /revoke telegram:123456")
    try:
        old = roles.revoke(turn.services.db, turn.message.sender, user, _command(turn), turn.services.admins)
    except roles.LastAdmin as exc:
        return say(turn, f"not changed: {exc}")
    kept = roles.bootstrap_role(turn.services, user)
    if old is None:
        return say(turn, f"{user} has no granted role" + (_still_bootstrap(user, kept) if kept else ""))
    if kept:
        return say(turn, f"{user}'s granted {old} role is removed" + _still_bootstrap(user, kept))
    return say(turn, f"{user} is no longer {old}")
