"""Lists of feeds the operator keeps: OPML files and a TOML feeds file, in, ``Source``s out.

OPML is what every feed reader exports: each ``outline`` with an ``xmlUrl`` is a feed, named by
its ``text`` (or ``title``); the optional ``country`` and ``language`` attributes (OPML 2.0
allows any attribute) are read too. The feeds file is TOML rather than YAML: it needs no extra
package on Python 3.11+, and its strings stay strings (YAML 1.1 reads the country code NO as
false). Country codes are ISO 3166-1 (alpha-2 is turned into alpha-3), languages ISO 639-1.
"""

import pathlib
import re
import sys

import lxml.etree
import pycountry

from schemas.entries import SOURCE_FEED, Source
from transforms.failures import StageFailure
from transforms.urls import source_url

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10 only
    import tomli as tomllib

FEED_KEYS = frozenset(("url", "name", "country", "language"))
LANGUAGE = re.compile(r"^[a-z]{2}$")


class FeedListError(ValueError):
    """A feed list newsbeam cannot read; the message names the file and the place."""


def country_code(value: str | None, where: str) -> str | None:
    """The ISO 3166-1 alpha-3 code for an alpha-2 or alpha-3 code; FeedListError otherwise."""
    if value is None or not str(value).strip():
        return None
    code = str(value).strip().upper()
    country = pycountry.countries.get(**{"alpha_2" if len(code) == 2 else "alpha_3": code})
    if country is None:
        raise FeedListError(f"{where}: {value!r} is not an ISO 3166 country code")
    return country.alpha_3


def language_code(value: str | None, where: str) -> str | None:
    """The ISO 639-1 code of a language tag ("en-GB" -> "en"); FeedListError otherwise."""
    if value is None or not str(value).strip():
        return None
    primary = str(value).strip().replace("_", "-").split("-")[0].lower()
    if not LANGUAGE.match(primary):
        raise FeedListError(f"{where}: {value!r} is not an ISO 639-1 language code")
    return primary


def _location(url: str, base: pathlib.Path, where: str) -> str:
    url = url.strip()
    try:
        return source_url(url if "://" in url else str((base / url).resolve()))
    except StageFailure as exc:
        raise FeedListError(f"{where}: {exc.message}") from exc
    except ValueError as exc:  # a path the system cannot take (a NUL byte)
        raise FeedListError(f"{where}: {exc}") from exc


def read_opml(path: pathlib.Path) -> list[Source]:
    """The feeds of an OPML file, in document order."""
    parser = lxml.etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        tree = lxml.etree.parse(str(path), parser)
    except (OSError, lxml.etree.XMLSyntaxError) as exc:
        raise FeedListError(f"{path}: not a readable OPML file: {exc}") from exc
    sources = []
    for number, outline in enumerate(tree.iter("outline"), start=1):
        url = outline.get("xmlUrl") or outline.get("xmlurl")
        if not url or not url.strip():
            continue  # a folder, or a plain link
        where = f"{path}, outline {number}"
        sources.append(
            Source(
                location=_location(url, path.parent, where),
                kind=SOURCE_FEED,
                name=(outline.get("text") or outline.get("title") or "").strip() or None,
                country=country_code(outline.get("country"), where),
                language=language_code(outline.get("language"), where),
            )
        )
    return sources


def read_feeds_file(path: pathlib.Path) -> list[Source]:
    """The feeds of a TOML feeds file (``[[feed]]`` tables), in file order."""
    try:
        document = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise FeedListError(f"{path}: not a readable TOML file: {exc}") from exc
    feeds = document.get("feed", [])
    if not isinstance(feeds, list) or set(document) - {"feed"}:
        raise FeedListError(f"{path}: expected only [[feed]] tables")
    sources = []
    for number, feed in enumerate(feeds, start=1):
        where = f"{path}, feed {number}"
        unknown = set(feed) - FEED_KEYS
        if unknown:
            raise FeedListError(f"{where}: unknown keys {', '.join(sorted(unknown))}")
        url = feed.get("url")
        if not isinstance(url, str) or not url.strip():
            raise FeedListError(f"{where}: url is missing")
        name = feed.get("name")
        sources.append(
            Source(
                location=_location(url, path.parent, where),
                kind=SOURCE_FEED,
                name=str(name).strip() if name else None,
                country=country_code(feed.get("country"), where),
                language=language_code(feed.get("language"), where),
            )
        )
    return sources
