import pytest

from landmark.evaluate.language import identify, language_rate

SENTENCES = {
    "en": "Two dogs are playing in the snow.",
    "de": "Zwei Hunde spielen im Schnee.",
    "fr": "Deux chiens jouent dans la neige.",
    "cs": "Dva psi si hrají na sněhu.",
}


def test_each_language_is_told_apart_from_the_others():
    languages = tuple(SENTENCES)
    assert identify(SENTENCES.values(), languages) == list(languages)
    assert language_rate(list(SENTENCES.values()), "de", languages) == 0.25
    assert language_rate([], "de", languages) == 0.0


def test_unknown_or_missing_languages_are_named():
    with pytest.raises(ValueError, match="xx"):
        identify(["Hallo"], ("de", "xx"))
    with pytest.raises(ValueError, match="'fr' is not one of"):
        language_rate(["Hallo"], "fr", ("de", "en"))


def test_multi30k_test_sentences_are_identified_in_their_language(data_dir):
    """What the Johnson page's rate rests on: real Multi30k sentences (short captions) in the right language
    at least 95% of the time among the page's three languages."""
    languages = ("en", "de", "fr")
    for language in languages:
        lines = (data_dir / "multi30k" / f"test_2016_flickr.{language}").read_text(encoding="utf-8").splitlines()
        assert language_rate(lines[:300], language, languages) >= 0.95, language
