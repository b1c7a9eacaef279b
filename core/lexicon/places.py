"""Where users name places, stages and sectors: provinces (with their everyday short and city names),
stages, sector groups, countries.

Part of core.lexicon: import the names from `core.lexicon`, which re-exports every part.
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
