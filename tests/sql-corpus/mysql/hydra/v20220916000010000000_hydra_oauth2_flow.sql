-- revision: v20220916000010000000
-- down_revision: v20220513000001000010
-- message: ory/hydra hydra_oauth2_flow

-- migrate:up
CREATE INDEX hydra_oauth2_flow_multi_query_idx
  ON hydra_oauth2_flow
    (
     consent_error(2) ASC, state ASC, subject ASC,
     client_id ASC, consent_skip ASC, consent_remember
     ASC, nid ASC
    );

-- migrate:down
DROP INDEX hydra_oauth2_flow_multi_query_idx ON hydra_oauth2_flow;
