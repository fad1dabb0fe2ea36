"""Where the shipped data lives: `intents/` and `locales/` sit beside `bot/` in a checkout and
are installed as `bot.intents` / `bot.locales` in a wheel, so one lookup serves both."""

from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path


def data_dir(name: str) -> Traversable:
    """The `intents` or `locales` folder, from an installed wheel or the source checkout."""
    try:
        return resources.files(f"bot.{name}")
    except (ModuleNotFoundError, TypeError):
        return Path(__file__).resolve().parent.parent / name
