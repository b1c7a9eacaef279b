"""The vectorised BM25 build against the per-term build it replaced: the same postings, bit for bit."""
import random
from collections import Counter

import numpy as np
import pytest

from assistant.retrieval.analyzer import default_analyzer
from assistant.retrieval.english import english_analyzer
from assistant.retrieval.lexical import BM25Index
from tests.reference_definitions import old_postings


class ReferenceBM25:
    """BM25Index as first written: one (documents, weights) array pair per term, built in a Python loop."""

    def __init__(self, texts, analyzer, k1=1.2, b=0.75):
        self.analyzer = analyzer
        counts = [Counter(analyzer(text)) for text in texts]
        lengths = np.array([sum(c.values()) for c in counts], dtype=np.float64)
        self.avgdl = float(lengths.mean()) if len(lengths) and lengths.mean() > 0 else 1.0
        self.n = len(texts)
        self.postings = old_postings(counts, lengths, k1, b)

    def scores(self, query):
        out = np.zeros(self.n, dtype=np.float64)
        for term in dict.fromkeys(self.analyzer(query)):
            if term in self.postings:
                docs, weights = self.postings[term]
                out[docs] += weights
        return out


CORPUS = [
    "URGE kapsamında küme desteği verilir; eğitim ve danışmanlık giderlerinin %75'i karşılanır.",
    "Kümelerin ihracatı ORA1.AA1.T1.E6 eylemiyle artırılır. İhracat, ihracatın, ihracatı.",
    "Konya'daki otomotiv yan sanayi kümesi 2010/8 sayılı Tebliğ ile desteklendi.",
    "",
    "küme küme küme küme",
    "Gaziantep'te gıda-tarım kümesi; Şanlıurfa, Kahramanmaraş ve Adıyaman illeri.",
    "Participation in trade fairs is supported; clusters export to the Middle East.",
    "Yurt dışı fuar ziyaretleri ve ticaret heyetleri için 400.000 USD üst sınır.",
]


def _assert_same(new: BM25Index, ref: ReferenceBM25, queries):
    assert new.vocabulary == len(ref.postings)
    assert new.avgdl == ref.avgdl
    for term, (docs, weights) in ref.postings.items():
        got = new.postings(term)
        assert got is not None and term in new
        assert got[0].dtype == np.int32 and got[1].dtype == np.float64
        assert np.array_equal(got[0], docs) and np.array_equal(got[1], weights), term  # exact, not approx
    assert new.postings("no-such-term") is None and "no-such-term" not in new
    for query in queries:
        assert np.array_equal(new.scores(query), ref.scores(query)), query


@pytest.mark.parametrize("analyzer", [str.split, default_analyzer(), english_analyzer()],
                         ids=["split", "turkish", "english"])
@pytest.mark.parametrize("k1,b", [(1.2, 0.75), (0.9, 0.4), (1.5, 0.0), (2.0, 1.0)])
def test_vectorised_build_equals_per_term_build(analyzer, k1, b):
    new = BM25Index([f"d{i}" for i in range(len(CORPUS))], CORPUS, analyzer=analyzer, k1=k1, b=b)
    ref = ReferenceBM25(CORPUS, analyzer, k1=k1, b=b)
    words = sorted({w for text in CORPUS for w in text.split()})
    rng = random.Random(7)
    queries = [" ".join(rng.sample(words, rng.randint(1, 6))) for _ in range(200)]
    _assert_same(new, ref, [*CORPUS, "küme desteği", "ihracat ihracat küme", "nothing matches here", "", *queries])


def test_random_corpora_and_queries():
    rng = random.Random(11)
    vocab = [f"w{i}" for i in range(60)]
    for _ in range(30):
        texts = [" ".join(rng.choices(vocab, k=rng.randint(0, 40))) for _ in range(rng.randint(1, 25))]
        new = BM25Index([str(i) for i in range(len(texts))], texts, analyzer=str.split)
        ref = ReferenceBM25(texts, str.split)
        queries = [" ".join(rng.choices(vocab, k=rng.randint(1, 8))) for _ in range(50)]
        _assert_same(new, ref, queries)


def test_empty_index():
    index = BM25Index([], [], analyzer=str.split)
    assert len(index) == 0 and index.vocabulary == 0 and index.search("x", 5) == []
    blank = BM25Index(["a", "b"], ["", ""], analyzer=str.split)
    assert blank.vocabulary == 0 and blank.scores("x").tolist() == [0.0, 0.0]


def reference_analyzer(stem=lambda w: w[:5], code_parents=False):
    """make_analyzer's analyze as first written: every token analysed again, folded by the translate table."""
    from assistant.retrieval.analyzer import STEM_MARK, STOPWORDS, _ORA_CODE, _WORD, canonical_code, code_ancestors
    from core.normalize import tokenize_tr

    table = str.maketrans({"ç": "c", "ğ": "g", "ı": "i", "ö": "o", "ş": "s", "ü": "u", "â": "a", "î": "i", "û": "u"})

    def words(token):
        if _WORD.fullmatch(token):
            return [token]
        if any(ch.isdigit() for ch in token):
            return []
        return _WORD.findall(token)

    def analyze(text):
        terms = []
        for token in tokenize_tr(text, fold=False):
            whole = canonical_code(token).translate(table)
            if whole in STOPWORDS:
                continue
            terms.append(whole)
            if code_parents and _ORA_CODE.fullmatch(whole):
                terms.extend(code_ancestors(whole))
            for word in words(token):
                folded = word.translate(table)
                if folded in STOPWORDS:
                    continue
                if word != token:
                    terms.append(folded)
                if stem is not None:
                    terms.append(STEM_MARK + stem(word).translate(table))
        return terms
    return analyze


@pytest.mark.parametrize("code_parents", [False, True])
def test_analyzer_with_remembered_tokens_equals_first_definition(code_parents):
    from assistant.retrieval import analyzer as module
    from assistant.retrieval.analyzer import make_analyzer

    new, ref = make_analyzer("prefix5", code_parents=code_parents), reference_analyzer(code_parents=code_parents)
    texts = [*CORPUS, "ORA4.AA2.T1-E6 ve ora1/aa1/t2 savunma-havacılık-uzay, 07r2.02-01 GIDA-TARIM İhracatın"]
    rng = random.Random(3)
    words = [w for text in texts for w in text.split()]
    texts += [" ".join(rng.choices(words, k=rng.randint(1, 12))) for _ in range(300)]
    for text in texts + texts:  # the second time from the remembered tokens
        assert new(text) == ref(text), text
    assert make_analyzer(None)("İhracatın artması") == reference_analyzer(stem=None)("İhracatın artması")
    small = module.TOKEN_CACHE
    try:
        module.TOKEN_CACHE = 3  # past the bound, tokens are analysed every time, with the same terms
        bounded = make_analyzer("prefix5", code_parents=code_parents)
        for text in texts:
            assert bounded(text) == ref(text)
    finally:
        module.TOKEN_CACHE = small
