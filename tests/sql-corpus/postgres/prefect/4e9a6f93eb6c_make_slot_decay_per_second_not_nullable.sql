-- revision: 4e9a6f93eb6c
-- down_revision: db0eb3973a54
-- message: PrefectHQ/prefect make_slot_decay_per_second_not_nullable

-- migrate:up
-- alembic: upgrade db0eb3973a54 -> 4e9a6f93eb6c

UPDATE concurrency_limit_v2 SET slot_decay_per_second = 0.0 WHERE slot_decay_per_second is null;

ALTER TABLE concurrency_limit_v2 ALTER COLUMN slot_decay_per_second SET NOT NULL;

-- migrate:down
-- alembic: downgrade 4e9a6f93eb6c -> db0eb3973a54

ALTER TABLE concurrency_limit_v2 ALTER COLUMN slot_decay_per_second DROP NOT NULL;
