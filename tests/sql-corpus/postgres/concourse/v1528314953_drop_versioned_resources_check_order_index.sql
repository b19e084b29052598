-- revision: v1528314953
-- down_revision: v1525724789
-- message: concourse/concourse drop_versioned_resources_check_order_index

-- migrate:up

DROP INDEX IF EXISTS versioned_resources_check_order;


-- migrate:down

CREATE INDEX versioned_resources_check_order ON versioned_resources (check_order DESC);

