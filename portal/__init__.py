"""Mijn gemeente: a reference portal for residents, with its own backend-for-frontend (BFF).

The browser talks only to this backend; the backend talks to the registries with the
portal's own client id and secret (ZGW JWT), which never reach the browser. It knows the
registries only through HTTP and their contracts, like any other client.
"""
