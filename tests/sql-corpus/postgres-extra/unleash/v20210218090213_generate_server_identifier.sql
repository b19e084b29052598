-- revision: v20210218090213
-- down_revision: v20210217195834
-- message: Unleash/unleash generate_server_identifier

-- migrate:up
INSERT INTO settings(name, content) VALUES ('instanceInfo', json_build_object('id', '857cedce-cf5a-495d-afd4-fc4e1b23d091'));

-- migrate:down irreversible
