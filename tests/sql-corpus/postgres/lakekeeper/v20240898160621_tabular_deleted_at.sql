-- revision: v20240898160621
-- down_revision: v20240897111544
-- message: lakekeeper/lakekeeper tabular_deleted_at

-- migrate:up
alter table tabular
    add column deleted_at timestamptz;

-- migrate:down irreversible
