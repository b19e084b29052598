-- revision: v20150210152531
-- down_revision: v20141215210141
-- message: Unleash/unleash 006_rename_eventtype

-- migrate:up
UPDATE events SET type='feature-revived' WHERE type='feature-revive';
UPDATE events SET type='feature-archived' WHERE type='feature-archive';

-- migrate:down irreversible
