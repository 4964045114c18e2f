"""Every write records, in its own transaction, its audit trail entry and its notifications.

A route that changes data builds a ``Change`` and calls ``record`` before it commits: the row,
the audit trail entry and the outbox messages then commit together or not at all. After the
commit, ``committed`` wakes the outbox dispatcher so delivery of new messages starts at once.
"""

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from fastapi import Request
from sqlalchemy.ext.asyncio import AsyncSession

from common.platform.models import AuditTrail, OutboxMessage

ACTIES = {
    "create": "Object aangemaakt",
    "update": "Object bijgewerkt",
    "partial_update": "Object deels bijgewerkt",
    "destroy": "Object verwijderd",
}
RESULTAAT = {"create": 201, "update": 200, "partial_update": 200, "destroy": 204}


@dataclass(frozen=True)
class Change:
    bron: str  # the component code of the audit trail: ZTC, ZRC, CMC, KIC, PRD ...
    actie: str  # create, update, partial_update, destroy
    resource: str  # catalogus, zaak, status ...
    resource_url: str
    hoofd_object: str  # URL of the main object the resource belongs to
    resource_weergave: str = ""
    oud: dict[str, Any] | None = None
    nieuw: dict[str, Any] | None = None
    kanaal: str | None = None  # notification channel; None: this change is not notified
    kenmerken: dict[str, str] = field(default_factory=dict)


def notification(change: Change, when: datetime) -> dict[str, Any]:
    """The NRC 1.0 message. It carries URLs and kenmerken only, never personal data."""
    return {
        "kanaal": change.kanaal,
        "hoofdObject": change.hoofd_object,
        "resource": change.resource,
        "resourceUrl": change.resource_url,
        "actie": change.actie,
        "aanmaakdatum": when.isoformat().replace("+00:00", "Z"),
        "kenmerken": change.kenmerken,
    }


def receivers(request: Request) -> list[str]:
    settings = request.app.state.settings
    found = [settings.notificaties_url.rstrip("/") + "/notificaties"] if settings.notificaties_url else []
    found += [url.strip() for url in settings.webhook_urls.split(",") if url.strip()]
    return found


async def record(session: AsyncSession, request: Request, change: Change) -> None:
    """Add the audit trail entry and the outbox messages of ``change`` to the session's transaction."""
    now = datetime.now(UTC)
    principal = getattr(request.state, "principal", None)
    session.add(
        AuditTrail(
            bron=change.bron,
            applicatie_id=str(principal.applicatie_uuid) if principal else "",
            applicatie_weergave=principal.label if principal else "",
            gebruikers_id=principal.user_id if principal else "",
            gebruikers_weergave=principal.user_representation if principal else "",
            actie=change.actie,
            actie_weergave=ACTIES.get(change.actie, change.actie),
            resultaat=RESULTAAT.get(change.actie, 200),
            hoofd_object=change.hoofd_object,
            resource=change.resource,
            resource_url=change.resource_url,
            resource_weergave=change.resource_weergave[:200],
            toelichting=request.headers.get("x-audit-toelichting", ""),
            aanmaakdatum=now,
            oud=change.oud,
            nieuw=change.nieuw,
        )
    )
    if change.kanaal:
        message = notification(change, now)
        for receiver in receivers(request):
            session.add(OutboxMessage(receiver=receiver, kanaal=change.kanaal, message=message,
                                      created_at=now, next_attempt_at=now))
            request.state.outbox_written = True


def committed(request: Request) -> None:
    """Tell the outbox dispatcher (if this process runs one) that new messages wait, when the
    request wrote any: a write without receivers costs the dispatcher no look at the outbox."""
    wake = getattr(request.app.state, "outbox_wake", None)
    if wake is not None and getattr(request.state, "outbox_written", False):
        wake.set()
