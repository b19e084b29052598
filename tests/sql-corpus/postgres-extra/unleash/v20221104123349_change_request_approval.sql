-- revision: v20221104123349
-- down_revision: v20221103125732
-- message: Unleash/unleash change_request_approval

-- migrate:up
CREATE TABLE IF NOT EXISTS change_request_approvals (
               id serial primary key,
               change_request_id integer NOT NULL REFERENCES change_requests(id) ON DELETE CASCADE,
               created_by integer not null references users (id) ON DELETE CASCADE,
               created_at timestamp default now()
            );

-- migrate:down irreversible
