-- revision: v1543523136
-- down_revision: v1543420137
-- message: concourse/concourse add_active_volume_to_workers

-- migrate:up

ALTER TABLE workers ADD COLUMN active_volumes integer DEFAULT 0;


-- migrate:down

ALTER TABLE workers DROP COLUMN active_volumes;

