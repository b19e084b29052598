-- revision: v58
-- down_revision: v57_02
-- message: MarquezProject/marquez job_fqn_name_index

-- migrate:up
CREATE INDEX ON jobs_fqn (namespace_name, job_fqn);

-- migrate:down irreversible
