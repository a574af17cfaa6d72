-- referat install script, assembled from src/sql/*.sql by the Makefile.
\echo Use "CREATE EXTENSION referat" to load this file. \quit
