"""Tables of the Autorisaties registry: none of its own.

The Autorisaties API manages the applications every API of this deployment authenticates and
authorises against, so it works on the platform's tables (common/platform/models.py): an
applicatie is a row of ``platform_applicatie``, its client ids are rows of ``platform_client``
and its autorisaties rows of ``platform_autorisatie``. Giving the API tables of its own would
mean two sources of truth for who may do what. That is also why ``migrations/`` holds no
revisions: the platform's migrations create these tables.
"""

from common.platform.models import ApiToken, Applicatie, Autorisatie, ClientCredential

__all__ = ["ApiToken", "Applicatie", "Autorisatie", "ClientCredential"]
