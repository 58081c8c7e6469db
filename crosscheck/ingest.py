"""Files in -> Articles.

Formats: ``.txt``/``.md`` with optional YAML front matter; a folder's ``sources.csv`` that
maps file names to metadata; ``.jsonl``/``.csv`` with one article per row (``text`` plus the
same fields); ``.html`` saved pages through trafilatura. Encodings: UTF-8 (with or without
BOM), UTF-16 with BOM, and Windows-1256 (Arabic archives); anything else is skipped with the
reason. Nothing is dropped silently: every unreadable file or row becomes a ``Skipped``.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .errors import InputError
from .models import Article, Skipped

TEXT_SUFFIXES = {".txt", ".md", ".markdown"}
ROW_SUFFIXES = {".jsonl", ".csv"}
HTML_SUFFIXES = {".html", ".htm"}
SOURCES_FILE = "sources.csv"
FIELDS = ("outlet", "title", "published", "lang", "url")
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a\u0671-\u06d3]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")


@dataclass
class Ingested:
    """Articles read from the inputs, and what could not be read."""

    articles: list[Article] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[Skipped] = field(default_factory=list)


def ingest(paths: Iterable[str | Path]) -> Ingested:
    """Read every article under ``paths`` (files or folders, folders recursively).

    Raises:
        InputError: A path does not exist (a typo, not a bad file to skip).
    """
    result = Ingested()
    for path in map(Path, paths):
        if not path.exists():
            raise InputError(f"{path}: no such file or folder")
        files = _files_under(path) if path.is_dir() else [path]
        for file in files:
            _read_file(file, _sources_for(file), result)
    _make_ids_unique(result.articles)
    return result


def _files_under(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.name != SOURCES_FILE)


def _sources_for(file: Path) -> dict[str, dict[str, str]]:
    sources = file.parent / SOURCES_FILE
    return _read_sources(sources) if sources.is_file() else {}


_SOURCES_CACHE: dict[tuple[str, float], dict[str, dict[str, str]]] = {}


def _read_sources(path: Path) -> dict[str, dict[str, str]]:
    key = (str(path.resolve()), path.stat().st_mtime)
    if key not in _SOURCES_CACHE:
        text = decode(path.read_bytes(), path)
        rows = csv.DictReader(io.StringIO(text))
        _SOURCES_CACHE[key] = {
            row["file"]: {k: v for k, v in row.items() if k in FIELDS and v}
            for row in rows
            if row.get("file")
        }
    return _SOURCES_CACHE[key]


def _read_file(file: Path, sources: dict, result: Ingested) -> None:
    suffix = file.suffix.lower()
    try:
        if suffix in TEXT_SUFFIXES:
            result.articles.append(_read_text_file(file, sources.get(file.name, {}), result))
        elif suffix == ".jsonl":
            result.articles.extend(_read_jsonl(file, result))
        elif suffix == ".csv":
            result.articles.extend(_read_csv(file, result))
        elif suffix in HTML_SUFFIXES:
            result.articles.append(_read_html(file, sources.get(file.name, {})))
        else:
            known = sorted(TEXT_SUFFIXES | ROW_SUFFIXES | HTML_SUFFIXES)
            raise InputError(f"unsupported file type {suffix or '(none)'!r}; use one of {known}")
    except InputError as error:
        result.skipped.append(Skipped(str(file), str(error)))


def decode(data: bytes, path: Path) -> str:
    """Decode file bytes: UTF-8 (BOM or not), UTF-16 with BOM, else Windows-1256 Arabic.

    Raises:
        InputError: The file is empty, binary, or in no encoding we can tell.
    """
    if not data.strip():
        raise InputError("empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:4096]:
        raise InputError("binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        utf8_error = error
    text = data.decode("cp1256", errors="replace")
    if len(_ARABIC_LETTER.findall(text)) >= max(20, len(_LATIN_LETTER.findall(text)) // 4):
        return text
    raise InputError(
        f"not UTF-8 ({utf8_error.reason} at byte {utf8_error.start}) and not Windows-1256 "
        "Arabic text; re-save the file as UTF-8"
    )


def _read_text_file(file: Path, meta: dict, result: Ingested) -> Article:
    text = decode(file.read_bytes(), file)
    front, body = split_front_matter(text, file)
    fields = {**meta, **front}
    if not body.strip():
        raise InputError("no article text after the front matter")
    return _article(file.stem, body, file, fields, result)


def split_front_matter(text: str, file: Path) -> tuple[dict, str]:
    """Split YAML front matter (``---`` ... ``---``) from the body.

    Raises:
        InputError: The front matter is not closed, not YAML, or not a mapping.
    """
    if not re.match(r"---[ \t]*\r?\n", text):
        return {}, text
    closing = re.search(r"^(?:---|\.\.\.)[ \t]*$", text[3:], re.MULTILINE)
    if not closing:
        raise InputError("broken front matter: opening '---' has no closing '---' line")
    block = text[3 : 3 + closing.start()]
    try:
        front = yaml.safe_load(block) or {}
    except yaml.YAMLError as error:
        raise InputError(f"broken front matter: {_one_line(error)}") from None
    if not isinstance(front, dict):
        raise InputError(f"broken front matter: expected 'key: value' lines, got {type(front).__name__}")
    body = text[3 + closing.end():].lstrip("\r\n")
    return {k: v for k, v in front.items() if k in FIELDS}, body


def _read_jsonl(file: Path, result: Ingested) -> Iterator[Article]:
    text = decode(file.read_bytes(), file)
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{file}:{number}"
        try:
            row = json.loads(line)
            if not isinstance(row, dict):
                raise InputError(f"expected a JSON object, got {type(row).__name__}")
            yield _row_article(row, file, number, result)
        except (json.JSONDecodeError, InputError) as error:
            result.skipped.append(Skipped(where, f"bad row: {_one_line(error)}"))


def _read_csv(file: Path, result: Ingested) -> Iterator[Article]:
    text = decode(file.read_bytes(), file)
    reader = csv.DictReader(io.StringIO(text))
    if "text" not in (reader.fieldnames or []):
        raise InputError(f"CSV has no 'text' column (columns: {reader.fieldnames})")
    for number, row in enumerate(reader, 2):
        try:
            yield _row_article(row, file, number, result)
        except InputError as error:
            result.skipped.append(Skipped(f"{file}:{number}", f"bad row: {error}"))


def _row_article(row: dict, file: Path, number: int, result: Ingested) -> Article:
    text = row.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError("no 'text'")
    article_id = str(row.get("id") or f"{file.stem}-{number}")
    fields = {k: row[k] for k in FIELDS if row.get(k) not in (None, "")}
    return _article(article_id, text, Path(f"{file}:{number}"), fields, result)


def _read_html(file: Path, meta: dict) -> Article:
    import trafilatura

    html = decode(file.read_bytes(), file)
    extracted = trafilatura.extract(html, output_format="json", with_metadata=True)
    if not extracted:
        raise InputError("no article text found in the HTML page")
    page = json.loads(extracted)
    fields = {
        "outlet": page.get("sitename") or page.get("source-hostname") or page.get("hostname"),
        "title": page.get("title"),
        "published": page.get("date"),
        "url": page.get("source") or page.get("url"),
        "lang": page.get("language"),
    }
    fields = {k: v for k, v in fields.items() if v} | meta
    return _article(file.stem, page.get("text") or page.get("raw_text", ""), file, fields, None)


def _article(article_id: str, text: str, path: Path, fields: dict, result: Ingested | None) -> Article:
    published = _iso_date(fields.get("published"), path, result)
    return Article(
        id=article_id,
        outlet=str(fields.get("outlet") or Path(str(path).split(":")[0]).stem),
        text=text,
        path=str(path),
        title=_str_or_none(fields.get("title")),
        published=published,
        lang=_str_or_none(fields.get("lang")) or guess_lang(text),
        url=_str_or_none(fields.get("url")),
    )


def _iso_date(value, path: Path, result: Ingested | None) -> str | None:
    """ISO 8601 date or datetime as a string; a bad value is a warning, not a lost article."""
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    text = str(value).strip()
    try:
        if len(text) == 10:
            return dt.date.fromisoformat(text).isoformat()
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).isoformat()
    except ValueError:
        if result is not None:
            result.warnings.append(
                Skipped(str(path), f"published {value!r} is not an ISO 8601 date; ignored")
            )
        return None


def guess_lang(text: str) -> str:
    """``ar`` when Arabic letters outnumber Latin ones, else ``en``."""
    return "ar" if len(_ARABIC_LETTER.findall(text)) > len(_LATIN_LETTER.findall(text)) else "en"


def _make_ids_unique(articles: list[Article]) -> None:
    seen: dict[str, int] = {}
    for i, article in enumerate(articles):
        count = seen.get(article.id, 0)
        seen[article.id] = count + 1
        if count:
            articles[i] = Article(**{**article.__dict__, "id": f"{article.id}~{count + 1}"})


def _str_or_none(value) -> str | None:
    return None if value in (None, "") else str(value)


def _one_line(error: Exception) -> str:
    return " ".join(str(error).split())
