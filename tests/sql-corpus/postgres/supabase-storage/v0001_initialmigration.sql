-- revision: v0001
-- down_revision: none
-- message: supabase/storage initialmigration

-- migrate:up
SET search_path TO storage, public;
select 1

-- migrate:down irreversible
