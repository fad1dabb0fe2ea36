"""The plain data that crosses between the adapters and the core."""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class IncomingMessage:
    """One message from a person, whatever the platform."""

    platform: str  # "console", "telegram", "whatsapp"
    sender: str  # platform-qualified: "telegram:123", "whatsapp:+9198..."
    text: str = ""
    chat: str = ""
    is_private: bool = True
    location: tuple[float, float] | None = None
    forwarded: bool = False
    locale_hint: str | None = None
    media: str | None = None  # "voice", "photo", "sticker", "document", ... when the message is not text
    # Why a file sent for /import did not reach the bot ("too_big", "timeout", ...; see kb_import.NOT_RECEIVED).
    media_error: str | None = None
    message_id: str | None = None

    def __post_init__(self) -> None:
        # A lone surrogate (a broken emoji from a client, an invalid byte on the command line) cannot be
        # stored or sent on: it becomes "?".
        object.__setattr__(self, "text", self.text.encode("utf-8", "replace").decode("utf-8"))


@dataclass(frozen=True)
class Option:
    """A next step offered to the user: shown numbered, or as a button."""

    label: str
    payload: str


@dataclass(frozen=True)
class Reply:
    """One message back, plus what the bot understood (for `ask --json`, staff and logs)."""

    text: str
    locale: str = "en"
    options: tuple[Option, ...] = ()
    intent: str = "fallback"
    topic: str | None = None
    aspect: str | None = None
    confidence: float = 0.0
    input_language: str = "en"
    centres: tuple[dict, ...] = ()
    runners_up: tuple[str, ...] = ()
    recipient: str | None = None  # another user's id when the reply goes to them (staff answers)
    ticket: int | None = None  # the helpline request a staff answer belongs to
    attachment: dict | None = field(
        default=None
    )  # {"filename", "content" (bytes), "mime"} for exports/charts
