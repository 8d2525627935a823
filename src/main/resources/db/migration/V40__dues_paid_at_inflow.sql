-- DF-09 (第九条): a 流动党员 may pay at the inflow organization. The branch holding the relationship records those
-- months as paid (method AT_INFLOW, the inflow organization's name in proxy_name), so they are not owed; the money
-- stays with the inflow organization, so the branch's collected total for its 上缴 leaves it out (elsewhere_fen).
ALTER TABLE dues_month ADD COLUMN elsewhere_fen bigint NOT NULL DEFAULT 0;
-- an organization's name is longer than a person's
ALTER TABLE dues_payment DROP CONSTRAINT dues_payment_proxy_name_check;
ALTER TABLE dues_payment ADD CONSTRAINT dues_payment_proxy_name_check CHECK (char_length(proxy_name) <= 100);
