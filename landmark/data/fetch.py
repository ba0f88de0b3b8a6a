"""Where a corpus's files are looked for, and how they are downloaded.

Where a file is looked for (each folder holds `<corpus folder>/<file>`, e.g. `multi30k/train.en`):

- a `data_dir` given (the CLI's --data-dir) is the only place: a folder the user names is never quietly
  replaced by another, so a missing file there is an error naming the folder, not a download;
- otherwise, in this order: the folder in the environment variable LANDMARK_DATA; the cache
  (LANDMARK_CACHE, else ~/.cache/landmark); else a download from its upstream address (pinned to a commit)
  into the cache, checked against its sha256 and written atomically (a temporary file, then os.replace).

Files found in a folder are used as they are; only downloads are checked. A download is checked after
unpacking (gunzip, unzip, or the text of an SGML file), so the pinned sha256 is that of the file as
it lies in shared/data.
"""

from __future__ import annotations

import hashlib
import http.client
import os
import tempfile
import urllib.request
import warnings
import zipfile
from pathlib import Path

from tqdm import tqdm

from landmark.data.layouts import Corpus, Fetch
from landmark.data.reading import DataError

_DOWNLOAD_TIMEOUT_S = 60
_CHUNK_BYTES = 1 << 16


def cache_dir() -> Path:
    """Where downloads and built files go: LANDMARK_CACHE, else ~/.cache/landmark."""
    return Path(os.environ.get("LANDMARK_CACHE") or "~/.cache/landmark").expanduser()


def search_dirs(data_dir: str | Path | None = None) -> list[Path]:
    """The folders searched for corpus files, in order: data_dir alone if given, else LANDMARK_DATA, the cache."""
    return [folder for folder, _ in _labelled_search_dirs(data_dir)]


def _labelled_search_dirs(data_dir: str | Path | None) -> list[tuple[Path, str]]:
    if data_dir is not None:
        return [(Path(data_dir).expanduser(), "--data-dir")]
    candidates = [
        (os.environ.get("LANDMARK_DATA") or None, "LANDMARK_DATA"),
        (cache_dir(), "cache"),
    ]
    folders: list[tuple[Path, str]] = []
    for folder, label in candidates:
        if folder is not None and all(Path(folder).expanduser() != seen for seen, _ in folders):
            folders.append((Path(folder).expanduser(), label))
    return folders


def _fetcher(corpus: Corpus, data_dir: str | Path | None, download: bool) -> Fetch:
    return lambda name: _fetch(corpus, name, data_dir, download)


def _fetch(corpus: Corpus, name: str, data_dir: str | Path | None, download: bool) -> Path:
    """The path of one file of a corpus: the first found in the search folders, else a fresh download."""
    if data_dir is not None:
        folder = Path(data_dir).expanduser()
        path = folder / corpus.folder / name
        if path.is_file():
            return path
        if not folder.is_dir():
            raise DataError(f"--data-dir {folder} does not exist (or is not a folder)")
        raise DataError(
            f"{corpus.name}: {path} not found. --data-dir is the only folder looked in when it is given; put "
            f"{corpus.folder}/{name} there, or leave --data-dir out to use LANDMARK_DATA, the cache or a download."
        )
    looked = []
    for folder, label in _labelled_search_dirs(data_dir):
        path = folder / corpus.folder / name
        if path.is_file():
            return path
        looked.append(f"  {path}  ({label}{'' if folder.is_dir() else '; no such folder'})")
    if not os.environ.get("LANDMARK_DATA"):
        looked.append("  (LANDMARK_DATA is not set)")
    remote = corpus.files[name]

    def missing(reason: str) -> DataError:
        return DataError(
            f"{corpus.name}: {corpus.folder}/{name} not found. Looked in:\n" + "\n".join(looked) + "\n"
            f"{reason}\n"
            f"Upstream: {' or '.join(remote.urls)}\n"
            f"Set LANDMARK_DATA to a folder that holds {corpus.folder}/{name}, or pass --data-dir."
        )

    if not download:
        raise missing("Downloading was turned off (download=False).")
    target = cache_dir() / corpus.folder / name
    failures, mismatches = [], []
    for url in remote.urls:
        try:
            content = remote.unpack(_download(url, desc=f"{corpus.folder}/{name}"))
        except (OSError, http.client.HTTPException, EOFError, ValueError, zipfile.BadZipFile) as error:
            failures.append(f"  {url}: {error}")
            continue
        actual = hashlib.sha256(content).hexdigest()
        if remote.sha256 is None:
            warnings.warn(
                f"{corpus.folder}/{name} was downloaded from {url} but could not be verified: no sha256 is "
                f"pinned for it. Its sha256 is {actual}; compare it with the upstream repository before "
                "reporting results on it.",
                stacklevel=2,
            )
        elif actual != remote.sha256:
            mismatches.append(f"  {url}: expected sha256 {remote.sha256}, got {actual}; the file was not kept")
            continue
        _write_atomically(target, content)
        return target
    if mismatches and not failures:
        raise DataError(
            f"{corpus.name}: the download of {corpus.folder}/{name} does not match its pinned sha256:\n"
            + "\n".join(mismatches)
            + "\nThe upstream file may have changed; place a verified copy under LANDMARK_DATA or --data-dir."
        )
    mismatches = [f"{line} (checksum mismatch)" for line in mismatches]
    raise missing("The download failed:\n" + "\n".join(failures + mismatches))


def _download(url: str, desc: str) -> bytes:
    """The bytes at `url`, with a progress bar."""
    with urllib.request.urlopen(url, timeout=_DOWNLOAD_TIMEOUT_S) as response:
        headers = getattr(response, "headers", None) or {}
        total = int(headers.get("Content-Length") or 0) or None
        chunks = []
        with tqdm(total=total, unit="B", unit_scale=True, desc=desc, leave=False) as progress:
            while chunk := response.read(_CHUNK_BYTES):
                chunks.append(chunk)
                progress.update(len(chunk))
    return b"".join(chunks)


def _write_atomically(path: Path, content: bytes) -> None:
    """Write a file so that readers see the old file or the whole new one, never half of it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(content)
        os.chmod(temporary, 0o644)  # mkstemp makes it private; a cache may be shared
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
