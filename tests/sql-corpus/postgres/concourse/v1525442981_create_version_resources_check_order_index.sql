-- revision: v1525442981
-- down_revision: v1524079655
-- message: concourse/concourse create_version_resources_check_order_index

-- migrate:up

CREATE INDEX versioned_resources_check_order ON versioned_resources (check_order DESC);


-- migrate:down

DROP INDEX versioned_resources_check_order;

