"""Settings from the environment through one pure function; secrets never printed."""

from collections.abc import Mapping
from dataclasses import dataclass, field, fields

DEFAULT_DB = "knowledge.db"
SECRET_FIELDS = {"telegram_token", "telegram_webhook_secret", "twilio_auth_token"}


class SettingsError(ValueError):
    """A missing or malformed setting; the message names the variable."""


@dataclass(frozen=True)
class Settings:
    db_path: str = DEFAULT_DB
    admins: frozenset[str] = frozenset()
    staff: frozenset[str] = frozenset()
    telegram_token: str | None = field(default=None, repr=False)
    telegram_api_base_url: str | None = None
    telegram_webhook_secret: str | None = field(default=None, repr=False)
    public_base_url: str | None = None
    twilio_auth_token: str | None = field(default=None, repr=False)
    twilio_account_sid: str | None = None
    twilio_whatsapp_from: str | None = None

    def __repr__(self) -> str:
        shown = (
            f"{f.name}={'***' if f.name in SECRET_FIELDS and getattr(self, f.name) else getattr(self, f.name)!r}"
            for f in fields(self)
        )
        return f"Settings({', '.join(shown)})"


def _ids(value: str | None) -> frozenset[str]:
    return frozenset(v.strip() for v in (value or "").replace(";", ",").split(",") if v.strip())


def from_env(environ: Mapping[str, str]) -> Settings:
    """Read every setting; channel-specific checks happen in `require`."""
    base = environ.get("PUBLIC_BASE_URL", "").strip().rstrip("/") or None
    if base and not base.startswith(("https://", "http://")):
        raise SettingsError("PUBLIC_BASE_URL must start with https:// (got something else)")
    return Settings(
        db_path=environ.get("SAHAYAK_DB", "").strip() or DEFAULT_DB,
        admins=_ids(environ.get("SAHAYAK_ADMINS")),
        staff=_ids(environ.get("SAHAYAK_STAFF")),
        telegram_token=environ.get("TELEGRAM_BOT_TOKEN", "").strip() or None,
        telegram_api_base_url=environ.get("TELEGRAM_API_BASE_URL", "").strip() or None,
        telegram_webhook_secret=environ.get("TELEGRAM_WEBHOOK_SECRET", "").strip() or None,
        public_base_url=base,
        twilio_auth_token=environ.get("TWILIO_AUTH_TOKEN", "").strip() or None,
        twilio_account_sid=environ.get("TWILIO_ACCOUNT_SID", "").strip() or None,
        twilio_whatsapp_from=environ.get("TWILIO_WHATSAPP_FROM", "").strip() or None,
    )


def require(settings: Settings, *names: str) -> None:
    """Fail fast with one line naming the first missing variable."""
    env_names = {
        "telegram_token": "TELEGRAM_BOT_TOKEN",
        "telegram_webhook_secret": "TELEGRAM_WEBHOOK_SECRET",
        "public_base_url": "PUBLIC_BASE_URL",
        "twilio_auth_token": "TWILIO_AUTH_TOKEN",
        "twilio_account_sid": "TWILIO_ACCOUNT_SID",
        "twilio_whatsapp_from": "TWILIO_WHATSAPP_FROM",
    }
    for name in names:
        if not getattr(settings, name):
            raise SettingsError(f"{env_names[name]} is not set")
