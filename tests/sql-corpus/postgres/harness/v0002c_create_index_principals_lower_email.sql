-- revision: v0002c
-- down_revision: v0002b
-- message: harness/harness create_index_principals_lower_email

-- migrate:up
CREATE UNIQUE INDEX principals_lower_email
ON principals(LOWER(principal_email));

-- migrate:down irreversible
