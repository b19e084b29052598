-- revision: v20241114103646
-- down_revision: v20241112113555
-- message: Unleash/unleash licensed_users

-- migrate:up
CREATE TABLE IF NOT EXISTS licensed_users (
        count INT,
        date DATE PRIMARY KEY
      );

-- migrate:down irreversible
