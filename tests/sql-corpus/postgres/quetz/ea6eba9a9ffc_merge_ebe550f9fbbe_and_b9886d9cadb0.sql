-- revision: ea6eba9a9ffc
-- down_revision: ebe550f9fbbe, b9886d9cadb0
-- message: mamba-org/quetz merge_ebe550f9fbbe_and_b9886d9cadb0

-- migrate:up
-- alembic: upgrade ebe550f9fbbe, b9886d9cadb0 -> ea6eba9a9ffc

-- migrate:down
-- alembic: downgrade ea6eba9a9ffc -> ebe550f9fbbe, b9886d9cadb0
