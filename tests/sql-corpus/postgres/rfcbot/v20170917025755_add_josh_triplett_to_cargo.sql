-- revision: v20170917025755
-- down_revision: v2017091100000000
-- message: rust-lang/rfcbot-rs add_josh_triplett_to_cargo

-- migrate:up
INSERT INTO memberships (fk_member, fk_team)
SELECT u.id, t.id
FROM githubuser u, teams t
WHERE t.ping = 'rust-lang/cargo' AND
    u.login = 'joshtriplett';

-- migrate:down
DELETE FROM memberships m USING githubuser u, teams t
WHERE
    m.fk_member = u.id AND
    m.fk_team = t.id AND
    u.login = 'joshtriplett' AND t.ping = 'rust-lang/cargo';
