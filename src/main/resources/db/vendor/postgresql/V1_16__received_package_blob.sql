-- V1.16 (PostgreSQL): a received package's zip stored as it is, without PostgreSQL trying to compress it.
--
-- H2's V1.16 moves the zips into a BLOB so that the program streams them; PostgreSQL's BYTEA already lives apart from
-- its row (TOAST) and the driver streams it in. A zip does not compress further: EXTERNAL keeps it out of the row
-- without the server's attempt at compressing every new package.

ALTER TABLE received_package ALTER COLUMN content SET STORAGE EXTERNAL;
