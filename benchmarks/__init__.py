"""Load and scale measurements of the registries, run on demand (never in the unit suite).

``python -m benchmarks.seed`` fills a database with a reproducible data set, straight into the
registries' tables; ``python -m benchmarks.run`` drives wrk against any base URL and writes the
figures. See benchmarks/README.md.
"""
