-- revision: v004
-- down_revision: v003
-- message: ArroyoSystems/arroyo add_sources

-- migrate:up
ALTER TYPE source_type
ADD VALUE 'event_source';

-- migrate:down irreversible
