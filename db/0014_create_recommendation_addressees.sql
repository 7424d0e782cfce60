-- Inspection reports address each recommendation to a body: the local authority, the safeguarding partnership, a youth
-- justice management board, the service itself. Kept as printed, in printed order; the board filters and counts by it.
CREATE TABLE recommendation_addressees (
    recommendation_id INTEGER NOT NULL REFERENCES recommendations (id) ON DELETE CASCADE,
    addressee         TEXT    NOT NULL,
    position          INTEGER NOT NULL,
    PRIMARY KEY (recommendation_id, addressee)
) STRICT;

CREATE INDEX ix_recommendation_addressees_addressee ON recommendation_addressees (addressee COLLATE NOCASE);
