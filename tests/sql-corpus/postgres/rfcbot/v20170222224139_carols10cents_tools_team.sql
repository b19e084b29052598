-- revision: v20170222224139
-- down_revision: v20170124200114
-- message: rust-lang/rfcbot-rs carols10cents_tools_team

-- migrate:up
INSERT INTO memberships (fk_member, fk_team)
SELECT u.id, t.id
FROM githubuser u, teams t
WHERE t.ping = 'rust-lang/tools' AND
    u.login = 'carols10cents';

-- migrate:down
DELETE FROM memberships m USING githubuser u, teams t
WHERE
    m.fk_member = u.id AND
    m.fk_team = t.id AND
    u.login = 'carols10cents' AND t.ping = 'rust-lang/tools';
