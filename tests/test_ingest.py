"""Every input format, and bad files skipped with their reason."""
import json

from crosscheck.ingest import ingest


def test_seeds_with_sources_csv(seed_dir):
    result = ingest([seed_dir])
    assert not result.skipped
    outlets = {a.id[:3]: a.outlet for a in result.articles}
    assert outlets == {"000": "Euronews Arabic", "001": "Outlet 001", "002": "Al Arabiya",
                       "003": "Arabi21", "004": "Outlet 004"}
    assert {a.published for a in result.articles} == {"2019-04-05", "2019-04-24", "2020-06-09"}
    assert all(a.lang == "ar" for a in result.articles)


def test_front_matter(tmp_path):
    (tmp_path / "a.md").write_text(
        "---\noutlet: Reuters\ntitle: Clashes\npublished: 2019-04-05T10:00:00Z\nlang: en\n"
        "url: https://example.org/a\n---\nForces took a checkpoint 27 km west of Tripoli.\n",
        encoding="utf-8")
    (article,) = ingest([tmp_path]).articles
    assert (article.outlet, article.title, article.lang) == ("Reuters", "Clashes", "en")
    assert article.published == "2019-04-05T10:00:00+00:00"
    assert article.text.startswith("Forces took")


def test_no_outlet_means_file_stem(tmp_path):
    (tmp_path / "wire-copy.txt").write_text("Forces advanced on Tripoli.", encoding="utf-8")
    assert ingest([tmp_path]).articles[0].outlet == "wire-copy"


def test_jsonl_and_csv_rows(tmp_path):
    rows = [{"text": "أسرت القوات 145 جنديا.", "outlet": "A"}, {"text": "Dozens captured.", "outlet": "B"}]
    (tmp_path / "feed.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows)
                                         + "\nnot json\n", encoding="utf-8")
    (tmp_path / "table.csv").write_text("text,outlet,published\n\"Ten killed, police said.\",C,2020-01-02\n,D,\n",
                                        encoding="utf-8")
    result = ingest([tmp_path])
    assert sorted(a.outlet for a in result.articles) == ["A", "B", "C"]
    reasons = {s.path: s.reason for s in result.skipped}
    assert any(p.endswith("feed.jsonl:3") and "bad row" in r for p, r in reasons.items())
    assert any(p.endswith("table.csv:3") and "no 'text'" in r for p, r in reasons.items())


def test_html_page(tmp_path):
    body = "".join(f"<p>The United Nations said {n} people were displaced by the fighting near Tripoli on Friday, "
                   "according to officials who spoke to reporters in the capital.</p>" for n in range(3, 8))
    (tmp_path / "page.html").write_text(
        "<html><head><title>Libya fighting</title><meta property='og:site_name' content='Example News'>"
        f"</head><body><article><h1>Libya fighting</h1>{body}</article></body></html>", encoding="utf-8")
    (article,) = ingest([tmp_path]).articles
    assert "displaced" in article.text
    assert article.outlet == "Example News"


def test_encodings(tmp_path):
    arabic = "قال مصدر عسكري إن القوات سيطرت على قرية تبعد 40 كيلومترا جنوبي طرابلس."
    (tmp_path / "bom.txt").write_bytes("\ufeff".encode() + arabic.encode("utf-8"))
    (tmp_path / "cp1256.txt").write_bytes(arabic.encode("cp1256"))
    articles = {a.id: a for a in ingest([tmp_path]).articles}
    assert articles["bom"].text == arabic
    assert articles["cp1256"].text == arabic


def test_bad_files_are_skipped_with_reason(tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    (tmp_path / "broken.md").write_text("---\noutlet: [unclosed\n---\nText.", encoding="utf-8")
    (tmp_path / "unclosed.md").write_text("---\noutlet: X\nText without end", encoding="utf-8")
    (tmp_path / "latin.txt").write_bytes("Caf\xe9 cr\xe8me".encode("latin-1"))
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    (tmp_path / "good.txt").write_text("A good article.", encoding="utf-8")
    result = ingest([tmp_path])
    assert [a.id for a in result.articles] == ["good"]
    reasons = {s.path.rsplit("/", 1)[-1]: s.reason for s in result.skipped}
    assert reasons["empty.txt"] == "empty file"
    assert "binary" in reasons["binary.txt"]
    assert reasons["broken.md"].startswith("broken front matter")
    assert reasons["unclosed.md"].startswith("broken front matter")
    assert "not UTF-8" in reasons["latin.txt"]
    assert "unsupported file type" in reasons["notes.docx"]


def test_a_colon_in_a_front_matter_value_is_a_warning_not_a_lost_article(tmp_path):
    """"title: Quake: what we know" is not YAML, but every line is plainly key: value: the
    article is read, with its fields, and a warning says how."""
    (tmp_path / "colon.md").write_text(
        "---\noutlet: Gulf Daily  # the desk's name\npublished: 2031-03-24\ntitle: Quake: what we know\n---\nText.",
        encoding="utf-8")
    result = ingest([tmp_path])
    (article,) = result.articles
    assert (article.outlet, article.title, article.published) == ("Gulf Daily", "Quake: what we know", "2031-03-24")
    (warning,) = result.warnings
    assert warning.path.endswith("colon.md") and "read as plain 'key: value' lines" in warning.reason
    assert result.skipped == []


def test_bad_date_is_a_warning_not_a_lost_article(tmp_path):
    (tmp_path / "a.md").write_text("---\npublished: last friday\n---\nText.", encoding="utf-8")
    result = ingest([tmp_path])
    assert result.articles[0].published is None
    assert "not an ISO 8601 date" in result.warnings[0].reason
