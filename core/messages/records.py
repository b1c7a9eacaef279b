"""Answer sentences built from the report's own small record tables (chapter 3's case studies): tr/en pairs,
joined into the one catalogue by core.messages."""
from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "cases_from": {"tr": "{c} kaynaklı iyi uygulama örneği ({n}): {x}.",
                   "en": "Case studies from {c} ({n}): {x}."},
    "cases_none_from": {"tr": "Raporun {total} iyi uygulama örneğinden hiçbiri {c} kaynaklı değil. Örnekler şu "
                              "ülkelerden: {x}.",
                        "en": "None of the report's {total} case studies is from {c}. They are from: {x}."},
    "cases_by_country": {"tr": "Raporun {total} iyi uygulama örneği ülkelerine göre: {x}.",
                         "en": "The report's {total} case studies by country: {x}."},
}
