"""Intake: every article format, and every kind of bad input, each with a clear per-file message."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.gazetteer import Gazetteer
from kg.intake import (Incoming, Unreadable, derive_id, detect_language, find_article_files, html_main_text,
                       read_path)
from kg.errors import KGError
from kg.resources import data_dir

SEED_TEXT = data_dir() / "articles" / "seed-ar.txt"
SEED = SEED_TEXT.read_text(encoding="utf-8")
ENGLISH = ("Turkish and Syrian defence ministers met in Moscow on Wednesday under Russian auspices, "
           "according to the Russian defence ministry, in the first such meeting since 2011.")


def read_one(path: Path, **kwargs) -> Incoming | Unreadable:
    items = list(read_path(path, Gazetteer.default(), **kwargs))
    assert len(items) == 1, items
    return items[0]


def ok(path: Path, **kwargs) -> Incoming:
    item = read_one(path, **kwargs)
    assert isinstance(item, Incoming), item
    return item


def bad(path: Path, **kwargs) -> Unreadable:
    item = read_one(path, **kwargs)
    assert isinstance(item, Unreadable), item
    return item


# -- formats ---------------------------------------------------------------------------------

def test_plain_text_seed_article():
    item = ok(SEED_TEXT)
    art = item.article
    assert art.id == "seed-ar"                       # from the file name
    assert art.language == "ar"                      # from the script
    assert art.text == SEED.strip()                  # stored as read: furniture lines included
    assert art.text.startswith("تخطى إلى المحتوى")
    assert art.title.startswith("صحيفة استخباراتية فرنسية")   # first real line, not the furniture
    assert art.published is None
    assert any("no publication date" in n for n in item.notes)


def test_markdown_with_front_matter(tmp_path: Path):
    path = tmp_path / "story.md"
    path.write_text("---\nid: mekdad-cavusoglu\nurl: https://example.org/a\noutlet: Totally Unknown Gazette\n"
                    "published: 2022-08-25\nlanguage: en\n---\n# Ministers meet\n\n" + ENGLISH + "\n",
                    encoding="utf-8")
    item = ok(path)
    art = item.article
    assert (art.id, art.url, art.published, art.language) == ("mekdad-cavusoglu", "https://example.org/a",
                                                              "2022-08-25", "en")
    assert art.title == "Ministers meet"             # the heading, without its '#'
    assert art.text.startswith("# Ministers meet")   # the body after the front matter, as stored
    assert "---" not in art.text
    # an unknown outlet becomes a media organisation that this article introduces
    assert [(a.id, a.type, a.kind, a.name) for a in item.actors] == [
        ("totally-unknown-gazette", "organization", "media", "Totally Unknown Gazette")]
    assert art.outlet == "totally-unknown-gazette"


def test_known_outlet_resolves_to_the_gazetteer(tmp_path: Path):
    gaz = Gazetteer.default()
    media = next(a for a in gaz.actors.values() if a.kind == "media")
    path = tmp_path / "a.txt"
    path.write_text(f"---\noutlet: {media.name}\n---\n{ENGLISH}\n", encoding="utf-8")
    item = ok(path)
    assert item.article.outlet == media.id and item.actors == ()


def test_json_one_article(tmp_path: Path):
    path = tmp_path / "one.json"
    path.write_text(json.dumps({"url": "https://www.enabbaladi.net/archives/612345", "title": "T",
                                "published": "2023-05-11T09:30:00+03:00", "text": SEED}, ensure_ascii=False),
                    encoding="utf-8")
    art = ok(path).article
    assert art.id == derive_id(url="https://www.enabbaladi.net/archives/612345") == "enabbaladi.net-612345-17b42e7c"
    assert art.published == "2023-05-11"             # an ISO datetime keeps its date
    assert art.title == "T" and art.language == "ar"


def test_jsonl_one_article_a_line(tmp_path: Path):
    path = tmp_path / "many.jsonl"
    lines = [json.dumps({"id": "a1", "text": ENGLISH}), "", json.dumps({"text": SEED}, ensure_ascii=False)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_path(path, Gazetteer.default()))
    assert [type(i) for i in items] == [Incoming, Incoming]
    assert items[0].article.id == "a1" and items[0].source == f"{path}:1"
    assert items[1].article.id.startswith("text-")   # no id, no url: a hash of the text
    assert items[1].source == f"{path}:3"
    again = list(read_path(path, Gazetteer.default()))[1].article.id
    assert again == items[1].article.id              # deterministic


def test_html_main_text(tmp_path: Path):
    html = """<!doctype html><html lang="ar"><head><meta charset="utf-8">
<title>موقع | عنوان الصفحة</title><meta property="og:site_name" content="Totally Unknown Gazette">
<meta property="og:url" content="https://example.org/news/mekdad-cavusoglu.html">
<meta property="article:published_time" content="2022-08-25T08:00:00Z">
<style>p { color: red }</style><script>var s = "<p>التقى بوتين أردوغان</p>";</script></head>
<body><header><a href="/">الرئيسية</a></header><nav><ul><li>سياسة</li><li>اقتصاد</li></ul></nav>
<article><h1>أوغلو يلتقي المقداد في بلغراد</h1>
<p>أكّد وزير الخارجيّة التركي مولود جاويش أوغلو،
أنّه التقى مع وزير خارجيّة النظام فيصل المقداد في مدينة بلغراد.</p>
<script>document.write("حقن")</script>
<p>وجاء اللقاء على هامش &quot;قمة&quot; دول عدم الانحياز.</p>
<aside>اقرأ أيضاً: خبر آخر</aside></article>
<footer>© الموقع</footer></body></html>"""
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    item = ok(path)
    art = item.article
    assert art.text == ("أوغلو يلتقي المقداد في بلغراد\n\n"
                        "أكّد وزير الخارجيّة التركي مولود جاويش أوغلو، أنّه التقى مع وزير خارجيّة النظام فيصل المقداد في مدينة بلغراد.\n\n"
                        'وجاء اللقاء على هامش "قمة" دول عدم الانحياز.')
    for chrome in ("بوتين", "حقن", "color", "الرئيسية", "سياسة", "اقرأ", "©"):
        assert chrome not in art.text
    assert art.title == "أوغلو يلتقي المقداد في بلغراد"
    assert art.url == "https://example.org/news/mekdad-cavusoglu.html"
    assert art.id.startswith("example.org-mekdad-cavusoglu-")
    assert art.published == "2022-08-25" and art.language == "ar"
    assert art.outlet == "totally-unknown-gazette"


def test_html_without_article_keeps_body_paragraphs():
    text, fields = html_main_text("<body><nav>Menu</nav><div>One<br>two</div><p>Three</p><footer>x</footer></body>")
    assert text == "One\n\ntwo\n\nThree" and fields == {}


def test_folders_are_searched_and_missing_paths_are_usage_errors(tmp_path: Path):
    (tmp_path / "sub").mkdir()
    for name in ("a.txt", "sub/b.html", "sub/c.jsonl", "notes.pdf", ".hidden.txt"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert [p.relative_to(tmp_path).as_posix() for p in find_article_files([tmp_path])] == [
        "a.txt", "sub/b.html", "sub/c.jsonl"]
    with pytest.raises(KGError, match="no such file"):
        find_article_files([tmp_path / "missing"])


def test_language_detection():
    assert detect_language(SEED) == "ar"
    assert detect_language(ENGLISH) == "en"
    assert detect_language("12345 — 678") is None


def test_crlf_and_bom_are_normalised(tmp_path: Path):
    path = tmp_path / "win.txt"
    path.write_bytes(b"\xef\xbb\xbf" + ENGLISH.replace(". ", ".\r\n").encode("utf-8") + b"\r\n")
    art = ok(path).article
    assert "\r" not in art.text and not art.text.startswith("\ufeff")


# -- bad input: each a clear message, per file -------------------------------------------------

def test_empty_file(tmp_path: Path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.md").write_text("  \n\n\t\n", encoding="utf-8")
    assert "empty" in bad(tmp_path / "empty.txt").reason
    assert "empty" in bad(tmp_path / "blank.md").reason
    (tmp_path / "onlyfront.md").write_text("---\nid: x\n---\n\n", encoding="utf-8")
    assert "empty" in bad(tmp_path / "onlyfront.md").reason


def test_binary_file(tmp_path: Path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    problem = bad(path)
    assert problem.source == str(path) and "binary" in problem.reason


def test_non_utf8_file(tmp_path: Path):
    path = tmp_path / "cp1256.txt"
    path.write_bytes("التقى الأسد بوتين في موسكو".encode("cp1256"))
    reason = bad(path).reason
    assert "not UTF-8" in reason and "iconv" in reason


def test_html_in_a_declared_legacy_charset_is_decoded(tmp_path: Path):
    path = tmp_path / "old.html"
    path.write_bytes('<html><head><meta charset="windows-1256"></head><body><p>التقى الأسد بوتين في موسكو</p>'
                     '</body></html>'.encode("cp1256"))
    assert ok(path).article.text == "التقى الأسد بوتين في موسكو"


def test_enormous_file_is_refused_with_the_limit(tmp_path: Path):
    path = tmp_path / "huge.txt"
    path.write_text(ENGLISH * 40, encoding="utf-8")
    reason = bad(path, max_bytes=1000).reason
    assert "too large" in reason and "1,000 bytes" in reason and "--max-bytes" in reason
    assert isinstance(read_one(path, max_bytes=100_000), Incoming)


def test_enormous_jsonl_line_is_refused_and_the_rest_goes_on(tmp_path: Path):
    path = tmp_path / "big.jsonl"
    path.write_text(json.dumps({"text": ENGLISH * 100}) + "\n" + json.dumps({"id": "small", "text": ENGLISH}) + "\n",
                    encoding="utf-8")
    items = list(read_path(path, Gazetteer.default(), max_bytes=2000))
    assert isinstance(items[0], Unreadable) and items[0].source == f"{path}:1" and "too large" in items[0].reason
    assert isinstance(items[1], Incoming) and items[1].article.id == "small"


def test_html_scripts_never_reach_the_text(tmp_path: Path):
    path = tmp_path / "scripty.html"
    path.write_text("<p>Erdogan spoke in Ankara.</p><script>alert('Putin met Assad')</script>"
                    "<p onclick=\"steal()\">Second paragraph.</p><noscript>Enable JS</noscript>"
                    "<style>.x{}</style>", encoding="utf-8")
    art = ok(path).article
    assert art.text == "Erdogan spoke in Ankara.\n\nSecond paragraph."


def test_mixed_language_text_is_read_with_a_note(tmp_path: Path):
    path = tmp_path / "mixed.txt"
    path.write_text(ENGLISH + "\n\n" + "وقال مصدر إن اللقاء عقد في موسكو برعاية روسية." + "\n", encoding="utf-8")
    item = ok(path)
    assert item.article.language == "en"
    assert any("mixed Arabic and English" in n for n in item.notes)


def test_no_date_is_not_an_error(tmp_path: Path):
    path = tmp_path / "undated.json"
    path.write_text(json.dumps({"id": "undated", "text": ENGLISH}), encoding="utf-8")
    item = ok(path)
    assert item.article.published is None


@pytest.mark.parametrize("date", ["11/05/2023", "2023-13-01", "yesterday", "2023-02-30"])
def test_bad_date_is_a_per_file_error(tmp_path: Path, date: str):
    path = tmp_path / "bad-date.md"
    path.write_text(f"---\npublished: '{date}'\n---\n{ENGLISH}\n", encoding="utf-8")
    reason = bad(path).reason
    assert "published" in reason and "ISO date" in reason


def test_json_line_that_does_not_parse_names_file_and_line(tmp_path: Path):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"id": "first", "text": ENGLISH}) + "\n{\"id\": \"broken\", \"text\": \n"
                    + json.dumps({"id": "third", "text": ENGLISH}) + "\n[1, 2]\n", encoding="utf-8")
    items = list(read_path(path, Gazetteer.default()))
    assert [type(i).__name__ for i in items] == ["Incoming", "Unreadable", "Incoming", "Unreadable"]
    assert items[1].source == f"{path}:2" and "line 2 is not valid JSON" in items[1].reason
    assert items[3].source == f"{path}:4" and "expected a JSON object" in items[3].reason


@pytest.mark.parametrize("content, message", [
    ('{"title": "no text"}', "no 'text' field"),
    ('{"text": 42}', "'text' must be a string"),
    ('{"text": "   "}', "blank"),
    ('{"text": "hello world", "language": "fr"}', "not supported"),
    ('{"text": "Привет, мир"}', "no Arabic or English text"),
    ('{"text": "hello world", "id": "bad id!"}', "is not valid"),
    ('{"text": ', "not valid JSON"),
    ('"just a string"', "expected a JSON object"),
])
def test_bad_json_articles(tmp_path: Path, content: str, message: str):
    path = tmp_path / "article.json"
    path.write_text(content, encoding="utf-8")
    assert message in bad(path).reason


def test_bad_front_matter(tmp_path: Path):
    path = tmp_path / "front.md"
    path.write_text("---\nid: [unclosed\n---\ntext\n", encoding="utf-8")
    assert "front matter is not valid YAML" in bad(path).reason
    path.write_text("---\n- a list\n---\ntext\n", encoding="utf-8")
    assert "front matter must be a mapping" in bad(path).reason


def test_unsupported_file_type_named_explicitly(tmp_path: Path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(b"%PDF-1.7")
    assert "unsupported file type '.pdf'" in bad(path).reason


def test_derived_ids_are_valid_and_stable():
    import re

    pattern = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
    for url in ("https://www.aljazeera.net/news/2022/8/25/%D8%A7%D9%84%D8%A3%D8%B3%D8%AF", "https://x.org/",
                "ftp://weird", "https://a.b/c?d=e#f"):
        ident = derive_id(url=url)
        assert pattern.match(ident) and ident == derive_id(url=url)
    assert derive_id(path=Path("مقال.txt"), text="abc").startswith("text-")   # an Arabic file name: a hash
    assert derive_id(path=Path("my article (1).txt"), text="abc") == "my-article-1"
