-- V1.4: a park's spans of a kind (PATENT, STAFF) in one row.
--
-- park_span held one row per (start, end) day pair: a park of 2 000 enterprises has some 7 000 pairs of each kind, and
-- reading them row by row through the index was half of evaluating its targets. The same pairs are now packed into
-- one value per (park, kind), read in one go: for each pair, in order of its start day, three 4-byte big-endian
-- integers: the start and the end as days since 1970-01-01 (-2147483648 for none) and how many records share them
-- (persistence/PackedSpans). The Java code fills the table for an existing ledger once this migration has run.

DROP TABLE park_span;

CREATE TABLE park_span (
    park_id    BIGINT         NOT NULL,
    kind       VARCHAR(16)    NOT NULL,
    spans      BINARY VARYING NOT NULL,
    span_count INT            NOT NULL,
    CONSTRAINT pk_park_span PRIMARY KEY (park_id, kind)
);
