"""Canonical URLs and the article ids derived from them."""

import pathlib
import urllib.parse

import courlan

from schemas.errors import ErrorKind
from transforms.failures import StageFailure, stable_id

WEB_SCHEMES = ("http", "https")


def canonical_url(link: str) -> str:
    """The URL an article is known by: lower-case scheme and host, no default port, no fragment,
    no tracking parameters (utm_*, fbclid, gclid, ...; courlan's list), sorted query.

    Raises StageFailure(BAD_URL) for links that are empty or unparseable.
    """
    link = (link or "").strip()
    if not link:
        raise StageFailure(ErrorKind.BAD_URL, "the entry has no link")
    try:
        parts = urllib.parse.urlsplit(link)
    except ValueError as exc:
        raise StageFailure(ErrorKind.BAD_URL, f"unparseable link {link!r}: {exc}") from exc
    scheme = parts.scheme.lower()
    if scheme == "file":
        return file_url(file_path(link))
    if scheme in WEB_SCHEMES:
        if not parts.hostname:
            raise StageFailure(ErrorKind.BAD_URL, f"link without a host: {link!r}")
        try:
            normalized = courlan.normalize_url(link, strict=False, trailing_slash=True)
        except ValueError as exc:
            raise StageFailure(ErrorKind.BAD_URL, f"unparseable link {link!r}: {exc}") from exc
        return urllib.parse.urlunsplit(urllib.parse.urlsplit(normalized)._replace(fragment=""))
    # Other schemes are refused when fetched; their canonical form is just the cleaned link.
    return link


def article_id_for(canonical: str) -> str:
    """The article id: 16 hex digits of the SHA-256 of the canonical URL."""
    return stable_id(canonical)


def file_path(link: str) -> pathlib.Path:
    """The absolute local path a ``file://`` URL names."""
    parts = urllib.parse.urlsplit(link)
    if parts.netloc not in ("", "localhost"):
        raise StageFailure(ErrorKind.BAD_URL, f"file URL with a remote host: {link!r}")
    return pathlib.Path(urllib.parse.unquote(parts.path)).resolve()


def file_url(path: pathlib.Path) -> str:
    """The ``file://`` URL of an absolute local path."""
    return path.resolve().as_uri()


def source_url(location: str) -> str:
    """An operator's source as a URL: web URLs unchanged, local paths as ``file://`` URLs."""
    scheme = urllib.parse.urlsplit(location).scheme.lower()
    if scheme in WEB_SCHEMES or scheme == "file":
        return location
    return file_url(pathlib.Path(location).expanduser())
