-- revision: 30241b33d849
-- down_revision: cd404ed93cc0
-- message: mamba-org/quetz add_task_pending_state
-- transactional: false

-- migrate:up
-- alembic: upgrade cd404ed93cc0 -> 30241b33d849

ALTER TYPE taskstatus  ADD VALUE 'created';

-- migrate:down
-- alembic: downgrade 30241b33d849 -> cd404ed93cc0
