-- revision: v03
-- down_revision: v02
-- message: conductor-oss/conductor correlation_id_index

-- migrate:up
DROP INDEX IF EXISTS workflow_corr_id_index;

CREATE INDEX workflow_corr_id_index ON workflow (correlation_id);

-- migrate:down irreversible
