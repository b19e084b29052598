-- revision: v1561558376
-- down_revision: v1557237784
-- message: concourse/concourse add_type_to_resources

-- migrate:up
ALTER TABLE resources ADD COLUMN type text;
ALTER TABLE resources ALTER COLUMN type SET NOT NULL;

-- migrate:down

ALTER TABLE resources DROP COLUMN type;

