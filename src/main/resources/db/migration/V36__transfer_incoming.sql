-- A 党员组织关系介绍信 from outside the platform, recorded by the branch that takes the member in (ZJ-02, ZJ-11): who
-- issued it and its number as written on it, its dates, validity and 党费已交到, the day the member reported, and the
-- 回执 the receiving side sends back within one month (ZJ-04). The member is created from it in the same transaction.
-- org_path is the receiving branch's and follows the tree on moves. One letter is recorded once: (issuer, number).
CREATE TABLE transfer_incoming (
    id                bigserial   PRIMARY KEY,
    org_id            bigint      NOT NULL,
    org_path          text        NOT NULL,
    member_id         bigint      NOT NULL,
    member_name       text        NOT NULL CHECK (char_length(member_name) <= 50),
    issuer            text        NOT NULL CHECK (char_length(issuer) <= 100),
    from_name         text        NOT NULL CHECK (char_length(from_name) <= 100),
    letter_no         text        NOT NULL CHECK (char_length(letter_no) <= 30),
    issued_on         date        NOT NULL,
    validity_days     int         NOT NULL CHECK (validity_days BETWEEN 1 AND 180),
    dues_paid_up_to   date,
    received_on       date        NOT NULL CHECK (received_on >= issued_on),
    receipt_sent_on   date        CHECK (receipt_sent_on >= received_on),
    receipt_handler   text        CHECK (char_length(receipt_handler) <= 50),
    receipt_phone     text        CHECK (char_length(receipt_phone) <= 30),
    recorded_by       text        NOT NULL,
    version           int         NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX transfer_incoming_letter ON transfer_incoming (issuer, letter_no);
CREATE INDEX transfer_incoming_path ON transfer_incoming (org_path text_pattern_ops);
CREATE INDEX transfer_incoming_unsent ON transfer_incoming (org_id) WHERE receipt_sent_on IS NULL;
