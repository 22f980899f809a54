-- V1.12: return notes (已退回). A bureau sends a received package back with a signed note giving the reason; the park
-- imports the note and its exported package shows as returned. Both ends keep the same four facts on the submission
-- row: the reason, when and by whom it was returned, and the SHA-256 of the note (the park's guard against importing
-- the same note twice; the bureau's record of the note it wrote).
-- Portable as V1: H2 2.3 default mode and PostgreSQL 15.
ALTER TABLE submission ADD COLUMN returned_reason VARCHAR(2000);
ALTER TABLE submission ADD COLUMN returned_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE submission ADD COLUMN returned_by VARCHAR(200);
ALTER TABLE submission ADD COLUMN returned_note_sha256 CHAR(64);
