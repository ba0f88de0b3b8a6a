"""A synthetic parallel corpus in a folder: what `landmark backtranslate` writes and data.extra_train reads.

    <folder>/train.<source language>   the synthetic sources (translations of real target-language text), one a
                                        line, each after the <BT> tag when tagged (Caswell et al. 2019)
    <folder>/train.<target language>   the real monolingual lines they were translated from
    <folder>/backtranslate.json        how it was made: run, checkpoint, beam, pairs, whether tagged

Back-translation (Sennrich et al. 2016): the real text is on the target side, so the model learns to write real
sentences from imperfect sources.
"""

from __future__ import annotations

import json
from pathlib import Path

from landmark.data.reading import DataError, read_parallel
from landmark.tokens import BT_TAG

INFO = "backtranslate.json"


def write_synthetic(
    folder: str | Path,
    source_lang: str,
    target_lang: str,
    synthetic: list[str],
    real: list[str],
    tagged: bool,
    info: dict,
) -> dict:
    """Write synthetic[i] (a translation of real[i], in source_lang) and real[i] (target_lang) line by line, leaving
    out the pairs whose translation came out empty; returns backtranslate.json's content (`info` and the counts)."""
    kept = [(s.strip(), r) for s, r in zip(synthetic, real, strict=True) if s.strip()]
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    tag = f"{BT_TAG} " if tagged else ""
    (folder / f"train.{source_lang}").write_text("".join(tag + s + "\n" for s, _ in kept), encoding="utf-8")
    (folder / f"train.{target_lang}").write_text("".join(r + "\n" for _, r in kept), encoding="utf-8")
    info = {**info, "languages": f"{source_lang}-{target_lang}", "pairs": len(kept),
            "left_out_empty": len(real) - len(kept), "tagged": tagged}  # fmt: skip
    (folder / INFO).write_text(json.dumps(info, indent=1) + "\n", encoding="utf-8")
    return info


def read_synthetic(folder: str | Path, source_lang: str, target_lang: str, field: str) -> tuple[list[str], list[str]]:
    """The (sources, targets) of a synthetic corpus's folder, validated as a parallel corpus; `field` names the
    setting that pointed here, for the error."""
    folder = Path(folder)
    paths = [folder / f"train.{lang}" for lang in (source_lang, target_lang)]
    missing = [path.name for path in paths if not path.is_file()]
    if missing:
        raise DataError(
            f"{field} is {str(folder)!r}: it must be a folder holding train.{source_lang} and train.{target_lang} "
            f"(what `landmark backtranslate` writes); {' and '.join(missing)} not found there"
        )
    return read_parallel(*paths)
