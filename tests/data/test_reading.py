import pytest

from landmark.data.reading import DataError, read_lines, read_parallel, read_tsv


def write(path, text: str | bytes):
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return path


def test_read_lines_strips_ascii_whitespace_but_keeps_no_break_spaces(tmp_path):
    path = write(tmp_path / "a.fr", "  Cours\u202f!\t\r\n\u00a0Bonjour\u00a0\nlast line without newline")
    assert read_lines(path) == ["Cours\u202f!", "\u00a0Bonjour\u00a0", "last line without newline"]


def test_read_lines_splits_only_on_newline(tmp_path):
    # U+2028 and U+0085 are line breaks to str.splitlines; inside a sentence they must not shift alignment.
    path = write(tmp_path / "a.en", "one\u2028still one\x85and one\nsecond\n")
    assert read_lines(path) == ["one\u2028still one\x85and one", "second"]


def test_read_lines_drops_byte_order_mark(tmp_path):
    path = write(tmp_path / "a.en", "\ufefffirst\nsecond\n")
    assert read_lines(path) == ["first", "second"]


def test_read_lines_of_empty_file_is_empty(tmp_path):
    assert read_lines(write(tmp_path / "a.en", "")) == []


def test_bad_utf8_names_file_and_line(tmp_path):
    path = write(tmp_path / "latin1.de", b"gut\nauch gut\n" + "schön\n".encode("latin-1"))
    with pytest.raises(DataError, match=r"latin1\.de:3: not valid UTF-8 \(byte 0xf6") as error:
        read_lines(path)
    assert str(path) in str(error.value)


def test_missing_file_names_the_path(tmp_path):
    with pytest.raises(DataError, match="no such file") as error:
        read_lines(tmp_path / "nowhere.en")
    assert str(tmp_path / "nowhere.en") in str(error.value)


def test_parallel_files_read_aligned(tmp_path):
    src = write(tmp_path / "a.en", "Hello .\nBye .\n")
    tgt = write(tmp_path / "a.de", "Hallo .\nTschüss .\n")
    assert read_parallel(src, tgt) == (["Hello .", "Bye ."], ["Hallo .", "Tschüss ."])


def test_unequal_line_counts_name_both_files_and_counts(tmp_path):
    src = write(tmp_path / "a.en", "one\ntwo\nthree\n")
    tgt = write(tmp_path / "a.de", "eins\nzwei\n")
    with pytest.raises(DataError) as error:
        read_parallel(src, tgt)
    message = str(error.value)
    assert f"{src} has 3 lines" in message and f"{tgt} has 2" in message


def test_empty_line_names_file_and_line_and_quotes_the_other_side(tmp_path):
    src = write(tmp_path / "a.en", "one\ntwo\nthree\n")
    tgt = write(tmp_path / "a.de", "eins\n\ndrei\n")
    with pytest.raises(DataError) as error:
        read_parallel(src, tgt)
    message = str(error.value)
    assert message.startswith(f"{tgt}:2: empty line")
    assert "'two'" in message


def test_whitespace_only_line_counts_as_empty(tmp_path):
    src = write(tmp_path / "a.fr", "un\n\u00a0\u202f\n")
    tgt = write(tmp_path / "a.en", "one\ntwo\n")
    with pytest.raises(DataError, match=r"a\.fr:2: empty line"):
        read_parallel(src, tgt)


def test_empty_lines_beyond_the_first_are_counted(tmp_path):
    src = write(tmp_path / "a.en", "\n\none\n")
    tgt = write(tmp_path / "a.de", "eins\n\neins\n")
    with pytest.raises(DataError, match=r"a\.en:1: empty line.*1 more line pairs"):
        read_parallel(src, tgt)


def test_tsv_rows_are_split_on_tabs_and_stripped(tmp_path):
    path = write(tmp_path / "pairs.txt", "Go.\tVa !\r\nRun! \t Cours\u202f!\n")
    assert read_tsv(path, 2) == [("Go.", "Va !"), ("Run!", "Cours\u202f!")]


def test_tsv_line_with_wrong_number_of_tabs_names_file_and_line(tmp_path):
    path = write(tmp_path / "pairs.txt", "Go.\tVa !\nRun!\tCours !\tCourez !\n")
    with pytest.raises(DataError, match=r"pairs\.txt:2: expected 2 tab-separated fields .* found 3"):
        read_tsv(path, 2)


def test_tsv_empty_field_names_file_and_line(tmp_path):
    path = write(tmp_path / "pairs.txt", "Go.\tVa !\nRun!\t \n")
    with pytest.raises(DataError, match=r"pairs\.txt:2: field 2 is empty"):
        read_tsv(path, 2)
