-- revision: v20250211122510
-- down_revision: v20250211122509
-- message: rust-lang/crates.io not_null_expires_at_column

-- migrate:up
alter table crate_owner_invitations alter column expires_at set not null;

-- migrate:down
alter table crate_owner_invitations alter column expires_at drop not null;
