/**
 * The page's styles. Colours are chosen for WCAG AA contrast (4.5:1 for text) on their
 * backgrounds; the browser tests measure it. Tones: red contradiction, purple cut, amber
 * omission/stale, yellow qualifier, blue update, grey the rest.
 */
export const CSS = `
:root{--fg:#1d1d1f;--muted:#5c5c63;--line:#d0d0d6;--bg:#fff;--soft:#f3f3f6;--focus:#1a56db;
--red:#fde3e1;--red-b:#b3261e;--amber:#fff0d4;--amber-b:#8a4600;--yellow:#fff7c2;--yellow-b:#665500;
--purple:#f3e8fb;--purple-b:#6b2f91;--grey:#eeeef0;--grey-b:#4a4a50;--blue:#e3edfb;--blue-b:#1d4f91;--cell-min:8.5rem;--cell-max:13rem;--label:13rem}
*{box-sizing:border-box}
body{margin:0 auto;padding:16px 24px 64px;max-width:1680px;color:var(--fg);background:var(--bg);
font:15px/1.45 -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
a{color:#1a4fa0}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.skip{position:absolute;left:-999px;top:0}.skip:focus{left:8px;z-index:10;background:#fff;padding:4px 8px}
h1{font-size:1.35rem;margin:0}h2{font-size:1.25rem;margin:1.6rem 0 .2rem}h3{font-size:1.05rem;margin:1.2rem 0 .4rem}
h4{font-size:1rem;margin:.2rem 0}
code{font:12px/1.3 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;color:var(--muted)}
.muted{color:var(--muted)}.nowrap{white-space:nowrap}.none{color:var(--muted);font-style:italic}
header.top{display:flex;flex-wrap:wrap;align-items:baseline;gap:.2rem 1.2rem;border-bottom:3px solid var(--fg);padding-bottom:.4rem}
header.top .tool{color:var(--muted);font-size:.85rem}
.crumbs{margin:0 0 .2rem;font-size:.9rem}
.count{margin-right:.8rem;white-space:nowrap}.count b{font-size:1.15rem}
.count.sev-error b{color:var(--red-b)}.count.sev-warning b{color:var(--amber-b)}.count.sev-info b{color:var(--grey-b)}
section.set>h2{border-top:2px solid var(--line);padding-top:.6rem}
section.set:first-of-type>h2{border-top:0;margin-top:.6rem;padding-top:0}
.set-meta{margin:.1rem 0 .3rem;font-size:.92rem}
.hint{font-size:.88rem;margin:.2rem 0 .5rem}
.legend{display:flex;align-items:baseline;gap:.5rem;font-size:.8rem;margin:.1rem 0 .5rem}
.legend ul{display:flex;flex-wrap:wrap;align-items:baseline;gap:.2rem .6rem;list-style:none;margin:0;padding:0}
.legend .badge{cursor:help}
.badge{display:inline-block;padding:0 6px;border-radius:4px;font-size:.75rem;font-weight:600;line-height:1.6;text-decoration:none;border:1px solid;white-space:nowrap}
.tone-red{background:var(--red)}.badge.tone-red{color:var(--red-b);border-color:var(--red-b)}
.tone-amber{background:var(--amber)}.badge.tone-amber{color:var(--amber-b);border-color:var(--amber-b)}
.tone-yellow{background:var(--yellow)}.badge.tone-yellow{color:var(--yellow-b);border-color:var(--yellow-b)}
.tone-purple{background:var(--purple)}.badge.tone-purple{color:var(--purple-b);border-color:var(--purple-b)}
.tone-grey{background:var(--grey)}.badge.tone-grey{color:var(--grey-b);border-color:var(--grey-b)}
.tone-blue{background:var(--blue)}.badge.tone-blue{color:var(--blue-b);border-color:var(--blue-b)}
.cards{display:flex;flex-direction:column;gap:.5rem}
article.card{border:1px solid var(--line);border-left:5px solid var(--grey-b);border-radius:4px;padding:.4rem .7rem;break-inside:avoid;background:#fff}
article.card.sev-error{border-left-color:var(--red-b)}article.card.sev-warning{border-left-color:var(--amber-b)}
article.card:target{outline:3px solid var(--focus)}
article.card p{margin:.1rem 0}
.head{display:flex;flex-wrap:wrap;align-items:baseline;gap:.1rem .5rem}
.sev{text-transform:uppercase;font-size:.72rem;font-weight:700;letter-spacing:.04em;color:var(--grey-b)}
.sev-error .sev{color:var(--red-b)}.sev-warning .sev{color:var(--amber-b)}
.subject{font-size:1rem}.where{font-size:.85rem}.rule{margin-left:auto}
.vchip{font:12px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:var(--soft);border:1px solid var(--line);border-radius:3px;padding:0 4px;white-space:nowrap}
.message{font-size:.92rem}.ae{font-size:.85rem;color:var(--muted)}
.pair{display:grid;grid-template-columns:1fr 1fr;gap:.6rem;margin:.35rem 0 .1rem}
.pair.single{grid-template-columns:1fr}
figure.side{margin:0;border:1px solid var(--line);border-radius:4px;padding:.3rem .5rem;background:#fbfbfc;min-width:0}
figure.side.own{border-color:#8f8f96}
figure.side figcaption{font-size:.8rem;color:var(--muted);margin-bottom:.15rem}
figure.side blockquote{margin:0;font-size:.9rem;overflow-wrap:anywhere}
ins{text-decoration:none;background:#ffd7d3;color:#6e1410;border-radius:2px;padding:0 1px;box-shadow:inset 0 -2px #b3261e}
del{text-decoration:none;background:#fff0d4;color:#5e3000;border-radius:2px;padding:0 1px;box-shadow:inset 0 -2px #8a4600}
mark.cut{background:#eedcfa;color:#4a1a6b;border-radius:2px;padding:0 2px;font-weight:600}
.ev-value{font-size:.8rem;background:var(--soft);border:1px solid var(--line);border-radius:3px;padding:0 4px;color:var(--fg)}
.loc{font:12px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;color:var(--muted);margin-right:.3em}
details.quotes{font-size:.85rem;margin-top:.2rem}details.quotes summary{cursor:pointer;color:var(--muted)}
ul.evidence{list-style:none;margin:.3rem 0 0;padding:0}ul.evidence li{margin:.3rem 0}
ul.evidence blockquote{margin:.1rem 0 0;padding:.1rem .6rem;border-left:3px solid var(--line)}
ul.evidence li.own blockquote{border-left-color:var(--fg)}
details.infos{margin:.6rem 0}details.infos>summary{cursor:pointer;font-weight:600;padding:.3rem 0}
form.filters{display:flex;flex-wrap:wrap;gap:.4rem 1rem;align-items:center;background:var(--soft);border:1px solid var(--line);border-radius:4px;padding:.4rem .6rem;margin:.3rem 0;font-size:.88rem}
form.filters select,form.filters input[type=search]{font:inherit;padding:2px 4px;border:1px solid #8f8f96;border-radius:3px;background:#fff;color:var(--fg)}
form.filters input[type=search]{width:14rem}
.grid-scroll{overflow:auto;max-height:78vh;border:1px solid var(--line);scroll-padding:5.5rem 0 0 calc(var(--label) + 1rem);background:#fff}
table{border-collapse:collapse}
table.grid{border-collapse:separate;border-spacing:0;width:max-content;min-width:100%;font-size:.88rem}
table.grid th,table.grid td{border-right:1px solid var(--line);border-bottom:1px solid var(--line);padding:5px 7px;text-align:left;vertical-align:top}
table.grid thead th{position:sticky;top:0;z-index:2;background:#ececf1;font-weight:600}
table.grid thead th.corner{left:0;z-index:3}
table.grid tbody th.label{position:sticky;left:0;z-index:1;background:#f7f7f9;font-weight:600}
table.grid th:focus,table.grid td:focus{outline:3px solid var(--focus);outline-offset:-3px}
.lv{width:var(--label);overflow-wrap:anywhere}
.hv{min-width:var(--cell-min);max-width:12rem;display:flex;flex-direction:column;align-items:flex-start;font-weight:400;overflow-wrap:anywhere}
.hv .rank{font-size:.75rem;color:var(--muted)}.sid{font:600 13px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
.vdate{font-size:.8rem}.vrole-tag{font-size:.75rem;background:var(--blue);color:var(--blue-b);border-radius:8px;padding:0 6px;margin:.1rem 0}
.row-count{font-size:.75rem;font-weight:600;white-space:nowrap}.row-count.sev-error{color:var(--red-b)}.row-count.sev-warning{color:var(--amber-b)}.row-count.sev-info{color:var(--grey-b)}
td.cell{cursor:pointer}
td.marked{box-shadow:inset 4px 0 0 var(--grey-b)}
td.marked.tone-red{box-shadow:inset 4px 0 0 var(--red-b)}td.marked.tone-amber{box-shadow:inset 4px 0 0 var(--amber-b)}
td.marked.tone-yellow{box-shadow:inset 4px 0 0 var(--yellow-b)}td.marked.tone-purple{box-shadow:inset 4px 0 0 var(--purple-b)}td.marked.tone-blue{box-shadow:inset 4px 0 0 var(--blue-b)}
.cv{min-width:var(--cell-min);max-width:var(--cell-max);overflow-wrap:anywhere}
ul.vals{list-style:none;margin:0;padding:0}
ul.vals.list{display:flex;flex-wrap:wrap;gap:0 .3em}
ul.vals.list li:not(:last-child)::after{content:","}
ul.vals:not(.list) li{font-weight:600}
.val.headline{font-weight:700}
.val.dim{font-weight:400;color:var(--muted)}
.val.uncertain{text-decoration:underline dotted}
.vrole{font-size:.72rem;font-weight:400;color:var(--muted);font-style:italic}
.times{font-weight:400;color:var(--muted);font-size:.8rem}
.more{font-size:.78rem;color:var(--muted)}
.empty{color:var(--muted)}
ul.flags{list-style:none;margin:.25rem 0 0;padding:0;font-size:.78rem}ul.flags li{margin:.1rem 0}
.subjects{color:#3a3a3f}
.ev{display:none}
ul.occ{margin:.2rem 0 .4rem;padding-left:1.1em;font-size:.9rem}ul.occ li{margin:.2rem 0}
q{quotes:"\\201C" "\\201D"}
.grid-note{font-size:.85rem;margin:.2rem 0}
section.inspector{border:2px solid var(--focus);border-radius:4px;padding:.4rem .8rem;margin:.4rem 0;background:#fff;max-width:60rem}
section.inspector .close{float:right;font:inherit;font-size:.85rem}
section.inspector .ev{display:block}
.table-scroll{overflow-x:auto}
table.versions,table.index{font-size:.88rem;width:100%}
table.versions th,table.versions td,table.index th,table.index td{border:1px solid var(--line);padding:4px 7px;text-align:left;vertical-align:top}
table.versions thead th,table.index thead th{background:var(--soft)}
table.index td.num,table.index th.num{text-align:right}
table.index caption{text-align:left;caption-side:top;font-size:.85rem;padding:.2rem 0}
.vid{font:12px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;color:var(--muted);word-break:break-all}
.path{overflow-wrap:anywhere;min-width:12em}
.notices{margin:0;padding-left:1.1em}.notice-type{font-weight:600}
.status{font-weight:700;font-size:.8rem;white-space:nowrap}.status.sev-error{color:var(--red-b)}.status.sev-warning{color:var(--amber-b)}.status.sev-info,.status.ok{color:var(--grey-b)}
@media (max-width:800px){.pair{grid-template-columns:1fr}}
@media print{
body{padding:0;font-size:11px;max-width:none}
.skip,form.filters,section.inspector,.grid-note,.hint{display:none}
.grid-scroll{overflow:visible;max-height:none;border:0}
table.grid thead th,table.grid tbody th.label{position:static}
table.grid{width:100%}
.cv{max-width:none}
.ev{display:block;font-size:.85em}
details::details-content{content-visibility:visible;display:block;height:auto}
details>summary{list-style:none}
section.set{break-before:page}section.set:first-of-type{break-before:auto}
tr,article.card{break-inside:avoid}
a{color:inherit;text-decoration:none}
*{print-color-adjust:exact;-webkit-print-color-adjust:exact}
}
`;
