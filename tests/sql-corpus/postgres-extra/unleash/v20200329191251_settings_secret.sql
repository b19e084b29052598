-- revision: v20200329191251
-- down_revision: v20200227202711
-- message: Unleash/unleash settings_secret

-- migrate:up
INSERT INTO settings(name, content) 
    VALUES('unleash.secret', '"6178d73a4e25f95eae1d7d653764790257267bb0"');

-- migrate:down irreversible
