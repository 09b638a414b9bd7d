"""Push an export to a triple store over the SPARQL 1.1 Graph Store HTTP protocol.

PUT replaces the named graph, POST adds to it; HTTP digest (or basic) authentication, as
Virtuoso's ``/sparql-graph-crud-auth`` wants. The password is never stored anywhere.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import pyoxigraph as ox

from claimgraph.errors import PushError, RDFImportError
from claimgraph.rdf.load import FORMATS, guess_format

__all__ = ["CONTENT_TYPES", "push"]

CONTENT_TYPES = {
    "turtle": "text/turtle",
    "nt": "application/n-triples",
    "jsonld": "application/ld+json",
    "trig": "application/trig",
    "nq": "application/n-quads",
}


def _count(path: Path, fmt: str) -> int:
    try:
        return sum(1 for _ in ox.parse(path=str(path), format=FORMATS[fmt]))
    except SyntaxError as exc:
        raise RDFImportError(f"not valid {fmt}: {exc}", path=path) from exc
    except OSError as exc:
        raise RDFImportError(f"cannot read: {exc.strerror or exc}", path=path) from exc


def push(
    path: str | Path,
    *,
    endpoint: str,
    graph: str,
    user: str | None = None,
    password: str | None = None,
    replace: bool = True,
    timeout: float = 300.0,
) -> int:
    """Send an export file into a named graph of a Graph Store protocol endpoint.

    Args:
        path: the export (Turtle, N-Triples or JSON-LD; TriG and N-Quads carry their own
            graphs and are refused).
        endpoint: the Graph Store URL, e.g. ``http://127.0.0.1:8890/sparql-graph-crud-auth``.
        graph: the IRI of the named graph to write.
        user: user name for digest/basic authentication, if the store wants one.
        password: its password.
        replace: PUT (replace the graph) when True, POST (add to it) when False.
        timeout: seconds to wait for the store.

    Returns:
        The number of triples sent.

    Raises:
        PushError: when the store cannot be reached or refuses the data (with its status).
        RDFImportError: when the file is not valid RDF.
    """
    path = Path(path)
    fmt = guess_format(path)
    if fmt in ("trig", "nq"):
        raise PushError("push a Turtle, N-Triples or JSON-LD export, not a dataset", path=path)
    parts = urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise PushError(f"endpoint {endpoint!r} is not an http(s) URL", path=path)
    count = _count(path, fmt)
    sep = "&" if parts.query else "?"
    url = f"{endpoint}{sep}{urlencode({'graph': graph})}"
    handlers: list[urllib.request.BaseHandler] = []
    if user is not None:
        passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        passwords.add_password(None, endpoint, user, password or "")
        handlers += [
            urllib.request.HTTPDigestAuthHandler(passwords),
            urllib.request.HTTPBasicAuthHandler(passwords),
        ]
    opener = urllib.request.build_opener(*handlers)
    request = urllib.request.Request(
        url,
        data=path.read_bytes(),
        method="PUT" if replace else "POST",
        headers={"Content-Type": f"{CONTENT_TYPES[fmt]}; charset=utf-8"},
    )
    try:
        with opener.open(request, timeout=timeout) as response:
            status = response.status
    except urllib.error.HTTPError as exc:
        body = exc.read(300).decode("utf-8", "replace").strip().splitlines()
        detail = f": {body[0]}" if body else ""
        raise PushError(
            f"{endpoint} refused the graph (HTTP {exc.code} {exc.reason}){detail}", path=path
        ) from exc
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise PushError(f"cannot reach {endpoint}: {reason}", path=path) from exc
    if not 200 <= status < 300:
        raise PushError(f"{endpoint} answered HTTP {status}", path=path)
    return count
