"""The conformance suite: a pure HTTP client that imports nothing from common/ or registries/.

    cli.py          the ``conformance`` command: run, list, diff
    apis.py         the APIs it knows, one table entry each (root, contract, auth scheme, scenarios)
    contracts.py    our contracts, read from the repository's openapi/ folder
    layers/         checks for every API: contract, design rules, schema (schemathesis), security
    behaviour/      the business rules of each API as scenarios named by their rule codes
    suite.py        which checks an API gets, and running them; profile.py marks them optional
    report/         terminal, JSON, JUnit and HTML reports
    contractdiff.py what a contract change breaks (``conformance diff``; also used by the tests)

See docs/suppliers.md and docs/working-group.md.
"""
