-- revision: 464ec4667aae
-- down_revision: ef0b52902560
-- message: LAION-AI/Open-Assistant add_collective_flag_to_task

-- migrate:up
-- alembic: upgrade ef0b52902560 -> 464ec4667aae

ALTER TABLE work_package ADD COLUMN collective BOOLEAN DEFAULT false NOT NULL;

-- migrate:down
-- alembic: downgrade 464ec4667aae -> ef0b52902560

ALTER TABLE work_package DROP COLUMN collective;
