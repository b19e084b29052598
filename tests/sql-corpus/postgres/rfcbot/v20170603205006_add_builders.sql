-- revision: v20170603205006
-- down_revision: v20170522163325
-- message: rust-lang/rfcbot-rs add_builders

-- migrate:up
ALTER TABLE build
    RENAME COLUMN builder_name TO env;
ALTER TABLE build
    RENAME COLUMN "number" TO build_id;
ALTER TABLE build
    ADD COLUMN builder_name TEXT NOT NULL DEFAULT 'buildbot',
    ADD COLUMN job_id TEXT NOT NULL DEFAULT '',
    ADD COLUMN os TEXT NOT NULL DEFAULT 'unknown';
ALTER TABLE build
    ALTER COLUMN build_id TYPE VARCHAR,
    ALTER COLUMN builder_name DROP DEFAULT,
    ALTER COLUMN os DROP DEFAULT;
UPDATE build
    SET os = 'windows'
    WHERE env LIKE '%auto-win%';
UPDATE build
    SET os = 'linux'
    WHERE env LIKE '%auto-linux%';
UPDATE build
    SET os = 'osx'
    WHERE env LIKE '%auto-mac%';

-- migrate:down
ALTER TABLE build
    DROP COLUMN builder_name,
    DROP COLUMN job_id,
    DROP COLUMN os;

ALTER TABLE build
    RENAME COLUMN env TO builder_name;

ALTER TABLE build
    RENAME COLUMN build_id TO "number";
ALTER TABLE build
    ALTER COLUMN "number" TYPE INTEGER USING number::integer;
