-- revision: v00008
-- down_revision: v00007
-- message: nhost/hasura-auth workos_provider

-- migrate:up
-- start a transaction
-- BEGIN; (the revision's own transaction)
INSERT INTO auth.providers (id)
    VALUES ('workos')
ON CONFLICT
    DO NOTHING;
-- COMMIT; (the revision's own transaction)


-- migrate:down
-- start a transaction
-- BEGIN; (the revision's own transaction)
DELETE FROM auth.providers WHERE id = 'workos';
-- COMMIT; (the revision's own transaction)
