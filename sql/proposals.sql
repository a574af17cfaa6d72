-- referat.proposals: who proposes what, without the leading "at"
SELECT name, item_no, ordinal, proposer, left(body, 70) AS body_starts, length(body)
  FROM corpus, referat.proposals(doc)
 ORDER BY name, item_no, ordinal;

-- sub-bullets stay inside their proposal
SELECT body FROM corpus, referat.proposals(doc) WHERE name = 'a004' AND item_no = 3 AND ordinal = 1;

SELECT count(*) FROM referat.proposals('');
