-- revision: v20230606112801000001
-- down_revision: v20230512112801000001
-- message: ory/hydra remove_flow_indices

-- migrate:up
DROP INDEX hydra_oauth2_flow_login_verifier_idx ON hydra_oauth2_flow;
DROP INDEX hydra_oauth2_flow_consent_verifier_idx ON hydra_oauth2_flow;
DROP INDEX hydra_oauth2_flow_multi_query_idx ON hydra_oauth2_flow;

CREATE INDEX hydra_oauth2_flow_previous_consents_idx
  ON hydra_oauth2_flow (subject, client_id, nid, consent_skip, consent_error(2), consent_remember);

-- migrate:down
CREATE UNIQUE INDEX hydra_oauth2_flow_login_verifier_idx ON hydra_oauth2_flow (login_verifier);
CREATE UNIQUE INDEX hydra_oauth2_flow_consent_verifier_idx ON hydra_oauth2_flow (consent_verifier);

CREATE INDEX hydra_oauth2_flow_multi_query_idx
  ON hydra_oauth2_flow
    (
     consent_error(2) ASC, state ASC, subject ASC,
     client_id ASC, consent_skip ASC, consent_remember
     ASC, nid ASC
      );

DROP INDEX hydra_oauth2_flow_previous_consents_idx ON hydra_oauth2_flow;
