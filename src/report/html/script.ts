/**
 * The page's one script (allowed by hash in the page's security policy). It reads the page,
 * never builds markup from strings: filters hide rows and cards, arrow keys move a single
 * tab stop through the grid, Enter or a click copies a cell's evidence into the inspector,
 * and printing opens every folded section.
 */
export const SCRIPT = `(function () {
  'use strict';
  var texts = new WeakMap();
  function text(el) {
    var t = texts.get(el);
    if (t === undefined) { t = el.textContent.toLowerCase(); texts.set(el, t); }
    return t;
  }
  function has(list, word) { return (' ' + (list || '') + ' ').indexOf(' ' + word + ' ') >= 0; }

  function applySet(form) {
    var sid = form.getAttribute('data-set');
    var section = document.getElementById(sid);
    var table = document.getElementById(sid + '-grid');
    var sev = form.elements.sev.value, type = form.elements.type.value, rule = form.elements.rule.value;
    var q = form.elements.q.value.trim().toLowerCase();
    var flagged = form.elements.flagged.checked, empty = form.elements.empty.checked;
    var rows = table ? table.tBodies[0].rows : [];
    var shownRows = 0, hiddenEmpty = 0;
    for (var i = 0; i < rows.length; i++) {
      var tr = rows[i];
      var ok = (!sev || has(tr.getAttribute('data-sev'), sev)) && (!type || has(tr.getAttribute('data-types'), type)) &&
        (!rule || has(tr.getAttribute('data-rules'), rule)) && (!flagged || tr.getAttribute('data-sev') !== '') &&
        (!q || text(tr).indexOf(q) >= 0);
      if (ok && !empty && tr.classList.contains('empty-row')) { ok = false; hiddenEmpty++; }
      tr.hidden = !ok;
      if (ok) shownRows++;
    }
    var cards = section.querySelectorAll('.card'), shownCards = 0, shownInfos = 0;
    for (var j = 0; j < cards.length; j++) {
      var c = cards[j];
      var show = (!sev || c.getAttribute('data-sev') === sev) && (!type || c.getAttribute('data-type') === type) &&
        (!rule || c.getAttribute('data-rule') === rule) && (!q || text(c).indexOf(q) >= 0);
      c.hidden = !show;
      if (show) { shownCards++; if (c.getAttribute('data-sev') === 'info') shownInfos++; }
    }
    var infos = section.querySelector('details.infos');
    var narrowed = sev || type || rule || q;
    if (infos && narrowed && shownInfos > 0) infos.open = true;
    var note = document.getElementById(sid + '-note');
    if (note) {
      note.textContent = 'Showing ' + shownRows + ' of ' + rows.length + ' claims' +
        (hiddenEmpty > 0 ? ' (' + hiddenEmpty + ' empty hidden)' : '') + '; ' + shownCards + ' of ' + cards.length + ' findings.';
    }
    var current = table && table.querySelector('[tabindex="0"]');
    if (table && (!current || current.closest('tr').hidden)) resetFocus(table);
  }

  function applyIndex(form) {
    var q = form.elements.q.value.trim().toLowerCase(), flagged = form.elements.flagged.checked;
    var rows = document.getElementById('set-index').tBodies[0].rows;
    for (var i = 0; i < rows.length; i++) {
      var sev = rows[i].getAttribute('data-sev');
      rows[i].hidden = !((!q || text(rows[i]).indexOf(q) >= 0) && (!flagged || sev === 'error' || sev === 'warning'));
    }
  }

  function onFilter(e) {
    var form = e.target.form;
    if (!form) return;
    if (form.classList.contains('index-filter')) applyIndex(form);
    else if (form.hasAttribute('data-set')) applySet(form);
  }

  function visibleRows(table) {
    var out = [];
    for (var i = 0; i < table.rows.length; i++) if (!table.rows[i].hidden) out.push(table.rows[i]);
    return out;
  }
  function resetFocus(table) {
    var rows = visibleRows(table);
    var first = rows[1] ? rows[1].cells[1] : rows[0] && rows[0].cells[0];
    if (first) moveTabStop(first);
  }
  function moveTabStop(cell) {
    var table = cell.closest('table');
    var old = table.querySelectorAll('[tabindex="0"]');
    for (var i = 0; i < old.length; i++) old[i].tabIndex = -1;
    cell.tabIndex = 0;
  }
  function focusCell(cell) { moveTabStop(cell); cell.focus(); }

  function inspect(cell) {
    var section = cell.closest('section.set');
    var panel = document.getElementById(section.id + '-inspector');
    var table = cell.closest('table');
    var head = table.tHead.rows[0].cells[cell.cellIndex];
    var row = cell.parentElement;
    while (panel.firstChild) panel.removeChild(panel.firstChild);
    var h = document.createElement('h4');
    h.textContent = row.querySelector('.claim-label').textContent + ' \\u2014 ' + head.querySelector('.sid').textContent;
    var where = document.createElement('p');
    where.className = 'muted';
    where.textContent = head.title + ' \\u00b7 ' + head.querySelector('.vdate').textContent;
    var close = document.createElement('button');
    close.type = 'button';
    close.className = 'close';
    close.textContent = 'Close';
    close.addEventListener('click', function () { panel.hidden = true; focusCell(cell); });
    panel.appendChild(close);
    panel.appendChild(h);
    panel.appendChild(where);
    var ev = cell.querySelector('.ev');
    if (ev) panel.appendChild(ev.cloneNode(true));
    else { var none = document.createElement('p'); none.textContent = 'No value for this claim in this version.'; panel.appendChild(none); }
    var flags = cell.querySelector('.flags');
    if (flags) {
      var copy = flags.cloneNode(true);
      var links = copy.querySelectorAll('a');
      for (var i = 0; i < links.length; i++) links[i].removeAttribute('tabindex');
      panel.appendChild(copy);
    }
    panel.hidden = false;
    var box = panel.getBoundingClientRect();
    if (box.bottom > window.innerHeight) panel.scrollIntoView({ block: 'nearest' });
  }

  function onKey(e) {
    var cell = e.target.closest && e.target.closest('table.grid th, table.grid td');
    if (!cell) {
      if (e.key === 'Escape') { var p = e.target.closest && e.target.closest('.inspector'); if (p) p.hidden = true; }
      return;
    }
    var table = cell.closest('table'), rows = visibleRows(table);
    var r = rows.indexOf(cell.parentElement), c = cell.cellIndex, last = rows[r].cells.length - 1, next = null;
    switch (e.key) {
      case 'ArrowRight': next = rows[r].cells[Math.min(c + 1, last)]; break;
      case 'ArrowLeft': next = rows[r].cells[Math.max(c - 1, 0)]; break;
      case 'ArrowDown': next = rows[Math.min(r + 1, rows.length - 1)].cells[c]; break;
      case 'ArrowUp': next = rows[Math.max(r - 1, 0)].cells[c]; break;
      case 'PageDown': next = rows[Math.min(r + 10, rows.length - 1)].cells[c]; break;
      case 'PageUp': next = rows[Math.max(r - 10, 0)].cells[c]; break;
      case 'Home': next = e.ctrlKey ? rows[0].cells[0] : rows[r].cells[0]; break;
      case 'End': next = e.ctrlKey ? rows[rows.length - 1].cells[last] : rows[r].cells[last]; break;
      case 'Enter': case ' ':
        if (cell.classList.contains('cell')) { e.preventDefault(); inspect(cell); }
        return;
      case 'Escape': {
        var panel = document.getElementById(cell.closest('section.set').id + '-inspector');
        if (panel) panel.hidden = true;
        return;
      }
      default: return;
    }
    if (next) { e.preventDefault(); focusCell(next); }
  }

  function onClick(e) {
    var link = e.target.closest && e.target.closest('a[href^="#"]');
    if (link) { openTo(document.getElementById(link.getAttribute('href').slice(1))); return; }
    var cell = e.target.closest && e.target.closest('table.grid td.cell');
    if (cell) { focusCell(cell); inspect(cell); }
  }
  function openTo(target) {
    for (var d = target && target.parentElement; d; d = d.parentElement) if (d.tagName === 'DETAILS') d.open = true;
    if (target) { target.hidden = false; }
  }

  document.addEventListener('input', onFilter);
  document.addEventListener('change', onFilter);
  document.addEventListener('keydown', onKey);
  document.addEventListener('click', onClick);
  var forms = document.querySelectorAll('form.filters');
  for (var i = 0; i < forms.length; i++) forms[i].addEventListener('submit', function (e) { e.preventDefault(); });
  var grids = document.querySelectorAll('table.grid');
  for (var g = 0; g < grids.length; g++) resetFocus(grids[g]);
  if (location.hash) openTo(document.getElementById(location.hash.slice(1)));
  var closed = [];
  addEventListener('beforeprint', function () {
    var all = document.querySelectorAll('details');
    for (var k = 0; k < all.length; k++) if (!all[k].open) { closed.push(all[k]); all[k].open = true; }
  });
  addEventListener('afterprint', function () { while (closed.length) closed.pop().open = false; });
})();
`;
