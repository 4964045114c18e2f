"""`registries upl import` and `registries producten update-statuses`, as an operator runs them."""

import os
import subprocess
import sys
from pathlib import Path

from tests.test_producten_support import prd, prd_anonymous, producten_database, producten_server  # noqa: F401,F811 - fixtures
from tests.test_producten_support import PT, UPL_CSV, make_thema, ok, problem, unique

ROOT = Path(__file__).resolve().parents[1]


def _registries(database_url: str, *args: str) -> subprocess.CompletedProcess:
    """The real command, in a process of its own."""
    env = {**os.environ, "REGISTRIES_DATABASE_URL": database_url}
    return subprocess.run([sys.executable, "-m", "common.cli", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)


def _in_process(monkeypatch, capsys, database_url: str, *args: str) -> str:
    """The same command run in this process (quicker), with the settings of this database."""
    from common.cli import main
    from common.settings import Settings
    from registries.producten import cli

    monkeypatch.setattr(cli, "get_settings", lambda: Settings(database_url=database_url))
    main(list(args))
    return capsys.readouterr().out


def test_upl_import_and_reimport(prd, producten_server, tmp_path, monkeypatch, capsys):
    result = _registries(producten_server.database_url, "upl", "import", str(UPL_CSV))
    assert result.returncode == 0, result.stderr
    assert "UPL loaded: 1214 names" in result.stdout  # 1321 lines, some names twice
    smaller = tmp_path / "upl.csv"
    lines = UPL_CSV.read_text(encoding="utf-8").splitlines()
    kept = [line for line in lines if not line.startswith("afvalpas,")]
    smaller.write_text("\n".join(kept) + "\n", encoding="utf-8")
    out = _in_process(monkeypatch, capsys, producten_server.database_url, "upl", "import", str(smaller))
    assert "1 no longer on the list" in out, out
    thema = make_thema(prd)
    body = {"code": unique(), "naam": "Afvalpas", "samenvatting": "s", "doelgroep": "burgers",
            "uniforme_product_naam": "afvalpas", "thema_uuids": [thema["uuid"]]}
    problem(prd.post(f"{PT}/producttypen", json=body), 400, "uniforme_product_naam")
    _in_process(monkeypatch, capsys, producten_server.database_url, "upl", "import", str(UPL_CSV))
    ok(prd.post(f"{PT}/producttypen", json=body), 201)


def test_upl_import_refuses_another_file(producten_server, tmp_path, monkeypatch, capsys):
    wrong = tmp_path / "wrong.csv"
    wrong.write_text("naam;uri\nx;y\n", encoding="utf-8")
    try:
        _in_process(monkeypatch, capsys, producten_server.database_url, "upl", "import", str(wrong))
    except SystemExit as exc:
        assert "expected the columns" in str(exc)
    else:
        raise AssertionError("a file without the UPL columns was accepted")


def test_update_statuses_command(producten_server, monkeypatch, capsys):
    out = _in_process(monkeypatch, capsys, producten_server.database_url, "producten", "update-statuses", "--date", "2999-01-01")
    assert out.startswith("product statuses by date:")
    # What the job does to products is tested in test_producten_producten.py.
