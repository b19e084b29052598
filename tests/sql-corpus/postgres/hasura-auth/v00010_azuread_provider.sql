-- revision: v00010
-- down_revision: v00009
-- message: nhost/hasura-auth azuread_provider

-- migrate:up
-- start a transaction
-- BEGIN; (the revision's own transaction)
INSERT INTO auth.providers (id)
    VALUES ('azuread')
ON CONFLICT
    DO NOTHING;
-- COMMIT; (the revision's own transaction)


-- migrate:down
-- start a transaction
-- BEGIN; (the revision's own transaction)
DELETE FROM auth.providers WHERE id = 'azuread';
-- COMMIT; (the revision's own transaction)
