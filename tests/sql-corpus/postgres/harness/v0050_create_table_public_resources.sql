-- revision: v0050
-- down_revision: v0049
-- message: harness/harness create_table_public_resources

-- migrate:up
CREATE TABLE public_access_repo (
    public_access_repo_id INTEGER PRIMARY KEY,
    CONSTRAINT fk_public_access_repo_id FOREIGN KEY (public_access_repo_id)
        REFERENCES repositories (repo_id) MATCH SIMPLE
        ON UPDATE NO ACTION
        ON DELETE CASCADE
);

CREATE TABLE public_access_space (
    public_access_space_id INTEGER PRIMARY KEY,
    CONSTRAINT fk_public_access_space_id FOREIGN KEY (public_access_space_id)
        REFERENCES spaces (space_id) MATCH SIMPLE
        ON UPDATE NO ACTION
        ON DELETE CASCADE
);

INSERT INTO public_access_repo (
     public_access_repo_id
)
SELECT
     repo_id
FROM repositories
WHERE repo_is_public = TRUE;

ALTER TABLE repositories DROP COLUMN repo_is_public;

INSERT INTO public_access_space (
     public_access_space_id
)
SELECT
     space_id
FROM spaces
WHERE space_is_public = TRUE;

ALTER TABLE spaces DROP COLUMN space_is_public;

-- migrate:down
ALTER TABLE repositories ADD COLUMN repo_is_public BOOLEAN NOT NULL DEFAULT FALSE;

-- update repo public access
UPDATE repositories
SET repo_is_public = TRUE
WHERE repo_id IN (
    SELECT public_access_repo_id
    FROM public_access_repo
);

ALTER TABLE spaces ADD COLUMN space_is_public BOOLEAN NOT NULL DEFAULT FALSE;

-- update space public access
UPDATE spaces
SET space_is_public = TRUE
WHERE space_id IN (
    SELECT public_access_space_id
    FROM public_access_space
);

-- clear public access
DROP TABLE public_access_repo;
DROP TABLE public_access_space
