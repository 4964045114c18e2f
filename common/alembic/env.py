"""Alembic environment shared by every registry; see common/migrations.py."""

from alembic import context
from sqlmodel import SQLModel

config = context.config
registry = config.attributes["registry"]
connection = config.attributes["connection"]


def include_name(name, type_, parent_names) -> bool:
    # Only this registry's tables: the others share the database but not the history.
    if type_ == "table":
        return name.startswith(registry.table_prefix)
    return True


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    # include_name filters what is read from the database; this filters the models' side.
    if type_ == "table":
        return name.startswith(registry.table_prefix)
    table = getattr(obj, "table", None)
    return table is None or table.name.startswith(registry.table_prefix)


context.configure(
    connection=connection,
    include_object=include_object,
    target_metadata=SQLModel.metadata,
    version_table=f"alembic_version_{registry.name}",
    include_name=include_name,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
