"""Getting bytes from the real web, politely and safely, and local files the operator named.

``settings`` (the one settings object), ``guard`` (which addresses may be reached),
``client`` (one bounded attempt), ``responses`` (content types, charsets, Retry-After),
``robots`` (RFC 9309), ``retries`` (when to try again), ``scheduler`` (concurrency per host
and overall), ``service`` (all of it around the client, one per worker process) and ``local``
(the ``file://`` policy). Stages import what they need from here.
"""

from transforms.fetching.bodies import BadStatus
from transforms.fetching.client import Fetcher
from transforms.fetching.fetched import Fetched
from transforms.fetching.local import check_entry_link, read_local_file
from transforms.fetching.responses import FEED, PAGE, parse_content_type
from transforms.fetching.settings import DEFAULT_USER_AGENT, FetchSettings

__all__ = [
    "DEFAULT_USER_AGENT",
    "FEED",
    "PAGE",
    "BadStatus",
    "FetchSettings",
    "Fetched",
    "Fetcher",
    "check_entry_link",
    "parse_content_type",
    "read_local_file",
]
