"""The realistic-phrasing sets' gold tables, one `RealisticSpec` per set, read by test_realistic_sets.py.

Each set was written blind to the assistant's answers, from the report text, with a `split` fixed before it was
ever measured ("dev" to tune on, "check" to read only as a summary). What differs between sets is data, kept here:
the id range, the sets it must not copy, and the hand-checked truth behind every cited EK 2 row (SELECTIONS),
every computed count over EK 2 (COUNTS; BROP membership from corpus/brop-provinces.tsv, national TR rows outside
BROP) and every other computed figure (DERIVATIONS: arithmetic over numbers printed in the cited sections and in
the question; T = Tablo 1, S = parsed section ids; URGE ceilings cap the reimbursed amount).
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class RealisticSpec:
    """One set's shape: answerable counts per language, refusals, and its gold tables."""

    name: str
    first_number: int
    other_sets: tuple[str, ...]
    selections: dict[str, dict]
    counts: dict[str, dict]
    derivations: dict[str, str]
    min_refusal_kinds: int = 0
    answerable_per_lang: int = 45
    refusals: int = 10
    per_split_per_lang: int = 25
    splits: tuple[str, ...] = field(default=("dev", "check"))


BASE_SETS = ("dev", "test", "realistic-dev", "realistic-test", "refusal-dev", "refusal-test",
             "probe-refusal", "probe2-refusal", "probe3-refusal")

REALISTIC2 = RealisticSpec(
    name="realistic2",
    first_number=501,
    other_sets=BASE_SETS,
    min_refusal_kinds=0,
    selections={
        "inventory-501-tr": {"rows": [259]},
        "inventory-502-tr": {"name_any": ["Termal"]},  # includes 36 Ankara Kızılcahamam JeoTermal
        "inventory-503-tr": {"province": "Van"},
        "inventory-504-tr": {"name_any": ["Kimya"]},  # Kimya, Kimyasal, Kimyasalları
        "inventory-506-tr": {"province": "Sakarya", "stage": ["Başlangıç", "Gelişme", "Olgunluk"]},
        "inventory-507-tr": {"province": "Manisa", "name_any": ["Elektronik"]},
        "inventory-508-en": {"name_any": ["Kayısı"]},
        "inventory-509-en": {"province": "Muğla"},
        "inventory-510-en": {"name_any": ["Ayakkabı"]},
        "inventory-511-en": {"province": "Adana"},
        "inventory-513-en": {"rows": [347]},
        "inventory-514-en": {"name_any": ["Organik"]},
        "followup-502-tr": {"province": "Mardin", "name_any": ["Lojistik"]},
        "followup-506-en": {"province": "Erzincan", "name_any": ["Maden"]},
    },
    counts={
        "inventory-505-tr": {"brop": True, "stage": "Fikir"},
        "inventory-512-en": {"brop": False},
    },
    derivations={
        "urge-502-tr": "min(0.75 * 320000, 400000)",
        "urge-503-tr": "min(0.75 * 700000, 400000)",
        "urge-504-tr": "5 * min(0.75 * 200000, 150000)",
        "urge-507-tr": "2 * min(0.70 * 25000, 50000)",
        "urge-510-en": "min(0.75 * 90000, 400000)",
        "urge-511-en": "3 * min(0.75 * 150000, 150000)",
        "urge-512-en": "10 * min(0.75 * 120000, 100000)",
        "action-plan-516-en": r"len([s for s in S if re.fullmatch(r'ORA\d\.AA\d\.T\d', s)])",
        "stages-survey-503-tr": "T['İZKA'] + T['ANKARAKA']",
        "stages-survey-508-en": "sum(T.values()) / len(T)",
        "statistics-501-tr": "14 / 35 * 100",
        "statistics-505-tr": "35 - 27",
        "statistics-507-en": "0.20 * 35",
        "followup-501-tr": "min(0.75 * 110000, 150000)",
        "followup-507-en": "T['GEKA'] + T['BEBKA']",
    },
)

REALISTIC3 = RealisticSpec(
    name="realistic3",
    first_number=601,
    other_sets=BASE_SETS + ("realistic2",),
    min_refusal_kinds=8,
    selections={
        "inventory-601-tr": {"province": "Antalya"},
        "inventory-602-tr": {"name_any": ["Doğaltaş", "Doğal Taş"]},  # printed both ways
        "inventory-603-tr": {"name_any": ["Krom"]},
        "inventory-604-tr": {"province": "Osmaniye"},
        "inventory-605-tr": {"province": "Konya", "stage": ["Başlangıç", "Gelişme", "Olgunluk"]},  # past the idea stage
        "inventory-606-tr": {"rows": [168]},
        "inventory-608-en": {"rows": [44]},
        "inventory-609-en": {"name_any": ["Alabalık"]},
        "inventory-610-en": {"province": "Şanlıurfa"},  # asked as "Urfa"
        "inventory-611-en": {"name_any": ["Tarım Makina", "Tarım Makine", "Tarımsal Makine", "Tarım Alet"]},
        "inventory-613-en": {"rows": [244]},
        "inventory-614-en": {"name_any": ["Çeltik"]},
        "followup-603-tr": {"rows": [301]},
        "followup-607-en": {"rows": [337]},
    },
    counts={
        "inventory-607-tr": {"brop": True, "stage": "Başlangıç"},
        "inventory-612-en": {"brop": False, "stage": "Gelişme"},
    },
    derivations={
        "urge-601-tr": "min(0.75 * 480000, 400000)",
        "urge-602-tr": "5 * 150000",
        "urge-603-tr": "min(0.75 * 60000, 100000)",
        "urge-607-tr": "3 * min(0.70 * 45000, 50000)",
        "urge-609-en": "min(0.75 * 150000, 100000)",
        "urge-610-en": "min(0.75 * 200000, 400000)",
        "urge-613-en": "2 * min(0.75 * 250000, 150000) + min(0.75 * 80000, 100000)",
        "action-plan-608-tr": r"len([s for s in S if re.fullmatch(r'ORA4\.AA\d\.T\d\.E\d', s)])",
        "stages-survey-604-tr": "sum(1 for v in T.values() if v > 20)",
        "stages-survey-608-en": "max(T.values()) - min(T.values())",
        "stages-survey-610-en": "len(T)",
        "statistics-602-tr": "0.35 * 35",
        "statistics-605-tr": "0.13 * 356",
        "statistics-609-en": "18 / 35 * 100",
        "followup-601-tr": "min(0.75 * 90000, 100000)",
        "followup-606-en": "T['MARKA'] + T['İKA'] + T['BAKA']",
        "followup-608-en": "3 * min(0.70 * 35000, 50000)",
    },
)

REALISTIC4 = RealisticSpec(
    name="realistic4",
    first_number=701,
    other_sets=BASE_SETS + ("realistic2", "realistic3"),
    min_refusal_kinds=8,
    selections={
        "inventory-701-tr": {"province": "Isparta"},
        "inventory-702-tr": {"province": "Eskişehir", "stage": ["Başlangıç", "Gelişme", "Olgunluk"]},  # past the idea stage
        "inventory-703-tr": {"name_words": ["Arıcılık", "Arısı", "Bal"]},  # whole words: not Balıkçılık
        "inventory-704-tr": {"province": "Van", "name_any": ["Mermer"]},  # asked as "mermercilerin"
        "inventory-705-tr": {"name_any": ["Gemi"]},
        "inventory-707-tr": {"province": "İzmir", "stage": "Gelişme"},
        "inventory-708-en": {"name_any": ["Zeytinyağı"]},  # "olive oil"
        "inventory-709-en": {"name_words": ["Yat"]},  # "yacht"; whole word: not Yatağan
        "inventory-710-en": {"province": "Diyarbakır"},
        "inventory-711-en": {"province": "Ankara", "stage": ["Başlangıç", "Gelişme", "Olgunluk"]},  # past the idea stage
        "inventory-713-en": {"rows": [251]},  # "kitchenware"
        "inventory-714-en": {"province": "Samsun", "name_any": ["Medikal"]},
        "followup-702-tr": {"province": "Denizli", "name_any": ["Ayakkabı"]},
        "followup-706-en": {"province": "Bilecik", "name_any": ["Turizm"]},
    },
    counts={
        "inventory-706-tr": {"province": "İstanbul"},
        "inventory-712-en": {"province": "Gaziantep"},
    },
    derivations={
        "urge-701-tr": "min(0.75 * 260000, 400000)",
        "urge-702-tr": "5 * 150000 + 10 * 100000",
        "urge-705-tr": "3 * min(0.70 * 25000, 50000)",
        "urge-708-tr": "3 * min(0.75 * 180000, 150000)",
        "urge-709-en": "min(0.75 * 560000, 400000)",
        "urge-713-en": "2 * min(0.70 * 30000, 50000)",
        "action-plan-708-tr": r"len([s for s in S if re.fullmatch(r'ORA2\.AA\d\.T\d\.E\d', s)])",
        "action-plan-716-en": r"len([s for s in S if re.fullmatch(r'ORA1\.AA\d\.T\d\.E\d', s)])",
        "stages-survey-704-tr": "T['SERKA'] + T['KUZKA']",
        "stages-survey-709-en": "sum(1 for v in T.values() if v < 10)",
        "statistics-701-tr": "0.07 * 356",
        "statistics-704-tr": "18 - 14",
        "statistics-706-en": "27 / 35 * 100",
        "followup-701-tr": "min(0.75 * 220000, 150000)",
        "followup-705-en": "T['ANKARAKA'] - T['İZKA']",
        "followup-708-en": "min(0.70 * 48000, 50000)",
    },
)

SPECS: tuple[RealisticSpec, ...] = (REALISTIC2, REALISTIC3, REALISTIC4)
