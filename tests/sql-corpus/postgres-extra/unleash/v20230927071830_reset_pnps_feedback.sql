-- revision: v20230927071830
-- down_revision: v20230919104006
-- message: Unleash/unleash reset_pnps_feedback

-- migrate:up
DELETE FROM user_feedback WHERE feedback_id = 'pnps' AND given < NOW() - INTERVAL '3 months';

-- migrate:down irreversible
