"""A real triple store: Virtuoso 7 started on free loopback ports, loaded over the Graph Store
protocol with `claimgraph push` (digest auth), answering the example queries like rdflib."""

from __future__ import annotations

import csv
import io
import re
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimgraph.cli import cli
from claimgraph.errors import PushError
from claimgraph.models import GraphSnapshot
from claimgraph.rdf import push, sparql, write_export
from claimgraph.rdf.sparql import QUERIES, prefix_header

INI = Path("/etc/virtuoso-opensource-7/virtuoso.ini")
PASSWORD = "cgTestSecret42"
GRAPH = "http://example.org/claimgraph-test"

pytestmark = [
    pytest.mark.server,
    pytest.mark.slow,
    pytest.mark.skipif(
        shutil.which("virtuoso-t") is None or shutil.which("isql-vt") is None or not INI.is_file(),
        reason="Virtuoso is not installed (Debian virtuoso-opensource; .ci/run installs it)",
    ),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Virtuoso:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.sql_port = _free_port()
        self.http_port = _free_port()
        self.url = f"http://127.0.0.1:{self.http_port}"
        db = root / "db"
        db.mkdir()
        ini = INI.read_text(encoding="utf-8")
        ini = ini.replace("/var/lib/virtuoso-opensource-7/db", str(db))
        ini = re.sub(r"(?m)^ServerPort\s*=\s*1111", f"ServerPort = 127.0.0.1:{self.sql_port}", ini)
        ini = re.sub(r"(?m)^ServerPort\s*=\s*8890", f"ServerPort = 127.0.0.1:{self.http_port}", ini)
        ini = re.sub(
            r"(?m)^DirsAllowed\s*=.*",
            f"DirsAllowed = ., /usr/share/virtuoso-opensource-7/vad, {root}",
            ini,
        )
        (root / "virtuoso.ini").write_text(ini, encoding="utf-8")
        self.log = (root / "log").open("w")
        self.proc = subprocess.Popen(
            ["virtuoso-t", "+configfile", str(root / "virtuoso.ini"), "+foreground"],
            cwd=root,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )

    def wait(self, seconds: float = 60) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError((self.root / "log").read_text())
            try:
                with urllib.request.urlopen(f"{self.url}/sparql?query=ASK%7B%7D", timeout=2):
                    return
            except (urllib.error.URLError, OSError):
                time.sleep(0.2)
        raise TimeoutError("Virtuoso did not start")

    def isql(self, password: str, command: str) -> None:
        subprocess.run(
            ["isql-vt", f"127.0.0.1:{self.sql_port}", "dba", password, f"exec={command}"],
            check=True,
            capture_output=True,
            timeout=60,
        )

    def select(self, query: str) -> list[dict[str, str]]:
        data = urllib.parse.urlencode({"query": prefix_header() + query}).encode()
        request = urllib.request.Request(
            f"{self.url}/sparql", data=data, headers={"Accept": "text/csv"}
        )
        with urllib.request.urlopen(request, timeout=30) as response:
            text = response.read().decode("utf-8")
        return list(csv.DictReader(io.StringIO(text)))

    def stop(self) -> None:
        try:
            for password in (PASSWORD, "dba"):  # whichever is current
                try:
                    self.isql(password, "shutdown;")
                    break
                except subprocess.CalledProcessError:
                    continue
            self.proc.wait(timeout=30)
        except (subprocess.SubprocessError, OSError):
            self.proc.terminate()
            self.proc.wait(timeout=30)
        finally:
            self.log.close()


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory) -> Iterator[Virtuoso]:
    server = Virtuoso(tmp_path_factory.mktemp("virtuoso"))
    try:
        server.wait()
        server.isql("dba", f"SET PASSWORD dba {PASSWORD};")  # a fresh database starts as dba/dba
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def loaded(virtuoso, tmp_path_factory, gold_snapshot: GraphSnapshot) -> Path:
    path = tmp_path_factory.mktemp("export") / "claimgraph.ttl"
    write_export(gold_snapshot, path)
    n = push(
        path,
        endpoint=f"{virtuoso.url}/sparql-graph-crud-auth",
        graph=GRAPH,
        user="dba",
        password=PASSWORD,
    )
    assert n > 1000
    return path


def _norm(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return str(value.normalize())
    text = str(value)
    try:
        return str(Decimal(text).normalize())
    except ArithmeticError:
        return text


# fmt: off
@pytest.mark.parametrize("query", sorted(p.name for p in QUERIES.glob("*.rq")))
# fmt: on
def test_virtuoso_answers_the_example_queries_like_rdflib(virtuoso, loaded, query):
    text = (QUERIES / query).read_text()
    scoped = text.replace("WHERE {", f"FROM <{GRAPH}> WHERE {{", 1)
    remote = virtuoso.select(scoped)
    local = sparql(loaded, text, engine="rdflib")
    assert local
    columns = list(local[0])
    got = sorted(tuple(_norm(r.get(c) or None) for c in columns) for r in remote)
    want = sorted(tuple(_norm(r[c]) for c in columns) for r in local)
    assert got == want


def test_virtuoso_counts_the_pushed_triples(virtuoso, loaded):
    rows = virtuoso.select(f"SELECT (COUNT(*) AS ?n) FROM <{GRAPH}> WHERE {{ ?s ?p ?o }}")
    import rdflib

    assert int(rows[0]["n"]) == len(rdflib.Graph().parse(loaded))


def test_virtuoso_push_refuses_a_wrong_password(virtuoso, loaded):
    with pytest.raises(PushError, match="HTTP 401"):
        push(
            loaded,
            endpoint=f"{virtuoso.url}/sparql-graph-crud-auth",
            graph=GRAPH,
            user="dba",
            password="wrong",
        )


def test_virtuoso_cli_push_takes_the_password_from_the_environment(virtuoso, loaded):
    result = CliRunner().invoke(
        cli,
        [
            "push",
            str(loaded),
            "--endpoint",
            f"{virtuoso.url}/sparql-graph-crud-auth",
            "--graph",
            GRAPH + "-cli",
            "--user",
            "dba",
        ],
        env={"CLAIMGRAPH_PASSWORD": PASSWORD},
    )
    assert result.exit_code == 0, result.output
    assert "pushed" in result.output
    rows = virtuoso.select(f"SELECT (COUNT(*) AS ?n) FROM <{GRAPH}-cli> WHERE {{ ?s ?p ?o }}")
    assert int(rows[0]["n"]) > 1000


def test_virtuoso_push_to_a_closed_port_is_a_push_error(loaded):
    with pytest.raises(PushError, match="cannot reach"):
        push(loaded, endpoint=f"http://127.0.0.1:{_free_port()}/x", graph=GRAPH, timeout=5)
