"""The HTTP client of the open data's OData API (httpx): timeouts, proxies from the
environment (HTTPS_PROXY), keep-alive, bounded retries with back-off on timeouts,
connection errors, HTTP 429 (honouring Retry-After) and 5xx, and paging through
`@odata.nextLink`. A page that is not whole JSON counts as a failure of that page:
it is tried again, then reported.

Every failure that ends a request is an `OpenDataError` with one line saying what
went wrong (`str(error)`), and `offline` true when the server could not be reached at
all (no network, refused, timeouts)."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx

DEFAULT_API = "https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0"
PAGE_SIZE = 250


class OpenDataError(Exception):
    """A request to the open data failed after its retries; the message is one line."""

    def __init__(self, message: str, *, offline: bool = False) -> None:
        super().__init__(message)
        self.offline = offline


@dataclass
class RetryPolicy:
    tries: int = 4  # in all, the first included
    delay: float = 1.0  # seconds before the second try; doubled for each next one
    max_delay: float = 30.0  # the longest wait, also for a Retry-After
    sleep: Callable[[float], None] = time.sleep


class Client:
    """One connection pool to the API at `api` (e.g. DEFAULT_API)."""

    def __init__(
        self,
        api: str = DEFAULT_API,
        *,
        timeout: float = 30.0,
        retry: RetryPolicy | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.api = api.rstrip("/")
        self.retry = retry or RetryPolicy()
        self.http = httpx.Client(
            timeout=httpx.Timeout(timeout),
            trust_env=True,  # HTTPS_PROXY, HTTP_PROXY, NO_PROXY as the system says
            follow_redirects=True,
            headers={"Accept": "application/json", "User-Agent": "commitment-tracker"},
            transport=transport,
        )

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def url(self, path: str) -> str:
        if path.startswith(("http://", "https://")):
            return path
        return f"{self.api}/{path.lstrip('/')}"

    def _request(self, url: str, params: dict[str, str] | None, what: str) -> httpx.Response:
        """GET with retries; the response of a 2xx, else OpenDataError."""
        policy = self.retry
        problem = ""
        offline = False
        for attempt in range(1, policy.tries + 1):
            wait = min(policy.delay * 2 ** (attempt - 1), policy.max_delay)
            try:
                response = self.http.get(url, params=params)
            except httpx.TimeoutException:
                problem, offline = f"{what}: the server did not answer in time", True
            except httpx.TransportError as exc:
                problem, offline = f"{what}: the server cannot be reached ({_short(exc)})", True
            else:
                status = response.status_code
                if status < 300:
                    return response
                offline = False
                if status == 429:
                    problem = f"{what}: the server asks to slow down (HTTP 429)"
                    wait = min(_retry_after(response, wait), policy.max_delay)
                elif status >= 500:
                    problem = f"{what}: the server failed (HTTP {status})"
                else:  # 4xx: trying again will not help
                    raise OpenDataError(f"{what}: the server refused it (HTTP {status})")
            if attempt < policy.tries:
                policy.sleep(wait)
        raise OpenDataError(f"{problem} after {policy.tries} tries", offline=offline)

    def get_json(self, path: str, params: dict[str, str] | None = None) -> dict[str, Any]:
        """One page of JSON; a page that is not whole JSON is tried again."""
        url = self.url(path)
        what = _what(path)
        policy = self.retry
        for attempt in range(1, policy.tries + 1):
            response = self._request(url, params, what)
            try:
                data = response.json()
            except (json.JSONDecodeError, UnicodeDecodeError):
                if attempt < policy.tries:
                    policy.sleep(min(policy.delay * 2 ** (attempt - 1), policy.max_delay))
                    continue
                raise OpenDataError(
                    f"{what}: the server sent a broken page (not whole JSON)"
                    f" after {policy.tries} tries"
                ) from None
            if not isinstance(data, dict):
                raise OpenDataError(f"{what}: the server sent no OData page")
            return data
        raise AssertionError("unreachable")

    def entities(self, entity_set: str, params: dict[str, str]) -> Iterator[dict[str, Any]]:
        """Each entity of `entity_set` matching `params`, page after page (following
        `@odata.nextLink`)."""
        page = self.get_json(entity_set, params)
        while True:
            values = page.get("value") or []
            for value in values:
                if isinstance(value, dict):
                    yield value
            link = page.get("@odata.nextLink")
            if not link:
                return
            page = self.get_json(link)

    def changed(
        self,
        entity_set: str,
        since: str | None,
        *,
        expand: str | None = None,
        extra_filter: str | None = None,
    ) -> Iterator[dict[str, Any]]:
        """The entities changed after `since` (a GewijzigdOp, ISO 8601), oldest first."""
        conditions = []
        if since:
            conditions.append(f"GewijzigdOp gt {since}")
        if extra_filter:
            conditions.append(extra_filter)
        params = {"$orderby": "GewijzigdOp", "$top": str(PAGE_SIZE)}
        if conditions:
            params["$filter"] = " and ".join(conditions)
        if expand:
            params["$expand"] = expand
        return self.entities(entity_set, params)

    def download(self, url: str, what: str) -> tuple[bytes, str]:
        """The bytes of a file and its content type."""
        response = self._request(self.url(url), None, what)
        return response.content, response.headers.get("content-type", "")


def _retry_after(response: httpx.Response, default: float) -> float:
    value = response.headers.get("retry-after", "")
    try:
        return max(float(value), 0.0)
    except ValueError:
        return default


def _what(path: str) -> str:
    name = path.split("?")[0].rstrip("/").rsplit("/", 1)[-1] or path
    return f"open data {name}"


def _short(exc: Exception) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:120]
