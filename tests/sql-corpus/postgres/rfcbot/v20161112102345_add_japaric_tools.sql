-- revision: v20161112102345
-- down_revision: v20161016230856
-- message: rust-lang/rfcbot-rs add_japaric_tools

-- migrate:up
INSERT INTO memberships (fk_member, fk_team)
SELECT u.id, t.id
FROM githubuser u, teams t
WHERE t.ping = 'rust-lang/tools' AND
    u.login = 'japaric';

-- migrate:down
DELETE FROM memberships m USING githubuser u, teams t
WHERE
    m.fk_member = u.id AND
    m.fk_team = t.id AND
    u.login = 'japaric' AND t.ping = 'rust-lang/tools';
