-- revision: v20190100000013000000
-- down_revision: v20190100000012000000
-- message: ory/hydra client

-- migrate:up
ALTER TABLE hydra_client ADD frontchannel_logout_uri TEXT NULL;
ALTER TABLE hydra_client ADD frontchannel_logout_session_required BOOL NOT NULL DEFAULT FALSE;
ALTER TABLE hydra_client ADD post_logout_redirect_uris TEXT NULL;

ALTER TABLE hydra_client ADD backchannel_logout_uri TEXT NULL;
ALTER TABLE hydra_client ADD backchannel_logout_session_required BOOL NOT NULL DEFAULT FALSE;

UPDATE hydra_client SET frontchannel_logout_uri='',post_logout_redirect_uris='',backchannel_logout_uri='';

ALTER TABLE hydra_client MODIFY frontchannel_logout_uri TEXT NOT NULL;
ALTER TABLE hydra_client MODIFY post_logout_redirect_uris TEXT NOT NULL;
ALTER TABLE hydra_client MODIFY backchannel_logout_uri TEXT NOT NULL;

-- migrate:down
ALTER TABLE hydra_client DROP COLUMN frontchannel_logout_uri;
ALTER TABLE hydra_client DROP COLUMN frontchannel_logout_session_required;
ALTER TABLE hydra_client DROP COLUMN post_logout_redirect_uris;
ALTER TABLE hydra_client DROP COLUMN backchannel_logout_uri;
ALTER TABLE hydra_client DROP COLUMN backchannel_logout_session_required;
