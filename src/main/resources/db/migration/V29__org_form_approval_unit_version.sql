-- JG-01/JG-02: a 机关党委 below 100 members, or a 党总支 below 50, is set up with the higher organization's
-- approval; the approval (date and 批准文号) is recorded on the organization it approves.
ALTER TABLE org_unit ADD COLUMN form_approved_on date;
ALTER TABLE org_unit ADD COLUMN form_approval_ref text;
ALTER TABLE org_unit ADD CONSTRAINT org_unit_form_approval_whole
    CHECK ((form_approved_on IS NULL) = (form_approval_ref IS NULL));

-- Units are edited through the API and a page: an edit is guarded by the version the editor saw.
ALTER TABLE unit ADD COLUMN version int NOT NULL DEFAULT 0;
ALTER TABLE unit ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
