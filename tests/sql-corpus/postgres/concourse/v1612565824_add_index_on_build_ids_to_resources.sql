-- revision: v1612565824
-- down_revision: v1612457776
-- message: concourse/concourse add_index_on_build_ids_to_resources

-- migrate:up

CREATE INDEX resources_build_id_idx ON resources (build_id);


-- migrate:down

DROP INDEX resources_build_id_idx;

