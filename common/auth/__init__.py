"""Authentication and authorisation shared by every registry: ZGW JWTs, API tokens, scopes."""
