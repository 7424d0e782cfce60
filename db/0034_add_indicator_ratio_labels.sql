-- Issue 15: the words of a ratio indicator's two counts, so a scorecard can say what its numerator and denominator
-- count ("children seen within 10 working days" over "children referred"). Optional: an indicator without them keeps
-- working, and its values form and tables say "Numerator" and "Denominator".
ALTER TABLE indicators ADD COLUMN numerator_label TEXT;
ALTER TABLE indicators ADD COLUMN denominator_label TEXT;
