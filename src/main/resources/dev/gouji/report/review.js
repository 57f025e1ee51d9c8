// Renders review.html from the JSON blob: filters, search, counts and 200-row pages.
(function () {
  'use strict';
  var PAGE = 200;
  var data = JSON.parse(document.getElementById('gouji-data').textContent);
  var docs = data.docs;       // [path, department, year, kind, status, failed, error code, error message, errors, warnings, infos,
                              //  parts not read fully: [[code, message, block], ...]]
  var findings = data.findings; // [document, rule, severity, message, expected, actual, difference, figures]
  var SEV = GOUJI_WORDS.severity;
  var FAM = GOUJI_WORDS.families;
  var $ = function (id) { return document.getElementById(id); };
  var state = { severity: '', family: '', dept: '', year: '', q: '', doc: -1, docPage: 0, findPage: 0 };
  var docText = null, findText = null, shownDocs = [], shownFindings = [];

  function esc(s) {
    return s == null ? '' : String(s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }
  function family(rule) { var i = rule ? rule.indexOf('/') : -1; return i < 0 ? (rule || '') : rule.slice(0, i); }
  function lower(s) { return s == null ? '' : String(s).toLowerCase(); }

  // search text, built on the first search only
  function buildText() {
    docText = docs.map(function (d) {
      var parts = [d[0], d[1], d[2], d[3], d[4], d[6], d[7]];
      d[11].forEach(function (w) { parts.push(w[0], w[1]); });
      return lower(parts.join('\n'));
    });
    findText = findings.map(function (f) {
      var parts = [f[1], SEV[f[2]] || f[2], f[3], f[4], f[5], f[6]];
      f[7].forEach(function (x) { parts.push(x[0], x[1], x[2], x[3], x[4]); });
      return lower(parts.join('\n'));
    });
  }

  function docPasses(i) {
    var d = docs[i];
    return (!state.dept || d[1] === state.dept) && (!state.year || String(d[2]) === state.year);
  }

  function apply() {
    var q = state.q.trim().toLowerCase();
    if (q && !findText) { buildText(); }
    var byFilters = state.severity || state.family;
    var docHasMatch = new Uint8Array(docs.length);
    shownFindings = [];
    var errors = 0, warnings = 0;
    for (var k = 0; k < findings.length; k++) {
      var f = findings[k], di = f[0];
      if (state.doc >= 0 && di !== state.doc) { continue; }
      if (state.severity && f[2] !== state.severity) { continue; }
      if (state.family && family(f[1]) !== state.family) { continue; }
      if (!docPasses(di)) { continue; }
      if (q && findText[k].indexOf(q) < 0 && docText[di].indexOf(q) < 0) { continue; }
      shownFindings.push(k);
      docHasMatch[di] = 1;
      if (f[2] === 'error') { errors++; } else if (f[2] === 'warning') { warnings++; }
    }
    shownDocs = [];
    for (var i = 0; i < docs.length; i++) {
      if (!docPasses(i)) { continue; }
      if (byFilters && !docHasMatch[i]) { continue; }
      if (q && !docHasMatch[i] && docText[i].indexOf(q) < 0) { continue; }
      shownDocs.push(i);
    }
    $('summary').textContent = '显示 ' + shownDocs.length + ' / ' + docs.length + ' 份文档，' + shownFindings.length
      + ' / ' + findings.length + ' 条问题（错误 ' + errors + ' 条，警告 ' + warnings + ' 条）';
    $('count-docs').textContent = shownDocs.length + ' 份';
    $('count-findings').textContent = shownFindings.length + ' 条';
    var only = $('only-doc');
    if (state.doc >= 0) {
      only.hidden = false;
      only.innerHTML = '仅显示 <b>' + esc(docs[state.doc][0]) + '</b> 的问题 <button type="button" id="only-doc-clear">显示全部</button>';
    } else {
      only.hidden = true;
      only.innerHTML = '';
    }
    renderDocs();
    renderFindings();
  }

  function pager(id, page, total, onPage) {
    var pages = Math.max(1, Math.ceil(total / PAGE));
    var el = $(id);
    if (total <= PAGE) { el.innerHTML = ''; return; }
    el.innerHTML = '<button type="button" data-go="-1"' + (page <= 0 ? ' disabled' : '') + '>上一页</button>'
      + '<span>第 ' + (page + 1) + ' / ' + pages + ' 页（每页 ' + PAGE + ' 条）</span>'
      + '<button type="button" data-go="1"' + (page >= pages - 1 ? ' disabled' : '') + '>下一页</button>';
    el.onclick = function (ev) {
      var go = ev.target.getAttribute('data-go');
      if (go) { onPage(Math.min(pages - 1, Math.max(0, page + Number(go)))); }
    };
  }

  function renderDocs() {
    var pages = Math.max(1, Math.ceil(shownDocs.length / PAGE));
    if (state.docPage >= pages) { state.docPage = pages - 1; }
    var from = state.docPage * PAGE, to = Math.min(shownDocs.length, from + PAGE), html = [];
    for (var n = from; n < to; n++) {
      var i = shownDocs[n], d = docs[i];
      html.push('<tr class="doc' + (d[5] ? ' failed' : '') + '" data-doc="' + i + '">'
        + '<td class="path"><a href="#findings-section" data-doc="' + i + '" title="只看这份文档的问题">' + esc(d[0]) + '</a></td>'
        + '<td>' + esc(d[1]) + '</td><td class="num">' + esc(d[2]) + '</td><td>' + esc(d[3]) + '</td>'
        + '<td' + (d[5] ? ' class="status-failed"' : '') + '>' + esc(d[4])
        + (d[6] ? '<span class="errmsg">[' + esc(d[6]) + '] ' + esc(d[7]) + '</span>' : '') + '</td>'
        + '<td class="num">' + d[8] + '</td><td class="num">' + d[9] + '</td>'
        + '<td class="partial">' + partial(d[11]) + '</td></tr>');
    }
    $('docs').tBodies[0].innerHTML = html.length ? html.join('') : '<tr><td colspan="8" class="empty">没有符合条件的文档</td></tr>';
    pager('docs-pager', state.docPage, shownDocs.length, function (p) { state.docPage = p; renderDocs(); });
  }

  // what the reader could not read fully: one line each, with the block it stands before
  function partial(warnings) {
    if (!warnings.length) { return ''; }
    return '<ul>' + warnings.map(function (w) {
      return '<li class="readwarn" data-code="' + esc(w[0]) + '"><code>' + esc(w[0]) + '</code> ' + esc(w[1])
        + (w[2] ? ' <code class="blk" title="位置">' + esc(w[2]) + '</code>' : '') + '</li>';
    }).join('') + '</ul>';
  }

  function snippet(x) {
    var s = x[4] || '', a = x[5], b = x[6];
    if (a < 0 || b <= a || b > s.length) { return esc(s); }
    return esc(s.slice(0, a)) + '<mark>' + esc(s.slice(a, b)) + '</mark>' + esc(s.slice(b));
  }

  function renderFindings() {
    var pages = Math.max(1, Math.ceil(shownFindings.length / PAGE));
    if (state.findPage >= pages) { state.findPage = pages - 1; }
    var from = state.findPage * PAGE, to = Math.min(shownFindings.length, from + PAGE), html = [];
    for (var n = from; n < to; n++) {
      var k = shownFindings[n], f = findings[k], d = docs[f[0]];
      var figs = f[7].map(function (x) {
        return '<div class="fig"><span class="lbl">' + esc(x[0]) + '</span> <span class="val">' + esc(x[1]) + esc(x[2] || '')
          + '</span>' + (x[3] ? '<code class="blk" title="证据位置">' + esc(x[3]) + '</code>' : '')
          + (x[4] ? '<span class="snip">' + snippet(x) + '</span>' : '') + '</div>';
      }).join('');
      var fam = family(f[1]);
      html.push('<tr class="finding" data-severity="' + esc(f[2]) + '" data-rule="' + esc(f[1]) + '">'
        + '<td class="path">' + esc(d[0]) + '</td>'
        + '<td><span class="rule" title="' + esc(FAM[fam] || '') + '">' + esc(f[1]) + '</span></td>'
        + '<td><span class="sev sev-' + esc(f[2]) + '">' + esc(SEV[f[2]] || f[2]) + '</span></td>'
        + '<td class="msg">' + esc(f[3]) + '</td><td class="figs">' + figs + '</td>'
        + '<td class="num">' + esc(f[4]) + '</td><td class="num">' + esc(f[5]) + '</td><td class="num">' + esc(f[6]) + '</td></tr>');
    }
    $('findings').tBodies[0].innerHTML = html.length ? html.join('') : '<tr><td colspan="8" class="empty">没有符合条件的问题</td></tr>';
    pager('findings-pager', state.findPage, shownFindings.length, function (p) {
      state.findPage = p; renderFindings(); $('findings-section').scrollIntoView();
    });
  }

  function changed() { state.docPage = 0; state.findPage = 0; apply(); }
  [['f-severity', 'severity'], ['f-family', 'family'], ['f-dept', 'dept'], ['f-year', 'year']].forEach(function (p) {
    $(p[0]).addEventListener('change', function (ev) { state[p[1]] = ev.target.value; changed(); });
  });
  var timer = null;
  $('f-search').addEventListener('input', function (ev) {
    clearTimeout(timer);
    timer = setTimeout(function () { state.q = ev.target.value; changed(); }, 150);
  });
  $('f-reset').addEventListener('click', function () {
    ['f-severity', 'f-family', 'f-dept', 'f-year', 'f-search'].forEach(function (id) { $(id).value = ''; });
    state.severity = state.family = state.dept = state.year = state.q = '';
    state.doc = -1;
    changed();
  });
  $('docs').addEventListener('click', function (ev) {
    var a = ev.target.closest('a[data-doc]');
    if (a) { state.doc = Number(a.getAttribute('data-doc')); state.findPage = 0; apply(); }
  });
  $('only-doc').addEventListener('click', function (ev) {
    if (ev.target.id === 'only-doc-clear') { state.doc = -1; state.findPage = 0; apply(); }
  });
  apply();
  window.goujiRendered = performance.now();
})();
