-- revision: v20250508102832
-- down_revision: v20250506074807
-- message: Unleash/unleash feature_link_domain

-- migrate:up
ALTER TABLE feature_link ADD COLUMN domain varchar(255);

-- migrate:down irreversible
