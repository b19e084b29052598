-- revision: v019
-- down_revision: v018
-- message: rust-lang/triagebot migration_19

-- migrate:up
INSERT INTO repo_review_prefs(user_id, repo, max_assigned_prs)
SELECT user_id, 'rust-lang/rust', max_assigned_prs
FROM review_prefs
WHERE max_assigned_prs IS NOT NULL

-- migrate:down irreversible
