"""A story of one's own business followed by several questions ("I run a home bakery for 1 year, not
registered. … What should I do first? Can I sell to government offices? Will I get any subsidy as a woman?"):
one short list of the schemes that answer them, each with what the records say of the user's case, instead of
the one scheme the loudest question names."""

import regex

from bot import barred, group_answers, groups, questions
from bot.asking import asks
from bot.group_answers import PLACE_GROUPS
from bot.knowledge import REGISTRATION
from bot.matcher import Understanding
from bot.normalize import says_any
from bot.phrases import word_list
from bot.scheme_lists import FIRST_STEPS, NEW_UNITS_ONLY
from bot.turn import Turn

# Where one question may end and the next begin (an earlier step may have joined them with commas).
QUESTION_END = regex.compile(r"[?!.।|,;\n]+")
# Questions at least, each a sentence of its own, that make a story's message several needs.
QUESTIONS_AT_LEAST = 2
# A question of fewer words is a courtesy tail ("plz btao"), not a need.
QUESTION_MIN_WORDS = 3
# Schemes a group asked about adds to the list at most ("any subsidy as a woman?": ZED's extra, …).
GROUP_SCHEMES = 1


def schemes(turn: Turn, u: Understanding, text: str) -> tuple[list[str], list[str], dict[str, list[str]]]:
    """The schemes for each need, Udyam first; those a running unit cannot take apart; and the lines on the
    group asked about, by scheme. Empty when the message is no such story."""
    known = turn.snap.knowledge.schemes
    if turn.session.topic in known or u.named:
        return [], [], {}
    running = barred.says_running(text)
    if not (running or questions.starts_out(text)):
        return [], [], {}
    named = _named_needs(turn, _questions(text))
    if named is None:
        return [], [], {}
    apart = [s for s in NEW_UNITS_ONLY if s in known] if running else []
    first = [REGISTRATION, *named, *(s for s in FIRST_STEPS if s not in apart)]
    group = groups.asked(text)
    said = group_answers.group_lines(turn, group, u) if group else {}
    first += [s for s in said if s not in first and s not in apart][:GROUP_SCHEMES]
    listed = [s for s in dict.fromkeys(first) if s in known]
    return listed, apart, {s: [f"• {line}" for line in lines] for s, lines in said.items()}


def _questions(text: str) -> list[str]:
    """The parts of a message that ask something; not the story's ("I want to expand with an oven")."""
    return [
        s
        for s in QUESTION_END.split(text)
        if asks(s) and len(s.split()) >= QUESTION_MIN_WORDS and not barred.says_running(s)
    ]


def _named_needs(turn: Turn, asked: list[str]) -> list[str] | None:
    """The schemes the questions name, when they ask two needs at least (a scheme, where to begin, what a
    group gets); None when fewer ("How do I get help from an EFC, is there some form to fill?" asks one), or
    when one asks of something we do not cover (told of, "pati sarkari naukri me", is asked of no job)."""
    if len(asked) < QUESTIONS_AT_LEAST:
        return None
    understood = [turn.snap.understand(s) for s in asked]
    if any(one.not_covered for one in understood):
        return None
    named = [one.best.label for one in understood if one.confident]
    first = any(says_any(s, word_list("words", "first_step_asks")) for s in asked)
    # (where one lives is often said in passing: "gaon me … kaam shuru karna chahta hu")
    group = any(groups.asked(s) not in (None, *PLACE_GROUPS) for s in asked)
    needs = len(set(named)) + first + group
    return named if needs >= QUESTIONS_AT_LEAST else None
