-- revision: 9326a6aee18b
-- down_revision: d481d5058a19
-- message: PrefectHQ/prefect add_cancelling_to_state_type_enum

-- migrate:up
-- alembic: upgrade d481d5058a19 -> 9326a6aee18b

ALTER TYPE state_type ADD VALUE IF NOT EXISTS 'CANCELLING';

-- migrate:down
-- alembic: downgrade 9326a6aee18b -> d481d5058a19
