-- revision: v20190200000001000000
-- down_revision: v20190100000014000000
-- message: ory/hydra jwk

-- migrate:up
CREATE TABLE IF NOT EXISTS hydra_jwk (
	sid     varchar(255) NOT NULL,
	kid 	varchar(255) NOT NULL,
	version int NOT NULL DEFAULT 0,
	keydata text NOT NULL,
	PRIMARY KEY (sid, kid)
);

-- migrate:down
DROP TABLE hydra_jwk;
