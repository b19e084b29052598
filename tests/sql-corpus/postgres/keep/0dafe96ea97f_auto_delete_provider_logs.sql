-- revision: 0dafe96ea97f
-- down_revision: e663a98b1142
-- message: keephq/keep auto_delete_provider_logs

-- migrate:up
-- alembic: upgrade e663a98b1142 -> 0dafe96ea97f

ALTER TABLE providerexecutionlog ALTER COLUMN provider_id DROP NOT NULL;

ALTER TABLE providerexecutionlog DROP CONSTRAINT providerexecutionlog_provider_id_fkey;

ALTER TABLE providerexecutionlog ADD FOREIGN KEY(provider_id) REFERENCES provider (id) ON DELETE CASCADE;

-- migrate:down irreversible
