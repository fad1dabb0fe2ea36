"""The `sahayak` command: chat in the terminal, ask (JSON contract), eval, knowledge-base tools, channels."""

import io
import json
import logging
import os
import sys
from pathlib import Path

import click

from bot import seed
from bot.geo import valid_point
from bot.settings import SettingsError, from_env


def _services(db_path: str | None):
    from bot.services import open_services

    settings = from_env(os.environ)
    return open_services(db_path or settings.db_path, admins=settings.admins, staff=settings.staff)


def _location(value: str | None) -> tuple[float, float] | None:
    if not value:
        return None
    try:
        lat, lon = (float(v) for v in value.split(","))
    except ValueError as exc:
        raise click.BadParameter("use LAT,LON, for example 25.6,85.1") from exc
    if not valid_point(lat, lon):
        raise click.BadParameter("latitude must be within ±90 and longitude within ±180")
    return lat, lon


db_option = click.option(
    "--db", "db_path", default=None, help="Knowledge base path (default: $SAHAYAK_DB or knowledge.db)."
)


@click.group()
def main() -> None:
    """Sahayak: the MSME helpline bot."""
    logging.basicConfig(
        level=os.environ.get("SAHAYAK_LOG", "WARNING").upper(), format="%(levelname)s %(name)s %(message)s"
    )
    logging.getLogger("httpx").setLevel(logging.WARNING)
    # A line that is not UTF-8 (a Latin-1 file) is read with "�" rather than ending the batch in a traceback.
    for stream in (sys.stdin, sys.stdout):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="replace")


@main.command()
@db_option
@click.option("--user", default="console:local", help="Who you are (platform-qualified id).")
def chat(db_path: str | None, user: str) -> None:
    """Chat with the bot in the terminal."""
    from bot.console import chat as run_chat

    services = _services(db_path)
    try:
        run_chat(
            services,
            user,
            sys.stdin,
            lambda s: (sys.stdout.write(s + ("" if s.endswith("\n") else "\n")), sys.stdout.flush()),
        )
    except KeyboardInterrupt:
        click.echo("")


@main.command()
@click.argument("text", required=False)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.option("--jsonl", is_flag=True, help="Read one query per stdin line, write one JSON object per line.")
@click.option("--location", default=None, help="A shared location, LAT,LON.")
@click.option("--user", default=None, help="Keep a session for this user id (stateless without it).")
@db_option
def ask(
    text: str | None, as_json: bool, jsonl: bool, location: str | None, user: str | None, db_path: str | None
) -> None:
    """Ask one question (or many with --jsonl)."""
    from bot.ask import as_json as to_json
    from bot.ask import ask as run_ask

    services = _services(db_path)
    point = _location(location)
    if jsonl:
        for line in sys.stdin:
            query = line.rstrip("\n")
            reply = run_ask(services, query, user=user, location=point)
            sys.stdout.write(json.dumps(to_json(reply), ensure_ascii=False) + "\n")
            sys.stdout.flush()
        return
    if text is None and point is None:
        raise click.UsageError("give the question as TEXT, or --location, or use --jsonl")
    reply = run_ask(services, text or "", user=user, location=point)
    click.echo(json.dumps(to_json(reply), ensure_ascii=False) if as_json else reply.text)


@main.command(name="eval")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@db_option
def eval_command(files: tuple[str, ...], db_path: str | None) -> None:
    """Accuracy per language and intent, fallback precision/recall and the misses."""
    from bot.evaluate import evaluate

    services = _services(db_path)
    for path in files:
        click.echo(f"== {path}")
        for line in evaluate(services, path).lines():
            click.echo(line)


@main.group()
def kb() -> None:
    """Knowledge-base tools."""


@kb.command()
@db_option
@click.option(
    "--seed",
    "seed_path",
    default=None,
    type=click.Path(exists=True, dir_okay=False),
    help="Seed YAML (default: the shipped one).",
)
def init(db_path: str | None, seed_path: str | None) -> None:
    """(Re)load the knowledge base from the seed, replacing what is there."""
    from bot.schema import open_db

    db = open_db(db_path or from_env(os.environ).db_path)
    seed.load(db, seed.read_seed(seed_path) if seed_path else seed.shipped_seed())
    counts = {t: db[t].count for t in (*seed.RECORD_TABLES, "aliases")}
    click.echo(f"loaded: {counts}")


@kb.command()
@db_option
def check(db_path: str | None) -> None:
    """Check the knowledge base for broken references and missing fields."""
    from bot.kb_check import check_database

    services = _services(db_path)
    found = check_database(services.db)
    for p in found:
        click.echo(p)
    click.echo(f"{len(found)} problem(s)")
    sys.exit(1 if found else 0)


@kb.command()
@db_option
@click.option("-o", "--output", default="-", help="File to write (default: stdout).")
def export(db_path: str | None, output: str) -> None:
    """The knowledge base in the seed YAML format."""
    services = _services(db_path)
    text = seed.dump_yaml(seed.export(services.db))
    if output == "-":
        click.echo(text)
    else:
        Path(output).write_text(text, encoding="utf-8")
        click.echo(f"written: {output}")


@kb.command()
@click.argument("query")
@db_option
def search(query: str, db_path: str | None) -> None:
    """Full-text search over names, summaries and services (Devanagari-safe)."""
    from bot.kb_search import search as run_search

    services = _services(db_path)
    for topic, lang, snippet in run_search(services.db, query):
        click.echo(f"{topic} [{lang}] {snippet}")


@main.command()
@db_option
def telegram(db_path: str | None) -> None:
    """Run the Telegram bot with long polling (TELEGRAM_BOT_TOKEN; optional TELEGRAM_API_BASE_URL)."""
    from bot.telegram_bot import run_polling

    settings = from_env(os.environ)
    run_polling(settings, _services(db_path))


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@db_option
def serve(host: str, port: int, db_path: str | None) -> None:
    """Run the production ASGI server: POST /whatsapp, POST /telegram (when configured), GET /healthz."""
    from bot.server import serve as run_server

    settings = from_env(os.environ)
    run_server(settings, _services(db_path), host=host, port=port)


def run() -> None:
    try:
        main()
    except SettingsError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
