-- revision: f2f377ed2cf5
-- down_revision: 8495fffc409d
-- message: polarsource/polar add_malicious_flag_to_files

-- migrate:up
-- alembic: upgrade 8495fffc409d -> f2f377ed2cf5

SET LOCAL lock_timeout = '5s';

ALTER TABLE files ADD COLUMN flagged_malicious_at TIMESTAMP WITH TIME ZONE;

ALTER TABLE files ADD COLUMN flagged_malicious_details JSONB;

-- migrate:down
-- alembic: downgrade f2f377ed2cf5 -> 8495fffc409d

SET LOCAL lock_timeout = '5s';

ALTER TABLE files DROP COLUMN flagged_malicious_details;

ALTER TABLE files DROP COLUMN flagged_malicious_at;
