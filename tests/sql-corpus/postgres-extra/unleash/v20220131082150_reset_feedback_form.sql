-- revision: v20220131082150
-- down_revision: v20220129113106
-- message: Unleash/unleash reset_feedback_form

-- migrate:up
DELETE FROM user_feedback WHERE nevershow = false;

-- migrate:down irreversible
