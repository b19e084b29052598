-- revision: v20260325111700000000
-- down_revision: v20260122110909000000
-- message: ory/hydra flow_login_session_id_subject_idx

-- migrate:up
CREATE INDEX hydra_oauth2_flow_login_session_subject_idx ON hydra_oauth2_flow (nid, login_session_id, subject);

-- migrate:down
-- Error 1553 (HY000): Cannot drop index 'hydra_oauth2_flow_login_session_subject_idx': needed in a foreign key constraint
-- DROP INDEX hydra_oauth2_flow_login_session_subject_idx ON hydra_oauth2_flow;
