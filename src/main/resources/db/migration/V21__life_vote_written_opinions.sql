-- FZ-14: a vote on admitting a member is a secret ballot, and the written opinions of voting members who could
-- not attend, handed in before the meeting, are counted with the ballots cast at the meeting.
ALTER TABLE meeting_agenda_item
    ADD COLUMN secret_ballot   boolean NOT NULL DEFAULT false,
    ADD COLUMN written_for     int     NOT NULL DEFAULT 0,
    ADD COLUMN written_against int     NOT NULL DEFAULT 0,
    ADD COLUMN written_abstain int     NOT NULL DEFAULT 0;
