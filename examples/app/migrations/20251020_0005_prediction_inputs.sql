-- revision: 20251020_0005
-- down_revision: 20251019_0004
-- depends_on: 20251019_0003
-- message: link predictions to the backfill runs that fed them

-- This revision sits on the predictions branch but references backfill_runs,
-- which lives on the other branch. depends_on makes the tool apply
-- 20251019_0003 first on upgrade and revert this revision first on downgrade,
-- so the foreign keys never point at a missing table.

-- migrate:up
CREATE TABLE prediction_inputs (
    prediction_id INTEGER NOT NULL,
    backfill_run_id INTEGER NOT NULL,
    CONSTRAINT pk_prediction_inputs PRIMARY KEY (prediction_id, backfill_run_id),
    CONSTRAINT fk_prediction_inputs_prediction FOREIGN KEY (prediction_id) REFERENCES predictions (id),
    CONSTRAINT fk_prediction_inputs_backfill_run FOREIGN KEY (backfill_run_id) REFERENCES backfill_runs (id)
);

CREATE INDEX ix_prediction_inputs_backfill_run_id ON prediction_inputs (backfill_run_id);

-- migrate:down
DROP TABLE prediction_inputs;
