-- Spending names the consultation (议事协商) that approved it, beside the meeting that discussed it.
ALTER TABLE spending ADD COLUMN consultation_id BIGINT;
ALTER TABLE spending ADD CONSTRAINT spending_consultation_fk FOREIGN KEY (consultation_id) REFERENCES consultation (id);
CREATE INDEX spending_consultation_ix ON spending (consultation_id);
