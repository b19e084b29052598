-- revision: c84fcd6900dc
-- down_revision: 40ed93df0ed5
-- message: LAION-AI/Open-Assistant add_task_created_date_index

-- migrate:up
-- alembic: upgrade 40ed93df0ed5 -> c84fcd6900dc

CREATE INDEX ix_task_created_date ON task (created_date);

-- migrate:down
-- alembic: downgrade c84fcd6900dc -> 40ed93df0ed5

DROP INDEX ix_task_created_date;
