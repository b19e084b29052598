-- revision: v20170711193021
-- down_revision: v20170708135123
-- message: rust-lang/crates.io rerename_gitlab

-- migrate:up
UPDATE badges SET badge_type = replace(badge_type, 'git-lab', 'gitlab');

-- migrate:down
UPDATE badges SET badge_type = replace(badge_type, 'gitlab', 'git-lab');
