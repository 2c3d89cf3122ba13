"""Reading a saved web page or a link: the article's main text and its metadata.

A page (``.html`` saved from a browser, or fetched from an ``http(s)://`` link) is
read by trafilatura (main text without navigation, cookie banners and related
links; title, site name, author, canonical URL) and htmldate (the publication
date, with the time when the page states one).  The page itself is kept byte for
byte beside the extracted text, and :data:`EXTRACTOR` names both libraries and
their versions in the provenance record, so the extraction can be redone.

A link that cannot be fetched (no network, a timeout, an HTTP error, a response
that is not HTML) is refused with the reason; nothing is written.
"""

from __future__ import annotations

import functools
import logging
import re
import socket
import urllib.error
import urllib.request
from dataclasses import dataclass
from importlib.metadata import version

from .errors import PageError
from .schema import LANGUAGES

log = logging.getLogger(__name__)

EXTRACTOR = f"trafilatura {version('trafilatura')} (dates: htmldate {version('htmldate')})"
PAGE_SUFFIXES = (".html", ".htm")
HTML_TYPES = ("text/html", "application/xhtml+xml")
DEFAULT_TIMEOUT = 20.0           # seconds to wait for a server (python -m analysis add --timeout)
MAX_PAGE_BYTES = 10_000_000      # a news page is at most a few megabytes
MIN_ARTICLE_WORDS = 30          # less is a consent, login or error page, not an article
USER_AGENT = "nk-claims-analysis (python -m analysis add)"
LANGUAGE_NAMES = {"de": "German", "en": "English", "fr": "French", "es": "Spanish", "it": "Italian", "ru": "Russian",
                  "uk": "Ukrainian", "ko": "Korean", "ja": "Japanese", "zh": "Chinese", "nl": "Dutch", "pl": "Polish"}
_URL = re.compile(r"^https?://\S+$", re.IGNORECASE)


@dataclass(frozen=True)
class Page:
    """What was read from one page: the page's bytes, the article text and the metadata found."""

    where: str                       # the file or link it was read from
    data: bytes                      # the page, byte for byte
    text: str                        # the article's main text
    title: str | None
    published: str | None            # YYYY-MM-DDTHH:MM or YYYY-MM-DD
    published_precision: str | None  # minute or day
    site_name: str | None
    author: str | None
    url: str | None                  # the canonical URL the page names, else the link it came from
    language: str                    # detected from the text (ISO 639-1)
    declared_language: str | None    # the page's own <html lang>

    @property
    def language_name(self) -> str:
        return LANGUAGE_NAMES.get(self.language, self.language)


def is_url(text: str) -> bool:
    return bool(_URL.match(str(text).strip()))


def fetch_page(url: str, *, timeout: float = DEFAULT_TIMEOUT) -> bytes:
    """The bytes of an HTML page at ``url``; a PageError says why it cannot be had."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "text/html"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 (http and https only)
            kind = response.headers.get_content_type()
            if kind not in HTML_TYPES:
                raise PageError(url, expected="an HTML page", found=f"a {kind} response",
                                fix="give the link of the article's web page, or save the text as .txt and add that")
            data = response.read(MAX_PAGE_BYTES + 1)
    except urllib.error.HTTPError as exc:
        raise PageError(url, expected="an HTML page", found=f"HTTP {exc.code} {exc.reason}",
                        fix="check the link in a browser; if the page moved, give its new address") from None
    except (TimeoutError, socket.timeout):
        raise PageError(url, expected=f"an answer within {timeout:g} s", found="no answer (timeout)",
                        fix="try again later, raise --timeout, or save the page in a browser and add the .html file") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        found = "no answer (timeout)" if isinstance(reason, TimeoutError | socket.timeout) else f"no connection ({reason})"
        raise PageError(url, expected="a server that answers", found=found,
                        fix="check the address and the network, or save the page in a browser and add the .html file") from None
    if len(data) > MAX_PAGE_BYTES:
        raise PageError(url, expected=f"a page of at most {MAX_PAGE_BYTES:,} bytes", found="a larger response",
                        fix="save the article's text as .txt and add that")
    return data


@functools.cache
def _identifier(languages: tuple[str, ...] | None):
    """py3langid's identifier, loaded once per process (loading the model takes about a second)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    if languages:
        identifier.set_languages(list(languages))
    return identifier


def detect_language(text: str, languages: tuple[str, ...] | None = None) -> str:
    """The language of a text (ISO 639-1), among ``languages`` or among all that py3langid knows."""
    return _identifier(languages).classify(text[:20000])[0]


def _published(html: bytes) -> tuple[str | None, str | None]:
    """(YYYY-MM-DDTHH:MM, 'minute') when the page states a time, (YYYY-MM-DD, 'day') when only a day."""
    from htmldate import find_date
    from trafilatura.utils import load_html

    # Not extensive_search: it reads a footer's "© 2025" as 2025-01-01; metadata, <time> and bylines suffice.
    found = find_date(load_html(html), outputformat="%Y-%m-%dT%H:%M", original_date=True, extensive_search=False)
    if not found:
        return None, None
    if found.endswith("T00:00"):          # htmldate fills a missing time with midnight: the page gave a day
        return found[:10], "day"
    return found, "minute"


def _paragraphs(text: str) -> str:
    """One paragraph per block, separated by a blank line (as the .txt articles are written)."""
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return "\n\n".join(line for line in lines if line) + "\n"


def read_page(data: bytes, where: str, *, link: str | None = None) -> Page:
    """The article in an HTML page: main text and metadata, or a PageError when there is none."""
    import trafilatura
    from trafilatura.utils import load_html

    tree = load_html(data)
    if tree is None:
        raise PageError(where, expected="an HTML page", found="no HTML that can be parsed",
                        fix="save the page again from the browser (File > Save page as, HTML only)")
    declared = (tree.get("lang") or "").split("-")[0].lower() or None
    document = trafilatura.bare_extraction(tree, url=link, with_metadata=True, include_comments=False,
                                           include_tables=False, favor_precision=True)
    text = document.text if document is not None else ""
    words = len(text.split())
    if words < MIN_ARTICLE_WORDS:
        found = f"only {words} word(s) of main text" if words else "no main text"
        raise PageError(where, expected=f"an article in the page (at least {MIN_ARTICLE_WORDS} words)", found=found,
                        fix="check that the page holds the article (not a consent or login page), "
                        "or copy its text into a .txt file and add that")
    published, precision = _published(data)
    return Page(
        where=where, data=data, text=_paragraphs(text), title=document.title or None,
        published=published, published_precision=precision, site_name=document.sitename or None,
        author=document.author or None, url=document.url or link, language=detect_language(text),
        declared_language=declared,
    )


def refuse_other_language(page: Page) -> None:
    """A page in a language the extractor does not read is refused (``--language`` overrides)."""
    if page.language in LANGUAGES:
        return
    names = " or ".join(LANGUAGE_NAMES[code] for code in LANGUAGES)
    declared = f"; the page declares lang={page.declared_language!r}" if page.declared_language else ""
    raise PageError(page.where, expected=f"an article in {names} ({', '.join(LANGUAGES)})",
                    found=f"a page in {page.language_name} ({page.language}, detected from its text{declared})",
                    fix="the extractor reads German and English only; if the detection is wrong, "
                    f"give --language {'/'.join(LANGUAGES)}")
