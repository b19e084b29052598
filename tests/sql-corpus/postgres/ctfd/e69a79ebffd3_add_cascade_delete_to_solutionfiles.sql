-- revision: e69a79ebffd3
-- down_revision: 336b8c601b94
-- message: CTFd/CTFd add_cascade_delete_to_solutionfiles

-- migrate:up
-- alembic: upgrade 336b8c601b94 -> e69a79ebffd3

ALTER TABLE files DROP CONSTRAINT files_solution_id_fkey;

ALTER TABLE files ADD CONSTRAINT files_solution_id_fkey FOREIGN KEY(solution_id) REFERENCES solutions (id) ON DELETE CASCADE;

-- migrate:down
-- alembic: downgrade e69a79ebffd3 -> 336b8c601b94

ALTER TABLE files DROP CONSTRAINT files_solution_id_fkey;

ALTER TABLE files ADD CONSTRAINT files_solution_id_fkey FOREIGN KEY(solution_id) REFERENCES solutions (id);
