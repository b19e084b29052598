-- revision: 8438f041ee0e
-- down_revision: 83c1020be97d
-- message: keephq/keep add_pulling_enabled

-- migrate:up
-- alembic: upgrade 83c1020be97d -> 8438f041ee0e

ALTER TABLE provider ADD COLUMN pulling_enabled BOOLEAN;

UPDATE provider SET pulling_enabled = true WHERE pulling_enabled IS NULL;

ALTER TABLE provider ALTER COLUMN pulling_enabled SET NOT NULL;

ALTER TABLE provider ALTER COLUMN pulling_enabled SET DEFAULT true;

-- migrate:down
-- alembic: downgrade 8438f041ee0e -> 83c1020be97d

ALTER TABLE provider DROP COLUMN pulling_enabled;
