-- revision: v20220824165300000002
-- down_revision: v20220824165300000001
-- message: ory/kratos add_flow_type_check_constraint

-- migrate:up
-- SQLITE does not support Check constraints in all cases

-- migrate:down
-- empty down in the source history
