-- A score copied from a document printed before the tracker existed names that document: a complete level recorded this
-- way is "complete as printed in the source" (entered by updated_by), needs no invented evidence, and is shown apart
-- from a completion the board signed off in the tracker.
ALTER TABLE scores ADD COLUMN source_document TEXT;

-- The direction of travel as the source printed it ("Improving", an arrow), kept beside the computed one so the board
-- sees where a hand-picked direction contradicts the scores. printed_direction_text is the words or symbol as printed.
ALTER TABLE scores ADD COLUMN printed_direction TEXT CHECK (printed_direction IN ('improving', 'maintained', 'declining'));
ALTER TABLE scores ADD COLUMN printed_direction_text TEXT;
