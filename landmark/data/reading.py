"""Reading and validating text files: one sentence per line, strict UTF-8.

Every problem with a user's file is a `DataError` whose message names the file and the 1-based line,
says what is wrong and what to do about it.

How a file becomes lines:

- The bytes must decode as UTF-8; nothing is guessed or replaced. A UTF-8 byte-order mark at the start
  of the file is dropped.
- Lines are split on "\\n" only. (`str.splitlines` would also split on U+2028, U+0085, form feeds and
  other characters that can occur inside a sentence, and would shift every later line out of alignment.)
  A final newline does not start an extra line.
- Each line loses its surrounding *ASCII* whitespace (space, tab, CR, LF, form feed, vertical tab) and
  nothing else: a no-break space (U+00A0, U+202F) is text, as in French "Cours\\u202f!", and is kept
  even at the ends of a line.
"""

from __future__ import annotations

import string
from pathlib import Path

_ASCII_WHITESPACE = string.whitespace  # ' \t\n\r\x0b\x0c': ASCII only, unlike str.strip()'s default
_SHOWN_CHARS = 60  # how much of the other side an empty-line message quotes


class DataError(ValueError):
    """A problem with a user's data file; the message names the file and the line and says what to do."""


def read_lines(path: str | Path) -> list[str]:
    """The lines of a UTF-8 text file, each stripped of surrounding ASCII whitespace."""
    return [line.strip(_ASCII_WHITESPACE) for line in _raw_lines(path)]


def read_parallel(src_path: str | Path, tgt_path: str | Path) -> tuple[list[str], list[str]]:
    """Read two line-aligned files and check that they make a parallel corpus.

    Checks that both have the same number of lines and that no line is empty (or only whitespace)
    on either side. Returns (src_lines, tgt_lines).
    """
    src_lines, tgt_lines = read_lines(src_path), read_lines(tgt_path)
    if len(src_lines) != len(tgt_lines):
        raise DataError(
            f"{src_path} has {len(src_lines)} lines but {tgt_path} has {len(tgt_lines)}: the two sides of a "
            "parallel corpus must be aligned line by line. Look for a missing or extra line, or a sentence "
            "broken over two lines, in one of the files."
        )
    empty = [
        i for i, (src, tgt) in enumerate(zip(src_lines, tgt_lines, strict=True)) if not src.strip() or not tgt.strip()
    ]
    if empty:
        i = empty[0]
        line = i + 1
        src, tgt = src_lines[i], tgt_lines[i]
        if not src.strip() and not tgt.strip():
            where = f"{src_path}:{line}: empty line, and line {line} of {tgt_path} is empty too"
        elif not src.strip():
            where = f"{src_path}:{line}: empty line (the other side, {tgt_path}:{line}, is {_shorten(tgt)!r})"
        else:
            where = f"{tgt_path}:{line}: empty line (the other side, {src_path}:{line}, is {_shorten(src)!r})"
        more = f" ({len(empty) - 1} more line pairs have an empty side)" if len(empty) > 1 else ""
        raise DataError(
            f"{where}{more}. Every pair needs text on both sides: fill in or delete the pair in both files."
        )
    return src_lines, tgt_lines


def read_tsv(path: str | Path, num_fields: int) -> list[tuple[str, ...]]:
    """The rows of a tab-separated file with exactly `num_fields` non-empty fields on every line.

    Fields are stripped of surrounding ASCII whitespace (as lines are by `read_lines`).
    """
    rows = []
    for line_number, line in enumerate(_raw_lines(path), start=1):
        fields = line.rstrip("\r\n").split("\t")
        if len(fields) != num_fields:
            raise DataError(
                f"{path}:{line_number}: expected {num_fields} tab-separated fields (exactly {num_fields - 1} "
                f"tab{'s' if num_fields != 2 else ''}), found {len(fields)}: {_shorten(line)!r}. "
                "Fix or delete this line."
            )
        fields = [field.strip(_ASCII_WHITESPACE) for field in fields]
        for column, field in enumerate(fields, start=1):
            if not field.strip():
                raise DataError(f"{path}:{line_number}: field {column} is empty. Fill it in or delete this line.")
        rows.append(tuple(fields))
    return rows


def _raw_lines(path: str | Path) -> list[str]:
    """Decode a file as strict UTF-8 and split it on newlines, keeping each line as it is."""
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise DataError(f"{path}: no such file. Check the path (and --data-dir / LANDMARK_DATA).") from None
    except OSError as error:
        raise DataError(f"{path}: cannot read the file ({error.strerror or error}).") from None
    return decode_lines(data, path)


def decode_lines(data: bytes, path: str | Path) -> list[str]:
    """Bytes of text as strict UTF-8, split on newlines, each line kept as it is; `path` names it in errors."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line_start = data.rfind(b"\n", 0, error.start) + 1
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - line_start + 1
        raise DataError(
            f"{path}:{line}: not valid UTF-8 (byte 0x{data[error.start]:02x} at byte {column} of the line). "
            "Convert the file to UTF-8, e.g. `iconv -f latin1 -t utf-8 in > out` if it is Latin-1."
        ) from None
    text = text.removeprefix("\ufeff")
    lines = text.split("\n")
    if lines[-1] == "":  # the final newline ends the last line; it does not start a new one
        lines.pop()
    return lines


def _shorten(text: str) -> str:
    return text if len(text) <= _SHOWN_CHARS else text[: _SHOWN_CHARS - 3] + "..."
