-- revision: 9e7ec4a9e3f2
-- down_revision: 55361f323d12
-- message: LAION-AI/Open-Assistant add_skip_bool_skip_reason_to_task

-- migrate:up
-- alembic: upgrade 55361f323d12 -> 9e7ec4a9e3f2

ALTER TABLE task ADD COLUMN skipped BOOLEAN DEFAULT false NOT NULL;

ALTER TABLE task ADD COLUMN skip_reason VARCHAR(512);

-- migrate:down
-- alembic: downgrade 9e7ec4a9e3f2 -> 55361f323d12

ALTER TABLE task DROP COLUMN skip_reason;

ALTER TABLE task DROP COLUMN skipped;
