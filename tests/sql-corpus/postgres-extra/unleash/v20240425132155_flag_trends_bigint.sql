-- revision: v20240425132155
-- down_revision: v20240418140646
-- message: Unleash/unleash flag_trends_bigint

-- migrate:up
ALTER TABLE flag_trends ALTER COLUMN total_yes TYPE bigint;
        ALTER TABLE flag_trends ALTER COLUMN total_no TYPE bigint;

-- migrate:down irreversible
