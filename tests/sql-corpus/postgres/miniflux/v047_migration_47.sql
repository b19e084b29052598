-- revision: v047
-- down_revision: v046
-- message: miniflux/v2 migration_47

-- migrate:up
ALTER TABLE feeds ADD COLUMN allow_self_signed_certificates boolean not null default false;

-- migrate:down irreversible
