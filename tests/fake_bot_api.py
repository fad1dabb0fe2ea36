"""A fake Telegram Bot API on 127.0.0.1 for the real python-telegram-bot to talk to.

It records every method call (with its parameters decoded the way the Bot API decodes them),
answers with realistic JSON, serves queued updates to `getUpdates` (long polling included), and
fails a method with a 429 `retry_after` when a test asks it to.
"""

import asyncio
import contextlib
import email.parser
import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, unquote

BOT_USER = {
    "id": 777000111,
    "is_bot": True,
    "first_name": "Sahayak",
    "username": "SahayakTestBot",
    "can_join_groups": True,
    "can_read_all_group_messages": False,
    "supports_inline_queries": False,
}
# How long an empty getUpdates waits at most, whatever timeout PTB asks for: keeps shutdown quick.
MAX_LONG_POLL = 0.2


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    files: dict[str, bytes] = field(default_factory=dict)


class FakeBotApi:
    """Start with `with FakeBotApi(token) as api:`; point PTB at `api.base_url`."""

    def __init__(self, token: str):
        self.token = token
        self.calls: list[Call] = []
        self.updates: list[dict] = []
        self.failures: dict[str, list[tuple[int, int]]] = {}
        self.downloads: dict[str, bytes] = {}  # file_id -> content, served by getFile + /file/
        self.changed = threading.Condition()
        self._message_id = 1000
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._server.daemon_threads = True
        self.base_url = f"http://127.0.0.1:{self._server.server_port}"

    def __enter__(self) -> "FakeBotApi":
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def push_update(self, update: dict) -> None:
        """Queue an update for the next getUpdates."""
        with self.changed:
            self.updates.append(update)
            self.changed.notify_all()

    def fail_next(self, method: str, status: int = 429, retry_after: int = 1) -> None:
        """The next call of `method` fails: 429 with `retry_after` by default, or another HTTP status."""
        self.failures.setdefault(method, []).append((status, retry_after))

    def called(self, method: str) -> list[Call]:
        with self.changed:
            return [c for c in self.calls if c.method == method]

    async def wait_for(self, method: str, count: int = 1, timeout: float = 10.0) -> list[Call]:
        """The calls of `method` once there are `count` of them (polls: PTB runs on this event loop)."""
        deadline = time.monotonic() + timeout
        while len(found := self.called(method)) < count:
            if time.monotonic() > deadline:
                raise AssertionError(f"{method}: {len(found)} call(s), wanted {count}; all: {self.methods()}")
            await asyncio.sleep(0.02)
        return found

    def methods(self) -> list[str]:
        with self.changed:
            return [c.method for c in self.calls]

    def answer(self, call: Call) -> tuple[int, dict]:
        """The HTTP status and JSON body the real Bot API would send."""
        with self.changed:
            self.calls.append(call)
            self.changed.notify_all()
            pending = self.failures.get(call.method)
            if pending:
                return _error(*pending.pop(0))
        if call.method == "getUpdates":
            return 200, {"ok": True, "result": self._updates(call.params)}
        if call.method == "getMe":
            return 200, {"ok": True, "result": BOT_USER}
        if call.method in ("sendMessage", "sendDocument", "sendPhoto"):
            return 200, {"ok": True, "result": self._sent(call)}
        if call.method == "getFile" and call.params.get("file_id") in self.downloads:
            file_id = call.params["file_id"]
            size = len(self.downloads[file_id])
            return 200, {
                "ok": True,
                "result": {
                    "file_id": file_id,
                    "file_unique_id": file_id,
                    "file_size": size,
                    "file_path": file_id,
                },
            }
        if call.method in ("answerCallbackQuery", "setMyCommands", "setWebhook", "deleteWebhook"):
            return 200, {"ok": True, "result": True}
        return 404, {"ok": False, "error_code": 404, "description": "Not Found"}

    def _updates(self, params: dict) -> list[dict]:
        offset = int(params.get("offset") or 0)
        wait = min(float(params.get("timeout") or 0), MAX_LONG_POLL)
        with self.changed:
            self.changed.wait_for(lambda: any(u["update_id"] >= offset for u in self.updates), timeout=wait)
            self.updates = [u for u in self.updates if u["update_id"] >= offset]  # confirmed ones are gone
            return list(self.updates)

    def _sent(self, call: Call) -> dict:
        with self.changed:
            self._message_id += 1
            message_id = self._message_id
        chat_id = int(call.params["chat_id"])
        message = {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "group", "first_name": "User"},
            "from": BOT_USER,
        }
        if call.method == "sendMessage":
            message["text"] = call.params["text"]
        elif call.method == "sendPhoto":
            message["photo"] = [
                {
                    "file_id": f"photo{message_id}",
                    "file_unique_id": f"p{message_id}",
                    "width": 90,
                    "height": 90,
                }
            ]
        else:
            message["document"] = {"file_id": f"doc{message_id}", "file_unique_id": f"d{message_id}"}
        if "reply_markup" in call.params:
            message["reply_markup"] = call.params["reply_markup"]
        return message


ERRORS = {
    400: "Bad Request: chat not found",
    403: "Forbidden: bot was blocked by the user",
    502: "Bad Gateway",
}


def _error(status: int, retry_after: int) -> tuple[int, dict]:
    if status == 429:
        description = f"Too Many Requests: retry after {retry_after}"
        return 429, {
            "ok": False,
            "error_code": 429,
            "description": description,
            "parameters": {"retry_after": retry_after},
        }
    return status, {"ok": False, "error_code": status, "description": ERRORS[status]}


def _decode(content_type: str, body: bytes) -> tuple[dict[str, Any], dict[str, bytes]]:
    """Form fields (JSON values decoded, as the Bot API does) and uploaded files."""
    params: dict[str, Any] = {}
    files: dict[str, bytes] = {}
    if content_type.startswith("multipart/form-data"):
        parsed = email.parser.BytesParser().parsebytes(
            f"Content-Type: {content_type}\r\n\r\n".encode() + body
        )
        for part in parsed.get_payload():
            name = part.get_param("name", header="content-disposition")
            data = part.get_payload(decode=True)
            if part.get_filename():
                files[name] = data
            else:
                params[name] = data.decode()
    elif content_type.startswith("application/json"):
        params = json.loads(body or b"{}")
    else:
        params = dict(parse_qsl(body.decode()))
    for name in ("reply_markup", "commands", "allowed_updates"):
        if isinstance(params.get(name), str):
            params[name] = json.loads(params[name])
    return params, files


def _handler_for(api: FakeBotApi) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            prefix = f"/bot{api.token}/"
            if not self.path.startswith(prefix):
                return self._send(401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            params, files = _decode(self.headers.get("Content-Type", ""), body)
            self._send(*api.answer(Call(self.path[len(prefix) :], params, files)))

        def do_GET(self) -> None:
            prefix = f"/file/bot{api.token}/"
            path = unquote(self.path)  # PTB percent-encodes the token's colon
            content = api.downloads.get(path[len(prefix) :]) if path.startswith(prefix) else None
            if content is None:
                return self._send(404, {"ok": False, "error_code": 404, "description": "Not Found"})
            self.send_response(200)
            self.send_header("Content-Length", str(len(content)))
            self.end_headers()
            self.wfile.write(content)

        def _send(self, status: int, payload: dict) -> None:
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # PTB cancels long polls on stop
                self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:  # the request line holds the token
            pass

    return Handler
