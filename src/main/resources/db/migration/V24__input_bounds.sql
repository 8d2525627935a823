-- Bounded input (issue 10): the limits of cn.dangjian.shared.TextKind (names 50, short texts 100, titles 200,
-- long texts 10,000 characters; a holiday's name 30, an appraisal grade 10) and of typed counts (never negative,
-- present never more than expected) hold in the database too, whatever writes the row.
--
-- NOT VALID: the constraints hold for every row written from now on; rows stored before this version are not
-- refused retroactively (nothing already stored is lost, and exports and documents render them, truncated where
-- a cell or a page has a limit). A fresh database, the demo data included, satisfies them throughout.

ALTER TABLE member
    ADD CONSTRAINT member_name_length CHECK (char_length(name) <= 50) NOT VALID,
    ADD CONSTRAINT member_native_place_length CHECK (char_length(native_place) <= 100) NOT VALID,
    ADD CONSTRAINT member_occupation_length CHECK (char_length(occupation) <= 100) NOT VALID,
    ADD CONSTRAINT member_position_length CHECK (char_length(position) <= 100) NOT VALID;

ALTER TABLE member_status_change
    ADD CONSTRAINT member_status_change_reason_length CHECK (char_length(reason) <= 10000) NOT VALID;

ALTER TABLE unit
    ADD CONSTRAINT unit_name_length CHECK (char_length(name) <= 100) NOT VALID;

ALTER TABLE org_unit
    ADD CONSTRAINT org_unit_name_length CHECK (char_length(name) <= 100) NOT VALID,
    ADD CONSTRAINT org_unit_dissolve_reason_length CHECK (char_length(dissolve_reason) <= 10000) NOT VALID,
    ADD CONSTRAINT org_unit_sort_order_not_negative CHECK (sort_order >= 0) NOT VALID;

ALTER TABLE committee_post
    ADD CONSTRAINT committee_post_holder_name_length CHECK (char_length(holder_name) <= 50) NOT VALID,
    ADD CONSTRAINT committee_post_sort_order_not_negative CHECK (sort_order >= 0) NOT VALID;

ALTER TABLE calendar_day
    ADD CONSTRAINT calendar_day_name_length CHECK (char_length(name) <= 30) NOT VALID;

ALTER TABLE meeting
    ADD CONSTRAINT meeting_topic_length CHECK (char_length(topic) <= 200) NOT VALID,
    ADD CONSTRAINT meeting_lecturer_length CHECK (char_length(lecturer) <= 50) NOT VALID,
    ADD CONSTRAINT meeting_place_length CHECK (char_length(place) <= 100) NOT VALID,
    ADD CONSTRAINT meeting_host_name_length CHECK (char_length(host_name) <= 50) NOT VALID,
    ADD CONSTRAINT meeting_recorder_name_length CHECK (char_length(recorder_name) <= 50) NOT VALID,
    ADD CONSTRAINT meeting_expected_count_not_negative CHECK (expected_count >= 0) NOT VALID,
    ADD CONSTRAINT meeting_present_count_not_negative CHECK (present_count >= 0) NOT VALID,
    ADD CONSTRAINT meeting_excused_count_not_negative CHECK (excused_count >= 0) NOT VALID,
    ADD CONSTRAINT meeting_absent_count_not_negative CHECK (absent_count >= 0) NOT VALID,
    ADD CONSTRAINT meeting_voting_expected_not_negative CHECK (voting_expected >= 0) NOT VALID,
    ADD CONSTRAINT meeting_voting_present_not_negative CHECK (voting_present >= 0) NOT VALID,
    ADD CONSTRAINT meeting_days_late_not_negative CHECK (days_late >= 0) NOT VALID;

ALTER TABLE meeting_attendance
    ADD CONSTRAINT meeting_attendance_member_name_length CHECK (char_length(member_name) <= 50) NOT VALID,
    ADD CONSTRAINT meeting_attendance_reason_length CHECK (char_length(reason) <= 200) NOT VALID;

ALTER TABLE meeting_agenda_item
    ADD CONSTRAINT meeting_agenda_item_title_length CHECK (char_length(title) <= 200) NOT VALID,
    ADD CONSTRAINT meeting_agenda_item_minutes_length CHECK (char_length(minutes) <= 10000) NOT VALID,
    ADD CONSTRAINT meeting_agenda_item_decision_length CHECK (char_length(decision) <= 10000) NOT VALID,
    ADD CONSTRAINT meeting_agenda_item_votes_for_not_negative CHECK (votes_for >= 0) NOT VALID,
    ADD CONSTRAINT meeting_agenda_item_votes_against_not_negative CHECK (votes_against >= 0) NOT VALID,
    ADD CONSTRAINT meeting_agenda_item_votes_abstain_not_negative CHECK (votes_abstain >= 0) NOT VALID,
    ADD CONSTRAINT meeting_agenda_item_written_for_not_negative CHECK (written_for >= 0) NOT VALID,
    ADD CONSTRAINT meeting_agenda_item_written_against_not_negative CHECK (written_against >= 0) NOT VALID,
    ADD CONSTRAINT meeting_agenda_item_written_abstain_not_negative CHECK (written_abstain >= 0) NOT VALID;

ALTER TABLE talk
    ADD CONSTRAINT talk_initiator_name_length CHECK (char_length(initiator_name) <= 50) NOT VALID,
    ADD CONSTRAINT talk_partner_name_length CHECK (char_length(partner_name) <= 50) NOT VALID,
    ADD CONSTRAINT talk_topic_length CHECK (char_length(topic) <= 200) NOT VALID,
    ADD CONSTRAINT talk_follow_up_length CHECK (char_length(follow_up) <= 10000) NOT VALID;

ALTER TABLE appraisal_result
    ADD CONSTRAINT appraisal_result_member_name_length CHECK (char_length(member_name) <= 50) NOT VALID,
    ADD CONSTRAINT appraisal_result_self_appraisal_length CHECK (char_length(self_appraisal) <= 10000) NOT VALID,
    ADD CONSTRAINT appraisal_result_grade_length CHECK (char_length(grade) <= 10) NOT VALID,
    ADD CONSTRAINT appraisal_result_note_length CHECK (char_length(note) <= 10000) NOT VALID;

ALTER TABLE rectification_item
    ADD CONSTRAINT rectification_item_problem_length CHECK (char_length(problem) <= 10000) NOT VALID,
    ADD CONSTRAINT rectification_item_measure_length CHECK (char_length(measure) <= 10000) NOT VALID,
    ADD CONSTRAINT rectification_item_owner_name_length CHECK (char_length(owner_name) <= 50) NOT VALID,
    ADD CONSTRAINT rectification_item_done_note_length CHECK (char_length(done_note) <= 10000) NOT VALID;

ALTER TABLE study_plan_item
    ADD CONSTRAINT study_plan_item_topic_length CHECK (char_length(topic) <= 200) NOT VALID,
    ADD CONSTRAINT study_plan_item_format_length CHECK (char_length(format) <= 100) NOT VALID;

ALTER TABLE rule_parameter_setting
    ADD CONSTRAINT rule_parameter_setting_reason_length CHECK (char_length(reason) <= 10000) NOT VALID;

ALTER TABLE criticism_note
    ADD CONSTRAINT criticism_note_member_name_length CHECK (char_length(member_name) <= 50) NOT VALID,
    ADD CONSTRAINT criticism_note_self_criticism_length CHECK (char_length(self_criticism) <= 10000) NOT VALID,
    ADD CONSTRAINT criticism_note_criticism_received_length CHECK (char_length(criticism_received) <= 10000) NOT VALID;

ALTER TABLE document_custom_template
    ADD CONSTRAINT document_custom_template_file_name_length CHECK (char_length(file_name) <= 100) NOT VALID;

ALTER TABLE compliance_finding
    ADD CONSTRAINT compliance_finding_explanation_length CHECK (char_length(explanation) <= 10000) NOT VALID;

ALTER TABLE recruitment_case
    ADD CONSTRAINT recruitment_case_name_length CHECK (char_length(name) <= 50) NOT VALID,
    ADD CONSTRAINT recruitment_case_position_length CHECK (char_length(position) <= 100) NOT VALID,
    ADD CONSTRAINT recruitment_case_closed_reason_length CHECK (char_length(closed_reason) <= 10000) NOT VALID;

ALTER TABLE recruitment_step
    ADD CONSTRAINT recruitment_step_other_person_length CHECK (char_length(other_person) <= 100) NOT VALID,
    ADD CONSTRAINT recruitment_step_note_length CHECK (char_length(note) <= 10000) NOT VALID,
    ADD CONSTRAINT recruitment_step_justification_length CHECK (char_length(justification) <= 10000) NOT VALID,
    ADD CONSTRAINT recruitment_step_days_not_negative CHECK (days >= 0) NOT VALID,
    ADD CONSTRAINT recruitment_step_hours_not_negative CHECK (hours >= 0) NOT VALID,
    ADD CONSTRAINT recruitment_step_months_not_negative CHECK (months >= 0) NOT VALID;

ALTER TABLE meeting
    ADD CONSTRAINT meeting_present_within_expected CHECK (present_count <= expected_count) NOT VALID,
    ADD CONSTRAINT meeting_voting_present_within_expected CHECK (voting_present <= voting_expected) NOT VALID;

ALTER TABLE appraisal_result
    ADD CONSTRAINT appraisal_result_peer_votes_not_negative CHECK (0 <= ALL (peer_votes)) NOT VALID;

ALTER TABLE committee_term
    ADD CONSTRAINT committee_term_term_number_positive CHECK (term_number >= 1) NOT VALID;
