/**
 * English words that declare a version a rewrite or copy of another (a portal's scrape, an AI
 * summary), and words that tell a figure in a version's opening is another moment's figure.
 * Data only; read by src/align/outlets.ts (`copyRelation`) and src/check/self-contradiction.ts.
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
 * Words of a manifest source that name a site passing on others' copy, not an outlet reporting
 * on its own ("news portal", "aggregator"): with no agency named, its line is unknown and it may
 * rewrite any version (src/align/outlets.ts). A source of any other name and no agency ("Il
 * Corriere di Quel (local paper)", "Ruvenna City Radio") is an outlet's own reporting: a line of
 * its own.
 */
export const PASS_ON_SOURCE_WORDS: ReadonlySet<string> = new Set([
  'portal', 'portals', 'newsportal', 'aggregator', 'aggregators', 'site', 'website', 'web', 'blog', 'feed', 'app',
  'syndication', 'syndicated', 'wire', 'unknown',
]);

/**
 * A short line near the top of a version that says a machine wrote or summarised it ("Mirdania
 * News Hub | AI-assisted summary", "This article was generated with AI"): the copy rewrites the
 * stories it was made from. Only a line of at most `COPY_MARK_LINE_WORDS` words counts: a story
 * about AI-generated images says "AI-generated" in its prose.
 */
export const COPY_TEXT_MARK = /(?<![\p{L}\p{N}])(?:AI[- ](?:assisted|generated|written|powered|produced)|(?:generated|written|summari[sz]ed|produced) (?:by|with|using) (?:AI|artificial intelligence)|AI summary)(?![\p{L}\p{N}])/iu;
export const COPY_MARK_LINE_WORDS = 14;

/**
 * Words in a version's title or lede that tell one of its two figures is another moment's or an
 * earlier report's ("rose to 43", "initially put the toll at 34", "up from 34", "the toll could
 * rise"): the two are no self-contradiction. Lower case, whole words.
 */
export const OTHER_MOMENT_WORDS: ReadonlySet<string> = new Set([
  'earlier', 'initially', 'initial', 'previously', 'previous', 'originally', 'first', 'later', 'since', 'preliminary', 'revised', 'revise', 'revises', 'corrected', 'correction', 'updated', 'update', 'expected',
  'could', 'may', 'might', 'feared', 'fear', 'fears', 'estimate', 'estimated', 'estimates', 'projected',
  'yesterday', 'overnight', 'now', 'still', 'another', 'other', 'others', 'more', 'further', 'additional',
]);

/** "up from 34", "from 34 to 43": "from" before a figure tells the earlier figure (checked with the next word). */
export const FROM_WORDS: ReadonlySet<string> = new Set(['from']);

/**
 * Words after "of" that make a smaller figure a share of a larger one ("Of those killed, 23 were
 * contract workers", "12 of them children"), with the part openers of quantities.ts ("including",
 * "among"): a lede's smaller figure in such words is a part of the title's, not another toll.
 */
export const SHARE_OF_WORDS: ReadonlySet<string> = new Set(['those', 'them', 'whom', 'these']);

/**
 * The number a wire service gives each update of a story in its slug or headline: "UPDATE 2-Quake
 * kills at least 30", "UPDATE 3-…" (Reuters), "Update 4: …". Versions of one day are ordered by it
 * (src/check/order.ts). Group 1: the number. Looked for in the opening lines only.
 */
export const WIRE_UPDATE_NUMBER = /^[ \t]*update[ \t]+(\d{1,2})[ \t]*[-–—:]/imu;
/** How far into a version its update number is looked for (a slug or a headline). */
export const WIRE_UPDATE_REACH = 300;
