"""Intake: read article files (.txt .md .json .jsonl .html) into checked Article models.

One bad file (or one bad JSON line) never stops a batch: reading yields either an ``Incoming``
article or an ``Unreadable`` with a message saying what is wrong and where.

Offsets rule: ``Article.text`` is the text *as stored* (for HTML, the main text that intake
extracted), website furniture lines included ("تخطى إلى المحتوى", "Read also: ..."). The
extractor skips furniture lines, so evidence offsets always point into the stored text and a
hand-coder's quote is found in the same string that ``kg ingest`` writes to the graph.
"""
from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import yaml
from pydantic import ValidationError

from kg.errors import KGError
from kg.gazetteer import Gazetteer
from kg.handcoded import first_real_line
from kg.iris import slug
from kg.model import Actor, Article, coerce_date

DEFAULT_MAX_BYTES = 2_000_000
"""Largest article accepted, in bytes (UTF-8); larger files are refused with a message (--max-bytes)."""

FORMATS = {".txt": "text", ".md": "markdown", ".markdown": "markdown", ".json": "json",
           ".jsonl": "jsonl", ".ndjson": "jsonl", ".html": "html", ".htm": "html"}
"""File suffixes that `kg ingest` reads, and how."""

_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
_FIELD_ALIASES = {
    "id": "id", "url": "url", "link": "url", "outlet": "outlet", "publisher": "outlet", "source": "outlet",
    "published": "published", "date": "published", "published_at": "published", "datepublished": "published",
    "language": "language", "lang": "language", "title": "title", "headline": "title",
    "text": "text", "body": "text", "content": "text",
}
_LANGUAGES = {"ar": "ar", "ara": "ar", "arabic": "ar", "العربية": "ar", "en": "en", "eng": "en", "english": "en"}
_ARABIC_LETTER = re.compile(r"[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FC\u0750-\u077F\uFB50-\uFDFB\uFE70-\uFEFC]")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00C0-\u024F]")


@dataclass(frozen=True)
class Incoming:
    """One article read from a file, ready for extraction (or for its hand-coded file)."""

    article: Article
    actors: tuple[Actor, ...]
    source: str
    path: Path
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Unreadable:
    """A file, or one record of a file, that could not be read as an article, and why."""

    source: str
    reason: str


class ArticleProblem(Exception):
    """Raised inside intake for one unreadable article; becomes an ``Unreadable``."""


# -- finding files ---------------------------------------------------------------------------

def find_article_files(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given (any suffix) and the article files inside folders, sorted, each once.

    A path that does not exist is a usage error (KGError), raised before anything is read.
    """
    out: dict[Path, None] = {}
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for p in sorted(path.rglob("*")):
                if p.is_file() and p.suffix.lower() in FORMATS and not p.name.startswith("."):
                    out.setdefault(p, None)
        elif path.is_file():
            out.setdefault(path, None)
        else:
            raise KGError("no such file or folder", where=str(path),
                          hint="give article files (.txt .md .json .jsonl .html) or folders of them")
    return list(out)


# -- reading ---------------------------------------------------------------------------------

def read_path(path: str | Path, gazetteer: Gazetteer | None = None, *,
              max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Incoming | Unreadable]:
    """Read every article of one file; problems come out as ``Unreadable``, never as exceptions."""
    path = Path(path)
    gaz = gazetteer or Gazetteer.default()
    kind = FORMATS.get(path.suffix.lower())
    if kind is None:
        yield Unreadable(str(path), f"unsupported file type '{path.suffix or '(none)'}': "
                                    "kg ingest reads .txt .md .json .jsonl .html")
        return
    if kind == "jsonl":
        yield from _read_jsonl(path, gaz, max_bytes)
        return
    try:
        text = _read_text(path, max_bytes, html=kind == "html")
        if kind == "json":
            yield from _read_json(path, text, gaz)
            return
        if kind == "html":
            body, fields = html_main_text(text)
            fields["text"] = body
            yield article_from_fields(fields, source=str(path), path=path, gazetteer=gaz,
                                      stem_id=True, loose_dates=True)
            return
        fields, body = split_front_matter(text)
        fields = dict(fields)
        fields.setdefault("text", body)
        yield article_from_fields(fields, source=str(path), path=path, gazetteer=gaz, stem_id=True,
                                  markdown=kind == "markdown")
    except ArticleProblem as exc:
        yield Unreadable(str(path), str(exc))
    except OSError as exc:
        yield Unreadable(str(path), f"cannot read: {exc.strerror or exc}")


def _size_message(size: int, max_bytes: int) -> str:
    return (f"too large: {size:,} bytes, over the limit of {max_bytes:,} bytes per article "
            f"(raise it with --max-bytes)")


def _read_text(path: Path, max_bytes: int, *, html: bool = False) -> str:
    size = path.stat().st_size
    if size > max_bytes:
        raise ArticleProblem(_size_message(size, max_bytes))
    data = path.read_bytes()
    return decode_bytes(data, html=html)


def decode_bytes(data: bytes, *, html: bool = False) -> str:
    """UTF-8 text with universal newlines; empty, binary and non-UTF-8 input raise ArticleProblem."""
    if not data.strip():
        raise ArticleProblem("empty file: there is no text to read")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ArticleProblem("UTF-16 text: save it as UTF-8 (e.g. iconv -f UTF-16 -t UTF-8)")
    if b"\x00" in data:
        raise ArticleProblem("binary file (it contains NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        declared = _declared_charset(data) if html else None
        if declared:
            try:
                text = data.decode(declared)
            except (UnicodeDecodeError, LookupError):
                declared = None
        if not declared:
            bad = data[exc.start:exc.start + 1].hex()
            raise ArticleProblem(f"not UTF-8 text (byte 0x{bad} at offset {exc.start}); convert it to UTF-8, "
                                 "e.g. iconv -f WINDOWS-1256 -t UTF-8 for older Arabic pages") from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ArticleProblem("empty file: there is no text to read")
    return text


def _declared_charset(data: bytes) -> str | None:
    match = re.search(rb"<meta[^>]+charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", data[:4096], re.I)
    if not match:
        return None
    name = match.group(1).decode("ascii", "ignore")
    try:
        codecs.lookup(name)
    except LookupError:
        return None
    return name


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """YAML front matter between '---' lines at the top, and the body after it."""
    if not text.startswith("---"):
        return {}, text
    lines = text.split("\n")
    if lines[0].strip() != "---":
        return {}, text
    for i in range(1, len(lines)):
        if lines[i].strip() in ("---", "..."):
            raw = "\n".join(lines[1:i])
            try:
                data = yaml.safe_load(raw) if raw.strip() else {}
            except yaml.YAMLError as exc:
                mark = getattr(exc, "problem_mark", None)
                where = f" (line {mark.line + 2})" if mark is not None else ""
                problem = getattr(exc, "problem", None) or str(exc)
                raise ArticleProblem(f"front matter is not valid YAML{where}: {problem}") from None
            if data is None:
                data = {}
            if not isinstance(data, dict):
                raise ArticleProblem("front matter must be a mapping of fields (id, url, outlet, published, ...)")
            return data, "\n".join(lines[i + 1:])
    return {}, text


def _read_json(path: Path, text: str, gaz: Gazetteer) -> Iterator[Incoming | Unreadable]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield Unreadable(f"{path}:{exc.lineno}", f"not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})")
        return
    if isinstance(data, dict):
        try:
            yield article_from_fields(data, source=str(path), path=path, gazetteer=gaz, stem_id=True)
        except ArticleProblem as exc:
            yield Unreadable(str(path), str(exc))
        return
    if isinstance(data, list):
        for i, item in enumerate(data):
            source = f"{path}[{i}]"
            try:
                if not isinstance(item, dict):
                    raise ArticleProblem("expected an object with at least a 'text' field")
                yield article_from_fields(item, source=source, path=path, gazetteer=gaz)
            except ArticleProblem as exc:
                yield Unreadable(source, str(exc))
        return
    yield Unreadable(str(path), "expected a JSON object with at least a 'text' field")


def _read_jsonl(path: Path, gaz: Gazetteer, max_bytes: int) -> Iterator[Incoming | Unreadable]:
    """One article per line, streamed: memory stays flat however long the file is."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield Unreadable(str(path), f"cannot read: {exc.strerror or exc}")
        return
    found = False
    with handle:
        line_no = 0
        while True:
            raw = handle.readline(max_bytes + 1)
            if not raw:
                break
            line_no += 1
            source = f"{path}:{line_no}"
            if len(raw) > max_bytes and not raw.endswith(b"\n"):
                size = len(raw)
                while True:  # skip the rest of an enormous line without holding it
                    chunk = handle.readline(1 << 20)
                    size += len(chunk)
                    if not chunk or chunk.endswith(b"\n"):
                        break
                yield Unreadable(source, _size_message(size, max_bytes))
                continue
            if not raw.strip():
                continue
            found = True
            try:
                text = decode_bytes(raw)
                try:
                    data = json.loads(text)
                except json.JSONDecodeError as exc:
                    raise ArticleProblem(f"line {line_no} is not valid JSON: {exc.msg} (column {exc.colno})") from None
                if not isinstance(data, dict):
                    raise ArticleProblem(f"line {line_no}: expected a JSON object with at least a 'text' field")
                yield article_from_fields(data, source=source, path=path, gazetteer=gaz)
            except ArticleProblem as exc:
                yield Unreadable(source, str(exc))
    if not found:
        yield Unreadable(str(path), "empty file: there is no article in it")


# -- fields to Article -----------------------------------------------------------------------

def article_from_fields(raw: Mapping[str, Any], *, source: str, path: Path, gazetteer: Gazetteer,
                        stem_id: bool = False, markdown: bool = False, loose_dates: bool = False) -> Incoming:
    """Check and complete one article's fields (id, language, title, outlet, date) into an Incoming."""
    fields: dict[str, Any] = {}
    for key, value in raw.items():
        name = _FIELD_ALIASES.get(str(key).lower().replace("-", "_"))
        if name is not None and (name not in fields or str(key).lower() == name):
            fields[name] = value
    notes: list[str] = []
    text = fields.get("text")
    if text is None:
        raise ArticleProblem("no 'text' field: an article needs its text")
    if not isinstance(text, str):
        raise ArticleProblem("'text' must be a string")
    if "\x00" in text:
        raise ArticleProblem("the text contains NUL characters (binary data), not text")
    text = text.strip()
    if not text:
        raise ArticleProblem("empty article: the text is blank")
    for key in ("id", "url", "outlet", "title"):
        value = fields.get(key)
        if value is not None and not isinstance(value, (str, int, float)):
            raise ArticleProblem(f"'{key}' must be a string")
        if value is not None:
            fields[key] = str(value).strip() or None
    language = _language(fields.get("language"), text, notes)
    published = _published(fields.get("published"), loose=loose_dates, notes=notes)
    if published is None:
        notes.append("no publication date: statements are undated where the text gives no date")
    title = fields.get("title") or _default_title(text, markdown)
    url = fields.get("url")
    article_id = fields.get("id") or derive_id(url=url, path=path if stem_id else None, text=text)
    if not _ID_RE.match(article_id) or len(article_id) > 200:
        raise ArticleProblem(f"id '{article_id}' is not valid: use letters, digits, '.', '_' and '-' "
                             "(at most 200), starting with a letter or digit")
    outlet_id, actors = _outlet(fields.get("outlet"), gazetteer, notes)
    try:
        article = Article(id=article_id, text=text, title=title, url=url, outlet=outlet_id,
                          published=published, language=language)
    except ValidationError as exc:
        err = exc.errors()[0]
        raise ArticleProblem(f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}") from None
    return Incoming(article=article, actors=tuple(actors), source=source, path=path, notes=tuple(notes))


def detect_language(text: str) -> str | None:
    """'ar' or 'en' by which script has more letters (Arabic wins a tie); None if neither appears.

    >>> detect_language("التقى بوتين أردوغان in Sochi")
    'ar'
    """
    sample = text if len(text) <= 20000 else text[:20000]
    arabic = len(_ARABIC_LETTER.findall(sample))
    latin = len(_LATIN_LETTER.findall(sample))
    if arabic == 0 and latin == 0:
        return None
    return "ar" if arabic >= latin else "en"


def _language(declared: Any, text: str, notes: list[str]) -> str:
    if declared is not None and str(declared).strip():
        key = str(declared).strip().lower()
        lang = _LANGUAGES.get(key) or _LANGUAGES.get(key.split("-")[0].split("_")[0])
        if lang is None:
            raise ArticleProblem(f"language '{declared}' is not supported: kg reads Arabic (ar) and English (en)")
        return lang
    lang = detect_language(text)
    if lang is None:
        raise ArticleProblem("no Arabic or English text found (kg reads Arabic and English articles)")
    arabic = len(_ARABIC_LETTER.findall(text[:20000]))
    latin = len(_LATIN_LETTER.findall(text[:20000]))
    minority = min(arabic, latin) / max(arabic + latin, 1)
    if minority >= 0.2:
        notes.append(f"mixed Arabic and English text: treated as {'Arabic' if lang == 'ar' else 'English'}")
    return lang


_ISO_DATETIME = re.compile(r"^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}")


def _published(value: Any, *, loose: bool, notes: list[str]) -> str | None:
    """An ISO date (YYYY, YYYY-MM or YYYY-MM-DD; a datetime keeps its date part)."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):  # datetime included: the models' rule keeps the date part
        return coerce_date(value)
    text = str(value).strip()
    match = _ISO_DATETIME.match(text)
    try:
        if match:
            dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
            return match.group(1)
        if re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", text):
            return coerce_date(text)  # the models' own check, so both accept the same dates
    except ValueError:
        pass
    if loose:
        notes.append(f"ignored the page's date '{text[:40]}' (not an ISO date)")
        return None
    raise ArticleProblem(f"published: '{text[:40]}' is not an ISO date; write YYYY-MM-DD (or YYYY-MM, YYYY)")


def _default_title(text: str, markdown: bool) -> str | None:
    line = first_real_line(text)
    if line and markdown:
        line = line.lstrip("#").strip() or line
    return line


def _outlet(name: str | None, gaz: Gazetteer, notes: list[str]) -> tuple[str | None, list[Actor]]:
    """The outlet's actor id; an outlet the gazetteer lacks becomes a media actor of this article."""
    if not name:
        return None, []
    found = gaz.find_actor(name)
    if found is not None:
        return found, []
    actor_id = slug(name)
    if actor_id in gaz.actors:
        actor_id = f"{actor_id}-media"
    arabic = bool(_ARABIC_LETTER.search(name))
    actor = Actor(id=actor_id, name=name, name_ar=name if arabic else None, type="organization", kind="media")
    notes.append(f"outlet '{name}' is not in the gazetteer: added as a new media actor")
    return actor_id, [actor]


def derive_id(*, url: str | None = None, path: Path | None = None, text: str = "") -> str:
    """A stable article id: from the url, else the file name, else a hash of the text.

    >>> derive_id(url="https://www.enabbaladi.net/archives/612345")
    'enabbaladi.net-612345-17b42e7c'
    >>> derive_id(text="hello")[:5]
    'text-'
    """
    if url:
        parsed = urlparse(url.strip())
        host = re.sub(r"^www\.", "", (parsed.hostname or "").lower())
        host = re.sub(r"[^a-z0-9.-]", "", host).strip(".-")
        segments = [s for s in parsed.path.split("/") if s and "%" not in s]
        tail = re.sub(r"[^A-Za-z0-9._-]+", "-", segments[-1]).strip("-._")[:60] if segments else ""
        tail = re.sub(r"\.(html?|php|aspx?)$", "", tail)
        digest = hashlib.sha256(url.strip().encode("utf-8")).hexdigest()[:8]
        parts = [p for p in (host, tail) if p]
        return "-".join(parts + [digest]) if parts else f"url-{digest}"
    if path is not None:
        stem = re.sub(r"[^A-Za-z0-9._-]+", "-", path.stem).strip("-._")
        if stem and _ID_RE.match(stem) and len(re.sub(r"[^A-Za-z0-9]", "", stem)) >= 2:
            return stem[:200]
    return "text-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


# -- HTML ------------------------------------------------------------------------------------

_SKIP = {"script", "style", "nav", "header", "footer", "aside", "noscript", "template", "svg", "form",
         "iframe", "button", "select", "object", "canvas", "head", "menu", "dialog", "math"}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
         "track", "wbr"}
_BLOCK = {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "td", "th", "table",
          "blockquote", "section", "article", "main", "figure", "figcaption", "pre", "dd", "dt", "dl",
          "hr", "body", "address", "details", "summary"}
_SPACE = re.compile(r"\s+")


class _MainText(HTMLParser):
    """Collects paragraphs outside page chrome, noting which lie inside <article> or <main>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.skip = 0
        self.in_article = 0
        self.in_main = 0
        self.buffer: list[str] = []
        self.blocks: list[tuple[str, bool, bool]] = []
        self.meta: dict[str, str] = {}
        self.title_parts: list[str] | None = None
        self.h1_parts: list[str] | None = None
        self.h1 = ""
        self.page_title = ""

    def _flush(self) -> None:
        if self.buffer:
            text = _SPACE.sub(" ", "".join(self.buffer)).strip()
            if text:
                self.blocks.append((text, self.in_article > 0, self.in_main > 0))
            self.buffer = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and a.get("content"):
                self.meta.setdefault(key, a["content"].strip())
        if tag == "link" and "canonical" in a.get("rel", "").lower() and a.get("href"):
            self.meta.setdefault("canonical", a["href"].strip())
        if tag == "title" and self.title_parts is None:
            self.title_parts = []
        if tag in _BLOCK:
            self._flush()
        if tag in _VOID:
            return
        self.stack.append(tag)
        if tag in _SKIP:
            self.skip += 1
        elif tag == "article":
            self.in_article += 1
        elif tag == "main":
            self.in_main += 1
        if tag == "h1" and not self.h1 and self.skip == 0:
            self.h1_parts = []

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title" and self.title_parts is not None and not self.page_title:
            self.page_title = _SPACE.sub(" ", "".join(self.title_parts)).strip()
        if tag == "h1" and self.h1_parts is not None:
            self.h1 = _SPACE.sub(" ", "".join(self.h1_parts)).strip()
            self.h1_parts = None
        if tag in _BLOCK:
            self._flush()
        if tag not in self.stack:
            return
        while self.stack:
            top = self.stack.pop()
            if top in _SKIP:
                self.skip -= 1
            elif top == "article":
                self.in_article -= 1
            elif top == "main":
                self.in_main -= 1
            if top == tag:
                break

    def handle_data(self, data: str) -> None:
        if self.title_parts is not None and not self.page_title and self.stack and self.stack[-1] == "title":
            self.title_parts.append(data)
            return
        if self.skip:
            return
        if self.h1_parts is not None:
            self.h1_parts.append(data)
        self.buffer.append(data)

    def result(self) -> tuple[str, dict[str, Any]]:
        self._flush()
        blocks = self.blocks
        if any(in_article for _, in_article, _ in blocks):
            chosen = [t for t, in_article, _ in blocks if in_article]
        elif any(in_main for _, _, in_main in blocks):
            chosen = [t for t, _, in_main in blocks if in_main]
        else:
            chosen = [t for t, _, _ in blocks]
        m = self.meta
        fields: dict[str, Any] = {}
        title = m.get("og:title") or self.h1 or self.page_title
        if title:
            fields["title"] = title
        url = m.get("og:url") or m.get("canonical")
        if url and url.startswith(("http://", "https://")):
            fields["url"] = url
        published = (m.get("article:published_time") or m.get("datepublished") or m.get("date")
                     or m.get("pubdate") or m.get("dc.date"))
        if published:
            fields["published"] = published
        outlet = m.get("og:site_name") or m.get("application-name")
        if outlet:
            fields["outlet"] = outlet
        # <html lang> is often a template's, not the article's: the language comes from the script.
        return "\n\n".join(chosen), fields


def html_main_text(html: str) -> tuple[str, dict[str, Any]]:
    """The page's main text (paragraphs joined by blank lines) and the fields its <head> gives.

    Script, style, navigation, header, footer and aside are dropped; if the page has an
    <article> (else a <main>), only its text is kept.

    >>> html_main_text("<nav>Home</nav><article><h1>T</h1><p>Body one.</p><script>x()</script></article>")[0]
    'T\\n\\nBody one.'
    """
    parser = _MainText()
    parser.feed(html)
    parser.close()
    return parser.result()
