-- revision: 15f5083c16bd
-- down_revision: 310dda75f561
-- message: PrefectHQ/prefect migrate_artifact_data_to_artifact_collection_table
-- transactional: false

-- migrate:up
-- alembic: upgrade 310dda75f561 -> 15f5083c16bd

-- migrate:down
-- alembic: downgrade 15f5083c16bd -> 310dda75f561
