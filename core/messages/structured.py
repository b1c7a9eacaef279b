"""The sentences of structured answers (assistant/structured/): the words around figures, rows and codes the
answer quotes from the report's records — tr/en pairs, joined into the one catalogue by core.messages."""
from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {}

# Computed answers (assistant/structured/calculator.py, survey_table.py, criteria.py): the figures come from
# the cited records or the question; these are only the words around them.
TEXTS.update({
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
    "calc_alt_reading_total": {"tr": "Not: raporun cümlesi {ceiling} tutarını giderlerin yıllık üst sınırı olarak da "
                                     "okumaya izin veriyor; o okumada destek {k} yılda toplam en fazla {alt} olur.",
                               "en": "Note: the report's sentence can also be read as a yearly cap of {ceiling} on "
                                     "the costs; read that way the support is at most {alt} over {k} years."},
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
TEXTS.update({
    "t1_sum": {"tr": "Tablo 1'deki {k} kalkınma ajansının gönderdiği cevapların toplamı {total}: {terms} = {total} {n}.",
               "en": "The {k} development agencies of Tablo 1 sent {total} responses in total: {terms} = {total} {n}."},
    "t1_mean": {"tr": "Tablo 1'deki {k} kalkınma ajansı ortalama {mean} cevap gönderdi: {total} / {k} ≈ {mean} {n}.",
                "en": "The {k} development agencies of Tablo 1 sent {mean} responses on average: {total} / {k} ≈ "
                      "{mean} {n}."},
    "t1_sum_named": {"tr": "{names} birlikte {total} cevap gönderdi: {terms} = {total} {n}.",
                     "en": "Together {names} sent {total} responses: {terms} = {total} {n}."},
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
    "t1_by_place": {"tr": "(Tablo 1 ajansları yalnızca kısaltmayla verir; il veya ad → ajans eşlemesi rapordan değil, "
                          "kalkınma ajanslarının kuruluş kararlarından, resmî olmayan: {pairs}.)",
                    "en": "(Tablo 1 gives the agencies by acronym only; the province or name → agency mapping is "
                          "outside knowledge from the agencies' founding decisions, not the report's: {pairs}.)"},
    "t1_pair": {"tr": "{a} {x} cevap", "en": "{a} sent {x} responses"},
    "t1_all": {"tr": "Ankete Tablo 1'deki {k} kalkınma ajansından toplam {total} cevap geldi {n}: {names}.",
               "en": "Tablo 1 lists {k} development agencies, which sent {total} survey responses in total {n}: "
                     "{names}."},
})

# Tablo 2 (assistant/structured/criteria.py)
TEXTS.update({
    "crit_lead": {"tr": "Tablo 2'ye göre aşama kriterleri:",
                  "en": "The stage criteria of Tablo 2 (unofficial English rendering; the Turkish original is in "
                        "each source):"},
    "crit_match": {"tr": "Sorudaki özellikler Tablo 2'de {stage} kriterleri arasında:",
                   "en": "In Tablo 2 these are criteria of the {stage} (unofficial English rendering; the Turkish "
                         "original is in the source):"},
    "crit_stage": {"tr": "{label} aşaması", "en": "{en} stage ({label})"},
})

# the report's own sector shares beside an inventory count (assistant/structured/inventory_aggregate.py)
TEXTS.update({
    "inv_report_count_first": {"tr": "Raporun özeti {count} sayısını veriyor [{n}].",
                               "en": "The report's summary gives {count} [{n}]."},
    "inv_report_count": {"tr": " Raporun özeti de aynı sayıyı veriyor [{n}].",
                         "en": " The report's summary gives the same number [{n}]."},
    "inv_report_share": {"tr": " Raporun kendi sektör dağılımında (4.2 A) {label} payı {printed}: {base} × {printed} ≈ "
                               "{approx} [{n}]; envanter satırlarının sektörleri adlarından türetildiği için sayılar "
                               "farklı olabilir.",
                         "en": " The report's own sector breakdown (4.2 A) gives {label} {printed}: {base} × {printed} ≈ "
                               "{approx} [{n}]; the rows' sectors are derived from their names, so the counts can "
                               "differ."},
})

# URGE answers (assistant/structured/urge.py): the lead sentences around the quoted figures
TEXTS.update({
    "urge_overview": {"tr": "URGE (Tebliğ {d}) bu programları birbirine bağlı, bütünleşik bir destek mekanizmasında "
                            "birleştirir [{n}]:",
                      "en": "URGE (Tebliğ {d}) combines these programmes into one integrated support mechanism [{n}]:"},
    "urge_org_listed": {"tr": "«{item}» URGE'nin işbirliği kuruluşları arasında sayılıyor [{n}].",
                        "en": "«{item}» are among URGE's cooperating organisations [{n}]."},
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
TEXTS.update({
    "code_path": {"tr": "Yeri", "en": "Location"},
    "code_actions": {"tr": "Bu tedbirin eylemleri", "en": "Actions of this measure"},
    "code_children": {"tr": "Alt başlıklar", "en": "Subsections"},
})

# Action plan counts and lists (assistant/structured/plan.py): the plan's tree of codes counted or listed
TEXTS.update({
    "plan_where_all": {"tr": "Eylem planında", "en": "The action plan"},
    "plan_where": {"tr": "{code} {title} altında", "en": "{code} {title}"},
    "plan_count": {"tr": "{where} toplam {n} {unit} var: {parts}.", "en": "{where} has {n} {unit} in all: {parts}."},
    "plan_sum": {"tr": "{terms} = {n}", "en": "{terms} = {n}"},
    "plan_list": {"tr": "{where} {n} {unit} var:", "en": "{where} has {n} {unit}:"},
    "plan_unit_area": {"tr": "ortak rekabet alanı", "en": "common competitive areas"},
    "plan_unit_subarea": {"tr": "alt alan", "en": "sub-areas"},
    "plan_unit_measure": {"tr": "tedbir", "en": "measures"},
    "plan_unit_action": {"tr": "eylem", "en": "actions"},
})

# The survey form's items (assistant/structured/survey_form.py)
TEXTS.update({
    "form_item": {"tr": "EK 1 anket formunun {k}. sorusu «{title}» [{n}]:",
                  "en": "Question {k} of the EK 1 survey form, «{title}» [{n}]:"},
})

# Counts computed from the survey's figures (assistant/structured/figures.py)
TEXTS.update({
    "fig_share_count": {"tr": "Rapor bunu oran olarak veriyor: {base} kümenin {pct} kadarı [{n}]. "
                              "{base} × {pct} = {exact}, yani yaklaşık {rounded} küme.",
                        "en": "The report gives this as a share: {pct} of the {base} clusters [{n}]. "
                              "{base} × {pct} = {exact}, i.e. about {rounded} clusters."},
    "fig_rest_count": {"tr": "Raporda {base} kümeden {x} tanesi bunu yapmış [{n}]; geri kalanı {base} − {x} = {d} küme.",
                       "en": "The report says {x} of the {base} clusters did [{n}]; the rest is {base} − {x} = {d} clusters."},
})

# Inventory lists (assistant/structured/inventory.py): leads, and the phrases that describe what was asked for
TEXTS.update({
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
TEXTS.update({
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
TEXTS.update({
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

# Record tables of the report (assistant/structured/case_studies.py, brop.py)
TEXTS.update({
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
})
