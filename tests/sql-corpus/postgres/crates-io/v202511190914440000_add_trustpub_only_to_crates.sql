-- revision: v202511190914440000
-- down_revision: v20250929161354
-- message: rust-lang/crates.io add_trustpub_only_to_crates

-- migrate:up
ALTER TABLE crates ADD COLUMN trustpub_only BOOLEAN NOT NULL DEFAULT FALSE;
COMMENT ON COLUMN crates.trustpub_only IS 'When true, this crate can only be published via Trusted Publishing, not with API tokens';

-- migrate:down
ALTER TABLE crates DROP COLUMN trustpub_only;
