-- revision: v1601993582
-- down_revision: v1599738693
-- message: concourse/concourse add_successful_build_outputs_rerun_of_index

-- migrate:up

CREATE INDEX successful_build_outputs_rerun_of_idx ON successful_build_outputs (rerun_of);


-- migrate:down

DROP INDEX successful_build_outputs_rerun_of_idx;

