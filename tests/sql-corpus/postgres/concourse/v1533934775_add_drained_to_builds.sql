-- revision: v1533934775
-- down_revision: v1533739478
-- message: concourse/concourse add_drained_to_builds

-- migrate:up

ALTER TABLE builds ADD COLUMN drained boolean NOT NULL DEFAULT TRUE;
ALTER TABLE builds ALTER COLUMN drained SET DEFAULT FALSE;


-- migrate:down

ALTER TABLE builds DROP COLUMN drained;

