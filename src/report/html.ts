/** The HTML reporter lives in ./html/ (one small module per part of the page). */
export { escapeHtml, formatHtml, formatHtmlSite, htmlReporter, markCuts, pageNames, type HtmlFile } from './html/index.js';
