-- How long a refusal of everything is kept, when shorter than a consent; NULL: as long.
ALTER TABLE sites ADD COLUMN rejection_lifetime TEXT;
