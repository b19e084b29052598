-- revision: v20260106120000
-- down_revision: v20251218102933
-- message: langfuse/langfuse add_encrypt_blob_storage_secrets_background_migration

-- migrate:up
INSERT INTO background_migrations (id, name, script, args)
VALUES ('01a0c890-2094-8e2f-c773-cf4d14638fa4', '20260106_encrypt_blob_storage_secrets', 'encryptBlobStorageSecrets', '{}');

-- migrate:down irreversible
