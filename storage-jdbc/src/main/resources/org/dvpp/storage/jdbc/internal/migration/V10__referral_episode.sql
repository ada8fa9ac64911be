-- Reports count referrals (episodes), not men: each referral records the area the man lived in when he was referred,
-- and the case and episode it opened. Existing rows: the area is taken from the participant (the only area known), and
-- the case and episode are filled for the referral each case holds now (earlier episodes' referrals stay unlinked, as
-- the schema before this version did not record them; they still count as referred).

ALTER TABLE referral ADD COLUMN area_of_residence VARCHAR(40);
ALTER TABLE referral ADD COLUMN case_id ${uuid};
ALTER TABLE referral ADD COLUMN episode INT;

UPDATE referral SET area_of_residence = (SELECT p.area_of_residence FROM participant p
    WHERE p.agency_id = referral.agency_id AND p.id = referral.participant_id);
UPDATE referral SET case_id = (SELECT c.id FROM dv_case c
    WHERE c.agency_id = referral.agency_id AND c.referral_id = referral.id),
    episode = (SELECT c.episode FROM dv_case c WHERE c.agency_id = referral.agency_id AND c.referral_id = referral.id);

CREATE INDEX ix_referral_received ON referral (agency_id, received_on);
CREATE INDEX ix_referral_case ON referral (agency_id, case_id, episode);
CREATE INDEX ix_transition_episode ON case_transition (agency_id, case_id, episode);
