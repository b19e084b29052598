-- revision: v20161027134128
-- down_revision: v20160618193924
-- message: Unleash/unleash create_metrics

-- migrate:up
CREATE TABLE client_metrics (
  id serial primary key,
  created_at timestamp default now(),
  metrics json
);

-- migrate:down irreversible
