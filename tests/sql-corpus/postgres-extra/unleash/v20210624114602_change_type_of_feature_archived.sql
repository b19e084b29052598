-- revision: v20210624114602
-- down_revision: v20210618100913
-- message: Unleash/unleash change_type_of_feature_archived

-- migrate:up
ALTER TABLE features ALTER COLUMN archived DROP DEFAULT;
    ALTER TABLE features ALTER COLUMN archived TYPE bool USING case when archived = 0 then false else true end;
    ALTER TABLE features ALTER COLUMN archived SET DEFAULT false;

-- migrate:down irreversible
