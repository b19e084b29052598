-- revision: v20170509213250
-- down_revision: v20170428191743
-- message: rust-lang/rfcbot-rs add_dtolnay_libs

-- migrate:up
INSERT INTO memberships (fk_member, fk_team)
SELECT u.id, t.id
FROM githubuser u, teams t
WHERE t.ping = 'rust-lang/libs' AND
    u.login = 'dtolnay';

-- migrate:down
DELETE FROM memberships m USING githubuser u, teams t
WHERE
    m.fk_member = u.id AND
    m.fk_team = t.id AND
    u.login = 'dtolnay' AND t.ping = 'rust-lang/libs';
