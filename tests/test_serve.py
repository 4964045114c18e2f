"""`registries serve --demo`, the heart of `make run`: a real process, the banner, the demo token."""

import os
import re
import socket
import subprocess
import sys
import time

import httpx
import pytest
from openapi_spec_validator import validate


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    port = _free_port()
    database = tmp_path_factory.mktemp("serve") / "demo.db"
    env = {**os.environ, "REGISTRIES_DATABASE_URL": f"sqlite:///{database}", "REGISTRIES_PORT": str(port),
           "REGISTRIES_OUTBOX_DISPATCH": "false"}
    process = subprocess.Popen([sys.executable, "-m", "common.cli", "serve", "--demo"], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    banner = []
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        banner.append(line)
        if line == "\n" and any("demo client" in seen for seen in banner):
            break  # the banner ends with an empty line
    try:
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{base}/healthz").status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        yield base, "".join(banner)
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_banner_names_the_apis_and_a_working_demo_token(served):
    base, banner = served
    assert f"{base}/catalogi/api/v1" in banner and f"{base}/catalogi/api/v1/docs" in banner
    token = re.search(r"export TOKEN=(\S+)", banner).group(1)
    response = httpx.get(f"{base}/catalogi/api/v1/catalogussen", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 200
    assert response.json()["count"] >= 1, "the demo data holds at least one catalogus"


def test_banner_gives_an_api_token_and_first_calls_that_work(served):
    base, banner = served
    token = re.search(r"export API_TOKEN=(\S+)", banner).group(1)
    response = httpx.get(f"{base}/klantinteracties/api/v1/partijen", headers={"Authorization": f"Token {token}"})
    assert response.status_code == 200, response.text
    tries = re.findall(r'try:  curl -H "Authorization: (\w+) \$(\w+)"(?: -H "([^"]+)")? (\S+)', banner)
    assert {scheme for scheme, *_ in tries} == {"Bearer", "Token"}
    jwt = re.search(r"export TOKEN=(\S+)", banner).group(1)
    for scheme, variable, extra, url in tries:
        headers = {"Authorization": f"{scheme} {jwt if variable == 'TOKEN' else token}"}
        if extra:
            name, _, value = extra.partition(": ")
            headers[name] = value
        assert httpx.get(url, headers=headers).status_code == 200, url


def test_served_contract_validates_and_health_answers(served):
    base, _ = served
    assert httpx.get(f"{base}/healthz").json() == {"status": "ok"}
    assert httpx.get(f"{base}/readyz").status_code == 200
    validate(httpx.get(f"{base}/catalogi/api/v1/openapi.json").json())
