"""The test-wide network guard refuses anything beyond loopback before a packet leaves."""

import socket

import pytest

from tests.conftest import NetworkEscape


def test_guard_refuses_a_public_address_before_connecting():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock, pytest.raises(NetworkEscape):
        sock.connect(("192.0.2.1", 80))  # TEST-NET-1: never routed, and never tried


def test_guard_lets_loopback_through():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        with socket.create_connection(server.getsockname(), timeout=2):
            pass


def test_guard_refuses_to_resolve_a_public_name():
    with pytest.raises(NetworkEscape):
        socket.getaddrinfo("example.com", 443)
