"""What a server process does with its memory while it runs."""

import asyncio
import gc

from common.app import KNOWN_REGISTRIES, create_app, load_registries
from common.settings import Settings


def test_objects_made_at_start_are_kept_out_of_full_collections_while_serving(tmp_path):
    app = create_app(load_registries(KNOWN_REGISTRIES),
                     Settings(database_url=f"sqlite+aiosqlite:///{tmp_path / 'registries.db'}", migrate_on_start=True))

    async def serve_and_stop() -> tuple[int, int]:
        async with app.router.lifespan_context(app):
            frozen_while_serving = gc.get_freeze_count()
        return frozen_while_serving, gc.get_freeze_count()

    frozen_while_serving, frozen_after_stop = asyncio.run(serve_and_stop())
    assert frozen_while_serving > 10_000  # the modules, models, statements and contracts of every registry
    assert frozen_after_stop == 0  # a stopped application can be collected again
