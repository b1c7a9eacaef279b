"""Names in a question: capitalised words and acronyms grouped into name phrases, and the words that are no name.

The answerability checks (answerability.py) and the refusal stage ask of a question's names whether the
report uses them; this module only finds them. Places are kept apart: a country or a province says where,
not which thing is asked about.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import NamedTuple

from core.lexicon import COUNTRIES, HOME_COUNTRY_WORDS, NAME_CONNECTORS, PROVINCE_ALIASES, PROVINCES, UNITS
from core.normalize import fold_ascii
from core.wordlists import english_names, english_words, frequent_words

_NAME = re.compile(r"[A-Za-zÇĞİÖŞÜçğıöşüâîû0-9][\w&+\-]*", re.UNICODE)
PROVINCE_WORDS = frozenset(fold_ascii(p) for p in PROVINCES) | frozenset(PROVINCE_ALIASES)  # names, however
# everyday in Turkish; "Urfa" and "İzmit" name provinces as much as "Şanlıurfa" and "Kocaeli" do
COUNTRY_WORDS = frozenset(w for name in COUNTRIES for w in name.split())
# Countries say where, not which: "Tesla Türkiye" is not a name the report knows because of "Türkiye".
# Provinces too: each of the 81 is a place the inventory covers, so "Kırşehir'deki kümeler" or "clusters in
# Urfa" is answered from EK 2 (with "none" if need be), whether or not the report's prose names the province.
PLACE_WORDS = COUNTRY_WORDS | HOME_COUNTRY_WORDS | PROVINCE_WORDS


@lru_cache(maxsize=2)
def _everyday(lang: str) -> frozenset[str]:
    """Words that are no name in a question of `lang` (built once: a union of ~100k words per call cost 15 ms).

    A frequent brand ("Netflix") is frequent, not an English word; SCOWL's proper nouns take it back out
    (of the English lists only: "Ne" is Turkish's "what" and SCOWL's neon).
    """
    return (frequent_words(lang) if lang == "tr" else frozenset()) | (english_words() - english_names())


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """The most frequent words of either language ("var", "için", "which"): capitalised in a title-case question
    ("Kümelerimiz İçin Hangi Destekler Var?") they are still no name word, whether or not the report writes them."""
    return frequent_words("tr", 400) | frequent_words("en", 500)


class NameToken(NamedTuple):
    raw: str          # as typed
    folded: str
    initial: bool     # capitalised only because it opens a sentence
    phrase: int       # tokens of one name ("Toronto Food and Beverage Cluster") share it
    suffixed: bool = False  # a Turkish case suffix after an apostrophe ("Apple'ın"): only proper names take one


_CONNECTORS = NAME_CONNECTORS
_CONTRACTIONS = frozenset(("t", "re", "ll", "ve", "d", "m"))


_WORDS = re.compile(r"(?<![\w'’/-])[^\W\d_][\w]*")  # a word's own start: not "posta" of "E-posta"
TITLE_CASE_MIN = 3  # capitalised words a title-cased question has at least, and none in lower case


def title_cased(question: str) -> bool:
    """Every word capitalised as a style ("Kümelerimiz İçin Hangi Destekler Var?"): capitals then say nothing
    about names. Acronyms and the small words inside names ("ve", "of") are not counted either way."""
    words = [w for w in _WORDS.findall(re.sub(r"\([^)]*\)", " ", question))
             if not (w.isupper() and len(w) > 1) and w.lower() not in _CONNECTORS
             and w.lower() not in ("the", "in", "a", "an", "to", "for", "on", "at", "by")]
    upper = sum(w[0].isupper() for w in words)
    return upper >= TITLE_CASE_MIN and upper == len(words)  # "Yardımcı Takım Lideri kimdi?" is a title and a word


def _name_tokens(question: str, lang: str) -> list[NameToken]:
    """Capitalised words and acronyms, grouped into name phrases.

    Codes (ORA4, AA2, T1) and currencies are not names. A sentence's first
    word is capitalised anyway, so it is marked `initial` unless it is an
    acronym or carries a Turkish case suffix after an apostrophe
    ("Gaziantep'in"), which only proper names take. In a title-cased question
    only those two are names: every other word is capitalised anyway.
    """
    out: list[NameToken] = []
    previous_end, phrase = 0, 0
    for match in _NAME.finditer(question):
        raw = match.group(0).rstrip("+-")
        gap = question[previous_end:match.start()]
        tail = gap.rstrip()[-1:]
        sentence_start = previous_end == 0 or (tail != "" and tail in ".?!:")
        previous_end = match.end()
        if gap.strip(" -") or sentence_start:
            phrase += 1
        if not raw or not raw[0].isupper() or any(ch.isdigit() or ch == "&" for ch in raw):
            if raw.lower() not in _CONNECTORS:
                phrase += 1
            continue
        suffixed = question[match.end():match.end() + 1] in "'’" and match.end() < len(question)
        after = re.match(r"['’](\w*)", question[match.end():])
        if suffixed and after and (after.group(1).lower() in _CONTRACTIONS
                                   or (after.group(1).lower() == "s" and fold_ascii(raw) in function_words())):
            suffixed = False  # "hasn't", "What's": English contractions, no Turkish case suffix
        initial = sentence_start and not raw.isupper() and not suffixed
        for part in raw.split("-"):
            folded = fold_ascii(part).replace("+", "")
            if folded and folded not in UNITS:
                out.append(NameToken(part, folded, initial, phrase, suffixed))
    if title_cased(question):
        return [t for t in out if t.suffixed or (t.raw.isupper() and len(t.raw) > 1)]
    return out


_CAPITALS = re.compile(r"(?<![\w])[A-ZÇĞİÖŞÜ][A-ZÇĞİÖŞÜ-]{2,}(?![\w-])")
_WRITTEN = re.compile(r"(?<![\w-])[A-Za-zÇĞİÖŞÜçğıöşüâîû]*[a-zçğıöşüâîû][A-Za-zÇĞİÖŞÜçğıöşüâîû]*(?![\w-])")


def report_acronyms(texts, least: int = 3) -> frozenset[str]:
    """The names the report (text and rendering, as printed) writes only in capitals, folded and without
    hyphens ("UR-GE", "URGE", "SPRINT" -> "urge", "sprint"): typed in lower case ("who can apply for urge?",
    "urge nedir?") they are still its names, not the everyday English verb. A word it also writes otherwise
    ("ORAN" in a table, "oran" in its prose; "ANKARA" in a title, "Ankara" in the text) is left to the
    everyday-word tests, and so is one printed fewer than `least` times (a firm's "MARINE" or "TECH" in a list
    of names says little against the everyday word), one of three letters ("BİT", "bit") and an everyday
    Turkish word ("İŞİM", "isim": a name) — the report's own language writes its headings in capitals."""
    texts = list(texts)
    capitals = Counter(fold_ascii(w).replace("-", "") for text in texts for w in _CAPITALS.findall(text))
    lower = {fold_ascii(w) for text in texts for w in _WRITTEN.findall(text)}
    return frozenset(w for w, n in capitals.items()
                     if n >= least and w not in lower and len(w) >= 4 and w not in frequent_words("tr"))
