"""Business rules of the Autorisaties API, by the ac-* codes of the standard's test inventory.

Each rule names its code in its docstring; the tests in tests/test_autorisaties.py carry the
same codes in their names.
"""

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from common.errors import NON_FIELD_ERRORS, InvalidParam, ValidationProblem
from registries.autorisaties.models import ClientCredential
from registries.autorisaties.schemas import WIRE_NAMES, AutorisatieIn

CLIENT_ID_EXISTS = "clientId-exists"
AMBIGUOUS = "ambiguous-authorizations-specified"
MISSING = "missing-authorizations"

# ac-003: an autorisatie with a scope on the main resource of these components must say for
# which type it holds (and, for zaken and documenten, up to which confidentiality).
MAIN_RESOURCE_SCOPE = {"zrc": "zaken.", "drc": "documenten.", "brc": "besluiten."}
REQUIRED_FOR_MAIN_RESOURCE = {
    "zrc": ("max_vertrouwelijkheidaanduiding", "zaaktype"),
    "drc": ("max_vertrouwelijkheidaanduiding", "informatieobjecttype"),
    "brc": ("besluittype",),
}


def client_ids_taken(client_ids: Sequence[str] = ()) -> ValidationProblem:
    which = f" ({', '.join(client_ids)})" if client_ids else ""
    return ValidationProblem([InvalidParam(
        "clientIds", CLIENT_ID_EXISTS,
        f"Een client id{which} hoort al bij een andere applicatie; elke client id hoort bij precies één applicatie.",
    )])


def check_client_ids_listed_once(client_ids: Sequence[str]) -> None:
    """ac-001a: an applicatie may have several client ids, each of them once."""
    if len(set(client_ids)) != len(client_ids):
        raise ValidationProblem([InvalidParam("clientIds", "unique", "Elke client id mag maar één keer in de lijst staan.")])


async def check_client_ids_free(session: AsyncSession, client_ids: Sequence[str], applicatie_id: int | None) -> None:
    """ac-001b: a client id that another applicatie already has cannot be given to this one (400).

    ``applicatie_id`` is the applicatie being changed (None when it is being created): its own
    client ids are of course free for it.
    """
    if not client_ids:
        return
    stmt = select(ClientCredential.client_id).where(ClientCredential.client_id.in_(list(client_ids)))
    if applicatie_id is not None:
        stmt = stmt.where(ClientCredential.applicatie_id != applicatie_id)
    taken = sorted((await session.scalars(stmt)).all())
    if taken:
        raise client_ids_taken(taken)


def check_alle_autorisaties_or_explicit(
    heeft_alle_autorisaties: bool, autorisaties: Sequence[object], kept_elsewhere: bool = False
) -> None:
    """ac-002a and ac-002b: an applicatie has either every autorisatie or explicit ones, never both
    and never neither.

    ac-002a: ``heeftAlleAutorisaties`` true together with explicit autorisaties is a 400
    (``ambiguous-authorizations-specified``). ac-002b: ``heeftAlleAutorisaties`` false (or left
    out) without any autorisatie is a 400 (``missing-authorizations``).

    On a change, both values are what the applicatie will have afterwards: what the request
    sends, else what is stored. ``kept_elsewhere`` says the applicatie keeps autorisaties for
    components this API does not show (granted with ``registries clients``): with those it is
    not without autorisaties.
    """
    if heeft_alle_autorisaties and autorisaties:
        raise ValidationProblem([InvalidParam(
            NON_FIELD_ERRORS, AMBIGUOUS,
            "Geef heeftAlleAutorisaties true of geef autorisaties, niet allebei.",
        )])
    if not heeft_alle_autorisaties and not autorisaties and not kept_elsewhere:
        raise ValidationProblem([InvalidParam(
            NON_FIELD_ERRORS, MISSING,
            "Een applicatie zonder heeftAlleAutorisaties heeft ten minste één autorisatie nodig.",
        )])


def check_autorisaties_per_component(autorisaties: Sequence[AutorisatieIn]) -> None:
    """ac-003: what an autorisatie must say besides its scopes depends on its component.

    - ac-003a: component zrc with a scope on zaken (``zaken.*``) needs ``zaaktype`` and
      ``maxVertrouwelijkheidaanduiding`` (400 ``required`` for each that is missing);
      ac-003b: without such a scope it needs neither.
    - ac-003c: component drc with a scope on documenten (``documenten.*``) needs
      ``informatieobjecttype`` and ``maxVertrouwelijkheidaanduiding``; ac-003d: without such a
      scope it needs neither.
    - component brc with a scope on besluiten (``besluiten.*``) needs ``besluittype`` (the
      standard's rule; the inventory has no ac-003e test for it); ac-003f: without such a scope
      it does not.
    - ac, nrc and ztc autorisaties hold for every type: they carry scopes only.
    """
    errors: list[InvalidParam] = []
    for index, autorisatie in enumerate(autorisaties):
        prefix = MAIN_RESOURCE_SCOPE.get(autorisatie.component)
        if prefix is None or not any(scope.startswith(prefix) for scope in autorisatie.scopes):
            continue
        for name in REQUIRED_FOR_MAIN_RESOURCE[autorisatie.component]:
            if not getattr(autorisatie, name):
                wire = WIRE_NAMES[name]
                errors.append(InvalidParam(
                    f"autorisaties.{index}.{wire}", "required",
                    f"Een autorisatie voor {autorisatie.component} met scopes {prefix}* vraagt om {wire}.",
                ))
    if errors:
        raise ValidationProblem(errors)
