-- revision: v20210423103647
-- down_revision: v20210421135405
-- message: Unleash/unleash lowercase_all_emails

-- migrate:up
DELETE FROM users WHERE id IN
        (SELECT id FROM
            (SELECT id, lower(email) as email, row_number() over (PARTITION BY lower(email) ORDER BY id desc) as Row FROM users) as dupes
        WHERE email IS NOT NULL AND dupes.Row > 1);
        UPDATE users SET email = LOWER(email);

-- migrate:down irreversible
