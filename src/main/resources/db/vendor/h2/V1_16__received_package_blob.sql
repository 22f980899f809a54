-- V1.16 (H2): a received package's zip kept as a BLOB, not as BINARY VARYING.
--
-- BINARY VARYING keeps the whole zip inside its row: every write and read of a package (20 MB for a year of a park of
-- 2 000 enterprises) went through the heap in one piece, several times over (the row, its page, the driver's copy), and
-- a bureau receiving ten of them ran out of a 512 MB heap. H2 keeps a BLOB apart, in blocks, and the program writes
-- and reads it as a stream (persistence/ReceivedPackageRepository). The bytes kept do not change.

ALTER TABLE received_package DROP CONSTRAINT ck_received_package_size;
ALTER TABLE received_package ALTER COLUMN content SET DATA TYPE BLOB;
ALTER TABLE received_package ADD CONSTRAINT ck_received_package_size CHECK (OCTET_LENGTH(content) <= 67108864);
