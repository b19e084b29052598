-- revision: v20240903152133
-- down_revision: v20240830102144
-- message: Unleash/unleash clear_onboarding_events

-- migrate:up
DELETE FROM onboarding_events_instance;
            DELETE FROM onboarding_events_project;

-- migrate:down irreversible
