-- revision: v1601993583
-- down_revision: v1601993582
-- message: concourse/concourse add_instancevars_to_pipelines

-- migrate:up


ALTER TABLE pipelines ADD COLUMN instance_vars jsonb;

ALTER TABLE pipelines DROP CONSTRAINT pipelines_name_team_id;

CREATE UNIQUE INDEX pipelines_name_team_id
ON pipelines (name, team_id)
WHERE instance_vars IS NULL;

CREATE UNIQUE INDEX pipelines_name_team_id_instance_vars
ON pipelines (name, team_id, instance_vars)
WHERE instance_vars IS NOT NULL;

ALTER TABLE containers ADD COLUMN meta_pipeline_instance_vars text DEFAULT ''::text NOT NULL;



-- migrate:down


DROP INDEX pipelines_name_team_id;

DROP INDEX pipelines_name_team_id_instance_vars;

ALTER TABLE pipelines DROP COLUMN instance_vars;

ALTER TABLE ONLY pipelines ADD CONSTRAINT pipelines_name_team_id UNIQUE (name, team_id);

ALTER TABLE containers DROP COLUMN meta_pipeline_instance_vars;


