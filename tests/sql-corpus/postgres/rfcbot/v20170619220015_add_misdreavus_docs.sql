-- revision: v20170619220015
-- down_revision: v20170603205006
-- message: rust-lang/rfcbot-rs add_misdreavus_docs

-- migrate:up
INSERT INTO memberships (fk_member, fk_team)
SELECT u.id, t.id
FROM githubuser u, teams t
WHERE t.ping = 'rust-lang/docs' AND
    u.login = 'QuietMisdreavus';

-- migrate:down
DELETE FROM memberships m USING githubuser u, teams t
WHERE
    m.fk_member = u.id AND
    m.fk_team = t.id AND
    u.login = 'QuietMisdreavus' AND t.ping = 'rust-lang/docs';
