-- revision: v00018
-- down_revision: v00017
-- message: nhost/hasura-auth entraid_provider

-- migrate:up
-- start a transaction
-- BEGIN; (the revision's own transaction)
INSERT INTO auth.providers (id)
    VALUES ('entraid')
ON CONFLICT
    DO NOTHING;
-- COMMIT; (the revision's own transaction)


-- migrate:down
-- start a transaction
-- BEGIN; (the revision's own transaction)
DELETE FROM auth.providers WHERE id = 'entraid';
-- COMMIT; (the revision's own transaction)
