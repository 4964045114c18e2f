"""One package per registry. A registry depends on common/ only, never on another registry."""
