-- revision: v0160
-- down_revision: v0159
-- message: harness/harness 0160

-- migrate:up
select 1;

-- migrate:down
select 1;
