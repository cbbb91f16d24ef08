import { createHash } from 'node:crypto';
import { CSS } from './css.js';
import { escapeHtml } from './escape.js';
import { SCRIPT } from './script.js';

/** The hash of the page's one script: the content security policy allows that script and nothing else. */
const SCRIPT_HASH = `sha256-${createHash('sha256').update(SCRIPT).digest('base64')}`;

/**
 * Nothing is loaded from anywhere (no network, no file): styles and the script are inline, and
 * the policy refuses any other script, even one that slipped through escaping.
 */
const POLICY = `default-src 'none'; style-src 'unsafe-inline'; script-src '${SCRIPT_HASH}'; img-src data:; form-action 'none'; base-uri 'none'`;

export interface PageParts {
  title: string;
  version: string;
  body: string;
}

/** A complete, self-contained HTML5 document. */
export function page(parts: PageParts): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="factlint ${escapeHtml(parts.version)}">
<title>${escapeHtml(parts.title)}</title>
<style>${CSS}</style>
</head>
<body>
<a class="skip" href="#main">Skip to the findings</a>
${parts.body}
<script>${SCRIPT}</script>
</body>
</html>
`;
}
