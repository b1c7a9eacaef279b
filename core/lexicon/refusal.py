"""The refusal stage's cues (assistant/refusal/): opinions, tasks, everyday topics, Turkish suffixes,
present and year cues, fact attributes, aggregates, name tokens.

Part of core.lexicon: import the names from `core.lexicon`, which re-exports every part.
"""
from __future__ import annotations

# Opinions and forecasts: the report states facts and recommendations of 2013; it has no view to ask for and
# no forecast past its own targets. Folded regular expressions.
OPINION_CUES = (r"\bsence\b", r"\bsizce\b", r"\bdo you think\b", r"\bin your (opinion|view)\b", r"\byour opinion\b",
                r"\bwould you say\b", r"\bdo you believe\b", r"\bne dersin\b", r"\bpredict\w*\b",
                r"\bonumuzdeki (\w+ ){0,2}yil", r"\bin the next (\w+ ){0,2}(years?|decade)\b", r"\bwill\b.*\b(grow|be)\b.*\bnext\b",
                # the assistant's own view asked for, in other words
                r"\b(senin|sizin) (gorus|fikir|fikri|kanaat)\w*", r"\bgorus(une|unuze) gore\b", r"\bbence\b",
                r"\bkatiliyor mus(un|unuz)\b", r"\byou personally\b", r"\byour (favou?rite|take|personal)\b",
                # a forecast: "in the future" with a Turkish future tense ("gelecekte ne kadar büyüyecek?")
                r"\b(gelecekte|ileride)\b.*\w(ecek|acak)( mi| mu)?\b",
                # the assistant's own view or taste ("ne düşünüyorsun?", "which do you like best?")
                r"\bne dusunuyor(sun|sunuz)\b", r"\bdo you (like|prefer)\b",
                # a forecast under a hypothesis: "what would happen if", "-se ne olur", "-seydi ... -irdi"
                r"\bwhat would happen\b", r"\w(se|sa) ne olur\b", r"\w(seydi|saydi)\b.*\w(irdi|urdu|erdi|ardi)\b",
                # a year ahead in the future tense ("What will exports be next year?" is the cue above;
                # "gelecek yıl ... olacak?")
                r"\b(gelecek|onumuzdeki) (yil|sene)\w*\b.*\w(ecek|acak)\b",
                # an estimate of what something would cost or need: the report budgets nothing of the asker's
                # ("How big a budget would a cluster fund need?", "kurmak kaç TL'ye mal olur?"); a stated cost
                # with URGE's share asked is computed ("how much would URGE reimburse?") and matches none of these
                r"\bhow (big|large) a budget\b", r"\bwhat (budget|amount of money)\b.*\b(would|will)\b.*\b(need|require)",
                r"\bhow much would it cost\b", r"\bcost to (build|set up|open|establish|run|start)\b",
                r"\bhow much should\b.*\b(spend|invest|allocate)\b", r"\bmal olur\b",
                r"\bne kadar(lik)? (bir )?(butce|yatirim|para|kaynak)\w* (gerek|lazim)")
# -- refusal: a decision of the asker's own life asked for (assistant/refusal/stage.py `_cued`, kind "personal").
# The report recommends to clusters and policy makers, in the first person plural ("what should our cluster
# do?" is answered); a yes/no decision in the first person singular ("Should I quit my job ...?", "kümeye mi
# katılmalıyım?", "fabrika kursam mantıklı olur mu?") is the asker's alone. Folded regular expressions.
PERSONAL_CUES = (r"^(should|shall) i\b", r"\b(do|would) you (advise|recommend) (me|that i)\b",
                 r"\wm[ae]li m[iu]y[iu]m\b", r"\b(mi|mu) (\w+ )?\w+m[ae]liyim\b",
                 r"\w(sam|sem) (mantikli|iyi|dogru|akillica) (bir \w+ )?(olur )?m[iu]\b")
# Tasks that are not questions about the report (write me a poem, compose an email).
TASK_CUES = (r"\b(write|compose|draft)\b (me )?(a|an|my)\b", r"\bbana\b .*\b(yaz|yazar misin|yazin)\b",
             r"\b(siir|poem|limerick|joke|fikra|essay)\b", r"\b(translate|cevir)\b .*\b(into|to|e)\b")
# Everyday topics (weather, distances, exchange rates, sport, food …): with hardly a word of the report
# around them, the question is about something else (scope.py).
OFF_TOPIC = ("hava durumu", "weather", "yarin", "tomorrow", "futbol", "football", "soccer",
             "galatasaray", "fenerbahce", "besiktas", "restoran", "restaurant", "lokanta", "kebap", "kebab",
             "tarif", "recipe", "film", "movie", "sarki", "song", "bitcoin", "dolar kuru", "exchange rate",
             "horoscope", "burc", "tatil", "holiday", "vacation", "otel tavsiye", "hotel recommendation",
             "parite", "doviz", "kac tl ed", "in lira", "convert", "derece", "temperature", "sicaklik",
             "how far", "mesafe", "distance", "kac km", "uzaklik", "flight", "ucak bileti", "barbecue", "mangal")

# More everyday topics, as word starts (folded) that may carry a Turkish suffix or an English plural: travel,
# prices and money, health, home and work, one group per meaning in both languages. The refusal stage keeps
# only the groups the report uses in neither language; groups it uses (hotel, price, gold, stock market,
# medicine: "Otelciler Derneği", "altın" in EK 2) were deleted, as they never fire on this report.
EVERYDAY_TOPIC_WORDS = (
    ("otobus", "bus"), ("train", "tren"), ("ucak", "flight", "ucus"), ("ferry", "feribot"),
    ("havalima", "airport"), ("gezilecek", "sightseeing"), ("nasil gidilir", "how do i get"),
    ("time to visit", "time of year to visit"), ("taksi", "taxi"), ("metro",),
    ("pasaport", "passport"), ("museum", "muze"), ("plaj", "beach"),
    ("kilosu", "per kilo", "kilogram"),
    ("hisse", "shares of"), ("faiz", "interest rate"), ("mevduat", "deposit"), ("kredi karti", "credit card"),
    ("loan", "kredi"), ("cheapest", "en ucuz"), ("lira",), ("petrol", "crude", "benzin", "fuel"), ("tonne", "ton "),
    ("kripto", "crypto"), ("doktor", "doctor"), ("diyet", "diet"),
    ("kilo ver", "lose weight"), ("egzersiz", "exercise"), ("landlord", "ev sahibi"), ("kira", "rent"),
    ("istifa", "resign", "quit my job", "isimi birak"),
    # the weather of a place, asked without the word "weather" ("Is it very cold in Toronto in February?")
    ("cold in", "hot in", "warm in", "soguk mu", "sicak mi", "soguk olur", "sicak olur"), ("rainy", "yagmurlu"),
    ("snowy", "karli mi"),
)

# Topics the report never touches in any sentence, whatever else a question names: tax, statutes, lawyers,
# notaries. Kept, like the groups above, only while neither the text nor the rendering uses a word of the
# group; then a cue alone is enough ("URGE desteği vergiye tabi mi?", "Dernek tüzüğünde ...").
UNTOUCHED_TOPIC_WORDS = (
    ("vergi", "tax", "taxes", "taxed"), ("kdv", "vat"), ("tuzug", "tuzuk", "statute", "bylaw"),
    ("hukuk", "avukat", "lawyer", "attorney"), ("noter", "notary"),
)

# Turkish suffixes, ASCII-folded (ı→i, ü→u …), that a word may carry one after another: plural, possessive,
# case, derivational -ci/-lik, "-ki". `suffix_chain` decides whether what follows a stem is only these.
TURKISH_SUFFIXES = frozenset(
    "a e i u ya ye yi yu da de ta te dan den tan ten ki in un nin nun n ler lar m im um miz muz imiz umuz niz "
    "nuz iniz unuz si su sin sun ndan nden nda nde na ne ni nu yla yle la le ci cu lik luk li lu siz suz ca ce "
    "ydi di du ti tu mis mus dir dur tir tur yiz iz uz y s es".split())


def turkish_stems(folded: str, shortest: int = 3) -> list[str]:
    """Every stem of at least `shortest` letters that `folded` is made of with only Turkish suffixes after it,
    longest first: "agrim" -> ["agri"] (ağrı+m), "hangisidir" -> ["hangisi", "hangi"] (-si, -dir)."""
    return [folded[:n] for n in range(len(folded) - 1, shortest - 1, -1) if suffix_chain(folded[n:])]


def suffix_chain(rest: str) -> bool:
    """Is `rest` (folded) a sequence of Turkish suffixes? "mizde" = miz+de, "cilerin" = ci+ler+in."""
    if not rest:
        return True
    ok = [True] + [False] * len(rest)
    for i in range(len(rest)):
        if ok[i]:
            for j in range(i + 1, min(len(rest), i + 5) + 1):
                if rest[i:j] in TURKISH_SUFFIXES:
                    ok[j] = True
    return ok[len(rest)]

# ---- Refusal stage (assistant/refusal): how questions ask for what the report may not hold ----

# The report as the question's subject: its words are stop words (every question is "about the report"), so
# without this "Who wrote the report?" has only "wrote" left and looks like general knowledge. Folded regex.
SELF_CUE = r"\b(the|this) (report|strategy|study)\b|\brapor(u|un|da|dan|a)?\b|\bbu (rapor|strateji|calisma)"
SELF_WORD_STEMS = ("rapor", "report", "strate", "study", "calisma")
# Turkish names a support by the compound before "desteği": up to four words (folded regex, group 1).
SUPPORT_OBJECT_CUE = r"((?:[a-z]+ ){1,4})deste[gk]"
# Words framing an URGE question (its support, limits, rates, applying) rather than naming a support line.
URGE_FRAME_STEMS = ("urge", "deste", "support", "limit", "ceiling", "tavan", "ust", "sinir", "oran", "rate",
                    "program", "kapsam", "covered", "cover", "amount", "tutar", "maximum", "azami", "line", "kalem",
                    "basvur", "apply", "hibe", "grant", "much", "kadar")

# A country as a market the question's firms sell to, not the subject asked about ("Polonya'ya ihracat",
# "export to Poland", "Polonya pazarına"): a country the report never names is then no reason to refuse.
# Folded regular expressions; {c} is the country's folded name.
DIRECTION_CUES = (r"\b(to|into|towards) (the )?{c}\b", r"\b{c}'?(y?a|y?e)\b", r"\b{c}\w* (pazar|market)")
# Words that ask what happened after a year rather than what the report planned for it (folded).
ACTUAL_CUES = ("gercekte", "gerceklesen", "gerceklesti", "actual", "actually", "realised", "realized", "in fact",
               "sonra", "itibaren", "guncellen", "degisti", "after", "since", "updated", "changed",
               # what came of a year the report names only as a strategy's or target's year
               "degerlendirme", "evaluation", "sonuclari", "results", "conclu", "outcome")
# Ways to say "now": a Turkish stem (or folded regex) first, then an English regex for the same.
PRESENT_CUES = (("bugun", r"today|these days"), ("su an", r"right now|at the moment|currently"),
                ("simdi", r"\bnow\b"), ("bu yil", r"this year"),
                # "still" asks about now when it asks whether something still runs ("hâlâ fikir aşamasında": the map)
                (r"hala (\w+ ){0,2}(faaliyet|aktif|yururlu|devam|calis|acik|gecerli)",
                 r"\bstill (\w+ )?(active|running|exist|open|in operation|in force|operating|valid|going)"),
                ("halen", r"nowadays"), ("artik", r"\bany ?more\b|\bso far\b"),
                ("guncel", r"\bcurrent\b|\blatest\b|up.to.date"), ("su sira", r"\bfor now\b"))
TARGET_CUES = ("hedef", "target", "goal", "amac")
# A country's own programmes or policies (stems; deste: destek, desteği, destekleri).
POLICY_CUES = ("program", "politika", "policy", "policies", "deste", "support", "hibe", "grant", "tesvik",
               "incentive", "strateji", "strategy", "fon", "fund", "mevzuat", "law", "kanun")
# A comparison with another country ("How do Turkish clusters compare with Italy's?"): the report describes no
# country's clusters but Turkey's and the case studies', so it has nothing to compare with (scope.py). Stems.
COMPARISON_CUES = ("compare", "comparison", "kiyasla", "karsilastir", "benchmark")
# American spellings whose first five letters differ from the British ones the rendering uses: the checks that
# compare words by their first letters (assistant/refusal/present.py) read "center" as "centre". Folded.
US_SPELLINGS = {"center": "centre", "centers": "centres", "labor": "labour", "color": "colour", "favor": "favour",
                "behavior": "behaviour", "neighbor": "neighbour", "honor": "honour", "harbor": "harbour"}
# Question words and fillers that say nothing about a topic (the everyday-topic check in scope.py).
SCOPE_STOP_WORDS = frozenset({
    "nedir", "nelerdir", "hangi", "hangileri", "nasil", "kadar", "what", "which", "does", "have", "with", "from",
    "that", "this", "there", "their", "about", "into", "will", "would", "could", "should", "when", "where", "were",
    "many", "much", "tell", "give", "show", "list", "report", "rapor", "raporda", "icin", "gore", "olan", "olarak",
    "neler", "midir", "mudur", "dir", "the", "and", "for", "are", "was"})

# Words asking what a name is ("What does PKB stand for?", "GZTF ne demek?"): the name itself is the topic, so
# they are no topic words a passage must hold (assistant/refusal/passing.py). Folded stems.
DEFINITION_WORDS = ("stand", "mean", "refer", "abbreviat", "acilim", "demek", "anlam", "kisaltma")
# A numbered programme ("TÜBİTAK 1501 programı"): a name, a number that is no year, then within five words one
# of these (folded stems); the report names it only if it prints the name with that number.
NUMBERED_PROGRAMME_CUE = (r"(?<![\w])([A-ZÇĞİÖŞÜ][\wÇĞİÖŞÜçğıöşü-]+) (\d{3,5})(?![\d.,/])((?: \S+){0,5}?) "
                          r"(program|deste|support|scheme|cagri|call|fon|fund|hibe|grant)")
# -- refusal: a name written with a number (assistant/refusal/stage.py `_named_number`) --
# A capitalised word the report never uses, then a number: a programme or a plan named by its year or number
# ("Horizon 2020", "Ufuk 2020"); months are dates, not names ("March 2012"). Folded regex, groups 1 and 2.
NAMED_NUMBER_CUE = r"(?<![\wÇĞİÖŞÜçğıöşü])([A-ZÇĞİÖŞÜ][a-zçğıöşüâîû]+) (\d{2,5})(?![\d.,/'’\w])"
MONTH_WORDS = frozenset((
    "ocak subat mart nisan mayis haziran temmuz agustos eylul ekim kasim aralik january february march april "
    "may june july august september october november december").split())
# Name tokens: generic words saying what kind of thing is named, not which one (stems, folded) ...
GENERIC_NAME_WORDS = ("kume", "cluster", "sektor", "sector", "dernek", "birlig")
# ... currencies, which are no names whatever their case ...
UNITS = frozenset({"usd", "tl", "eur", "euro", "avro", "abd", "dolar", "ytl"})
# ... and the small words inside a name ("Toronto Food and Beverage Cluster").
NAME_CONNECTORS = frozenset({"of", "and", "de", "ve", "&"})
# Words that say "the country" without naming another one.
HOME_COUNTRY_WORDS = frozenset({"turkiye", "turkey", "turkish", "turk"})

# The facts a question may ask of a thing the report names (assistant/refusal/attributes.py compiles them):
# a money amount is evidenced by a figure with its unit.
FIGURE_CUE = r"\d[\d.,]*\s*(tl|usd|abd dolar|dolar|avro|euro|milyon|milyar)\b|%\s*\d|\d\s*%"
FACT_ATTRIBUTES = (  # (key, asked on the folded question, evidence on a folded section, label tr, label en)
    ("members", r"\bmembers?\b|\bmember (firms|companies)|\buye(si|leri|lerinin|sayisi)?\b"
               r"|\bkac (uye|firma|sirket|isletme)|\bhow many (firms|companies)\b",
               r"\b(uye|firma|sirket|isletme)", "üye / firma sayısı", "number of members or firms"),
    # "how many people" alone also asks how many answered a survey: people must work, or be staff
    ("employees", r"\bhow many (staff|employees|workers)\b|\bnumber of (employees|staff|workers)"
               r"|\bpeople work|\bemploys?\b|\bkac (kisi|calisan\w*|personel\w*|isci\w*)\b|\bcalisan sayisi|\bistihdam ediyor", r"\b(calisan|istihdam|personel|isci)", "çalışan sayısı", "number of employees"),
    ("turnover", r"\bturnover|\brevenue|\bsales\b|\bciro|\bsatis(lari|i)?\b|\bhasilat",
               r"\b(ciro|satis|hasilat)", "ciro", "turnover"),
    ("exports", r"\b(exports?|ihracat\w*)\b.*\b(how much|volume|value|ne kadar|miktar|tutar|yillik|annual)"
               r"|\b(how much|volume|value|ne kadar|miktar|tutar|yillik|annual)\b.*\b(exports?|ihracat)",
               r"\bihracat[^.]{0,80}\d|\d[^.]{0,80}\bihracat", "ihracat rakamı", "export figure"),
    # "when was X founded", not "an association established by exporters"
    ("founded", r"^who (founded|established|set up)\b|\bkim(ler)? kurdu|\bkurucu(su|lari)\b"
               r"|\bwhen\b.*\b(founded|established|set up|formed)\b|\b(founded|established|set up) in\b"
               r"|\b(founding|establishment) (year|date)|\byear\b.*\b(founded|established)\b|\bne zaman kurul"
               r"|\bhangi yil\w* kurul|\bkac yilinda kurul|\bkurulus (yili|tarihi)",
               r"\bkurul(du|an|mus|dugu)|\bkurulus (yili|tarihi)|\bfounded\b|\bestablished\b",
               "kuruluş yılı", "founding year"),
    ("contact", r"\bweb ?(sites?|sitesi|sayfasi)\b|\binternet sitesi|\be-?mail|\be-?posta|\bphone\b|\btelefon|\baddress"
               r"|\badres", r"(www\.|https?:|@|telefon|e-?mail|e-?posta|\badres)", "iletişim bilgisi",
               "contact details"),
    # the head asked for is who holds the role ("Who is the chairman of X?", "X'in müdürü kim?"), not who does
    # something to it ("Who pays the cluster manager's salary?", "yöneticisinin maaşını kim öder?")
    ("head", r"\bwho (is|was|are|were) (\w+ ){0,4}(chairman|chair|president|ceo|director|head|manager|rector)\b"
               r"|\bwho (currently |now )?(leads?|runs?|heads?|manages?|chairs?)\b|\bwho\b.*\b(mayor|governor)\b"
               r"|\b(belediye baskani|vali)\w*\b.*\bkim"
               r"|\b(mudur|baskan|yonetici|direktor|rektor|lider)(u|i|si|su|leri|lari)? (\w+ ){0,2}kim(dir|di|ler)?\b",
     r"\b(baskan|mudur|ceo|direktor|rektor)",
               "yöneticisinin adı", "name of its head"),
    # a governor or mayor is named where the report says "vali" / "belediye başkanı", not wherever it has a "başkan"
    ("governor", r"\bgovernor\b|\bvali(si|leri|liginde)?\b", r"\bvali", "valinin adı", "name of the governor"),
    ("mayor", r"\bmayor\b|\bbelediye baskan", r"\bbelediye baskan", "belediye başkanının adı", "name of the mayor"),
    ("secretary", r"\bsecretary\b|\bgenel sekreter", r"\bsekreter|\bsecretary", "genel sekreterinin adı",
     "name of its secretary general"),
    ("population", r"\bpopulation\b|\bnufus", r"\bnufus", "nüfus", "population"),
    # how long a programme runs or a firm stays in it: a period printed with its unit, or the word "süre"
    ("duration", r"\bhow long\b|\bne kadar sur\w*|\bkac (ay|yil|hafta|gun) sur\w*|\bduration\b",
     r"\d+\s*(\(\w+\)\s*)?(ay|yil|gun|hafta)\b|\bsure(si|since|li|sinde)?\b|\bsur(ecek|mektedir)\b",
     "süre", "duration"),
    # how old: an age, or a founding date to reckon it from ("yaş meyve" is fresh fruit: a suffix is required)
    ("age", r"\bhow old\b|\bages?\b|\byas(i|lari|ini|larini)\b",
     r"\byas(i|lari|ini)\b|\bkurulus (yili|tarihi)", "yaş", "age"),
    ("patents", r"\bpatent", r"\bpatent", "patent sayısı", "patents"),
    ("money", r"\bhow much (money|funding|grant|support|did)\b|\bne kadar (destek|hibe|fon|para|kredi)"
               r"|\bkac (tl|usd|dolar|avro|euro)\b|\bmaximum (grant|support|amount|funding)\b|\bceiling|\bupper limit"
               r"|\bbudget\b|\bust (sinir|limit)|\btavan|\bbutce", FIGURE_CUE, "tutar", "amount of money"),
)

# The clusters as a whole, and a figure over them: the report gives those only in section 4 (the survey and
# the map), the executive summary and EK 2, so a total the question asks for must be found there.
COLLECTION_CUE = r"\b(kumeler\w*|kumelerin|clusters|envanter\w*|inventory|haritadaki|mapped|per cluster|kume basina)\b|\b\d+ kume\w*"
# A total or an average over them must be stated as one: a sentence with that word, the fact and a number.
AGGREGATE_FAMILIES = (
    (r"\b(toplam\w*|total\w*|combined|altogether|sum of)\b", r"\btoplam"),
    (r"\b(ortalama\w*|average|mean|per cluster|kume basina)\b", r"\bortalama"),
)
AGGREGATE_CUE = r"\b(toplam\w*|total|ortalama\w*|average|combined|kac|how many|yuzde\w*|percent\w*|share)\b"
COLLECTION_SECTIONS = ("4", "EK2", "yonetici-ozeti")

# What an excerpt should contain for the kind of fact asked (assistant/compose/runs.py): a question with a
# quantity cue prefers sentences with figures, one with a date cue sentences with a year. Folded text.
QUANTITY_CUE = (r"\b(kac|kaci|kacar|ne kadar|oran|orani|yuzde|yuzdesi|sayisi|how many|how much|what share|"
                r"percentage|percent|share|number|rate|ceiling|limit|ust sinir|tutar|amount|budget|butce)\b")
DATE_CUE = (r"\b(ne zaman\w*|hangi (yil|tarih)\w*|kac yilinda|hangi donem\w*|since when|when|what year|which year|"
            r"what date|how long ago)\b")

# -- refusal: when a "now" word dates what is asked (assistant/refusal/present.py `dates_the_answer`) --
# A "now" in a description of the clusters as a whole or of the asker's own cluster ("Where do clusters get
# their money from at the moment?", "Kümemizin şu an fikir aşamasında olduğunu nasıl anlarız?") changes
# nothing: the survey is the report's present, the asker's cluster the asker's. It asks for what the report
# cannot have when it dates a value (an amount, count or share: the question's answer kind), a person, a date,
# a price, or the state of a thing the report names; and these words ask about a state by themselves
# ("still in force", "this year", "so far", "the latest"). Folded regular expressions.
PRESENT_STATE_CUES = (r"\bthis year\b", r"\bbu yil", r"\bstill\b", r"\bhala\b", r"\bso far\b", r"\bany ?more\b",
                      r"\bartik\b", r"\blatest\b", r"\bup.to.date\b", r"\bguncel")
PRESENT_VALUE_CUES = (r"^who\b", r"\bwho (is|are|was|runs?|heads?|leads?|manages?|chairs?)\b",
                      r"\bkim(dir|ler|lerdir)?\b", r"\bwhen\b", r"\bne zaman", r"\bdeadline", r"\bson (basvuru )?tarih",
                      r"\bhangi tarih", r"\bprices?\b", r"\bfiyat", r"\bcosts?\b", r"\bmaliyet")
PRESENT_VALUE_KINDS = ("amount", "count", "share")

# -- refusal: who holds a role (assistant/refusal/persons.py) --
# A question asking who holds a role ("Who was the Minister of Development?", "Kalkınma Bakanı kimdir?"), and
# the role words (folded stems) whose qualifying words must be printed with them.
ROLE_WORDS_EN = ("minister", "president", "chairman", "chair", "director", "head", "manager",
                 "rector", "governor", "mayor", "secretary", "ceo")
ROLE_WORDS_TR = ("bakan", "basbakan", "cumhurbaskan", "baskan", "mudur", "direktor", "rektor", "vali", "sekreter",
                 "yonetici", "lider")
ROLE_HOLDER_EN = (r"\bwho (is|was|are|were) (\w+ ){0,4}(minister|president|chairman|chair|director|head|manager"
                  r"|rector|governor|mayor|secretary|ceo)s?\b")
ROLE_HOLDER_TR = (r"\b(bakan|basbakan|cumhurbaskan|baskan|mudur|direktor|rektor|vali|sekreter|yonetici|lider)"
                  r"(i|u|si|su|leri|lari)? (\w+ ){0,3}kim(dir|di|ler|lerdir)?\b")
