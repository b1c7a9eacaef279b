"""The one message catalogue: every Turkish/English text the product shows, each entry a tr/en pair.

Two sections share one table and one lookup: the sentences of answers
(frames, refusal reasons, computed and inventory answers; they follow the
question's language) and, further down, the interface texts of the page
(labels, status lines, the map and evaluation tabs; they follow the chosen
interface language). Keeping both sides of each text next to each other is
what keeps them saying the same thing, and one table is what keeps TR/EN
strings from being scattered across files. `say(key, lang, **values)`
formats one; an unknown key is a KeyError (a typo fails in tests, not in an
answer or a user's page), and an unknown language — a page state not set
yet — is Turkish, the report's language.
"""
from __future__ import annotations

LANGS = ("tr", "en")

MESSAGES: dict[str, dict[str, str]] = {
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


# Computed answers (assistant/structured/calculator.py, survey_table.py, criteria.py): the figures come from
# the cited records or the question; these are only the words around them.
MESSAGES.update({
    "calc_covers": {"tr": "URGE'nin karşıladığı tutar: {value}.", "en": "URGE covers {value}."},
    "calc_most": {"tr": "Alınabilecek en yüksek destek: {value}.", "en": "The most URGE pays: {value}."},
    "calc_sum": {"tr": "Toplam: {terms} = {value}.", "en": "In total: {terms} = {value}."},
    "calc_below": {"tr": "{basis} {ceiling} üst sınırının altında", "en": "below the {ceiling} ceiling {basis}"},
    "calc_above": {"tr": "{basis} {ceiling} üst sınırını aşıyor; üst sınır uygulanır",
                   "en": "above the {ceiling} ceiling {basis}, so the ceiling applies"},
    "calc_ceiling": {"tr": "{basis} üst sınır", "en": "the ceiling {basis}"},
    "calc_times": {"tr": "{k} {unit} × {ceiling} ({basis})", "en": "{k} {unit} × {ceiling} {basis}"},
    "calc_count_capped": {"tr": "Rapor bu destekte en fazla {allowed} {unit} öngörüyor; {asked} yerine {allowed} ile "
                                "hesaplandı [{n}].",
                          "en": "The report allows at most {allowed} {unit} for this line, so {allowed} were counted "
                                "instead of {asked} [{n}]."},
    "calc_employment": {"tr": "{experts} uzman × {salary} ({period}){months} × {years} yıl = {value}; destek her uzman "
                              "için emsal personelin brüt ücreti tutarı kadardır [{n}]",
                        "en": "{experts} experts × {salary} ({period}){months} × {years} years = {value}; the support "
                              "for each expert equals the gross salary of equivalent staff [{n}]"},
    "calc_months": {"tr": " × 12 ay", "en": " × 12 months"},
    "calc_employment_rule": {"tr": "Rapor istihdam desteği için USD cinsinden bir üst sınır vermiyor: en fazla "
                                   "{experts} uzman personel için, her biri için proje süresince ve toplamda {years} "
                                   "yılı aşmamak üzere, işbirliği kuruluşunun emsal personeli brüt ücreti tutarı kadar "
                                   "destek verilir [{n}]. Bir tutar hesaplamak için uzmanların aylık veya yıllık emsal "
                                   "brüt ücretini yazın.",
                             "en": "The report gives no USD ceiling for the employment support: for at most {experts} "
                                   "expert staff, each for the duration of the project and at most {years} years in "
                                   "total, the cooperating organisation receives support equal to the gross salary of "
                                   "its equivalent staff [{n}]. State the experts' monthly or yearly gross salary to "
                                   "compute an amount."},
    "calc_alt_reading": {"tr": "Not: raporun cümlesi {ceiling} tutarını giderlerin yıllık üst sınırı olarak da "
                               "okumaya izin veriyor; o okumada destek yılda en fazla {alt} olur.",
                         "en": "Note: the report's sentence can also be read as a yearly cap of {ceiling} on the "
                               "costs; read that way the support is at most {alt} a year."},
    "basis_project": {"tr": "proje başına", "en": "per project"},
    "basis_programme": {"tr": "program başına", "en": "per programme"},
    "basis_year": {"tr": "yıllık", "en": "per year"},
    "basis_expert": {"tr": "uzman başına", "en": "per expert"},
    "unit_programme": {"tr": "program", "en": "programmes"},
    "unit_expert": {"tr": "uzman", "en": "experts"},
    "unit_year": {"tr": "yıl", "en": "years"},
    "unit_project": {"tr": "proje", "en": "projects"},
    "period_month": {"tr": "aylık", "en": "a month"},
    "period_year": {"tr": "yıllık", "en": "a year"},
})

# Tablo 1 (assistant/structured/survey_table.py)
MESSAGES.update({
    "t1_sum": {"tr": "Tablo 1'deki {k} kalkınma ajansının gönderdiği cevapların toplamı {total}: {terms} = {total} {n}.",
               "en": "The {k} development agencies of Tablo 1 sent {total} responses in total: {terms} = {total} {n}."},
    "t1_sum_of": {"tr": "Bu ajansların cevaplarının toplamı: {terms} = {total}.",
                  "en": "Together they sent {terms} = {total} responses."},
    "t1_filter": {"tr": "Tablo 1'de cevap sayısı {cond} olan {k} kalkınma ajansı var {n}: {names}.",
                  "en": "{k} development agencies in Tablo 1 sent {cond} responses {n}: {names}."},
    "t1_more": {"tr": "{a} {x}, {b} {y} cevap gönderdi: {a} {d} cevap daha fazla gönderdi ({x} − {y} = {d}) {n}.",
                "en": "{a} sent {d} more responses than {b}: {x} − {y} = {d} {n}."},
    "t1_fewer": {"tr": "{a} {x}, {b} {y} cevap gönderdi: {a} {d} cevap daha az gönderdi ({y} − {x} = {d}) {n}.",
                 "en": "{a} sent {d} fewer responses than {b}: {y} − {x} = {d} {n}."},
    "t1_most": {"tr": "En çok cevabı {names} gönderdi: {x} cevap {n}.", "en": "{names} sent the most responses: {x} {n}."},
    "t1_fewest": {"tr": "En az cevabı {names} gönderdi: {x} cevap {n}.",
                  "en": "{names} sent the fewest responses: {x} {n}."},
    "t1_rows": {"tr": "Tablo 1'e göre: {pairs} {n}.", "en": "According to Tablo 1: {pairs} {n}."},
    "t1_pair": {"tr": "{a} {x} cevap", "en": "{a} sent {x} responses"},
    "t1_all": {"tr": "Ankete Tablo 1'deki {k} kalkınma ajansından toplam {total} cevap geldi {n}: {names}.",
               "en": "Tablo 1 lists {k} development agencies, which sent {total} survey responses in total {n}: "
                     "{names}."},
})

# Tablo 2 (assistant/structured/criteria.py)
MESSAGES.update({
    "crit_lead": {"tr": "Tablo 2'ye göre aşama kriterleri:",
                  "en": "The stage criteria of Tablo 2 (unofficial English rendering; the Turkish original is in "
                        "each source):"},
    "crit_match": {"tr": "Sorudaki özellikler Tablo 2'de {stage} kriterleri arasında:",
                   "en": "In Tablo 2 these are criteria of the {stage} (unofficial English rendering; the Turkish "
                         "original is in the source):"},
    "crit_stage": {"tr": "{label} aşaması", "en": "{en} stage ({label})"},
})

# the report's own sector shares beside an inventory count (assistant/structured/inventory_aggregate.py)
MESSAGES.update({
    "inv_report_share": {"tr": " Raporun kendi sektör dağılımında (4.2 A) {label} payı {printed}: {base} × {printed} ≈ "
                               "{approx} [{n}]; envanter satırlarının sektörleri adlarından türetildiği için sayılar "
                               "farklı olabilir.",
                         "en": " The report's own sector breakdown (4.2 A) gives {label} {printed}: {base} × {printed} ≈ "
                               "{approx} [{n}]; the rows' sectors are derived from their names, so the counts can "
                               "differ."},
})

# URGE answers (assistant/structured/urge.py): the lead sentences around the quoted figures
MESSAGES.update({
    "urge_overview": {"tr": "URGE (Tebliğ {d}) bu programları birbirine bağlı, bütünleşik bir destek mekanizmasında "
                            "birleştirir [{n}]:",
                      "en": "URGE (Tebliğ {d}) combines these programmes into one integrated support mechanism [{n}]:"},
    "urge_orgs": {"tr": "URGE kapsamında üyelerine projeler hazırlayarak hizmet verecek işbirliği kuruluşları "
                        "şunlardır [{n}]: {x}.",
                  "en": "Under URGE, the cooperating organisations (işbirliği kuruluşları) that prepare projects for "
                        "their members are [{n}]: {x}."},
    "urge_purpose": {"tr": "Raporda desteğin amacı şöyle tanımlanır [{n}]: «{x}»",
                     "en": "The report states the purpose of the support as follows (quoted in Turkish) [{n}]: «{x}»"},
    "urge_decree": {"tr": "Tebliğ’in numarası {d}’dir [{n}]; {x} tarihinde yürürlüğe girmiştir [{m}].",
                    "en": "The Tebliğ's number is {d} [{n}]; it entered into force on {x} [{m}]."},
})

# Code answers (assistant/structured/router.py): the labels of a section named by its code
MESSAGES.update({
    "code_path": {"tr": "Yeri", "en": "Location"},
    "code_actions": {"tr": "Bu tedbirin eylemleri", "en": "Actions of this measure"},
    "code_children": {"tr": "Alt başlıklar", "en": "Subsections"},
})

# Inventory lists (assistant/structured/inventory.py): leads, and the phrases that describe what was asked for
MESSAGES.update({
    "inv_top": {"tr": "Envanterde en çok kayıt {top} ilinde: {count} küme/potansiyel küme{span}:",
                "en": "The province with the most inventory entries is {top}: {count} clusters{span}:"},
    "inv_none": {"tr": "{subject} küme/potansiyel küme yok: envanterde bu ölçütlere uyan kayıt bulunmuyor.",
                 "en": "The inventory lists no clusters{subject}: no entry matches."},
    "inv_count": {"tr": "{subject} {count} küme/potansiyel küme var{span}:",
                  "en": "The inventory lists {count} clusters{subject}{span}:"},
    "inv_count_one": {"tr": "{subject} {count} küme/potansiyel küme var{span}:",
                      "en": "The inventory lists {count} cluster{subject}{span}:"},
    "inv_at_national": {"tr": "ulusal (TR) düzeyde", "en": "at national level (TR)"},
    "inv_in_province": {"tr": "{p} ilinde", "en": "in {p}"},
    "inv_and": {"tr": " ve ", "en": " and "},
    "inv_at_stages": {"tr": "{stages} aşamasında", "en": "at the {stages} stage"},
    "inv_in_sectors": {"tr": "{sectors} sektöründe", "en": "in the {sectors} sector"},
    "inv_in_brop": {"tr": "BROP illerinde", "en": "in BROP provinces"},
    "inv_in_non_brop": {"tr": "BROP dışı illerde", "en": "in non-BROP provinces"},
    "inv_name_has": {"tr": "adında {names} geçen", "en": "with {names} in the name"},
    "inv_numbered": {"tr": "{number} numaralı", "en": "numbered {number}"},
    "sector_other": {"tr": "diğer", "en": "other sectors"},
    "cell_yes": {"tr": "evet", "en": "yes"},
    "cell_no": {"tr": "hayır", "en": "no"},
})

# Profile recommendations (assistant/structured/profile.py)
MESSAGES.update({
    "prof_tied": {"tr": "{who} bir küme için eylem planının bu profile bağladığı eylemler:",
                  "en": "For a cluster {who}, the action plan ties these actions to the profile:"},
    "prof_none": {"tr": "Eylem planı {who} bir kümeye özgü bir eylem adlandırmıyor; tüm kümeler için genel eylemler:",
                  "en": "The action plan names no action specific to a cluster {who}; general actions:"},
    "prof_general": {"tr": "Tüm kümeler için genel eylemler (önce küme yönetimi):",
                     "en": "General actions for every cluster (cluster management first):"},
    "prof_more": {"tr": "… ve {k} genel eylem daha (hepsi tabloda).",
                  "en": "… and {k} more general actions (all of them in the table)."},
    "prof_own_title": {"tr": "eylemin kendi başlığında", "en": "in the action's own title"},
    "prof_like_this": {"tr": "bu profilde", "en": "like this"},
    "prof_dim_stage": {"tr": "aşama", "en": "stage"},
    "prof_dim_brop": {"tr": "BROP", "en": "BROP"},
    "prof_dim_sector": {"tr": "sektör", "en": "sector"},
    "prof_dim_general": {"tr": "genel", "en": "general"},
    "prof_at_stage": {"tr": "{stages} aşamasında", "en": "at the {stages} stage"},
    "prof_in_sectors": {"tr": "{sectors} sektöründe", "en": "in the {sectors} sector"},
    "prof_in_province": {"tr": "{province} ilinde", "en": "in {province}"},
    "prof_brop": {"tr": "BROP bölgesinde", "en": "in the BROP region"},
    "prof_non_brop": {"tr": "BROP dışı bölgede", "en": "outside the BROP region"},
    "prof_both": {"tr": "BROP ve BROP dışı bölgeler arasında", "en": "between BROP and non-BROP regions"},
})

# Column headers of the answers' tables (DirectAnswer.columns; the page's table and CSV show them)
MESSAGES.update({
    "col_no": {"tr": "No", "en": "No"},
    "col_province": {"tr": "İl", "en": "Province"},
    "col_cluster": {"tr": "Küme", "en": "Cluster"},
    "col_stage": {"tr": "Aşama", "en": "Stage"},
    "col_sector": {"tr": "Sektör", "en": "Sector"},
    "col_brop": {"tr": "BROP", "en": "BROP"},
    "col_support": {"tr": "Destek", "en": "Support line"},
    "col_rate": {"tr": "Oran", "en": "Rate"},
    "col_ceiling": {"tr": "Üst sınır", "en": "Ceiling"},
    "col_count": {"tr": "Adet", "en": "Count"},
    "col_duration": {"tr": "Süre", "en": "Duration"},
    "col_basis": {"tr": "Bazında", "en": "Basis"},
    "col_amount": {"tr": "Tutar", "en": "Amount"},
    "col_criterion": {"tr": "Kriter", "en": "Criterion"},
    "col_code": {"tr": "Kod", "en": "Code"},
    "col_action": {"tr": "Eylem", "en": "Action"},
    "col_why": {"tr": "Neden", "en": "Why"},
    "col_agency": {"tr": "Kalkınma ajansı", "en": "Agency"},
    "col_responses": {"tr": "Cevap sayısı", "en": "Responses"},
})

# Notices beside an answer: the optional language model (assistant/llm/answerer.py), the live index
MESSAGES.update({
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

# ---------------------------------------------------------------------------------------------------------
# Interface texts (ui/): labels and status lines of the page and the CLI. They follow the interface
# language the user picked, not the question's.
# ---------------------------------------------------------------------------------------------------------
MESSAGES.update({
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
    "turn_failed": {"tr": "Bu soru yanıtlanamadı; yeniden deneyin.", "en": "This question was not answered; try again."},
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
    # filter choices (ui.i18n.KINDS / STAGES hold the store's values, these their labels; stage_* are above)
    "kind_urge": {"tr": "URGE (Tebliğ 2010/8)", "en": "URGE (Communiqué 2010/8)"},
    "kind_action_plan": {"tr": "ORA eylem planı", "en": "ORA action plan"},
    "kind_case_study": {"tr": "İyi uygulama örnekleri", "en": "Case studies"},
    "kind_inventory": {"tr": "Küme envanteri (EK 2)", "en": "Cluster inventory (Annex 2)"},
    "kind_survey": {"tr": "Mevcut durum analizi ve anket", "en": "Analysis and survey"},
    "kind_report": {"tr": "Raporun geri kalanı", "en": "Rest of the report"},
    "national": {"tr": "Ulusal (TR)", "en": "National (TR)"},
})

MESSAGES.update({  # the evaluation tab's one-line explanation of each metric (ui/eval_tab.py)
    "metric_n": {"tr": "soru sayısı", "en": "number of questions"},
    "metric_hit1": {"tr": "ilk sıradaki kaynak beklenen bölümlerden biri mi (soruların payı)",
                    "en": "share of questions whose first-ranked passage is a gold section"},
    "metric_hit5": {"tr": "beklenen bir bölüm ilk 5 kaynak arasında mı",
                    "en": "share with a gold section among the top 5 passages"},
    "metric_mrr10": {"tr": "ilk doğru bölümün sırasının tersi, ilk 10 içinde (1 = hep ilk sırada)",
                     "en": "mean reciprocal rank of the first gold section in the top 10 (1 = always first)"},
    "metric_cite_p": {"tr": "atıf kesinliği: yanıttaki atıfların beklenen bölümlere düşen payı",
                      "en": "citation precision: share of the answer's citations that are gold sections"},
    "metric_cite_r": {"tr": "atıf duyarlılığı: beklenen bölümlerin yanıtta atıf alan payı",
                      "en": "citation recall: share of the gold sections the answer cites"},
    "metric_facts": {"tr": "beklenen bilgilerin (sayılar, adlar) yanıtta geçtiği soruların payı",
                     "en": "share of questions whose expected facts (figures, names) appear in the answer"},
    "metric_refusal_p": {"tr": "reddedilen soruların gerçekten reddedilmesi gerekenlerin payı",
                         "en": "refusal precision: share of refused questions that should have been refused"},
    "metric_refusal_r": {"tr": "reddedilmesi gereken soruların reddedilen payı",
                         "en": "refusal recall: share of must-refuse questions that were refused"},
    "metric_p50_ms": {"tr": "yanıt süresinin ortancası (milisaniye)", "en": "median answer time (milliseconds)"},
    "metric_p95_ms": {"tr": "soruların %95'inin yanıtlandığı süre",
                      "en": "time within which 95 % of the questions were answered"},
})


def say(key: str, lang: str | None, **values: object) -> str:
    """The text `key` in `lang` ("tr" or "en"; anything else is Turkish), formatted with `values`."""
    return MESSAGES[key][lang if lang in LANGS else "tr"].format(**values)
