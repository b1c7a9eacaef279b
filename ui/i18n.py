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
    # chat: citations, messages, filters, conversation
    "tab_map": {"tr": "Küme haritası", "en": "Cluster map"},
    "panel_for": {"tr": "{n}. soru:", "en": "Question {n}:"},
    "quote_not_found": {"tr": "Alıntı bölümün metninde bulunamadı; olduğu gibi gösteriliyor (vurgulanmadı).",
                        "en": "The quote could not be located in its section's text; shown as quoted (not highlighted)."},
    "quote_no_section": {"tr": "Bu kaynağın bölüm metni yok; alıntı olduğu gibi gösteriliyor.",
                         "en": "This source has no section text; the quote is shown as it is."},
    "unofficial_en": {"tr": "Resmî olmayan İngilizce çeviri:", "en": "Unofficial English rendering:"},
    "show_turkish": {"tr": "Türkçe aslı", "en": "Turkish original"},
    "show_english": {"tr": "İngilizce çeviri", "en": "English rendering"},
    "passage_empty_plain": {"tr": "Yanıttaki bir [n] kaynağına tıklayın; alıntı bölümün içinde burada görünür.",
                            "en": "Click a source [n] in an answer; the quote is shown here inside its section."},
    "cite_label": {"tr": "Kaynak {n}: {where}", "en": "Source {n}: {where}"},
    "list_items": {"tr": "{n} öğe", "en": "{n} items"},
    "table_beside": {"tr": "sıralanabilir tablo ve CSV kaynaklar panelinde", "en": "sortable table and CSV in the sources panel"},
    "copy_message": {"tr": "Yanıtı, tablosunu ve kaynaklarını kopyala", "en": "Copy the answer, its table and sources"},
    "copy_short": {"tr": "Kopyala", "en": "Copy"},
    "copied": {"tr": "Kopyalandı", "en": "Copied"},
    "new_chat": {"tr": "Yeni sohbet", "en": "New conversation"},
    "regenerate": {"tr": "↻ Yanıtı yeniden üret", "en": "↻ Regenerate answer"},
    "filtered_by": {"tr": "Bu yanıt şu filtrelerle hesaplandı: {filters}", "en": "Computed under these filters: {filters}"},
    "chip_remove": {"tr": "{label} filtresini kaldır", "en": "Remove the filter {label}"},
    "active_filters": {"tr": "Etkin filtreler:", "en": "Active filters:"},
    "feedback_thanks": {"tr": "Geri bildiriminiz kaydedildi.", "en": "Your feedback was saved."},
    # the map
    "map_intro": {"tr": "EK 2 envanterindeki 356 küme/potansiyel kümenin illere dağılımı (Bölüm 4.1'in haritaları: "
                        "Şekil 1, 5–12). Bir ilin üzerine gelin ya da tıklayın.",
                  "en": "The 356 clusters / potential clusters of the inventory (Annex 2) by province (the maps of "
                        "section 4.1: figures 1, 5–12). Hover over or click a province."},
    "map_preset": {"tr": "Raporun haritası", "en": "The report's map"},
    "map_sector": {"tr": "Sektör", "en": "Sector"},
    "map_brop": {"tr": "BROP", "en": "BROP"},
    "brop_yes": {"tr": "BROP illeri", "en": "BROP provinces"},
    "brop_no": {"tr": "BROP dışı", "en": "Outside BROP"},
    "figure": {"tr": "Şekil", "en": "Figure"},
    "preset_all": {"tr": "tüm kümeler", "en": "all clusters"},
    "preset_past_idea": {"tr": "başlangıç, gelişen ve olgun", "en": "start, developing and mature"},
    "preset_start": {"tr": "başlangıç aşaması", "en": "start stage"},
    "preset_developing": {"tr": "gelişen aşama", "en": "developing stage"},
    "preset_mature": {"tr": "olgun aşama", "en": "mature stage"},
    "preset_sector": {"tr": "{sector} sektörü", "en": "sector {sector}"},
    "n_clusters": {"tr": "{n} küme", "en": "{n} clusters"},
    "map_total": {"tr": "Haritada {n} küme.", "en": "{n} clusters on the map."},
    "map_national": {"tr": "Ayrıca {n} ulusal (TR) küme bir ile bağlı değil.",
                     "en": "Also {n} national (TR) clusters, tied to no province."},
    "map_province_rows": {"tr": "{province}: {n} küme (EK 2)", "en": "{province}: {n} clusters (Annex 2)"},
    "map_pick": {"tr": "Kümelerini listelemek için haritada bir ile tıklayın.",
                 "en": "Click a province on the map to list its clusters."},
    "map_of_answer": {"tr": "Yanıttaki {n} kümenin haritası", "en": "Map of the {n} clusters in the answer"},
    "legend": {"tr": "Küme sayısı", "en": "Number of clusters"},
    "chart_stages": {"tr": "Aşamalara göre ({n} küme)", "en": "By stage ({n} clusters)"},
    "chart_sectors": {"tr": "Sektörlere göre (adlardan türetilmiş; raporun 4.2 A'daki payları yanında)",
                      "en": "By sector (derived from the names; the report's shares of 4.2 A beside)"},
    "report_share": {"tr": "rapor: % {p}", "en": "report: {p} %"},
    "stage_fikir": {"tr": "Fikir", "en": "Idea"},
    "stage_baslangic": {"tr": "Başlangıç", "en": "Start"},
    "stage_gelisen": {"tr": "Gelişen", "en": "Developing"},
    "stage_olgun": {"tr": "Olgun", "en": "Mature"},
    "c_no": {"tr": "No", "en": "No"},
    "c_cluster": {"tr": "Küme", "en": "Cluster"},
    "c_sector": {"tr": "Sektör", "en": "Sector"},
    "c_brop": {"tr": "BROP", "en": "BROP"},
    "c_source": {"tr": "Kaynak", "en": "Source"},
    "yes": {"tr": "evet", "en": "yes"},
    "no": {"tr": "hayır", "en": "no"},
    # evaluation
    "eval_metrics": {"tr": "Ölçütler ne anlatır?", "en": "What the metrics mean"},
    "eval_none_failed": {"tr": "Başarısız soru yok.", "en": "No question failed."},
    "eval_skipped_all": {"tr": "{n} satır atlandı:", "en": "{n} line(s) skipped:"},
    "eval_skipped_more": {"tr": "… ve {n} satır daha", "en": "… and {n} more"},
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
