-- revision: v1595347367
-- down_revision: v1595261696
-- message: concourse/concourse add_index_for_unencrypted_private_plans_to_builds

-- migrate:up

CREATE INDEX unencrypted_private_plans_build_idx ON builds (id) WHERE nonce IS NULL AND private_plan IS NOT NULL;


-- migrate:down

DROP INDEX unencrypted_private_plans_build_idx;

