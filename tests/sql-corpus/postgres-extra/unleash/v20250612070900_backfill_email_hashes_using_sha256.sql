-- revision: v20250612070900
-- down_revision: v20250604110546
-- message: Unleash/unleash backfill_email_hashes_using_sha256

-- migrate:up
ALTER TABLE users DROP COLUMN email_hash;
    ALTER TABLE users ADD COLUMN email_hash TEXT;
    UPDATE users SET email_hash = encode(sha256(email::bytea), 'hex') WHERE email IS NOT NULL;
    CREATE INDEX users_email_hash_idx ON users(email_hash);

-- migrate:down irreversible
