"""Web ingest: HTML pages and WARC/ARC archives → articles, everything else → rejects."""

from __future__ import annotations

import gzip
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from dataset import load
from dataset.ingest.html_decode import UndecodableError, decode_html
from dataset.ingest.html_meta import parse_date
from dataset.ingest.ids import article_id
from dataset.ingest.records import RawRecord, Rejected
from dataset.ingest.web import page_fields, read_html, read_warc
from dataset.stages import run_ingest

ROOT = Path(__file__).resolve().parents[1]

HEADLINE = "Fighting reaches Kunduz as forces withdraw"
BODY = [
    "Taliban fighters entered the outskirts of Kunduz on Friday, officials said, as "
    "government forces withdrew from several districts in the north of the country.",
    "A spokesman for the provincial governor said about 400 families had fled to the city "
    "centre and that the airport remained under government control.",
    "Residents described heavy gunfire overnight. “We could not sleep,” one shopkeeper told "
    "reporters by telephone, adding that the price of flour had doubled within a week.",
]
BOILERPLATE = [
    "Subscribe to our newsletter",
    "Celebrity wedding pictures",
    "Ten recipes for summer",
    "Copyright 2021 Example Times",
    "Privacy policy",
]


def news_page(head: str = "", lang: str = "en-GB", charset: str = "utf-8") -> str:
    """A realistic article page: navigation, the article, a sidebar and a footer."""
    paragraphs = "\n".join(f"<p>{p}</p>" for p in BODY)
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head>
<meta charset="{charset}">
<title>{HEADLINE} | Example Times</title>
{head}
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/newsletter">{BOILERPLATE[0]}</a></li></ul></nav></header>
<main><article>
<h1>{HEADLINE}</h1>
{paragraphs}
</article></main>
<aside><h2>Most read</h2><ul><li><a href="/a">{BOILERPLATE[1]}</a></li>
<li><a href="/b">{BOILERPLATE[2]}</a></li></ul></aside>
<footer><p>{BOILERPLATE[3]}. All rights reserved.</p>
<a href="/privacy">{BOILERPLATE[4]}</a></footer>
</body></html>"""


META_HEAD = """<meta property="og:site_name" content="Example Times">
<meta property="og:title" content="Fighting reaches Kunduz as forces withdraw">
<meta property="article:published_time" content="2021-07-09T10:00:00+04:30">
<link rel="canonical" href="https://news.example.org/world/kunduz">"""

NOT_AN_ARTICLE = b"""<!DOCTYPE html><html><head><title>Index</title></head><body>
<nav><a href="/a">A</a> <a href="/b">B</a></nav></body></html>"""


def _shared(relative: str) -> Path:
    """A development corpus file next to the main checkout or above a worktree; else skip."""
    for base in (ROOT.parent, ROOT.parent.parent):
        path = base / "shared" / "corpora" / relative
        if path.exists():
            return path
    pytest.skip(f"development corpus {relative} is not available (../shared absent)")


def _only(items: list) -> RawRecord:
    assert len(items) == 1 and isinstance(items[0], RawRecord), items
    return items[0]


# --- single pages -----------------------------------------------------------------------


def test_page_keeps_headline_and_body_and_drops_boilerplate() -> None:
    fields = page_fields(news_page(META_HEAD).encode("utf-8"))
    assert fields["text"] == "\n\n".join([HEADLINE, *BODY])
    for junk in BOILERPLATE:
        assert junk not in fields["text"]
    assert fields["title"] == HEADLINE
    assert fields["url"] == "https://news.example.org/world/kunduz"
    assert fields["published_at"] == "2021-07-09T10:00:00+04:30"
    assert fields["publisher"] == "Example Times"
    assert fields["language"] == "en"


def test_json_ld_and_time_metadata_without_meta_tags() -> None:
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "name": "Site search"},
            {
                "@type": "NewsArticle",
                "headline": HEADLINE,
                "datePublished": "2021-07-09T06:30:00Z",
                "publisher": {"@type": "Organization", "name": "Kabul Daily"},
                "url": "https://kabul.example/a/1",
            },
        ],
    }
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    fields = page_fields(news_page(head, lang="").encode("utf-8"))
    assert fields["publisher"] == "Kabul Daily"
    assert fields["published_at"] == "2021-07-09T06:30:00+00:00"
    assert fields["url"] == "https://kabul.example/a/1"
    assert "language" not in fields  # the page does not say; ingest's default applies
    # The headline comes from <title> without its " | Site" suffix, matched to the <h1>.
    assert fields["title"] == HEADLINE

    timed = news_page().replace("<article>", '<article><time datetime="2021-07-08">8 July</time>')
    assert page_fields(timed.encode("utf-8"))["published_at"] == "2021-07-08T00:00:00"


def test_dates_are_validated_and_zone_names_become_offsets() -> None:
    assert parse_date("November 19, 2019, 07:47 PM EST") == "2019-11-19T19:47:00-05:00"
    assert parse_date("0001-01-01T00:00:00Z") is None  # CMS placeholder
    assert parse_date("3 hours ago") is None


def test_charset_from_bom_http_header_meta_and_fallback() -> None:
    text = "Kämpfe in Kunduz – “Flucht”"
    assert decode_html(b"\xef\xbb\xbf" + text.encode("utf-8")) == (text, "utf-8")
    assert decode_html(codecs_utf16(text))[0] == text
    cp1252 = f'<meta charset="iso-8859-1"><p>{text}</p>'.encode("cp1252")
    assert text in decode_html(cp1252)[0]  # latin-1 labels decode as windows-1252
    # The HTTP header outranks the page's own declaration.
    koi8 = '<meta charset="utf-8"><p>Кундуз</p>'.encode("koi8_r")
    assert "Кундуз" in decode_html(koi8, http_charset="koi8-r")[0]
    # Declared latin-1 but really UTF-8: valid UTF-8 wins over a wrong label.
    mislabelled = f'<meta charset="windows-1252"><p>{text}</p>'.encode()
    assert decode_html(mislabelled) == (mislabelled.decode("utf-8"), "utf-8")
    # No declaration, not UTF-8: a statistical guess rather than a rejection.
    guessed, _codec = decode_html(("<p>" + "Die Kämpfe dauern an. " * 20 + "</p>").encode("cp1252"))
    assert "Kämpfe" in guessed
    with pytest.raises(UndecodableError, match="binary"):
        decode_html(b"GIF89a\x01\x00\x01\x00\x00\x00\x00" * 10)


def codecs_utf16(text: str) -> bytes:
    return "\ufeff".encode("utf-16-le") + text.encode("utf-16-le")


def test_read_html_file_and_gzipped_file_give_the_same_article(tmp_path: Path) -> None:
    raw = news_page(META_HEAD, charset="windows-1252").encode("cp1252")
    (tmp_path / "a.html").write_bytes(raw)
    (tmp_path / "b.htm.gz").write_bytes(gzip.compress(raw))
    plain = _only(list(read_html(tmp_path / "a.html", "a.html")))
    zipped = _only(list(read_html(tmp_path / "b.htm.gz", "b.htm.gz")))
    assert plain.raw == zipped.raw == raw
    assert plain.fields == zipped.fields
    assert plain.structured and plain.record is None
    assert "“We could not sleep,”" in plain.fields["text"]


def test_pages_without_article_text_are_rejected_with_a_reason(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_bytes(NOT_AN_ARTICLE)
    (tmp_path / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    (tmp_path / "empty.html").write_bytes(b"   \n")
    reasons = {
        name: next(iter(read_html(tmp_path / name, name))).reason
        for name in ("index.html", "image.html", "empty.html")
    }
    assert reasons["index.html"].startswith("no article text found")
    assert reasons["image.html"].startswith("undecodable")
    assert reasons["empty.html"].startswith("not an HTML document")


# --- archives ---------------------------------------------------------------------------

PAGE_URL = "https://news.example.org/world/kunduz?ref=home"


def write_warc(path: Path, page: bytes, compress_payload: bool = False) -> None:
    """warcinfo, an HTML response, a GIF, a 404, as a crawler would write them."""
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=path.suffix == ".gz")
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))

        def response(url: str, status: str, content_type: str, body: bytes, extra=()) -> None:
            headers = [("Content-Type", content_type), *extra]
            http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
            record = writer.create_warc_record(
                url,
                "response",
                payload=io.BytesIO(body),
                http_headers=http,
                warc_headers_dict={"WARC-Date": "2030-01-01T00:00:00Z"},
            )
            writer.write_record(record)

        body, extra = page, ()
        if compress_payload:
            body, extra = gzip.compress(page, mtime=0), (("Content-Encoding", "gzip"),)
        response(PAGE_URL, "200 OK", "text/html; charset=utf-8", body, extra)
        response("https://news.example.org/pixel.gif", "200 OK", "image/gif", b"GIF89a" + bytes(30))
        response("https://news.example.org/gone", "404 Not Found", "text/html", NOT_AN_ARTICLE)


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc_one_article_and_three_explained_rejects(tmp_path: Path, name: str) -> None:
    page = news_page(META_HEAD).encode("utf-8")
    write_warc(tmp_path / name, page, compress_payload=True)
    items = list(read_warc(tmp_path / name, name))
    assert [i.record for i in items] == [1, 2, 3, 4]
    article = items[1]
    assert isinstance(article, RawRecord)
    # raw is the decoded HTTP payload: the same bytes as the page saved as a file.
    assert article.raw == page and article.source == f"{name}#2"
    assert article.fields["url"] == PAGE_URL  # where it was captured
    assert article.fields["published_at"] == "2021-07-09T10:00:00+04:30"  # not WARC-Date
    assert article.fields["text"] == "\n\n".join([HEADLINE, *BODY])
    rejects = {i.record: i.reason for i in items if isinstance(i, Rejected)}
    assert rejects == {
        1: "warcinfo record",
        3: "not an HTML response (image/gif)",
        4: "HTTP 404",
    }


def test_same_page_from_file_and_warc_is_the_same_article(tmp_path: Path) -> None:
    page = news_page(META_HEAD).encode("utf-8")
    (tmp_path / "page.html").write_bytes(page)
    write_warc(tmp_path / "crawl.warc.gz", page)
    from_file = _only(list(read_html(tmp_path / "page.html", "page.html")))
    from_warc = next(i for i in read_warc(tmp_path / "crawl.warc.gz", "x") if i.record == 2)
    assert article_id(from_file.raw) == article_id(from_warc.raw)
    without_url = [
        {k: v for k, v in r.fields.items() if k != "url"} for r in (from_file, from_warc)
    ]
    assert without_url[0] == without_url[1]


def test_damaged_archives_are_reported_not_fatal(tmp_path: Path) -> None:
    page = news_page(META_HEAD).encode("utf-8")
    write_warc(tmp_path / "full.warc", page)
    data = (tmp_path / "full.warc").read_bytes()
    gif = data.index(b"WARC/1.0", data.index(b"</html>"))  # where the GIF record starts
    (tmp_path / "cut.warc").write_bytes(data[: gif + 150])  # cut inside its headers
    items = list(read_warc(tmp_path / "cut.warc", "cut.warc"))
    assert isinstance(items[1], RawRecord) and len(items) == 3
    assert items[2].record == 3
    assert items[2].reason.startswith("malformed record (no Content-Length")
    (tmp_path / "cut2.warc").write_bytes(data[: data.index(b"</html>")])  # inside the page
    assert next(iter(read_warc(tmp_path / "cut2.warc", "x"))).record == 1
    assert list(read_warc(tmp_path / "cut2.warc", "x"))[1].reason.startswith("truncated record (")
    (tmp_path / "junk.warc").write_bytes(b"this is not an archive\n" * 5)
    (junk,) = read_warc(tmp_path / "junk.warc", "junk.warc")
    assert junk.record is None and junk.reason.startswith("not a WARC or ARC file")


@pytest.mark.parametrize("suffix", [".arc", ".arc.gz", ".warc.gz"])
def test_heritrix_arc_and_warc_samples(suffix: str) -> None:
    path = _shared(f"warc_samples/IAH-20080430204825-00000-blackbook-truncated{suffix}")
    items = list(read_warc(path, path.name))
    articles = [i for i in items if isinstance(i, RawRecord)]
    reasons = [i.reason for i in items if isinstance(i, Rejected)]
    assert [a.fields["url"] for a in articles] == ["http://www.archive.org/index.php"]
    # The 2008 home page was a "Please visit our website at: …" stub.
    assert any(r.startswith("no article text found (body has") for r in reasons)
    assert "dns record" in reasons
    assert "not an HTML response (image/gif)" in reasons
    assert reasons[0] == ("warcinfo record" if "warc" in suffix else "ARC file header (filedesc)")
    assert len(items) == (23 if "warc" in suffix else 9)
    assert [i.record for i in items] == list(range(1, len(items) + 1))


def test_arc_and_warc_of_one_crawl_give_the_same_articles() -> None:
    arc = _shared("warc_samples/IAH-20080430204825-00000-blackbook-truncated.arc.gz")
    warc = _shared("warc_samples/IAH-20080430204825-00000-blackbook-truncated.warc")

    def articles(path: Path) -> list[tuple[str, dict]]:
        items = read_warc(path, path.name)
        return [(article_id(i.raw), i.fields) for i in items if isinstance(i, RawRecord)]

    assert articles(arc) == articles(warc)


def test_benchmark_pages_agree_between_html_files_and_warc() -> None:
    folder = _shared("article_extraction_benchmark")
    gold = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    from_warc = {}
    for item in read_warc(folder / "news_pages.warc.gz", "news_pages.warc.gz"):
        if isinstance(item, RawRecord):
            from_warc[item.fields["url"]] = item
        if len(from_warc) == 3:
            break
    assert len(from_warc) == 3
    for key in sorted(gold):
        if gold[key]["url"] not in from_warc:
            continue
        page = _only(list(read_html(folder / "html" / f"{key}.html.gz", key)))
        other = from_warc[gold[key]["url"]]
        assert article_id(page.raw) == article_id(other.raw)
        assert page.fields["text"] == other.fields["text"]
        # The extracted body carries the gold body's opening words.
        opening = " ".join(gold[key]["articleBody"].split()[:8])
        assert opening in " ".join(page.fields["text"].split())


# --- the ingest stage and CLI -----------------------------------------------------------


def test_cli_ingests_a_mixed_folder(tmp_path: Path, seed_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    page = news_page(META_HEAD).encode("utf-8")
    (raw / "seed.txt").write_bytes(seed_path.read_bytes())
    (raw / "kunduz.html").write_bytes(page)
    (raw / "index.htm").write_bytes(NOT_AN_ARTICLE)
    write_warc(raw / "crawl.warc.gz", page.replace(b"400 families", b"500 families"))
    (raw / "wire.jsonl").write_text(json.dumps({"text": "Kabul, 9 July. Talks resumed."}) + "\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    outs = []
    for run in ("one", "two"):
        out = tmp_path / run
        done = subprocess.run(
            [sys.executable, "-m", "dataset", "ingest", str(raw), "--tables", str(out)],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        assert "4 articles, 4 rejected records" in done.stdout
        outs.append(out)
    articles, rejects = load("articles", outs[0]), load("rejects", outs[0])
    by_source = articles.set_index("source")
    assert sorted(by_source.index) == ["crawl.warc.gz#2", "kunduz.html", "seed.txt", "wire.jsonl#1"]
    html = by_source.loc["kunduz.html"]
    assert html["title"] == HEADLINE and html["text"].startswith(HEADLINE + "\n\n")
    assert html["publisher"] == "Example Times" and html["language"] == "en"
    assert html["published_at"] == pd.Timestamp("2021-07-09T05:30:00", tz="UTC")
    assert html["article_id"] == article_id(page)
    assert "500 families" in by_source.loc["crawl.warc.gz#2", "text"]
    assert by_source.loc["crawl.warc.gz#2", "url"] == PAGE_URL
    reasons = {
        (r.source, None if pd.isna(r.record) else int(r.record)): r.reason
        for r in rejects.itertuples()
    }
    assert reasons == {
        ("crawl.warc.gz", 1): "warcinfo record",
        ("crawl.warc.gz", 3): "not an HTML response (image/gif)",
        ("crawl.warc.gz", 4): "HTTP 404",
        ("index.htm", None): "no article text found (body has 2 words)",
    }
    for name in ("articles.parquet", "rejects.parquet"):
        assert (outs[0] / name).read_bytes() == (outs[1] / name).read_bytes()


def test_page_in_a_warc_and_as_a_file_is_one_article(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    page = news_page(META_HEAD).encode("utf-8")
    (raw / "page.html").write_bytes(page)
    write_warc(raw / "crawl.warc", page)
    out = tmp_path / "tables"
    run_ingest([raw], out, {})
    articles, rejects = load("articles", out), load("rejects", out)
    assert articles["source"].tolist() == ["crawl.warc#2"]
    duplicate = rejects[rejects["source"] == "page.html"]["reason"].item()
    assert duplicate.startswith(
        f"duplicate of crawl.warc#2 (identical bytes; article {article_id(page)}"
    )


def test_extraction_needs_no_network(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import socket

    def refuse(*args, **kwargs):
        raise AssertionError("network access during ingest")

    for name in ("create_connection", "getaddrinfo"):
        monkeypatch.setattr(socket, name, refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    write_warc(tmp_path / "crawl.warc.gz", news_page(META_HEAD).encode("utf-8"))
    items = list(read_warc(tmp_path / "crawl.warc.gz", "crawl.warc.gz"))
    assert sum(isinstance(i, RawRecord) for i in items) == 1
