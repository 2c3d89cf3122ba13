"""Reading saved web pages and links (analysis.pages): text without page furniture, metadata, refusals."""

from __future__ import annotations

import pytest

from analysis.errors import PageError
from analysis.pages import EXTRACTOR, fetch_page, is_url, read_page, refuse_other_language
from tests.page_server import PAGES, closed_port, serve_pages


def _read(name: str):
    return read_page((PAGES / name).read_bytes(), name)


# Per page: what the metadata must say, sentences the text must hold, and furniture it must not.
EXPECTED = [
    pytest.param("news-article-de.html", {
        "title": "Nordkorea schickt weitere Soldaten nach Russland", "published": "2025-02-03T09:15",
        "published_precision": "minute", "site_name": "Tagesblick", "author": "Anna Beispiel", "language": "de",
        "url": "https://www.tagesblick.example/politik/nordkorea-soldaten-100.html"},
        ["zwischen 3.000 und 5.000 weitere Soldaten", "Mindestens 1.200 nordkoreanische Soldaten"],
        ["Cookies", "Akzeptieren", "Startseite", "Mehr zum Thema", "Raketenfabrik", "Impressum"], id="news-article"),
    pytest.param("liveblog-de.html", {
        "published": "2025-03-11T06:02", "published_precision": "minute", "site_name": "Abendpost", "language": "de",
        "url": "https://abendpost.example/ukraine/liveblog-dienstag-11-maerz"},
        ["rund 3.000 weitere Soldaten aus Nordkorea", "etwa 14.000 nordkoreanische Soldaten", "Selenskyj dankt"],
        ["Privatsphäre", "143 Partner", "Meistgelesen", "25. Spieltag", "Abo"], id="live-blog"),
    pytest.param("metadata-date-en.html", {
        "published": "2025-01-13", "published_precision": "day", "site_name": "The Harbour Times",
        "author": "Jamie Example", "language": "en"},
        ["about 300 North Korean soldiers had been killed and 2,700 wounded", "around 11,000 soldiers"],
        ["Subscribe", "morning briefing", "Copyright"], id="date-only-in-metadata"),
    pytest.param("wire-story-en.html", {
        "title": "North Korea sends more troops to Russia, Seoul says", "published": "2025-02-06T08:41",
        "published_precision": "minute", "site_name": "Global Wire", "author": "Sam Placeholder", "language": "en"},
        ["up to 3,000 more troops to Russia", "At least 1,500 North Korean soldiers"],
        ["cookies", "Accept all", "Markets", "Read next", "Oil prices", "quotes delayed"], id="wire-story"),
]


@pytest.mark.parametrize(("name", "metadata", "kept", "dropped"), EXPECTED)
def test_main_text_and_metadata_of_saved_pages(name, metadata, kept, dropped):
    page = _read(name)
    assert {key: getattr(page, key) for key in metadata} == metadata
    assert all(sentence in page.text for sentence in kept), page.text
    assert not [word for word in dropped if word in page.text], page.text
    assert "\n\n" in page.text and page.text.endswith("\n")     # one paragraph per block, as in the .txt articles
    assert page.data == (PAGES / name).read_bytes()


def test_a_page_in_another_language_is_refused_by_its_text():
    page = _read("other-language-fr.html")
    assert (page.language, page.declared_language) == ("fr", "fr")
    with pytest.raises(PageError) as caught:
        refuse_other_language(page)
    assert str(caught.value) == (
        "other-language-fr.html: expected an article in German or English (de, en); found a page in French (fr, "
        "detected from its text; the page declares lang='fr'). How to fix: the extractor reads German and English "
        "only; if the detection is wrong, give --language de/en")


@pytest.mark.parametrize(("html", "found"), [
    pytest.param(b"<html><body><nav><a href='/'>Start</a></nav></body></html>", "only 1 word(s) of main text", id="nav-only"),
    pytest.param(b"<html><body><div class='consent'><p>Wir verwenden Cookies. Bitte stimmen Sie zu.</p></div></body></html>",
                 "only 7 word(s) of main text", id="consent-page"),
    pytest.param(b"<html><body></body></html>", "no main text", id="empty"),
])
def test_a_page_without_an_article_is_refused(html, found):
    with pytest.raises(PageError) as caught:
        read_page(html, "consent.html")
    assert str(caught.value) == (
        f"consent.html: expected an article in the page (at least 30 words); found {found}. How to fix: check that "
        "the page holds the article (not a consent or login page), or copy its text into a .txt file and add that")


def test_the_extractor_is_named_with_its_version():
    from importlib.metadata import version

    assert EXTRACTOR == f"trafilatura {version('trafilatura')} (dates: htmldate {version('htmldate')})"


def test_is_url():
    assert is_url("https://example.org/a.html") and is_url("HTTP://example.org")
    assert not is_url("example.org/a.html") and not is_url("ftp://example.org/x") and not is_url("artikel.txt")


def test_fetch_a_page_from_a_link():
    with serve_pages() as base:
        data = fetch_page(f"{base}/pages/wire-story-en.html", timeout=5)
    assert data == (PAGES / "wire-story-en.html").read_bytes()


def test_links_that_cannot_be_fetched_say_why():
    with serve_pages() as base:
        cases = {
            f"{base}/pages/gone.html": (5, "expected an HTML page; found HTTP 404 Not Found. How to fix: check the link "
                                           "in a browser; if the page moved, give its new address"),
            f"{base}/slow.html": (0.3, "expected an answer within 0.3 s; found no answer (timeout). How to fix: try again "
                                       "later, raise --timeout, or save the page in a browser and add the .html file"),
            f"{base}/data.json": (5, "expected an HTML page; found a application/json response. How to fix: give the link "
                                     "of the article's web page, or save the text as .txt and add that"),
        }
        for url, (timeout, message) in cases.items():
            with pytest.raises(PageError) as caught:
                fetch_page(url, timeout=timeout)
            assert str(caught.value) == f"{url}: {message}"
    offline = f"http://127.0.0.1:{closed_port()}/news.html"
    with pytest.raises(PageError, match=r"expected a server that answers; found no connection \(.*refused.*\)\. How to "
                                        r"fix: check the address and the network"):
        fetch_page(offline, timeout=5)
