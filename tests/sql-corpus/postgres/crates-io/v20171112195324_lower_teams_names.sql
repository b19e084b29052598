-- revision: v20171112195324
-- down_revision: v20171017052814
-- message: rust-lang/crates.io lower_teams_names

-- migrate:up
UPDATE teams SET login=lower(login);
ALTER TABLE teams
    ADD CONSTRAINT teams_login_lowercase_ck
    CHECK (login = lower(login));

-- migrate:down
ALTER TABLE teams
    DROP CONSTRAINT teams_login_lowercase_ck;
