-- revision: v1529692120
-- down_revision: v1528470872
-- message: concourse/concourse add_cache_index_to_pipelines

-- migrate:up

ALTER TABLE pipelines ADD COLUMN cache_index integer NOT NULL DEFAULT 1;
ALTER TABLE versioned_resources DROP COLUMN modified_time;
ALTER TABLE build_inputs DROP COLUMN modified_time;
ALTER TABLE build_outputs DROP COLUMN modified_time;


-- migrate:down

ALTER TABLE pipelines DROP COLUMN cache_index;
ALTER TABLE versioned_resources ADD COLUMN modified_time timestamp without time zone DEFAULT now() NOT NULL;
ALTER TABLE build_inputs ADD COLUMN modified_time timestamp without time zone DEFAULT now() NOT NULL;
ALTER TABLE build_outputs ADD COLUMN modified_time timestamp without time zone DEFAULT now() NOT NULL;

