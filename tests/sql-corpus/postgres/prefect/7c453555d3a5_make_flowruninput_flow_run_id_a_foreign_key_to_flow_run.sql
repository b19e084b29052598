-- revision: 7c453555d3a5
-- down_revision: 733ca1903976
-- message: PrefectHQ/prefect make_flowruninput_flow_run_id_a_foreign_key_to_flow_run

-- migrate:up
-- alembic: upgrade 733ca1903976 -> 7c453555d3a5

ALTER TABLE flow_run_input ADD CONSTRAINT fk_flow_run_input__flow_run_id__flow_run FOREIGN KEY(flow_run_id) REFERENCES flow_run (id) ON DELETE cascade;

-- migrate:down
-- alembic: downgrade 7c453555d3a5 -> 733ca1903976

ALTER TABLE flow_run_input DROP CONSTRAINT fk_flow_run_input__flow_run_id__flow_run;
