"""The facts a question may ask of a thing the report names, and the figures it may ask over all clusters.

Each `Attribute` pairs how a question asks for a fact (a pattern on the folded question) with what a section
holding that fact looks like (a pattern on the folded section): answerability.py refuses when the sections
that mention the thing have no such evidence. Every pattern has a case in
tests/assistant/refusal/test_answerability.py that fails without it.
"""
from __future__ import annotations

import re
from typing import NamedTuple

_FIGURE = re.compile(r"\d[\d.,]*\s*(tl|usd|abd dolar|dolar|avro|euro|milyon|milyar)\b|%\s*\d|\d\s*%")


class Attribute(NamedTuple):
    key: str
    asked: re.Pattern       # on the folded question
    evidence: re.Pattern    # on a folded section that mentions the entity
    label: dict[str, str]


def _attribute(key: str, asked: str, evidence: str, tr: str, en: str) -> Attribute:
    return Attribute(key, re.compile(asked), re.compile(evidence), {"tr": tr, "en": en})


ATTRIBUTES = (
    _attribute("members", r"\bmembers?\b|\bmember (firms|companies)|\buye(si|leri|lerinin|sayisi)?\b"
               r"|\bkac (uye|firma|sirket|isletme)|\bhow many (firms|companies)\b",
               r"\b(uye|firma|sirket|isletme)", "üye / firma sayısı", "number of members or firms"),
    # "how many people" alone also asks how many answered a survey: people must work, or be staff
    _attribute("employees", r"\bhow many (staff|employees|workers)\b|\bnumber of (employees|staff|workers)"
               r"|\bpeople work|\bemploys?\b|\bkac (kisi|calisan\w*|personel\w*|isci\w*)\b|\bcalisan sayisi|\bistihdam ediyor", r"\b(calisan|istihdam|personel|isci)", "çalışan sayısı", "number of employees"),
    _attribute("turnover", r"\bturnover|\brevenue|\bsales\b|\bciro|\bsatis(lari|i)?\b|\bhasilat",
               r"\b(ciro|satis|hasilat)", "ciro", "turnover"),
    _attribute("exports", r"\b(exports?|ihracat\w*)\b.*\b(how much|volume|value|ne kadar|miktar|tutar|yillik|annual)"
               r"|\b(how much|volume|value|ne kadar|miktar|tutar|yillik|annual)\b.*\b(exports?|ihracat)",
               r"\bihracat[^.]{0,80}\d|\d[^.]{0,80}\bihracat", "ihracat rakamı", "export figure"),
    # "when was X founded", not "an association established by exporters"
    _attribute("founded", r"^who (founded|established|set up)\b|\bkim(ler)? kurdu|\bkurucu(su|lari)\b"
               r"|\bwhen\b.*\b(founded|established|set up|formed)\b|\b(founded|established|set up) in\b"
               r"|\b(founding|establishment) (year|date)|\byear\b.*\b(founded|established)\b|\bne zaman kurul"
               r"|\bhangi yil\w* kurul|\bkac yilinda kurul|\bkurulus (yili|tarihi)",
               r"\bkurul(du|an|mus|dugu)|\bkurulus (yili|tarihi)|\bfounded\b|\bestablished\b",
               "kuruluş yılı", "founding year"),
    _attribute("contact", r"\bweb ?(sites?|sitesi|sayfasi)\b|\binternet sitesi|\be-?mail|\be-?posta|\bphone\b|\btelefon|\baddress"
               r"|\badres", r"(www\.|https?:|@|telefon|e-?mail|e-?posta|\badres)", "iletişim bilgisi",
               "contact details"),
    _attribute("head", r"\bwho\b.*\b(chairman|chair|president|ceo|director|head|manager|rector)\b"
               r"|\bwho (currently |now )?(leads?|runs?|heads?|manages?|chairs?)\b|\bwho\b.*\b(mayor|governor)\b"
               r"|\b(belediye baskani|vali)\w*\b.*\bkim"
               r"|\b(mudur|baskan|yonetici|direktor|rektor|lider)\w*\b.*\bkim", r"\b(baskan|mudur|ceo|direktor|rektor)",
               "yöneticisinin adı", "name of its head"),
    _attribute("population", r"\bpopulation\b|\bnufus", r"\bnufus", "nüfus", "population"),
    _attribute("patents", r"\bpatent", r"\bpatent", "patent sayısı", "patents"),
    _attribute("money", r"\bhow much (money|funding|grant|support|did)\b|\bne kadar (destek|hibe|fon|para|kredi)"
               r"|\bkac (tl|usd|dolar|avro|euro)\b|\bmaximum (grant|support|amount|funding)\b|\bceiling|\bupper limit"
               r"|\bbudget\b|\bust (sinir|limit)|\btavan|\bbutce", _FIGURE.pattern, "tutar", "amount of money"),
)


# The clusters as a whole, and a figure over them: the report gives those only in section 4 (the survey and
# the map), the executive summary and EK 2, so a total the question asks for must be found there.
COLLECTION = re.compile(r"\b(kumeler\w*|kumelerin|clusters|envanter\w*|inventory|haritadaki|mapped)\b")
AGGREGATE = re.compile(r"\b(toplam\w*|total|ortalama\w*|average|combined|kac|how many|yuzde\w*|percent\w*|share)\b")
COLLECTION_SECTIONS = ("4", "EK2", "yonetici-ozeti")
