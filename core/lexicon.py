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
                r"\ben fazla ne kadar", r"\bhibe miktar", r"\bdestek miktar")),
    ("share", (r"\byuzde\b", r"\byuzde kac", r"\boran(i|ı)?\b", r"\bpay(i|ı)\b", r"\bshare\b", r"\bpercent",
               r"\bproportion", r"\bfraction\b")),
    ("count", (r"\bkac\b", r"\bhow many\b", r"\bnumber of\b", r"\bsayisi\b", r"\bcount\b", r"\btoplam\b",
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
                r"\bonumuzdeki (\w+ ){0,2}yil", r"\bin the next (\w+ ){0,2}(years?|decade)\b", r"\bwill .* (grow|be) .* next\b")
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

# Turkish suffixes, ASCII-folded (ı→i, ü→u …), that a word may carry one after another: plural, possessive,
# case, derivational -ci/-lik, "-ki". `suffix_chain` decides whether what follows a stem is only these.
TURKISH_SUFFIXES = frozenset(
    "a e i u ya ye yi yu da de ta te dan den tan ten ki in un nin nun n ler lar m im um miz muz imiz umuz niz "
    "nuz iniz unuz si su sin sun ndan nden nda nde na ne ni nu yla yle la le ci cu lik luk li lu siz suz ca ce "
    "ydi di du ti tu mis mus dir dur tir tur yiz iz uz y s es".split())


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
