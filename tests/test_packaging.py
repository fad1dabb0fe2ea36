"""A non-editable install must carry its data: the seed, intents/ and the compiled locales."""

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            str(ROOT),
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
        ],
        check=True,
        capture_output=True,
    )
    return next(out.glob("sahayak-*.whl"))


def test_wheel_contains_seed_intents_and_locales(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "bot/data/msme-kb.yaml" in names
    assert "bot/intents/intents.yaml" in names and "bot/intents/topics.yaml" in names
    assert "bot/locales/hi/LC_MESSAGES/sahayak.mo" in names


def test_installed_wheel_answers_from_any_directory(wheel, tmp_path):
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    code = (
        "import bot, json, sys; from bot.cli import main; "
        "assert bot.__file__.startswith(sys.argv[1]), bot.__file__; "
        "main(['ask', 'उद्यम पंजीकरण के दस्तावेज', '--json', '--db', 'k.db'])"
    )
    env = {**os.environ, "PYTHONPATH": str(site)}
    done = subprocess.run(
        [sys.executable, "-c", code, str(site)], cwd=elsewhere, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert answer["topic"] == "udyam" and answer["aspect"] == "documents"
    assert "जरूरी कागज़ात" in answer["reply"]  # the Hindi catalog was found
    assert (elsewhere / "k.db").exists()
