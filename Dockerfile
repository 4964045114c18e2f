# syntax=docker/dockerfile:1
# One image for every registry. Which registries a container serves is chosen when it starts:
#   docker run IMAGE serve --only catalogi        (or REGISTRIES_REGISTRIES=catalogi)
#   docker run IMAGE migrate --only catalogi      (the migration step of a deployment)
# See docs/operations.md. tests/test_deployment.py builds the same wheel from the same files
# (the COPY lines of the builder stage) and serves it from a clean virtual environment.

ARG PYTHON_IMAGE=python:3.11-slim-bookworm

# --- builder: the wheel, and a virtual environment with it and its dependencies ----------------
FROM ${PYTHON_IMAGE} AS builder
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1
WORKDIR /src
COPY pyproject.toml README.md ./
COPY common/ common/
COPY registries/ registries/
COPY conformance/ conformance/
COPY openapi/ openapi/
COPY portal/ portal/
RUN python -m pip wheel --no-deps --wheel-dir /wheels . \
 && python -m venv /opt/registries \
 && /opt/registries/bin/pip install /wheels/*.whl \
 && /opt/registries/bin/pip uninstall --yes pip

# --- runtime: Python, the virtual environment, a user without privileges; no compilers, no pip --
FROM ${PYTHON_IMAGE}
LABEL org.opencontainers.image.title="Common Ground reference registries" \
      org.opencontainers.image.description="Catalogi, Zaken, Autorisaties, Klantinteracties, Contactmomenten and Producten APIs" \
      org.opencontainers.image.licenses="EUPL-1.2"
# /data/bestanden: where a volume for the Producttypen API's uploaded files goes (a new volume
# takes this folder's owner).
RUN groupadd --system --gid 10001 registries \
 && useradd --system --uid 10001 --gid registries --home-dir /data --shell /usr/sbin/nologin registries \
 && mkdir -p /data/bestanden && chown -R registries:registries /data
COPY --from=builder /opt/registries /opt/registries
ENV PATH=/opt/registries/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    REGISTRIES_HOST=0.0.0.0 \
    REGISTRIES_PORT=8000
# Without REGISTRIES_DATABASE_URL the embedded SQLite database lands in /data/var (mount a volume
# there to keep it); production points REGISTRIES_DATABASE_URL at PostgreSQL.
WORKDIR /data
# A number, not a name: Kubernetes' runAsNonRoot can only check a numeric user.
USER 10001:10001
EXPOSE 8000
# Liveness only (the process answers); readiness, with the database, is /readyz.
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('REGISTRIES_PORT', '8000'), timeout=4)"]
ENTRYPOINT ["registries"]
# Every registry, migrating first (REGISTRIES_MIGRATE_ON_START=false or --no-migrate to skip that).
CMD ["serve", "--host", "0.0.0.0"]
