-- revision: v20190300000002000000
-- down_revision: v20190300000001000000
-- message: ory/hydra consent

-- migrate:up
ALTER TABLE hydra_oauth2_consent_request ADD forced_subject_identifier VARCHAR(255) NULL DEFAULT '';
ALTER TABLE hydra_oauth2_authentication_request_handled ADD forced_subject_identifier VARCHAR(255) NULL DEFAULT '';
CREATE TABLE hydra_oauth2_obfuscated_authentication_session (
	subject  			        varchar(255) NOT NULL,
	client_id 			      varchar(255) NOT NULL,
	subject_obfuscated	  varchar(255) NOT NULL,
	PRIMARY KEY(subject, client_id)
);


-- migrate:down
ALTER TABLE hydra_oauth2_consent_request DROP COLUMN forced_subject_identifier;
ALTER TABLE hydra_oauth2_authentication_request_handled DROP COLUMN forced_subject_identifier;
DROP TABLE hydra_oauth2_obfuscated_authentication_session;
