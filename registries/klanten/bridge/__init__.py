"""The bridge from a Contactmomenten API 1.0 to a Klantinteracties API.

`registries migrate-contactmomenten --to-klantinteracties URL` reads contactmomenten with their
klant and object links over HTTP and writes them as klantcontacten, betrokkenen and
onderwerpobjecten over HTTP. It talks to both sides only as a client does, so it works for our
registries and for other implementations alike. The mapping is in ``mapping.py`` (and, for
users, docs/migration.md); the run, with its ledger and report, in ``migrate.py``.
"""
