-- revision: v20240227040753
-- down_revision: v20240221124844
-- message: rust-lang/docs.rs add_owner_kind

-- migrate:up
CREATE TYPE owner_kind AS ENUM (
    'user',
    'team'
);

ALTER TABLE owners
ADD COLUMN IF NOT EXISTS kind owner_kind NOT NULL DEFAULT 'user';

UPDATE owners
SET
    kind = CASE
        WHEN login LIKE 'github:%' THEN 'team'::owner_kind
        ELSE 'user'::owner_kind
    END;

-- migrate:down
ALTER TABLE owners
DROP COLUMN IF EXISTS kind;

DROP TYPE IF EXISTS owner_kind;
