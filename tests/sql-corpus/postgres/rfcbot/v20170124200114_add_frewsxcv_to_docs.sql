-- revision: v20170124200114
-- down_revision: v20170123070257
-- message: rust-lang/rfcbot-rs add_frewsxcv_to_docs

-- migrate:up
INSERT INTO memberships (fk_member, fk_team)
SELECT u.id, t.id
FROM githubuser u, teams t
WHERE t.ping = 'rust-lang/docs' AND
    u.login = 'frewsxcv';

-- migrate:down
DELETE FROM memberships m USING githubuser u, teams t
WHERE
    m.fk_member = u.id AND
    m.fk_team = t.id AND
    u.login = 'frewsxcv' AND t.ping = 'rust-lang/docs';
