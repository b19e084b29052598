-- revision: v01_22
-- down_revision: v01_21
-- message: kestra-io/kestra flow_with_source

-- migrate:up
DO $$
    BEGIN
        BEGIN
            ALTER TYPE queue_type RENAME VALUE 'io.kestra.core.models.flows.Flow' TO 'io.kestra.core.models.flows.FlowWithSource';
        EXCEPTION
            WHEN invalid_parameter_value THEN null;
        END;
    END;
$$;

-- migrate:down irreversible
