// The self-assessment of a maturity model page: ticking the practices in
// place rescores the matrix, the overall level and the next practices at
// once. Answers are kept in this browser (localStorage) under a key per
// brand and model, and can be exported as the brand's assessment.toml.
//
// The scoring rule is the one of package blueprints/assess: an area is at
// level N when every practice of levels 1 to N is in place; a practice in
// place above a missing one is not counted; the overall level is the
// lowest of the areas. Every text is set with textContent.
(function () {
  'use strict';

  var doc = document;
  var form = doc.getElementById('bp-assessment');
  var dataEl = doc.getElementById('bp-maturity');
  if (!form || !dataEl) {
    return;
  }
  var data;
  try {
    data = JSON.parse(dataEl.textContent);
  } catch (e) {
    return;
  }
  var boxes = Array.prototype.slice.call(form.querySelectorAll('input[name="practice"]'));
  var levels = data.levels || [];

  function load() {
    try {
      var saved = window.localStorage.getItem(data.key);
      return saved ? JSON.parse(saved) : null;
    } catch (e) {
      return null; // storage disabled, or a broken value: start over
    }
  }

  function save() {
    try {
      window.localStorage.setItem(data.key, JSON.stringify(checked()));
    } catch (e) {
      // Storage can be disabled (private modes, strict file:// settings).
    }
  }

  function checked() {
    return boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
  }

  function setChecked(ids) {
    boxes.forEach(function (b) { b.checked = ids.indexOf(b.value) >= 0; });
  }

  // areas groups the practices by area and level, in page order.
  function areas() {
    var out = {};
    var order = [];
    boxes.forEach(function (b) {
      var id = b.getAttribute('data-area');
      if (!out[id]) {
        out[id] = { id: id, cells: [] };
        order.push(id);
      }
      var lv = parseInt(b.getAttribute('data-level'), 10);
      (out[id].cells[lv] = out[id].cells[lv] || []).push(b);
    });
    return order.map(function (id) { return out[id]; });
  }

  // scoreArea walks an area's levels upwards; the first incomplete level
  // ends the count, and what is in place above it is "ahead".
  function scoreArea(area) {
    var res = { id: area.id, level: 0, cells: [], next: [] };
    var gap = false;
    for (var n = 1; n <= levels.length; n++) {
      var list = area.cells[n] || [];
      var done = list.filter(function (b) { return b.checked; }).length;
      var complete = done === list.length;
      var state = list.length === 0 ? 'empty' : 'open';
      if (!gap && complete) {
        res.level = n;
      }
      if (list.length > 0) {
        if (!gap && complete) {
          state = 'reached';
        } else if (gap && done > 0 && n > res.level + 1) {
          state = 'ahead';
        } else if (done > 0) {
          state = 'partial';
        }
      }
      if (!gap && !complete) {
        res.next = list.filter(function (b) { return !b.checked; });
      }
      gap = gap || !complete;
      res.cells.push({ level: n, done: done, total: list.length, state: state });
    }
    return res;
  }

  function score() {
    var results = areas().map(scoreArea);
    var overall = results.length ? Math.min.apply(null, results.map(function (r) { return r.level; })) : 0;
    var next = [];
    results.forEach(function (r) {
      if (r.level === overall) {
        next = next.concat(r.next);
      }
    });
    return { areas: results, level: overall, next: next, inPlace: checked().length };
  }

  function levelLabel(n) {
    if (n >= 1 && n <= levels.length) {
      return n + ' ' + levels[n - 1];
    }
    return n === 0 && levels.length ? '0 Not yet ' + levels[0] : String(n);
  }

  function render() {
    var s = score();
    s.areas.forEach(function (r) {
      var row = doc.querySelector('.maturity-matrix tr[data-area="' + CSS.escape(r.id) + '"]');
      if (!row) {
        return;
      }
      r.cells.forEach(function (c) {
        var td = row.querySelector('td.cell[data-level="' + c.level + '"]');
        if (td) {
          td.className = 'cell cell-' + c.state;
          td.querySelector('.cell-count').textContent = c.total ? c.done + '/' + c.total : '–';
        }
      });
      row.querySelector('.area-level').textContent = String(r.level);
    });
    var lv = doc.querySelector('.overall-level');
    lv.textContent = levelLabel(s.level);
    lv.setAttribute('data-level', levelLabel(s.level));
    doc.querySelector('.overall-count .in-place').textContent = String(s.inPlace);
    renderNext(s.next);
  }

  function renderNext(next) {
    var list = doc.querySelector('.next-list');
    list.textContent = '';
    if (next.length === 0) {
      var li = doc.createElement('li');
      li.className = 'muted';
      li.textContent = 'Every practice is in place.';
      list.appendChild(li);
      return;
    }
    next.forEach(function (b) {
      var item = doc.createElement('li');
      var a = doc.createElement('a');
      a.href = '#' + b.getAttribute('data-anchor');
      a.textContent = b.parentNode.querySelector('.practice-text').textContent;
      var note = doc.createElement('span');
      note.className = 'ref-note';
      note.textContent = b.value;
      item.appendChild(a);
      item.appendChild(doc.createTextNode(' '));
      item.appendChild(note);
      list.appendChild(item);
    });
  }

  // toml writes the answers as the brand's assessment.toml. Ids are the
  // content's own (letters, digits, "-", "." and "_"), but are quoted
  // with escapes all the same.
  function toml() {
    var quote = function (s) { return '"' + s.replace(/\\/g, '\\\\').replace(/"/g, '\\"') + '"'; };
    var lines = [
      '# Self-assessment exported from the ' + data.brand.replace(/[\r\n]/g, ' ') + ' blueprint library.',
      '# Save it as assessment.toml in the brand\'s folder.',
      '',
      '[assessment]',
      'date = ' + quote(new Date().toISOString().slice(0, 10)),
      'in_place = ['
    ];
    checked().forEach(function (id) { lines.push('  ' + quote(id) + ','); });
    lines.push(']', '');
    return lines.join('\n');
  }

  function download() {
    var blob = new Blob([toml()], { type: 'application/toml' });
    var a = doc.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'assessment.toml';
    doc.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(a.href); }, 0);
  }

  form.addEventListener('change', function () {
    save();
    render();
  });
  form.addEventListener('click', function (ev) {
    var action = ev.target.closest && ev.target.closest('[data-action]');
    if (!action) {
      return;
    }
    switch (action.getAttribute('data-action')) {
      case 'export':
        download();
        return;
      case 'recorded':
        setChecked(data.recorded || []);
        break;
      case 'clear':
        setChecked([]);
        break;
    }
    save();
    render();
  });

  var saved = load();
  if (saved && saved.length !== undefined) {
    setChecked(saved);
  }
  render();
  // For tests and for anyone scripting the page: the current answers as
  // TOML, and the current score.
  window.BlueprintAssessment = { toml: toml, score: score };
})();
