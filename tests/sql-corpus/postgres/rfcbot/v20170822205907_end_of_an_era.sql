-- revision: v20170822205907
-- down_revision: v20170821001043
-- message: rust-lang/rfcbot-rs end_of_an_era

-- migrate:up
DELETE FROM memberships m USING githubuser u
WHERE
    m.fk_member = u.id AND
    u.login = 'brson';

-- migrate:down
INSERT INTO memberships (fk_member, fk_team)
SELECT u.id, t.id
FROM githubuser u, teams t
WHERE u.login = 'brson' AND (
  t.ping = 'rust-lang/core' OR
  t.ping = 'rust-lang/libs' OR
  t.ping = 'rust-lang/tools' OR
  t.ping = 'rust-lang/infra' OR
  t.ping = 'rust-lang/dev-tools'
);
