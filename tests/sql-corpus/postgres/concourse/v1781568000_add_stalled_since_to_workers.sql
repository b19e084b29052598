-- revision: v1781568000
-- down_revision: v1776182280
-- message: concourse/concourse add_stalled_since_to_workers

-- migrate:up
ALTER TABLE workers ADD COLUMN stalled_since timestamp with time zone;

-- Backfill existing stalled workers so they are subject to the stall timeout
-- starting from the moment this migration runs, rather than being immortal due
-- to a NULL stalled_since.
UPDATE workers SET stalled_since = now() WHERE state = 'stalled';

-- migrate:down
ALTER TABLE workers DROP COLUMN stalled_since;
