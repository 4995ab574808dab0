-- The annual tables read only these columns: a covering index makes each year a range scan of the index, without
-- visiting the rows (the goal is under a second for a register of a million applications). Fees have their own
-- partial index, since few applications have a fee notice.
DROP INDEX ix_applications_closed;
CREATE INDEX ix_applications_annual ON applications (closed_on, received_on, applicant_type, outcome, due_on);
CREATE INDEX ix_applications_fees ON applications (fee_issued_on, fee_paid_on, fee_amount) WHERE fee_basis IS NOT NULL;
