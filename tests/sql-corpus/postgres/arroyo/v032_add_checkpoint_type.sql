-- revision: v032
-- down_revision: v031
-- message: ArroyoSystems/arroyo add_checkpoint_type

-- migrate:up
ALTER TABLE checkpoints ADD COLUMN is_stopping BOOLEAN DEFAULT false NOT NULL;

-- migrate:down irreversible
