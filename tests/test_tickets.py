"""Helpline tickets: a citizen asks for a person; staff /queue, /take, /reply, /close; /forget."""

import logging

import pytest
from admin_chat import (
    ADMIN,
    CITIZEN,
    OUTSIDER,
    STAFF,
    audit_count,
    kb_state,
    refused,
    say,
    staffed_services,
    text,
)

from bot import privacy, sessions, tickets


@pytest.fixture
def services(tmp_path):
    return staffed_services(tmp_path / "k.db")


def open_ticket(services, question: str = "mujhe bijli ka bill bharna hai", user: str = CITIZEN) -> int:
    say(services, user, question)
    say(services, user, "insaan se baat")
    return tickets.open_for(services.db, user).id


@pytest.mark.parametrize(
    "ask",
    [
        "agent",
        "insaan se baat",
        "मानव सहायता",
        "/agent",
        "talk to a person",
        "can someone call me",
        "मुझे फोन कीजिए",
        "कोई जवाब देगा?",
        "complaint karna hai, koi sunne wala hai?",
        "mujhe phone karo 9876543210",
    ],
)
def test_ticket_every_way_of_asking_for_a_person_opens_one(services, ask):
    say(services, CITIZEN, "mera bijli bill kaise bharun")
    [reply] = say(services, CITIZEN, ask)
    assert reply.intent == "agent"
    ticket = tickets.open_for(services.db, CITIZEN)
    assert ticket.question == "mera bijli bill kaise bharun" and ticket.platform == "whatsapp"
    assert f"#{ticket.id}" in reply.text


@pytest.mark.parametrize(
    "text", ["phone number of GeM helpline", "call centre kahan hai", "GeM ka phone number do"]
)
def test_asking_for_a_number_or_a_centre_opens_no_ticket(services, text):
    say(services, CITIZEN, text)
    assert tickets.open_for(services.db, CITIZEN) is None


def test_ticket_fallback_offers_a_person_and_choosing_it_opens_a_ticket(services):
    [fallback] = say(services, CITIZEN, "mera bijli bill kaise bharun")
    number = next(i for i, o in enumerate(fallback.options, 1) if o.payload == "@agent")
    [reply] = say(services, CITIZEN, str(number))
    assert reply.intent == "agent" and tickets.open_for(services.db, CITIZEN) is not None


@pytest.mark.parametrize(
    "dispute",
    ["galat jawab hai ye", "ye to galat hai", "this answer is wrong", "आपका जवाब गलत है", "जवाब गलत है"],
)
def test_ticket_a_disputed_answer_gets_a_sorry_and_yes_passes_the_question_on(services, dispute):
    say(services, CITIZEN, "pmegp subsidy kitni hai")
    [sorry] = say(services, CITIZEN, dispute)
    assert sorry.intent == "disputed" and sorry.topic == "pmegp" and sorry.options[0].payload == "@agent"
    assert "kviconline.gov.in" in sorry.text and tickets.open_for(services.db, CITIZEN) is None
    [reply] = say(services, CITIZEN, "haan")
    assert reply.intent == "agent"
    assert tickets.open_for(services.db, CITIZEN).question == "pmegp subsidy kitni hai"


@pytest.mark.parametrize(
    "more",
    [
        "this is wrong, the limit is 5 crore",
        "certificate me naam galat hai",
        "udyam certificate mein naam galat hai",
    ],
)
def test_ticket_a_wrong_detail_told_is_no_dispute_of_the_answer(services, more):
    say(services, CITIZEN, "udyam registration")
    [reply] = say(services, CITIZEN, more)
    assert reply.intent == "scheme_info" and reply.topic == "udyam"


def test_ticket_reply_puts_helpline_numbers_first_then_the_promise_in_hindi(services):
    say(services, CITIZEN, "मेरा बिजली बिल कैसे भरूं")
    [reply] = say(services, CITIZEN, "मानव सहायता")
    assert reply.locale == "hi"
    assert reply.text.index("1800-180-6763") < reply.text.index("#1")
    assert "व्यक्ति" in reply.text  # the promise is translated


def test_ticket_keeps_the_last_turns_but_not_more(services):
    for i in range(10):
        say(services, CITIZEN, f"sawal number {i}")
    say(services, CITIZEN, "agent")
    ticket = tickets.open_for(services.db, CITIZEN)
    assert len(ticket.turns) == tickets.HISTORY_TURNS
    assert ticket.turns[-1]["text"] == "sawal number 9"


def test_ticket_asking_twice_does_not_open_a_second(services):
    first = open_ticket(services)
    [reply] = say(services, CITIZEN, "agent")
    assert f"#{first}" in reply.text and tickets.open_for(services.db, CITIZEN).id == first
    assert services.db["tickets"].count == 1


def test_queue_lists_open_tickets_oldest_first(services):
    open_ticket(services, "pehla sawal", "whatsapp:+911111111111")
    open_ticket(services, "doosra sawal", "telegram:3001")
    queue = text(services, STAFF, "/queue")
    assert queue.index("pehla sawal") < queue.index("doosra sawal")
    assert "+911111111111" not in queue  # staff see the masked id, not the phone number


def test_take_shows_the_question_and_marks_it(services):
    number = open_ticket(services)
    reply = text(services, STAFF, f"/take {number}")
    assert "bijli" in reply and f"/reply {number}" in reply
    assert f"taken by {STAFF}" in text(services, STAFF, "/queue")


def test_take_a_ticket_someone_else_has_is_refused(services):
    number = open_ticket(services)
    say(services, STAFF, f"/take {number}")
    assert f"already taken by {STAFF}" in text(services, ADMIN, f"/take {number}")


@pytest.mark.parametrize("answered_first", [False, True])
def test_replying_to_a_ticket_someone_else_took_asks_for_anyway(services, answered_first):
    """s2's "/reply 1 hello from S2" to the ticket s1 took was sent: the citizen got two staff answers."""
    number = open_ticket(services)
    say(services, STAFF, f"/take {number}")
    if answered_first:
        say(services, STAFF, f"/reply {number} Please visit the DIC office.")
    refused(services, ADMIN, f"/reply {number} Namaste", f"not sent: #{number} is taken by {STAFF}")
    assert f"/reply {number} anyway TEXT" in text(services, ADMIN, f"/reply {number} Namaste")
    # the citizen is waiting: sent all the same with "anyway", which is no part of the answer
    confirm, to_citizen = say(services, ADMIN, f"/reply {number} anyway Namaste ji")
    assert f"was taken by {STAFF}" in confirm.text
    assert to_citizen.text.endswith("\nNamaste ji") and "anyway" not in to_citizen.text


def test_the_holder_of_a_ticket_replies_anyway_as_written(services):
    number = open_ticket(services)
    say(services, STAFF, f"/take {number}")
    _, to_citizen = say(services, STAFF, f"/reply {number} anyway you can apply online")
    assert to_citizen.text.endswith("\nanyway you can apply online")


def test_a_ticket_held_by_someone_no_longer_staff_can_be_taken_over(services):
    number = open_ticket(services)
    helper = "telegram:777"
    say(services, ADMIN, f"/grant staff {helper}")
    say(services, helper, f"/take {number}")
    say(services, ADMIN, f"/revoke {helper}")
    assert f"#{number} is yours" in text(services, STAFF, f"/take {number}")
    assert f"taken by {STAFF}" in text(services, STAFF, "/queue")


def test_reply_goes_to_the_citizen_in_their_language_and_confirms_to_staff(services):
    say(services, CITIZEN, "मेरा बिजली बिल कैसे भरूं")
    say(services, CITIZEN, "मानव सहायता")
    confirm, to_citizen = say(services, STAFF, "/reply 1 अपने बिजली विभाग से संपर्क करें।")
    assert to_citizen.recipient == CITIZEN and to_citizen.locale == "hi"
    assert "अपने बिजली विभाग से संपर्क करें।" in to_citizen.text and "#1" in to_citizen.text
    assert to_citizen.text.splitlines()[0] != "Answer from the MSME helpline (request #1):"
    assert to_citizen.ticket == 1
    # "sent" is the adapter's to say, once it has been (bot.delivery.report)
    assert (
        confirm.recipient is None
        and "sending the answer to #1" in confirm.text
        and "sent" not in confirm.text
    )


def test_close_removes_it_from_the_queue(services):
    number = open_ticket(services)
    assert "closed; note: it was never answered" in text(services, STAFF, f"/close {number}")
    assert "no open tickets" in text(services, STAFF, "/queue")
    assert "is closed" in text(services, STAFF, f"/reply {number} late")


def test_closing_anothers_taken_unanswered_ticket_asks_for_anyway_and_names_them(services):
    """s2's '/close 1' of the ticket s1 took and never answered once said only '#1 closed'."""
    number = open_ticket(services)
    say(services, STAFF, f"/take {number}")
    refused(
        services,
        ADMIN,
        f"/close {number}",
        f"not closed: #{number} is taken by {STAFF} and was never answered",
    )
    reply = text(services, ADMIN, f"/close {number} anyway")
    assert (
        reply
        == f"#{number} closed; note: it was never answered (the citizen got no staff answer); it was taken by {STAFF}"
    )
    assert "no open tickets" in text(services, STAFF, "/queue")


def test_closing_anothers_answered_ticket_needs_no_anyway(services):
    number = open_ticket(services)
    say(services, STAFF, f"/take {number}")
    say(services, STAFF, f"/reply {number} Please visit the DIC office.")
    assert text(services, ADMIN, f"/close {number}") == f"#{number} closed; it was taken by {STAFF}"


@pytest.mark.parametrize(
    "command, expected",
    [
        ("/take", "usage"),
        ("/take x", "usage"),
        ("/take 99", "no ticket #99"),
        ("/reply 1", "usage"),
        ("/reply 99 hi", "no ticket"),
        ("/close", "usage"),
        ("/close 99", "no ticket"),
    ],
)
def test_staff_commands_bad_arguments_change_nothing(services, command, expected):
    refused(services, STAFF, command, expected)


def test_staff_actions_are_audited_without_the_answer_text(services):
    number = open_ticket(services)
    say(services, STAFF, f"/take {number}")
    say(services, STAFF, f"/reply {number} secret words")
    say(services, STAFF, f"/close {number}")
    rows = services.db.execute("SELECT command, target FROM audit ORDER BY id").fetchall()
    assert rows == [
        (f"/take {number}", "ticket:1"),
        (f"/reply {number}", "ticket:1"),
        (f"/close {number}", "ticket:1"),
    ]
    assert "secret" not in str(services.db.execute("SELECT * FROM audit").fetchall())


def test_outsider_cannot_reply_to_a_ticket(services):
    number = open_ticket(services)
    before = kb_state(services)
    replies = say(services, OUTSIDER, f"/reply {number} fake answer")
    assert len(replies) == 1 and replies[0].recipient is None and replies[0].intent == "unknown_command"
    assert kb_state(services) == before


def test_forget_deletes_sessions_and_closed_tickets_but_keeps_open_ones(services):
    first = open_ticket(services)
    say(services, STAFF, f"/close {first}")
    second = open_ticket(services, "teesra sawal")
    [reply] = say(services, CITIZEN, "/forget")
    assert reply.intent == "forget"
    assert services.db.execute("SELECT count(*) FROM sessions WHERE user = ?", [CITIZEN]).fetchone()[0] == 0
    assert [t.id for t in tickets.queue(services.db)] == [second]
    assert tickets.get(services.db, first) is None


def test_admin_can_forget_another_user_and_it_is_audited(services):
    open_ticket(services)
    assert "forgotten" in text(services, ADMIN, f"/forget {CITIZEN}")
    assert sessions.load(services.db, CITIZEN, 0).history == []
    # the trail says who was forgotten as the logs do, without the phone number it was asked to delete
    assert services.db.execute("SELECT command, target FROM audit").fetchall() == [
        ("/forget", "whatsapp:…5678")
    ]


def test_forget_deletes_the_replies_kept_for_retries_and_staff_turns_quoting_the_citizen(services):
    """The replay store kept the question (in staff's /take) and the staff answer after /forget."""
    open_ticket(services, "mera naam ramesh kumar, udyam me galti")
    say(services, STAFF, "/take 1")
    say(services, STAFF, "/reply 1 your number is UDYAM-DL-01-0001234")
    say(services, CITIZEN, "/forget")
    kept = " ".join(r[0] for r in services.db.execute("SELECT replies FROM processed").fetchall())
    assert "ramesh" not in kept and "UDYAM-DL-01" not in kept and CITIZEN not in kept


def test_admin_forget_of_a_mistyped_id_deletes_nothing_and_says_so(services):
    open_ticket(services)
    assert "not an id" in text(services, ADMIN, "/forget +919812345678")
    assert tickets.open_for(services.db, CITIZEN).question != privacy.FORGOTTEN
    assert "nothing to forget" in text(services, ADMIN, "/forget whatsapp:+910000000000")
    assert audit_count(services) == 0


@pytest.mark.parametrize("with_ticket", [True, False])
def test_a_repeated_admin_forget_says_nothing_is_left_and_writes_no_audit_row(services, with_ticket):
    """Each repeated /forget of the same citizen said "1 open ticket(s) wiped" and added an audit row."""
    if with_ticket:
        open_ticket(services)
    else:
        say(services, CITIZEN, "udyam registration kaise kare")
    assert "forgotten" in text(services, ADMIN, f"/forget {CITIZEN}")
    assert audit_count(services) == 1
    assert "nothing to forget" in text(services, ADMIN, f"/forget {CITIZEN}")
    assert audit_count(services) == 1


@pytest.mark.parametrize("words", ["me", "my data", "everything"])
def test_a_citizens_forget_with_words_forgets_their_own_data(services, words):
    open_ticket(services)
    [reply] = say(services, CITIZEN, f"/forget {words}")
    assert reply.intent == "forget"
    assert tickets.open_for(services.db, CITIZEN).question == privacy.FORGOTTEN


def test_forget_of_someone_else_by_a_citizen_is_an_unknown_command(services):
    open_ticket(services)
    before = kb_state(services)
    assert say(services, OUTSIDER, f"/forget {CITIZEN}")[0].intent == "unknown_command"
    assert kb_state(services) == before


def test_logs_carry_no_message_text_or_phone_numbers(services, caplog):
    with caplog.at_level(logging.DEBUG):
        open_ticket(services, "mera gst number 9876543210 hai")
        say(services, STAFF, "/reply 1 call 1800 now")
    assert "9812345678" not in caplog.text and "9876543210" not in caplog.text and "gst" not in caplog.text


def test_ticket_question_is_the_escalating_message_when_it_says_more(services):
    say(services, CITIZEN, "agent please, my udyam certificate has the wrong name on it")
    ticket = tickets.open_for(services.db, CITIZEN)
    assert "wrong name" in ticket.question


def test_what_the_citizen_adds_while_waiting_reaches_the_ticket(services):
    open_ticket(services)
    say(services, CITIZEN, "order number 5116 amount 4 lakh")
    ticket = tickets.open_for(services.db, CITIZEN)
    assert ticket.turns[-1]["text"].startswith("order number")
    assert ticket.turns[-1]["intent"] == "while waiting"


@pytest.mark.parametrize(
    "stop", ["stop", "STOP please", "band karo", "मैसेज मत भेजो", "unsubscribe", "अनसब्सक्राइब"]
)
def test_stop_withdraws_the_request_so_no_staff_answer_follows(services, stop):
    number = open_ticket(services)
    [reply] = say(services, CITIZEN, stop)
    assert reply.intent == "stop" and f"#{number}" in reply.text and not reply.options
    assert tickets.open_for(services.db, CITIZEN) is None
    refused(services, STAFF, f"/reply {number} aapka jawab", "withdrawn by the citizen")
    assert services.db["audit"].count_where("command = 'stop'") == 1
    assert services.db["audit"].count_where("who = ?", [CITIZEN]) == 0  # the audit keeps no phone number


def test_a_withdrawn_and_forgotten_request_number_is_never_given_to_another_citizen(services):
    number = open_ticket(services)
    say(services, STAFF, f"/take {number}")
    say(services, CITIZEN, "stop")
    say(services, CITIZEN, "/forget")
    other = "whatsapp:+912222222222"
    assert open_ticket(services, "udyam me naam galat hai", other) != number
    refused(services, STAFF, f"/reply {number} aapka naam sudhar diya", f"no ticket #{number}")


def test_stop_in_hindi_is_answered_in_hindi_and_forgets_the_topic(services):
    say(services, CITIZEN, "पीएमईजीपी क्या है")
    [reply] = say(services, CITIZEN, "भाई मैसेज बंद करो")
    assert reply.intent == "stop" and reply.locale == "hi" and "रुक" in reply.text
    assert sessions.load(services.db, CITIZEN, 0).topic is None
    [again] = say(services, CITIZEN, "documents?")  # no scheme is remembered
    assert again.topic is None


@pytest.mark.parametrize(
    "said", ["how to stop udyam registration", "stop karna hai pmegp loan", "back to back orders"]
)
def test_stop_and_back_inside_a_question_are_words_of_the_question(services, said):
    [reply] = say(services, CITIZEN, said)
    assert reply.intent not in ("stop", "back")


@pytest.mark.parametrize("said", ["my number is 9812345678, call me", "jaldi karo bhai"])
def test_a_message_not_understood_while_waiting_is_added_to_the_request(services, said):
    number = open_ticket(services)
    [reply] = say(services, CITIZEN, said)
    assert reply.intent == "agent" and f"#{number}" in reply.text
    assert tickets.open_for(services.db, CITIZEN).turns[-1]["intent"] == "while waiting"


def test_a_question_while_waiting_is_still_answered(services):
    open_ticket(services)
    [reply] = say(services, CITIZEN, "pmegp documents")
    assert reply.intent == "scheme_info" and reply.topic == "pmegp"


def test_a_question_asking_which_scheme_while_waiting_gets_its_question(services):
    open_ticket(services)
    [reply] = say(services, CITIZEN, "documents")
    assert reply.intent == "clarify"


def test_after_the_staff_answer_a_message_is_answered_by_the_bot_again(services):
    number = open_ticket(services)
    say(services, STAFF, f"/reply {number} aapka jawab")
    [reply] = say(services, CITIZEN, "jaldi karo bhai")
    assert reply.intent != "agent"


def test_a_ticket_keeps_no_pan_e_mail_or_phone_number(services):
    say(services, CITIZEN, "pmegp documents")
    say(services, CITIZEN, "agent")
    say(services, CITIZEN, "my pan is ABCDE1234F, mail ram.k@gmail.com, call 98123 45678")
    turns = tickets.open_for(services.db, CITIZEN).turns
    assert turns[-1]["text"] == "my pan is xxxx, mail xxxx, call #"  # (the parts keep their commas)


def test_asking_for_a_person_in_many_words_keeps_the_question_before_it(services):
    say(services, CITIZEN, "how much subsidy in pmegp for women")
    say(services, CITIZEN, "I want to speak to a real person please")
    assert tickets.open_for(services.db, CITIZEN).question == "how much subsidy in pmegp for women"


@pytest.mark.parametrize(
    "said",
    [
        "cancel my request",
        "request cancel karo",
        "मेरा अनुरोध रद्द करो",
        "ab zarurat nahi hai",
        "never mind, cancel my request",
        "rehne do, request cancel kar do",
        "रहने दो, अनुरोध रद्द कर दो",
        "please cancel it, my problem is solved",
        "no need now",
        "अब जरूरत नहीं",
        "actually never mind",
        "forget it",
        "रहने दीजिए",
    ],
)
def test_a_request_is_withdrawn_in_the_citizens_own_words(services, said):
    open_ticket(services)
    [reply] = say(services, CITIZEN, said)
    assert reply.intent == "stop" and tickets.open_for(services.db, CITIZEN) is None


def test_a_first_message_asking_for_a_person_with_a_story_keeps_the_story(services):
    say(services, CITIZEN, "I need to talk to a human, a man took 5000 from me and never came back")
    assert "took 5000" in tickets.open_for(services.db, CITIZEN).question


def test_a_pan_inside_a_gstin_is_masked():
    from bot.activity import scrub

    assert "abcde1234f" not in scrub("my GSTIN is 27ABCDE1234F1Z5")


def test_forget_with_an_open_request_wipes_its_text_now_and_the_request_when_closed(services):
    number = open_ticket(services, "mera udyam certificate me naam galat hai kaise sudhare")
    [reply] = say(services, CITIZEN, "/forget")
    assert f"#{number}" in reply.text  # told the request stays, and how to withdraw it
    ticket = tickets.get(services.db, number)
    assert "udyam" not in ticket.question and ticket.turns == []
    assert "sending the answer" in text(
        services, STAFF, f"/reply {number} Naam sudharne ke liye portal dekhein"
    )
    say(services, STAFF, f"/close {number}")
    assert services.db.execute("SELECT count(*) FROM tickets WHERE user = ?", [CITIZEN]).fetchone()[0] == 0


@pytest.mark.parametrize(
    "ask",
    [
        "agent se baat karni hai",
        "customer care se baat karao",
        "I want to speak with an officer about my problem",
    ],
)
def test_a_request_for_a_person_in_many_words_keeps_the_question_before_it(services, ask):
    say(services, CITIZEN, "udyam certificate download nahi ho raha")
    say(services, CITIZEN, ask)
    assert tickets.open_for(services.db, CITIZEN).question == "udyam certificate download nahi ho raha"


def test_staff_may_answer_in_the_citizens_own_script(services):
    number = open_ticket(services)
    _, to_citizen = say(services, STAFF, f"/reply {number} আপনার বিদ্যুৎ বিলের জন্য DISCOM-এ যোগাযোগ করুন")
    assert to_citizen.recipient == CITIZEN and "DISCOM" in to_citizen.text


def test_answering_ones_own_request_is_no_send_left_pending(services):
    """A staff member trying the bot from their own phone answers their own request in the same reply."""
    say(services, STAFF, "mera bijli bill kaise bharun")
    say(services, STAFF, "agent")
    say(services, STAFF, "/reply 1 Namaste")
    assert tickets.get(services.db, 1).delivery_error is None
    assert "still sending" not in text(services, STAFF, "/queue")


def test_a_retry_after_someone_elses_forget_does_not_run_a_staff_answer_again(services):
    """/forget empties the kept replies of staff turns (they quote citizens) but keeps the rows: a retried
    "/reply" was sent to the citizen a second time."""
    from bot.messages import IncomingMessage
    from bot.respond import respond

    number = open_ticket(services)
    retried = IncomingMessage(
        "telegram", STAFF, f"/reply {number} apna bill portal par bharein", chat=STAFF, message_id="tg-555"
    )
    assert any(r.recipient == CITIZEN for r in respond(retried, services))
    say(services, "telegram:4242", "/forget")
    assert not any(r.recipient for r in respond(retried, services))


def test_words_of_asking_for_a_person_spread_over_a_story_open_no_ticket(services):
    """ "abhi tak bank se koi call nhi aaya" has every word of "abhi tak koi nahi aaya" (nobody came)."""
    [reply] = say(
        services, CITIZEN, "pmegp ka form march me submit kiya tha abhi tak bank se koi call nhi aaya kya kre"
    )
    assert reply.intent != "agent" and tickets.open_for(services.db, CITIZEN) is None


@pytest.mark.parametrize("said", ["cancel nahi", "wapas nahi", "cancel karo, koi baat nahi"])
def test_a_steering_word_denied_or_trailed_by_other_words_does_not_steer(said):
    from bot.controls import steering

    assert steering(said) is None


def test_a_staff_answer_from_a_terminal_is_reported_not_delivered_not_left_sending(tmp_path):
    """`sahayak ask` and the console cannot reach another user: the answer was "still sending" for good."""
    from bot.ask import ask

    services = staffed_services(tmp_path / "t.db")
    ask(services, "agent chahiye, udyam certificate kho gaya", user="console:citizen")
    number = tickets.open_for(services.db, "console:citizen").id
    ask(services, f"/take {number}", user=STAFF)
    reply = ask(services, f"/reply {number} udyamregistration.gov.in par dekhiye", user=STAFF)
    assert "NOT delivered" in reply.text and "udyamregistration" not in reply.text
    assert "delivery failed" in text(services, STAFF, "/queue")


def test_a_failed_answer_sent_anyway_is_retried_as_written_not_as_a_bare_reply(tmp_path):
    """Staff who answered another's ticket with "/reply N anyway TEXT" were told "/reply N to try again",
    which refuses them (the ticket is another's)."""
    from bot.ask import ask

    services = staffed_services(tmp_path / "t.db")
    ask(services, "agent chahiye, udyam certificate kho gaya", user="console:citizen")
    number = tickets.open_for(services.db, "console:citizen").id
    ask(services, f"/take {number}", user=STAFF)
    reply = ask(services, f"/reply {number} anyway portal par dekhiye", user=ADMIN)
    assert "NOT delivered" in reply.text
    assert f"send your /reply {number} once more as you wrote it" in reply.text
    assert f"/reply {number} to try again" not in reply.text


@pytest.mark.parametrize(
    "text",
    [
        "can I speak to a human please, my pmegp loan is stuck",
        "I want to talk to an agent about my udyam certificate",
    ],
)
def test_asking_for_a_person_in_english_beside_a_scheme_opens_a_ticket(services, text):
    [reply] = say(services, CITIZEN, text)
    assert reply.intent == "agent" and tickets.open_for(services.db, CITIZEN) is not None


@pytest.mark.parametrize(
    ("text", "line", "not_shown"),
    [
        ("he wants to speak to someone at CGTMSE directly", "cgtmse.in", "GeM Helpdesk"),
        ("GeM ke kisi officer se baat karni hai", "1800-419-3436", "cgtmse.in"),
    ],
)
def test_a_person_asked_for_at_a_scheme_comes_with_that_schemes_lines(services, text, line, not_shown):
    """Not the general lines with another scheme's helpdesk (GeM's for a CGTMSE question)."""
    [reply] = say(services, CITIZEN, text)
    assert reply.intent == "agent" and line in reply.text and not_shown not in reply.text


def test_a_request_keeps_the_sums_and_dates_staff_need_and_masks_phone_numbers():
    from bot.activity import scrub

    kept = scrub(
        "buyer ne Rs 2,45,000.50 roka hai, bill 12/03/2026 ka, mera no 98765 43210, aadhaar 1234 5678 9012"
    )
    assert "245" in kept.replace(" ", "") and "2026" in kept
    assert "98765" not in kept and "9012" not in kept


def test_a_citizen_waiting_hears_once_someone_is_working_on_the_request(services):
    number = open_ticket(services)
    assert "यहीं जवाब देगा" in text(services, CITIZEN, "jaldi karo bhai")
    say(services, STAFF, f"/take {number}")
    assert "काम कर रहा है" in text(services, CITIZEN, "koi jawab aaya?")


def test_a_request_opened_with_no_question_asks_for_one(services):
    """ "नमस्ते", then "Talk to a person" from the menu: the staff saw "नमस्ते" as the question."""
    say(services, CITIZEN, "नमस्ते")
    reply = text(services, CITIZEN, "agent")
    assert "अपना सवाल यहीं लिखें" in reply and tickets.open_for(services.db, CITIZEN).question == ""
    say(services, CITIZEN, "mera udyam certificate kho gaya")
    assert tickets.open_for(services.db, CITIZEN).question == "mera udyam certificate kho gaya"


def test_help_for_staff_lists_their_commands_too(services):
    assert "/take" in text(services, STAFF, "/help") and "/take" not in text(services, CITIZEN, "/help")


def test_ticket_the_first_question_after_an_empty_request_is_answered_and_said_to_be_passed_on(services):
    say(services, CITIZEN, "agent")
    [reply] = say(services, CITIZEN, "mera udyam certificate download nahi ho raha")
    ticket = tickets.open_for(services.db, CITIZEN)
    assert reply.topic == "udyam" and f"#{ticket.id}" in reply.text.split("\n")[0]
    assert ticket.question == "mera udyam certificate download nahi ho raha"
    [later] = say(services, CITIZEN, "pmegp kya hai")
    assert f"#{ticket.id}" not in later.text  # said once, for the question the request took


@pytest.mark.parametrize("then", ["thanks", "ok", "my number is 9876543210 call me"])
def test_ticket_what_is_no_question_is_not_said_to_be_passed_on_as_one(services, then):
    say(services, CITIZEN, "agent")
    [reply] = say(services, CITIZEN, then)
    assert "✓" not in reply.text


@pytest.mark.parametrize(
    ("turns", "shown"),
    [
        (["schemes", "2"], "2 → MSME Champions (portal and scheme)"),
        (["योजनाएं", "२"], "2 → MSME Champions (portal and scheme)"),
        (["pmegp kya hai", "3"], "3 → PMEGP - Prime Minister's Employment Generation Programme: documents"),
    ],
)
def test_a_ticket_after_a_pick_by_number_shows_what_was_picked(services, turns, shown):
    """A ticket opened after a menu pick showed "question: 2"; it names the scheme (and the part) picked."""
    for said in turns:
        say(services, CITIZEN, said)
    say(services, CITIZEN, "talk to a person")
    assert tickets.open_for(services.db, CITIZEN).question == shown
    assert f": {shown}" in text(services, STAFF, "/queue")


def test_a_ticket_after_a_question_in_words_shows_it_as_written(services):
    say(services, CITIZEN, "pmegp ke documents")
    say(services, CITIZEN, "talk to a person")
    assert tickets.open_for(services.db, CITIZEN).question == "pmegp ke documents"


@pytest.mark.parametrize("ask", ["/agent", "agent", "insaan se baat karao"])
@pytest.mark.parametrize(
    "question",
    [
        "my PMEGP subsidy not credited after 3 years, bank says wait",
        "meri pmegp subsidy 3 saal baad bhi nahi aayi",
        "मेरी पीएमईजीपी सब्सिडी 3 साल बाद भी नहीं आई",
    ],
)
def test_the_first_question_after_a_request_is_said_to_be_added(services, ask, question):
    """After "/agent" (a command, which leaves no turn in the history) the first question got no "✓ Added"."""
    say(services, CITIZEN, ask)
    [reply] = say(services, CITIZEN, question)
    number = tickets.open_for(services.db, CITIZEN).id
    assert f"#{number}" in reply.text
    assert tickets.open_for(services.db, CITIZEN).question


def test_the_second_question_after_a_request_is_not_said_to_be_added_again(services):
    say(services, CITIZEN, "/agent")
    say(services, CITIZEN, "pmegp documents")
    [reply] = say(services, CITIZEN, "udyam kya hai")
    assert "#1" not in reply.text and reply.topic == "udyam"


@pytest.mark.parametrize("command", ["/forget", "/forget  ", "/FORGET"])
def test_an_admins_forget_without_an_id_shows_usage_and_keeps_their_history(services, command):
    """An admin's /forget with the id left off (a slip) deleted their own history without asking."""
    say(services, ADMIN, "udyam registration kaise kare")
    reply = text(services, ADMIN, command)
    assert "usage: /forget ID" in reply and f"/forget {ADMIN}" in reply
    assert sessions.load(services.db, ADMIN, 0).history != []


def test_an_admin_forgets_their_own_history_by_naming_their_own_id(services):
    say(services, ADMIN, "udyam registration kaise kare")
    [reply] = say(services, ADMIN, f"/forget {ADMIN}")
    assert reply.intent == "forget"
    assert sessions.load(services.db, ADMIN, 0).history == []


def test_a_staff_members_forget_alone_still_forgets_their_own_data(services):
    say(services, STAFF, "udyam registration kaise kare")
    [reply] = say(services, STAFF, "/forget")
    assert reply.intent == "forget"


@pytest.mark.parametrize(
    "said", ["any update?", "koi update mila?", "कोई अपडेट?", "what happened to my request"]
)
def test_an_update_asked_of_a_taken_request_says_someone_is_on_it(services, said):
    number = open_ticket(services)
    say(services, STAFF, f"/take {number}")
    [reply] = say(services, CITIZEN, said)
    assert reply.intent == "agent" and f"#{number}" in reply.text
    assert "working on it" in reply.text or "काम कर रहा है" in reply.text


def test_an_update_asked_after_the_staff_answer_is_not_the_waiting_note(services):
    number = open_ticket(services)
    say(services, STAFF, f"/reply {number} aapka jawab")
    assert "working on it" not in text(services, CITIZEN, "any update?")


@pytest.mark.parametrize(
    "opening, then, language",
    [
        ("agent", "pmegp ke documents", "hi"),
        ("agent", "मुझे उद्यम का सर्टिफिकेट चाहिए", "hi"),
        ("/agent", "udyam certificate download nahi ho raha", "hi"),
        ("agent", "pmegp documents please", "en"),
        # (an opening that shows its language keeps it)
        ("talk to a person", "pmegp ke documents", "en"),
        ("मानव सहायता", "what documents for pmegp", "hi"),
    ],
)
def test_a_request_opened_before_the_chat_showed_a_language_takes_the_chats(
    services, opening, then, language
):
    say(services, CITIZEN, opening)
    say(services, CITIZEN, then)
    assert tickets.open_for(services.db, CITIZEN).language == language
    _, to_citizen = say(services, STAFF, "/reply 1 Namaste, aapka jawab")
    assert to_citizen.locale == language


def test_a_request_keeps_its_language_once_answered(services):
    say(services, CITIZEN, "agent")
    say(services, STAFF, "/reply 1 hello")
    say(services, CITIZEN, "pmegp ke documents")
    assert tickets.open_for(services.db, CITIZEN).language == "en"


def test_a_request_takes_the_chats_language_after_a_pause(services):
    say(services, CITIZEN, "agent", now=1_000.0)
    say(services, CITIZEN, "pmegp ke documents", now=1_000.0 + 3 * 3600)
    assert tickets.open_for(services.db, CITIZEN).language == "hi"
