-- An audit record's summary is stored in English (the REST API's summary, searchable with ilike) and,
-- from now on, also as its sentence: the key in the refusals bundles and its arguments (a JSON array of
-- texts and numbers), so that pages say it in the reader's language. Older records keep only English.
ALTER TABLE audit_records ADD COLUMN summary_key VARCHAR(100);
ALTER TABLE audit_records ADD COLUMN summary_arguments VARCHAR(4000);
