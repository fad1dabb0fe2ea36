"""Settings from the environment: parsed once, secrets never shown."""

import pytest

from bot.settings import SettingsError, from_env, require


def test_defaults_without_environment():
    s = from_env({})
    assert s.db_path == "knowledge.db" and s.admins == frozenset()


def test_ids_are_split_and_trimmed():
    s = from_env({"SAHAYAK_ADMINS": "telegram:1, whatsapp:+919800000000 ,", "SAHAYAK_STAFF": "console:local"})
    assert s.admins == {"telegram:1", "whatsapp:+919800000000"} and s.staff == {"console:local"}


def test_repr_never_shows_secrets():
    s = from_env({"TELEGRAM_BOT_TOKEN": "123:SECRET", "TWILIO_AUTH_TOKEN": "twsecret"})
    assert "SECRET" not in repr(s) and "twsecret" not in repr(s) and "***" in repr(s)


def test_require_names_the_missing_variable():
    with pytest.raises(SettingsError, match="TELEGRAM_BOT_TOKEN"):
        require(from_env({}), "telegram_token")


def test_public_base_url_must_be_a_url():
    with pytest.raises(SettingsError, match="PUBLIC_BASE_URL"):
        from_env({"PUBLIC_BASE_URL": "example.org"})
