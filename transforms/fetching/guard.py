"""The network guard: which addresses newsbeam may connect to, checked before every connection.

Every http(s) connection, each redirect hop and robots.txt included, resolves its host here,
refuses the whole host if any address is not globally routable (loopback, private, link-local,
CGNAT, multicast, reserved, unspecified, unique-local, documentation, and the IPv4 addresses
hidden in IPv4-mapped, NAT64 and 6to4 forms), then connects to an address it checked, so a DNS
answer cannot change in between. ``--allow-network`` admits given ranges; the cloud metadata
addresses stay refused even then.
"""

import ipaddress
import socket

from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import ConnectTimeoutError, NewConnectionError
from urllib3.util.connection import create_connection

from schemas.errors import ErrorKind
from transforms.failures import StageFailure
from transforms.fetching.settings import Connector, Resolver

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

# The IANA special-purpose registries, as (range, why it is refused). Checked in order.
BLOCKED_RANGES: tuple[tuple[IPNetwork, str], ...] = tuple(
    (ipaddress.ip_network(cidr), reason)
    for cidr, reason in (
        ("0.0.0.0/8", "unspecified ('this network')"),
        ("10.0.0.0/8", "private"),
        ("100.64.0.0/10", "carrier-grade NAT"),
        ("127.0.0.0/8", "loopback"),
        ("169.254.0.0/16", "link-local"),
        ("172.16.0.0/12", "private"),
        ("192.0.0.0/24", "IETF protocol assignment"),
        ("192.0.2.0/24", "documentation"),
        ("192.88.99.0/24", "6to4 relay"),
        ("192.168.0.0/16", "private"),
        ("198.18.0.0/15", "benchmarking"),
        ("198.51.100.0/24", "documentation"),
        ("203.0.113.0/24", "documentation"),
        ("224.0.0.0/4", "multicast"),
        ("240.0.0.0/4", "reserved"),
        ("::/128", "unspecified"),
        ("::1/128", "loopback"),
        ("::/8", "reserved (IPv4-compatible and other legacy forms)"),
        ("64:ff9b:1::/48", "local-use NAT64"),
        ("100::/64", "discard-only"),
        ("2001::/23", "IETF protocol assignment (Teredo, benchmarking, ORCHID)"),
        ("2001:db8::/32", "documentation"),
        ("3fff::/20", "documentation"),
        ("5f00::/16", "segment routing"),
        ("fc00::/7", "unique-local"),
        ("fe80::/10", "link-local"),
        ("fec0::/10", "site-local"),
        ("ff00::/8", "multicast"),
    )
)
# Cloud instance-metadata services: refused whatever --allow-network says.
METADATA_ADDRESSES = frozenset(
    ipaddress.ip_address(address)
    for address in ("169.254.169.254", "169.254.170.2", "fd00:ec2::254", "100.100.100.200")
)
NAT64_PREFIX = ipaddress.ip_network("64:ff9b::/96")


def embedded_ipv4(address: IPAddress) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address stands for (IPv4-mapped, NAT64, 6to4), if any."""
    if address.version != 6:
        return None
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address in NAT64_PREFIX:
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return address.sixtofour


def refusal(address: IPAddress, allowed: tuple[IPNetwork, ...] = ()) -> str | None:
    """Why newsbeam may not connect to ``address``, or None when it may."""
    inner = embedded_ipv4(address)
    effective = inner or address
    if effective in METADATA_ADDRESSES or address in METADATA_ADDRESSES:
        return "a cloud metadata address"
    if any(effective.version == net.version and effective in net for net in allowed):
        return None
    # An address that stands for an IPv4 one is judged by where its packets end up.
    for network, reason in BLOCKED_RANGES:
        if effective.version == network.version and effective in network:
            return reason
    if not effective.is_global:
        return "not globally routable"
    return None


def parse_networks(cidrs: tuple[str, ...]) -> tuple[IPNetwork, ...]:
    """The ``--allow-network`` ranges; ValueError names the one that is not a CIDR range."""
    return tuple(ipaddress.ip_network(cidr.strip(), strict=False) for cidr in cidrs)


def system_resolver(host: str, port: int) -> list[str]:
    """Every address the system resolver gives for ``host``, in its order, without duplicates."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]).split("%")[0] for info in infos))


def plain_connector(
    address: tuple[str, int], timeout: float | None, options: list
) -> socket.socket:
    """A TCP connection to an address literal (no name lookup happens here)."""
    return create_connection(address, timeout, socket_options=options)


class NetworkGuard:
    """Resolves a host, refuses it unless every address is allowed, connects to a checked one."""

    def __init__(
        self,
        allowed: tuple[str, ...] = (),
        resolver: Resolver | None = None,
        connector: Connector | None = None,
    ) -> None:
        self.allowed = parse_networks(allowed)
        self._resolve = resolver or system_resolver
        self._connect = connector or plain_connector

    def checked_addresses(self, host: str, port: int) -> list[str]:
        """The addresses of ``host``, all allowed; StageFailure otherwise."""
        try:
            addresses = self._resolve(host.strip("[]"), port)
        except (OSError, UnicodeError) as exc:
            raise StageFailure(ErrorKind.CONNECTION_ERROR, f"cannot resolve {host}: {exc}") from exc
        if not addresses:
            raise StageFailure(ErrorKind.CONNECTION_ERROR, f"{host} has no address")
        for text in addresses:
            reason = refusal(ipaddress.ip_address(text), self.allowed)
            if reason:
                raise StageFailure(
                    ErrorKind.BLOCKED_ADDRESS, f"{host} resolves to {text}, which is {reason}"
                )
        return addresses

    def connect(self, host: str, port: int, timeout: float | None, options: list) -> socket.socket:
        """A socket to the first checked address of ``host`` that answers."""
        last_error: OSError | None = None
        for address in self.checked_addresses(host, port):
            try:
                return self._connect((address, port), timeout, options)
            except TimeoutError:
                raise
            except OSError as exc:
                last_error = exc
        raise last_error or OSError(f"cannot connect to {host}")


class _GuardedConnectionMixin:
    """Replaces urllib3's name lookup and connect with the guard's; TLS still checks the name."""

    guard: NetworkGuard

    def _new_conn(self) -> socket.socket:
        try:
            return self.guard.connect(self._dns_host, self.port, self.timeout, self.socket_options)
        except TimeoutError as exc:
            raise ConnectTimeoutError(self, f"connecting to {self.host} timed out") from exc
        except OSError as exc:
            raise NewConnectionError(self, f"cannot connect to {self.host}: {exc}") from exc


def guarded_pool_classes(guard: NetworkGuard, *mixins: type) -> dict[str, type]:
    """urllib3 pool classes, by scheme, whose connections all go through ``guard``; ``mixins``
    add behaviour to those connections (the client's deadline over the headers)."""
    http = type(
        "GuardedHTTPConnection",
        (*mixins, _GuardedConnectionMixin, HTTPConnection),
        {"guard": guard},
    )
    https = type(
        "GuardedHTTPSConnection",
        (*mixins, _GuardedConnectionMixin, HTTPSConnection),
        {"guard": guard},
    )
    return {
        "http": type("GuardedHTTPPool", (HTTPConnectionPool,), {"ConnectionCls": http}),
        "https": type("GuardedHTTPSPool", (HTTPSConnectionPool,), {"ConnectionCls": https}),
    }
