-- revision: fc90277bbcde
-- down_revision: c7cc36820d4b
-- message: ethyca/fides populate_saas_type_to_saas_config

-- migrate:up
-- alembic: upgrade c7cc36820d4b -> fc90277bbcde

-- migrate:down
-- alembic: downgrade fc90277bbcde -> c7cc36820d4b
