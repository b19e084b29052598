-- revision: v20161016230856
-- down_revision: v20160917164551
-- message: rust-lang/rfcbot-rs add_woboats_lang_team

-- migrate:up
INSERT INTO memberships (fk_member, fk_team)
SELECT u.id, t.id
FROM githubuser u, teams t
WHERE t.ping = 'rust-lang/lang' AND
    u.login = 'withoutboats';

-- migrate:down
DELETE FROM memberships m USING githubuser u, teams t
WHERE
    m.fk_member = u.id AND
    m.fk_team = t.id AND
    u.login = 'withoutboats' AND t.ping = 'rust-lang/lang';
