-- revision: v1_3_3
-- down_revision: v1_3_2
-- message: pgmq/pgmq pgmq_1_3_2_to_1_3_3

-- migrate:up
-- empty up in the source history

-- migrate:down irreversible
