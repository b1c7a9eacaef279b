"""How a question shows what it wants: answer kinds, frame stems, language function words, follow-up
markers, stage context words, the report's own acronyms (assistant/question/).

Part of core.lexicon: import the names from `core.lexicon`, which re-exports every part.
"""
from __future__ import annotations

# What kind of answer a question wants, by cue words of the folded question (first match in this order wins:
# a question asking "how much ... can we" wants the amount, not the condition). Each cue is a regular
# expression over the folded question; `\b` on both sides unless it ends with a stem.
ANSWER_KINDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("amount", (r"\bne kadar", r"\bhow much\b", r"\btutar", r"\bust (sinir|limit)", r"\bceiling", r"\bupper limit",
                r"\bmaximum (amount|grant|support|funding)", r"\bazami\b", r"\bkac (usd|tl|dolar|avro|euro)\b",
                r"\breimburs", r"\bgeri oden", r"\bkarsila(n|r)\w* ne kadar", r"\bmost we can (receive|get)\b",
                r"\ben fazla ne kadar", r"\bhibe miktar", r"\bdestek miktar",
                r"\btavan", r"\blimiti\b",  # "tavanı", "üst limiti": the Turkish for the ceiling
                r"\bhow long\b(?! ago)", r"\bne kadar sur")),  # a duration is a line's figure as well
    ("share", (r"\byuzde\b", r"\byuzde kac", r"\boran(i|ı)?\b", r"\bpay(i|ı)\b", r"\bshare\b", r"\bpercent",
               r"\bproportion", r"\bfraction\b")),
    # "kaçı", "kaçında", "kaç tanesi": the count asked with its case ending
    ("count", (r"\bkac(i|in|ina|inda|inin|ini|ta|tane|tanesi)?\b", r"\bhow many\b", r"\bnumber of\b", r"\bsayisi\b",
               r"\bcount\b", r"\btoplam\b",
               r"\bin total\b", r"\btotal\b")),
    ("criteria", (r"\bkriter", r"\bcriteri", r"\bolcut", r"\bhow (do|can|would) (we|i|you|one) (tell|know)",
                  r"\bnasil anla", r"\bwhat makes\b", r"\bhangi asamada oldugu", r"\bgostergele?r?i?\b",
                  r"\bindicator", r"\bhow is .* defined", r"\bnasil tanimla",
                  r"\bnasil tanin", r"\b(recogni[sz]|identif)\w* (a|an|the|our|that|whether|if)\b",
                  r"\bneed(ed|s)? to (count|be|qualify)|\bwhat (is|s) needed\b|\bsayilmasi icin\b")),
    ("condition", (r"\bbasvur", r"\beligib", r"\bsart", r"\bkosul", r"\bcondition",
                   r"\brequirement", r"\bqualif", r"\bwho (can|may)\b", r"\bkimler\b", r"\byararlan",
                   r"\bcan (we|an?|our|i)\b", r"\bmay (we|an?|our|i)\b", r"\bis it possible\b", r"\bis (it|there) allowed",
                   r"\bebilir (mi|miyiz|mis)\b", r"\babilir (mi|miyiz|mis)\b", r"\b\w+(ebilir|abilir)\s?m[iu]")),
    ("recommendation", (r"\bne yapmali", r"\boner", r"\bwhat should\b", r"\brecommend", r"\bsuggest",
                        r"\bhangi eylem", r"\b(which|what) actions?\b", r"\bbize uygun", r"\bsuit", r"\bfit (us|our)",
                        r"\bapply to us\b", r"\bhow (can|should) (we|i|our)\b", r"\bnasil (yapabilir|gelisebilir|ilerle)",
                        r"\bnereden baslama", r"\bwhere (do|should) we start", r"\bbest practice", r"\bornek al",
                        r"\biyi uygulama")),
    ("list", (r"\bhangi\w*\b", r"\bwhich\b", r"\blist", r"\bneler\w*\b", r"\bwhat are\b", r"\bgoster",
              r"\bshow\b")),
    ("explanation", (r".",)),
)

# Words that frame a question about clusters without naming its topic: who asks, what kind of answer, and
# the report's generic nouns. A question whose content words are all slots (province, stage, sector,
# BROP) or these is fully answered by a structured route; any other content word is its topic.
# Stems, folded; a token is framed when it starts with one (4+ letters) or equals one.
FRAME_STEMS = frozenset((
    "kume", "cluster", "eylem", "action", "tedbir", "measure", "faaliyet", "activit", "oner", "recommend",
    "suggest", "uygun", "suit", "fit", "apply", "applies", "applicable", "relevant", "rapor", "report", "plan",
    "yapmal", "should", "firma", "firm", "compan", "sirket", "uye", "member", "biz", "bize", "bizim", "we",
    "our", "us", "hangi", "which", "what", "ne", "neler", "nelerdir", "nedir", "list", "listele", "show",
    "goster", "give", "tell", "var", "mi", "mu", "midir", "there", "any", "bolge", "region", "ilde", "ilinde",
    "province", "il", "stage", "asama", "phase", "sektor", "sector", "industr", "sanayi", "potansiyel",
    "potential", "envanter", "inventory", "kume", "olan", "bulunan", "located", "based", "work", "calis",
    "yapabil", "can", "could", "would", "need", "ihtiyac", "want", "iste", "istiyor", "kac", "many", "how",
    "nasil", "count", "number", "sayi", "toplam", "total", "do", "does", "did", "have", "has", "are", "is",
    "the", "and", "for", "with", "in", "of", "to", "a", "an", "yer", "alan", "icin", "ile", "gore", "according",
    "acik", "lutfen", "please", "kindly", "exactly", "tam", "olarak", "diger", "other", "genel", "general",
    "tip", "type", "kind", "tur", "ortak", "common", "about", "hakkinda", "ilgili", "uzerine", "onerir",
    "suggests", "recommends", "proposed", "onerilen", "help", "yardim", "destek", "support",
    # what to do first or most: the framing of a recommendation, not its topic
    "focus", "odaklan", "basla", "start", "begin", "priorit", "oncelik", "first", "ilk", "step", "adim",
    # how the asker's cluster came to be: "yeni kurulduk", "newly established" (not "yeni": a stem of 4 letters
    # would also drop "yenilik", innovation)
    "new", "newly", "kuruldu", "kurulmus", "established", "founded",
    # counting and naming the parts of a list: "kaç tane … isimleri ne", "the whole plan"
    "tane", "adet", "isim", "name", "names", "whole", "entire", "all", "tum", "butun", "hepsi",
    # "URGE kapsamında", "under URGE": where the question is asked, not what
    "kapsaminda", "kapsamindaki", "under", "within",
    # what the asker can get or use: "alabiliriz", "yararlanabilir", "can we use"
    "alabil", "alinabil", "yararlan", "faydalan", "kullanabil", "use", "get", "receive", "benefit",
    # light verbs of what a cluster does ("Which one of those makes paper?"): the product names the row
    "make", "made", "produc",
))

# -- question analysis (assistant/question/): moved here from its modules, unchanged (docs/rule-audit.md) --
# Function words that show a question's language (language.py); a hit in one list is a vote for it.
LANGUAGE_WORDS_TR = {"ve", "bir", "için", "icin", "nedir", "hangi", "hangileri", "kaç", "kac", "mı", "mi", "mu", "mü",
                     "nelerdir", "ile", "olan", "nasıl", "nasil", "neler", "ne", "kadar", "var", "midir", "peki", "bu",
                     "raporda", "kümeler", "kume", "küme", "destek", "desteği", "olarak", "hangisi", "listele", "göre"}
LANGUAGE_WORDS_EN = {"what", "which", "how", "the", "of", "is", "are", "does", "do", "in", "for", "and", "list", "many",
                     "much", "who", "when", "where", "why", "apply", "clusters", "cluster", "support", "report", "about",
                     "tell", "me", "show", "give", "can", "a", "an", "to", "with", "there", "their", "them", "those"}
# A follow-up: the question starts with (FOLLOWUP_STARTS) or contains (FOLLOWUP_CONTAINS) one of these,
# folded and padded with spaces (followup.py).
FOLLOWUP_STARTS = ("peki", "ya ", "bunlardan", "bunlarin", "bunlar", "onun", "onlarin", "bu ", "su ", "ayni",
                   "and ", "what about", "how about", "which of them", "which of these", "which of those", "of these",
                   "of those", "its ", "their ", "those ", "these ", "then ", "so ",
                   # "Hangileri olgunluk aşamasında?" after a list: which of the ones just listed
                   "hangileri", "hangisi", "kaci", "kac tanesi", "iclerinden", "aralarinda", "any of them")
FOLLOWUP_CONTAINS = (" bunlardan", " bunlarin", " onun ", " onlarin", "bu dernek", "bu kume", "bu destek", "bu program",
                     "bu eylem", "bu tedbir", " them", " its ", " these ", " those ", " this one", " that one", " it ",
                     " they ")
# Stage cues of slots.py: words that make a stage word a stage (not 'gelişme' as development), and the
# words of 'past the idea stage' / 'except the mature ones'.
STAGE_CONTEXT_WORDS = ("asama", "kume", "safha", "stage", "phase", "cluster", "entries", "entry", "duzey", "seviye")
STAGE_GREATER_TR = ("gecmis", "gecen", "otesinde", "sonraki", "ustundeki")
STAGE_EXCEPT_TR = ("disindaki", "disinda", "haric")
STAGE_GREATER_EN = ("past", "beyond", "after", "above")
# The report's own acronyms: never a cluster's or an organisation's name (slots.py).
REPORT_ACRONYMS = {"URGE", "UR-GE", "BROP", "ORA", "TR", "EK", "KOBİ", "KOBI", "AB", "ABD", "USD", "SDŞ", "TBMM",
                   "AR-GE", "ARGE", "EEN", "GZTF", "BKA", "SME", "EU", "ICT"}
