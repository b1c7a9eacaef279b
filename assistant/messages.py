"""Every sentence the assistant says around its quotes, in Turkish and English, in one table.

Answers follow the question's language; keeping both sides of each message
next to each other is what keeps them saying the same thing. `say(key, lang,
**values)` formats one; a missing key or language is a KeyError at test time,
not a half-translated answer.
"""
from __future__ import annotations

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
    "page": {"tr": "s.", "en": "p."},
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
    "r_no_aggregate": {"tr": "rapor {subject} için bir toplam vermiyor ve kayıtlarından hesaplanamıyor",
                       "en": "it gives no total for {subject}, and none can be computed from its records"},
    "r_not_a_question": {"tr": "bu bir soru gibi görünmüyor; raporla ilgili bir soru yazın, örneğin "
                               "\"URGE eğitim desteğinin üst sınırı nedir?\"",
                         "en": "this does not look like a question; ask one about the report, e.g. "
                               "\"What is the ceiling of URGE training support?\""},
    "r_opinion": {"tr": "rapor görüş veya tahmin değil, 2013'teki durumu ve önerileri içeriyor",
                  "en": "it holds the 2013 situation and its recommendations, not opinions or forecasts"},
    "r_task": {"tr": "bu raporla ilgili bir soru değil, bir görev; Küme Asistanı yalnızca raporu yanıtlar",
               "en": "this is a task, not a question about the report; Küme Asistanı only answers from the report"},
    "r_no_passage": {"tr": "hiçbir bölüm soruyu desteklemiyor", "en": "no passage supports an answer"},
}


def say(key: str, lang: str, **values: object) -> str:
    """The message `key` in `lang` ("tr" or "en"), formatted with `values`."""
    return MESSAGES[key][lang].format(**values)
