"""Shared fixtures: every test gets a fresh SQLite knowledge base built by the production migrations."""

import pytest

from bot.services import Services, open_services


@pytest.fixture
def services(tmp_path) -> Services:
    return open_services(str(tmp_path / "knowledge.db"))
