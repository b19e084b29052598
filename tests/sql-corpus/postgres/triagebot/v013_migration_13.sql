-- revision: v013
-- down_revision: v012
-- message: rust-lang/triagebot migration_13

-- migrate:up
CREATE EXTENSION IF NOT EXISTS intarray;

-- migrate:down irreversible
