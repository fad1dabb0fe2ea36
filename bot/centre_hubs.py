"""Which centre an Extension Centre belongs to ("which is its parent centre", "Jajpur extension centre kiska
hai"): the knowledge base's `hub` of each centre asked about, with all it has on that hub; and whose it is
("sarkari hai ya private?"): every centre on file is one of the MSME Ministry's."""

from bot.centre_finder import CentreAnswer, CentreFinder
from bot.i18n import gettext
from bot.knowledge import text
from bot.normalize import says_any
from bot.phrases import word_list


def asks_hub(said: str) -> bool:
    """Whether a message asks which centre another one is run from ("its parent centre", "किसके तहत है")."""
    return says_any(said, word_list("words", "hub_asks"))


def asks_owner(said: str) -> bool:
    """Whether a message asks if a centre is the government's or a private one ("is it govt or private")."""
    return says_any(said, word_list("words", "owner_asks"))


def owners(finder: CentreFinder, ids: list[str], lang: str) -> CentreAnswer:
    """Each centre asked about as one of the MSME Ministry's (the only kind the knowledge base lists), and its
    parent centre when it has one."""
    _ = gettext(lang)
    centres = finder.knowledge.centres
    lines = []
    for c in (centres[i] for i in ids if i in centres):
        name, hub = text(c.get("name"), lang), centres.get(c.get("hub") or "")
        if hub is None:
            said = _("%(centre)s is a government centre: one of the Ministry of MSME's Technology Centres.")
            lines.append(said % {"centre": name})
            continue
        said = _(
            "%(centre)s is a government centre: an extension centre of %(hub)s, an MSME Ministry Technology Centre."
        )
        lines.append(said % {"centre": name, "hub": text(hub.get("name"), lang)})
    return CentreAnswer("\n".join(lines), (), finder.choices([], lang), None)


def hubs(finder: CentreFinder, ids: list[str], lang: str) -> CentreAnswer:
    """Each centre's parent (hub) as the data names it, then all the data has on the hubs; a centre with no
    hub on file is said to have none (a Technology Centre is a hub itself)."""
    _ = gettext(lang)
    centres = finder.knowledge.centres
    lines, hub_ids = [], []
    for c in (centres[i] for i in ids if i in centres):
        hub = centres.get(c.get("hub") or "")
        name = text(c.get("name"), lang)
        if hub is None:
            lines.append(_("My knowledge base names no parent centre for %(centre)s.") % {"centre": name})
            continue
        said = _("%(centre)s is an extension centre of %(hub)s.")
        lines.append(said % {"centre": name, "hub": text(hub.get("name"), lang)})
        if hub["id"] not in hub_ids:
            hub_ids.append(hub["id"])
    details = finder.details(hub_ids, lang) if hub_ids else None
    body = "\n".join(lines) + (f"\n\n{details.text}" if details else "")
    return CentreAnswer(body, details.centres if details else (), finder.choices([], lang), None)
