"""A subsidy worked out for the user from the scheme's own rates: category, place and project cost,
said now or earlier in the chat; what is not said is asked."""

import pytest

from bot.messages import IncomingMessage
from bot.respond import respond


def say(services, text, user="u"):
    [reply] = respond(IncomingMessage("console", user, text), services)
    return reply


@pytest.mark.parametrize(
    ("turns", "line"),
    [
        (
            ["पीएमईजीपी में सब्सिडी कितनी है", "मैं गांव में हूं और एससी हूं", "प्रोजेक्ट 8 लाख का है तो कितनी सब्सिडी मिलेगी"],
            "≈ विशेष वर्ग (SC/ST/OBC), गाँव (ग्रामीण क्षेत्र), 8 लाख रुपये का प्रोजेक्ट: सब्सिडी 35% = 2.8 लाख रुपये; "
            "अपना हिस्सा 5% = 40,000 रुपये।",
        ),
        (
            [
                "pmegp me kitne paise milte hai",
                "ye to pata hai, mujhe exact batao 10 lakh ke project pe",
                "gaon me hai, general hu",
            ],
            "≈ सामान्य वर्ग, गाँव (ग्रामीण क्षेत्र), 10 लाख रुपये का प्रोजेक्ट: सब्सिडी 25% = 2.5 लाख रुपये; "
            "अपना हिस्सा 10% = 1 लाख रुपये।",
        ),
        (
            [
                "मैं ग्रेजुएट हूं, शहर में मोबाइल रिपेयर की दुकान खोलनी है, 3 लाख का खर्च है, कौन सी योजना",
                "पीएमईजीपी में मेरा कितना पैसा लगेगा",
                "मैं जनरल कैटेगरी से हूं",
            ],
            "≈ सामान्य वर्ग, शहर (शहरी क्षेत्र), 3 लाख रुपये का प्रोजेक्ट: सब्सिडी 15% = 45,000 रुपये; "
            "अपना हिस्सा 10% = 30,000 रुपये।",
        ),
        (
            [
                "pmegp subsidy",
                "I am a woman, my unit is in a village, project cost 8 lakh. How much subsidy?",
            ],
            "≈ Special category (women), rural area, a Rs 8 lakh project: subsidy 35% = Rs 2.8 lakh; "
            "own share 5% = Rs 40,000.",
        ),
        # the category alone, answering the estimate's "general or special category?" (it fell back); the
        # kind of project told last ("manufacturing"), not the "business" of "naya business" before it
        *(
            (
                ["naya business shuru karna hai", "manufacturing, 40 lakh", "shahar me", said],
                "≈ सामान्य वर्ग, शहर (शहरी क्षेत्र), 40 लाख रुपये का प्रोजेक्ट: सब्सिडी 15% = 6 लाख रुपये; "
                "अपना हिस्सा 10% = 4 लाख रुपये।",
            )
            for said in ("general", "जनरल", "general hu", "samanya varg")
        ),
        (
            ["pmegp subsidy", "my project is 12 lakh, manufacturing", "in a town", "general"],
            "≈ General category, urban area, a Rs 12 lakh project: subsidy 15% = Rs 1.8 lakh; "
            "own share 10% = Rs 1.2 lakh.",
        ),
        # told in an earlier message, between commas ("…, gaon me, general"), and in sentences
        (
            [
                "PMEGP apply karna hai, mera project 25 lakh ka hai service ka, gaon me, general",
                "kitna subsidy",
            ],
            "≈ सामान्य वर्ग, गाँव (ग्रामीण क्षेत्र), 25 लाख रुपये के प्रोजेक्ट में से 20 लाख रुपये (कारोबार/सेवा के लिए "
            "इतना ही गिना जाता है): सब्सिडी 25% = 5 लाख रुपये; अपना हिस्सा 10% = 2 लाख रुपये।",
        ),
        # answers to the estimate's own questions: amounts in words, a bare "विशेष", "urban general", "10 km from
        # town" (they fell back, or both categories' rows were shown); "special category" told with the rest
        (
            ["pmegp subsidy", "sc", "gaon", "saat lakh"],
            "≈ विशेष वर्ग (SC/ST/OBC), गाँव (ग्रामीण क्षेत्र), 7 लाख रुपये का प्रोजेक्ट: सब्सिडी 35% = 2,45,000 रुपये; "
            "अपना हिस्सा 5% = 35,000 रुपये।",
        ),
        (
            ["PMEGP", "how do I apply", "general", "urban", "five lakh"],
            "≈ General category, urban area, a Rs 5 lakh project: subsidy 15% = Rs 75,000; own share 10% = Rs 50,000.",
        ),
        (
            ["पीएमईजीपी में सब्सिडी कितनी", "विशेष", "गांव", "पाँच लाख"],
            "≈ विशेष वर्ग, गाँव (ग्रामीण क्षेत्र), 5 लाख रुपये का प्रोजेक्ट: सब्सिडी 35% = 1.75 लाख रुपये; "
            "अपना हिस्सा 5% = 25,000 रुपये।",
        ),
        (
            ["pmegp me paanch lakh ka project h subsidy kitni", "sheher general"],
            "≈ सामान्य वर्ग, शहर (शहरी क्षेत्र), 5 लाख रुपये का प्रोजेक्ट: सब्सिडी 15% = 75,000 रुपये; "
            "अपना हिस्सा 10% = 50,000 रुपये।",
        ),
        (
            ["pmegp subsidy", "sheher se 10 km door h mera gaon", "general", "das lakh"],
            "≈ सामान्य वर्ग, गाँव (ग्रामीण क्षेत्र), 10 लाख रुपये का प्रोजेक्ट: सब्सिडी 25% = 2.5 लाख रुपये; "
            "अपना हिस्सा 10% = 1 लाख रुपये।",
        ),
        (
            ["how much pmegp subsidy", "urban general", "ten lakh"],
            "≈ General category, urban area, a Rs 10 lakh project: subsidy 15% = Rs 1.5 lakh; own share 10% = Rs 1 lakh.",
        ),
        (
            ["pmegp subsidy rural special category project ten lakh"],
            "≈ Special category, rural area, a Rs 10 lakh project: subsidy 35% = Rs 3.5 lakh; own share 5% = Rs 50,000.",
        ),
        # a shop or trade is business/service: Rs 20 lakh counted at most, no manufacturing row first; a cost
        # asked "what if" replaces the one told (the 30 lakh stayed)
        (
            ["मुझे किराने की दुकान खोलनी है 25 लाख की, शहर, सामान्य, पीएमईजीपी सब्सिडी"],
            "≈ सामान्य वर्ग, शहर (शहरी क्षेत्र), 25 लाख रुपये के प्रोजेक्ट में से 20 लाख रुपये (कारोबार/सेवा के लिए इतना ही "
            "गिना जाता है): सब्सिडी 15% = 3 लाख रुपये; अपना हिस्सा 10% = 2 लाख रुपये।",
        ),
        (
            ["mujhe kirana dukan kholni h 25 lakh ki, sheher, general, pmegp subsidy"],
            "≈ सामान्य वर्ग, शहर (शहरी क्षेत्र), 25 लाख रुपये के प्रोजेक्ट में से 20 लाख रुपये (कारोबार/सेवा के लिए इतना ही "
            "गिना जाता है): सब्सिडी 15% = 3 लाख रुपये; अपना हिस्सा 10% = 2 लाख रुपये।",
        ),
        (
            ["grocery shop 25 lakh urban general pmegp subsidy"],
            "≈ General category, urban area, Rs 20 lakh of a Rs 25 lakh project (the most counted for "
            "business/service): subsidy 15% = Rs 3 lakh; own share 10% = Rs 2 lakh.",
        ),
        (
            [
                "project cost is 30 lakh trading shop, pmegp subsidy?",
                "oh, what if I reduce to 20 lakh",
                "urban OBC",
            ],
            "≈ Special category (SC/ST/OBC), urban area, a Rs 20 lakh project: subsidy 25% = Rs 5 lakh; "
            "own share 5% = Rs 1 lakh.",
        ),
        (
            ["pmegp subsidy", "gaon me hu, general, 30 lakh", "agar 15 lakh ka ho to"],
            "≈ सामान्य वर्ग, गाँव (ग्रामीण क्षेत्र), 15 लाख रुपये का प्रोजेक्ट: सब्सिडी 25% = 3.75 लाख रुपये; "
            "अपना हिस्सा 10% = 1.5 लाख रुपये।",
        ),
        (
            ["I want to open a bakery in a village. I am a woman. How much PMEGP subsidy for 10 lakh?"],
            "≈ Special category (women), rural area, a Rs 10 lakh project: subsidy 35% = Rs 3.5 lakh; "
            "own share 5% = Rs 50,000.",
        ),
    ],
)
def test_the_subsidy_is_worked_out_for_what_the_user_said(services, turns, line):
    for text in turns[:-1]:
        say(services, text)
    reply = say(services, turns[-1])
    assert reply.topic == "pmegp"
    assert line in reply.text.split("\n")
    assert "ℹ " + ("सीमाएँ, दरें" if "वर्ग" in line else "Limits, rates") in reply.text
    assert sum(row.startswith("≈ ") for row in reply.text.split("\n")) == 1  # one row: nothing left to ask


@pytest.mark.parametrize(
    ("turns", "asked"),
    [
        (["मुझे लोन चाहिए नया काम शुरू करने के लिए", "मैं महिला हूं और गांव में रहती हूं"], "प्रोजेक्ट की लागत कितनी है?"),
        (["pmegp loan", "mujhe exact batao 10 lakh ke project pe"], "यूनिट गाँव (ग्रामीण) में है या शहर (शहरी) में?"),
        (
            ["pmegp subsidy", "I am SC, project cost 12 lakh"],
            "Is the unit in a village (rural) or a town (urban)?",
        ),
    ],
)
def test_what_the_figures_depend_on_and_was_not_said_is_asked(services, turns, asked):
    for text in turns[:-1]:
        say(services, text)
    reply = say(services, turns[-1])
    assert reply.topic == "pmegp"
    assert any(line.startswith("ℹ ") and line.endswith(asked) for line in reply.text.split("\n"))


def test_the_subsidy_is_counted_on_the_highest_project_cost_at_most(services):
    """The KB's highest project cost for subsidy is Rs 20 lakh for business/service."""
    say(services, "pmegp subsidy")
    reply = say(services, "I am general category, in a city, 30 lakh service project")
    assert (
        "≈ General category, urban area, Rs 20 lakh of a Rs 30 lakh project (the most counted for "
        "business/service): subsidy 15% = Rs 3 lakh; own share 10% = Rs 2 lakh."
    ) in reply.text.split("\n")


@pytest.mark.parametrize(
    "text",
    [
        "pmegp me kitni subsidy milti hai",  # nothing said of the user: the rates as they are
        "पीएमईजीपी में 8वीं फेल हूं, 12 लाख का आटा चक्की प्रोजेक्ट है, मिलेगा?",  # schooling: its rule answers
    ],
)
def test_nothing_is_worked_out_without_the_users_category_or_place(services, text):
    assert "≈ " not in say(services, text).text


def test_a_category_ruled_out_is_not_taken(services):
    say(services, "pmegp subsidy")
    reply = say(services, "general category nahi, obc hu, gaon me")
    assert "≈ विशेष वर्ग (SC/ST/OBC), गाँव (ग्रामीण क्षेत्र): प्रोजेक्ट लागत की 35% सब्सिडी; अपना हिस्सा 5%।" in (
        reply.text.split("\n")
    )


@pytest.mark.parametrize(
    ("text", "line"),
    [
        (
            "PMEGP subsidy rural ST 10 lakh manufacturing",
            "≈ Special category (SC/ST/OBC), rural area, a Rs 10 lakh project: subsidy 35% = Rs 3.5 lakh; "
            "own share 5% = Rs 50,000.",
        ),
        (
            "pmegp subsidy for 70 lakh manufacturing project, rural, general",
            "≈ General category, rural area, Rs 50 lakh of a Rs 70 lakh project (the most counted for "
            "manufacturing): subsidy 25% = Rs 12.5 lakh; own share 10% = Rs 5 lakh.",
        ),
        (
            "पीएमईजीपी सब्सिडी गाँव, जनरल, 8 लाख मैन्युफैक्चरिंग",
            "≈ सामान्य वर्ग, गाँव (ग्रामीण क्षेत्र), 8 लाख रुपये का प्रोजेक्ट: सब्सिडी 25% = 2 लाख रुपये; "
            "अपना हिस्सा 10% = 80,000 रुपये।",
        ),
        (
            "26 sal ka hu ST hu gao me atta chakki lagana hai 8 lakh",  # "gao": asked village or town
            "≈ विशेष वर्ग (SC/ST/OBC), गाँव (ग्रामीण क्षेत्र), 8 लाख रुपये का प्रोजेक्ट: सब्सिडी 35% = 2.8 लाख रुपये; "
            "अपना हिस्सा 5% = 40,000 रुपये।",
        ),
        (
            "pmegp subsidy kitni, gaon, sc, 6 lakh service",
            "≈ विशेष वर्ग (SC/ST/OBC), गाँव (ग्रामीण क्षेत्र), 6 लाख रुपये का प्रोजेक्ट: सब्सिडी 35% = 2.1 लाख रुपये; "
            "अपना हिस्सा 5% = 30,000 रुपये।",
        ),
    ],
)
def test_a_terse_list_of_one_s_figures_is_read_whole(services, text, line):
    """ "rural ST 10 lakh manufacturing" asked again for the project cost (no word "project"), and ", general"
    for the category."""
    assert line in say(services, text, user=text).text.split("\n")


@pytest.mark.parametrize(
    "text", ["pmegp subsidy general store 5 lakh", "pmegp general information, 5 lakh loan"]
)
def test_general_in_a_name_is_no_category(services, text):
    """(A store is a business/service project, so its 5 lakh may be worked out: for both categories, not general.)"""
    reply = say(services, text, user=text).text
    assert "General category" not in reply or "≈ Special category" in reply


@pytest.mark.parametrize(
    ("turns", "line"),
    [
        (  # facts told after the schemes a new business starts with, no scheme named
            ["I want to start a bakery", "in a town, 30 lakh", "I'm a woman", "how much subsidy?"],
            "≈ Special category (women), urban area, a Rs 30 lakh project (manufacturing): subsidy 25% = Rs 7.5 lakh; "
            "own share 5% = Rs 1.5 lakh.",
        ),
        (  # all in one message
            ["I want to start a bakery in a town, 30 lakh, I'm a woman, how much subsidy?"],
            "≈ Special category (women), urban area, a Rs 30 lakh project (manufacturing): subsidy 25% = Rs 7.5 lakh; "
            "own share 5% = Rs 1.5 lakh.",
        ),
        (  # the cost asked for, then said alone
            ["pmegp", "main SC hu, gaon me", "lagbhag 12 lakh"],
            "≈ विशेष वर्ग (SC/ST/OBC), गाँव (ग्रामीण क्षेत्र), 12 लाख रुपये का प्रोजेक्ट: सब्सिडी 35% = 4.2 लाख रुपये; "
            "अपना हिस्सा 5% = 60,000 रुपये।",
        ),
    ],
)
def test_facts_told_over_a_chat_with_no_scheme_named_are_pmegp_s(services, turns, line):
    for text in turns[:-1]:
        say(services, text)
    reply = say(services, turns[-1])
    assert (reply.topic, reply.aspect) == ("pmegp", "benefits")
    assert line in reply.text.split("\n")


@pytest.mark.parametrize(
    ("turns", "topics"),
    [
        # asked of the women's list, "how much subsidy?" may be ZED's or PMEGP's: which one
        (["any scheme for women?", "how much subsidy?"], {"zed", "pmegp"}),
        # a help asked for a business starting out is the list, whatever is told beside it
        (["gaon me bakery kholni hai, kya madad milegi?"], {"pmegp", "cgtmse", "udyam"}),
    ],
)
def test_no_scheme_is_chosen_for_the_user_where_several_fit(services, turns, topics):
    for text in turns[:-1]:
        say(services, text)
    reply = say(services, turns[-1])
    assert reply.topic is None
    assert topics <= {o.payload.split()[1] for o in reply.options if o.payload.startswith("@scheme ")}


def test_two_parts_asked_work_the_subsidy_out_once(services):
    replies = respond(
        IncomingMessage(
            "console",
            "u",
            "main SC hu, gaon me 8 lakh ka project, pmegp me subsidy kitni hai aur kaun apply kar sakta hai",
        ),
        services,
    )
    assert [r.aspect for r in replies] == ["eligibility", "benefits"]
    estimates = [line for r in replies for line in r.text.split("\n") if line.startswith("≈ ")]
    assert estimates == [
        "≈ विशेष वर्ग (SC/ST/OBC), गाँव (ग्रामीण क्षेत्र), 8 लाख रुपये का प्रोजेक्ट: सब्सिडी 35% = 2.8 लाख रुपये; "
        "अपना हिस्सा 5% = 40,000 रुपये।"
    ]


def test_a_forwarded_story_gets_the_subsidy_on_what_is_invested_and_the_papers_asked(services):
    """The question's own "and" is the second part asked, not the age and class told in the story; the money
    put into a business being started is its project's cost."""
    replies = respond(
        IncomingMessage(
            "console",
            "u",
            "Hello, I am forwarding a query from a citizen. He is a 34 year old man from a village in Bihar, wants to "
            "start a flour mill with about 12 lakh investment, he belongs to OBC category, passed class 10. He wants "
            "to know how much subsidy under PMEGP and what documents are needed. Thanks.",
        ),
        services,
    )
    assert [(r.topic, r.aspect) for r in replies] == [("pmegp", "benefits"), ("pmegp", "documents")]
    assert (
        "≈ Special category (SC/ST/OBC), rural area, a Rs 12 lakh project: subsidy 35% = Rs 4.2 lakh; "
        "own share 5% = Rs 60,000."
    ) in replies[0].text.split("\n")


def test_which_is_best_works_out_no_subsidy_for_a_trade_the_rules_bar(services):
    say(services, "mujhe sharab ki dukan kholni hai, gaon me, 10 lakh, main SC hu")
    reply = say(services, "kaunsi scheme best hai mere liye")
    assert reply.intent == "compare"
    assert "≈ " not in reply.text


@pytest.mark.parametrize(
    ("told", "asked"),
    [
        ("mujhe bakery kholni hai", "which scheme gives subsidy?"),
        ("main darzi hu", "kaunsi scheme me online apply hota hai"),
    ],
)
def test_which_scheme_does_something_is_no_which_is_best(services, told, asked):
    """Once a business is told, "which scheme for me?" compares those that fit; "which scheme gives subsidy?"
    still asks which of them gives it."""
    say(services, told)
    assert say(services, asked).intent != "compare"


@pytest.mark.parametrize(
    ("turns", "line"),
    [
        (
            ["I'm in Guwahati, general category, urban bakery 10 lakh. PMEGP subsidy?"],
            "≈ Special category (people in North-East), urban area, a Rs 10 lakh project: subsidy 25% = Rs 2.5 lakh; "
            "own share 5% = Rs 50,000.",
        ),
        (
            ["I live in a village near Shimla, general category, project 6 lakh. PMEGP subsidy?"],
            "≈ Special category (hill and border areas and aspirational districts), rural area, a Rs 6 lakh project: "
            "subsidy 35% = Rs 2.1 lakh; own share 5% = Rs 30,000.",
        ),
        (
            ["मैं शिमला के पास गाँव से हूँ, सामान्य वर्ग, 6 लाख का प्रोजेक्ट"],
            "≈ विशेष वर्ग (पहाड़ी व सीमावर्ती इलाकों और आकांक्षी जिलों के लोग), गाँव (ग्रामीण क्षेत्र), 6 लाख रुपये का "
            "प्रोजेक्ट: सब्सिडी 35% = 2.1 लाख रुपये; अपना हिस्सा 5% = 30,000 रुपये।",
        ),
        (
            ["pmegp subsidy kitni milegi", "mai imphal se hu", "general hu, gaon me, 8 lakh"],
            "≈ विशेष वर्ग (पूर्वोत्तर), गाँव (ग्रामीण क्षेत्र), 8 लाख रुपये का प्रोजेक्ट: सब्सिडी 35% = 2.8 लाख रुपये; "
            "अपना हिस्सा 5% = 40,000 रुपये।",
        ),
    ],
)
def test_a_town_in_the_north_east_or_the_hills_is_the_special_category(services, turns, line):
    """The KB's special category has "people in North-East, hill and border areas": a general-category user
    in Guwahati or near Shimla gets its rates, as one who names Assam or Himachal does."""
    for text in turns[:-1]:
        say(services, text)
    assert line in say(services, turns[-1]).text.split("\n")


def test_a_town_elsewhere_is_no_special_category(services):
    reply = say(services, "mai lucknow se hu, general hu, sheher me 10 lakh ki bakery, pmegp subsidy kitni")
    assert "≈ सामान्य वर्ग, शहर (शहरी क्षेत्र), 10 लाख रुपये का प्रोजेक्ट: सब्सिडी 15% = 1.5 लाख रुपये; " in reply.text


@pytest.mark.parametrize(
    "asked",
    [
        "apna kitna lagana padega",
        "kitna apna lagana h",
        "अपना कितना लगेगा",
        "मेरा कितना लगेगा",
        "how much should I invest",
    ],
)
def test_ones_own_share_asked_after_the_figures_is_worked_out(services, asked):
    """ "apna kitna lagana padega" right after "OBC, gaon, 8 lakh" fell back, and "अपना कितना लगेगा" got "fee: not
    on file": the own share is 5% for the special category (the KB's benefit line), Rs 40,000 here."""
    for text in ("pmegp me subsidy kitni milti h", "obc hu", "gaon me", "approx 7-8 lakh"):
        say(services, text)
    reply = say(services, asked)
    assert reply.topic == "pmegp"
    assert any(
        line.startswith("≈ ") and "5% = " in line and "40,000" in line for line in reply.text.split("\n")
    )


def test_a_new_cost_after_the_category_told_is_worked_out_for_that_category_only(services):
    """ "and if 60 lakh" after "…rural special category project ten lakh" gave four rows (general and special,
    each for manufacturing and service: 1,766 characters): now the special category's, the most counted per kind."""
    say(services, "pmegp subsidy rural special category project ten lakh")
    rows = [line for line in say(services, "and if 60 lakh").text.split("\n") if line.startswith("≈ ")]
    assert rows == [
        "≈ Special category, rural area, Rs 50 lakh of a Rs 60 lakh project (the most counted for manufacturing): "
        "subsidy 35% = Rs 17.5 lakh; own share 5% = Rs 2.5 lakh.",
        "≈ Special category, rural area, Rs 20 lakh of a Rs 60 lakh project (the most counted for business/service): "
        "subsidy 35% = Rs 7 lakh; own share 5% = Rs 1 lakh.",
    ]


@pytest.mark.parametrize(
    ("text", "estimate"),
    [
        (
            "I want to set up a manufacturing unit costing 40 lakh in a rural area, I'm general category",
            "≈ General category, rural area, a Rs 40 lakh project: subsidy 25% = Rs 10 lakh",
        ),
        (
            "गाँव में 40 लाख की मैन्युफैक्चरिंग यूनिट, सामान्य वर्ग",
            "≈ सामान्य वर्ग, गाँव (ग्रामीण क्षेत्र), 40 लाख रुपये का प्रोजेक्ट: सब्सिडी 25% = 10 लाख रुपये",
        ),
        ("gaon me 40 lakh ki manufacturing unit lagani hai, general category", "≈ सामान्य वर्ग, गाँव"),
    ],
)
def test_a_whole_situation_told_first_gets_the_estimate(services, text, estimate):
    """ "I want to set up a manufacturing unit costing 40 lakh in a rural area, I'm general category" got the
    list of schemes a business starts with, and the Hindi the fallback: cost, place and category are all told,
    so PMEGP's figures come straight away (40 lakh is within its Rs 50 lakh manufacturing ceiling)."""
    reply = say(services, text, user=text)
    assert reply.topic == "pmegp" and estimate in reply.text


@pytest.mark.parametrize(
    ("first", "then", "second_loan"),
    [
        ("pmegp second loan", "hill states me subsidy", "• बढ़ाने के लिए दूसरा लोन"),
        ("पीएमईजीपी दूसरा लोन", "पहाड़ी राज्य में सब्सिडी", "• बढ़ाने के लिए दूसरा लोन"),
        ("pmegp dusra loan", "pahadi rajya me subsidy kitni", "• बढ़ाने के लिए दूसरा लोन"),
    ],
)
def test_in_a_second_loan_chat_its_line_comes_first(services, first, then, second_loan):
    """ "hill states me subsidy" after "pmegp second loan" opened with the first loan's rates worked out, the
    second loan's 20% line below them."""
    say(services, first, user=first)
    lines = say(services, then, user=first).text.split("\n")
    at = next(i for i, line in enumerate(lines) if line.startswith(second_loan))
    assert not any(line.startswith("≈ ") for line in lines[:at])


@pytest.mark.parametrize(
    ("text", "estimate"),
    [
        (
            "मैं पिछले आठ साल से दिल्ली में काम कर रहा था, अब गाँव में अगरबत्ती यूनिट लगानी है, सामान्य वर्ग से हूँ, कौन सी योजना?",
            "≈ सामान्य वर्ग, गाँव (ग्रामीण क्षेत्र): प्रोजेक्ट लागत की 25% सब्सिडी; अपना हिस्सा 10%।",
        ),
        (
            "main pichle 8 saal se delhi me kaam kar raha tha, ab gaon me agarbatti unit lagani hai, general category se"
            " hu, pmegp me subsidy kitni?",
            "≈ सामान्य वर्ग, गाँव (ग्रामीण क्षेत्र): प्रोजेक्ट लागत की 25% सब्सिडी; अपना हिस्सा 10%।",
        ),
        (
            "I worked in Delhi for the last eight years, now I want an agarbatti unit in my village, I am general"
            " category. How much PMEGP subsidy?",
            "≈ General category, rural area: subsidy 25% of the project cost; own share 10%.",
        ),
        # (the backward class itself, beside a "पिछले साल" that is not it, is still the special category)
        (
            "मैं पिछले साल से सोच रहा हूँ, पिछड़ा वर्ग से हूँ, गाँव में 10 लाख की यूनिट, पीएमईजीपी सब्सिडी?",
            "≈ विशेष वर्ग (SC/ST/OBC), गाँव (ग्रामीण क्षेत्र), 10 लाख रुपये का प्रोजेक्ट: सब्सिडी 35% = 3.5 लाख रुपये",
        ),
        ("pichhde varg se hu, gaon me unit, pmegp subsidy kitni", "≈ विशेष वर्ग (SC/ST/OBC), गाँव"),
    ],
)
def test_last_years_are_no_backward_class_and_a_general_category_said_is_taken(services, text, estimate):
    """ "पिछले आठ साल से" (for the last eight years) was read as "पिछड़े वर्ग" (OBC), and the 35% special rate given
    to one who said "सामान्य वर्ग"; a "kaam kar raha tha" before "unit lagani hai" was a business running."""
    reply = say(services, text, user=text).text
    assert estimate in reply
    assert "✗" not in reply
    if "सामान्य" in estimate or "General" in estimate:
        assert "≈ विशेष" not in reply and "≈ Special" not in reply


def test_a_general_category_said_wins_over_a_relatives_caste(services):
    reply = say(services, "pmegp subsidy: general hu, papa obc the, gaon me 10 lakh ka project").text
    assert "≈ सामान्य वर्ग, गाँव (ग्रामीण क्षेत्र), 10 लाख रुपये का प्रोजेक्ट: सब्सिडी 25%" in reply
