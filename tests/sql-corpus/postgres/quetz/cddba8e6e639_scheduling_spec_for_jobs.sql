-- revision: cddba8e6e639
-- down_revision: 0a0ab48887ab
-- message: mamba-org/quetz scheduling_spec_for_jobs

-- migrate:up
-- alembic: upgrade 0a0ab48887ab -> cddba8e6e639

ALTER TABLE jobs ADD COLUMN repeat_every_seconds INTEGER;

ALTER TABLE jobs ADD COLUMN start_at TIMESTAMP WITHOUT TIME ZONE;

-- migrate:down
-- alembic: downgrade cddba8e6e639 -> 0a0ab48887ab

ALTER TABLE jobs DROP COLUMN start_at;

ALTER TABLE jobs DROP COLUMN repeat_every_seconds;
