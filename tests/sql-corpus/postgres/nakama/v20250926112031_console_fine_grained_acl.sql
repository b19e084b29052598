-- revision: v20250926112031
-- down_revision: v20250703094700
-- message: heroiclabs/nakama console_fine_grained_acl

-- migrate:up
ALTER TABLE console_user ADD COLUMN IF NOT EXISTS acl JSONB NOT NULL DEFAULT '{"admin":false}'::JSONB;

-- Needed because CockroachDB does not allow ALTER TABLE ... UPDATE in a transaction block.
-- COMMIT; (the revision's own transaction)
-- BEGIN; (the revision's own transaction)

UPDATE console_user
    SET acl = CASE
        WHEN role = 1 THEN '{"admin":true}'::JSONB
        ELSE '{"admin":false}'::JSONB
    END;
ALTER TABLE console_user DROP COLUMN IF EXISTS role;


-- migrate:down
ALTER TABLE console_user ADD COLUMN IF NOT EXISTS role SMALLINT NOT NULL DEFAULT 4;

-- Needed because CockroachDB does not allow ALTER TABLE ... UPDATE in a transaction block.
-- COMMIT; (the revision's own transaction)
-- BEGIN; (the revision's own transaction)

UPDATE console_user
    SET role = CASE
        WHEN (acl->'admin')::BOOL = true THEN 1
        ELSE 4
    END;

ALTER TABLE console_user DROP COLUMN IF EXISTS acl;
