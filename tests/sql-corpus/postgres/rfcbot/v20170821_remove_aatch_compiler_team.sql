-- revision: v20170821
-- down_revision: v2017080418520000
-- message: rust-lang/rfcbot-rs remove_aatch_compiler_team

-- migrate:up
DELETE FROM memberships m USING githubuser u, teams t
WHERE
    m.fk_member = u.id AND
    m.fk_team = t.id AND
    u.login = 'aatch' AND t.ping = 'rust-lang/compiler';

-- migrate:down
INSERT INTO memberships (fk_member, fk_team)
SELECT u.id, t.id
FROM githubuser u, teams t
WHERE t.ping = 'rust-lang/compiler' AND
    u.login = 'aatch';
