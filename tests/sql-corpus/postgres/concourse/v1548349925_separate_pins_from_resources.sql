-- revision: v1548349925
-- down_revision: v1548261635
-- message: concourse/concourse separate_pins_from_resources

-- migrate:up

CREATE TABLE resource_pins (
  resource_id INTEGER NOT NULL PRIMARY KEY
    REFERENCES resources(id) ON DELETE CASCADE,
  version jsonb NOT NULL,
  comment_text text NOT NULL
);

INSERT INTO resource_pins (
  SELECT
    id AS resource_id,
    api_pinned_version AS version,
    COALESCE (pin_comment, '') AS comment_text
  FROM resources
  WHERE api_pinned_version IS NOT NULL
);

ALTER TABLE resources
  DROP COLUMN api_pinned_version,
  DROP COLUMN pin_comment;


-- migrate:down

ALTER TABLE resources
  ADD COLUMN api_pinned_version jsonb,
  ADD COLUMN pin_comment text;

UPDATE resources
SET (api_pinned_version, pin_comment) =
  (resource_pins.version, resource_pins.comment_text)
FROM resource_pins WHERE resources.id = resource_pins.resource_id;

DROP TABLE resource_pins;

