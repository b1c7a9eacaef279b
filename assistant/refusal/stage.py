"""The refusal stage: does the report answer this question at all? One typed `Refusal`, or None.

Checks run cheapest and surest first, each consulting the corpus or its
records rather than the phrasing (a similarity threshold cannot separate
answerable from unanswerable questions on this report: top-1 cosine AUROC
about 0.65); their cue words are data of core/lexicon/:

1. not a question: no word of it is a word of either language or of the report;
2. a code the plan does not have (ORA7, ORA2.AA9.T1, Tablo 5), a numbered programme it never prints
   ("TÜBİTAK 1501");
3. an opinion or forecast asked for, a task set;
4. scope (scope.py): a year past the report, the present in words it never uses, other countries' programmes;
   a country the report never names at all (unless it is a market sold to); the present in words it uses
   only in sentences about other things (present.py); a "now" only where it dates what is asked;
5. answerability (answerability.py): a fact the report lacks about a thing it names (also a name typed as
   the English rendering prints it), a total or average over the clusters it does not state, a name it never
   uses (also beside a word it does: "Michael Porter"; an everyday word it never writes: "Horizon Europe");
   a name it prints only in passing, asked about what those sentences never say (passing.py); who holds a
   role it never prints ("Kalkınma Bakanı", persons.py);
6. an URGE support line chapter 2 never describes;
7. an everyday topic (topics.py): a cue the report never uses, with at most one word of its own around it;
   a topic no sentence touches (tax, statutes) whatever is around it;
8. general knowledge: none of the question's content words (stop words and place names aside, Turkish
   words judged by their stems) is the report's or the glossary's, in either language, and no capitalised
   phrase of it is one the report prints ("Yardımcı Takım Lideri").
"""
from __future__ import annotations

import re
from collections import Counter

from core.lexicon import (COUNTRIES, DIRECTION_CUES, GENERIC_NAME_WORDS, PERSONAL_CUES, EVERYDAY_TOPIC_WORDS, UNTOUCHED_TOPIC_WORDS, OFF_TOPIC, OPINION_CUES, PROVINCES, SELF_CUE, SELF_WORD_STEMS, SUPPORT_OBJECT_CUE, TASK_CUES,
                          URGE_FRAME_STEMS, turkish_stems)
from core.normalize import english_stem, fold_ascii, tokenize_folded
from core.wordlists import english_names, english_words, frequent_words

from assistant.question.analysis import Question
from assistant.refusal.attributes import COLLECTION
from assistant.refusal.names import COUNTRY_WORDS, PLACE_WORDS, _name_tokens, report_acronyms
from assistant.refusal.numbered import named_number, numbered_programme
from assistant.refusal.passing import PassingMention
from assistant.refusal.persons import RoleHolder
from assistant.refusal.present import PresentCheck, dates_the_answer, sentence_units
from assistant.refusal.refusal import Refusal
from assistant.refusal.topics import EverydayTopics
from assistant.refusal.scope import out_of_scope
from assistant.structured.codes import resolve_codes, unknown_codes

STOP_TR = 400   # Turkish's most frequent words say nothing about a topic ...
STOP_EN = 500   # ... nor do English's
_PROVINCES = frozenset(fold_ascii(p) for p in PROVINCES)
_LETTERS = re.compile(r"[a-zçğıöşüâîû]+")
_ACRONYM = re.compile(r"(?<![\w])[A-ZÇĞİÖŞÜ][A-ZÇĞİÖŞÜ-]{2,}(?![\w-])")
_MIXED = re.compile(r"\b(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{3,}\b")  # letters and digits: C2C, B2B, 7CP
_SELF = re.compile(SELF_CUE)  # the report as the subject: "who wrote the report?"
_SUPPORT_OBJECT = re.compile(SUPPORT_OBJECT_CUE)
_OPINION = tuple(re.compile(p) for p in OPINION_CUES)
_TASK = tuple(re.compile(p) for p in TASK_CUES)
_PERSONAL = tuple(re.compile(p) for p in PERSONAL_CUES)
_URGE_FRAME = URGE_FRAME_STEMS


class RefusalStage:
    """Built once per Knowledge; `refuse(question)` per question."""

    def __init__(self, knowledge) -> None:
        self.knowledge = knowledge
        english_by_section: dict[str, list[str]] = {}
        for r in getattr(knowledge.rendering, "by_key", {}).values():
            english_by_section.setdefault(r.section_id, []).append(r.en)
        self.check = knowledge.answerability.with_english(
            {sid: " ".join(texts) for sid, texts in english_by_section.items()})
        glossary = knowledge.glossary
        turkish_terms = [w for terms in glossary.entries.values() for term in terms
                         for w in tokenize_folded(fold_ascii(term))] if glossary else []
        self.glossary_turkish = frozenset(w for w in turkish_terms if len(w) > 3)
        self.glossary_words = frozenset(fold_ascii(w) for w in glossary.words) | self.glossary_turkish \
            if glossary else frozenset()
        self.glossary_stems = self.glossary_words | {english_stem(w) for w in self.glossary_words}  # agencies: agency
        self.english = english_words()
        self.turkish = frequent_words("tr")
        self.stop = frequent_words("tr", STOP_TR) | frequent_words("en", STOP_EN) | _PROVINCES | PLACE_WORDS
        # frequent is not everyday for a name ("European", "Asia"): SCOWL's proper nouns are evidence
        self.everyday = (frequent_words("tr") | frequent_words("en")) - english_names()
        index = knowledge.index
        english_of = getattr(knowledge.rendering, "english", lambda sentence: None)  # none in a bare corpus
        units = sentence_units({sid: index.section_text(sid) for sid in index.sections}, english_of)
        self.present = PresentCheck(units, self.stop)
        self.passing = PassingMention(units)
        self.names = english_names()
        self.roles = RoleHolder(" ".join(text for _, text in self.check.sections), self.check.english_text)
        self.acronyms = report_acronyms([*(index.section_text(sid) or "" for sid in index.sections),
                                         *(r.en for r in getattr(knowledge.rendering, "by_key", {}).values())])
        corpus_texts = [text for _, text in self.check.sections] + [self.check.english_text]
        self.topics = EverydayTopics((*((cue,) for cue in OFF_TOPIC), *EVERYDAY_TOPIC_WORDS), corpus_texts)
        self.untouched = EverydayTopics(UNTOUCHED_TOPIC_WORDS, corpus_texts)
        everything = " ".join([*(text for _, text in self.check.sections), self.check.english_text])
        # hyphenated words as the report prints them ("e-commerce", "co-opetition"): one word, not "e" + "commerce";
        # one made of everyday words only ("long-term", "built-in") is as everyday as they are
        self.compounds = frozenset(c for c in re.findall(r"[a-z]+(?:-[a-z]+)+", fold_ascii(everything))
                                   if any(len(p) < 2 or p not in self.everyday for p in c.split("-")))
        self.unnamed_countries = tuple(name for name in COUNTRIES if not re.search(rf"\b{name}", everything))
        urge_sections = [sid for sid in knowledge.index.sections if sid == "2" or sid.startswith("2.")]
        self.urge_words = frozenset(w for sid in urge_sections for w in tokenize_folded(
            fold_ascii(knowledge.index.section_text(sid))))
        self.urge_english = frozenset(english_stem(w) for r in knowledge.rendering.by_key.values()
                                      if r.section_id in urge_sections for w in _LETTERS.findall(fold_ascii(r.en)))

    def refuse(self, question: Question) -> Refusal | None:
        k = self.knowledge
        dated = dates_the_answer(question.folded, question.wants, self._named_specific(question))
        return (self._not_a_question(question)
                or self._unknown_code(question)
                or self._numbered_programme(question)
                or self._named_number(question)
                or self._cued(question)
                or out_of_scope(question.text, k.scope, question.lang, dated)
                or self._unnamed_country(question)
                or (self.present.refusal(question.text) if dated else None)
                or self.check.refusal(question.text, question.lang)
                or self.roles.refusal(question.folded, question.lang)
                or self._passing_mention(question)
                or self._no_such_line(question)
                or self._everyday_topic(question)
                or self._general_knowledge(question))

    def _named_specific(self, question: Question) -> list[str]:
        """The things the question names that the report knows, words saying what kind of thing (küme,
        cluster), the clusters as a whole (kümeler, envanter) and places aside: which one is asked about."""
        return [t for t in self.check.named_things(question.text, question.lang)
                if not t.startswith(GENERIC_NAME_WORDS) and not COLLECTION.search(t)
                and t not in PLACE_WORDS and t not in _PROVINCES]

    def _passing_mention(self, question: Question) -> Refusal | None:
        """A name the report prints in a sentence or two about something else, asked about what they never say."""
        if question.followup:
            return None
        tokens = _name_tokens(question.text, question.lang)
        alone = {p for p, n in Counter(t.phrase for t in tokens).items() if n == 1}  # a name of one word
        names = [(t.raw, t.folded) for t in self.check._entities(tokens, question.lang)
                 if t.phrase in alone and t.folded not in PLACE_WORDS and t.folded not in _PROVINCES
                 and not t.initial]
        topic = [t for t in question.topic if t not in self.stop]
        return self.passing.refusal(names, topic, question.lang) if names else None

    def _unnamed_country(self, question: Question) -> Refusal | None:
        """A country the report never names, in its text or its rendering, asked about ("Polonya'daki kümeler",
        "Poland's clusters"): whatever is asked of it, the report has nothing. A country the firms sell to is
        a market, not the subject ("Polonya'ya ihracat yapan kümeler", "export to Poland")."""
        folded = question.folded
        for name in self.unnamed_countries:
            if re.search(rf"\b{name}", folded) and not any(
                    re.search(cue.format(c=re.escape(name)), folded) for cue in DIRECTION_CUES):
                return Refusal("other_country", name.title())
        return None

    def _numbered_programme(self, question: Question) -> Refusal | None:
        return numbered_programme(question.text, self.check)

    def _named_number(self, question: Question) -> Refusal | None:
        return named_number(question.text, self.check, self.glossary_words)

    def _cued(self, question: Question) -> Refusal | None:
        """An opinion or forecast asked for, a task set, a personal decision asked: the report has none to give."""
        if any(p.search(question.folded) for p in _OPINION):
            return Refusal("opinion")
        if any(p.search(question.folded) for p in _TASK):
            return Refusal("task")
        if any(p.search(question.folded) for p in _PERSONAL):
            return Refusal("personal")  # a decision of the asker's own: the report advises clusters
        return None

    def _everyday_topic(self, question: Question) -> Refusal | None:
        """A cue of an everyday topic and at most one word of the report's own around it (places and people
        aside: "Helsinki'den Oulu'ya trenle" is travel, though the report names both cities)."""
        if self.untouched.found(question.folded):
            return Refusal("off_topic")  # a topic no sentence of the report touches (tax, statutes)
        cues = self.topics.found(question.folded)
        if not cues:
            return None
        cue_words = {w for cue in cues for w in cue.split()}
        content = [t for t in self._content_words(question.text, question.lang)
                   if not t.startswith(tuple(cue_words)) and t not in self.names]
        evidence = [t for t in content if self._reports_word(t, question.lang)]
        return Refusal("off_topic") if len(evidence) <= 1 else None

    def _no_such_line(self, question: Question) -> Refusal | None:
        """An URGE question about a kind of support chapter 2 never mentions ("office rent", "franchising")."""
        if "urge" not in question.folded.replace("ur-ge", "urge") or question.followup:
            return None
        topic = [t for t in question.topic if t not in self.stop and not t.startswith(_URGE_FRAME)]
        if not topic:
            return None
        missing = [t for t in topic if not self._in_urge(t)]
        if len(missing) == len(topic):
            return Refusal("no_such_line", " ".join(missing))
        # the words naming the support itself ("yurt dışı ofis kira desteği"): half of them absent, no such line
        # (only words no slot explains: "Konya'daki makine kümesi için destek" names a cluster, not a support)
        obj = [w for w in self._support_object(question.folded)
               if w in question.topic and len(w) >= 4 and w not in self.stop]
        absent = [w for w in obj if not self._in_urge(w)]
        return Refusal("no_such_line", " ".join(absent)) if absent and 2 * len(absent) >= len(obj) else None

    @staticmethod
    def _support_object(folded: str) -> list[str]:
        """Up to four words before "desteği" (Turkish names a support by the compound before it)."""
        match = _SUPPORT_OBJECT.search(folded)
        return [w for w in _LETTERS.findall(match.group(1)) if not w.startswith(_URGE_FRAME)] if match else []

    def _in_urge(self, folded: str) -> bool:
        stems = {folded[:n] for n in range(max(4, len(folded) - 6), len(folded) + 1)}
        return (any(w.startswith(tuple(stems)) for w in self.urge_words) or english_stem(folded) in self.urge_english)

    def _word(self, folded: str) -> bool:
        """A word of Turkish, English or the report (a Turkish word with its suffixes: by a known stem)."""
        if folded in self.english or folded in self.turkish or folded in self.glossary_words:
            return True
        return self.check._known(folded) or any(folded[:n] in self.turkish for n in range(len(folded) - 1, 3, -1))

    def _not_a_question(self, question: Question) -> Refusal | None:
        words = [w for w in _LETTERS.findall(fold_ascii(question.text)) if len(w) >= 2]  # folded first: see below
        has_code = bool(re.search(r"\d", question.text))
        if not words or has_code:
            return None
        known = [w for w in words if self._word(w)]
        if not known:
            return Refusal("not_a_question", question.text[:40])
        # a real word or two among keyboard noise ("zxcvb kümelenme ğğğ?"): most content words are no word
        content = [w for w in words if w not in self.stop and len(w) >= 3]
        noise = [w for w in content if not self._word(w)]
        if len(noise) >= 2 and 2 * len(noise) > len(content):
            return Refusal("not_a_question", question.text[:40])
        return None

    def _unknown_code(self, question: Question) -> Refusal | None:
        index = self.knowledge.index
        codes = unknown_codes(question.text, index.sections, self.knowledge.aliases)
        return Refusal("no_such_code", codes[0]) if codes else None

    def _reports_word(self, folded: str, lang: str = "tr") -> bool:
        """Evidence the question is about the report: a glossary term (either side), or a word of the report's
        Turkish text or English rendering that is not an everyday word ("gerçekleşir" is everyday and proves
        nothing; "kümelenme" and "subcontractor" do).

        A Turkish word is judged by its stems too (Turkish inflection stripped: "ağrım" is the everyday "ağrı",
        "kümelerin" the glossary's "küme"); an English word is not split into Turkish suffixes ("Siemens" is
        not the report's "Siemes" + "-ns").
        """
        if folded in self.compounds:
            return True
        forms = [folded, *turkish_stems(folded)] if lang == "tr" else [folded]
        if (folded in self.glossary_words or english_stem(folded) in self.glossary_stems
                or any(f in self.glossary_turkish for f in forms)):  # a stem: of a Turkish term ("agri-food" is no "ağrı")
            return True
        if any(f in self.everyday for f in forms):
            return False
        return (self.check._known(folded, inflected=lang == "tr")
                or english_stem(folded) in self.knowledge.english_vocabulary)

    def _content_words(self, text: str, lang: str) -> list[str]:
        """The words that may name a topic: no stop word or country (an inflected question word such as
        "hangisidir" is everyday by its stem, see `_reports_word`)."""
        # folded before the letters are found: str.lower() makes "İ" an "i" plus a combining dot, which split
        # "İzmir" into "i" and "zmir", a word of nobody's
        folded = fold_ascii(text)
        words = [w for w in re.findall(r"[a-z]+(?:-[a-z]+)+", folded) if w in self.compounds] + _LETTERS.findall(folded)
        return [t for t in words if len(t) >= 3 and t not in self.stop and t not in COUNTRY_WORDS]

    def _printed_name(self, text: str, lang: str) -> bool:
        """A capitalised phrase of two or more words (places aside) that the report or its rendering prints as
        one: a title or a body it names, however everyday each of its words."""
        phrases: dict[int, list[str]] = {}
        for token in _name_tokens(text, lang):
            if token.folded not in PLACE_WORDS and token.folded not in _PROVINCES:
                phrases.setdefault(token.phrase, []).append(token.folded)
        return any(len(words) >= 2 and self.check._phrase_occurs(words) for words in phrases.values())

    def _general_knowledge(self, question: Question) -> Refusal | None:
        """Content words that the report never uses, in either language, and nothing else: not about the report.

        A follow-up is judged with the turn before it ("which of them sent more than 20?").
        """
        text = question.search if question.followup else question.text
        if resolve_codes(text, self.knowledge.index.sections, self.knowledge.aliases):
            return None  # a code of the plan is the report's own word
        if any(self.check._known(fold_ascii(w), inflected=False) for w in _ACRONYM.findall(text)):
            return None  # so is a name it prints in capitals (URGE, SPRINT, KOSGEB), however everyday the word
        if any(w in self.acronyms for w in _LETTERS.findall(fold_ascii(text))):
            return None  # and one it prints in capitals only, typed in lower case ("urge nedir?")
        if any(t in self.check.words for t in _MIXED.findall(fold_ascii(text))):
            return None  # and a letters-and-digits term it uses (C2C, B2B, 2010/8's "ar-ge" aside)
        if self._printed_name(text, question.lang):
            return None  # and a name of everyday words it prints together ("Yardımcı Takım Lideri")
        content = self._content_words(text, question.lang)
        if not content or any(self._reports_word(t, question.lang) for t in content):
            return None
        others = [t for t in content if not t.startswith(SELF_WORD_STEMS)]
        if _SELF.search(fold_ascii(text)) and len(others) <= 1:
            # about the report itself ("who wrote the report?"); "according to the report, what is the capital
            # of France?" names the report too, but asks about something else in words the report never uses
            return None
        return Refusal("general_knowledge")
