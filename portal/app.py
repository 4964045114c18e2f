"""The portal's web pages: server-rendered HTML, no script, every asset served from here."""

from contextlib import asynccontextmanager
from datetime import UTC
from pathlib import Path
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from portal import data, session
from portal.config import PortalConfig
from portal.registries import Registries, RegistryUnavailable

HERE = Path(__file__).resolve().parent
try:  # residents read Dutch time; a system without time zone data shows UTC
    LOCAL = ZoneInfo("Europe/Amsterdam")
except ZoneInfoNotFoundError:
    LOCAL = UTC
templates = Jinja2Templates(directory=HERE / "templates")
templates.env.filters["datum"] = lambda d: d.strftime("%d-%m-%Y") if d else "—"
templates.env.filters["tijdstip"] = lambda d: d.astimezone(LOCAL).strftime("%d-%m-%Y %H:%M") if d else "—"
templates.env.filters["bedrag"] = lambda v: "€ " + f"{float(v):.2f}".replace(".", ",") if v not in (None, "") else "—"

SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; "
                               "form-action 'self'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
}
ACTIVITEIT = {"lezen": "bekeken", "aanmaken": "vastgelegd", "wijzigen": "gewijzigd", "verwijderen": "verwijderd"}


def _page(request: Request, template: str, status: int = 200, **context) -> Response:
    config: PortalConfig = request.app.state.config
    bsn = _resident(request)
    response = templates.TemplateResponse(request, template, {
        "bewoner": config.residents.get(bsn or "", ""), "ingelogd": bsn is not None, **context}, status_code=status)
    response.headers["Cache-Control"] = "no-store"  # personal data: not in any cache
    return response


def _resident(request: Request) -> str | None:
    bsn = session.verify(request.app.state.config.session_key, request.cookies.get(session.COOKIE))
    return bsn if bsn in request.app.state.config.residents else None


def _same_origin(request: Request) -> bool:
    """A form post must come from our own pages (SameSite cookies aside, a login must not be forced)."""
    origin = request.headers.get("origin")
    return origin is None or urlsplit(origin).netloc == request.url.netloc


async def home(request: Request) -> Response:
    if _resident(request):
        return RedirectResponse("/zaken", status_code=303)
    return _page(request, "login.html", residents=request.app.state.config.residents)


async def login(request: Request) -> Response:
    config: PortalConfig = request.app.state.config
    if not _same_origin(request):
        return _page(request, "fout.html", 403, titel="Niet toegestaan",
                     melding="Inloggen kan alleen vanaf de pagina van Mijn gemeente zelf.")
    bsn = str((await request.form()).get("bsn", ""))
    if bsn not in config.residents:
        return _page(request, "login.html", 400, residents=config.residents,
                     fout="Kies een van de inwoners om mee in te loggen.")
    response = RedirectResponse("/zaken", status_code=303)
    response.set_cookie(session.COOKIE, session.sign(config.session_key, bsn), max_age=session.LIFETIME,
                        httponly=True, samesite="strict", secure=request.url.scheme == "https")
    return response


async def logout(request: Request) -> Response:
    response = RedirectResponse("/", status_code=303)
    if _same_origin(request):
        response.delete_cookie(session.COOKIE)
    return response


def _resident_page(handler):
    """Pages for a logged-in resident: others go to the login page; a registry that fails gives a 502 page."""

    async def page(request: Request) -> Response:
        bsn = _resident(request)
        if bsn is None:
            return RedirectResponse("/", status_code=303)
        try:
            return await handler(request, request.app.state.registries, bsn)
        except RegistryUnavailable:
            return _page(request, "fout.html", 502, titel="Gegevens niet beschikbaar",
                         melding="Uw gegevens kunnen op dit moment niet worden opgehaald. Probeer het later opnieuw.")

    return page


async def zaken_page(request: Request, api: Registries, bsn: str) -> Response:
    return _page(request, "zaken.html", actief="zaken", zaken=await data.zaken(api, bsn))


async def zaak_page(request: Request, api: Registries, bsn: str) -> Response:
    found = await data.zaak(api, bsn, request.path_params["uuid"])
    if found is None:
        return _page(request, "fout.html", 404, actief="zaken", titel="Zaak niet gevonden",
                     melding="Deze zaak bestaat niet, of is niet van u.")
    return _page(request, "zaak.html", actief="zaken", zaak=found)


async def contact_page(request: Request, api: Registries, bsn: str) -> Response:
    return _page(request, "contact.html", actief="contact", contacten=await data.contacten(api, bsn))


async def producten_page(request: Request, api: Registries, bsn: str) -> Response:
    return _page(request, "producten.html", actief="producten", producten=await data.producten(api, bsn))


async def gegevensgebruik_page(request: Request, api: Registries, bsn: str) -> Response:
    raw = request.query_params.get("pagina", "1")
    pagina = int(raw) if raw.isdigit() and int(raw) >= 1 else 1
    try:
        records, count, more = await data.verwerkingen(api, bsn, pagina)
    except RegistryUnavailable:
        if pagina == 1:
            raise
        return RedirectResponse("/gegevensgebruik", status_code=303)  # a page past the last one
    return _page(request, "gegevensgebruik.html", actief="gegevensgebruik", verwerkingen=records, count=count,
                 pagina=pagina, meer=more, activiteit=ACTIVITEIT)


def create_portal(config: PortalConfig, transport=None) -> Starlette:
    registries = Registries(config.registries_url, config.client_id, config.secret, transport=transport)

    @asynccontextmanager
    async def lifespan(app):
        try:
            yield
        finally:
            await registries.close()

    app = Starlette(lifespan=lifespan, routes=[
        Route("/", home, methods=["GET"]),
        Route("/inloggen", login, methods=["POST"]),
        Route("/uitloggen", logout, methods=["POST"]),
        Route("/zaken", _resident_page(zaken_page), methods=["GET"]),
        Route("/zaken/{uuid}", _resident_page(zaak_page), methods=["GET"]),
        Route("/contact", _resident_page(contact_page), methods=["GET"]),
        Route("/producten", _resident_page(producten_page), methods=["GET"]),
        Route("/gegevensgebruik", _resident_page(gegevensgebruik_page), methods=["GET"]),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ])
    app.state.config = config
    app.state.registries = registries
    app.add_middleware(SecurityHeaders)
    return app


class SecurityHeaders:
    """The headers every page and asset carries, unless it sets its own."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        async def send_with_headers(message) -> None:
            if message["type"] == "http.response.start":
                given = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(k.lower().encode(), v.encode()) for k, v in SECURITY_HEADERS.items()
                         if k.lower().encode() not in given]
                message = {**message, "headers": list(message.get("headers", [])) + extra}
            await send(message)

        await self.app(scope, receive, send_with_headers if scope["type"] == "http" else send)
