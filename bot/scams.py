"""Signs that someone is after the user's money. The free schemes' scams go one way: a caller, a message
or an agent asks for a fee ("call aaya, loan pass hai, 2000 processing fee bhejo"), or a look-alike site
takes the application ("udyam-registration.org.in sahi hai?"). The reply to either is the caution, the
scheme's real address and where to complain."""

import regex

from bot.knowledge import GOVERNMENT_DOMAINS, Knowledge, on_government_domain
from bot.matcher import NEGATION_KEYS
from bot.normalize import clean, key, keys, says_any
from bot.own_details import without_persons_age
from bot.phrases import word_forms, word_keys, word_list

# How many words apart a sum and "maang raha", "fee", "bhejo" may be to ask for it ("1500 rupaye maang raha").
DEMAND_REACH = 3
_PERCENT = regex.compile(r"(\d+)\s*%")
# How addresses people are sent to end ("cluster.dcmsme" is a name, not an address).
WEB_ENDINGS = "in|com|org|net|co|info|online|site|xyz|biz|app|io|live|top"
_HOST = regex.compile(
    rf"(?<![@\w.-])(?:https?://)?((?:[a-z0-9-]+\.)+(?:{WEB_ENDINGS}))(?![\w-])", regex.IGNORECASE
)


def names_a_rate(text: str) -> bool:
    """ "Yearly guarantee fee … 0.37% at the lowest slab": a percentage, no sum anyone is asked to hand over."""
    return bool(_PERCENT.search(text))


def sum_demanded(text: str) -> bool:
    """A sum said right beside a word of asking someone to pay it ("1500 रुपये मांग रहा", "charged me
    2500"); not a loan of lakhs the user asks for ("10 lakh loan mang raha hu"), nor a date, nor a person's age
    ("my son is 17 and wants PMEGP")."""
    aged = without_persons_age(clean(text))
    text = text if aged == clean(text) else aged  # (as written, "₹2000" and all, when no age is told)
    said = [key(w) for w in clean(text).split()]
    if set(said) & word_keys("first_person") or set(said) & word_keys("large_sums"):
        return False
    return _beside_a_sum(text, word_keys("demand_words"))


def mentions_someone(text: str) -> bool:
    """A caller, a message, an agent or what "he says" is in the message."""
    return says_any(text, word_list("words", "someone_contacting"))


def promises_to_fix(text: str) -> bool:
    """ "एजेंट कह रहा है कि सब्सिडी दिलवा देगा": a middleman promising to get the scheme's money passed (a bank
    manager saying "loan pass kara denge" is the scheme's own lender)."""
    said = word_list("words", "middlemen")
    return says_any(text, said) and says_any(text, word_list("words", "fixing_words"))


def pay_on_a_link(text: str) -> bool:
    """ "मैसेज आया है… लिंक पर क्लिक करके 499 रुपये भरें": a message asking for a fee through a link, whatever
    scheme it names (Udyam's own answer, that it is free, would not say the message is a scam)."""
    return demanded_by_someone(text) and says_any(text, word_list("words", "link_words"))


def pay_or_lose(text: str) -> bool:
    """ "pay Rs 500 for Udyam certificate renewal today or your registration will be cancelled": a notice ordering
    a small sum paid under a threat of losing something, whatever scheme it names (pasted as the user got it); not
    the user's own question ("my aadhaar is not linked with PAN, do i have to pay 1000 penalty?")."""
    if set(clean(text).split()) & word_forms("self_words"):  # (as written: "or" keys as "our")
        return False
    return _beside_a_sum(text, word_keys("pay_orders")) and says_any(text, word_list("words", "loss_threats"))


def paying_someone(text: str) -> bool:
    """ "paise bhej du kya agent ko?", "should I send the money to the caller?", "cyber wale ko kitna du":
    paying someone asked of."""
    said = keys(text)
    money = [i for i, k in enumerate(said) if k in word_keys("currency_words")]
    sending = [i for i, k in enumerate(said) if k in word_keys("sending_words")]
    near = any(abs(m - s) <= DEMAND_REACH for m in money for s in sending)
    return mentions_someone(text) and (near or says_any(text, word_list("words", "pay_how_much")))


# A fee named right after a year-like number makes it rupees ("2000 processing fee").
FEE_WORDS = word_keys("fee_words")
# Words that are themselves paying ("should I pay?"), beside the sending words ("bhejo", "transfer").
PAY_WORDS = frozenset(keys("pay paying payment"))


def about_paying(text: str) -> bool:
    """ "paise bhej du kya?", "should I pay?": money to be sent, whoever asked for it."""
    said = set(keys(text))
    return bool(said & word_keys("sending_words")) and bool(said & (word_keys("currency_words") | PAY_WORDS))


def asks_whether_to_pay(text: str) -> bool:
    """ "paise bhej du kya?", "क्या देना चाहिए", "should I give it?": whether to pay what was asked; not
    "kaun se documents dena chahiye", which asks for papers."""
    if says_any(text, word_list("aspects", "documents")):
        return False
    return about_paying(text) or says_any(text, word_list("words", "pay_asks"))


def offers_a_prize(text: str) -> bool:
    """A lottery, lucky draw or prize said to be won ("MSME lottery jeeti hai", "लकी ड्रा में चुना गया"), or
    money said to be won or granted with a link to click ("I won Rs 5 lakh MSME grant, click link", "आपको 2
    लाख का अनुदान मिला है, लिंक पर क्लिक करें"; not "PMEGP subsidy mil gayi" nor "anudan mila, udyam ka link
    kya hai", which click nothing, nor "subsidy mili nahi, portal pe click karne par error", nor the user's own
    news, "PMEGP subsidy mili hai, certificate ke liye kaha click kare")."""
    if says_any(text, word_list("words", "prize_words")):
        return True
    won = says_any(text, word_list("words", "windfall_words")) and not set(keys(text)) & NEGATION_KEYS
    # (as a message said it: "we have won a GeM tender, where do I click?" is the user's own news)
    told = mentions_someone(text) or says_any(text, word_list("words", "told_to_you"))
    return won and told and says_any(text, word_list("words", "clicks"))


def offers_money(text: str) -> bool:
    """A loan or grant said to be approved or won, as a call or a message tells the user ("बधाई हो! आपका लोन 5
    लाख स्वीकृत हुआ है", "got a WhatsApp message: MSME free grant Rs 50,000"); not the user's own news ("mera
    loan pass ho gaya"), which no one told them."""
    granted = says_any(text, word_list("words", "approved_words")) or says_any(
        text, word_list("words", "windfall_words")
    )
    told = mentions_someone(text) or says_any(text, word_list("words", "told_to_you"))
    return granted and told


def fee_to_receive(text: str) -> bool:
    """The advance-fee scam: money said to be approved for the user, and a fee or a link to get it ("आपका लोन
    स्वीकृत… फाइल चार्ज 2500 रुपये भेजें", "free grant Rs 50,000, pay Rs 299 to register"), whatever scheme it
    names; a bank telling of its own loan may charge its fee ("500 file charge lagega"), not have it sent."""
    if not offers_money(text):
        return False
    if says_any(text, word_list("words", "lenders")):
        return _beside_a_sum(text, word_keys("sending_words"))
    return _asks_a_sum(text) or says_any(text, word_list("words", "link_words"))


def says_msme(text: str) -> bool:
    """The MSME ministry named ("MSME lucky draw"): a prize in its name is a scam, as it runs none."""
    return says_any(text, word_list("words", "msme_words"))


def costs_to_claim(text: str) -> bool:
    """ "12000 processing fees bhejo", "यह लिंक खोलें": a fee, a payment or a link, what claiming a prize
    is made to need."""
    return says_any(text, word_list("words", "claim_costs"))


def wants_money_back(text: str) -> bool:
    """ "पैसे दे दिए, वापस कैसे मिलेंगे?", "can I get a refund?", "I already paid": paid to the scam."""
    return says_any(text, word_list("words", "money_back_asks"))


def asks_what_now(text: str) -> bool:
    """ "to ab kya karu", "क्या करूँ", "what should I do": what to do about it."""
    return says_any(text, word_list("words", "what_now_asks"))


def taken_by_someone(text: str) -> bool:
    """ "agent ne 2000 liye udyam ke": someone has already taken a sum from the user."""
    return mentions_someone(text) and _beside_a_sum(text, word_keys("took_words"))


def secret_given(text: str) -> bool:
    """ "मैंने आधार नंबर भी दे दिया", "I shared my OTP with him": a secret or a paper told to whoever asked."""
    secrets = word_list("words", "secret_words") + word_list("words", "id_words")
    return says_any(text, secrets) and says_any(text, word_list("words", "gave_words"))


def otp_asked_by_someone(text: str) -> bool:
    """ "ek agent otp maang raha hai", "someone called asking for my OTP": a code no one else may have (not
    "udyam registration needs an otp", which no one asks)."""
    asked = says_any(text, word_list("words", "demand_words"))
    return mentions_someone(text) and asked and says_any(text, word_list("trouble_subjects", "otp"))


def demanded_by_someone(text: str) -> bool:
    """A caller, a message or an agent asking the user for a fee ("got a call… pay 3000 processing fee",
    "koi bol raha hai 500 rs do"); a fee the scheme has ("guarantee fee 1%") is asked by no one."""
    return mentions_someone(text) and _asks_a_sum(text)


def takes_a_cut(text: str) -> bool:
    """ "someone called saying he can get my PMEGP loan sanctioned for a 10% cut", "consultant 15% commission
    le raha hai loan pass karane ka": a share of the loan for getting it, a fixer's price whoever asks it (an
    adviser's fee for his work, "project report ke liye", is no cut; "fee was cut to 0.37%" names no sum first;
    "someone said there will be a 10% cut in PMEGP subsidy" gets nothing passed)."""
    someone = mentions_someone(text) or _adviser_not_for_work(text)
    passed = says_any(text, word_list("words", "passing_words"))
    return someone and passed and _sum_before(text, word_keys("cut_words"))


def _sum_before(text: str, named: frozenset[str]) -> bool:
    """A number, or a rate, a few words before one of `named` ("10% cut", "5 प्रतिशत का कमीशन")."""
    said = [key(w) for w in clean(text).split()]
    return any(k.isdecimal() and set(said[i + 1 : i + 1 + DEMAND_REACH]) & named for i, k in enumerate(said))


def adviser_to_pay(text: str) -> bool:
    """ "gem registration ke liye ek consultant 8000 le raha hai, dena chahiye?": whether to pay a paid
    adviser what he asks. His fee may be worth it (ZED's audit, a project report), so only the asking makes
    it the warning: "a consultant is charging 25,000 for ZED, isn't Bronze almost free?" asks about ZED."""
    asked = says_any(text, word_list("words", "pay_asks"))
    return asked and _adviser_not_for_work(text) and _asks_a_sum(text)


def adviser_quotes_a_fee(text: str) -> bool:
    """ "ek consultant bol raha hai zed certificate ke 25000 lagenge": a paid adviser naming a price, with no
    agent or caller beside him, nothing to send, no link, cut or promise to get it passed."""
    if not says_any(text, word_list("words", "advisers")) or says_any(text, word_list("words", "middlemen")):
        return False
    return _quoted_plainly(text)


def lender_quotes_a_rate(text: str) -> bool:
    """ "bank wala bol raha hai cgtmse ki 1% fees lagegi": the scheme's own lender naming a rate, with no agent
    or caller beside it and nothing to send, no link, cut or promise to get it passed."""
    if not (says_any(text, word_list("words", "lenders")) and names_a_rate(text)):
        return False
    if says_any(text, word_list("words", "middlemen")):
        return False
    return _quoted_plainly(text, rates=True)


def _quoted_plainly(text: str, rates: bool = False) -> bool:
    """A price named with nothing to send (a sum, or with `rates` a rate), no link, cut or promise to get the
    scheme's money passed."""
    fixing = pay_on_a_link(text) or takes_a_cut(text) or promises_to_fix(text)
    return not fixing and not _beside_a_sum(text, word_keys("sending_words"), rates=rates)


def _adviser_not_for_work(text: str) -> bool:
    """A paid adviser named, and no work he may fairly charge for ("consultant", not "project report ke liye")."""
    said = says_any(text, word_list("words", "advisers"))
    return said and not says_any(text, word_list("words", "paid_work"))


def _asks_a_sum(text: str) -> bool:
    """A sum beside a word of asking, paying or sending it, or right before a word of costing."""
    # a rate counts only when demanded or to be sent ("agent 10% commission maang raha", "5% pehle bhejo";
    # not "10% jama karna hoga")
    demanded = word_keys("demand_words") | word_keys("sending_words")
    return (
        _beside_a_sum(text, word_keys("payment_words") | demanded)
        or _beside_a_sum(text, demanded, rates=True)
        or _charged(text)
    )


def _charged(text: str) -> bool:
    """ "200 le rahe", "5000 रुपए लगेंगे": a sum right before a word of costing, or in rupees before it;
    not "15 din lagenge", "3 document lagenge", "taking 10 days"."""
    said = [key(w) for w in clean(text).split()]
    costing, rupees = word_keys("costing_words"), word_keys("currency_words")

    def costs(at: int) -> bool:  # (a costing word of two is keyed as one: "le rahe")
        return at < len(said) and (said[at] in costing or "".join(said[at : at + 2]) in costing)

    return any(
        k.isdecimal() and costs(i + 1 + (i + 1 < len(said) and said[i + 1] in rupees))
        for i, k in enumerate(said)
    )


def _beside_a_sum(text: str, asking: frozenset[str], rates: bool = False) -> bool:
    """A sum (see _small_sum), or with `rates` a percentage, within reach of one of the `asking` words."""
    words = clean(text).split()
    said = [key(w) for w in words]
    percents = set() if rates else set(_PERCENT.findall(text))
    # (a two-word one is keyed as one: "le rahe", "ले रहे")
    demands = [i for i, k in enumerate(said) if k in asking or "".join(said[i : i + 2]) in asking]
    sums = [
        i
        for i, w in enumerate(words)
        if w.isdecimal() and w not in percents and _small_sum(text, w, said, i, asking, rates)
    ]
    return any(abs(d - n) <= DEMAND_REACH for d in demands for n in sums)


def _small_sum(text: str, word: str, said: list[str], i: int, asking: frozenset[str], rates: bool) -> bool:
    """Whether the number `word` at `i` is a fee's size: not lakhs or crores, not a time ("not paying 70
    days"), not a percentage unless `rates` (a scheme's own contribution or guarantee fee is one), and not a
    year unless it is rupees or asked for ("2000 रुपये", "₹2000", "asking 2000"; not "2023 me")."""
    after = said[i + 1] if i + 1 < len(said) else ""
    if after in word_keys("large_sums") or after in word_keys("time_words"):
        return False
    if after in word_keys("percent_words") and not rates:
        return False
    if i and said[i - 1] in word_keys("age_tellers"):  # "I'm 17 and want a shop": an age, no fee
        return False
    if not (len(word) == 4 and word[:2] in ("19", "20")):
        return True
    before = said[i - 1] if i else ""
    rupees = {before, after} & word_keys("currency_words") or f"₹{word}" in text.replace(" ", "")
    # "2000 fee", "2000 processing fee"; not "2023 me fees"
    fee = after in word_keys("payment_words") or (
        after not in word_keys("fillers") and set(said[i + 2 : i + 3]) & FEE_WORDS
    )
    # "asking 2000", "2000 liye", "2000 le liye" (a phrase's words are keyed together)
    asked = before in asking or after in asking or "".join(said[i + 1 : i + 3]) in asking
    return bool(rupees or fee) or asked


def site_baits(site: str) -> bool:
    """An address whose own name offers money or uses the ministry's ("msme-grant-india.in",
    "pm-subsidy-loan.com"): not on file, it is made to look like a government scheme's."""
    return says_any(" ".join(regex.split(r"[.\-_]", site)), word_list("words", "site_bait_words"))


def strange_sites(text: str, knowledge: Knowledge) -> list[str]:
    """The addresses in `text` that are neither a scheme's nor the government's ("udyam-registration.org.in")."""
    hosts = [
        m.group(1).casefold().removeprefix("www.")
        for m in _HOST.finditer(text)
        if not _missing_space(m.group(0))
    ]
    if not hosts:
        return []
    known = knowledge.site_hosts()
    return [h for h in hosts if h not in known and not f".{h}".endswith(GOVERNMENT_DOMAINS)]


def _missing_space(found: str) -> bool:
    """ "PMEGP.In the portal", "GEM.In which": a sentence run into the next, not an address (one has a
    hyphen, a scheme, www, more than one dot, or a lower-case ending: "GeM-Seller.in")."""
    _, _, ending = found.partition(".")
    plain = "." not in ending and "-" not in found and not found.casefold().startswith(("http", "www."))
    return plain and ending[:1].isupper()


def on_government_site(scheme: dict) -> bool:
    """Whether a scheme's own address is under a government domain."""
    return on_government_domain(scheme.get("url") or "")
