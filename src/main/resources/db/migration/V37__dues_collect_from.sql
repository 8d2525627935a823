-- A member who arrived from outside the platform paid their dues there up to the month the letter's 党费已交到 names
-- (ZJ-03): the receiving organization collects from the month after it, so an assessment never starts earlier.
CREATE TABLE dues_collect_from (
    member_id    bigint  PRIMARY KEY,
    first_month  date    NOT NULL,
    reason       text    NOT NULL CHECK (char_length(reason) <= 500)
);
