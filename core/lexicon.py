"""The product's lexicons in one place: provinces, stages, sectors, countries, and what kind of answer is wanted.

Every word list that says how users name a thing lives here, so a word added
for one stage (slot extraction, refusal, routing) is known to all of them.
Keys are ASCII-folded (core.normalize.fold_ascii) unless a comment says otherwise.
"""
from __future__ import annotations

# All 81 provinces: a province with no inventory row must still be recognised,
# so "Kırşehir'deki kümeler" gets "none" instead of the whole inventory.
PROVINCES = (
    "Adana", "Adıyaman", "Afyonkarahisar", "Ağrı", "Aksaray", "Amasya", "Ankara", "Antalya", "Ardahan", "Artvin",
    "Aydın", "Balıkesir", "Bartın", "Batman", "Bayburt", "Bilecik", "Bingöl", "Bitlis", "Bolu", "Burdur", "Bursa",
    "Çanakkale", "Çankırı", "Çorum", "Denizli", "Diyarbakır", "Düzce", "Edirne", "Elazığ", "Erzincan", "Erzurum",
    "Eskişehir", "Gaziantep", "Giresun", "Gümüşhane", "Hakkari", "Hatay", "Iğdır", "Isparta", "İstanbul", "İzmir",
    "Kahramanmaraş", "Karabük", "Karaman", "Kars", "Kastamonu", "Kayseri", "Kırıkkale", "Kırklareli", "Kırşehir",
    "Kilis", "Kocaeli", "Konya", "Kütahya", "Malatya", "Manisa", "Mardin", "Mersin", "Muğla", "Muş", "Nevşehir",
    "Niğde", "Ordu", "Osmaniye", "Rize", "Sakarya", "Samsun", "Siirt", "Sinop", "Sivas", "Şanlıurfa", "Şırnak",
    "Tekirdağ", "Tokat", "Trabzon", "Tunceli", "Uşak", "Van", "Yalova", "Yozgat", "Zonguldak",
)

# Names users give provinces besides the official one: the short forms the inventory itself prints ("Afyon")
# and the names of their central cities, which people use for the province ("İzmit'teki kümeler"). Folded key
# → canonical province; they name a province in questions, never an unknown thing to refuse.
PROVINCE_ALIASES = {
    "afyon": "Afyonkarahisar", "antep": "Gaziantep", "maras": "Kahramanmaraş", "urfa": "Şanlıurfa",
    "izmit": "Kocaeli", "antakya": "Hatay", "adapazari": "Sakarya", "icel": "Mersin",
}

STAGE_WORDS = {  # folded word → stage key
    "fikir": "fikir", "idea": "fikir", "baslangic": "baslangic", "start": "baslangic", "starting": "baslangic",
    "early": "baslangic", "initial": "baslangic", "gelisen": "gelisen", "gelisme": "gelisen",
    "developing": "gelisen", "development": "gelisen", "olgun": "olgun", "olgunluk": "olgun", "mature": "olgun",
    "maturity": "olgun",
}

SECTOR_WORDS: dict[str, tuple[str, ...]] = {  # keys are the sector groups of ingest.inventory
    "tekstil": ("tekstil", "textile", "giyim", "apparel", "clothing", "garment", "konfeksiyon", "moda", "fashion",
                "triko"),
    "tarım-gıda": ("gida", "food", "tarim", "tarimsal", "agri", "agriculture", "agricultural", "agrifood", "sut",
                   "dairy", "meyve", "fruit", "sebze", "zeytin", "olive", "findik", "hazelnut", "aricilik",
                   "beekeeping", "honey"),
    "metal işleme-makine-mekatronik": ("metal", "makine", "makina", "machinery", "mekatronik", "mechatronics",
                                       "dokum", "casting", "foundry"),
    "otomotiv": ("otomotiv", "automotive"),
    "savunma-havacılık-uzay": ("savunma", "defence", "defense", "havacilik", "aviation", "aerospace", "uzay"),
    "elektrik": ("elektrik", "elektronik", "electrical", "electronics"),
    "turizm": ("turizm", "tourism", "turistik"),
    "sağlık": ("saglik", "health", "healthcare", "medikal", "medical"),
    "bilişim": ("bilisim", "yazilim", "software", "ict"),
    "enerji": ("enerji", "energy", "renewable", "yenilenebilir"),
    "lojistik": ("lojistik", "logistics"),
    "plastik": ("plastik", "plastic", "plastics"),
    "deri-ayakkabı": ("deri", "leather", "ayakkabi", "shoe", "footwear"),
    "inşaat": ("insaat", "construction"),
    "madencilik": ("madencilik", "maden", "mining", "mermer", "marble"),
    "ağaç-mobilya-kağıt": ("mobilya", "furniture", "agac", "wood", "orman", "forest", "kagit"),
}

# Words of SECTOR_WORDS that name a product inside a sector group, not the group: "fındık kümeleri" are
# the rows whose names hold "Fındık" (one row), not all agri-food rows; "gıda kümeleri" stay the whole
# sector (assistant/structured/inventory_names.py). A product word no row name holds keeps its sector.
SECTOR_PRODUCT_WORDS = frozenset((
    "findik", "hazelnut", "zeytin", "olive", "sut", "dairy", "meyve", "fruit", "sebze", "aricilik",
    "beekeeping", "honey", "triko", "dokum", "casting", "foundry", "mermer", "marble",
))

# Countries people ask about, folded Turkish and English names → one key.
COUNTRIES = {
    "almanya": "de", "germany": "de", "german": "de", "fransa": "fr", "france": "fr", "italya": "it", "italy": "it",
    "ingiltere": "gb", "birlesik krallik": "gb", "united kingdom": "gb", "britain": "gb", "ispanya": "es",
    "spain": "es", "hollanda": "nl", "netherlands": "nl", "belcika": "be", "belgium": "be", "avusturya": "at",
    "austria": "at", "isvec": "se", "sweden": "se", "norvec": "no", "norway": "no", "danimarka": "dk",
    "denmark": "dk", "finlandiya": "fi", "finland": "fi", "polonya": "pl", "poland": "pl", "romanya": "ro",
    "romania": "ro", "yunanistan": "gr", "greece": "gr", "kanada": "ca", "canada": "ca", "abd": "us",
    "amerika": "us", "united states": "us", "usa": "us", "japonya": "jp", "japan": "jp", "cin": "cn",
    "china": "cn", "hindistan": "in", "india": "in", "rusya": "ru", "russia": "ru", "brezilya": "br",
    "brazil": "br", "avustralya": "au", "australia": "au", "kore": "kr", "korea": "kr", "meksika": "mx",
    "mexico": "mx", "isvicre": "ch", "switzerland": "ch", "portekiz": "pt", "portugal": "pt", "israil": "il",
    "israel": "il", "iran": "ir", "misir": "eg", "egypt": "eg", "suudi arabistan": "sa", "saudi": "sa", "saudi arabia": "sa",
}
CASE_STUDY_COUNTRIES = {"ca", "de", "ro", "fi", "au"}

# What kind of answer a question wants, by cue words of the folded question (first match in this order wins:
# a question asking "how much ... can we" wants the amount, not the condition). Each cue is a regular
# expression over the folded question; `\b` on both sides unless it ends with a stem.
ANSWER_KINDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("amount", (r"\bne kadar", r"\bhow much\b", r"\btutar", r"\bust (sinir|limit)", r"\bceiling", r"\bupper limit",
                r"\bmaximum (amount|grant|support|funding)", r"\bazami\b", r"\bkac (usd|tl|dolar|avro|euro)\b",
                r"\breimburs", r"\bgeri oden", r"\bkarsila(n|r)\w* ne kadar", r"\bmost we can (receive|get)\b",
                r"\ben fazla ne kadar", r"\bhibe miktar", r"\bdestek miktar",
                r"\bhow long\b(?! ago)", r"\bne kadar sur")),  # a duration is a line's figure as well
    ("share", (r"\byuzde\b", r"\byuzde kac", r"\boran(i|ı)?\b", r"\bpay(i|ı)\b", r"\bshare\b", r"\bpercent",
               r"\bproportion", r"\bfraction\b")),
    # "kaçı", "kaçında", "kaç tanesi": the count asked with its case ending
    ("count", (r"\bkac(i|in|ina|inda|inin|ini|ta|tane|tanesi)?\b", r"\bhow many\b", r"\bnumber of\b", r"\bsayisi\b",
               r"\bcount\b", r"\btoplam\b",
               r"\bin total\b", r"\btotal\b")),
    ("criteria", (r"\bkriter", r"\bcriteri", r"\bolcut", r"\bhow (do|can|would) (we|i|you|one) (tell|know)",
                  r"\bnasil anla", r"\bwhat makes\b", r"\bhangi asamada oldugu", r"\bgostergele?r?i?\b",
                  r"\bindicator", r"\bhow is .* defined", r"\bnasil tanimla")),
    ("condition", (r"\bbasvur", r"\beligib", r"\bsart", r"\bkosul", r"\bcondition",
                   r"\brequirement", r"\bqualif", r"\bwho (can|may)\b", r"\bkimler\b", r"\byararlan",
                   r"\bcan (we|an?|our|i)\b", r"\bmay (we|an?|our|i)\b", r"\bis it possible\b", r"\bis (it|there) allowed",
                   r"\bebilir (mi|miyiz|mis)\b", r"\babilir (mi|miyiz|mis)\b", r"\b\w+(ebilir|abilir)\s?m[iu]")),
    ("recommendation", (r"\bne yapmali", r"\boner", r"\bwhat should\b", r"\brecommend", r"\bsuggest",
                        r"\bhangi eylem", r"\b(which|what) actions?\b", r"\bbize uygun", r"\bsuit", r"\bfit (us|our)",
                        r"\bapply to us\b", r"\bhow (can|should) (we|i|our)\b", r"\bnasil (yapabilir|gelisebilir|ilerle)",
                        r"\bnereden baslama", r"\bwhere (do|should) we start", r"\bbest practice", r"\bornek al",
                        r"\biyi uygulama")),
    ("list", (r"\bhangi\w*\b", r"\bwhich\b", r"\blist", r"\bneler\w*\b", r"\bwhat are\b", r"\bgoster",
              r"\bshow\b")),
    ("explanation", (r".",)),
)

# Words that frame a question about clusters without naming its topic: who asks, what kind of answer, and
# the report's generic nouns. A question whose content words are all slots (province, stage, sector,
# BROP) or these is fully answered by a structured route; any other content word is its topic.
# Stems, folded; a token is framed when it starts with one (4+ letters) or equals one.
FRAME_STEMS = frozenset((
    "kume", "cluster", "eylem", "action", "tedbir", "measure", "faaliyet", "activit", "oner", "recommend",
    "suggest", "uygun", "suit", "fit", "apply", "applies", "applicable", "relevant", "rapor", "report", "plan",
    "yapmal", "should", "firma", "firm", "compan", "sirket", "uye", "member", "biz", "bize", "bizim", "we",
    "our", "us", "hangi", "which", "what", "ne", "neler", "nelerdir", "nedir", "list", "listele", "show",
    "goster", "give", "tell", "var", "mi", "mu", "midir", "there", "any", "bolge", "region", "ilde", "ilinde",
    "province", "il", "stage", "asama", "phase", "sektor", "sector", "industr", "sanayi", "potansiyel",
    "potential", "envanter", "inventory", "kume", "olan", "bulunan", "located", "based", "work", "calis",
    "yapabil", "can", "could", "would", "need", "ihtiyac", "want", "iste", "istiyor", "kac", "many", "how",
    "nasil", "count", "number", "sayi", "toplam", "total", "do", "does", "did", "have", "has", "are", "is",
    "the", "and", "for", "with", "in", "of", "to", "a", "an", "yer", "alan", "icin", "ile", "gore", "according",
    "acik", "lutfen", "please", "kindly", "exactly", "tam", "olarak", "diger", "other", "genel", "general",
    "tip", "type", "kind", "tur", "ortak", "common", "about", "hakkinda", "ilgili", "uzerine", "onerir",
    "suggests", "recommends", "proposed", "onerilen", "help", "yardim", "destek", "support",
))

# Opinions and forecasts: the report states facts and recommendations of 2013; it has no view to ask for and
# no forecast past its own targets. Folded regular expressions.
OPINION_CUES = (r"\bsence\b", r"\bsizce\b", r"\bdo you think\b", r"\bin your (opinion|view)\b", r"\byour opinion\b",
                r"\bwould you say\b", r"\bdo you believe\b", r"\bne dersin\b", r"\bpredict\w*\b", r"\btahmin\w*\b",
                r"\bonumuzdeki (\w+ ){0,2}yil", r"\bin the next (\w+ ){0,2}(years?|decade)\b", r"\bwill .* (grow|be) .* next\b",
                # the assistant's own view asked for, in other words
                r"\b(senin|sizin) (gorus|fikir|fikri|kanaat)\w*", r"\bgorus(une|unuze) gore\b", r"\bbence\b",
                r"\bkatiliyor mus(un|unuz)\b", r"\byou personally\b", r"\byour (favou?rite|take|personal)\b",
                # a forecast: "in the future" with a Turkish future tense ("gelecekte ne kadar büyüyecek?")
                r"\b(gelecekte|ileride)\b.*\w(ecek|acak)( mi| mu)?\b",
                # the assistant's own view or taste ("ne düşünüyorsun?", "which do you like best?")
                r"\bne dusunuyor(sun|sunuz)\b", r"\bdo you (like|prefer)\b",
                # a forecast under a hypothesis: "what would happen if", "-se ne olur", "-seydi ... -irdi"
                r"\bwhat would happen\b", r"\w(se|sa) ne olur\b", r"\w(seydi|saydi)\b.*\w(irdi|urdu|erdi|ardi)\b")
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
# only the groups the report uses in neither language ("altın" is its jewellery sector, so "gold" is no cue).
EVERYDAY_TOPIC_WORDS = (
    ("otobus", "bus"), ("train", "tren"), ("ucak", "flight", "ucus"), ("ferry", "feribot"),
    ("havalima", "airport"), ("gezilecek", "sightseeing"), ("nasil gidilir", "how do i get"),
    ("time to visit", "time of year to visit"), ("hotel", "otel"), ("taksi", "taxi"), ("metro",),
    ("pasaport", "passport"), ("museum", "muze"), ("plaj", "beach"),
    ("kilosu", "per kilo", "kilogram"), ("fiyat", "price"), ("altin", "gold"), ("borsa", "stock market"),
    ("hisse", "shares of"), ("faiz", "interest rate"), ("mevduat", "deposit"), ("kredi karti", "credit card"),
    ("loan", "kredi"), ("cheapest", "en ucuz"), ("lira",), ("petrol", "crude", "benzin", "fuel"), ("tonne", "ton "),
    ("kripto", "crypto"), ("doktor", "doctor"), ("ilac", "medicine"), ("diyet", "diet"),
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
    ("head", r"\bwho\b.*\b(chairman|chair|president|ceo|director|head|manager|rector)\b"
               r"|\bwho (currently |now )?(leads?|runs?|heads?|manages?|chairs?)\b|\bwho\b.*\b(mayor|governor)\b"
               r"|\b(belediye baskani|vali)\w*\b.*\bkim"
               r"|\b(mudur|baskan|yonetici|direktor|rektor|lider)\w*\b.*\bkim", r"\b(baskan|mudur|ceo|direktor|rektor)",
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

# -- compose: which sentence answers (assistant/compose/runs.py) --
# The noun a count question counts: the one or two words after "kaç" / "how many" / "number of", or the word
# before "sayısı". A sentence printing a number next to that noun ("89 üye firma", "üye sayısı 1500") is the
# answer; any sentence with digits is not. Folded regexes, group 1 the counted words.
COUNTED_CUES = (r"\b(?:kac|how many|number of)\s+([a-z]+(?:\s+[a-z]+)?)", r"\b([a-z]+)\s+sayisi\b")
COUNTED_STOP = frozenset(("var", "tane", "adet", "does", "do", "did", "are", "is", "were", "was", "have", "has",
                          "the", "of", "in", "there", "dir", "midir", "mi", "mu", "icin", "ile", "ve", "and"))
# Numbers written out, as counts are printed ("dört aşamadan", "three leading firms"); "bir"/"one" are left
# out: both are also the indefinite article and a pronoun, and "on" (ten) is an English preposition.
NUMBER_WORDS = frozenset(("iki", "uc", "dort", "bes", "alti", "yedi", "sekiz", "dokuz", "yirmi", "otuz",
                          "kirk", "elli", "yuz", "bin", "two", "three", "four", "five", "six", "seven", "eight",
                          "nine", "ten", "twenty", "thirty", "hundred", "thousand"))
# Words of a question that say how it asks, not what: they are in many sentences of any section and would
# pick a run for its "kadar" or "which" (excerpt scoring, runs.question_words). Folded.
EXCERPT_STOP = frozenset(("kadar", "icin", "ile", "gibi", "olan", "olarak", "nedir", "nelerdir", "neler", "hangi",
                          "hangisi", "hangileri", "nasil", "midir", "mudur", "var", "veya", "daha", "the", "and",
                          "for", "what", "which", "how", "does", "did", "are", "was", "were", "with", "from", "that",
                          "this", "have", "has", "about", "who", "when", "where", "why", "can", "could", "would",
                          "should", "tell", "any", "there", "its", "their", "our", "you", "your"))
# A sentence announcing what follows ("... aşağıdaki şekilde özetlenebilir.", "as follows.") introduces it
# like one ending in ":" does: the quote must take what it announces. Folded regex.
ANNOUNCES_CUE = r"\b(asagidaki|asagida|sunlardir|sunlar|as follows|the following|below)\b"

# -- question analysis (assistant/question/): moved here from its modules, unchanged (docs/rule-audit.md) --
# Function words that show a question's language (language.py); a hit in one list is a vote for it.
LANGUAGE_WORDS_TR = {"ve", "bir", "için", "icin", "nedir", "hangi", "hangileri", "kaç", "kac", "mı", "mi", "mu", "mü",
                     "nelerdir", "ile", "olan", "nasıl", "nasil", "neler", "ne", "kadar", "var", "midir", "peki", "bu",
                     "raporda", "kümeler", "kume", "küme", "destek", "desteği", "olarak", "hangisi", "listele", "göre"}
LANGUAGE_WORDS_EN = {"what", "which", "how", "the", "of", "is", "are", "does", "do", "in", "for", "and", "list", "many",
                     "much", "who", "when", "where", "why", "apply", "clusters", "cluster", "support", "report", "about",
                     "tell", "me", "show", "give", "can", "a", "an", "to", "with", "there", "their", "them", "those"}
# A follow-up: the question starts with (FOLLOWUP_STARTS) or contains (FOLLOWUP_CONTAINS) one of these,
# folded and padded with spaces (followup.py).
FOLLOWUP_STARTS = ("peki", "ya ", "bunlardan", "bunlarin", "bunlar", "onun", "onlarin", "bu ", "su ", "ayni",
                   "and ", "what about", "how about", "which of them", "which of these", "which of those", "of these",
                   "of those", "its ", "their ", "those ", "these ", "then ", "so ")
FOLLOWUP_CONTAINS = (" bunlardan", " bunlarin", " onun ", " onlarin", "bu dernek", "bu kume", "bu destek", "bu program",
                     "bu eylem", "bu tedbir", " them", " its ", " these ", " those ", " this one", " that one", " it ",
                     " they ")
# Stage cues of slots.py: words that make a stage word a stage (not 'gelişme' as development), and the
# words of 'past the idea stage' / 'except the mature ones'.
STAGE_CONTEXT_WORDS = ("asama", "kume", "safha", "stage", "phase", "cluster", "entries", "entry", "duzey", "seviye")
STAGE_GREATER_TR = ("gecmis", "gecen", "otesinde", "sonraki", "ustundeki")
STAGE_EXCEPT_TR = ("disindaki", "disinda", "haric")
STAGE_GREATER_EN = ("past", "beyond", "after", "above")
# The report's own acronyms: never a cluster's or an organisation's name (slots.py).
REPORT_ACRONYMS = {"URGE", "UR-GE", "BROP", "ORA", "TR", "EK", "KOBİ", "KOBI", "AB", "ABD", "USD", "SDŞ", "TBMM",
                   "AR-GE", "ARGE", "EEN", "GZTF", "BKA", "SME", "EU", "ICT"}

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
