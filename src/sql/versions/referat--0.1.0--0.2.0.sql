-- referat 0.1.0 to 0.2.0 (ALTER EXTENSION referat UPDATE).  Every change to
-- src/sql/ between the two versions appears here as well; test/run-upgrade.sh
-- checks that an updated 0.1.0 has exactly the objects of a fresh 0.2.0.
\echo Use "ALTER EXTENSION referat UPDATE TO '0.2.0'" to load this file. \quit
