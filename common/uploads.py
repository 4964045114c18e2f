"""Files that clients upload as multipart/form-data: the form read with a size limit, each file
kept in a folder under a random name, and served back as a download that no browser renders.

The name a client gives a file is data (shown in ``Content-Disposition`` when it is downloaded),
never a path: a file is stored as 32 random hex digits, so no name can reach outside the folder
or overwrite another file. A registry writes the file first and its database row after; when
the row cannot be written it removes the file again (``FileStore.remove``), so a failed write
leaves no orphan.
"""

import logging
import re
import secrets
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from fastapi import Request
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData, UploadFile
from starlette.exceptions import HTTPException
from starlette.responses import FileResponse

from common.errors import Problem, ValidationProblem, invalid

log = logging.getLogger("registries.uploads")

CHUNK = 1024 * 1024
# Room for the multipart boundaries, part headers and the small fields next to the file.
FORM_OVERHEAD = 64 * 1024
_STORED_NAME = re.compile(r"^[0-9a-f]{32}$")
_MAX_NAME = 255


@dataclass(frozen=True)
class StoredFile:
    name: str  # the random name in the folder
    size: int


def too_large(field: str, limit: int) -> ValidationProblem:
    return invalid(field, "max_size", f"Het bestand is groter dan de toegestane {limit} bytes.")


async def read_form(request: Request, limit: int, field: str) -> FormData:
    """The multipart/form-data body of ``request``, refused (400 on ``field``) as soon as more
    bytes arrive than a file of ``limit`` bytes needs, whether or not Content-Length says so."""
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type != "multipart/form-data":
        raise Problem(415, f"Het mediatype '{content_type or '(geen)'}' wordt niet ondersteund; stuur multipart/form-data.")
    allowed = limit + FORM_OVERHEAD
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > allowed:
        raise too_large(field, limit)
    received = 0

    async def receive():
        nonlocal received
        message = await request.receive()
        if message["type"] == "http.request":
            received += len(message.get("body", b""))
            if received > allowed:
                raise too_large(field, limit)
        return message

    try:
        return await Request(request.scope, receive).form(max_files=1, max_fields=20)
    except HTTPException as exc:  # a malformed body, or more than one file
        raise invalid(field, "invalid", f"De multipart/form-data-inhoud is ongeldig: {exc.detail}") from None


def client_filename(raw: str | None) -> str:
    """The name a client gave its file, as plain text: without folders or control characters,
    at most 255 characters. Empty when nothing usable is left."""
    name = re.split(r"[/\\]", raw or "")[-1]
    name = "".join(c for c in unicodedata.normalize("NFC", name) if unicodedata.category(c)[0] != "C").strip()
    if name in (".", ".."):
        return ""
    return name[:_MAX_NAME]


def content_disposition(filename: str) -> str:
    """``attachment`` with the file's name: an ASCII fallback and the exact name (RFC 6266)."""
    fallback = re.sub(r"[^A-Za-z0-9._ -]", "_", filename).strip() or "bestand"
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(filename, safe='')}"


class FileStore:
    """A folder of uploaded files, each under a random name."""

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)

    def path(self, name: str) -> Path:
        if not _STORED_NAME.match(name):
            raise ValueError(f"not a stored file name: {name!r}")
        return self.folder / name

    async def save(self, upload: UploadFile, limit: int, field: str) -> StoredFile:
        """Copy the upload into the folder; 400 on ``field`` (and nothing kept) when it is larger
        than ``limit`` bytes."""
        name = secrets.token_hex(16)
        path = self.path(name)
        try:
            size = await run_in_threadpool(_copy, upload, path, limit)
        except BaseException:
            self.remove(name)
            raise
        if size > limit:
            self.remove(name)
            raise too_large(field, limit)
        return StoredFile(name, size)

    def remove(self, name: str) -> None:
        """Delete a stored file; one that is gone already is fine, a failure is logged."""
        try:
            self.path(name).unlink(missing_ok=True)
        except (OSError, ValueError) as exc:
            log.error("could not remove an uploaded file", extra={"file": name, "error": f"{type(exc).__name__}: {exc}"})

    def download(self, name: str, filename: str) -> FileResponse:
        """The stored file as an attachment that browsers neither render nor sniff."""
        path = self.path(name)
        if not path.is_file():
            log.error("uploaded file missing from the folder", extra={"file": name, "folder": str(self.folder)})
            raise Problem(404, "De inhoud van dit bestand is niet (meer) aanwezig.")
        return FileResponse(path, media_type="application/octet-stream", headers={
            "Content-Disposition": content_disposition(filename),
            "X-Content-Type-Options": "nosniff",
            "Content-Security-Policy": "default-src 'none'; sandbox",
            "Cache-Control": "private, no-cache",
        })


def _copy(upload: UploadFile, path: Path, limit: int) -> int:
    """Copy until the end or one byte past ``limit``; returns the bytes written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    source = upload.file
    source.seek(0)
    size = 0
    with path.open("xb") as target:
        while size <= limit:
            chunk = source.read(CHUNK)
            if not chunk:
                break
            target.write(chunk)
            size += len(chunk)
    return size
