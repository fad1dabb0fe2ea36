"""The core never imports a platform: telegram, twilio and the web stack stay in the adapters."""

import ast
from pathlib import Path

import pytest

BOT = Path(__file__).resolve().parent.parent / "bot"
PLATFORM_PACKAGES = {"telegram", "twilio", "starlette", "uvicorn", "httpx", "aiohttp"}
# The channel edges, and the CLI that starts them; everything else is the platform-neutral core.
ADAPTERS = {
    "cli.py",
    "server.py",
    "telegram_bot.py",
    "telegram_receive.py",
    "telegram_send.py",
    "whatsapp.py",
    "whatsapp_outbound.py",
    "whatsapp_media.py",
    "whatsapp_files.py",
    "delivery.py",
}
CORE = sorted(p.name for p in BOT.glob("*.py") if p.name not in ADAPTERS)


def imported_packages(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("module", CORE)
def test_core_module_imports_no_platform(module):
    assert imported_packages(BOT / module) & PLATFORM_PACKAGES == set()


def test_every_adapter_listed_exists():
    assert all((BOT / name).exists() for name in ADAPTERS)
