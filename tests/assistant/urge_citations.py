"""Two URGE passages as the answerer cites them, shared by the LLM and verification tests."""
from core.answers import Citation

EGITIM = Citation(1, "2.egitim-danismanlik", "Eğitim ve Danışmanlık Desteği", "urge", "r.txt", 12,
                  "Bu programlara ilişkin faaliyet giderlerinin % 75’i proje bazında 400.000 USD’a kadar "
                  "karşılanmaktadır.")
ISTIHDAM = Citation(2, "2.istihdam", "İstihdam Desteği", "urge", "r.txt", None,
                    "En fazla 2 (iki) uzman personelin 3 (üç) yıl süreyle istihdam giderleri desteklenmektedir.")
