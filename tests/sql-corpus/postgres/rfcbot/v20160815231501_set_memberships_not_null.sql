-- revision: v20160815231501
-- down_revision: v20160622001838
-- message: rust-lang/rfcbot-rs set_memberships_not_null

-- migrate:up
ALTER TABLE memberships
  ALTER COLUMN fk_member SET NOT NULL,
  ALTER COLUMN fk_team SET NOT NULL

-- migrate:down
ALTER TABLE memberships
  ALTER COLUMN fk_member DROP NOT NULL,
  ALTER COLUMN fk_team DROP NOT NULL
