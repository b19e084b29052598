-- revision: v20210323073508
-- down_revision: v20210322104357
-- message: Unleash/unleash reset_application_announcements

-- migrate:up
DELETE FROM events WHERE type = 'application-created';
    UPDATE client_applications SET announced = false;

-- migrate:down irreversible
