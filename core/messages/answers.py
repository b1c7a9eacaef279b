"""The sentences of answers, each a tr/en pair: frames, refusal reasons, computed and inventory answers.

They follow the question's language. Part of the one catalogue (`core.messages`), which looks them up.
"""
from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    # frames
    "refusal": {"tr": "Rapor bu soruyu yanıtlamıyor ({reason}). İlginizi çekebilecek en yakın bölümler:",
                "en": "The report does not answer this question ({reason}). The nearest sections you may want:"},
    "refusal_bare": {"tr": "Rapor bu soruyu yanıtlamıyor ({reason}).",
                     "en": "The report does not answer this question ({reason})."},
    "support": {"tr": "Destekleyen bölümler:", "en": "Supporting passages:"},
    "passages": {"tr": "Raporun bu soruyla en ilgili bölümleri:",
                 "en": "The most relevant passages of the report (unofficial English rendering; "
                       "the Turkish original is in each source):"},
    "passages_tr_only": {"tr": "Raporun bu soruyla en ilgili bölümleri:",
                         "en": "The most relevant passages of the report (quoted in Turkish):"},
    "nothing": {"tr": "Raporda bu soruyu destekleyen bir bölüm bulunamadı.",
                "en": "The report has no passage that supports an answer to this question."},
    "page": {"tr": "s.", "en": "p."},  # also the page of a source in the interface
    "filtered": {"tr": "Bu yanıt seçili filtrelerle hesaplandı: {filters}.",
                 "en": "This answer was computed with the active filters: {filters}."},
    # refusal reasons (the {reason} of "refusal")
    "r_later_year": {"tr": "rapor {subject} yılı hakkında bilgi içermiyor", "en": "it has nothing on the year {subject}"},
    "r_actual_year": {"tr": "rapor {subject} yılında gerçekleşenleri içermiyor",
                      "en": "it has no figures for what actually happened in {subject}"},
    "r_present": {"tr": "rapor 2013'teki durumu anlatıyor, bugünü değil",
                  "en": "it describes the situation in 2013, not today"},
    "r_other_country": {"tr": "rapor başka ülkelerin programlarını anlatmıyor ({subject})",
                        "en": "it does not describe other countries' programmes ({subject})"},
    "r_off_topic": {"tr": "soru raporun konusu dışında", "en": "the question is outside its subject"},
    "r_general_knowledge": {"tr": "bu bir genel kültür sorusu; raporun konusu kümeler ve kümelenme politikası",
                            "en": "this is a general-knowledge question; the report is about clusters and "
                                  "cluster policy"},
    "r_unknown_name": {"tr": "raporda «{subject}» geçmiyor", "en": "it never mentions «{subject}»"},
    "r_fact_absent": {"tr": "rapor «{subject}» için {detail} bilgisi vermiyor",
                      "en": "it gives no {detail} for «{subject}»"},
    "r_no_such_code": {"tr": "eylem planında {subject} kodlu bir bölüm yok",
                       "en": "the action plan has no part with the code {subject}"},
    "r_no_such_line": {"tr": "URGE'nin raporda anlatılan destek kalemleri arasında {subject} yok",
                       "en": "{subject} is not one of the URGE support lines the report describes"},
    "r_no_aggregate": {"tr": "rapor kümeler için bir {detail} toplamı vermiyor ve kayıtlarından hesaplanamıyor",
                       "en": "it gives no {detail} over the clusters, and none can be computed from its records"},
    "r_not_a_question": {"tr": "bu bir soru gibi görünmüyor; raporla ilgili bir soru yazın, örneğin "
                               "\"URGE eğitim desteğinin üst sınırı nedir?\"",
                         "en": "this does not look like a question; ask one about the report, e.g. "
                               "\"What is the ceiling of URGE training support?\""},
    "r_opinion": {"tr": "rapor görüş veya tahmin değil, 2013'teki durumu ve önerileri içeriyor",
                  "en": "it holds the 2013 situation and its recommendations, not opinions or forecasts"},
    "r_task": {"tr": "bu raporla ilgili bir soru değil, bir görev; Küme Asistanı yalnızca raporu yanıtlar",
               "en": "this is a task, not a question about the report; Küme Asistanı only answers from the report"},
    "r_personal": {"tr": "rapor kişisel kararlar için değil, kümeler ve kümelenme politikası için öneriler içeriyor",
                   "en": "its recommendations are for clusters and cluster policy, not for personal decisions"},
    "r_no_passage": {"tr": "hiçbir bölüm soruyu desteklemiyor", "en": "no passage supports an answer"},
    # inventory aggregates (assistant/structured/inventory_aggregate.py)
    "inv_total": {"tr": "Envanterde (EK 2) toplam {count} küme/potansiyel küme var [1]; aşamalara göre: {breakdown}.",
                  "en": "The inventory (EK 2) lists {count} clusters and potential clusters in total [1]; by stage: "
                        "{breakdown}."},
    "inv_share": {"tr": "{base_what} {part} tanesi {what}: {part} / {base} = {pct} [1] ({breakdown}).",
                  "en": "{part} of {base_what} are {what}: {part} / {base} = {pct} [1] ({breakdown})."},
    "inv_base_whole": {"tr": "Envanterdeki {n} küme/potansiyel kümenin", "en": "the {n} clusters of the inventory"},
    "inv_base_stages": {"tr": "{stages} aşamasındaki {n} kümenin", "en": "the {n} clusters at the {stages} stage"},
    "inv_share_all": {"tr": "bu ölçütlere uyuyor", "en": "in this group"},
    "inv_many": {"tr": "{subject} {count} küme/potansiyel küme var [1]; aşamalara göre: {stages}{sectors}. "
                       "Satırların tamamı tabloda.",
                 "en": "The inventory lists {count} clusters{subject} [1]; by stage: {stages}{sectors}. "
                       "Every row is in the table."},
    "inv_by_sector": {"tr": "; sektörlere göre: {sectors}", "en": "; by sector: {sectors}"},
    "inv_distinct_provinces": {"tr": "{where}{count} küme/potansiyel küme {n} farklı ilde{extra} [1]: {items}.",
                               "en": "The {count} clusters{where} are in {n} different provinces{extra} [1]: {items}."},
    "inv_distinct_sectors": {"tr": "{where}{count} küme/potansiyel küme {n} sektörde: {items}.",
                             "en": "The {count} clusters{where} are in {n} sectors: {items}."},
    "inv_national_extra": {"tr": " (ayrıca {n} ulusal (TR) kayıt)", "en": " (besides {n} national (TR) entries)"},
    "inv_name_words": {"tr": "adı {words} ile eşleşen", "en": "whose names match {words}"},
}


# Notices beside an answer: the optional language model (assistant/llm/answerer.py), the live index
TEXTS.update({
    "llm_timeout": {"tr": "dil modeli kullanılamıyor ({s} sn içinde yanıt vermedi)",
                    "en": "language model unavailable (timeout after {s} s)"},
    "llm_http_error": {"tr": "dil modeli kullanılamıyor (sunucu hatası: {detail})",
                       "en": "language model unavailable (server error: {detail})"},
    "llm_connection": {"tr": "dil modeli kullanılamıyor ({detail} adresine bağlanılamadı)",
                       "en": "language model unavailable (cannot connect to {detail})"},
    "llm_garbage": {"tr": "dil modeli kullanılamıyor (yanıtı okunamadı)",
                    "en": "language model unavailable (unreadable response)"},
    "llm_empty": {"tr": "dil modeli kullanılamıyor (boş yanıt)", "en": "language model unavailable (empty response)"},
    "llm_unavailable": {"tr": "dil modeli kullanılamıyor ({detail})", "en": "language model unavailable ({detail})"},
    "llm_unverified": {"tr": "dil modelinin yanıtı kullanılmadı (alıntılanan bölümlerce desteklenmiyor)",
                       "en": "language model answer discarded (not supported by the cited passages)"},
    "llm_declined": {"tr": "dil modeli getirilen bölümlerde bir yanıt bulamadı",
                     "en": "the language model found no answer in the retrieved passages"},
    "llm_fallback": {"tr": "; raporun ilgili bölümleri gösteriliyor", "en": "; showing the report's passages"},
    "llm_repaired": {"tr": "yanıttan alıntılanan bölümlerce desteklenmeyen cümleler çıkarıldı",
                     "en": "sentences not supported by the cited passages were removed from the answer"},
    "stale_index": {"tr": "önceki dizinden yanıtlandı; yeni dizin açılamadı: {reason}",
                    "en": "answered from the previous index; the new one could not be opened: {reason}"},
})
