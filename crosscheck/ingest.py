"""Files in -> Articles.

Formats: ``.txt``/``.md`` with optional YAML front matter; a folder's ``sources.csv`` that
maps file names to metadata; ``.jsonl``/``.csv`` with one article per row (``text`` plus the
same fields); ``.html`` saved pages through trafilatura. Encodings: UTF-8 (with or without
BOM), UTF-16 with BOM, and Windows-1256 (Arabic archives); anything else is skipped with the
reason. Nothing is dropped silently: every unreadable file or row becomes a ``Skipped``.

Only regular files are read (a FIFO or a device is skipped, never opened), each up to
``max_bytes`` (``--max-file-mb``). Front matter and metadata fields must be single values of
bounded size. Folders that crosscheck wrote itself (a report set, an index) are not read
back as articles.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import re
import stat
import unicodedata
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
DEFAULT_MAX_BYTES = 20 * 2**20
FRONT_MATTER_MAX_CHARS = 64 * 1024
FIELD_MAX_CHARS = 2000
#: Files that mark a folder as crosscheck's own output (a report set, an index).
REPORT_MARKER = "findings.json"
INDEX_MARKER = "crosscheck_index.json"
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a\u0671-\u06d3]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")
#: Share of letters, marks, digits and spaces a text must have: none for an encoding a file
#: declares or that validates (UTF-8), 0.8 for guessed Windows-1256 (random bytes: ~0.6).
_PLAUSIBLE_SHARE = 0.0
_PLAUSIBLE_CP1256_SHARE = 0.8


@dataclass
class Ingested:
    """Articles read from the inputs, and what could not be read."""

    articles: list[Article] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[Skipped] = field(default_factory=list)


@dataclass
class _Run:
    """One ingest call: where results go, the size cap, what was reported once already."""

    result: Ingested
    max_bytes: int
    sources: dict[Path, dict[str, dict[str, str]]] = field(default_factory=dict)
    own_output: dict[Path, str | None] = field(default_factory=dict)


def ingest(paths: Iterable[str | Path] | str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Ingested:
    """Read every article under ``paths`` (files or folders, folders recursively).

    Args:
        paths: Files or folders, or a single one.
        max_bytes: Larger files are skipped with a message that says how to raise the cap.

    Raises:
        InputError: A path does not exist (a typo, not a bad file to skip).
    """
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    run = _Run(Ingested(), max_bytes)
    seen: dict[Path, Path] = {}
    for path in map(Path, paths):
        if not path.exists() and not path.is_symlink():
            raise InputError(f"{path}: no such file or folder")
        for file in _files_under(path) if path.is_dir() else [path]:
            first = seen.setdefault(file.resolve(), file)
            if first is not file:
                run.result.skipped.append(Skipped(str(file), f"duplicate: the same file as {first}, read once"))
                continue
            _read_file(file, run)
    _make_ids_unique(run.result.articles)
    return run.result


def _files_under(folder: Path) -> list[Path]:
    """Every file under ``folder`` (FIFOs and devices too, to be skipped by name), no
    ``sources.csv`` (read as the metadata of its folder)."""
    files = []
    for path in sorted(folder.rglob("*")):
        if path.name == SOURCES_FILE or (path.is_dir() and not path.is_symlink()):
            continue
        files.append(path)
    return files


def _read_file(file: Path, run: _Run) -> None:
    suffix = file.suffix.lower()
    result = run.result
    try:
        own = _own_output(file.parent, run)
        if own:
            raise InputError(f"{own}, not an article; not read")
        _regular_file(file)
        if suffix in TEXT_SUFFIXES:
            data = read_bytes(file, run.max_bytes)
            meta = _sources_for(file, run).get(file.name, {})
            result.articles.append(_read_text_file(file, data, meta, result))
        elif suffix == ".jsonl":
            result.articles.extend(_read_jsonl(file, read_bytes(file, run.max_bytes), result))
        elif suffix == ".csv":
            result.articles.extend(_read_csv(file, read_bytes(file, run.max_bytes), run))
        elif suffix in HTML_SUFFIXES:
            data = read_bytes(file, run.max_bytes)
            result.articles.append(_read_html(file, data, _sources_for(file, run).get(file.name, {})))
        else:
            known = sorted(TEXT_SUFFIXES | ROW_SUFFIXES | HTML_SUFFIXES)
            raise InputError(f"unsupported file type {suffix or '(none)'!r}; use one of {known}")
    except InputError as error:
        result.skipped.append(Skipped(str(file), str(error)))


def _own_output(folder: Path, run: _Run) -> str | None:
    """Why ``folder`` holds crosscheck's own output (a report set, an index), or None."""
    if folder not in run.own_output:
        run.own_output[folder] = _own_output_reason(folder)
    return run.own_output[folder]


def _own_output_reason(folder: Path) -> str | None:
    if (folder / INDEX_MARKER).is_file():
        return "part of a crosscheck index"
    try:
        with (folder / REPORT_MARKER).open("rb") as head:
            start = head.read(512)
    except OSError:
        return None
    if b'"name": "crosscheck"' in start or b'"name":"crosscheck"' in start:
        return "part of a crosscheck report set"
    return None


def read_bytes(file: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of a regular file of at most ``max_bytes``.

    A FIFO, a device or a socket is never opened (reading it could block or never end).

    Raises:
        InputError: The path is not a regular file, cannot be read, or is too large.
    """
    info = _regular_file(file)
    if info.st_size > max_bytes:
        raise InputError(_too_large(info.st_size, max_bytes))
    try:
        with open(file, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror}") from None
    if len(data) > max_bytes:  # grew while we looked
        raise InputError(_too_large(len(data), max_bytes))
    return data


def _regular_file(file: Path) -> os.stat_result:
    """The file's status; raises InputError for what is not a regular file."""
    try:
        info = os.stat(file)
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror}") from None
    if not stat.S_ISREG(info.st_mode):
        raise InputError(f"not a regular file ({_file_kind(info.st_mode)}); only regular files are read")
    return info


def _too_large(size: int, max_bytes: int) -> str:
    return (f"file is larger than the {max_bytes / 2**20:g} MB limit ({size / 2**20:.1f} MB); "
            "raise it with --max-file-mb")


def _file_kind(mode: int) -> str:
    kinds = ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"),
             (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a folder"))
    return next((name for test, name in kinds if test(mode)), "not a plain file")


def _sources_for(file: Path, run: _Run) -> dict[str, dict[str, str]]:
    """The metadata rows of the ``sources.csv`` beside ``file`` ({} when none or unreadable)."""
    path = file.parent / SOURCES_FILE
    if path not in run.sources:
        run.sources[path] = _read_sources(path, run) if path.exists() else {}
    return run.sources[path]


def _read_sources(path: Path, run: _Run) -> dict[str, dict[str, str]]:
    """Rows of a ``sources.csv``; a bad one is skipped (named) and its files read without it."""
    try:
        rows = list(_csv_rows(decode(read_bytes(path, run.max_bytes), path), run.max_bytes))
    except (InputError, csv.Error) as error:
        run.result.skipped.append(Skipped(str(path), f"{error}; the files beside it are read "
                                                     "without its metadata"))
        return {}
    if not rows or "file" not in rows[0]:
        run.result.warnings.append(Skipped(str(path), "no 'file' column; its metadata is not used"))
        return {}
    sources = {}
    for number, row in enumerate(rows, 2):
        if not row.get("file"):
            continue
        try:
            sources[row["file"]] = _fields_of(row)
        except InputError as error:
            run.result.warnings.append(Skipped(f"{path}:{number}", f"row not used: {error}"))
    return sources


def _csv_rows(text: str, max_bytes: int) -> Iterator[dict]:
    """Rows of a CSV text; a field may be as large as a file may be."""
    csv.field_size_limit(max(csv.field_size_limit(), max_bytes))
    return csv.DictReader(io.StringIO(text))


def decode(data: bytes, path: Path | None = None) -> str:
    """Decode file bytes: UTF-8 (BOM or not), UTF-16 with BOM, else Windows-1256 Arabic.

    The result must look like text (mostly letters, digits and spaces; few control characters).

    Raises:
        InputError: The file is empty, binary, broken, or in no encoding we can tell.
    """
    if not data.strip():
        raise InputError("empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _plausible(_utf16(data), _PLAUSIBLE_SHARE, "UTF-16")
    if b"\x00" in data[:4096]:
        raise InputError("binary file (contains NUL bytes), not text")
    try:
        return _plausible(data.decode("utf-8-sig"), _PLAUSIBLE_SHARE, "UTF-8")
    except UnicodeDecodeError as error:
        utf8_error = error
    text = data.decode("cp1256", errors="replace")
    if len(_ARABIC_LETTER.findall(text)) >= max(20, len(_LATIN_LETTER.findall(text)) // 4):
        return _plausible(text, _PLAUSIBLE_CP1256_SHARE, "Windows-1256")
    raise InputError(
        f"not UTF-8 ({utf8_error.reason} at byte {utf8_error.start}) and not Windows-1256 "
        "Arabic text; re-save the file as UTF-8"
    )


def _utf16(data: bytes) -> str:
    try:
        return data.decode("utf-16")
    except UnicodeDecodeError as error:
        raise InputError(f"broken UTF-16 ({error.reason} at byte {error.start}); "
                         "re-save the file as UTF-8") from None


def _plausible(text: str, share: float, encoding: str) -> str:
    """``text`` when it reads as text; random bytes decode to symbols and control codes."""
    sample = text if len(text) <= 300_000 else text[:100_000] + text[len(text) // 2:][:100_000] + text[-100_000:]
    wordlike = sum(1 for c in sample if c.isalnum() or c.isspace() or unicodedata.category(c)[0] == "M")
    if not text.strip():
        raise InputError("empty file (only a byte order mark or spaces)")
    control = sum(1 for c in sample if unicodedata.category(c) in ("Cc", "Cs", "Co", "Cn")
                  and c not in "\t\n\r\f\v")
    if control > len(sample) // 100 or wordlike < share * len(sample):
        raise InputError(f"does not look like text as {encoding} ({wordlike / len(sample):.0%} letters, "
                         f"digits and spaces, {control} control characters); binary or another encoding")
    return text


def _read_text_file(file: Path, data: bytes, meta: dict, result: Ingested) -> Article:
    text = decode(data, file)
    front, body = split_front_matter(text, file,
                                     warn=lambda message: result.warnings.append(Skipped(str(file), message)))
    fields = {**meta, **front}
    if not body.strip():
        raise InputError("no article text after the front matter")
    return _article(file.stem, body, file, fields, result, file.stem)


def split_front_matter(text: str, file: Path | None = None, warn=None) -> tuple[dict, str]:
    """Split YAML front matter (``---`` ... ``---``, LF or CRLF) from the body.

    Only ``outlet``, ``title``, ``published``, ``lang`` and ``url`` are read; each must be a
    single value of at most ``FIELD_MAX_CHARS`` characters. YAML aliases are never expanded
    into a value, so a "billion laughs" block costs nothing. A block that is not valid YAML
    but whose every line is a plain ``key: value`` (a colon inside a value, say: ``title:
    Quake: what we know``) is read line by line, values as written (a `` #`` comment
    dropped), and ``warn`` (a callable, if given) is told so.

    Raises:
        InputError: The front matter is not closed, too large, not YAML, not a mapping, or
            one of its fields is not a bounded single value.
    """
    opening = re.match(r"---[ \t]*\r?\n", text)
    if not opening:
        return {}, text
    closing = re.compile(r"^(?:---|\.\.\.)[ \t]*\r?$", re.MULTILINE).search(text, opening.end())
    if not closing:
        raise InputError("broken front matter: opening '---' has no closing '---' line")
    block = text[opening.end() : closing.start()]
    if len(block) > FRONT_MATTER_MAX_CHARS:
        raise InputError(f"broken front matter: longer than {FRONT_MATTER_MAX_CHARS} characters")
    body = text[closing.end():].lstrip("\r\n")
    try:
        return _front_fields(block), body
    except InputError:
        plain = _plain_fields(block)
        if plain is None:
            raise
        if warn is not None:
            warn("front matter is not valid YAML; read as plain 'key: value' lines")
        return plain, body


#: A plain front matter line: a key, a colon, a space and a value that does not start a YAML
#: structure (a list, a mapping, a block, an anchor, an alias, a tag or a quoted string).
_PLAIN_LINE = re.compile(r"^([A-Za-z_][\w-]*):[ \t]+([^\[\]{}|>&*!'\"#\s][^\r\n]*?)[ \t]*\r?$")


def _plain_fields(block: str) -> dict | None:
    """The known fields of a block whose every line is ``key: value`` (a blank line or a
    comment aside), values taken as written; None when a line is anything else."""
    fields = {}
    for line in block.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = _PLAIN_LINE.match(line)
        if match is None or len(match.group(2)) > FIELD_MAX_CHARS:
            return None
        if match.group(1) in FIELDS:
            fields[match.group(1)] = re.sub(r"\s+#.*$", "", match.group(2))
    return fields


def _front_fields(block: str) -> dict:
    """The known fields of a front matter block, composed first so nothing is expanded."""
    loader = yaml.SafeLoader(block)
    try:
        root = loader.get_single_node()
        if root is None:
            return {}
        if not isinstance(root, yaml.MappingNode):
            raise InputError(f"broken front matter: expected 'key: value' lines, got {_node_kind(root)}")
        return {key: _scalar(loader, key, value) for key, value in _known_pairs(root)}
    except yaml.YAMLError as error:
        raise InputError(f"broken front matter: {_one_line(error)}") from None
    except RecursionError:
        raise InputError("broken front matter: nested too deep") from None
    finally:
        loader.dispose()


def _known_pairs(root: yaml.MappingNode) -> Iterator[tuple[str, yaml.Node]]:
    for key, value in root.value:
        if isinstance(key, yaml.ScalarNode) and key.value in FIELDS:
            yield key.value, value


def _scalar(loader: yaml.SafeLoader, key: str, node: yaml.Node):
    if not isinstance(node, yaml.ScalarNode):
        raise InputError(f"front matter {key!r} must be a single value, not {_node_kind(node)}")
    if len(node.value) > FIELD_MAX_CHARS:
        raise InputError(f"front matter {key!r} is longer than {FIELD_MAX_CHARS} characters")
    try:
        return loader.construct_object(node, deep=True)
    except (yaml.YAMLError, ValueError, OverflowError):
        return node.value  # e.g. an impossible timestamp: kept as text, judged by _iso_date


def _node_kind(node: yaml.Node) -> str:
    return {yaml.MappingNode: "a mapping", yaml.SequenceNode: "a list"}.get(type(node), "a single value")


def _read_jsonl(file: Path, data: bytes, result: Ingested) -> Iterator[Article]:
    text = decode(data, file)
    for number, line in enumerate(text.split("\n"), 1):  # not splitlines: U+2028 is valid in JSON
        if not line.strip():
            continue
        try:
            row = _json_row(line)
            yield _row_article(row, file, number, result)
        except InputError as error:
            result.skipped.append(Skipped(f"{file}:{number}", f"bad row: {_one_line(error)}"))


def _json_row(line: str) -> dict:
    try:
        row = json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(str(error)) from None
    except RecursionError:
        raise InputError("nested too deep") from None
    if not isinstance(row, dict):
        raise InputError(f"expected a JSON object, got {type(row).__name__}")
    return row


def _read_csv(file: Path, data: bytes, run: _Run) -> Iterator[Article]:
    reader = _csv_rows(decode(data, file), run.max_bytes)
    try:
        if "text" not in (reader.fieldnames or []):
            raise InputError(f"CSV has no 'text' column (columns: {reader.fieldnames})")
        for number, row in enumerate(reader, 2):
            try:
                yield _row_article(row, file, number, run.result)
            except InputError as error:
                run.result.skipped.append(Skipped(f"{file}:{number}", f"bad row: {error}"))
    except csv.Error as error:
        run.result.skipped.append(Skipped(f"{file}:{reader.line_num}",
                                          f"bad CSV ({error}); this row and the rest of the file not read"))


def _row_article(row: dict, file: Path, number: int, result: Ingested) -> Article:
    text = row.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError("no 'text'")
    article_id = _field_text("id", row["id"]) if row.get("id") not in (None, "") else f"{file.stem}-{number}"
    return _article(article_id, text, Path(f"{file}:{number}"), _fields_of(row), result, file.stem)


def _fields_of(row: dict) -> dict:
    """The known metadata fields of a row, each a bounded single value."""
    return {k: _field_value(k, row[k]) for k in FIELDS if row.get(k) not in (None, "")}


def _field_value(key: str, value):
    if isinstance(value, dict | list | tuple | set):
        raise InputError(f"{key!r} must be a single value, not a {type(value).__name__}")
    if len(str(value)) > FIELD_MAX_CHARS:
        raise InputError(f"{key!r} is longer than {FIELD_MAX_CHARS} characters")
    return value


def _field_text(key: str, value) -> str:
    return str(_field_value(key, value))


def _read_html(file: Path, data: bytes, meta: dict) -> Article:
    import trafilatura

    html = decode(data, file)
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
    return _article(file.stem, page.get("text") or page.get("raw_text", ""), file, fields, None, file.stem)


def _article(article_id: str, text: str, path: Path, fields: dict, result: Ingested | None,
             default_outlet: str) -> Article:
    """An Article; ``default_outlet`` (the file stem) when no field names the outlet."""
    _no_lone_surrogates("text", text)
    for key, value in fields.items():
        _no_lone_surrogates(key, str(value))
    published = _iso_date(fields.get("published"), path, result)
    return Article(
        id=article_id,
        outlet=str(fields.get("outlet") or default_outlet),
        text=text,
        path=str(path),
        title=_str_or_none(fields.get("title")),
        published=published,
        lang=_str_or_none(fields.get("lang")) or guess_lang(text),
        url=_str_or_none(fields.get("url")),
    )


def _no_lone_surrogates(name: str, value: str) -> None:
    """A lone UTF-16 surrogate (from a JSON ``\\ud800`` escape) cannot be written as UTF-8."""
    found = _LONE_SURROGATE.search(value)
    if found:
        raise InputError(f"{name} has a lone UTF-16 surrogate (U+{ord(found.group()):04X}) at "
                         f"character {found.start()}; not text")


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
