"""Files through Beam's filesystems (local, gs://, s3://...): canonical paths, the one atomic
write, reads and listings. Every path stored in the state is made canonical here first."""

import json
import os

from apache_beam.io.filesystem import CompressionTypes
from apache_beam.io.filesystems import FileSystems

from state.names import basename, temporary_name


def canonical(path: str) -> str:
    """A path as stored: a URL as given without a trailing slash; a local path absolute, with
    ``~``, ``..`` and symbolic links resolved, so that it names the same folder from any working
    directory."""
    if "://" in path:
        scheme, rest = path.split("://", 1)
        return f"{scheme}://{rest.rstrip('/')}"
    return os.path.realpath(os.path.expanduser(path))


def join(*parts: str) -> str:
    """A path under a folder."""
    return FileSystems.join(*parts)


def exists(path: str) -> bool:
    """Whether a file or folder exists."""
    return FileSystems.exists(path)


def write_atomically(path: str, payload: bytes) -> None:
    """Write bytes under a hidden temporary name in the same folder, then rename into place: a
    reader sees the old file or the new one, never half of one (on object stores, whose rename
    is copy-and-delete, a reader may briefly see both names, never a partial file)."""
    folder = path[: -len(basename(path))].rstrip("/")
    if folder and not FileSystems.exists(folder):
        FileSystems.mkdirs(folder)
    temporary = join(folder, temporary_name(basename(path)))
    with FileSystems.create(temporary, compression_type=CompressionTypes.UNCOMPRESSED) as handle:
        handle.write(payload)
    if FileSystems.exists(path):
        FileSystems.delete([path])
    FileSystems.rename([temporary], [path])


def open_binary(path: str):
    """A file opened for reading, as stored (no decompression by extension)."""
    return FileSystems.open(path, compression_type=CompressionTypes.UNCOMPRESSED)


def read_bytes(path: str) -> bytes:
    """A whole file."""
    with open_binary(path) as handle:
        return handle.read()


def read_json(path: str) -> dict:
    """A JSON object file."""
    return json.loads(read_bytes(path).decode("utf-8"))


def write_json(path: str, document: dict) -> None:
    """A JSON object file, written atomically."""
    write_atomically(path, json.dumps(document, indent=1, sort_keys=True).encode("utf-8"))


def matching(pattern: str) -> list[str]:
    """The paths a glob matches, sorted (none is fine)."""
    return sorted(meta.path for meta in FileSystems.match([pattern])[0].metadata_list)


def rename(source: str, target: str) -> None:
    """Move a file to another name (a commit: its reader matches only the new name)."""
    FileSystems.rename([source], [target])


def delete(paths: list[str]) -> None:
    """Delete files (none is fine)."""
    if paths:
        FileSystems.delete(paths)
