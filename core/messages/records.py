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
    "brop_member": {"tr": "{p} BROP illerinden [{n}].", "en": "{p} is a BROP province [{n}]."},
    "brop_not_member": {"tr": "{p} BROP illerinden değil [{n}].", "en": "{p} is not a BROP province [{n}]."},
    "brop_list": {"tr": "BROP kapsamında {n} il var ({r} NUTS-2 bölgesi) [{c}]: {x}.",
                  "en": "The BROP area has {n} provinces ({r} NUTS-2 regions) [{c}]: {x}."},
    "brop_outside": {"tr": "(Rapor BROP'u adlandırır ama illerini listelemez; il listesi rapordan değil, "
                           "corpus/brop-provinces.tsv'den, resmî olmayan: {note}.)",
                     "en": "(The report names BROP but does not list its provinces; the list is outside "
                           "knowledge from corpus/brop-provinces.tsv, not the report's: {note}.)"},
}
