-- V1.10: a change note of a month's figure that was added, or whose value alone changed, carries the change of value.
--
-- A month's figure always counts in its enterprise's yearly sum (stat_enterprise_year); when every note of a park's
-- metric and year carries its change of value and no quarter's or year's figure of the park counts that year (none can
-- stop counting), the yearly sums per enterprise are the kept sums plus those changes, with no read of the year's
-- figures. A note without it (any other change, or written before this version) recomputes the year's sums as before.
-- Portable as V1: H2 2.3 default mode and PostgreSQL 15.

ALTER TABLE derived_change ADD COLUMN value_change DECIMAL(21,4);
