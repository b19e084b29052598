-- revision: v082
-- down_revision: v081
-- message: miniflux/v2 migration_82

-- migrate:up
CREATE TABLE webauthn_credentials (
	handle bytea primary key,
	cred_id bytea unique not null,
	user_id int references users(id) on delete cascade not null,
	public_key bytea not null,
	attestation_type varchar(255) not null,
	aaguid bytea,
	sign_count bigint,
	clone_warning bool,
	name text,
	added_on timestamp with time zone default now(),
	last_seen_on timestamp with time zone default now()
);

-- migrate:down irreversible
