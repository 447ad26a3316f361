"""Readers: each format, folders, and every kind of bad input."""
from __future__ import annotations

import gzip
import json

import pytest

from fogofwar.ingest import MAX_FILE_BYTES, RawDocument, iter_documents, record_to_document
from fogofwar.model import IngestProblem

from conftest import FIXTURES

INGEST = FIXTURES / "ingest"
BAD = INGEST / "bad"


def docs(*paths):
    return [d for d in iter_documents(paths) if isinstance(d, RawDocument)]


def problems(*paths):
    return [d for d in iter_documents(paths) if isinstance(d, IngestProblem)]


def test_text_file_is_read_as_text():
    [doc] = docs(INGEST / "article.txt")
    assert doc.text and doc.html is None
    assert "Gao" in doc.text


def test_html_file_is_read_as_html():
    [doc] = docs(INGEST / "article.html")
    assert doc.html and "<" in doc.html and doc.text is None


def test_jsonl_reads_one_document_per_line_with_fields():
    found = docs(INGEST / "articles.jsonl")
    assert [d.fields["id"] for d in found] == ["fx-1", "fx-2", "fx-3"]
    assert found[2].html and found[2].text is None  # the html record
    assert found[0].fields["published"] and found[0].fields["outlet"]
    assert found[0].source.endswith("articles.jsonl:1")


def test_warc_reads_html_responses_only():
    found = docs(INGEST / "articles.warc.gz")
    assert len(found) == 2
    assert all(d.html and d.fields.get("url", "").startswith("http") for d in found)


def test_folder_is_read_recursively_in_sorted_order():
    found = docs(INGEST)
    files = [d.source.split(":")[0].split("#")[0] for d in found]
    assert any(f.endswith("nested/dir/another.txt") for f in files)
    assert files == sorted(files)  # folders are read in a stable, sorted order


@pytest.mark.parametrize(
    "name, reason",
    [("empty.txt", "empty"), ("binary.txt", "binary"), ("notjson.jsonl", "JSON")],
)
def test_bad_files_become_problems_naming_the_file(name, reason):
    found = problems(BAD / name)
    assert found, name
    assert all(name in p.source for p in found)
    assert any(reason.lower() in p.reason.lower() for p in found)


def test_truncated_jsonl_keeps_good_lines_and_reports_the_cut_one():
    items = list(iter_documents([BAD / "truncated.jsonl"]))
    good = [d for d in items if isinstance(d, RawDocument)]
    bad = [d for d in items if isinstance(d, IngestProblem)]
    assert len(good) >= 1 and len(bad) == 1
    assert bad[0].source.endswith(f":{len(good) + 1}")


def test_wrongly_encoded_file_is_decoded_not_rejected():
    [doc] = docs(BAD / "latin1.txt")
    assert "Ségou" in doc.text and "\ufffd" not in doc.text


def test_enormous_file_is_refused(tmp_path):
    big = tmp_path / "huge.txt"
    with big.open("wb") as fh:
        fh.seek(MAX_FILE_BYTES + 10)
        fh.write(b"x")
    [p] = problems(big)
    assert "too large" in p.reason and "huge.txt" in p.source


def test_missing_path_and_unsupported_type(tmp_path):
    (tmp_path / "a.pdf").write_bytes(b"%PDF-1.4")
    assert "no such file" in problems(tmp_path / "nope.txt")[0].reason
    assert "unsupported" in problems(tmp_path / "a.pdf")[0].reason


def test_unreadable_file(tmp_path):
    from fogofwar.ingest import read_file

    odd = tmp_path / "folder.txt"  # a directory where a file was expected: reading fails
    odd.mkdir()
    [p] = list(read_file(odd))
    assert isinstance(p, IngestProblem) and "unreadable" in p.reason and "folder.txt" in p.source


def test_corrupt_warc(tmp_path):
    f = tmp_path / "bad.warc.gz"
    f.write_bytes(gzip.compress(b"this is not a warc record\r\n\r\n"))
    found = list(iter_documents([f]))
    assert found and all(isinstance(d, IngestProblem) for d in found)


@pytest.mark.parametrize(
    "record, reason",
    [([1, 2], "not a JSON object"), ({"id": "x"}, "neither"), ({"text": "   "}, "empty"), ({"text": "x" * 3_000_000}, "too large")],
)
def test_record_validation(record, reason):
    result = record_to_document(record, "api")
    assert isinstance(result, IngestProblem) and reason in result.reason


def test_record_aliases_date_and_source():
    doc = record_to_document({"text": "Body.", "date": "2024-01-02", "source": "Wire"}, "api")
    assert doc.fields == {"published": "2024-01-02", "outlet": "Wire"}
    assert json.dumps(doc.fields)
