"""Knowledge's derived word sets, on an inline rendering."""
from assistant.knowledge import _rendering_terms
from core.rendering import RenderedSentence, Rendering


def test_the_renderings_own_terms_are_kept_and_its_everyday_words_are_not():
    """Everyday words ("country", "initiative") would vouch for any name phrase that contains one."""
    rendering = Rendering({"k": RenderedSentence("k", "ORA2.AA1", "Rekabetçi işbirliği", "Co-opetition in the country: "
                                                 "an initiative with Guelph")})
    terms = _rendering_terms(rendering)
    assert {"opetition", "guelph"} <= terms
    assert not {"country", "initiative", "the", "with"} & terms
