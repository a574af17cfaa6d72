-- CREATE EXTENSION makes schema referat (schema = referat in the control file)
-- with privileges for its owner only.  Every function is for every role and
-- none is SECURITY DEFINER, so every role may look up names in the schema.
-- The store's tables get no privileges here: the DBA grants them.
GRANT USAGE ON SCHEMA referat TO PUBLIC;
