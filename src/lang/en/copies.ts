/**
 * English words that declare a version a rewrite or copy of another (a portal's scrape, an AI
 * summary). Data only; read by src/align/outlets.ts (`copyRelation`).
 */

/**
 * Words of a manifest `source` or `role` that say the version is a copy or rewrite of another
 * version's story: "portal (rewrite)", "aggregator (scraped copy of k3)", "NewsPulse (AI rewrite
 * of AP)", role `scrape`. Lower case, matched as whole words.
 */
export const COPY_SOURCE_WORDS: ReadonlySet<string> = new Set([
  'rewrite', 'rewritten', 'rewrites', 'copy', 'copied', 'scrape', 'scraped', 'scraper', 'summary', 'summarised',
  'summarized', 'republished', 'republication', 'repost', 'reposted', 'ai', 'ai-generated', 'ai-assisted',
]);

/**
 * A short line near the top of a version that says a machine wrote or summarised it ("Mirdania
 * News Hub | AI-assisted summary", "This article was generated with AI"): the copy rewrites the
 * stories it was made from. Only a line of at most `COPY_MARK_LINE_WORDS` words counts: a story
 * about AI-generated images says "AI-generated" in its prose.
 */
export const COPY_TEXT_MARK = /(?<![\p{L}\p{N}])(?:AI[- ](?:assisted|generated|written|powered|produced)|(?:generated|written|summari[sz]ed|produced) (?:by|with|using) (?:AI|artificial intelligence)|AI summary)(?![\p{L}\p{N}])/iu;
export const COPY_MARK_LINE_WORDS = 14;
