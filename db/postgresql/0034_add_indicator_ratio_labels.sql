-- Twin of db/0034_add_indicator_ratio_labels.sql: the words of a ratio indicator's numerator and denominator (optional).
ALTER TABLE indicators ADD COLUMN numerator_label text;
ALTER TABLE indicators ADD COLUMN denominator_label text;
