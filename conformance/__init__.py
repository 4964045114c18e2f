"""The conformance suite: a pure HTTP client that imports nothing from common/ or registries/."""
