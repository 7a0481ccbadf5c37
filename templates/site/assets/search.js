// Offline search over the index the build writes to search-index.js. The
// index is a script assigning a global, loaded on first use, because
// browsers refuse fetch() from file://. Results are built with DOM
// methods and textContent only, so no indexed text can become markup.
(function () {
  'use strict';

  var doc = document;
  var root = doc.documentElement.getAttribute('data-root') || '';
  var KINDS = {
    module: 'Module', subprocess: 'Process map', task: 'Task', role: 'Role',
    system: 'System', kpi: 'KPI', guide: 'Guide'
  };
  var PLURAL = {
    module: 'Modules', subprocess: 'Process maps', task: 'Tasks', role: 'Roles',
    system: 'Systems', kpi: 'KPIs', guide: 'Guides'
  };
  var BOOST = { module: 5, subprocess: 4, role: 2, system: 2, kpi: 2, guide: 1, task: 0 };
  var index = null;
  var waiting = [];

  // fold lower-cases, drops accents and turns punctuation into spaces, so
  // "Sign-off" matches "sign off" and "résumé" matches "resume".
  function fold(s) {
    s = String(s || '').toLowerCase();
    if (s.normalize) {
      s = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    }
    return ' ' + s.replace(/[^0-9a-z\u00c0-\uffff]+/g, ' ').trim() + ' ';
  }

  function prepare(items) {
    return (items || []).map(function (it) {
      return { item: it, t: fold(it.t), c: fold(it.c), x: fold(it.x) };
    });
  }

  // load injects the index script once and calls back when it is there.
  function load(done) {
    if (index) {
      done();
      return;
    }
    waiting.push(done);
    if (waiting.length > 1) {
      return;
    }
    var finish = function () {
      index = prepare(window.BLUEPRINT_SEARCH);
      var cbs = waiting;
      waiting = [];
      cbs.forEach(function (cb) { cb(); });
    };
    if (window.BLUEPRINT_SEARCH) {
      finish();
      return;
    }
    var s = doc.createElement('script');
    s.src = root + 'search-index.js';
    s.onload = finish;
    s.onerror = function () {
      index = [];
      finish();
    };
    doc.head.appendChild(s);
  }

  // termScore weighs where a term matches: in the title most, at the
  // start of a word more than inside one, then in the context (a task in a
  // process map named for the term), then in the text, a little more for
  // each mention. Zero means no match.
  function termScore(e, term) {
    var w = ' ' + term;
    var s = 0;
    if (e.t.indexOf(w) >= 0) {
      s += 10 + 4 * term.length / e.t.length;
    } else if (e.t.indexOf(term) >= 0) {
      s += 6;
    }
    if (e.c.indexOf(w) >= 0) {
      s += 2;
    } else if (e.c.indexOf(term) >= 0) {
      s += 1;
    }
    var mentions = e.x.split(w).length - 1;
    if (mentions > 0) {
      s += 1 + Math.min(mentions, 3) * 0.5;
    } else if (e.x.indexOf(term) >= 0) {
      s += 0.5;
    }
    return s;
  }

  // search returns the entries matching every word of q, best first.
  function search(q) {
    var terms = fold(q).trim().split(' ').filter(Boolean);
    if (!terms.length || !index) {
      return [];
    }
    var out = [];
    index.forEach(function (e, i) {
      var total = 0;
      for (var j = 0; j < terms.length; j++) {
        var s = termScore(e, terms[j]);
        if (!s) {
          return;
        }
        total += s;
      }
      total += BOOST[e.item.k] || 0;
      if (e.item.p) {
        total -= 6;
      }
      out.push({ e: e, score: total, order: i });
    });
    out.sort(function (a, b) { return b.score - a.score || a.order - b.order; });
    return out.map(function (r) { return r.e.item; });
  }

  // highlight appends text to el with the first match of each term marked.
  function highlight(el, text, q) {
    var terms = String(q).toLowerCase().split(/\s+/).filter(Boolean);
    var lower = text.toLowerCase();
    var marks = [];
    terms.forEach(function (t) {
      var at = lower.indexOf(t);
      if (at >= 0) {
        marks.push([at, at + t.length]);
      }
    });
    marks.sort(function (a, b) { return a[0] - b[0]; });
    var pos = 0;
    marks.forEach(function (m) {
      if (m[0] < pos) {
        return;
      }
      el.appendChild(doc.createTextNode(text.slice(pos, m[0])));
      var mark = doc.createElement('mark');
      mark.textContent = text.slice(m[0], m[1]);
      el.appendChild(mark);
      pos = m[1];
    });
    el.appendChild(doc.createTextNode(text.slice(pos)));
  }

  function resultItem(item, q) {
    var li = doc.createElement('li');
    li.className = 'result result-' + item.k + (item.p ? ' planned' : '');
    var a = doc.createElement('a');
    a.setAttribute('href', root + item.u);
    var kind = doc.createElement('span');
    kind.className = 'result-kind';
    kind.textContent = item.p ? 'Planned' : (KINDS[item.k] || item.k);
    var title = doc.createElement('span');
    title.className = 'result-title';
    highlight(title, item.t, q);
    a.appendChild(kind);
    a.appendChild(title);
    if (item.c) {
      var ctx = doc.createElement('span');
      ctx.className = 'result-context';
      ctx.textContent = item.c;
      a.appendChild(ctx);
    }
    li.appendChild(a);
    return li;
  }

  function plural(n, word) {
    return n + ' ' + word + (n === 1 ? '' : 's');
  }

  // moveFocus steps through the result links with the arrow keys.
  function moveFocus(list, input, ev) {
    if (ev.key !== 'ArrowDown' && ev.key !== 'ArrowUp') {
      return;
    }
    var links = Array.prototype.slice.call(list.querySelectorAll('a'));
    if (!links.length) {
      return;
    }
    ev.preventDefault();
    var at = links.indexOf(doc.activeElement);
    var next = ev.key === 'ArrowDown' ? at + 1 : at - 1;
    if (next < 0) {
      input.focus();
    } else {
      links[Math.min(next, links.length - 1)].focus();
    }
  }

  // ---- the search box in the header ----------------------------------

  function initHeader() {
    var form = doc.querySelector('.site-search');
    var input = doc.getElementById('bp-q');
    if (!form || !input) {
      return;
    }
    var popup = doc.getElementById('bp-search-popup');
    var status = popup.querySelector('.search-status');
    var list = popup.querySelector('.search-results');
    var max = 10;

    var render = function () {
      var q = input.value.trim();
      list.textContent = '';
      if (!q) {
        popup.hidden = true;
        status.textContent = '';
        return;
      }
      var found = search(q);
      found.slice(0, max).forEach(function (item) { list.appendChild(resultItem(item, q)); });
      status.textContent = found.length ? plural(found.length, 'result') : 'No results for “' + q + '”';
      if (found.length > max) {
        var li = doc.createElement('li');
        li.className = 'result-all';
        var a = doc.createElement('a');
        a.setAttribute('href', root + 'search.html?q=' + encodeURIComponent(q));
        a.textContent = 'See all ' + found.length + ' results';
        li.appendChild(a);
        list.appendChild(li);
      }
      popup.hidden = false;
    };

    input.addEventListener('focus', function () { load(function () {}); });
    input.addEventListener('input', function () { load(render); });
    form.addEventListener('keydown', function (ev) {
      if (ev.key === 'Escape') {
        popup.hidden = true;
        input.focus();
        return;
      }
      moveFocus(list, input, ev);
    });
    doc.addEventListener('click', function (ev) {
      if (!form.contains(ev.target)) {
        popup.hidden = true;
      }
    });
    doc.addEventListener('keydown', function (ev) {
      var t = ev.target;
      var typing = t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
      if (ev.key === '/' && !typing && !ev.ctrlKey && !ev.metaKey && !ev.altKey) {
        ev.preventDefault();
        input.focus();
        input.select();
      }
    });
  }

  // ---- the search page -----------------------------------------------

  function initPage() {
    var page = doc.getElementById('bp-search-page');
    if (!page) {
      return;
    }
    var input = doc.getElementById('bp-search-field');
    var status = page.querySelector('.search-page-status');
    var list = page.querySelector('.search-page-results');
    var filters = page.querySelector('.search-filters');
    var kind = '';
    var params = new URLSearchParams(window.location.search);
    input.value = params.get('q') || '';

    var filterButtons = function (found) {
      var counts = {};
      found.forEach(function (it) { counts[it.k] = (counts[it.k] || 0) + 1; });
      filters.textContent = '';
      var add = function (k, label, n) {
        var b = doc.createElement('button');
        b.type = 'button';
        b.className = 'filter';
        b.setAttribute('aria-pressed', kind === k ? 'true' : 'false');
        b.textContent = label + ' ' + n;
        b.addEventListener('click', function () {
          kind = k;
          render();
        });
        filters.appendChild(b);
      };
      if (!found.length) {
        return;
      }
      add('', 'All', found.length);
      Object.keys(KINDS).forEach(function (k) {
        if (counts[k]) {
          add(k, PLURAL[k], counts[k]);
        }
      });
    };

    var render = function () {
      var q = input.value.trim();
      var found = search(q);
      if (kind && !found.some(function (it) { return it.k === kind; })) {
        kind = '';
      }
      filterButtons(found);
      var shown = kind ? found.filter(function (it) { return it.k === kind; }) : found;
      list.textContent = '';
      shown.slice(0, 200).forEach(function (item) { list.appendChild(resultItem(item, q)); });
      if (!q) {
        status.textContent = 'Type a word to search: a task, a role, a system, a document.';
      } else if (!found.length) {
        status.textContent = 'No results for “' + q + '”. Try a shorter word.';
      } else {
        status.textContent = plural(found.length, 'result') + ' for “' + q + '”';
      }
    };

    input.addEventListener('input', function () {
      var url = input.value.trim() ? '?q=' + encodeURIComponent(input.value.trim()) : window.location.pathname;
      history.replaceState(null, '', url);
      render();
    });
    page.querySelector('form').addEventListener('submit', function (ev) { ev.preventDefault(); });
    page.addEventListener('keydown', function (ev) {
      if (ev.target === input || list.contains(ev.target)) {
        moveFocus(list, input, ev);
      }
    });
    load(render);
    input.focus();
  }

  function init() {
    initHeader();
    initPage();
  }

  if (doc.readyState === 'loading') {
    doc.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
