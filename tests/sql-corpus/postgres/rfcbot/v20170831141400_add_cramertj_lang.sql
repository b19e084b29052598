-- revision: v20170831141400
-- down_revision: v20170822205907
-- message: rust-lang/rfcbot-rs add_cramertj_lang

-- migrate:up
INSERT INTO memberships (fk_member, fk_team)
SELECT u.id, t.id
FROM githubuser u, teams t
WHERE t.ping = 'rust-lang/lang' AND
    u.login = 'cramertj';

-- migrate:down
DELETE FROM memberships m USING githubuser u, teams t
WHERE
    m.fk_member = u.id AND
    m.fk_team = t.id AND
    u.login = 'cramertj' AND t.ping = 'rust-lang/lang';
