-- revision: f555e6c3e8f1
-- down_revision: 8f3d1c4a9e21
-- message: polarsource/polar add_deduplication_key_to_email_logs

-- migrate:up
-- alembic: upgrade 8f3d1c4a9e21 -> f555e6c3e8f1

SET LOCAL lock_timeout = '5s';

ALTER TABLE email_logs ADD COLUMN deduplication_key VARCHAR;

-- migrate:down
-- alembic: downgrade f555e6c3e8f1 -> 8f3d1c4a9e21

SET LOCAL lock_timeout = '5s';

ALTER TABLE email_logs DROP COLUMN deduplication_key;
