"""Phrasing cues of the structured answers (assistant/structured/): the plan's levels, figures, URGE
applicants, Tablo 1, the survey form.

Part of core.lexicon: import the names from `core.lexicon`, which re-exports every part.
"""
from __future__ import annotations

# ---- Structured answers (assistant/structured/plan.py): the action plan's levels as users name them ----
# Folded regular expressions. The plan's own name ("eylem planı") is removed before the levels are looked
# for, so "Eylem planında kaç eylem var?" counts actions and "Eylem planında kaç küme..." names no level.
PLAN_NAME_CUE = r"\b(eylem plan\w*|action plan\w*|the plan|strateji\w*|strategy)\b"
PLAN_LEVEL_CUES = (  # (level, cue): ORAn, ORAn.AAm, ORAn.AAm.Tk, ORAn.AAm.Tk.Ej
    ("area", r"\b(ortak rekabet alan\w*|(common )?competitive areas?|ora(lar\w*|nin|nun)?)\b"),
    ("subarea", r"\b(alt alan\w*|sub ?areas?|subareas?)\b"),
    ("measure", r"\b(tedbir\w*|measures?)\b"),
    ("action", r"\b(eylem\w*|actions?)\b"),
)
# Words that say a part is made of its parts ("hangi alt alanlardan oluşuyor", "what does ORA2 comprise"):
# no topic of their own. Folded stems.
PLAN_FRAME_STEMS = ("olus", "icer", "kapsa", "consist", "compris", "contain", "includ", "make", "made")
# Ordinal words before a level ("ilk alt alanındaki ilk tedbir", "the second measure"); -1 is the last.
PLAN_ORDINALS = {"ilk": 1, "birinci": 1, "first": 1, "ikinci": 2, "second": 2, "ucuncu": 3, "third": 3,
                 "dorduncu": 4, "fourth": 4, "besinci": 5, "fifth": 5, "son": -1, "sonuncu": -1, "last": -1}

# ---- Structured answers (assistant/structured/figures.py): counts computed from the survey's figures ----
# "yaklaşık kaç", "about how many": a count the report gives only as a share of a stated base.
APPROXIMATE_CUE = r"\b(yaklasik|asagi yukari|ortalama|tahmini|about|approximately|roughly|around|nearly)\b"
# A negated verb: the question counts the rest of a base ("kaçında entegre edilmemiş", "how many have not").
NEGATION_CUE = (r"\b\w{2,}(mem|mam)(is|istir|islar|isler|islerdir|islardir)\b|\b\w{2,}(meyen|mayan)\w*\b"
                r"|\b(not|never|yet to|without)\b|n t\b")
# Words that count in no figure's label: what every figure of the survey is about.
FIGURE_GENERIC_STEMS = ("kume", "clust", "potan", "firma", "firm", "compa", "sekto", "secto")

# ---- Structured answers (assistant/structured/urge_orgs.py): who may apply to URGE ----
# Folded regular expression: a question asking whether someone may apply or counts as an applicant.
APPLY_CUE = (r"\b(basvur\w*|apply|applies|applicant\w*|eligib\w*|yararlan\w*|sayil\w*|count as|counts as|"
             r"kimler|who can|who may|isbirligi kurulus\w*|cooperat\w* organi[sz]ation\w*)\b")
# Words of such a question that are about applying itself, not about who applies (folded, stems of 5):
# a firm applying alone or through an organisation ("can a single company apply on its own").
# Firms in general (company, şirket) are who the organisations serve, not one kind of organisation.
APPLY_FRAME_STEMS = ("basvu", "kimle", "apply", "appli", "eligi", "yarar", "sayil", "count", "isbir", "kurul", "organ",
                     "cooperatin", "cooperatio", "singl", "alone", "direc", "kendi", "basin", "dogru", "tek", "own",
                     "throu", "compa", "firm", "sirke")

# ---- Structured answers (assistant/structured/survey_table.py): Tablo 1's phrasing cues, moved here unchanged ----
# Folded regular expressions over `quantities.joined` text.
TABLE1_AGENCY_CUE = r"\b(ajans\w*|agenc\w*|bka\w*)\b"
TABLE1_RESPONSE_CUE = r"\b(cevap\w*|yanit\w*|respon\w*|answer\w*|repl(y|ies)|anket\w*|survey\w*|form\w*)\b"
TABLE1_SUM_CUE = r"\b(toplam\w*|topla\w*|total\w*|in all|altogether|sum\w*|overall|hep birlikte)\b"
# the named agencies taken together ("İZKA ve ANKARAKA birlikte", "GEKA and BEBKA together", "both")
TABLE1_MEAN_CUE = r"\b(ortalama\w*|average\w*|mean|on average|ajans basina|per agency)\b"
TABLE1_TOGETHER_CUE = r"\b(birlikte|beraber|ikisi\w*|together|combined|both)\b"
TABLE1_MORE_LESS_CUE = r"\b(more|fewer|less|fazla|az|fark\w*|difference)\b"
TABLE1_MOST_CUE = r"\b(en (cok|fazla)|the most|most responses|highest|largest)\b(?! \d)"
TABLE1_FEWEST_CUE = r"\b(en az|the fewest|fewest|the least|lowest|smallest)\b(?! \d)"
# (pattern with group "x", operator): "15 ya da daha fazla" ≥, "more than 20" >, "exactly 15" =, …
TABLE1_COMPARISONS = (
    (r"(?P<x>\d+) (ya da|veya|or) (daha )?(fazla|more|uzeri|above|over|higher)", ">="),
    (r"\b(en az|at least|minimum|no fewer than|no less than) (?P<x>\d+)", ">="),
    (r"(?P<x>\d+) (ya da|veya|or) (daha )?(az|fewer|less|alti|below)", "<="),
    (r"\b(en fazla|at most|no more than|maximum|up to) (?P<x>\d+)", "<="),
    (r"\b(more than|over|above|greater than|in excess of) (?P<x>\d+)", ">"),
    (r"(?P<x>\d+) (den|dan|ten|tan)? ?(daha )?(fazla|cok|uzeri|buyuk)", ">"),
    (r"\b(fewer than|less than|under|below) (?P<x>\d+)", "<"),
    (r"(?P<x>\d+) (den|dan|ten|tan)? ?(daha )?(az|dusuk|kucuk)", "<"),
    (r"\b(exactly|tam olarak|tam|precisely|just) (?P<x>\d+)", "=="),
    (r"\b(?P<x>\d+) (cevap\w*|yanit\w*|respon\w*|answer\w*|replies)", "=="),
)

# ---- Structured answers (assistant/structured/survey_form.py): the survey form's numbered questions ----
# Folded regular expressions: the form itself (not the survey's results), and "the 7th question".
SURVEY_FORM_CUE = r"\b(anket\w*|survey|questionnaire|form\w*)\b"
FORM_ITEM_CUE = r"\b(soru\w*|question\w*|secenek\w*|sik\w*|option\w*|choice\w*|madde\w*|item\w*|form\w*)\b"
FORM_NUMBER_CUE = r"\b(\d{1,2}) (soru\w*|madde\w*)|\b(question|item) (no )?(\d{1,2})\b|\b(\d{1,2})(st|nd|rd|th) question"

# ---- Structured answers (assistant/structured/case_studies.py): chapter 3's case studies by country ----
# The question is about the case studies; folded regular expression.
CASE_STUDY_CUE = (r"\b(vaka\w*|iyi uygulama\w*|ornek\w*|case stud\w*|case\w* studies|good practice\w*|"
                  r"best practice\w*|examples?)\b")
# Nationality words that name a country without its name (folded) → a COUNTRIES key; Turkish suffixed forms
# ("Kanada'daki", "Almanya'dan") are found by their country name's prefix.
NATIONALITY_WORDS = {
    "canadian": "ca", "kanadali": "ca", "german": "de", "alman": "de", "romanian": "ro", "rumen": "ro",
    "finnish": "fi", "fin": "fi", "australian": "au", "avustralyali": "au", "turkish": "tr", "turk": "tr",
    "turkiye": "tr", "turkey": "tr", "yerli": "tr", "domestic": "tr", "spanish": "es", "ispanyol": "es",
    "french": "fr", "fransiz": "fr", "italian": "it", "italyan": "it", "japanese": "jp", "japon": "jp",
    "american": "us", "amerikan": "us", "british": "gb", "ingiliz": "gb", "dutch": "nl", "hollandali": "nl",
}
# Words of a case-study identification question besides its cue and the country ("Which of the eight
# good-practice examples are from Turkey?"); any other topic word asks something of a case (folded stems).
CASE_FRAME_STEMS = ("vaka", "calisma", "uygulama", "ornek", "case", "stud", "good", "practice", "best", "example",
                    "eight", "sekiz", "ulke", "countr", "from", "kaynak", "ait")
# "hangi ülke", "which countries": the case studies listed by country.
WHICH_COUNTRY_CUE = r"\b(hangi ulke\w*|ulkeler\w*|which countr\w*|what countr\w*|countries)\b"

# ---- Structured answers (assistant/structured/acronyms.py): what an abbreviation of the report stands for ----
# A definition asked of one word ("BROP nedir?", "What does SDŞ stand for?"); folded regular expression.
DEFINITION_CUE = (r"\b(nedir|ne demek\w*|ne anlama gel\w*|acilim\w*|kisaltma\w*|what is|what s|whats|"
                  r"what does \S+ (stand for|mean)|stands? for|meaning of|what are)\b")
# Words between the capitalised words of a long form ("Bilişim ve İletişim Teknolojileri", "Communiqué on
# Supporting the Development of International Competitiveness").
LONG_FORM_CONNECTORS = frozenset({"ve", "ile", "and", "of", "on", "the", "for", "in", "-", "/"})

# ---- Structured answers (assistant/structured/brop.py): which provinces are BROP's ----
# The provinces themselves are asked for ("BROP illeri hangileri?", "how many provinces"), not clusters or
# firms in them ("in a BROP province", "BROP and non-BROP regions"); folded.
BROP_PROVINCES_CUE = (r"\b(hangi iller\w*|hangi il(ler)?\b|iller\w* (hangi\w*|neler\w*)|kac il\b|"
                      r"(which|what) (provinces|regions)|how many (provinces|regions)|list (of )?(the )?(brop )?provinces)\b")

# ---- Structured answers (assistant/structured/urge.py): words URGE's table explains, folded stems ----
# The verbs of covering a cost ("Does URGE cover salaries?", "URGE maaşları karşılıyor mu?") and the names of
# a line's figures ("what rate?", "tavanı", "kaç yıl").
URGE_COVER_STEMS = ("cover", "pay", "fund", "financ", "reimburs", "karsila", "oden", "oder", "destekl", "give",
                    "rate", "oran", "ceiling", "tavan", "limit", "amount", "tutar", "duration", "sure", "year", "yil")
