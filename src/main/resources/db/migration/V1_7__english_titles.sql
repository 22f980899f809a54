-- V1.7: English titles beside the plan's Chinese ones, for a window shown in English.
--
-- The catalog (plans/*.json) carries them as nameEn, shortNameEn and titleEn; a catalog or plan file without them
-- still loads, and the columns stay empty: the window then shows the Chinese title. The submission package and its
-- PDF keep the Chinese titles, which are the plan's own words. The metrics of the period statistics are the program's
-- own list (V1) and take their English names from the l10n bundles, like every other text of the program.
-- Portable as V1: H2 2.3 default mode and PostgreSQL 15.

ALTER TABLE plan ADD COLUMN name_en VARCHAR(300);
ALTER TABLE plan ADD COLUMN short_name_en VARCHAR(100);
ALTER TABLE cluster ADD COLUMN name_en VARCHAR(200);
ALTER TABLE park ADD COLUMN name_en VARCHAR(200);
ALTER TABLE park ADD COLUMN short_name_en VARCHAR(64);
ALTER TABLE indicator ADD COLUMN name_en VARCHAR(200);
ALTER TABLE target ADD COLUMN title_en VARCHAR(200);
