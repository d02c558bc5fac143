"""Fetch options: the flags that bound and pace fetching, and the ``FetchSettings`` they make.

Consumes the parsed ``NewsbeamOptions``; produces the fetch limits, politeness and network
policy, checked (finite, positive numbers; a User-Agent that names newsbeam and a contact; address
ranges that parse; a usable ``--state`` and ``--archive``), or an ``OptionsError`` with one line.
"""

from __future__ import annotations

import argparse
import pathlib
import re
from typing import TYPE_CHECKING

from pipelines.option_checks import check_number
from pipelines.option_errors import OptionsError
from pipelines.source_options import check_archive
from state.files import canonical
from state.validators import StateError, load_validators
from transforms.fetching import DEFAULT_USER_AGENT, FetchSettings
from transforms.fetching.guard import parse_networks

if TYPE_CHECKING:
    from pipelines.options import NewsbeamOptions

POSITIVE = (
    ("fetch_concurrency", "--fetch-concurrency"),
    ("per_host_concurrency", "--per-host-concurrency"),
    ("connect_timeout", "--connect-timeout"),
    ("fetch_timeout", "--fetch-timeout"),
    ("fetch_deadline", "--fetch-deadline"),
    ("max_page_bytes", "--max-page-bytes"),
)
NOT_NEGATIVE = (
    ("per_host_delay", "--per-host-delay"),
    ("fetch_retries", "--fetch-retries"),
    ("retry_backoff", "--retry-backoff"),
    ("max_retry_after", "--max-retry-after"),
)
CONTACT = re.compile(r"https?://\S+|[\w.+-]+@[\w-]+\.[\w.-]+")


def add_fetch_flags(parser: argparse.ArgumentParser) -> None:
    """The flags of fetching: network policy, limits, politeness and retries, the User-Agent."""
    parser.add_argument(
        "--allow-network",
        action="append",
        type=str,
        default=None,
        metavar="CIDR",
        help="Admit this address range although it is not globally routable (intranet "
        "feeds, tests), e.g. 10.20.0.0/16 or 127.0.0.1/32. Repeatable. Every other "
        "loopback, private, link-local, CGNAT, multicast, reserved or unique-local address "
        "stays refused, and cloud metadata addresses are refused even inside these ranges.",
    )
    parser.add_argument(
        "--fetch-concurrency",
        type=int,
        default=32,
        metavar="N",
        help="Requests in flight at once, over all hosts, in each worker process.",
    )
    parser.add_argument(
        "--per-host-concurrency",
        type=int,
        default=2,
        metavar="N",
        help="Requests in flight at once to any one host.",
    )
    parser.add_argument(
        "--per-host-delay",
        type=float,
        default=0.5,
        metavar="SECONDS",
        help="Least time between the starts of two requests to one host; a robots.txt "
        "Crawl-delay (up to 10 s) lengthens it for its host.",
    )
    parser.add_argument(
        "--connect-timeout",
        type=float,
        default=10.0,
        metavar="SECONDS",
        help="Longest wait for a TCP connection (and TLS handshake) to be made.",
    )
    parser.add_argument(
        "--fetch-timeout",
        type=float,
        default=20.0,
        metavar="SECONDS",
        help="Read timeout: the longest wait for the server's next bytes.",
    )
    parser.add_argument(
        "--fetch-deadline",
        type=float,
        default=60.0,
        metavar="SECONDS",
        help="Longest time one attempt may take, from connecting to the last byte, "
        "redirects included, however steadily the server drips.",
    )
    parser.add_argument(
        "--fetch-retries",
        type=int,
        default=2,
        metavar="N",
        help="Further attempts after a timeout, a connection error, a 429 or a 5xx; "
        "other statuses are not retried. 0 disables retries.",
    )
    parser.add_argument(
        "--retry-backoff",
        type=float,
        default=1.0,
        metavar="SECONDS",
        help="Back-off before the first retry; it doubles for each further one (at most "
        "60 s), with random jitter, and a server's Retry-After lengthens it.",
    )
    parser.add_argument(
        "--max-retry-after",
        type=float,
        default=120.0,
        metavar="SECONDS",
        help="Longest Retry-After that is waited for; a server asking for longer fails the "
        "request at once (bad_status).",
    )
    parser.add_argument(
        "--max-page-bytes",
        type=int,
        default=10 * 1024 * 1024,
        metavar="BYTES",
        help="Largest page or feed body accepted, counted as sent and again after "
        "decompression; larger ones become too_large errors.",
    )
    parser.add_argument(
        "--user-agent",
        type=str,
        default=DEFAULT_USER_AGENT,
        help="User-Agent header of every request. It must name newsbeam and give a "
        "contact URL or e-mail address; its first word is the robots.txt product token.",
    )


def fetch_settings(options: NewsbeamOptions) -> FetchSettings:
    """The fetch limits, politeness and network policy the options ask for, checked."""
    for name, flag in POSITIVE:
        check_number(flag, getattr(options, name))
    for name, flag in NOT_NEGATIVE:
        check_number(flag, getattr(options, name), zero=True)
    if "newsbeam" not in options.user_agent.lower() or not CONTACT.search(options.user_agent):
        raise OptionsError("--user-agent must name newsbeam and give a contact URL or e-mail")
    allowed = tuple(options.allow_network or ())
    for cidr in allowed:
        try:
            parse_networks((cidr,))
        except ValueError as exc:
            raise OptionsError(f"--allow-network: {cidr!r} is not an address range") from exc
    if options.state and "://" not in options.state:
        try:
            pathlib.Path(options.state).expanduser().mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OptionsError(f"--state: cannot use {options.state}: {exc.strerror}") from exc
        # A local state file is checked at launch; a remote one (gs://) by the workers, so that
        # building a job (a Dataflow dry run, a Flex Template launch) touches no storage.
        try:
            load_validators(options.state)
        except StateError as exc:
            raise OptionsError(f"--state: {exc}") from exc
    archive_run = check_archive(options)
    return FetchSettings(
        connect_timeout_seconds=options.connect_timeout,
        timeout_seconds=options.fetch_timeout,
        deadline_seconds=options.fetch_deadline,
        max_bytes=options.max_page_bytes,
        user_agent=options.user_agent,
        concurrency=options.fetch_concurrency,
        per_host_concurrency=options.per_host_concurrency,
        per_host_delay_seconds=options.per_host_delay,
        retries=options.fetch_retries,
        backoff_seconds=options.retry_backoff,
        max_retry_after_seconds=options.max_retry_after,
        allowed_networks=allowed,
        state_dir=canonical(options.state) if options.state else None,
        archive_dir=options.archive,
        archive_run=archive_run,
        archive_max_bytes=options.archive_max_bytes,
    )
