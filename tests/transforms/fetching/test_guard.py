"""The network guard: what it refuses, and that it connects only to the address it checked.

Every test that could reach past loopback injects a resolver and a connector; the connector
fails the test if it is ever asked for an address outside 127.0.0.0/8.
"""

import ipaddress

import pytest

from schemas.errors import ErrorKind
from tests.hostile_server import redirect, reply, serve
from transforms.failures import StageFailure
from transforms.fetching import Fetcher, FetchSettings
from transforms.fetching.guard import NetworkGuard, parse_networks, plain_connector, refusal


class Connections:
    """A connector that records what it is asked and refuses anything beyond loopback."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, int]] = []

    def __call__(self, address, timeout, options):
        self.asked.append(address)
        if not ipaddress.ip_address(address[0]).is_loopback:
            pytest.fail(f"the guard let a connection to {address} through")
        return plain_connector(address, timeout, options)


def resolver(table: dict[str, list[str]]):
    return lambda host, port: table[host]


@pytest.mark.parametrize(
    "address, reason",
    [
        ("127.0.0.1", "loopback"),
        ("127.0.0.2", "loopback"),
        ("10.1.2.3", "private"),
        ("172.16.5.4", "private"),
        ("192.168.1.1", "private"),
        ("169.254.169.254", "a cloud metadata address"),
        ("169.254.10.10", "link-local"),
        ("100.64.0.1", "carrier-grade NAT"),
        ("224.0.0.251", "multicast"),
        ("240.0.0.1", "reserved"),
        ("255.255.255.255", "reserved"),
        ("0.0.0.0", "unspecified ('this network')"),
        ("192.0.2.10", "documentation"),
        ("::", "unspecified"),
        ("::1", "loopback"),
        ("fe80::1", "link-local"),
        ("fd12:3456::1", "unique-local"),
        ("ff02::1", "multicast"),
        ("2001:db8::1", "documentation"),
        ("::ffff:127.0.0.1", "loopback"),
        ("::ffff:10.0.0.1", "private"),
        ("::ffff:169.254.169.254", "a cloud metadata address"),
        ("64:ff9b::a9fe:a9fe", "a cloud metadata address"),  # NAT64 form of 169.254.169.254
        ("2002:a9fe:0101::1", "link-local"),  # 6to4 form of 169.254.1.1
        ("fd00:ec2::254", "a cloud metadata address"),
    ],
)
def test_non_public_addresses_are_refused_with_the_reason(address, reason):
    assert refusal(ipaddress.ip_address(address)) == reason


@pytest.mark.parametrize("address", ["93.184.216.34", "2606:2800:220:1::1", "::ffff:8.8.8.8"])
def test_public_addresses_pass(address):
    assert refusal(ipaddress.ip_address(address)) is None


def test_allow_network_admits_its_range_and_nothing_else():
    allowed = parse_networks(("127.0.0.1/32",))
    assert refusal(ipaddress.ip_address("127.0.0.1"), allowed) is None
    assert refusal(ipaddress.ip_address("::ffff:127.0.0.1"), allowed) is None
    assert refusal(ipaddress.ip_address("127.0.0.2"), allowed) == "loopback"
    assert refusal(ipaddress.ip_address("10.0.0.1"), allowed) == "private"


def test_metadata_stays_refused_even_inside_an_allowed_range():
    allowed = parse_networks(("169.254.0.0/16",))
    assert refusal(ipaddress.ip_address("169.254.1.1"), allowed) is None
    assert refusal(ipaddress.ip_address("169.254.169.254"), allowed) == "a cloud metadata address"


def test_a_host_with_any_private_address_is_refused_before_any_connection():
    connections = Connections()
    guard = NetworkGuard(
        resolver=resolver({"mixed.example": ["93.184.216.34", "10.0.0.7"]}), connector=connections
    )
    with pytest.raises(StageFailure) as caught:
        guard.connect("mixed.example", 80, 1.0, [])
    assert caught.value.kind is ErrorKind.BLOCKED_ADDRESS
    assert "10.0.0.7" in caught.value.message and "private" in caught.value.message
    assert connections.asked == []


def test_fetcher_refuses_loopback_by_default_without_connecting():
    with serve({"/a": reply(200, b"<p>x</p>")}) as server, pytest.raises(StageFailure) as caught:
        Fetcher(FetchSettings()).fetch(f"{server.base}/a")
    assert caught.value.kind is ErrorKind.BLOCKED_ADDRESS
    assert server.requests == []


def test_the_connection_goes_to_the_checked_address_and_dns_cannot_change_it():
    answers = iter([["127.0.0.1"], ["10.9.9.9"]])  # a rebinding DNS: safe first, private next
    connections = Connections()
    settings = FetchSettings(
        allowed_networks=("127.0.0.1/32",),
        resolver=lambda host, port: next(answers),
        connector=connections,
    )
    with serve({"/a": reply(200, b"<p>one</p>"), "/b": reply(200, b"<p>two</p>")}) as server:
        port = int(server.base.rsplit(":", 1)[1])
        fetcher = Fetcher(settings)
        assert fetcher.fetch(f"http://news.example:{port}/a").body == b"<p>one</p>"
        # the kept-alive connection is reused: no second lookup, no second connection
        assert fetcher.fetch(f"http://news.example:{port}/b").body == b"<p>two</p>"
    assert connections.asked == [("127.0.0.1", port)]
    assert server.requests[0].headers["Host"] == f"news.example:{port}"


def test_each_redirect_hop_is_checked_and_a_blocked_hop_is_never_contacted():
    connections = Connections()
    with serve({}) as server:
        port = int(server.base.rsplit(":", 1)[1])
        server.routes["/start"] = redirect(f"http://intranet.example:{port}/secret")
        settings = FetchSettings(
            allowed_networks=("127.0.0.1/32",),
            resolver=resolver({"news.example": ["127.0.0.1"], "intranet.example": ["10.0.0.5"]}),
            connector=connections,
        )
        with pytest.raises(StageFailure) as caught:
            Fetcher(settings).fetch(f"http://news.example:{port}/start")
    assert caught.value.kind is ErrorKind.BLOCKED_ADDRESS
    assert connections.asked == [("127.0.0.1", port)]
    assert server.paths() == ["/start"]


def test_a_redirect_to_another_loopback_address_outside_the_allowed_range_is_blocked():
    settings = FetchSettings(allowed_networks=("127.0.0.1/32",))
    with (
        serve({"/stolen": reply(200, b"<p>secret</p>")}, host="127.0.0.2") as forbidden,
        serve({"/go": redirect(f"{forbidden.base}/stolen")}) as server,
        pytest.raises(StageFailure) as caught,
    ):
        Fetcher(settings).fetch(f"{server.base}/go")
    assert caught.value.kind is ErrorKind.BLOCKED_ADDRESS
    assert forbidden.requests == []
