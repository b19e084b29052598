-- revision: v012
-- down_revision: v011
-- message: ArroyoSystems/arroyo add_committing

-- migrate:up
ALTER TYPE checkpoint_state ADD VALUE 'committing';

-- migrate:down irreversible
