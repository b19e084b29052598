-- revision: v115
-- down_revision: v114
-- message: miniflux/v2 migration_115

-- migrate:up
CREATE TYPE linktaco_link_visibility AS ENUM (
	'PUBLIC',
	'PRIVATE'
  			);
ALTER TABLE integrations
	ADD COLUMN linktaco_enabled bool default 'f',
	ADD COLUMN linktaco_api_token text default '',
	ADD COLUMN linktaco_org_slug text default '',
	ADD COLUMN linktaco_tags text default '',
	ADD COLUMN linktaco_visibility linktaco_link_visibility default 'PUBLIC';

-- migrate:down irreversible
