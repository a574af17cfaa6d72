SET datestyle = 'ISO, YMD';
-- referat.meeting: the header of every corpus document
SELECT name, m.* FROM corpus, referat.meeting(doc) m ORDER BY name;

-- text that is not minutes: a row of NULLs and no items, never an error
SELECT * FROM referat.meeting('');
SELECT * FROM referat.meeting(E'Dear diary,\nnothing happened today.\n');
SELECT referat.meeting(NULL) IS NULL AS strict;
