-- revision: v20220614074223
-- down_revision: v20220531120530
-- message: supabase/auth add_ip_address_to_audit_log_postgres

-- migrate:up
-- Add IP Address to audit log
ALTER TABLE auth.audit_log_entries
ADD COLUMN IF NOT EXISTS ip_address VARCHAR(64) NOT NULL DEFAULT '';

-- migrate:down irreversible
