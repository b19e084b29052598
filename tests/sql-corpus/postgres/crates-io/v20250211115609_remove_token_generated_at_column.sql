-- revision: v20250211115609
-- down_revision: v20250205083109
-- message: rust-lang/crates.io remove_token_generated_at_column

-- migrate:up
DROP TRIGGER trigger_crate_owner_invitations_set_token_generated_at ON crate_owner_invitations;
DROP FUNCTION crate_owner_invitations_set_token_generated_at();
ALTER TABLE crate_owner_invitations DROP COLUMN token_generated_at;

-- migrate:down
ALTER TABLE crate_owner_invitations ADD COLUMN token_generated_at TIMESTAMP;

CREATE FUNCTION crate_owner_invitations_set_token_generated_at() RETURNS trigger AS $$
BEGIN
    NEW.token_generated_at := CURRENT_TIMESTAMP;
    RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER trigger_crate_owner_invitations_set_token_generated_at BEFORE
    INSERT OR UPDATE OF token ON crate_owner_invitations
    FOR EACH ROW EXECUTE PROCEDURE crate_owner_invitations_set_token_generated_at();
