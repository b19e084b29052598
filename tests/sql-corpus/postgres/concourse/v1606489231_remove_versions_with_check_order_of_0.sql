-- revision: v1606489231
-- down_revision: v1606068653
-- message: concourse/concourse remove_versions_with_check_order_of_0

-- migrate:up


DELETE FROM resource_config_versions WHERE check_order = 0;



-- migrate:down
/* Nothing to do because up migration is deleting rows. */
