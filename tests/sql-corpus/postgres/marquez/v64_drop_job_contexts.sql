-- revision: v64
-- down_revision: v63
-- message: MarquezProject/marquez drop_job_contexts

-- migrate:up
DROP TABLE job_contexts;

-- migrate:down irreversible
