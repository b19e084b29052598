-- revision: 7737221bf8a4
-- down_revision: 97e212ea6545
-- message: PrefectHQ/prefect fix_name_on_concurrency_limit_tag_index

-- migrate:up
-- alembic: upgrade 97e212ea6545 -> 7737221bf8a4

ALTER INDEX ix_concurrency_limit__tag RENAME TO uq_concurrency_limit__tag;

-- migrate:down
-- alembic: downgrade 7737221bf8a4 -> 97e212ea6545

ALTER INDEX uq_concurrency_limit__tag RENAME TO ix_concurrency_limit__tag;
