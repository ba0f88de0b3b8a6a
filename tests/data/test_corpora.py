import dataclasses
import gzip
import hashlib
import io
import os
import urllib.error
import urllib.request
import zipfile
from pathlib import Path

import pytest

from landmark.data import layouts
from landmark.data.corpora import (
    CORPORA,
    DataError,
    get_corpus,
    hash_split,
    load_split,
    load_text,
    locate,
    search_dirs,
)
from landmark.data.toy import toy_split

# Read before the autouse fixture below clears the variable for every test.
REAL_DATA = os.environ.get("LANDMARK_DATA")


@pytest.fixture(autouse=True)
def isolated(monkeypatch, tmp_path):
    """No test reads the user's cache or environment, and none reaches the network."""
    monkeypatch.setenv("LANDMARK_CACHE", str(tmp_path / "cache"))
    monkeypatch.delenv("LANDMARK_DATA", raising=False)

    def no_network(url, *args, **kwargs):
        raise AssertionError(f"a test tried to download {url}")

    monkeypatch.setattr(urllib.request, "urlopen", no_network)


def real_data(folder: str) -> Path:
    """The shared corpora folder holding `folder`, or skip the test."""
    if not REAL_DATA or not (Path(REAL_DATA) / folder).is_dir():
        pytest.skip(f"real data not available: set LANDMARK_DATA to a folder holding {folder}/")
    return Path(REAL_DATA)


class FakeResponse(io.BytesIO):
    def __init__(self, payload: bytes):
        super().__init__(payload)
        self.headers = {"Content-Length": str(len(payload))}


def serve(monkeypatch, payloads: dict[str, bytes]) -> list[str]:
    """Answer urlopen from `payloads` (url -> bytes; a URL not there fails as unreachable)."""
    requested = []

    def fake_urlopen(url, timeout=None):
        requested.append(url)
        if url not in payloads:
            raise urllib.error.URLError("unreachable in this test")
        return FakeResponse(payloads[url])

    monkeypatch.setattr(urllib.request, "urlopen", fake_urlopen)
    return requested


def pin(monkeypatch, corpus: str, name: str, sha256: str | None) -> None:
    """Register `sha256` as the pinned sum of one file of a corpus, for this test only."""
    entry = CORPORA[corpus]
    files = {**entry.files, name: dataclasses.replace(entry.files[name], sha256=sha256)}
    monkeypatch.setitem(CORPORA, corpus, dataclasses.replace(entry, files=files))


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# ---------------------------------------------------------------------------------------------------------
# Names, splits and languages


def test_unknown_corpus_lists_the_known_names_and_toy_tasks():
    with pytest.raises(DataError) as error:
        get_corpus("tatoeba")
    message = str(error.value)
    assert "Did you mean 'tatoeba-eng-fra'?" in message
    for name in ("multi30k", "iwslt16-de-en", "newstest2014", "toy:copy", "toy:reverse", "toy:sort"):
        assert name in message


def test_unknown_split_lists_the_splits():
    with pytest.raises(DataError, match="no split 'dev'.*train, val, test_2016_flickr, test_2017_flickr"):
        load_split("multi30k", "dev", "en", "de")


def test_unknown_language_lists_the_languages():
    with pytest.raises(DataError, match="no language 'es'.*en, de, fr, cs"):
        load_split("multi30k", "train", "en", "es")


def test_pair_not_offered_lists_the_pairs():
    with pytest.raises(DataError, match="no de-fr pair.*de-en, fr-en"):
        load_split("newstest2014", "test", "de", "fr")


def test_evaluation_only_corpus_says_it_has_no_training_data():
    with pytest.raises(DataError, match="evaluation-only corpus: it has no training data"):
        load_split("iwslt16-de-en", "train", "de", "en")


def test_multi30k_czech_has_no_2017_flickr_test_and_says_so():
    with pytest.raises(DataError, match="no 'cs' side for split 'test_2017_flickr'.*en, de, fr"):
        load_split("multi30k", "test_2017_flickr", "en", "cs")


def test_newstest_english_side_needs_the_pair_to_be_named():
    with pytest.raises(DataError, match=r"pass pair=\('de', 'en'\) or \('fr', 'en'\)"):
        locate("newstest2014", "test", "en")


def test_every_corpus_describes_itself_consistently():
    for name, corpus in CORPORA.items():
        assert corpus.name == name
        assert set(corpus.default_pair) <= set(corpus.languages)
        for split in (corpus.train_split, corpus.valid_split, *corpus.test_splits):
            assert split is None or split in corpus.splits


# ---------------------------------------------------------------------------------------------------------
# Finding files


def test_search_dirs_are_data_dir_alone_or_environment_then_cache(monkeypatch, tmp_path):
    monkeypatch.setenv("LANDMARK_DATA", str(tmp_path / "env"))
    assert search_dirs(tmp_path / "arg") == [tmp_path / "arg"]
    assert search_dirs() == [tmp_path / "env", tmp_path / "cache"]


def test_a_data_dir_is_the_only_place_looked_in_even_where_the_environment_has_the_file(monkeypatch, tmp_path):
    """A mistyped --data-dir once trained on the real corpus of LANDMARK_DATA, and a folder missing one file
    took that file from there: a folder the user names is never quietly replaced by another."""
    (tmp_path / "env" / "multi30k").mkdir(parents=True)
    (tmp_path / "env" / "multi30k" / "val.en").write_text("from env\n")
    monkeypatch.setenv("LANDMARK_DATA", str(tmp_path / "env"))
    with pytest.raises(DataError, match="does-not-exist does not exist"):
        locate("multi30k", "val", "en", data_dir=tmp_path / "does-not-exist")
    (tmp_path / "arg" / "multi30k").mkdir(parents=True)
    (tmp_path / "arg" / "multi30k" / "val.de").write_text("from arg\n")
    with pytest.raises(DataError, match="only folder looked in") as error:
        load_split("multi30k", "val", "en", "de", data_dir=tmp_path / "arg")
    assert str(tmp_path / "arg" / "multi30k" / "val.en") in str(error.value)


def test_data_dir_wins_over_the_environment(monkeypatch, tmp_path):
    for root in ("arg", "env"):
        (tmp_path / root / "multi30k").mkdir(parents=True)
        (tmp_path / root / "multi30k" / "val.en").write_text(f"from {root}\n")
    monkeypatch.setenv("LANDMARK_DATA", str(tmp_path / "env"))
    assert locate("multi30k", "val", "en", data_dir=tmp_path / "arg").read_text() == "from arg\n"
    assert locate("multi30k", "val", "en").read_text() == "from env\n"


def test_missing_file_offline_names_every_place_looked_and_what_to_set(monkeypatch, tmp_path):
    monkeypatch.setenv("LANDMARK_DATA", str(tmp_path / "env"))
    with pytest.raises(DataError) as error:
        locate("multi30k", "val", "de", download=False)
    message = str(error.value)
    for folder in ("env", "cache"):
        assert str(tmp_path / folder / "multi30k" / "val.de") in message
    assert "LANDMARK_DATA" in message and "--data-dir" in message
    assert CORPORA["multi30k"].files["val.de"].urls[0] in message


def test_unreachable_upstream_names_the_places_looked_and_the_url(monkeypatch, tmp_path):
    serve(monkeypatch, {})
    with pytest.raises(DataError, match="The download failed") as error:
        load_split("newstest2014", "test", "de", "en")
    message = str(error.value)
    assert str(tmp_path / "cache" / "wmt14-newstest2014" / "newstest2014-deen.de") in message
    assert "LANDMARK_DATA is not set" in message
    assert "newstest2014-deen-ref.de.sgm" in message


# ---------------------------------------------------------------------------------------------------------
# Downloading


def test_download_is_gunzipped_verified_and_cached(monkeypatch, tmp_path):
    content = "Zwei Hunde spielen .\nEin Mann läuft .\n".encode()
    pin(monkeypatch, "multi30k", "val.de", sha256(content))
    url = CORPORA["multi30k"].files["val.de"].urls[0]
    requested = serve(monkeypatch, {url: gzip.compress(content)})

    path = locate("multi30k", "val", "de")

    assert requested == [url]
    assert url.endswith("/a3d2e0d26b56f3846f66a952536ffed4e401d05a/data/task1/raw/val.de.gz")
    assert path == tmp_path / "cache" / "multi30k" / "val.de"
    assert path.read_bytes() == content
    assert locate("multi30k", "val", "de", download=False) == path  # found in the cache next time


def test_checksum_mismatch_is_refused_and_the_file_not_kept(monkeypatch, tmp_path):
    wrong = b"not the file we pinned\n"
    source = tmp_path / "served.gz"
    source.write_bytes(gzip.compress(wrong))
    url = CORPORA["multi30k"].files["train.en"].urls[0]
    serve(monkeypatch, {url: source.read_bytes()})

    with pytest.raises(DataError) as error:
        locate("multi30k", "train", "en")

    message = str(error.value)
    assert CORPORA["multi30k"].files["train.en"].sha256 in message
    assert sha256(wrong) in message
    folder = tmp_path / "cache" / "multi30k"
    assert not (folder / "train.en").exists()
    assert not folder.exists() or not any(folder.iterdir())  # no temporary file left behind either


def test_unpinned_download_warns_and_gives_its_sha256(monkeypatch):
    content = b"A man on a horse .\n"
    url = CORPORA["multi30k"].files["test_2017_mscoco.en"].urls[0]
    serve(monkeypatch, {url: gzip.compress(content)})
    with pytest.warns(UserWarning, match=f"could not be verified.*{sha256(content)}"):
        path = locate("multi30k", "test_2017_mscoco", "en")
    assert path.read_bytes() == content


def test_tatoeba_falls_back_to_its_mirror_and_unzips_the_member(monkeypatch):
    content = b"Go.\tVa !\n"
    pin(monkeypatch, "tatoeba-eng-fra", "eng-fra.txt", sha256(content))
    primary, mirror = CORPORA["tatoeba-eng-fra"].files["eng-fra.txt"].urls
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("eng-fra.txt", content)
    requested = serve(monkeypatch, {mirror: archive.getvalue()})

    assert locate("tatoeba-eng-fra", "train", "en").read_text() == "Go.\n"
    assert requested == [primary, mirror]


def test_sgm_text_is_the_segments_in_order_untouched():
    sgm = (
        '<refset>\n<doc docid="1">\n<seg id="1">A  &quot;b\u00a0</seg>\n</doc>\n'
        '<doc docid="2">\n<seg id="1">C</seg>\n</doc>\n</refset>\n'
    )
    assert layouts._sgm_text(sgm.encode()) == "A  &quot;b\u00a0\nC\n".encode()


# ---------------------------------------------------------------------------------------------------------
# Tatoeba's split and the toy tasks


def write_tatoeba(root: Path, text: str) -> None:
    (root / "tatoeba-eng-fra").mkdir(parents=True)
    (root / "tatoeba-eng-fra" / "eng-fra.txt").write_text(text, encoding="utf-8")


def test_tatoeba_malformed_line_names_file_and_line(tmp_path):
    write_tatoeba(tmp_path, "Go.\tVa !\nRun! Cours !\n")
    with pytest.raises(DataError, match=r"eng-fra\.txt:2: expected 2 tab-separated fields"):
        load_split("tatoeba-eng-fra", "train", "en", "fr", data_dir=tmp_path)


def test_tatoeba_split_follows_the_english_side_in_either_direction(tmp_path):
    english = [f"Sentence number {i}." for i in range(300)]
    write_tatoeba(tmp_path, "".join(f"{en}\tPhrase {i}.\n{en}\tAutre {i}.\n" for i, en in enumerate(english)))
    seen = set()
    for split in ("train", "val", "test"):
        fr, en = load_split("tatoeba-eng-fra", split, "fr", "en", data_dir=tmp_path)
        assert all(hash_split(sentence) == split for sentence in en)
        assert len(en) == 2 * len(set(en))  # both translations of each sentence came along
        seen |= set(en)
    assert seen == set(english)


def test_toy_tasks_load_through_the_registry_in_both_directions():
    assert load_split("toy:reverse", "val", "src", "tgt") == toy_split("reverse", "val")
    src_lines, tgt_lines = toy_split("sort", "test")
    assert load_split("toy:sort", "test", "tgt", "src") == (tgt_lines, src_lines)


# ---------------------------------------------------------------------------------------------------------
# The real corpora (skipped where LANDMARK_DATA does not hold them)


def test_multi30k_has_the_published_split_sizes():
    root = real_data("multi30k")
    assert len(load_split("multi30k", "train", "en", "de", data_dir=root)[0]) == 29_000
    assert len(load_split("multi30k", "val", "en", "de", data_dir=root)[0]) == 1_014
    assert len(load_split("multi30k", "test_2016_flickr", "en", "de", data_dir=root)[0]) == 1_000
    assert len(load_split("multi30k", "test_2017_flickr", "fr", "en", data_dir=root)[0]) == 1_000


def test_tatoeba_splits_cover_every_line_and_share_no_english_sentence():
    root = real_data("tatoeba-eng-fra")
    english = {}
    for split in ("train", "val", "test"):
        en, fr = load_split("tatoeba-eng-fra", split, "en", "fr", data_dir=root)
        assert len(en) == len(fr)
        english[split] = en
    assert sum(len(lines) for lines in english.values()) == 135_842
    assert not set(english["train"]) & set(english["val"])
    assert not set(english["train"]) & set(english["test"])
    assert not set(english["val"]) & set(english["test"])


def test_iwslt_fairseq_test_is_the_five_sets_in_fairseq_order():
    root = real_data("iwslt16-de-en-devtest")
    de, en = load_split("iwslt16-de-en", "fairseq-test", "de", "en", data_dir=root)
    assert len(de) == len(en) == 6_750
    parts = ("TED.dev2010", "TEDX.dev2012", "TED.tst2010", "TED.tst2011", "TED.tst2012")
    assert de == [line for part in parts for line in load_split("iwslt16-de-en", part, "de", "en", root)[0]]
    derived = locate("iwslt16-de-en", "fairseq-test", "en", data_dir=root)
    assert derived.read_text(encoding="utf-8").splitlines() == en


def test_newstest2014_pairs_have_3003_lines_each_and_different_english():
    root = real_data("wmt14-newstest2014")
    de, en_of_de = load_split("newstest2014", "test", "de", "en", data_dir=root)
    fr, en_of_fr = load_split("newstest2014", "test", "en", "fr", data_dir=root)[::-1]
    assert len(de) == len(en_of_de) == len(fr) == len(en_of_fr) == 3_003
    assert en_of_de != en_of_fr


def test_newstest2014_plain_files_are_the_text_of_the_sgm_files():
    root = real_data("wmt14-newstest2014")
    for name, remote in CORPORA["newstest2014"].files.items():
        stem, lang = name.split(".")
        sgm = root / "wmt14-newstest2014" / "sgm" / f"{stem}-ref.{lang}.sgm"
        assert sha256(remote.unpack(sgm.read_bytes())) == remote.sha256


def test_every_local_file_matches_its_registered_sha256():
    root = real_data("multi30k")
    checked = 0
    for corpus in CORPORA.values():
        for name, remote in corpus.files.items():
            if remote.sha256 is None:  # not staged, not pinned
                continue
            path = root / corpus.folder / name
            assert path.is_file(), f"{path} is registered but missing"
            assert sha256(path.read_bytes()) == remote.sha256, f"{path}: sha256 differs from the registry"
            checked += 1
    assert checked == 15 + 1 + 18 + 4 + 1  # multi30k, tatoeba, iwslt, newstest, tinyshakespeare


def test_tiny_shakespeare_is_split_90_10_by_characters_in_blocks_of_64_as_nanogpt_splits_it():
    root = real_data("tinyshakespeare")
    train, val = (load_text("tinyshakespeare", split, "en", data_dir=root) for split in ("train", "val"))
    text = (root / "tinyshakespeare" / "input.txt").read_text(encoding="utf-8")
    assert "".join(train) == text[: int(len(text) * 0.9)] and "".join(val) == text[int(len(text) * 0.9) :]
    assert sum(map(len, train)) == 1_003_854 and sum(map(len, val)) == 111_540  # nanoGPT's train / val tokens
    assert {len(block) for block in train[:-1]} == {64} and "\n" in train[0]
    assert load_text("multi30k", "val", "de", data_dir=real_data("multi30k"))[0].startswith("Eine Gruppe")
