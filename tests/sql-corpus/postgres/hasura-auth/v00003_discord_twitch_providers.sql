-- revision: v00003
-- down_revision: v00002
-- message: nhost/hasura-auth discord_twitch_providers

-- migrate:up
-- start a transaction
-- BEGIN; (the revision's own transaction)
INSERT INTO auth.providers (id) VALUES ('discord'), ('twitch') ON CONFLICT DO NOTHING;
-- COMMIT; (the revision's own transaction)

-- migrate:down
-- start a transaction
-- BEGIN; (the revision's own transaction)
DELETE FROM auth.providers WHERE id IN ('discord', 'twitch');
-- COMMIT; (the revision's own transaction)
