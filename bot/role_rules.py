"""A verdict on whom a scheme takes in a role ("Buyers: companies, government departments and PSUs."), asked by
someone who says they run a shop ("meri chhoti kirana dukan hai, kya main treds pe buyer ban sakta hu?"): a role
that only organisations fill is no shop's, so ✗, with the role's line. The role and who fills it are read from the
scheme's own line; a role that names any other kind ("Sellers: manufacturers, … resellers") gets no verdict."""

import regex

from bot.i18n import gettext
from bot.normalize import keys, says_any
from bot.own_details import Verdict, eligibility_lines
from bot.phrases import word_keys, word_list

# "companies, government departments and PSUs": the kinds a role line lists, apart; what a bracket adds ("only
# government bodies (central and state departments, PSUs, …)") is left out, as it only says more of them.
_LISTED = regex.compile(r",|\band\b|\bor\b")
_BRACKETED = regex.compile(r"\([^)]*\)")


def verdicts(scheme: dict, text: str, lang: str) -> list[Verdict]:
    """✗ for a shop asking to fill a role (buyer) that only organisations fill, per the scheme's line."""
    if not (
        says_any(text, word_list("words", "shop_kinds")) and says_any(text, word_list("words", "role_asks"))
    ):
        return []
    said = set(keys(text))
    for en, shown in eligibility_lines(scheme, lang):
        role, colon, listed = en.partition(":")
        shown_role = shown.partition(":")[0]
        heads = set(keys(role)) | set(keys(shown_role))
        if not colon or len(keys(role)) != 1 or not heads & said or not _only_organisations(listed):
            continue
        _ = gettext(lang)
        line = _("✗ A shop: not on the list of %(role)s, so no.") % {"role": shown_role.strip().lower()}
        return [Verdict(line, shown)]
    return []


def _only_organisations(listed: str) -> bool:
    """Whether every kind a role line lists is an organisation (a company, a government body, a PSU)."""
    kinds = [k for k in _LISTED.split(_BRACKETED.sub("", listed)) if keys(k)]
    return bool(kinds) and all(set(keys(k)) & word_keys("organisation_words") for k in kinds)
