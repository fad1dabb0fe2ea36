"""Questions about MSME centres: a place or kind asked for, a shared location's list, and the short
follow-ups about the centres just listed ("patna wala chalu hai?", "phone number?", "any other nearby?")."""

from dataclasses import replace
from functools import cache
from itertools import pairwise

from bot import (
    answers,
    centre_counts,
    centre_hours,
    centre_hubs,
    centre_lists,
    groups,
    lost,
    menus,
    msme_size,
    number_asked,
    questions,
    responses,
    town_and_more,
)
from bot.centre_counts import TECH_CENTRES
from bot.centre_finder import EFC, IN_PLACE_KM, OFFICE, OPERATIONAL, CentreAnswer
from bot.choices import CENTRE_PICK, another_words, position_in
from bot.follow_ups import FOLLOWUP_WORDS
from bot.group_answers import PLACE_GROUPS, has_lines_for
from bot.i18n import gettext
from bot.matcher import Understanding
from bot.messages import Option, Reply
from bot.normalize import clean, key, keys, says_any, words
from bot.phrases import word_forms, word_keys, word_list
from bot.place_guesses import Guess
from bot.places import centre_words, pin_code, pin_said_alone, said_as_a_place
from bot.sessions import Session
from bot.turn import Turn


def answer(turn: Turn, u: Understanding, text: str) -> list[Reply] | None:
    """The reply when the message is about centres, else None (and no place is awaited any more)."""
    finder, session = turn.snap.finder, turn.session
    if _asks_before_choosing(turn, u, text):  # "wahan kya sikhate hain" while "which Gorakhpur?" is open
        return [_choose_first(turn)]
    # (not "udyam kiska hai" after a list of centres: a scheme called by its own name asks of the scheme; "parent"
    # only spells like "patent", Champions' IPR support)
    of_a_scheme = u.confident and u.best.label in u.named and u.best.label not in CENTRE_SCHEMES
    owned = _hub_asked_of(turn, text) if centre_hubs.asks_owner(text) and not of_a_scheme else []
    if owned:  # "ar ye sarkari se ke private?" after Rohtak's Technology Centre (and "कौन चलाता है, सरकार या
        # प्राइवेट?", who runs it asked as whose it is)
        return [responses.centres(turn, centre_hubs.owners(finder, owned, turn.lang))]
    hub_of = _hub_asked_of(turn, text) if centre_hubs.asks_hub(text) and not of_a_scheme else []
    if hub_of:  # "which is its parent centre" after Bhavnagar's Extension Centre: IGTR Ahmedabad
        return [responses.centres(turn, centre_hubs.hubs(finder, hub_of, turn.lang))]
    counted = centre_counts.answer(turn, u, text)
    if counted:  # "how many EFCs are there", "kitne tool room hai": the figures, not "which town?"
        return [counted]
    listed = centre_lists.answer(turn, u, text)
    if listed:  # "tool room ki list do": the states and towns that have them
        return [listed]
    named_type = u.centre_type  # "any" when only a generic centre word was used
    office_in_a_scheme_chat = _office_in_a_scheme_chat(turn, text)
    if named_type == "any" and office_in_a_scheme_chat:
        named_type = OFFICE  # "mere shehar me koi office hai?" after PMEGP asks for its offices (DIC, KVIC)
    # A generic "centre" asks for every kind again; no centre word keeps the kind asked before, or the one
    # the chat is about ("kahan hai mere paas, lucknow" after "efc kya hai": no EFC list, said; not tool rooms)
    # (an EFC chat after tool rooms were asked of: "where is the nearest one" asks for an EFC, none on file)
    if named_type == "any" and _kind_discussed(session) and _points_at_a_centre(text):
        named_type = None  # "कानपुर में ये केंद्र कहाँ है" in an EFC chat: an EFC
    centre_type = (
        None if named_type == "any" else named_type or _kind_discussed(session) or session.centre_type
    )
    # "विश्वकर्मा योजना का रजिस्ट्रेशन कहाँ होगा, जन सेवा केंद्र पर?" asks about the scheme it names;
    # "Infosys technology centre ... job vacancy?" about something we do not cover.
    # "CTTC Bhubaneswar ka address" calls a centre by its short name, not the Technology Centres scheme.
    centre_called = u.confident and bool(u.best.matched) and u.best.matched <= finder.acronyms
    # "common facility centre ... in Assam", "office for MSE-GIFT green loan": a generic centre word beside a
    # scheme said for sure asks about the scheme
    beside_a_scheme = named_type == "any" and u.confident and u.best.label not in CENTRE_SCHEMES
    # ("pmegp ka form kaha bharna hai, DIC office jana padega?": the offices are PMEGP's to name, and no
    # office is on file)
    scheme_named = (
        u.confident
        and (u.best.label in u.named or beside_a_scheme)
        and named_type in (None, "any", OFFICE)
        and not centre_called
    )  # not "EFC"
    # "which bank gives it near me?" in a CGTMSE chat asks a detail of the scheme, not for a centre
    detail_asked = (
        named_type is None
        and session.topic in turn.snap.knowledge.schemes
        and bool(turn.snap.details.asked(text))
    )
    # "I'm a carpenter in a village near Nashik. Any scheme for me?" asks for schemes, not centres
    schemes_asked = named_type is None and "scheme_list" in u.intents and (u.confident or not u.unknown)
    # "What kind of help do the export facilitation centres give?" asks what the scheme offers, not where
    # (a town told beside it is where the user is, unless there are centres there to tell of: no EFC is on file)
    offer_asked = (
        u.confident
        and u.best.label in CENTRE_SCHEMES
        and ("help" in u.intents or u.aspect == "benefits")
        and "where" not in u.intents
        and (u.best.label == EFC or not finder.place_said(text))
    )
    # "efc walo ka contact number kahan milega": no EFC is on file, so its contact is the scheme's (honest)
    # one; with a town told, the answer that no EFC near it is on file
    efc_contact = (
        u.confident
        and u.best.label == EFC
        and ("helpline" in u.intents or u.aspect == "contact")
        and not finder.place_said(text)
    )
    # "is there some government office that guides first time exporters like us" (a town told in the story): the
    # EFCs are such offices, and the scheme says what they do (none is on file by town); not where, in a town
    efc_office = (
        u.confident
        and u.best.label == EFC
        and named_type in ("any", OFFICE)
        and "centre_find" not in u.intents
        and not ("where" in u.intents and finder.place_said(text))
    )
    # "online hota hai ya office jana padega" after Udyam: how to apply for it, not where its offices are
    online_or_office = (
        named_type in ("any", OFFICE)
        and office_in_a_scheme_chat
        and says_any(text, word_list("words", "online_words"))
    )
    elsewhere = (
        scheme_named
        or online_or_office
        or bool(u.not_covered)
        or detail_asked
        or schemes_asked
        or offer_asked
        or efc_contact
        or efc_office
    )
    # "common facility centre ... in Assam": the centre word is part of the scheme's name
    in_name = u.confident and u.best.label not in CENTRE_SCHEMES and bool(u.best.matched & centre_words())
    # "main bhopal se hu, cnc training kahan milegi": a course wanted by someone telling their town is the
    # technology centres near it (not what the scheme offers in general)
    # (a fee or the papers asked, "cnc training ki fees kitni hai", is the scheme's detail; "आईटीआई किया है ...
    # कहाँ सीखूँ? मैं इंदौर से हूँ" reads "किया है" as "what is", but asks where)
    course_near = (
        u.confident
        and u.best.label == TECH_CENTRES
        and finder.place_said(text)
        and (u.aspect in (None, "benefits", "apply") or (u.aspect == "overview" and "where" in u.intents))
        and not turn.snap.details.asked(text)
    )
    centre_asked = not (elsewhere or in_name) and (
        course_near
        or "centre_find" in u.intents
        or (session.awaiting == "place" and not (u.topics or u.aspect or set(u.intents) - {"where"}))
        or (named_type is not None and "where" in u.intents)
        or _where_in_a_centre_chat(turn, u)
        or (named_type in ("any", OFFICE) and _only_centre_words(text))
        or _kind_near_the_town(turn, named_type, text)
    )
    # A short question right after a list of centres ("patna wala chalu hai?", "phone number?") is about them.
    of_listed = _asks_the_listed(turn, u, text)
    about_listed = (
        bool(session.centres)
        and (not u.confident or of_listed or finder.named_among(session.centres, text))
        # ("Sanand" is no "Sambandh"; a person asked for is no centre's, but "admission ke liye baat karni hai, unka
        # number?" asks theirs)
        and ("agent" not in u.intents or says_any(text, word_list("words", "phone_asks")))
        # (however long: "has the technology centre been built? when will it open", "सबसे नजदीक वाले में क्या
        # सिखाते हैं")
        and (
            len(u.text.split()) <= FOLLOWUP_WORDS
            or (of_listed and "centre_status" in u.intents)
            # ("is it open already or just announced": a status asked, naming no scheme)
            or (
                "centre_status" in u.intents and not u.confident and len(u.text.split()) <= 2 * FOLLOWUP_WORDS
            )
            or (not u.confident and bool(_pointed_at(turn, text)))
            # ("jaipur wale ka phone number de do sa": a listed centre called by its town)
            or (len(u.text.split()) <= 2 * FOLLOWUP_WORDS and bool(finder.named_among(session.centres, text)))
            # ("उसका फोन नंबर और खुलने का समय बताइए", "admission ke liye baat karni hai, unka number?": its contact or
            # hours, naming no scheme; "koi helpline no. h kya jisme hindi me baat ho sake" asks for the lines)
            or (
                not u.confident
                and not _helpline_said(text)
                and len(u.text.split()) <= 2 * FOLLOWUP_WORDS
                and (
                    u.aspect == "contact"
                    or centre_hours.asked(text)
                    or says_any(text, word_list("words", "phone_asks"))
                )
            )
        )
    )
    # "kitni door hai", "how far is the first one": the distances the list measured (not "delhi se kitni door")
    asks_distance = about_listed and says_any(text, word_list("words", "distance_asks"))
    if asks_distance and (finder.named_among(session.centres, text) or not finder.place_named(text)):
        point = tuple(session.centre_point) if session.centre_point else None
        far = finder.distances(_meant(turn, text), turn.lang, point, session.centre_place)
        return [_about_the_list(turn, far)]
    # "alwar se kitna door hai", "how far from Alwar?": the centres nearest that town, measured from it
    from_there = finder.find(text, turn.lang, centre_type) if asks_distance else None
    if from_there is not None:
        session.awaiting, session.centre_type = None, centre_type
        return [responses.centres(turn, from_there)]
    status = finder.statuses(_meant(turn, text), turn.lang, text) if about_listed else None
    # "is it open on sunday?": "operational" says nothing of the days it opens
    hours = about_listed and centre_hours.asked(text)
    # ("number bhi" right after a list of centres: theirs; "number" alone is also read as Udyam's)
    asks_contact = (
        "helpline" in u.intents
        or u.aspect == "contact"
        or (about_listed and number_asked.asked_alone(turn, text))
        or (about_listed and says_any(text, word_list("words", "phone_asks")))
    )
    asks_where = "where" in u.intents or asks_contact
    if status is not None and ("centre_status" in u.intents or (hours and not asks_contact)):
        status = centre_hours.with_hours(turn.snap.knowledge, status, turn.lang) if hours else status
        return [_about_the_list(turn, _with_opening_note(status, text, turn.lang))]
    goes_on = clean(text) in {clean(p) for p in word_list("words", "list_goes_on")}  # "aur?", "then what?"
    # ("dusra wala kaha hai", "दूसरे वाले का पता" pick the list's second: no other one)
    picks_one = position_in(text, len(_list_order(session))) is not None
    asks_more = about_listed and (_asks_another(turn, u, text) or goes_on) and not u.aspect and not picks_one
    named = finder.named_among(session.centres, text) if about_listed and not asks_more else []
    named = named or (_pointed_at(turn, text) if about_listed else [])  # ("sabse paas wale ka address")
    # ("footwear wale ka number" after Agra's list: CFTI Agra, listed; not the footwear trades of PM Vishwakarma)
    # ("any loan for my plastic unit?" after Pune's: a need, not the plastics centre; "the glass one" points at it)
    pointed = says_any(text, word_list("words", "ordinal_pointers")) or asks_contact
    picks_by_name = about_listed and not asks_more and pointed
    named = named or (finder.picked_by_name(session.centres, text) if picks_by_name else [])
    offered = _offered(turn, u, text) if session.centres and not named else None
    if offered is not None:  # "what about my daughter, she wants to learn CAD": the centres that teach it
        if offered.centres and not {c["id"] for c in offered.centres} <= set(session.centres):
            return [responses.centres(turn, offered)]
        return [_about_the_list(turn, _with_gap(turn, text, offered))]
    # ("sanand one address" after Gujarat's list: that centre's, no new search around Sanand)
    if named and asks_contact:
        return [_contacts_of_the_list(turn, text, hours, named)]
    if named:  # "what does the Firozabad one do?", "जालंधर वाले में क्या सिखाते हैं": all the data has on it
        return [_about_the_list(turn, _hours_if_asked(turn, text, finder.details(named, turn.lang)))]
    # "IGTR Indore ka address", "indore me igtr kaha hai? cnc course karna hai": that centre, not its town's list
    own = (
        None
        if of_a_scheme or named_type not in (None, "any")
        else finder.called_there(text, turn.lang, asks_where)
    )
    if own is not None:
        session.awaiting = None
        return [responses.centres(turn, _with_gap(turn, text, own))]
    found = finder.find(text, turn.lang, centre_type)
    if found is not None:  # "mai Gaya se hu, ...": kept for a later "mere sheher me koi centre?"
        session.place = finder.place_named(text) or session.place
    in_scheme_chat = session.topic in turn.snap.knowledge.schemes and session.topic not in CENTRE_SCHEMES
    # ("main agra se hu" after PMEGP: where the user is, for PMEGP; the tool rooms there are not its offices.
    # "हम असम में हैं" in a CDP chat tells of a group the scheme has lines for: those, below)
    told_place = (
        found is not None
        # (not "आज पटना में बारिश होगी क्या", a matter we hold nothing on asked there)
        and not (centre_asked or named_type or u.topics or u.not_covered)
        and (session.aspect == "apply" or (session.aspect is not None and _group_named(text) is None))
    )
    office_asked = centre_asked and named_type in (None, OFFICE) and found is None
    # ("kaha apply karu, dic office jana padega?" in a PMEGP chat asks its steps, which name the DIC)
    if in_scheme_chat and office_asked and named_type == OFFICE and u.aspect != "apply":
        return [_no_office_on_file(turn)]
    if in_scheme_chat and (office_asked or told_place):
        # "मेरे जिले में कहाँ जाना होगा" in a PM Vishwakarma chat, or "mai sitapur se hu" after PMEGP's
        # how-to-apply: where to apply for it, not a tool room
        reply = responses.scheme(turn, session.topic, "apply", u, confidence=0.7)
        shown = finder.place_shown(text, turn.lang) if told_place and finder.place_said(text) else None
        if shown is None:
            return [reply]
        _ = gettext(turn.lang)
        same = _("The steps are the same from %(place)s as from anywhere:") % {"place": shown}
        return [replace(reply, text=f"{same}\n{reply.text}")]
    same_place = found is None or (  # "any other centre near pune" right after Pune's list
        found.point is not None
        and session.centre_point is not None
        and list(found.point) == session.centre_point
    )
    # ("hosur se aana padega, koi aur paas me?" right after Bengaluru's list: those nearest Hosur)
    nearer_there = (
        bool(session.centres) and not same_place and says_any(text, word_list("words", "nearer_words"))
    )
    if asks_more and same_place:
        # "any other nearby?", "पास में कोई दूसरा": the next nearest, the first list still counted as seen
        listed = session.centres
        point = tuple(session.centre_point) if session.centre_point else None
        more = finder.more(listed, turn.lang, session.centre_type, point, session.centre_place)
        reply = responses.centres(turn, more)
        session.centres = [*listed, *(i for i in session.centres if i not in listed)]
        return [reply]
    # "I am from a village in Rajasthan" right after the schemes for a dairy loan tells where the user is, for
    # those schemes (which one?), not the centres of Rajasthan ("I am from Assam, any special benefit?" asks).
    # ("Indore" after "tool room" is where the centres are wanted: EFCs beside its parts are no such list)
    listed = [] if session.topic in CENTRE_SCHEMES else menus.schemes_offered(session.options)
    only_told = not (
        centre_asked or named_type or centre_called or u.topics or u.intents or u.aspect or u.not_covered
    )
    # (a village or town said is where one lives, no group of theirs: "I am from a village in Rajasthan")
    grouped = _group_named(text) not in (None, *PLACE_GROUPS)
    if found is not None and len(listed) > 1 and only_told and not grouped:
        return [responses.which_listed(turn, listed, "overview")]
    # ("which government office can guide me on export documents", a town in the story: the EFCs, none by town)
    # ("My brother exports from Moradabad. Are the EFCs useful for someone already exporting?": whom they serve)
    efc_rule = (
        named_type == EFC
        and u.aspect in SCHEME_ONLY_ASPECTS
        and not {"where", "centre_find"} & set(u.intents)
    )
    # (not "where is the GST office in surat", "nearest aadhaar seva kendra": offices of matters not on file; but
    # "kannauj me itr wala technology centre" names the centre)
    other_office = bool(u.not_covered) and named_type in (OFFICE, "any")
    kind_named = named_type and not (beside_a_scheme or efc_office or efc_rule or other_office)
    place_group = groups.asked(text) if found is not None and not (centre_asked or named_type) else None
    # "हम असम में हैं" in a CDP chat tells where the unit is: CDP's North-East lines, not Assam's centres
    tells_place = bool(place_group) and has_lines_for(turn, session.topic, place_group, u)
    # ("I am in Assam" right after the schemes for women: the schemes' lines for the North-East, not its centres)
    tells_place = tells_place or bool(place_group and session.group and not session.topic)
    # ("we are in UP, not north east" in a CDP chat: the place rules the group's lines out, and asks no centre)
    tells_place = tells_place or bool(
        found and groups.ruled_out(text) and session.topic in turn.snap.knowledge.schemes
    )
    if (
        found is not None
        and not elsewhere
        and not tells_place
        # ("Guwahti" alone: its only unknown word is the place, misspelt)
        and (
            centre_asked
            or kind_named
            or centre_called
            # ("any in Maharashtra that's working?" in a chat about the centres: the open ones there)
            or ("centre_status" in u.intents and (session.topic in CENTRE_SCHEMES or bool(session.centres)))
            or nearer_there
            # ("anything in Shillong itself?" right after Tura's list: the centres there; not "kuch samajh nahi aa
            # raha, mera gaon Rampur hai": someone lost is helped, not sent a guessed list)
            # (nor a person asked for: "kisi banda se baat karni h" is no Banda)
            or not (
                u.topics
                or "agent" in u.intents
                or lost.says_lost(text)
                or set(u.unknown)
                - finder.mention_keys(text)
                - word_keys("place_itself_words")
                - word_keys("same_kind_words")
            )
            or _tells_the_town(turn, u, text)
        )
    ):
        longer = town_and_more.reply(turn, text, centre_type)
        if longer is not None:  # "Rampur Maniharan me koi centre": not silently Rampur's
            return [longer]
        session.awaiting, session.centre_type = None, centre_type
        return [responses.centres(turn, _hours_if_asked(turn, text, found))]
    # ("Sambhajinagar tool room": the Technology Centres' words are in a centre's own alias; "टेक्नोलॉजी सेंटर
    # में कौन से कोर्स होते हैं? ... फेल हो गया" asks what the scheme offers, its "गया" no centre at Gaya)
    # ("इंदौर में केंद्र सरकार की योजना" asks for schemes: its "इंदौर ... केंद्र" calls no Indore centre)
    scheme_asked = u.confident and (u.best.label not in CENTRE_SCHEMES or u.aspect is not None)
    called = None if scheme_asked or schemes_asked else finder.by_name(text, turn.lang)
    if (
        called is not None
        and found is not None
        and not {c["id"] for c in called.centres} & {c["id"] for c in found.centres}
    ):  # "aur chennai me bhi footwear wala?": the place said wins over an alias elsewhere
        called = found
    if called is not None:  # "CFTI Agra", "footwear training Agra": that centre's details
        session.awaiting = None
        return [responses.centres(turn, _hours_if_asked(turn, text, called))]
    # "452001", "226001 ke paas centre", "मेरा पिन कोड 800001 है": no PIN is on file to place it
    if found is None and (((centre_asked or named_type) and pin_code(text)) or pin_said_alone(text)):
        session.awaiting, session.centre_type = "place", centre_type
        return [responses.centres(turn, finder.ask_place(turn.lang, centre_type, pin_given=True))]
    misspelt = _misspelt_place(turn, u, text, centre_type) if centre_asked or kind_named else None
    if misspelt is None and session.awaiting == "place":  # "Rampur Maniharan" to "which city?" (read as ODR)
        misspelt = town_and_more.reply(turn, text, centre_type)
    if misspelt is not None:  # "Lucknw", "kerela me centre": said not to be known, the close names offered
        return [misspelt]
    home = finder.find(session.place, turn.lang, centre_type) if centre_asked and session.place else None
    if home is not None:  # "पास में कोई सेंटर?" from someone who said they are in Gaya
        session.awaiting, session.centre_type = None, centre_type
        return [responses.centres(turn, home)]
    if (centre_asked or _kind_also(turn, u, text, named_type)) and session.centre_point:
        # "mere sheher me tool room" after a shared location; "extension centres bhi hai kya" after Hyderabad's
        session.awaiting, session.centre_type = None, centre_type
        lat, lon = session.centre_point
        return [responses.centres(turn, finder.near(lat, lon, turn.lang, centre_type, session.centre_place))]
    if centre_asked:
        session.awaiting, session.centre_type = "place", centre_type
        return [responses.centres(turn, finder.ask_place(turn.lang, centre_type))]
    session.awaiting = None
    if about_listed and asks_contact:
        return [_contacts_of_the_list(turn, text, hours)]
    # ("in my village what schemes are there?" asks for schemes, not about the centres)
    # (a centre has no papers or conditions of its own: "iske documents" asks of the scheme before them)
    # ("kya hota waha", "what do they do" after a list: what the centres offer)
    about_centres = (
        u.aspect not in (None, *SCHEME_ONLY_ASPECTS)
        or u.centre_type
        or "where" in u.intents
        or says_any(text, word_list("words", "centre_work_asks"))
        or (about_listed and bool(turn.snap.details.asked(text)))  # ("is there hostel": not on file, said)
    ) and ("scheme_list" not in u.intents)
    # ("how much subsidy would I get" after Assam's tool room asks of a scheme's money, which no centre gives)
    about_centres = about_centres and not _asks_money(text)
    longer_ask = (
        "helpline" in u.intents and not about_listed
    )  # "koi helpline no. h kya jisme hindi me baat ho"
    # ("kya kya course hai" after Jamshedpur's tool room reads like the Technology Centres scheme: the centre's
    # own services say it)
    # ("फीस कितनी है" after Ludhiana's tool room: CGTMSE's "फीस" names a detail asked, no other scheme)
    asked_detail = turn.snap.details.ask_words
    # (nor a word only like one of another scheme's beside a detail asked: "फीस लगती है?" is no PMEGP "लगानी")
    said = set(keys(text)) if turn.snap.details.asked(text) else None
    other_scheme = {
        h.label
        for h in u.close_topics()
        if (h.matched - asked_detail) & (said if said is not None else h.matched)
    } - CENTRE_SCHEMES
    # ("how to get mudra loan", "gst registration kaise kare" after a list: something not covered, asked of no
    # listed centre, gets the not-covered answer it gets anywhere, not the first centre's card)
    not_covered = bool(u.not_covered) and not (of_listed or _pointed_at(turn, text))
    if (
        session.centres
        and about_centres
        and (not u.confident or of_listed)
        and not other_scheme
        and not longer_ask
        and not not_covered
    ):
        return [
            _about_the_list(turn, _with_gap(turn, text, finder.details(_asked_of(turn, text), turn.lang)))
        ]
    return None


def _offered(turn: Turn, u: Understanding, text: str) -> CentreAnswer | None:
    """A service asked right after a list of centres ("she wants to learn CAD", "CNC kahan sikhate hain"): the
    centres offering it, of the list or near it; not of another scheme, even unsure ("plastic ka kaam hai, koi loan
    milega?" asks for a loan), nor of another town."""
    finder, session = turn.snap.finder, turn.session
    if (u.best is not None and u.best.label not in CENTRE_SCHEMES) or finder.place_named(text):
        return None
    point = tuple(session.centre_point) if session.centre_point else None
    return finder.offering(session.centres, text, turn.lang, point)


def _hub_asked_of(turn: Turn, text: str) -> list[str]:
    """The centres a question of their parent centre asks of: those it calls by name or by their town ("and
    Jajpur extension centre, whose is it"), else the ones of the list on screen it means."""
    finder = turn.snap.finder
    called = finder.by_name(text, turn.lang)
    if called is not None:
        return [c["id"] for c in called.centres]
    # (a town said with no centre word is where the user is: "ye yojana kaun chalata hai, main patna se hu")
    found = finder.find(text, turn.lang, None) if set(keys(text)) & centre_words() else None
    there = (
        [c["id"] for c in found.centres if (c["distance_km"] or IN_PLACE_KM) < IN_PLACE_KM] if found else []
    )
    return there or (_asked_of(turn, text) if turn.session.centres else [])


def _asks_before_choosing(turn: Turn, u: Understanding, text: str) -> bool:
    """What the centres there offer or teach, asked while the choice of a place of that name is open ("which
    Gorakhpur?"): which of them it is must come first."""
    options = turn.session.options
    choosing = len(options) > 1 and all(o.payload.startswith(NEAR_PICK) for o in options)
    offers = u.aspect == "benefits" or says_any(text, word_list("words", "centre_work_asks"))
    return choosing and offers and not (u.confident or u.not_covered)


def _choose_first(turn: Turn) -> Reply:
    """The choice of place kept open, saying what it answers once made."""
    _ = gettext(turn.lang)
    line = _(
        "Tell me which place first (reply with its number); then I will tell you what the centres near it "
        "offer, such as training, as my knowledge base has it."
    )
    options = tuple(turn.session.options)
    return turn.reply((answers.numbered([line], options, turn.lang), options), "centre_find", confidence=0.7)


# The payload of a place offered when a name fits several ("@near 26.77,83.37 any").
NEAR_PICK = "@near "


def _with_gap(turn: Turn, text: str, answer: CentreAnswer) -> CentreAnswer:
    """ "फीस कितनी है", "fees?" after a tool room: that no fee is on file for it, above all it has on it."""
    gap = turn.snap.details.unanswered(text, answer.text.split("\n"))
    if gap is None:
        return answer
    line = answers.gap_line(turn.snap.details.name(gap, turn.lang), turn.lang)
    return replace(answer, text=f"{line}\n{answer.text}")


def _asks_the_listed(turn: Turn, u: Understanding, text: str) -> bool:
    """ "टूल रूम की वेबसाइट", "टूल रूम की ट्रेनिंग", "technology centre ban gaya kya" right after a list of
    centres ask of those centres (Jamshedpur's website, Bokaro's status), not of the Technology Centres
    scheme in general; a fee asked ("training fees") is the scheme's line."""
    if not (turn.session.centres and u.confident and u.best.label == TECH_CENTRES):
        return False
    contact = "helpline" in u.intents or u.aspect == "contact"
    offer = u.aspect == "benefits" and not turn.snap.details.asked(text)
    return "centre_status" in u.intents or contact or offer


def _misspelt_place(turn: Turn, u: Understanding, text: str, centre_type: str | None) -> Reply | None:
    """ "Lucknw", "kerela me centre", "कोटाा में केंद्र": a word where a place would be that names none known.
    One letter from one known place, that place's centres with a note of the name taken; else the word said
    not to be known and the close names offered (asking "which city?" again would loop)."""
    longer = town_and_more.reply(turn, text, centre_type)
    if longer is not None:  # "रामपुर मनिहारान में कोई सेंटर": not only "मनिहारान" unknown
        return longer
    finder, session = turn.snap.finder, turn.session
    awaited = session.awaiting == "place"
    # (the word said as a place first: "I live in Modinagar" to "which city?" is of Modinagar, not "live")
    guess = _guess(turn, u, text, whole=False) or (_guess(turn, u, text, whole=True) if awaited else None)
    if guess is None or centre_type == EFC:  # (no EFC is on file anywhere: the place does not matter)
        return None
    # ("Infosys technology centre", "tool rooms take job work": a word near no place is no place, unless it
    # is all the answer to "which city?")
    if (
        not guess.places
        and not (awaited and keys(text) == [key(guess.said)])
        and not _said_as_a_place(u, text, guess)
    ):
        return None
    _ = gettext(turn.lang)
    written = next((w for w in text.split() if clean(w) == guess.said), guess.said)  # ("Lucknw", as typed)
    found = finder.find(guess.names[0], turn.lang, centre_type) if guess.sure else None
    if found is not None:
        session.awaiting, session.centre_type = None, centre_type
        taken = _('(I have taken "%(said)s" as %(place)s.)') % {"said": written, "place": found.place}
        return responses.centres(turn, replace(found, text=f"{taken}\n{found.text}"))
    session.awaiting, session.centre_type = "place", centre_type
    unknown = _('"%(said)s" is not among the places I know.') % {"said": written}
    if not guess.places:
        ask = finder.ask_place(turn.lang, centre_type)
        return responses.centres(turn, replace(ask, text=f"{unknown} {ask.text}"))
    options = tuple(
        finder.place_option(p, name, turn.lang, centre_type)
        for p, name in zip(guess.places, guess.names, strict=True)
    )
    meant = _("Did you mean one of these? Or write the name again, or share your location.")
    return responses.centres(turn, CentreAnswer(f"{unknown} {meant}", (), options, None))


def _no_office_on_file(turn: Turn) -> Reply:
    """ "mere paas koi office hai kya", "nearest office" in a PMEGP chat: no DIC or KVIC office is on file, said
    plainly; the town told next ("Agra") finds the MSME centres near it, and the scheme's steps are a choice."""
    session = turn.session
    session.awaiting, session.centre_type = "place", OFFICE
    ask = turn.snap.finder.ask_place(turn.lang, OFFICE)
    steps = Option(answers.aspect_label("apply", turn.lang), f"@scheme {session.topic} apply")
    return responses.centres(turn, replace(ask, options=(steps,)))


def _kind_also(turn: Turn, u: Understanding, text: str, named_type: str | None) -> bool:
    """ "extension centres bhi hai kya", "any tool room also?" right after a list of centres: that kind near the
    same place (Karimnagar's, after Hyderabad's), not what the Technology Centres scheme is."""
    return (
        named_type in KINDS
        and bool(turn.session.centres)
        and u.aspect in (None, "overview")
        and len(u.text.split()) <= FOLLOWUP_WORDS
        and says_any(text, word_list("words", "continuations"))
    )


# The kinds of centre the knowledge base lists.
KINDS = ("technology-centre", "extension-centre")


def _tells_the_town(turn: Turn, u: Understanding, text: str) -> bool:
    """ "mai kanpur me rehta hu", "I'm from Nagpur, textile unit", "hum log hyderabad me hai": the user's town told
    for sure, with no question and no scheme asked, opens the chat; the centres near it, not a sorry (not "weather
    in surat tomorrow", which tells of no one; nor "mai varanasi se hu, gaon me papad ka kaam shuru karna hai",
    which tells of a business to start, nor "मैं जम्मू से हूँ, सिख हूँ, शहर में…", which tells one's own case:
    the schemes for it)."""
    return (
        not (u.confident or u.intents or u.aspect or _tells_own_plan(text))
        and bool(turn.snap.finder.place_said(text))
        and bool(set(words(clean(text))) & _speaker_words())
        and not says_any(text, word_list("words", "asking_words"))
    )


def _tells_own_plan(text: str) -> bool:
    """A business to start ("ab kuch kaam karna h"), one's category ("सिख हूँ") or a cost ("15 लाख"): what
    schemes are for, not where a centre is."""
    # (not a village or town: "हमारा गाँव बिहार के पूर्णिया जिले में है" tells where one is)
    named = groups.asked(text) not in (None, "rural", "urban")
    return questions.starts_out(text) or named or msme_size.lone_amount(text) is not None


@cache
def _speaker_words() -> frozenset[str]:
    return frozenset(clean(w) for w in word_list("words", "speaker_words"))


def _kind_near_the_town(turn: Turn, named_type: str | None, text: str) -> bool:
    """ "technology centre?" from someone who said they are in Nagpur: that kind near Nagpur; not when the list
    on screen is all of that kind ("tool room" again after Ludhiana's tool rooms asks what they are)."""
    session, centres = turn.session, turn.snap.knowledge.centres
    if not (session.place and named_type in KINDS and _only_centre_words(text)):
        return False
    return {centres[i].get("type") for i in session.centres if i in centres} != {named_type}


def _only_centre_words(text: str) -> bool:
    """ "msme kendra", "एमएसएमई सेंटर", "msme office": a centre said alone asks where one is (it fell back)."""
    return set(keys(text)) <= centre_words() | word_keys("fillers")


def _group_named(text: str) -> str | None:
    """ "हम असम में हैं", "we are in UP, not north east": the scheme's group a place says one is in or not."""
    return groups.asked(text) or groups.ruled_out(text)


# Parts of a scheme that the centres' records do not have.
SCHEME_ONLY_ASPECTS = ("documents", "eligibility")


def only_in_place(turn: Turn, u: Understanding, text: str, place: str | None) -> bool:
    """Whether the words that named the best topic are all words of the place as the message writes it
    ("udham" in "udham singh nagar"), said nowhere else in it ("udham singh nagar se hu, udyam kaise
    banaye" names Udyam too)."""
    if not u.topics or not place:
        return False
    said, own = keys(text), keys(place)
    if not set(own) <= set(said):  # "sambandh me" only spells like Sanand
        return False
    rest = list(said)
    for k in own:
        rest.remove(k)
    similar, named = turn.snap.matcher.topics.similar, u.best.matched
    read_as = {w for k in own for w in similar(k)}
    return named <= read_as and not any(named & ({k} | set(similar(k))) for k in rest)


def without_place(text: str, place: str) -> str:
    """The message with the place's words left out, to read what else it asks."""
    own = set(keys(place))
    return " ".join(w for w in clean(text).split() if key(w) not in own)


def _hours_if_asked(turn: Turn, text: str, answer: CentreAnswer) -> CentreAnswer:
    """ "मेरठ केंद्र कब खुलता है": the centres found, and what their notes say (no hours field is on file)."""
    return (
        centre_hours.with_hours(turn.snap.knowledge, answer, turn.lang)
        if centre_hours.asked(text)
        else answer
    )


def _with_opening_note(answer: CentreAnswer, text: str, lang: str) -> CentreAnswer:
    """ "kab chalu hoga" of centres not open yet: no opening date is on file, said plainly."""
    waiting = any(c.get("status") != OPERATIONAL for c in answer.centres)
    if not (waiting and says_any(text, word_list("words", "opening_asks"))):
        return answer
    _ = gettext(lang)
    note = _("When a centre not open yet will open is not in my knowledge base.")
    return replace(answer, text=f"{answer.text}\n{note}")


def _about_the_list(turn: Turn, answer: CentreAnswer) -> Reply:
    """An answer about some of the centres just listed; the list stays the one follow-ups refer to
    ("and gaya wala?" next still picks from it, "any other?" searches from the same place), and the ones
    it was about are those "iska phone" next asks of. The list's numbers stay the choices, listed again
    under the answer: "dusra" after "3" or after "phone number?" is still the list's second."""
    session = turn.session
    listed, point, place = session.centres, session.centre_point, session.centre_place
    order = _list_order(session)
    if len(order) > 1:
        answer = replace(answer, options=turn.snap.finder.choices(order, turn.lang))
    reply = responses.centres(turn, answer)
    session.centres, session.centre_point, session.centre_place = listed, point, place
    about = [c["id"] for c in answer.centres]
    session.centres_picked = about if set(about) < set(listed) else []
    return reply


def _helpline_said(text: str) -> bool:
    """Whether a helpline is asked for by that word ("helpline no.", "हेल्पलाइन"), not a centre's phone."""
    return bool(set(keys(text)) & HELPLINE_KEYS)


HELPLINE_KEYS = frozenset(keys("helpline हेल्पलाइन"))


def _contacts_of_the_list(turn: Turn, text: str, hours: bool, named: list[str] | None = None) -> Reply:
    """ "phone number?" after a list of centres: how to reach those centres (or the one named or picked, as
    "footwear wale ka no." picks CFTI Agra; "its phone" after a list measured from a town with a centre of its
    own, that one), then the helplines."""
    one = says_any(text, word_list("words", "its_words"))
    meant = named or (_asked_of if one else _meant)(turn, text)
    reach = turn.snap.finder.contacts(meant, turn.lang, _ways_asked(text))
    if hours:  # "address aur timing batao"
        reach = centre_hours.with_hours(turn.snap.knowledge, reach, turn.lang)
    general = answers.general_helplines_answer(turn.snap.knowledge, turn.lang)
    return _about_the_list(turn, replace(reach, text=f"{reach.text}\n\n{general}"))


# The word lists that ask for each way of reaching a centre.
WAYS_ASKED = {
    "phone": "phone_asks",
    "email": "email_asks",
    "address": "address_words",
    "website": "website_asks",
}


def _ways_asked(text: str) -> frozenset[str]:
    """The ways of reaching a centre a message asks for ("iska email", "address kya hai"): each one the
    data lacks is said to be missing."""
    return frozenset(
        way for way, words_of in WAYS_ASKED.items() if says_any(text, word_list("words", words_of))
    )


def picked(turn: Turn, centre_id: str) -> Reply:
    """A centre picked from a list by its number ("3", "the first one"): all the data has on it, as when
    it is named ("sanand wala")."""
    finder, session = turn.snap.finder, turn.session
    if centre_id not in finder.knowledge.centres:  # an old button of a centre since deleted
        session.awaiting, session.centre_type = "place", None
        return responses.centres(turn, finder.ask_place(turn.lang, None))
    session.awaiting = None
    details = finder.details([centre_id], turn.lang)
    if centre_id not in session.centres:  # (a button of an earlier list)
        return responses.centres(turn, details)
    return _about_the_list(turn, details)


def _list_order(session: Session) -> list[str]:
    """The centres as the screen numbers them: the list's choices (after "any other?", the new ones), else
    the list itself."""
    shown = [
        o.payload.removeprefix(CENTRE_PICK) for o in session.options if o.payload.startswith(CENTRE_PICK)
    ]
    return shown or session.centres


def _asks_another(turn: Turn, u: Understanding, text: str) -> bool:
    """Whether a message about the centres listed asks for others ("any other?", "koi aur centre?"); "दरभंगा में
    कोई एमएसएमई केंद्र है?" right after Darbhanga's list asks whether there is any in the town itself, and the
    list's own centre there answers it; "मोदीनगर में कोई सेंटर" asks of another town, known or not."""
    said = set(keys(text))
    another = another_words() & said
    if not another:
        return False
    only_any = another <= word_keys("any_words") and not said & word_keys("question_joiners")
    return not (only_any and (turn.snap.finder.place_named(text) or _unknown_place(turn, u, text)))


def _unknown_place(turn: Turn, u: Understanding, text: str) -> str | None:
    """A word said as a place that names no place known ("Modinagar me koi centre"), as the user wrote it."""
    guess = _guess(turn, u, text, whole=False)
    return guess.said if guess is not None and _said_as_a_place(u, text, guess) else None


def _guess(turn: Turn, u: Understanding, text: str, whole: bool) -> Guess | None:
    """The word where a place would be that names none known, and the known places it is close to; `whole`,
    any word of a reply that may be only a place (the answer to "which city?")."""
    return turn.snap.finder.guesser.guess(text, u.unknown, turn.snap.finder.place_keys(), whole=whole)


def _said_as_a_place(u: Understanding, text: str, guess: Guess) -> bool:
    """Whether the guessed word is said as where one is or asks about ("Modinagar me koi centre", "I live in
    Modinagar"), in a message that asks no part of a scheme ("10वीं में फेल", "course me admission")."""
    if u.aspect is not None or u.confident:
        return False
    said = keys(text)
    return key(guess.said) in said and said_as_a_place(said, said.index(key(guess.said)))


def _meant(turn: Turn, text: str) -> list[str]:
    """The centres a follow-up is about: those of the list it names by town ("patna wala") or by its place
    in the list ("the first one"), else the ones picked or named last ("agra wala", then "iska phone"),
    else the whole list; after "any other?", the ones it showed ("iska phone" then is not of all six)."""
    session = turn.session
    named = turn.snap.finder.named_among(session.centres, text)
    if named:
        return named
    shown = _list_order(session)
    return (
        _pointed_at(turn, text)
        or [i for i in session.centres_picked if i in session.centres]
        or (shown if set(shown) < set(session.centres) else session.centres)
    )


def _pointed_at(turn: Turn, text: str) -> list[str]:
    """The one listed centre a follow-up points at by its place in the list ("the first one", "तीसरे वाले में",
    "dusra wala kaha hai") or as the nearest ("what does the closest one do": the list is nearest first; not
    "नवादा से सबसे पास कौन सा है", the nearest to another town)."""
    session = turn.session
    order = _list_order(session)
    at = position_in(text, len(order))
    nearest = session.centre_point and says_any(text, word_list("words", "nearest_one_words"))
    if at is None and nearest and not turn.snap.finder.place_named(text):
        at = 1
    return [order[at - 1]] if at is not None and order else []


def _asked_of(turn: Turn, text: str) -> list[str]:
    """The centres a question about "them" asks of: those it names or picks; else, of a list measured from a
    town, the ones in that town ("kya kya course hai" after "jamshedpur technology centre": Jamshedpur's, not
    Bokaro's and Kolkata's listed under it); else the whole list."""
    session, meant = turn.session, _meant(turn, text)
    if meant != session.centres or not session.centre_point:
        return meant
    lat, lon = session.centre_point
    return turn.snap.finder.in_place(meant, (lat, lon)) or meant


# Schemes that are themselves networks of centres: a centre word beside them asks for the centres.
CENTRE_SCHEMES = frozenset({TECH_CENTRES, "efc"})


def _points_at_a_centre(text: str) -> bool:
    """ "ye kendra", "this centre", "इन सेंटरों": a centre word right after a word pointing at one."""
    said = clean(text).split()
    pointing, centre = word_forms("pointing_words"), centre_words()
    return any(w in pointing and key(n) in centre for w, n in pairwise(said))


def _kind_discussed(session: Session) -> str | None:
    """The kind of centre the scheme being discussed is about: EFC's (the other centre schemes' centres are
    of every kind)."""
    return EFC if session.topic == EFC else None


def _where_in_a_centre_chat(turn: Turn, u: Understanding) -> bool:
    """ "kahan hai", "where is it", "कहाँ है" right after the Technology Centres (or EFCs): where those centres
    are (which town?), not a fallback."""
    return (
        turn.session.topic in CENTRE_SCHEMES
        and set(u.intents) == {"where"}
        and not (u.topics or u.aspect or u.unknown)
    )


def _office_in_a_scheme_chat(turn: Turn, text: str) -> bool:
    """An "office" or "daftar" asked in a chat about a scheme other than the technology centres: where to
    apply for it (no DIC or KVIC office is on file, and a scheme applied for online says so in its steps)."""
    topic = turn.session.topic
    return (
        topic in turn.snap.knowledge.schemes
        and topic not in CENTRE_SCHEMES
        and bool(set(keys(text)) & word_keys("office_words"))
    )


def _asks_money(text: str) -> bool:
    """A subsidy or a loan asked of ("how much subsidy would I get", "loan milega?"): a scheme's money, which no
    centre gives."""
    return says_any(text, (*word_list("words", "subsidy_words"), *word_list("words", "loan_words")))
