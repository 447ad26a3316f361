"""Readers: turn files into RawDocuments, one per article, or IngestProblems.

Readers never raise on bad input: every unreadable file or record becomes an
IngestProblem naming the file (and line) and the reason, so a batch goes on.
"""
from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from fogofwar.model import IngestProblem

MAX_FILE_BYTES = 20 * 1024 * 1024  # a single article file larger than this is not an article
MAX_RECORD_CHARS = 2 * 1024 * 1024  # one article's text or HTML
TEXT_SUFFIXES = {".txt", ".text"}  # .md is read only when named explicitly
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
WARC_SUFFIXES = {".warc", ".warc.gz"}


@dataclass
class RawDocument:
    """An article as read, before cleaning: either plain text or HTML, plus known fields."""

    source: str  # file path, with #line or #record for containers
    text: str | None = None
    html: str | None = None
    fields: dict = field(default_factory=dict)  # id, url, title, published, outlet, author


def _suffix(path: Path) -> str:
    name = path.name.lower()
    if name.endswith(".warc.gz"):
        return ".warc.gz"
    return path.suffix.lower()


def _decode(data: bytes, source: str) -> str | IngestProblem:
    """Bytes to text: UTF-8 first, then a declared-agnostic fallback; binary is refused."""
    if not data.strip():
        return IngestProblem(source=source, reason="empty file")
    sample = data[:8192]
    if b"\x00" in sample:
        # UTF-16 with a BOM is text; other NULs mean binary.
        if sample[:2] in (b"\xff\xfe", b"\xfe\xff"):
            try:
                return data.decode("utf-16")
            except UnicodeDecodeError:
                pass
        return IngestProblem(source=source, reason="binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is not None and best.encoding:
            # Short Western texts are often guessed as a Central European code page;
            # cp1252 reads the same bytes as the more common Latin letters.
            if best.encoding in ("cp1250", "iso8859_2", "cp1257", "iso8859_13", "mac_latin2"):
                try:
                    return data.decode("cp1252")
                except UnicodeDecodeError:
                    pass
            return str(best)
    except ImportError:  # pragma: no cover - charset_normalizer ships with requests/trafilatura
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return IngestProblem(source=source, reason="undecodable text (not UTF-8 or cp1252)")


def _read_bytes(path: Path) -> bytes | IngestProblem:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return IngestProblem(
                source=str(path),
                reason=f"file too large ({size / 1e6:.1f} MB > {MAX_FILE_BYTES / 1e6:.0f} MB limit)",
            )
        return path.read_bytes()
    except OSError as exc:
        return IngestProblem(source=str(path), reason=f"unreadable: {exc.strerror or exc}")


def _read_text(path: Path) -> str | IngestProblem:
    data = _read_bytes(path)
    return data if isinstance(data, IngestProblem) else _decode(data, str(path))


def _read_text_file(path: Path, html: bool) -> Iterator[RawDocument | IngestProblem]:
    text = _read_text(path)
    if isinstance(text, IngestProblem):
        yield text
        return
    if html:
        yield RawDocument(source=str(path), html=text)
    else:
        yield RawDocument(source=str(path), text=text)


_JSON_FIELDS = ("id", "url", "title", "published", "date", "outlet", "source", "author", "original_outlet")


def record_to_document(record: dict, source: str) -> RawDocument | IngestProblem:
    """One JSON object (a JSONL line or an API payload) to a RawDocument."""
    if not isinstance(record, dict):
        return IngestProblem(source=source, reason="record is not a JSON object")
    text, html = record.get("text"), record.get("html")
    if not isinstance(text, str) and not isinstance(html, str):
        return IngestProblem(source=source, reason="record has neither 'text' nor 'html'")
    body = text if isinstance(text, str) else html
    if not body.strip():
        return IngestProblem(source=source, reason="record text is empty")
    if len(body) > MAX_RECORD_CHARS:
        return IngestProblem(source=source, reason=f"record too large ({len(body)} chars)")
    fields = {k: record[k] for k in _JSON_FIELDS if record.get(k) not in (None, "")}
    if "date" in fields and "published" not in fields:
        fields["published"] = fields.pop("date")
    if "source" in fields and "outlet" not in fields:
        fields["outlet"] = fields.pop("source")
    fields = {k: (str(v) if not isinstance(v, str) else v) for k, v in fields.items()}
    return RawDocument(
        source=source,
        text=text if isinstance(text, str) else None,
        html=None if isinstance(text, str) else html,
        fields=fields,
    )


def _read_jsonl(path: Path) -> Iterator[RawDocument | IngestProblem]:
    text = _read_text(path)
    if isinstance(text, IngestProblem):
        yield text
        return
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        source = f"{path}:{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield IngestProblem(source=source, reason=f"invalid JSON ({exc.msg}, column {exc.colno})")
            continue
        yield record_to_document(record, source)


def _read_warc(path: Path) -> Iterator[RawDocument | IngestProblem]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES * 50:
            yield IngestProblem(source=str(path), reason=f"WARC too large ({size / 1e9:.1f} GB)")
            return
        found = 0
        with path.open("rb") as fh:
            for n, rec in enumerate(ArchiveIterator(fh), 1):
                if rec.rec_type != "response":
                    continue
                ctype = (rec.http_headers.get_header("Content-Type") or "") if rec.http_headers else ""
                if "html" not in ctype and "text" not in ctype:
                    continue
                found += 1
                source = f"{path}#record{n}"
                body = rec.content_stream().read(MAX_RECORD_CHARS + 1)
                if len(body) > MAX_RECORD_CHARS:
                    yield IngestProblem(source=source, reason="WARC record too large")
                    continue
                decoded = _decode(body, source)
                if isinstance(decoded, IngestProblem):
                    yield decoded
                    continue
                url = rec.rec_headers.get_header("WARC-Target-URI")
                date = (rec.rec_headers.get_header("WARC-Date") or "")[:10]
                fields = {"url": url} if url else {}
                if "html" in ctype:
                    yield RawDocument(source=source, html=decoded, fields=fields | {"crawl_date": date})
                else:
                    yield RawDocument(source=source, text=decoded, fields=fields)
        if not found:
            yield IngestProblem(source=str(path), reason="no HTML or text responses in WARC")
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as exc:
        yield IngestProblem(source=str(path), reason=f"unreadable WARC: {exc}")


def read_file(path: Path) -> Iterator[RawDocument | IngestProblem]:
    suffix = _suffix(path)
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl(path)
    elif suffix in WARC_SUFFIXES:
        yield from _read_warc(path)
    elif suffix in HTML_SUFFIXES:
        yield from _read_text_file(path, html=True)
    elif suffix in TEXT_SUFFIXES or suffix in {"", ".md"}:
        # Text that is really HTML (a saved page with a .txt name) is still treated as HTML.
        for doc in _read_text_file(path, html=False):
            if isinstance(doc, RawDocument) and doc.text and doc.text.lstrip()[:15].lower().startswith(("<!doctype html", "<html")):
                doc.html, doc.text = doc.text, None
            yield doc
    else:
        yield IngestProblem(source=str(path), reason=f"unsupported file type '{suffix}'")


def discover(paths: Iterable[str | os.PathLike]) -> Iterator[Path | IngestProblem]:
    """Expand folders recursively (sorted, so runs are reproducible); skip hidden files."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for sub in sorted(path.rglob("*")):
                rel = sub.relative_to(path)
                if any(part.startswith(".") for part in rel.parts) or not sub.is_file():
                    continue
                if _suffix(sub) in TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | WARC_SUFFIXES:
                    yield sub
        elif path.exists():
            yield path
        else:
            yield IngestProblem(source=str(path), reason="no such file or directory")


def iter_documents(paths: Iterable[str | os.PathLike]) -> Iterator[RawDocument | IngestProblem]:
    for item in discover(paths):
        if isinstance(item, IngestProblem):
            yield item
        else:
            yield from read_file(item)
