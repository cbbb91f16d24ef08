/**
 * English page furniture of scraped portal copies that spans several lines: the header of a
 * list of links to other stories, and the words of a navigation or footer bar. Read only by
 * src/normalize/boilerplate.ts. (One-line furniture, "Read more: …", is the lexicon's
 * `boilerplate.chrome`.)
 */

/**
 * A whole line that heads a list of teasers for other stories: "RELATED STORIES",
 * "More from WHLC 7", "Trending now", "Most read", "You may also like:". The lines after it
 * are other stories' headlines, whose tolls and places are not this story's.
 */
export const TEASER_HEADER =
  /^(?:related(?: stories| articles| coverage| news| content| links| reading| topics| posts| videos)?|more (?:from|on|about|in) [^.!?]{1,40}|more (?:stories|news|headlines|to read|top stories|videos)|read (?:more|also|next)|also read|see also|you (?:may|might) also (?:like|be interested in|want to read)|recommended(?: for you| stories| reading| articles| videos)?|trending(?: now| stories| news| today| topics)?|most (?:read|popular|viewed|shared|watched|commented)|popular(?: now| stories| today)?|top stories|latest (?:news|stories|headlines)|editor'?s'? picks|don'?t miss|in other news|what to read next|up next|further reading|watch next)\s*:?$/iu;

/**
 * Words that make an item of a pipe-separated bar a headline or a sentence rather than a
 * section name or a footer link: auxiliaries and the verbs of news headlines. Lower case.
 */
export const BAR_VERBS: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may',
  'says', 'said', 'say', 'kill', 'kills', 'die', 'dies', 'dead', 'hurt', 'hit', 'hits', 'rise', 'rises', 'rose',
  'leave', 'leaves', 'left', 'claim', 'claims', 'strike', 'strikes', 'struck', 'top', 'tops', 'reach', 'reaches',
  'climb', 'climbs', 'fall', 'falls', 'fell', 'win', 'wins', 'won', 'lose', 'loses', 'lost', 'quit', 'quits',
  'resign', 'resigns', 'warn', 'warns', 'vow', 'vows', 'urge', 'urges', 'face', 'faces', 'set', 'sets',
]);

/** Words in "-ed" that name a section or a page part, not an event ("Featured", "United States"). */
export const BAR_ED_WORDS: ReadonlySet<string> = new Set([
  'featured', 'sponsored', 'related', 'recommended', 'united', 'limited', 'detailed', 'curated', 'hundred',
]);

/**
 * The label of a one-line row of teasers: "Most read: Bank holds rates | Two hurt in crash",
 * "Trending: …", "Popular now: …". The part after the colon must be a row of at least two
 * headlines split by " | " (boilerplate.ts checks the row); a table of figures without such a
 * label keeps its line.
 */
export const TEASER_ROW_LABEL =
  /^(?:most (?:read|popular|viewed|shared|watched|commented)(?: now| today| stories| articles)?|trending(?: now| stories| news| today| topics)?|popular(?: now| stories| today| articles)?|top stories|latest (?:news|stories|headlines)|editor'?s'? picks|don'?t miss|more (?:stories|news|headlines|top stories)|what to read next|up next)\s*:\s*/iu;

/**
 * The label of a one-line numbered row of teasers: "Most read: 1. Ferry sinks off Crete 2. Rates
 * held 3. …", "Related: 1. …", "More from Europe: 1. …". The labels of TEASER_ROW_LABEL and the
 * related-stories labels: the items after it must be numbered 1, 2, 3 … in order (boilerplate.ts).
 */
export const NUMBERED_ROW_LABEL =
  /^(?:most (?:read|popular|viewed|shared|watched|commented)(?: now| today| stories| articles)?|trending(?: now| stories| news| today| topics)?|popular(?: now| stories| today| articles)?|top stories|latest (?:news|stories|headlines)|editor'?s'? picks|don'?t miss|more (?:stories|news|headlines|top stories)|what to read next|up next|related(?: stories| articles| coverage| news| content| reading)?|more (?:from|on|in) [^.:!?]{1,40}|(?:you (?:may|might) also like|recommended(?: for you| stories)?|read (?:more|next|also)|also read|see also))\s*:\s*(?=1[.)]\s)/iu;

/**
 * A share bar: "Share this article: Facebook | X | WhatsApp | Email", "Share on: Facebook,
 * Twitter, Email". A label, then nothing but the names of networks and share buttons; a sentence
 * that goes on ("Share this story on Facebook, the mayor urged") keeps its line.
 */
export const SHARE_BAR =
  /^(?:share|send)(?: (?:this|the) (?:article|story|page|post|video|report))?(?: (?:on|via|to|with))?\s*:?\s*(?:(?:facebook|x|twitter|whatsapp|e-?mail|linkedin|reddit|telegram|messenger|pinterest|bluesky|threads|sms|print|copy link|copy url)(?:\s*[|·•,/]\s*|\s+|$))+$/iu;

/**
 * A newsletter sign-up line: "Sign up for our Morning Briefing newsletter and get the top
 * stories in your inbox every day", "Subscribe to our daily digest", "Get the Evening Wrap in your
 * inbox. Sign up for our free newsletter". The line opens with the
 * imperative; a sentence that mentions a newsletter ("The council urged residents to sign up
 * for its flood alerts") does not.
 */
export const NEWSLETTER_SIGNUP =
  /^(?:(?:sign up|sign-up|signup|subscribe|register)(?: now| today| here| free)?(?: for| to)?(?: (?:our|the|a|free))? [^.!?]{0,80}?\b(?:newsletters?|briefings?|digests?|bulletins?|(?:e-?mail|news|breaking news) alerts?)\b|(?:get|receive) (?:the|our) [^.!?]{1,60}? (?:in|to|straight to) your (?:inbox|e-?mail)\b)[^!?]{0,160}$/iu;

/**
 * Wire services whose dateline carries the filing date ("PESSA, Valdoria, March 11 (Reuters) -",
 * "TOKYO, Oct. 1 (AFP) -"): src/normalize/dateline.ts `findWireDateline`.
 */
export const WIRE_DATELINE_AGENCIES: readonly string[] = [
  'Reuters', 'AP', 'AFP', 'Xinhua', 'dpa', 'UPI', 'Bloomberg', 'ANI', 'IANS', 'PTI', 'Anadolu', 'Kyodo', 'Kyodo News',
  'CNN', 'BBC', 'NHK', 'Jiji', 'Yonhap', 'TASS', 'Interfax', 'RIA Novosti', 'Sputnik', 'EFE', 'Agencia EFE', 'Europa Press',
  'ANSA', 'Notimex', 'Prensa Latina', 'KUNA', 'WAM', 'IRNA', 'Bernama', 'Antara', 'AAP', 'SAPA', 'PA Media',
];

/**
 * A cookie or privacy consent banner a scraper kept: "We value your privacy", "We and our 214
 * partners use cookies to personalise content and ads. By clicking "Accept all" you agree to the
 * storing of cookies on your device. Manage preferences | Accept all", "This site uses cookies.
 * By continuing to browse you consent to their use.", "Accept all | Reject all | Cookie settings".
 * Three shapes, each a whole line: a banner heading, a row of its buttons, or its text (the word
 * cookie, the site speaking to the reader, and a consent phrase). A story's sentence about cookies
 * ("The regulator said sites must let users reject all cookies") speaks to no reader and keeps its line.
 * Read only by src/normalize/boilerplate.ts.
 */
const CONSENT_BUTTON = String.raw`(?:(?:accept|reject|decline|refuse|allow|deny)(?: all)?(?: cookies)?|(?:manage|customi[sz]e|change|show) (?:preferences|settings|options|choices|cookies|purposes|vendors)|(?:cookie|privacy) (?:settings|preferences|policy)|more options|i (?:agree|accept)|agree(?: and (?:close|continue))?|(?:only )?(?:strictly )?(?:necessary|essential) cookies(?: only)?|got it|ok(?:ay)?)`;
export const CONSENT_HEADING =
  /^(?:we (?:value|care about|respect) your privacy|your privacy(?: (?:choices|settings|options|matters|is important to us))?|(?:privacy|cookie|consent) (?:settings|preferences|choices|notice|consent|policy)|(?:this|our) (?:site|website|page) uses cookies|we use cookies|cookies on (?:this|our) (?:site|website))\s*[.:!]?$/iu;
export const CONSENT_BUTTONS = new RegExp(String.raw`^${CONSENT_BUTTON}(?:\s*[|·•/]\s*${CONSENT_BUTTON})+\s*$`, 'iu');
/** Banner text: a cookie word, the site speaking to the reader, and a consent phrase (all three). */
export const CONSENT_TEXT = {
  cookie: /\bcookies?\b/iu,
  reader: /\b(?:you|your|we|our)\b/iu,
  consent:
    /\b(?:by (?:clicking|continuing|using|browsing|tapping|selecting|scrolling)|you (?:agree|consent|accept)|your consent|(?:accept|reject|allow|refuse) all|manage (?:preferences|settings|choices|options|cookies)|(?:cookie|privacy) (?:settings|preferences|policy))\b|^(?:we|this (?:site|website)|our (?:site|website))(?: and our (?:\d[\d,]* )?(?:partners|vendors))? uses? cookies\b/iu,
};

/**
 * The header of a reader-comment section under a scraped article: "Comments (3)", "12 comments",
 * "Reader comments", "Join the conversation", "Show comments". Only a section whose first lines
 * also hold a comment's furniture (COMMENT_FURNITURE) is cut: a header alone keeps its line.
 */
export const COMMENTS_HEADER =
  /^(?:(?:\d{1,5} )?(?:reader )?comments?(?: \(\d{1,5}\))?|(?:show|view|see|read|load) (?:all )?(?:\d{1,5} )?comments|join the (?:conversation|discussion|debate)|conversation|discussion(?: \(\d{1,5}\))?|what (?:readers|you) (?:say|think|are saying)|have your say)\s*:?$/iu;

/**
 * Lines of a comment thread's furniture: a commenter's line with the comment's age ("dana_k ·
 * 2 hours ago", "Jo M. 3h"), the buttons under a comment ("Reply · 14 Likes", "Report"), the sort
 * control and the box for a new comment. Each is a whole line.
 */
export const COMMENT_FURNITURE =
  /^(?:.{1,40}?[\s·•|-]+(?:\d{1,3} ?(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|[smhdwy]) ago|\d{1,2}[hmd]|just now|yesterday)|(?:reply|replies|like|likes|report|share|flag|upvote|downvote|\d{1,5} (?:likes?|replies|upvotes?|points?))(?:\s*[·•|]\s*(?:reply|replies|like|likes|report|share|flag|\d{1,5} (?:likes?|replies|upvotes?|points?)))*|sort by:?.{0,20}|(?:leave|add|post|write) a (?:comment|reply)|you must be (?:logged|signed) in to (?:post a )?(?:comment|reply).{0,20}|(?:log|sign) in to (?:comment|reply).{0,20}|load more comments|show more (?:comments|replies)|comments are closed\.?)\s*$/iu;

/** The word that closes a site's link card run into a scraped copy ("… launches Senate bid in Arizona MORE"): src/normalize/link-cards.ts. */
export const LINK_CARD_END = ' MORE';

/** Labels before a colon that open a headline ("In Photos: …", "The Latest: …", "WATCH: …"): no place or organisation. */
export const PAGE_LABEL_WORDS: ReadonlySet<string> = new Set([
  'photos', 'pictures', 'video', 'videos', 'watch', 'live', 'latest', 'opinion', 'analysis', 'explainer', 'updates', 'update', 'breaking',
]);
