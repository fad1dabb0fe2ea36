"""A story that tells the user's category, place and project cost and asks which scheme, how much subsidy and
what papers: PMEGP's subsidy worked out and its papers (a one-line list for the group came)."""

import pytest

from bot.messages import IncomingMessage
from bot.respond import respond

RAMESH = (
    "Namaste sir, mera naam Ramesh hai aur main Gorakhpur ke paas ek gaon me rehta hoon. Mere pitaji pehle kheti"
    " karte the lekin ab main ek chhota sa aata chakki ka kaam shuru karna chahta hoon. Mere paas thodi zameen hai"
    " aur ghar ke paas ek kamra bhi hai jahan machine lag sakti hai. Maine suna hai ki sarkar naya kaam shuru"
    " karne par loan aur subsidy deti hai. Main OBC category se hoon aur 10th pass hoon. Project ki lagat lagbhag"
    " 8 lakh rupaye hogi. Kripya batayein ki mujhe kaunsi yojana me apply karna chahiye, kitni subsidy milegi, aur"
    " kya kya documents lagenge? Bank wale bahut chakkar lagwate hain isliye pehle se sab taiyar rakhna chahta"
    " hoon. Dhanyavaad."
)


def replies(services, text):
    return respond(IncomingMessage("console", text[:40], text), services)


@pytest.mark.parametrize(
    ("text", "estimate", "papers"),
    [
        (
            "Main OBC hu, gaon me rehta hu, 8 lakh ka aata chakki project hai. Kaunsi yojana, kitni subsidy milegi"
            " aur kya kya documents lagenge?",
            "≈ विशेष वर्ग (SC/ST/OBC), गाँव (ग्रामीण क्षेत्र), 8 लाख रुपये का प्रोजेक्ट: सब्सिडी 35% = 2.8 लाख रुपये",
            "जरूरी कागज़ात:",
        ),
        (
            "मैं ओबीसी हूँ, गाँव में रहता हूँ, 8 लाख का आटा चक्की प्रोजेक्ट है। कौन सी योजना, कितनी सब्सिडी मिलेगी और कौन से"
            " कागज़ लगेंगे?",
            "≈ विशेष वर्ग (SC/ST/OBC), गाँव (ग्रामीण क्षेत्र), 8 लाख रुपये का प्रोजेक्ट: सब्सिडी 35% = 2.8 लाख रुपये",
            "जरूरी कागज़ात:",
        ),
        (
            "I am OBC, I live in a village, my flour mill project is 8 lakh. Which scheme, how much subsidy and what"
            " documents?",
            "≈ Special category (SC/ST/OBC), rural area, a Rs 8 lakh project: subsidy 35% = Rs 2.8 lakh",
            "Documents:",
        ),
        (
            "नमस्ते जी, मैं बाराबंकी जिले के एक गाँव से हूँ। मैं पिछले आठ साल से दिल्ली में काम कर रहा था। मैं गाँव में अगरबत्ती"
            " बनाने की यूनिट लगाना चाहता हूँ जिसकी लागत 12 लाख रुपये होगी। मैं सामान्य वर्ग से हूँ। कौन सी योजना में सब्सिडी"
            " मिलेगी?",
            "≈ सामान्य वर्ग, गाँव (ग्रामीण क्षेत्र), 12 लाख रुपये का प्रोजेक्ट: सब्सिडी 25% = 3 लाख रुपये",
            None,
        ),
        (
            RAMESH,
            "≈ विशेष वर्ग (SC/ST/OBC), गाँव (ग्रामीण क्षेत्र), 8 लाख रुपये का प्रोजेक्ट: सब्सिडी 35% = 2.8 लाख रुपये",
            "जरूरी कागज़ात:",
        ),
    ],
)
def test_a_whole_situation_asking_which_scheme_gets_pmegps_figures_and_papers(
    services, text, estimate, papers
):
    answers = replies(services, text)
    said = "\n".join(r.text for r in answers)
    assert {r.topic for r in answers} == {"pmegp"}
    assert estimate in said
    if papers:
        assert papers in said
    assert "✗" not in said


def test_which_scheme_for_a_group_alone_is_still_the_groups_list(services):
    [reply] = replies(services, "Main OBC hu, kaunsi yojana hai mere liye?")
    assert reply.intent == "scheme_list" and "ओबीसी के लिए" in reply.text


def test_a_subsidy_asked_alone_gets_no_papers(services):
    [reply] = replies(
        services, "Main OBC hu, gaon me aata chakki lagani hai, 8 lakh ka project. Kitni subsidy milegi?"
    )
    assert "≈ विशेष वर्ग (SC/ST/OBC)" in reply.text and "जरूरी कागज़ात:" not in reply.text
