-- revision: v20220603081324
-- down_revision: v20220528143630
-- message: Unleash/unleash add_archive_at_to_feature_toggle

-- migrate:up
ALTER TABLE features ADD archived_at TIMESTAMP WITH TIME ZONE;
        UPDATE features f
        SET    archived_at = res.archived_at
            FROM   (SELECT f.name, e.created_at AS archived_at
        FROM   features f
               INNER JOIN events e
                       ON e.feature_name = f.NAME
                          AND e.created_at =
                              (SELECT Max(created_at) date
                               FROM   events
                               WHERE  type = 'feature-archived'
                                      AND feature_name = f.NAME
                                      AND f.archived = 't')) res
        WHERE  res.NAME = f.NAME;
        UPDATE features
        SET    archived_at = Now()
        WHERE  archived = TRUE
          AND archived_at IS NULL;

-- migrate:down irreversible
