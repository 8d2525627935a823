-- The step the nearest deadline belongs to: a candidate may wait for the 党委's 预审 (next_step) while the
-- branch's half-yearly assessment (due_step) is what falls due first.
ALTER TABLE recruitment_case ADD COLUMN due_step text;
