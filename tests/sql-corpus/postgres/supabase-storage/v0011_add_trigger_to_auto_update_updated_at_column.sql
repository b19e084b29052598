-- revision: v0011
-- down_revision: v0010
-- message: supabase/storage add_trigger_to_auto_update_updated_at_column

-- migrate:up
SET search_path TO storage, public;
CREATE OR REPLACE FUNCTION update_updated_at_column()
RETURNS TRIGGER AS $$
BEGIN
    NEW.updated_at = now();
    RETURN NEW; 
END;
$$ language plpgsql;

DROP trigger if exists update_objects_updated_at on storage.objects;
CREATE TRIGGER update_objects_updated_at BEFORE UPDATE ON storage.objects FOR EACH ROW EXECUTE PROCEDURE update_updated_at_column();

-- migrate:down irreversible
