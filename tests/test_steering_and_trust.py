"""Users who steer the chat and question the answer (heldout56's theme): say it again, shorter, more simply, how
sure and how old it is, a blessing for a thanks, another matter opened with "waise", the number again."""

from chatting import chat, say

from bot.answers import compiled_in
from bot.knowledge import Knowledge


def test_shorter_asked_gets_the_scheme_in_one_line(services):
    [reply] = chat(services, "pmegp ke documents kya lagenge", "short me batao")
    assert reply.intent == "confused" and reply.topic == "pmegp"
    assert services.current().knowledge.schemes["pmegp"]["short"]["hi"] in reply.text


def test_a_bare_what_right_after_an_answer_is_said_more_simply(services):
    [reply] = chat(services, "gem kya hai", "matlab?")
    assert (reply.intent, reply.topic) == ("confused", "gem")


def test_meaning_asked_of_something_else_is_not_confusion(services):
    [reply] = say(services, "आयकर रिटर्न में 44AD का क्या मतलब है")
    assert reply.intent == "fallback"


def test_how_sure_after_a_simpler_answer_vouches_for_the_scheme(services):
    [reply] = chat(services, "gem pe registration kaise kare", "matlab?", "pakka?")
    assert (reply.intent, reply.topic) == ("how_sure", "gem")


def test_how_old_the_facts_are_is_said_with_the_month(services):
    [reply] = chat(services, "gem pe registration kaise kare", "ye info kab ki hai")
    assert reply.intent == "how_sure" and "नवंबर 2026" in reply.text


def test_the_compiled_month_is_read_only_from_a_month(services):
    base = services.current().knowledge
    assert compiled_in(base, "en") == "November 2026"
    odd = Knowledge(0, "1", {}, {}, [], [], as_of="soon")
    assert compiled_in(odd, "en") is None


def test_official_asked_is_how_sure(services):
    [reply] = chat(services, "gem pe registration kaise kare", "ye official hai?")
    assert (reply.intent, reply.topic) == ("how_sure", "gem")


def test_repeat_with_a_little_more_said_is_the_answer_again(services):
    [first] = say(services, "gem kya hai")
    [again] = say(services, "sorry, again please, slower")
    assert (again.intent, again.topic, again.aspect) == ("scheme_info", "gem", first.aspect)


def test_the_number_again_is_the_schemes_line(services):
    [reply] = chat(services, "gem kya hai", "नंबर फिर से भेजो")
    assert (reply.intent, reply.topic) == ("helpline", "gem")


def test_starting_over_after_letting_go(services):
    [reply] = chat(services, "gem kya hai", "chhodo, start again")
    assert reply.intent == "restart"


def test_a_blessing_is_a_thanks(services):
    for text in ("जीते रहो बेटा, बहुत मदद की", "God bless you", "sada sukhi raho beta"):
        [reply] = chat(services, "udyam kya hai", text)
        assert reply.intent == "thanks", text


def test_a_blessing_before_a_need_answers_the_need(services):
    text = "Pranam beta, bhagwan aapka bhala kare. Mera naam Ramdeen hai, umar 62 saal. Mujhe dukaan ke liye loan chahiye"
    [reply] = say(services, text)
    assert reply.intent == "scheme_list"


def test_a_farewell_greeting_with_thanks_is_a_thanks(services):
    [reply] = chat(services, "udyam kya hai", "जय हिंद, धन्यवाद")
    assert reply.intent == "thanks"


def test_ok_with_a_part_asked_answers_the_part(services):
    [reply] = chat(services, "Tell me ZED benefits for women owned unit", "fine, the website?")
    assert (reply.topic, reply.aspect) == ("zed", "contact")


def test_ok_with_what_one_will_do_is_an_ok(services):
    for text in ("theek hai mail karta hu", "ठीक है बैंक से पूछ लूँगा"):
        [reply] = chat(services, "gem ka toll free no kya hai", text)
        assert reply.intent == "ack", text


def test_talk_to_someone_offers_a_person(services):
    [reply] = chat(services, "udyam kya hai", "can I talk to someone instead")
    assert reply.intent == "agent"


def test_talk_to_someone_with_the_helpline_asked_gives_the_lines_and_a_person(services):
    [reply] = say(services, "I want to talk to someone, give me the MSME helpline")
    assert reply.intent == "agent" and "1800-180-6763" in reply.text


def test_a_helplines_status_asked_at_some_length(services):
    [reply] = chat(
        services,
        "sir mujhe kisi officer ka number chahiye msme wala",
        "ye number kab ka hai, abhi chalu hai?",
    )
    assert reply.intent == "helpline" and "जाँच नहीं सकता" in reply.text


def test_another_email_after_the_general_lines_is_them_again(services):
    [reply] = chat(services, "sir mujhe kisi officer ka number chahiye msme wala", "aur koi email?")
    assert reply.intent == "helpline" and "@" in reply.text


def test_busy_numbers_are_the_line_again(services):
    [reply] = chat(services, "gem ka toll free no kya hai", "dono number busy aa rahe h")
    assert (reply.intent, reply.topic) == ("helpline", "gem")


def test_whether_a_group_may_apply_asks_of_the_scheme_discussed(services):
    text = "hum 15 log hai ek hi gaon me chappal banate hai, hum apply kar sakte hai?"
    [reply] = chat(services, "cluster scheme me kitna grant milta hai", text)
    assert (reply.topic, reply.aspect) == ("cdp", "eligibility")


def test_another_matter_opened_with_by_the_way_is_not_the_trouble(services):
    [reply] = chat(
        services,
        "ek party ne 3 lakh ka payment roka hua hai 8 mahine se, kya karu",
        "waise mera bank account freeze ho gaya hai, kya karu",
    )
    assert reply.intent == "fallback"


def test_a_moment_asked_is_waited_for(services):
    for text in ("one more question", "wait", "ruko", "ek minute"):
        [reply] = chat(services, "pmegp kya hai", text)
        assert reply.intent == "opener", text


def test_where_exactly_a_listed_centre_is(services):
    [reply] = chat(services, "indor me igtr ka no chahiye", "sanwer road pe kis jagah")
    assert reply.intent == "centre_find"


def test_when_a_listed_centre_will_be_ready(services):
    [reply] = chat(services, "Is there an MSME technology centre in Coimbatore?", "when will it be ready")
    assert reply.intent == "centre_find" and "Coimbatore" in reply.text
