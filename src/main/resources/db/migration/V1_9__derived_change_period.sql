-- V1.9: a figure's change note (derived_change, kind S) names the last day of the figure's period too.
--
-- The spans of a STOCK metric (stat_park_held) start at the last day of a figure's period; with that day in the note,
-- a change replaces only the spans that start at the changed figures' days and at the figures before them, not the
-- park's whole history of the metric. A note written before this version has none and replaces the park's spans of
-- the metric whole, as before.
-- Portable as V1: H2 2.3 default mode and PostgreSQL 15.

ALTER TABLE derived_change ADD COLUMN period_end DATE;
