"""The centre finder against the shipped knowledge base: nearest, state lists, types, EFC honesty."""

import random

import pytest
from seeded_kb import fresh_services

from bot.centre_finder import CentreFinder
from bot.centre_search import CentreGrid, in_state
from bot.messages import IncomingMessage
from bot.normalize import key
from bot.places import distance_km
from bot.respond import respond


@pytest.fixture(scope="module")
def finder(tmp_path_factory) -> CentreFinder:
    db = tmp_path_factory.mktemp("kb") / "k.db"
    return CentreFinder(fresh_services(db).current().knowledge)


def ids(answer) -> list[str]:
    return [c["id"] for c in answer.centres]


def test_finder_gaya_centre_comes_first_and_says_not_yet_operational(finder):
    answer = finder.find("Gaya mein technology centre", "en", "technology-centre")
    assert ids(answer)[0] == "tc-gaya"
    assert answer.centres[0]["status"] == "approved"
    assert "approved, not yet operational" in answer.text


def test_finder_devanagari_gaya_beside_a_cue_is_the_place(finder):
    assert ids(finder.find("गया के पास कोई केंद्र है क्या", "hi", None))[0] == "tc-gaya"


@pytest.mark.parametrize(
    "text", ["mera paisa atak gaya", "मेरा पैसा अटक गया", "udyam registration kaise kare", "loan kaise milega"]
)
def test_finder_message_without_a_place_returns_none(finder, text):
    assert finder.find(text, "hi", None) is None


def test_finder_town_without_a_centre_gets_the_nearest(finder):
    answer = finder.find("रांची के पास टूल रूम", "hi", "technology-centre")
    assert ids(answer)[0] == "tc-bokaro"
    assert answer.place == "राँची"


def test_finder_typo_in_town_name_still_finds_centres(finder):
    assert ids(finder.find("ludhiyana technology center", "en", None))[0] == "tc-ludhiana"


def test_finder_lists_at_most_three_nearest_first_with_distances(finder):
    answer = finder.find("Patna ke paas", "hi", None)
    distances = [c["distance_km"] for c in answer.centres]
    assert len(distances) == 3
    assert distances == sorted(distances)
    assert all(d == round(d, 1) for d in distances)


def test_finder_centre_in_the_place_itself_says_in(finder):
    assert "– in Patna" in finder.find("Patna ke paas", "en", None).text


def test_finder_unverified_centre_gets_a_please_confirm_hedge(finder):
    answer = finder.find("tool room near Pune", "en", "technology-centre")
    assert ids(answer)[0] == "tc-pune"
    assert "please confirm" in answer.text.split("\n\n")[1]


def test_finder_unknown_status_is_called_not_confirmed(finder):
    first = finder.find("Patna ke paas", "en", None).text.split("\n\n")[1]
    assert "status not confirmed" in first


def test_finder_shows_contact_details_the_data_has(finder):
    assert "Website: https://www.idtr.gov.in" in finder.find("jamshedpur tool room", "en", None).text


def test_finder_hindi_reply_uses_hindi_centre_names(finder):
    assert "एमएसएमई टेक्नोलॉजी सेंटर, गया" in finder.find("गया के पास", "hi", None).text


def test_finder_type_filter_keeps_only_that_type(finder):
    answer = finder.find("extension centre near Muzaffarpur", "en", "extension-centre")
    assert all(c["id"].startswith("ec-") for c in answer.centres)


@pytest.mark.parametrize(
    "text, lang, centre_type, here, kind_said",
    [
        (
            "technology centre in Jaipur",
            "en",
            "technology-centre",
            "ec-jaipur",
            "Technology Extension Centre",
        ),
        ("jaipur me tool room kahan hai", "hi", "technology-centre", "ec-jaipur", "टेक्नोलॉजी एक्सटेंशन सेंटर"),
        ("जयपुर में टूल रूम", "hi", "technology-centre", "ec-jaipur", "टेक्नोलॉजी एक्सटेंशन सेंटर"),
        (
            "extension centre near Patna",
            "en",
            "extension-centre",
            "tc-patna",
            "Technology Centre (tool room)",
        ),
    ],
)
def test_finder_a_centre_of_the_other_kind_in_the_town_asked_comes_first(
    finder, text, lang, centre_type, here, kind_said
):
    """ "technology centre in Jaipur" once sent the user 179 km to Bhiwadi, leaving out the Extension
    Centre in Jaipur itself: it is listed first, saying what it is, then the nearest of the kind asked."""
    answer = finder.find(text, lang, centre_type)
    assert ids(answer)[0] == here
    assert all(finder.knowledge.centres[i]["type"] == centre_type for i in ids(answer)[1:])
    assert len(answer.centres) == 3 and kind_said in answer.text


def test_finder_state_lists_every_centre_in_it_without_distances(finder):
    answer = finder.find("बिहार में कौन से केंद्र हैं", "hi", None)
    assert set(ids(answer)) == {
        "tc-gaya",
        "tc-patna",
        "ec-darbhanga",
        "ec-purnia",
        "ec-rajgir",
        "ec-rohtas",
        "ec-saran",
    }
    assert all(c["distance_km"] is None for c in answer.centres)
    assert answer.place == "बिहार"


def test_finder_state_list_respects_the_type(finder):
    answer = finder.find("Rajasthan me extension centre", "hi", "extension-centre")
    assert set(ids(answer)) == {"ec-jaipur", "ec-nagaur"}


def test_finder_state_without_centres_falls_back_to_nearest(finder):
    answer = finder.find("delhi me msme tool room kahan hai", "hi", None)
    assert ids(answer)[0] == "tc-greater-noida"
    assert answer.centres[0]["distance_km"] is not None


def test_finder_shared_location_answers_with_nearest(finder):
    answer = finder.near(25.3176, 82.9739, "en", None)
    assert ids(answer)[0] == "ec-rohtas"
    assert "your location" in answer.text
    assert answer.place is None


def test_finder_ambiguous_place_asks_which_one(finder):
    answer = finder.find("aurangabad tool room", "en", "technology-centre")
    assert answer.centres == ()
    labels = {o.label: o.payload for o in answer.options}
    assert set(labels) == {"Aurangabad (Maharashtra)", "Aurangabad (Bihar)"}
    lat, lon = map(float, labels["Aurangabad (Bihar)"].split()[1].split(","))
    assert labels["Aurangabad (Bihar)"].endswith(" technology-centre")
    assert distance_km(lat, lon, 24.75, 84.37) < 5


def test_finder_ambiguous_option_payload_says_any_without_a_type(finder):
    answer = finder.find("औरंगाबाद के पास केंद्र", "hi", None)
    assert all(o.payload.startswith("@near ") and o.payload.endswith(" any") for o in answer.options)
    assert any("बिहार" in o.label for o in answer.options)


@pytest.mark.parametrize(
    ("text", "lang", "labels"),
    [
        # the town and a centre's district of one name in one state were two identical choices
        ("centre in district Alwar", "en", None),
        # a Haryana village (geonames: 1.3 million people) before the city, under a Latin name in Hindi
        ("मेरे शहर गोरखपुर में केंद्र है?", "hi", ["गोरखपुर (उत्तर प्रदेश)", "गोरखपुर (हरियाणा)"]),
        ("gorakhpur me centre", "hi", ["गोरखपुर (उत्तर प्रदेश)", "गोरखपुर (हरियाणा)"]),
        # geonames calls Uttar Pradesh's Pratapgarh "Bela": the reply said Bela, and never asked which one
        ("pratapgarh me msme centre", "en", ["Pratapgarh (Uttar Pradesh)", "Pratapgarh (Rajasthan)"]),
        ("प्रतापगढ़ में एमएसएमई केंद्र कहाँ है", "hi", ["प्रतापगढ़ (उत्तर प्रदेश)", "प्रतापगढ़ (राजस्थान)"]),
        # two district towns of like size: the Uttar Pradesh one was picked silently
        ("Hamirpur me centre", "en", ["Hamirpur (Uttar Pradesh)", "Hamirpur (Himachal Pradesh)"]),
        ("nearest centre to Hamirpur", "en", ["Hamirpur (Uttar Pradesh)", "Hamirpur (Himachal Pradesh)"]),
    ],
)
def test_finder_which_place_offers_each_once_as_the_user_names_it(finder, text, lang, labels):
    answer = finder.find(text, lang, None)
    if labels is None:
        assert answer.centres and "Alwar" in answer.text
    else:
        assert [o.label for o in answer.options] == labels
        assert "Bela" not in answer.text


def test_finder_state_named_too_settles_the_ambiguity(finder):
    answer = finder.find("Aurangabad Bihar ke paas tool room", "hi", None)
    assert ids(answer)[0] == "ec-rohtas"


def test_finder_efc_says_locations_are_not_known_and_offers_the_scheme(finder):
    answer = finder.find("export facilitation centre near Delhi", "en", "efc")
    assert answer.centres == ()
    assert "not in my knowledge base" in answer.text
    assert answer.options[0].payload == "@scheme efc overview"


def test_finder_ask_place_for_efc_is_honest_too(finder):
    answer = finder.ask_place("en", "efc")
    assert "not in my knowledge base" in answer.text
    assert [o.payload for o in answer.options] == ["@scheme efc overview"]


def test_finder_ask_place_asks_for_city_or_location(finder):
    answer = finder.ask_place("en", None)
    assert "city or district" in answer.text and "location" in answer.text


def test_finder_place_keys_cover_towns_and_centre_cities(finder):
    assert {key("patna"), key("गया"), key("बिहार"), key("muzaffarpur")} <= finder.place_keys()


def test_centre_grid_nearest_matches_brute_force():
    rng = random.Random(1)
    centres = [
        {"id": str(i), "type": rng.choice(["a", "b"]), "lat": rng.uniform(8, 37), "lon": rng.uniform(68, 97)}
        for i in range(2000)
    ]
    grid = CentreGrid(centres)
    for _ in range(50):
        lat, lon = rng.uniform(5, 40), rng.uniform(65, 100)
        got = [f.centre["id"] for f in grid.nearest(lat, lon, 3, "b")]
        brute = sorted(
            (c for c in centres if c["type"] == "b"), key=lambda c: distance_km(lat, lon, c["lat"], c["lon"])
        )
        assert got == [c["id"] for c in brute[:3]]


def test_in_state_puts_technology_centres_first():
    centres = [
        {"id": "e", "type": "extension-centre", "state": "Bihar", "city": "A"},
        {"id": "t", "type": "technology-centre", "state": "Bihar", "city": "Z"},
        {"id": "x", "type": "technology-centre", "state": "Goa", "city": "B"},
    ]
    assert [f.centre["id"] for f in in_state(centres, "bihar")] == ["t", "e"]


def test_finder_near_accepts_any_from_a_payload(finder):
    assert ids(finder.near(25.59, 85.14, "en", "any")) == ids(finder.near(25.59, 85.14, "en", None))


def test_finder_says_it_has_no_dic_offices_and_offers_centres(finder):
    answer = finder.find("DIC office Lucknow", "en", "office")
    assert "no addresses of District Industries Centres" in answer.text
    assert answer.centres and answer.centres[0]["id"] == "tc-kanpur"


def test_finder_names_the_nearest_open_centre_when_the_nearest_are_not_open(finder):
    answer = finder.find("Patna ke paas", "en", None)
    assert all(c["status"] != "operational" for c in answer.centres)
    assert "Nearest centre that is already open:" in answer.text and "Jamshedpur" in answer.text


def test_finder_adds_no_open_line_when_an_open_centre_is_listed(finder):
    assert "already open" not in finder.find("Ludhiana", "en", None).text


@pytest.mark.parametrize(
    ("text", "centre"),
    [
        ("footwear training Agra", "tc-agra-cfti"),
        ("CFTI Agra", "tc-agra-cfti"),
        ("juta banane ki training agra", "tc-agra-cfti"),
        ("CTR Ludhiana ka address", "tc-ludhiana"),
    ],
)
def test_a_centre_called_by_its_own_name_or_alias(finder, text, centre):
    assert ids(finder.by_name(text, "en")) == [centre]


@pytest.mark.parametrize(
    "text",
    [
        "technology centre kahan hai",
        "msme tool room",
        "udyam registration",
        # "gaya" (went) is the verb here, not the centre at Gaya: Bokaro and Ranchi users got Gaya's centre
        "technology centre ban gaya kya",
        "टेक्नोलॉजी सेंटर बन गया क्या",
        "koi centre chalu ho gaya kya",
    ],
)
def test_generic_centre_words_name_no_centre(finder, text):
    assert finder.by_name(text, "en") is None


@pytest.mark.parametrize(
    "text", ["gaya technology centre", "gaya ka technology centre", "गया का टेक्नोलॉजी सेंटर"]
)
def test_a_town_named_like_a_verb_calls_its_centre_where_it_is_a_place(finder, text):
    assert ids(finder.by_name(text, "en")) == ["tc-gaya"]


@pytest.mark.parametrize(
    ("text", "centres"),
    [
        ("koi centre chalu ho gaya kya", []),
        ("gaya wala chalu hai?", ["tc-gaya"]),
        ("bokaro wala?", ["tc-bokaro"]),
    ],
)
def test_a_listed_town_named_like_a_verb_is_named_only_as_a_place(finder, text, centres):
    assert finder.named_among(["tc-bokaro", "tc-jamshedpur", "tc-gaya"], text) == centres


@pytest.mark.parametrize(
    ("text", "lang", "head"),
    [
        # the town had no Hindi name in the gazetteer: "Gaya के सबसे पास"; its centre's city_hi is गया
        ("mai gaya bihar se hu", "hi", "गया के सबसे पास"),
        # "Bhopal" is also an alternate spelling of Bopal (Gujarat), whose name the header took
        ("I'm in Bhopal", "en", "nearest to Bhopal:"),
    ],
)
def test_the_header_names_the_town_found_in_the_reply_s_script(finder, text, lang, head):
    assert head in finder.find(text, lang, None).text


def test_a_short_name_alone_lists_every_centre_it_names(finder):
    assert sorted(ids(finder.by_name("PPDC", "en"))) == ["tc-agra", "tc-meerut"]
    assert finder.by_name("glass ka business loan", "en") is None  # "glass" is no short name


def say(services, text, user="console:centres"):
    return respond(IncomingMessage("console", user, text), services)


def test_state_list_numbers_its_centres_as_the_choices(services):
    """WhatsApp has no buttons: each centre listed is a numbered choice, named once (no second list)."""
    [reply] = say(services, "centres in Gujarat")
    assert [o.payload for o in reply.options][:3] == [
        "@centre tc-ahmedabad",
        "@centre ec-bhavnagar",
        "@centre ec-sanand",
    ]
    assert "1. Indo German Tool Room (IGTR) Ahmedabad – operational" in reply.text
    assert reply.text.count("IGTR Extension Centre Sanand") == 1
    assert "4. About MSME Technology Centres" in reply.text


@pytest.mark.parametrize(
    ("text", "centre"),
    [
        ("3", "IGTR Extension Centre Sanand"),
        ("dusra", "IGTR Extension Centre Bhavnagar"),
        ("the first one", "Indo German Tool Room (IGTR) Ahmedabad"),
    ],
)
def test_number_or_ordinal_after_a_state_list_picks_that_centre(services, text, centre):
    say(services, "centres in Gujarat")
    [reply] = say(services, text)
    assert reply.intent == "centre_find"
    assert [c["name"] for c in reply.centres] == [centre]
    assert "Offers:" in reply.text and "Please reply with a number" not in reply.text


def test_number_after_a_nearest_list_picks_that_centre(services):
    say(services, "I am in Pune, nearest centre")
    [reply] = say(services, "2")
    assert [c["id"] for c in reply.centres] == ["tc-mumbai"]


def test_after_a_pick_the_list_is_still_the_one_followups_pick_from(services):
    say(services, "centres in Gujarat")
    say(services, "1")
    [reply] = say(services, "sanand wala")
    assert [c["id"] for c in reply.centres] == ["ec-sanand"]


@pytest.mark.parametrize("text", ["kitni door hai", "how far is it?"])
def test_how_far_after_a_list_gives_the_distances_it_showed(services, text):
    say(services, "tool room near indore")
    [reply] = say(services, text)
    assert reply.intent == "centre_find"
    assert "170" in reply.text and "321" in reply.text


def test_how_far_is_the_first_one_gives_that_one(services):
    say(services, "tool room near indore")
    [reply] = say(services, "how far is the second one")
    assert reply.intent == "centre_find"
    assert "Bhopal" in reply.text and "170 km" in reply.text and "321 km" not in reply.text


def test_how_far_after_a_state_list_asks_where_the_user_is(services):
    """A state's list measured nothing: the distance needs the user's town."""
    say(services, "centres in Gujarat")
    [reply] = say(services, "how far is it")
    assert reply.intent == "centre_find" and "km" not in reply.text
    assert "share your location" in reply.text


@pytest.mark.parametrize(
    ("text", "lang", "said"),
    [("452001", "en", "PIN code"), ("मेरा पिनकोड 302001 है", "hi", "पिन कोड")],
)
def test_a_pin_code_for_a_place_is_said_unsupported_not_asked_again(services, text, lang, said):
    [asked] = say(services, "nearest msme centre" if lang == "en" else "नजदीकी एमएसएमई केंद्र")
    [reply] = say(services, text)
    assert reply.intent == "centre_find" and reply.locale == lang
    assert said in reply.text and reply.text != asked.text
    [again] = say(services, "Indore")
    assert again.centres[0]["id"] == "tc-indore"


def test_its_phone_after_a_town_of_the_list_is_that_towns_centres(services):
    say(services, "up me centre")
    say(services, "agra wala")
    [reply] = say(services, "iska phone")
    assert {c["id"] for c in reply.centres} == {"tc-agra", "tc-agra-cfti"}
    body = reply.text.split("नंबर लिखकर जवाब दें:")[0]  # (the list's numbers follow, still to pick from)
    assert "फिरोजाबाद" not in body and "मेरठ" not in body


def test_address_after_picking_one_says_that_centre_has_none(services):
    say(services, "bihar me centre")
    say(services, "patna wala")
    [reply] = say(services, "address bhejo")
    assert [c["id"] for c in reply.centres] == ["tc-patna"]
    body = reply.text.split("नंबर लिखकर जवाब दें:")[0]
    assert "पटना" in body and "गया" not in body
    assert "इस केंद्र का फोन या पता अभी मेरे पास दर्ज नहीं है" in reply.text


def test_its_phone_after_a_number_pick_says_when_only_the_address_is_on_file(services):
    say(services, "tool room near indore")
    say(services, "1")
    [reply] = say(services, "its phone number?")
    assert [c["id"] for c in reply.centres] == ["tc-indore"]
    assert "Sanwar Road" in reply.text and "No phone number on file" in reply.text


def test_after_a_pick_another_number_picks_another_centre_of_the_list(services):
    """The list's numbers stay the choices under a centre's details: "dusra" next is the second centre."""
    say(services, "centres in Gujarat")
    [first] = say(services, "3")
    assert "2. IGTR Extension Centre Bhavnagar" in first.text
    [reply] = say(services, "dusra")
    assert [c["id"] for c in reply.centres] == ["ec-bhavnagar"]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("main bhopal se hu, cnc training kahan milegi", "भोपाल"),
        ("mai hoshangabad se hu, CNC course karna hai", "नर्मदापुरम"),
        ("I am from Nashik, where can I learn CNC?", "Nashik"),
        # M8: "किया है" read as "what is" gave the scheme's overview, with no IGTR Indore
        ("मैंने आईटीआई किया है, सीएनसी मशीन चलाना सीखना है। कहाँ सीखूँ? मैं इंदौर से हूँ", "इंडो जर्मन टूल रूम (IGTR), इंदौर"),
        ("Want to learn CNC, I'm from Indore", "Indo German Tool Room (IGTR) Indore"),
        ("cnc sikhna hai, main indore se hu", "इंडो जर्मन टूल रूम (IGTR), इंदौर"),
    ],
)
def test_a_course_wanted_by_someone_telling_their_town_lists_the_centres_near_it(services, text, town):
    """It got what the technology centres offer in general, or the fallback."""
    [reply] = respond(IncomingMessage("console", "c", text), services)
    assert reply.intent == "centre_find" and town in reply.text


@pytest.mark.parametrize(
    "text", ["टेक्नोलॉजी सेंटर क्या होता है", "what is a technology centre", "tool room kya hota hai"]
)
def test_what_the_centres_are_is_the_overview(services, text):
    """Not a list: "क्या होता है" asks what they are (only "where" beside a town asks where to learn)."""
    [reply] = respond(IncomingMessage("console", "o", text), services)
    assert reply.intent == "scheme_info" and reply.topic == "tech-centres"


def test_a_courses_fee_asked_with_a_town_is_the_fee_not_a_list_of_centres(services):
    [reply] = respond(
        IncomingMessage("console", "f", "main nagpur se hu, cnc training ki fees kitni hai"), services
    )
    assert reply.intent == "scheme_info" and reply.topic == "tech-centres"


@pytest.mark.parametrize(
    "text",
    ["msme kendra", "एमएसएमई केंद्र", "एमएसएमई सेंटर", "msme centre", "mera msme kendra", "msme office", "kendra"],
)
def test_a_centre_said_alone_asks_where_the_user_is(services, text):
    """ "msme kendra" fell back, and "msme centre" asked "Do you mean MSME Technology Centres?": a centre said
    alone asks for the nearest ones, so the town is asked (as for "msme kendra kahan hai")."""
    [reply] = say(services, text)
    assert reply.intent == "centre_find"
    assert "Which city or district" in reply.text or "किस शहर या जिले" in reply.text


@pytest.mark.parametrize(
    "text",
    [
        "badi project ke liye 8th pass chahiye?",  # badi (big) is no Baddi
        "कितनी बड़ी फाइल अपलोड कर सकते हैं",
        "बड़ी कंपनी पैसा नहीं दे रही",
        "is there a daily limit on uploads",  # daily is no Deli (Delhi)
        "bhatti ke liye loan milega",  # a kiln, not Bhati
        "itra banane ka kaam hai",  # perfume, not Atarra
    ],
)
def test_finder_a_short_word_that_only_sounds_like_a_town_is_none(finder, text):
    assert finder.find(text, "hi", None) is None


@pytest.mark.parametrize("text", ["Baddi me tool room", "baddi", "बद्दी में टूल रूम", "tool room near baddi"])
def test_finder_baddi_written_or_beside_a_cue_is_the_town(finder, text):
    assert ids(finder.find(text, "en", None))[0] == "tc-baddi"
