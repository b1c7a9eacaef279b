"""Figures as an English reader writes them: "% 75" → "75%", "400.000 USD" → "400,000 USD",
"3 (üç) yıl" → "3 (three) years". The value never changes, only its spelling; Turkish answers keep the
report's own printing.
"""
from __future__ import annotations

import re

NUMBER_WORDS = {"bir": "one", "iki": "two", "üç": "three", "dört": "four", "beş": "five", "altı": "six",
                "yedi": "seven", "sekiz": "eight", "dokuz": "nine", "on": "ten"}
UNITS = {"yıl": "years", "yil": "years", "ay": "months", "adet": "", "uzman personel": "expert staff",
         "uzman": "experts", "program": "programmes", "proje bazında": "per project",
         "her bir program bazında": "per programme", "yıllık": "per year", "en fazla": "at most",
         "en az": "at least", "emsal personeli brüt ücreti": "gross salary of equivalent staff"}
_PERCENT = re.compile(r"%\s*(\d+(?:,\d+)?)")
_THOUSANDS = re.compile(r"\b\d{1,3}(?:\.\d{3})+\b")
_WORD = re.compile(r"(\d+)\s*\((" + "|".join(NUMBER_WORDS) + r")\)")


def english_figure(printed: str) -> str:
    text = _PERCENT.sub(lambda m: m.group(1).replace(",", ".") + "%", printed)
    text = _THOUSANDS.sub(lambda m: m.group(0).replace(".", ","), text)
    text = _WORD.sub(lambda m: f"{m.group(1)} ({NUMBER_WORDS[m.group(2)]})", text)
    for turkish, english in sorted(UNITS.items(), key=lambda kv: -len(kv[0])):
        text = re.sub(rf"(?<!\w){re.escape(turkish)}(?!\w)", english, text)
    return " ".join(text.split()).replace("’", "")
