-- A correction names the assessment it corrects; the foreign key's check on delete (and the history view) look
-- rows up by it, which without an index is a scan of every assessment.
CREATE INDEX dues_assessment_corrects ON dues_assessment (corrects_id) WHERE corrects_id IS NOT NULL;
