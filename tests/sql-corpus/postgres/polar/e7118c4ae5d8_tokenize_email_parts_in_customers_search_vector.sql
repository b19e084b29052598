-- revision: e7118c4ae5d8
-- down_revision: 46c188b1734f
-- message: polarsource/polar tokenize_email_parts_in_customers_search_vector

-- migrate:up
-- alembic: upgrade 46c188b1734f -> e7118c4ae5d8

CREATE OR REPLACE FUNCTION public.customers_search_vector_update()
            RETURNS trigger AS $$
            BEGIN
                NEW.search_vector :=
                    setweight(to_tsvector('simple', coalesce(NEW.name, '')), 'A') ||
                    setweight(to_tsvector('simple', coalesce(NEW.email, '')), 'A') ||
                    setweight(to_tsvector('simple', coalesce(
                        regexp_replace(NEW.email, '[@._-]', ' ', 'g'), ''
                    )), 'B');
                RETURN NEW;
            END
            $$ LANGUAGE plpgsql;

-- migrate:down
-- alembic: downgrade e7118c4ae5d8 -> 46c188b1734f
