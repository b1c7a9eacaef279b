"""What an abbreviation of the report stands for, read from where the report introduces it.

The report spells an abbreviation out once, in brackets after its long form ("Bölgesel Rekabet Edebilirlik
Operasyonel Programı (BROP)"); "BROP nedir?", "What does SDŞ stand for?" are answered with that long form and
the sentence it is in, not with whichever passage uses the abbreviation most. The long form is the run of
words before the bracket from the nearest word that starts with the abbreviation's first letter, kept only
when a later word starts with its second letter (so a bracketed foreign acronym after an unrelated Turkish
name, "Romanya Araba İmalatçıları Derneği (ACAROM)", is left out). The English long form is the run of
capitalised words before the same bracket in the English rendering.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from core.answers import DirectAnswer
from core.lexicon import DEFINITION_CUE, LONG_FORM_CONNECTORS
from core.normalize import fold_ascii
from core.sentences import split_sentences

from assistant.structured.citing import Citer
from assistant.structured.quantities import joined

_BRACKET = re.compile(r"\((?P<a>[A-ZÇĞİÖŞÜ][A-ZÇĞİÖŞÜ0-9&-]{1,9})\)")
_DEFINITION = re.compile(DEFINITION_CUE)
_WORD = re.compile(r"[^\s()“”\"’',;:]+")


@dataclass(frozen=True)
class Acronym:
    short: str       # as printed ("BROP", "UR-GE" kept as printed)
    long: str        # the Turkish long form, as printed
    sentence: str    # the sentence it is introduced in
    section_id: str


def _upper_initial(word: str) -> str:
    return word[:1] if word[:1].isupper() else ""


def long_form(before: str, short: str) -> str:
    """The long form ending just before "(short)", or "" when none fits the rule in the module docstring."""
    letters = [ch for ch in short if ch.isalpha()]
    if len(letters) < 2:
        return ""
    words = _WORD.findall(before)[-12:]
    for start in range(len(words) - 1, -1, -1):
        word = words[start]
        if fold_ascii(_upper_initial(word)) != fold_ascii(letters[0]):
            if not _upper_initial(word) and word.lower() not in LONG_FORM_CONNECTORS:
                return ""  # a lower-case word that is no connector ends the name
            continue
        rest = words[start + 1:]
        if rest and any(fold_ascii(_upper_initial(w)) == fold_ascii(letters[1]) for w in rest):
            return " ".join(words[start:])
    return ""


def english_long_form(before: str) -> str:
    """The run of capitalised words (with connectors between them) ending just before the bracket."""
    words = _WORD.findall(before)[-14:]
    run: list[str] = []
    for word in reversed(words):
        if _upper_initial(word):
            run.insert(0, word)
        elif word.lower() in LONG_FORM_CONNECTORS and run:
            run.insert(0, word)
        else:
            break
    while run and run[0].lower() in LONG_FORM_CONNECTORS:
        run.pop(0)
    return " ".join(run) if len(run) >= 2 else ""


def acronyms(index) -> dict[str, Acronym]:
    """Each abbreviation the narrative sections introduce (in a title or a sentence), by its folded form; the
    first introduction wins."""
    found: dict[str, Acronym] = {}
    for sid in index.sections:
        if sid.startswith("EK"):
            continue
        title = index.sections[sid].title
        for sentence in [title, *split_sentences(" ".join(index.section_text(sid).split()))]:
            for m in _BRACKET.finditer(sentence):
                key = fold_ascii(m["a"]).replace("-", "")
                if key in found:
                    continue
                long = long_form(sentence[:m.start()], m["a"])
                if long:
                    found[key] = Acronym(m["a"], long, sentence, sid)
    return found


_CACHE: dict[int, tuple[object, dict[str, Acronym]]] = {}


def cached_acronyms(index) -> dict[str, Acronym]:
    """`acronyms` of the index, built once per index (the router and the BROP answer both read it)."""
    hit = _CACHE.get(id(index))
    if hit is None or hit[0] is not index:
        if len(_CACHE) > 3:
            _CACHE.clear()
        hit = _CACHE[id(index)] = (index, acronyms(index))
    return hit[1]


def answer_acronym(q, knowledge) -> DirectAnswer | None:
    """"BROP nedir?": the long form and its sentence, cited; None unless the question asks what one
    abbreviation is, with no other words of its own."""
    folded = joined(q.text)
    if not _DEFINITION.search(folded):
        return None
    table = cached_acronyms(knowledge.index)
    asked = [w for w in dict.fromkeys(fold_ascii(w).replace("-", "") for w in re.findall(r"[\w-]+", q.text)
                                      if sum(ch.isupper() for ch in w) >= 2) if w in table]
    if len(asked) != 1:
        return None
    rest = _DEFINITION.sub(" ", folded).replace(asked[0], " ").split()
    if [w for w in rest if len(w) > 3 and w not in {"raporda", "report", "rapor", "acronym", "abbreviation",
                                                      "nin", "nun", "the"}]:
        return None  # "BROP'ta kaç küme var?" asks something of the abbreviation, not what it is
    item = table[asked[0]]
    citer = Citer(knowledge)
    n = citer.cite(item.section_id, item.sentence)
    long = item.long
    if q.lang == "en":
        rendering = getattr(knowledge, "rendering", None)
        english = rendering.english(item.sentence) if rendering is not None else None
        bracket = english and re.search(rf"\({re.escape(item.short)}\)", english)
        en_long = english_long_form(english[:bracket.start()]) if bracket else ""
        long = f"{en_long} ({item.long})" if en_long else item.long
    return DirectAnswer("code", f"{item.short}: {long} [{n}]", citer.all())
