-- revision: v2017080418520000
-- down_revision: v20170619220015
-- message: rust-lang/rfcbot-rs add_petrochenkov_compiler_team

-- migrate:up
INSERT INTO memberships (fk_member, fk_team)
SELECT u.id, t.id
FROM githubuser u, teams t
WHERE t.ping = 'rust-lang/compiler' AND
    u.login = 'petrochenkov';

-- migrate:down
DELETE FROM memberships m USING githubuser u, teams t
WHERE
    m.fk_member = u.id AND
    m.fk_team = t.id AND
    u.login = 'petrochenkov' AND t.ping = 'rust-lang/compiler';
