-- revision: 8caf7c1fd82c
-- down_revision: 54c1876c68ae
-- message: PrefectHQ/prefect add_indices_for_coalesced_start_time_sorts
-- transactional: false

-- migrate:up
-- alembic: upgrade 54c1876c68ae -> 8caf7c1fd82c

CREATE INDEX CONCURRENTLY
            ix_flow_run__coalesce_start_time_expected_start_time_asc
            ON flow_run (coalesce(start_time, expected_start_time) ASC);

CREATE INDEX CONCURRENTLY
            ix_flow_run__coalesce_start_time_expected_start_time_desc
            ON flow_run (coalesce(start_time, expected_start_time) DESC);

-- migrate:down
-- alembic: downgrade 8caf7c1fd82c -> 54c1876c68ae

DROP INDEX CONCURRENTLY ix_flow_run__coalesce_start_time_expected_start_time_desc;

DROP INDEX CONCURRENTLY ix_flow_run__coalesce_start_time_expected_start_time_asc;
