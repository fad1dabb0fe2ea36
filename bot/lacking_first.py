"""A paper one lacks, told beside whom a scheme is for ("mere paas pan card nahi hai udyam ho jayega"): the lines
of the answer that name it come first (the Udyam portal is for businesses with a PAN; Udyam Assist), not after
the limits. `intents/trouble_subjects.yaml` names the papers in every script."""

from bot.normalize import says_any
from bot.phrases import phrase_file, word_list

BULLET = "• "


def first(answer: str, said: str) -> str:
    """`answer` with its list lines that name the paper `said` lacks moved to the top of their list."""
    if not says_any(said, word_list("words", "lacking_words")):
        return answer
    named = [
        p
        for label in phrase_file("trouble_subjects")
        if says_any(said, spellings := word_list("trouble_subjects", label))
        for p in spellings
    ]
    if not named:
        return answer
    lines = answer.split("\n")
    bullets = [i for i, line in enumerate(lines) if line.startswith(BULLET)]
    if not bullets:
        return answer
    naming = [i for i in bullets if says_any(lines[i], tuple(named))]
    if not naming or naming == bullets[: len(naming)]:
        return answer
    ordered = [lines[i] for i in naming] + [lines[i] for i in bullets if i not in naming]
    for i, line in zip(bullets, ordered, strict=True):
        lines[i] = line
    return "\n".join(lines)
