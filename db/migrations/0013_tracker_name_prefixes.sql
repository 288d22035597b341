-- Every prefix of every word (lexeme) of a name's words, as exact entries: a searched word is then one entry of
-- the GIN index, not a partial match gathering every word that starts with it. plpgsql: a quarter of the cost
-- per row of the same in SQL.
CREATE FUNCTION name_word_prefixes(words tsvector) RETURNS tsvector
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
  word text;
  prefixes text[] := '{}';
BEGIN
  FOREACH word IN ARRAY tsvector_to_array(words) LOOP
    FOR n IN 1..length(word) LOOP
      prefixes := prefixes || left(word, n);
    END LOOP;
  END LOOP;
  RETURN array_to_tsvector(prefixes);
END
$$;
--> statement-breakpoint
DROP INDEX "shipments_recipient_name_words_idx";--> statement-breakpoint
ALTER TABLE "shipments" DROP COLUMN "recipient_name_words";
--> statement-breakpoint
ALTER TABLE "shipments" ADD COLUMN "recipient_name_prefixes" "tsvector" GENERATED ALWAYS AS (name_word_prefixes(to_tsvector('simple', translate(lower("shipments"."recipient_name"), 'àáâãäåāăąçćĉċčďèéêëēĕėęěĝğġģĥìíîïĩīĭįĵķĺļľńņňñòóôõöōŏőŕŗřśŝşšţťùúûüũūŭůűųŵýÿŷźżž', 'aaaaaaaaacccccdeeeeeeeeegggghiiiiiiiijklllnnnnoooooooorrrssssttuuuuuuuuuuwyyyzzz')))) STORED;--> statement-breakpoint
CREATE INDEX "shipments_recipient_name_prefixes_idx" ON "shipments" USING gin ("recipient_name_prefixes");
