-- revision: v2017110900000000
-- down_revision: v20170917025755
-- message: rust-lang/rfcbot-rs add_zoxc_compiler_team

-- migrate:up
INSERT INTO memberships (fk_member, fk_team)
SELECT u.id, t.id
FROM githubuser u, teams t
WHERE t.ping = 'rust-lang/compiler' AND
    u.login = 'Zoxc';

-- migrate:down
DELETE FROM memberships m USING githubuser u, teams t
WHERE
    m.fk_member = u.id AND
    m.fk_team = t.id AND
    u.login = 'Zoxc' AND t.ping = 'rust-lang/compiler';
