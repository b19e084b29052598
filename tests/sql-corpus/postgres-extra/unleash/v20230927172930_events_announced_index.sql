-- revision: v20230927172930
-- down_revision: v20230927071830
-- message: Unleash/unleash events_announced_index

-- migrate:up
UPDATE events set announced = false where announced IS NULL;
        ALTER TABLE events ALTER COLUMN announced SET NOT NULL;
        ALTER TABLE events ALTER COLUMN announced SET DEFAULT false;
        CREATE INDEX events_unannounced_idx ON events(announced) WHERE announced = false;

-- migrate:down irreversible
