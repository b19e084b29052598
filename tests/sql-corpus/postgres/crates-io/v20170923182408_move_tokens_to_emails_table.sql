-- revision: v20170923182408
-- down_revision: v20170831230457
-- message: rust-lang/crates.io move_tokens_to_emails_table

-- migrate:up
ALTER TABLE emails ADD COLUMN token TEXT NOT NULL DEFAULT random_string(26);
ALTER TABLE emails ADD COLUMN token_generated_at TIMESTAMP;
UPDATE emails SET token = tokens.token, token_generated_at = tokens.created_at
  FROM tokens WHERE tokens.email_id = emails.id;
DROP TABLE tokens;

CREATE FUNCTION emails_set_token_generated_at() RETURNS trigger AS $$
  BEGIN
    NEW.token_generated_at := CURRENT_TIMESTAMP;
    RETURN NEW;
  END
$$ LANGUAGE plpgsql;

CREATE FUNCTION reconfirm_email_on_email_change() RETURNS trigger AS $$
  BEGIN
    IF NEW.email IS DISTINCT FROM OLD.email THEN
      NEW.token := random_string(26);
      NEW.verified := false;
    END IF;
    RETURN NEW;
  END
$$ LANGUAGE plpgsql;

CREATE TRIGGER trigger_emails_set_token_generated_at BEFORE
INSERT OR UPDATE OF token ON emails
FOR EACH ROW EXECUTE PROCEDURE emails_set_token_generated_at();

CREATE TRIGGER trigger_emails_reconfirm BEFORE UPDATE
ON emails
FOR EACH ROW EXECUTE PROCEDURE reconfirm_email_on_email_change();

-- migrate:down
DROP TRIGGER trigger_emails_reconfirm ON emails;
DROP TRIGGER trigger_emails_set_token_generated_at ON emails;
DROP FUNCTION reconfirm_email_on_email_change();
DROP FUNCTION emails_set_token_generated_at();

CREATE TABLE tokens (
  id SERIAL PRIMARY KEY,
  email_id INTEGER NOT NULL UNIQUE REFERENCES emails (id),
  token TEXT NOT NULL,
  created_at TIMESTAMP NOT NULL DEFAULT NOW()
);

INSERT INTO tokens (email_id, token, created_at)
SELECT id, token, token_generated_at FROM emails WHERE token_generated_at IS NOT NULL;

ALTER TABLE emails DROP COLUMN token;
ALTER TABLE emails DROP COLUMN token_generated_at;
