"""Who may do what: bootstrap ids from the environment plus roles granted in the database.

Ids are platform-qualified (`telegram:123456`, `whatsapp:+919812345678`, `console:local`). An
admin can also do everything staff can. Bootstrap roles (SAHAYAK_ADMINS / SAHAYAK_STAFF) cannot be
revoked from chat: they come back with the next restart anyway. The last admin (bootstrap ids count)
cannot be revoked or made staff: nobody could run an admin command from a chat any more.
"""

import regex
import sqlite_utils

from bot import audit
from bot.services import Services

ADMIN, STAFF = "admin", "staff"
ROLES = (ADMIN, STAFF)
_RANK = {None: 0, STAFF: 1, ADMIN: 2}
PLATFORMS = ("telegram", "whatsapp", "console", "cli")


class LastAdmin(ValueError):
    """A role change that would leave no admin; the message is for the admin."""


def role_of(services: Services, user: str) -> str | None:
    """The strongest role `user` holds, or None for a citizen."""
    if user in services.admins:
        return ADMIN
    granted = stored_role(services.db, user)
    if granted == ADMIN:
        return ADMIN
    if user in services.staff or granted == STAFF:
        return STAFF
    return None


def bootstrap_role(services: Services, user: str) -> str | None:
    """The role `user` holds through SAHAYAK_ADMINS / SAHAYAK_STAFF, which no chat command can take away."""
    if user in services.admins:
        return ADMIN
    return STAFF if user in services.staff else None


def allows(role: str | None, needed: str | None) -> bool:
    """True when `role` is at least `needed` (None needed: anyone)."""
    return _RANK[role] >= _RANK[needed]


def stored_role(db: sqlite_utils.Database, user: str) -> str | None:
    row = db.execute("SELECT role FROM roles WHERE user = ?", [user]).fetchone()
    return row[0] if row else None


# The ids senders really have: Telegram's numeric user ids, WhatsApp's "+" and country code. ASCII digits
# only: `\d` would also take full-width or Devanagari digits, an id no sender has.
SENDER_ID = {"telegram": regex.compile(r"-?[0-9]{1,15}"), "whatsapp": regex.compile(r"\+[0-9]{8,15}")}


def valid_id(user: str) -> bool:
    """`platform:id` with a known platform and an id a sender there can have ("whatsapp:9198…" without
    its "+", or "telegram:@name", would be granted to nobody)."""
    platform, sep, ident = user.partition(":")
    if not (sep and ident.strip()) or platform not in PLATFORMS or " " in user:
        return False
    shape = SENDER_ID.get(platform)
    return shape is None or bool(shape.fullmatch(ident))


def grant(
    db: sqlite_utils.Database, who: str, user: str, role: str, command: str, bootstrap: frozenset[str]
) -> str | None:
    """Store `role` for `user` (one transaction, one audit row); the previous stored role. `bootstrap`: the
    admins from SAHAYAK_ADMINS. Raises LastAdmin."""
    with audit.change(db):
        refuse_last_admin(db, bootstrap, user, role)
        old = stored_role(db, user)
        set_role(db, user, role, who)
        audit.record(
            db, who, command, user, old, role, {"op": "role", "user": user, "expect": role, "restore": old}
        )
    return old


def revoke(
    db: sqlite_utils.Database, who: str, user: str, command: str, bootstrap: frozenset[str]
) -> str | None:
    """Remove the stored role of `user`; the role it had (None: nothing to revoke, no audit row).
    `bootstrap`: the admins from SAHAYAK_ADMINS. Raises LastAdmin."""
    with audit.change(db):
        old = stored_role(db, user)
        if old is None:
            return None
        refuse_last_admin(db, bootstrap, user, None)
        set_role(db, user, None, who)
        audit.record(
            db, who, command, user, old, None, {"op": "role", "user": user, "expect": None, "restore": old}
        )
    return old


def refuse_last_admin(
    db: sqlite_utils.Database, bootstrap: frozenset[str], user: str, role: str | None
) -> None:
    """LastAdmin when giving `user` the stored `role` would leave nobody who is an admin."""
    granted = {row[0] for row in db.execute("SELECT user FROM roles WHERE role = ?", [ADMIN]).fetchall()}
    if role != ADMIN and user in granted and not (bootstrap or granted - {user}):
        raise LastAdmin(
            f"{user} is the last admin: nobody could run admin commands any more; "
            "/grant admin ID to someone else first"
        )


def set_role(db: sqlite_utils.Database, user: str, role: str | None, who: str) -> None:
    if role is None:
        db.execute("DELETE FROM roles WHERE user = ?", [user])
        return
    db.execute(
        "INSERT INTO roles(user, role, granted_by, granted_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(user) DO UPDATE SET role = excluded.role, granted_by = excluded.granted_by, "
        "granted_at = excluded.granted_at",
        [user, role, who, audit.stamp()],
    )
