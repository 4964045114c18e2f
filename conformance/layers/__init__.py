"""The generic layers: checks that hold for every API (contract, design rules, schema, security)."""
