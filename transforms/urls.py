"""Links: checking and splitting them, their canonical form, and the article ids derived from it.

The canonical URL decides only which links count as one article (its id). It is never what is
fetched or stored as the article's ``url``: that is the link as given.
"""

import pathlib
import re
import urllib.parse

from schemas.errors import ErrorKind
from transforms.failures import StageFailure, stable_id

WEB_SCHEMES = ("http", "https")
DEFAULT_PORTS = {"http": 80, "https": 443}

# Query parameters that only say how a reader arrived, never which page they asked for: the
# canonical URL drops them (matched without regard to case). Any other parameter, and a bare
# query such as "?123", names a different page. Deliberately short: "ref", "source", "id",
# "session" or "uid" select content on some sites, so they stay. (courlan's cleaning, which
# trafilatura uses, drops those and bare queries too, and merged different articles: issue 13.)
TRACKING_PREFIXES = ("utm_", "mtm_", "pk_", "hsa_")  # Google Analytics, Matomo, Piwik, HubSpot
TRACKING_PARAMETERS = frozenset(
    (
        "fbclid",  # Facebook
        "gclid",  # Google Ads
        "gclsrc",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",  # Microsoft Ads
        "yclid",  # Yandex
        "twclid",  # X / Twitter
        "ttclid",  # TikTok
        "igshid",  # Instagram
        "mc_cid",  # Mailchimp
        "mc_eid",
        "_ga",  # Google Analytics cross-domain
        "_gl",
        "_hsenc",  # HubSpot
        "_hsmi",
        "mkt_tok",  # Marketo
        "oly_anon_id",  # Omeda
        "oly_enc_id",
        "vero_id",  # Vero
        "vero_conv",
    )
)
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")


def split_url(link: str) -> urllib.parse.SplitResult:
    """The parts of a link; StageFailure(BAD_URL) for control characters or an unparseable
    host (``http://[::1``, ``http://a]b/``, ``http://℀.com/``), never a ValueError."""
    if CONTROL_CHARACTERS.search(link):
        raise StageFailure(ErrorKind.BAD_URL, f"control characters in link {link!r}")
    try:
        parts = urllib.parse.urlsplit(link)
        _port = parts.port  # raises ValueError for a port that is not a number in range
    except ValueError as exc:
        raise StageFailure(ErrorKind.BAD_URL, f"unparseable link {link!r}: {exc}") from exc
    return parts


def url_scheme(link: str) -> str:
    """The lower-case scheme of a link; "" when it has none or cannot be parsed."""
    try:
        return split_url(link).scheme.lower()
    except StageFailure:
        return ""


def tracking_parameter(field: str) -> bool:
    """Whether a query field (``name=value`` or a bare ``name``) is a known tracking one."""
    name = urllib.parse.unquote_plus(field.split("=", 1)[0]).lower()
    return name in TRACKING_PARAMETERS or name.startswith(TRACKING_PREFIXES)


def canonical_url(link: str) -> str:
    """The URL an article is known by: lower-case scheme and host, no default port, no
    fragment, no known tracking parameters (``TRACKING_PREFIXES``, ``TRACKING_PARAMETERS``),
    the other query fields (bare ones included) kept, sorted.

    Raises StageFailure(BAD_URL) for links that are empty, unparseable or without a host.
    """
    link = (link or "").strip()
    if not link:
        raise StageFailure(ErrorKind.BAD_URL, "the entry has no link")
    parts = split_url(link)
    scheme = parts.scheme.lower()
    if scheme == "file":
        return file_url(file_path(link))
    if scheme not in WEB_SCHEMES:
        # Other schemes are refused when fetched; their canonical form is just the cleaned link.
        return link
    host = parts.hostname
    if not host:
        raise StageFailure(ErrorKind.BAD_URL, f"link without a host: {link!r}")
    netloc = f"[{host}]" if ":" in host else host
    if parts.port is not None and parts.port != DEFAULT_PORTS[scheme]:
        netloc = f"{netloc}:{parts.port}"
    if parts.username is not None or parts.password is not None:
        netloc = f"{parts.netloc.rpartition('@')[0]}@{netloc}"
    fields = sorted(
        field for field in parts.query.split("&") if field and not tracking_parameter(field)
    )
    return urllib.parse.urlunsplit((scheme, netloc, parts.path or "/", "&".join(fields), ""))


def article_id_for(canonical: str) -> str:
    """The article id: 16 hex digits of the SHA-256 of the canonical URL."""
    return stable_id(canonical)


def file_path(link: str) -> pathlib.Path:
    """The absolute local path a ``file://`` URL names."""
    parts = split_url(link)
    if parts.netloc not in ("", "localhost"):
        raise StageFailure(ErrorKind.BAD_URL, f"file URL with a remote host: {link!r}")
    return pathlib.Path(urllib.parse.unquote(parts.path)).resolve()


def file_url(path: pathlib.Path) -> str:
    """The ``file://`` URL of an absolute local path."""
    return path.resolve().as_uri()


def source_url(location: str) -> str:
    """An operator's source as a URL: web URLs unchanged, local paths as ``file://`` URLs.
    Raises StageFailure for what could never be read: an unparseable URL, a web URL without a
    host, another scheme, control characters."""
    if "://" in location:
        scheme = split_url(location).scheme.lower()
        if scheme in WEB_SCHEMES:
            canonical_url(location)  # refuse what could never be fetched, with its reason
            return location
        if scheme == "file":
            file_path(location)
            return location
        raise StageFailure(ErrorKind.BAD_SCHEME, f"scheme {scheme!r} is not read: {location!r}")
    if CONTROL_CHARACTERS.search(location):
        raise StageFailure(ErrorKind.BAD_URL, f"control characters in {location!r}")
    return file_url(pathlib.Path(location).expanduser())
