-- revision: v20141215210141
-- down_revision: v20141118071458
-- message: Unleash/unleash 005_archived_flag_to_features

-- migrate:up
ALTER TABLE features ADD archived integer DEFAULT 0;

-- migrate:down irreversible
