"""Files the bot sends on WhatsApp (an admin's /export): served for Twilio at short-lived, unguessable links.

TwiML can attach a file only by URL, and Twilio fetches it from there (a HEAD and a GET or two to check
its type, then the file). So each attachment the core returns (only admin commands attach files, and
the core checks who runs them) is kept in memory under a random token for LIFETIME_SECONDS and served
at most MAX_FETCHES times at PUBLIC_BASE_URL/whatsapp/files/TOKEN/NAME; then it is gone. Nothing else
is ever served there: an unknown or expired token is a 404, whatever its name. The app runs as one
process (`sahayak serve`), so the memory the webhook publishes in is the one the route reads.
"""

import secrets
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

FILES_PATH = "/whatsapp/files"
LIFETIME_SECONDS = 600.0
MAX_FETCHES = 3
# WhatsApp carries text documents, not YAML ones; the file's name keeps its .yaml.
SENT_AS = {"application/x-yaml": "text/plain; charset=utf-8"}


@dataclass
class _File:
    content: bytes
    mime: str
    filename: str
    expires: float
    fetches: int = 0


class OutgoingFiles:
    """The attachments waiting for Twilio to fetch them."""

    def __init__(self, public_base_url: str, clock: Callable[[], float] = time.monotonic):
        self.base = public_base_url.rstrip("/")
        self.clock = clock
        self._files: dict[str, _File] = {}

    def publish(self, attachment: dict) -> str:
        """The public link to `attachment` ({"filename", "content", "mime"}) for a TwiML <Media>."""
        self._drop_expired()
        token = secrets.token_urlsafe(32)
        name = _safe_name(attachment["filename"])
        mime = SENT_AS.get(attachment["mime"], attachment["mime"])
        self._files[token] = _File(attachment["content"], mime, name, self.clock() + LIFETIME_SECONDS)
        return f"{self.base}{FILES_PATH}/{token}/{name}"

    def route(self) -> Route:
        """GET (and HEAD) FILES_PATH/TOKEN/NAME for the shared ASGI app."""
        return Route(f"{FILES_PATH}/{{token}}/{{name}}", self._endpoint(), methods=["GET"])

    def _endpoint(self) -> Callable[[Request], Awaitable[Response]]:
        async def serve(request: Request) -> Response:
            self._drop_expired()
            token, name = request.path_params["token"], request.path_params["name"]
            file = self._files.get(token)
            if file is None or not secrets.compare_digest(name, file.filename):
                return PlainTextResponse("not found", status_code=404)
            if request.method == "GET":
                file.fetches += 1
                if file.fetches >= MAX_FETCHES:
                    del self._files[token]
            headers = {
                "Content-Disposition": f'inline; filename="{file.filename}"',
                "Cache-Control": "no-store",
            }
            return Response(file.content, media_type=file.mime, headers=headers)

        return serve

    def _drop_expired(self) -> None:
        now = self.clock()
        for token in [t for t, f in self._files.items() if f.expires <= now]:
            del self._files[token]


def _safe_name(filename: str) -> str:
    """The name as a URL path part and a header value: letters, digits, '-', '_' and '.' only."""
    kept = "".join(c if c.isascii() and (c.isalnum() or c in "-_.") else "-" for c in filename)
    return kept.strip(".") or "file"
