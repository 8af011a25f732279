"""A small stand-in for the House's open data API, run by the tests in a thread
(`http.server`: full control over broken pages, hanging answers and refusals).

It serves `<base>/Document` and `<base>/Toezegging` as OData v4 JSON pages (`value`,
`@odata.nextLink`), filtered by `GewijzigdOp gt <moment>` and ordered by it, pages of
`page_size`; `Document(<Id>)` and `Toezegging(<Id>)`; and each document's file at
`Document(<Id>)/resource`. `faults` is a list of (path fragment, fault) consumed in
order by the first request whose path contains the fragment: "500", "503", "429"
(with Retry-After: 0), "truncated" (half a JSON page), "hang" (no answer until the
server stops), "close" (the connection closed without an answer), "meet" (answered
when `meet`, a barrier, has as many requests as it waits for)."""

from __future__ import annotations

import datetime as dt
import json
import re
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

REAL = Path(__file__).parent / "data" / "real"
BASE = "/OData/v4/2.0"


def moment(value: str) -> dt.datetime:
    return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))


class OpenDataServer:
    def __init__(self, page_size: int = 2) -> None:
        self.page_size = page_size
        self.documents: list[dict[str, Any]] = []
        self.toezeggingen: list[dict[str, Any]] = []
        self.files: dict[str, tuple[bytes, str]] = {}
        self.faults: list[tuple[str, str]] = []
        self.requests: list[str] = []
        self.stopping = threading.Event()
        self.lock = threading.Lock()
        self.meet = threading.Barrier(1)
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802
                server.handle(self)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def api(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}{BASE}"

    def start(self) -> OpenDataServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        self.httpd.shutdown()
        self.httpd.server_close()

    # --- content ---------------------------------------------------------------

    def add_document(
        self,
        file: str | None,
        *,
        changed: str,
        soort: str = "Antwoord schriftelijke vragen",
        dossier: str | None = None,
        volgnummer: str | None = None,
        actors: list[dict[str, Any]] | None = None,
        data: bytes | None = None,
        content_type: str = "application/pdf",
        deleted: bool = False,
        resource_action: bool = True,
        **extra: Any,
    ) -> dict[str, Any]:
        """A Document entity whose file is `tests/data/real/<file>` (or `data`)."""
        number = len(self.documents) + 1
        house_id = f"00000000-0000-4000-8000-{number:012d}"
        entity: dict[str, Any] = {
            "Id": house_id,
            "Soort": soort,
            "DocumentNummer": f"2024D{10000 + number}",
            "Titel": file or "document",
            "Onderwerp": "Antwoord op vragen",
            "Datum": "2024-03-01T00:00:00+01:00",
            "Vergaderjaar": "2023-2024",
            "Volgnummer": int(volgnummer) if volgnummer else None,
            "ContentType": content_type,
            "GewijzigdOp": changed,
            "Verwijderd": deleted,
            "Kamerstukdossier": [{"Nummer": int(dossier), "Toevoeging": None}] if dossier else [],
            "DocumentActor": actors or [],
            **extra,
        }
        if resource_action:
            entity["#TK.DA.GGM.OData.Resource"] = {
                "target": f"{self.api}/Document({house_id})/resource"
            }
        self.documents.append(entity)
        self.set_file(
            house_id, data if data is not None else (REAL / file).read_bytes(), content_type
        )
        return entity

    def set_file(self, house_id: str, data: bytes, content_type: str = "application/pdf") -> None:
        self.files[house_id] = (data, content_type)

    # --- serving ---------------------------------------------------------------

    def _fault(self, path: str) -> str | None:
        with self.lock:
            for i, (fragment, fault) in enumerate(self.faults):
                if fragment in path:
                    del self.faults[i]
                    return fault
        return None

    def handle(self, request: BaseHTTPRequestHandler) -> None:
        url = urllib.parse.urlsplit(request.path)
        path = urllib.parse.unquote(url.path)
        query = dict(urllib.parse.parse_qsl(url.query))
        self.requests.append(request.path)
        fault = self._fault(path)
        if fault == "meet":  # answer when another request has come to meet this one
            self.meet.wait()
            fault = None
        if fault == "hang":
            self.stopping.wait(30)
            return
        if fault == "close":
            request.close_connection = True
            request.wfile.flush()
            request.connection.shutdown(2)
            return
        if fault in ("500", "503"):
            return self._send(request, int(fault), b"{}", "application/json")
        if fault == "429":
            return self._send(request, 429, b"{}", "application/json", {"Retry-After": "0"})
        if not path.startswith(BASE + "/"):
            return self._send(request, 404, b"{}", "application/json")
        rest = path[len(BASE) + 1 :]
        found = re.fullmatch(r"(Document|Toezegging)\(([^)]+)\)(/[Rr]esource)?", rest)
        if found:
            kind, house_id, resource = found.groups()
            if resource:
                if house_id not in self.files:
                    return self._send(request, 404, b"{}", "application/json")
                data, content_type = self.files[house_id]
                return self._send(request, 200, data, content_type)
            entities = self.documents if kind == "Document" else self.toezeggingen
            for entity in entities:
                if entity["Id"] == house_id:
                    return self._json(request, entity, fault)
            return self._send(request, 404, b"{}", "application/json")
        if rest not in ("Document", "Toezegging"):
            return self._send(request, 404, b"{}", "application/json")
        entities = self.documents if rest == "Document" else self.toezeggingen
        chosen = list(entities)
        since = re.search(r"GewijzigdOp gt (\S+)", query.get("$filter", ""))
        if since:
            chosen = [e for e in chosen if moment(e["GewijzigdOp"]) > moment(since.group(1))]
        chosen.sort(key=lambda e: moment(e["GewijzigdOp"]))
        top = min(int(query.get("$top", self.page_size)), self.page_size)
        skip = int(query.get("$skip", 0))
        page: dict[str, Any] = {
            "@odata.context": f"{self.api}/$metadata#{rest}",
            "value": chosen[skip : skip + top],
        }
        if skip + top < len(chosen):
            following = dict(query, **{"$skip": str(skip + top)})
            page["@odata.nextLink"] = f"{self.api}/{rest}?{urllib.parse.urlencode(following)}"
        self._json(request, page, fault)

    def _json(self, request: BaseHTTPRequestHandler, value: Any, fault: str | None) -> None:
        body = json.dumps(value).encode()
        if fault == "truncated":
            body = body[: len(body) // 2]
        self._send(request, 200, body, "application/json; odata.metadata=minimal")

    def _send(
        self,
        request: BaseHTTPRequestHandler,
        status: int,
        body: bytes,
        content_type: str,
        headers: dict[str, str] | None = None,
    ) -> None:
        request.send_response(status)
        request.send_header("Content-Type", content_type)
        request.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            request.send_header(name, value)
        request.end_headers()
        request.wfile.write(body)
