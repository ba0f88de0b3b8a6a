"""Which language a translation is in: py3langid (langid.py, Lui & Baldwin 2012: naive Bayes over byte n-grams,
its model shipped inside the package, so nothing is downloaded), restricted to the languages a model knows.

A multilingual model asked for French may answer in English or German (the "off-target" zero-shot outputs of
Johnson et al. 2017 §4.6), and BLEU alone does not say whether a low score is a poor French translation or no
French at all; the rate of outputs in the asked language does.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier


@cache
def _identifier(languages: tuple[str, ...]) -> LanguageIdentifier:
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE)
    unknown = sorted(set(languages) - set(identifier.labels))
    if unknown:
        raise ValueError(f"py3langid does not know the language code(s) {', '.join(unknown)}")
    identifier.set_languages(list(languages))
    return identifier


def identify(texts: Iterable[str], languages: Sequence[str]) -> list[str]:
    """Each text's likeliest language among `languages` (ISO 639-1 codes, e.g. ('en', 'de', 'fr'))."""
    identifier = _identifier(tuple(sorted(set(languages))))
    return [identifier.classify(text)[0] for text in texts]


def language_rate(texts: Sequence[str], language: str, languages: Sequence[str]) -> float:
    """The share of `texts` identified as `language` among `languages` (which must include it); 0 for no texts."""
    if language not in languages:
        raise ValueError(f"{language!r} is not one of the languages to tell apart ({', '.join(languages)})")
    found = identify(texts, languages)
    return sum(code == language for code in found) / len(found) if found else 0.0
