"""Interface texts in Turkish and English (labels only: answers follow the question's language).

`t(lang, key, **values)` looks a text up; an unknown language falls back to
Turkish, an unknown key raises KeyError so a typo fails in tests, not in a
user's page.
"""
from __future__ import annotations

LANGS = ("tr", "en")
LANG_CHOICES = [("Türkçe", "tr"), ("English", "en")]

TEXT: dict[str, dict[str, str]] = {
    "title": {"tr": "## Küme Asistanı\n"
                    "Kümeler İçin Ortak Rekabet Alanları Stratejisi Raporu üzerine kaynaklı yanıtlar.",
              "en": "## Cluster Assistant\n"
                    "Cited answers from the Turkish Ministry of Economy's cluster strategy report."},
    "ui_lang": {"tr": "Arayüz dili", "en": "Interface language"},
    "tab_chat": {"tr": "Sohbet", "en": "Chat"},
    "tab_eval": {"tr": "Değerlendirme", "en": "Evaluation"},
    "chat": {"tr": "Sohbet", "en": "Conversation"},
    "placeholder": {"tr": "**Rapora bir soru sorun** (Türkçe ya da İngilizce). Örnekler:",
                    "en": "**Ask the report a question** (Turkish or English). Examples:"},
    "question": {"tr": "Sorunuz", "en": "Your question"},
    "question_ph": {"tr": "ör. URGE eğitim desteğinin üst sınırı nedir?",
                    "en": "e.g. What is the ceiling of URGE training support?"},
    "ask": {"tr": "Sor", "en": "Ask"},
    "clear": {"tr": "Sohbeti temizle", "en": "Clear conversation"},
    "filters": {"tr": "Filtreler (isteğe bağlı)", "en": "Filters (optional)"},
    "f_kind": {"tr": "Rapor bölümü", "en": "Document part"},
    "f_stage": {"tr": "Küme aşaması", "en": "Cluster stage"},
    "f_province": {"tr": "İl", "en": "Province"},
    "any": {"tr": "Hepsi", "en": "Any"},
    "sources": {"tr": "Kaynaklar", "en": "Sources"},
    "cite_pick": {"tr": "Bir kaynak seçin", "en": "Choose a source"},
    "passage_empty": {"tr": "_Bir yanıtın kaynaklarından birini seçin; alıntılanan bölüm burada görünür._",
                      "en": "_Choose one of an answer's sources to see the cited passage here._"},
    "page": {"tr": "s.", "en": "p."},
    "source_file": {"tr": "dosya", "en": "file"},
    "table": {"tr": "Tablo", "en": "Table"},
    "table_inventory": {"tr": "Envanter tablosu (EK 2)", "en": "Inventory table (Annex 2)"},
    "table_urge": {"tr": "URGE destekleri", "en": "URGE support lines"},
    "table_profile": {"tr": "Önerilen eylemler", "en": "Recommended actions"},
    "csv": {"tr": "CSV indir", "en": "Download CSV"},
    "copy": {"tr": "Yanıtı kopyala (kaynaklarıyla)", "en": "Copy the answer (with its sources)"},
    "rows": {"tr": "{n} satır", "en": "{n} rows"},
    "building": {"tr": "Bilgi deposu hazırlanıyor", "en": "Building the knowledge store"},
    "building_wait": {"tr": "Bilgi deposu hâlâ hazırlanıyor; birazdan tekrar deneyin.",
                      "en": "The knowledge store is still being built; try again in a moment."},
    "ready": {"tr": "Hazır: {chunks} parça dizinde.", "en": "Ready: {chunks} chunks indexed."},
    "ready_short": {"tr": "Hazır.", "en": "Ready."},
    "build_failed": {"tr": "Bilgi deposu kurulamadı: {error}",
                     "en": "The knowledge store could not be built: {error}"},
    "error": {"tr": "Bir hata oluştu: {error}", "en": "Something went wrong: {error}"},
    "notice": {"tr": "Not", "en": "Note"},
    "eval_intro": {"tr": "Bir soru kümesi (JSONL, `evals/README.md` biçimi, en çok 2 MB) yükleyin ya da paketle "
                         "gelen bir kümeyi seçin; asistan her soruyu yanıtlar ve ölçütler hesaplanır.",
                   "en": "Upload a question set (JSONL in the `evals/README.md` format, at most 2 MB) or pick a "
                         "bundled one; the assistant answers every question and the metrics are computed."},
    "eval_file": {"tr": "Soru kümesi yükle (.jsonl)", "en": "Upload a question set (.jsonl)"},
    "eval_bundled": {"tr": "ya da paketle gelen küme", "en": "or a bundled set"},
    "eval_limit": {"tr": "En çok soru (0 = hepsi)", "en": "At most N questions (0 = all)"},
    "eval_k": {"tr": "Kaynak sayısı (k)", "en": "Passages per answer (k)"},
    "eval_run": {"tr": "Değerlendir", "en": "Run evaluation"},
    "eval_progress": {"tr": "Sorular yanıtlanıyor", "en": "Answering questions"},
    "eval_overall": {"tr": "Genel", "en": "Overall"},
    "eval_by_lang": {"tr": "Dile göre", "en": "Per language"},
    "eval_by_cat": {"tr": "Kategoriye göre", "en": "Per category"},
    "eval_failed": {"tr": "Başarısız sorular", "en": "Failed questions"},
    "eval_report": {"tr": "Raporu indir (Markdown)", "en": "Download the report (Markdown)"},
    "eval_summary": {"tr": "**{name}**: {n} soru, {failed} başarısız, {seconds:.1f} sn.",
                     "en": "**{name}**: {n} questions, {failed} failed, {seconds:.1f} s."},
    "eval_skipped": {"tr": "{n} satır atlandı (ilki: {first}).", "en": "{n} line(s) skipped (first: {first})."},
    "eval_no_set": {"tr": "Önce bir soru kümesi yükleyin ya da seçin.",
                    "en": "Upload or pick a question set first."},
    "eval_bad_type": {"tr": "Yalnızca .jsonl dosyaları kabul edilir.", "en": "Only .jsonl files are accepted."},
    "eval_too_big": {"tr": "Dosya {max} MB sınırını aşıyor.", "en": "The file is larger than {max} MB."},
    "eval_too_many": {"tr": "Kümede {n} soru var; en çok {max} soru çalıştırılabilir (bir sınır girin).",
                      "en": "The set has {n} questions; at most {max} can be run (set a limit)."},
    "eval_empty": {"tr": "Kümede geçerli soru yok.", "en": "The set has no valid question."},
    "metric": {"tr": "ölçüt", "en": "metric"},
    "value": {"tr": "değer", "en": "value"},
    "group": {"tr": "grup", "en": "group"},
    "c_id": {"tr": "kimlik", "en": "id"},
    "c_category": {"tr": "kategori", "en": "category"},
    "c_lang": {"tr": "dil", "en": "lang"},
    "c_question": {"tr": "soru", "en": "question"},
    "c_reasons": {"tr": "neden", "en": "reasons"},
    "c_expected": {"tr": "beklenen bölümler", "en": "expected sections"},
    "c_returned": {"tr": "dönen bölümler", "en": "returned sections"},
    "c_missing": {"tr": "eksik bilgiler", "en": "missing facts"},
    "c_answer": {"tr": "yanıt (özet)", "en": "answer (excerpt)"},
}

# Filter choices: (value for Filters, label per language). Values are the store's metadata.
KINDS = (
    ("urge", {"tr": "URGE (Tebliğ 2010/8)", "en": "URGE (Communiqué 2010/8)"}),
    ("action_plan", {"tr": "ORA eylem planı", "en": "ORA action plan"}),
    ("case_study", {"tr": "İyi uygulama örnekleri", "en": "Case studies"}),
    ("inventory", {"tr": "Küme envanteri (EK 2)", "en": "Cluster inventory (Annex 2)"}),
    ("survey", {"tr": "Mevcut durum analizi ve anket", "en": "Analysis and survey"}),
    ("report", {"tr": "Raporun geri kalanı", "en": "Rest of the report"}),
)
STAGES = (
    ("fikir", {"tr": "Fikir", "en": "Idea"}),
    ("baslangic", {"tr": "Başlangıç", "en": "Start"}),
    ("gelisen", {"tr": "Gelişen", "en": "Developing"}),
    ("olgun", {"tr": "Olgun", "en": "Mature"}),
)
NATIONAL = {"tr": "Ulusal (TR)", "en": "National (TR)"}

EXAMPLES = (
    "URGE kapsamında eğitim ve danışmanlık desteğinin oranı ve üst sınırı nedir?",
    "What actions apply to a start-stage textile cluster?",
    "Gaziantep'teki kümeler hangileri?",
    "Which clusters are in Ankara?",
    "NanoBioNet kümesi ne yaptı?",
    "What did the Toronto food and beverage cluster do?",
)


def norm_lang(lang: str | None) -> str:
    return lang if lang in LANGS else "tr"


def t(lang: str | None, key: str, **values) -> str:
    text = TEXT[key][norm_lang(lang)]
    return text.format(**values) if values else text


def choices(table, lang: str | None, any_first: bool = True) -> list[tuple[str, str]]:
    """Dropdown choices [(label, value)] with "any" (value "") first."""
    lang = norm_lang(lang)
    head = [(t(lang, "any"), "")] if any_first else []
    return head + [(labels[lang], value) for value, labels in table]


def province_choices(provinces, lang: str | None) -> list[tuple[str, str]]:
    lang = norm_lang(lang)
    return [(t(lang, "any"), "")] + [(NATIONAL[lang] if p == "TR" else p, p) for p in provinces]
