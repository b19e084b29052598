-- revision: v1548260637
-- down_revision: v1547650558
-- message: concourse/concourse cleanup_unused_objects

-- migrate:up

DROP TYPE volume_state_old;
DROP TYPE container_state_old;
ALTER TABLE containers DROP COLUMN best_if_used_by;


-- migrate:down


CREATE TYPE container_state_old AS ENUM (
    'creating',
    'created',
    'destroying'
);

CREATE TYPE volume_state_old AS ENUM (
    'creating',
    'created',
    'destroying'
);

ALTER TABLE containers ADD COLUMN best_if_used_by timestamp with time zone;

