-- referat.outcome and referat.classify_decision(text)

-- the labels, in the order of the C enum
SELECT enum_range(NULL::referat.outcome);
SELECT 'approved'::referat.outcome < 'closed'::referat.outcome AS ordered;

-- NULL in, NULL out (STRICT); empty text and no words: none
SELECT referat.classify_decision(NULL) IS NULL AS null_is_null;
SELECT referat.classify_decision('') AS empty,
       referat.classify_decision('.') AS dot,
       referat.classify_decision('-') AS dash,
       referat.classify_decision(E' \n\t ') AS blank;

-- one case per rule; in the listing newlines are shown as // and long texts are cut at 90 characters
CREATE TEMP TABLE outcome_cases (n serial, rule text, decision text);
INSERT INTO outcome_cases (rule, decision) VALUES
  -- approved
  ('approved', 'Godkendt.'),
  ('approved', 'Chefforum godkendte dagsorden og referat.'),
  ('approved', 'Chefforum godkente dagsorden for mødet.'),
  ('approved', 'Indstillingen godkendes.'),
  ('approved', 'Udvalget tiltræder indstillingen.'),
  ('approved', 'Økonomiudvalget tiltrådte indstillingen.'),
  ('approved', 'Udvalget kunne enstemmigt tiltræde indstillingen.'),
  ('approved', 'Vedtaget.'),
  ('approved', 'Byrådet vedtog forslaget.'),
  ('approved', 'Anbefales godkendt.'),
  ('approved', 'Godkendelse af dagsorden'),
  ('approved', 'UDVALGET TILTRÆDER INDSTILLINGEN.'),
  -- rejected
  ('rejected', 'Ikke godkendt.'),
  ('rejected', 'Indstillingen blev ikke godkendt.'),
  ('rejected', 'Indstillingen godkendes ikke.'),
  ('rejected', 'Udvalget kunne ikke tiltræde indstillingen.'),
  ('rejected', 'Forslaget blev afvist.'),
  ('rejected', 'Forslaget blev forkastet med 4 stemmer mod 5.'),
  -- postponed
  ('postponed', 'Punktet blev udsat.'),
  ('postponed', 'Udvalget besluttede herefter at udsætte sagens behandling.'),
  ('postponed', 'Sagen udsættes til næste møde.'),
  ('postponed', 'Udvalget udsatte sagen.'),
  -- referred
  ('referred', 'Fremsendes til Teknisk Udvalg til behandling.'),
  ('referred', 'Oversendes til Økonomiudvalget.'),
  ('referred', 'Tilbagesendes Magistratsafdelingen for Teknik og Miljø.'),
  ('referred', 'Sagen sendes videre til Byrådet.'),
  ('referred', 'Henvist til budgetforhandlingerne.'),
  -- decided
  ('decided', 'Chefforum besluttede at afholde et ledermøde.'),
  ('decided', 'Det blev aftalt, at vi starter i efteråret.'),
  -- noted
  ('noted', 'Chefforum tog orienteringen til efterretning.'),
  ('noted', 'Orienteringen tages til efterretning.'),
  ('noted', 'Til efterretning.'),
  -- discussed
  ('discussed', 'Chefforum drøftede oplægget.'),
  ('discussed', 'Drøftelse'),
  ('discussed', 'Chefforum behandlede forslagene.'),
  ('discussed', 'Chefforum gennemgik budgetaftalen.'),
  -- informed
  ('informed', 'Kommunaldirektøren orienterede om status.'),
  ('informed', 'Udvalget blev orienteret om arkitekturugen i uge 41.'),
  -- none
  ('none', 'Intet'),
  ('none', 'Ingen bemærkninger.'),
  -- words, not parts of words
  ('words', 'Medarbejderne er udsat for vold.'),
  ('words', 'Endelig vedtagelse af forslag til Lokalplan nr. 1221.'),
  ('words', 'Forslag om opdatering af den byrådsbesluttede ramme.'),
  ('words', 'Chefforum drøftede de godkendte projekter.'),
  -- negation
  ('negation', 'Sagen blev ikke udsat.'),
  ('negation', 'Udvalget besluttede ikke at godkende indstillingen.'),
  ('negation', 'Godkendt, ikke uden diskussion.'),
  -- precedence: postponed > rejected > approved > referred > decided > noted > discussed > informed
  ('precedence', 'Punkt 1 godkendt. Punkt 2 blev udsat.'),
  ('precedence', 'Punkt 1 godkendt. Punkt 2 blev ikke godkendt.'),
  ('precedence', 'Tilbagesendes Borgmesterens Afdeling med bemærkning, at byrådet har vedtaget indstillingen.'),
  ('precedence', 'Fremsendes til Byrådet. Chefforum besluttede at følge sagen.'),
  ('precedence', 'Chefforum drøftede oplægget. Det blev aftalt at starte i efteråret.'),
  ('precedence', 'Kommunaldirektøren orienterede. Chefforum tog orienteringen til efterretning.'),
  ('precedence', 'Helle præsenterede status. Chefforum drøftede den.'),
  -- minority statements do not count, the forum's own position does
  ('minority', 'Enhedslisten kunne ikke tiltræde indstillingen.'),
  ('minority', E'Godkendt.\nEnhedslisten kunne ikke tiltræde indstillingen.'),
  ('minority', 'Godkendt. Venstre tog forbehold. Jesper Kjeldsen deltog ikke i sagens behandling.'),
  ('minority', 'Et mindretal (F og Ø) kunne ikke tiltræde indstillingen.'),
  ('minority', 'Indstillingen blev godkendt, idet Ø ikke kunne tiltræde.'),
  ('minority', 'Et flertal i udvalget kunne tiltræde indstillingen. Solveig Munk kunne ikke tiltræde indstillingen.'),
  ('minority', 'Herefter kunne udvalget ikke tiltræde indstillingen.'),
  ('minority', E'Tilbagesendes Magistratsafdelingen for Teknik og Miljø med bemærkning, at byrådet i sit møde den 27. august 2025 har\nvedtaget Magistratens foranstående indstilling af 19. august 2025.\nSocialistisk Folkepartis og Enhedslisten de Rød-Grønnes byrådsgrupper og Viggo Jonasen kunne ikke tiltræde\nindstillingens beslutningspunkter 1 og 2.\nRadikale Venstres og Alternativets byrådsgrupper kunne ikke tiltræde indstillingen.'),
  -- the proposal printed after an Aarhus decision is not read
  ('proposal', E'Fremsendes til Teknisk Udvalg til behandling.\nBESLUTNINGSFORSLAG FRA DD\nSagen blev udsat.');

SELECT n, rule,
       CASE WHEN length(decision) > 90 THEN left(replace(decision, E'\n', ' // '), 87) || '...'
            ELSE replace(decision, E'\n', ' // ') END AS decision,
       referat.classify_decision(decision) AS outcome
  FROM outcome_cases ORDER BY n;

-- every rule gives the outcome it is named after
SELECT n, rule, decision FROM outcome_cases
 WHERE rule IN (SELECT unnest(enum_range(NULL::referat.outcome))::text)
   AND referat.classify_decision(decision)::text <> rule;

-- how many of each
SELECT referat.classify_decision(decision) AS outcome, count(*)
  FROM outcome_cases GROUP BY 1 ORDER BY 1;

-- never closed: that is for items the minutes mark "Lukket"
SELECT referat.classify_decision('Lukket') AS lukket;

DROP TABLE outcome_cases;
