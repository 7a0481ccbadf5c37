// The task details panel of module pages: selecting a task in a diagram
// (click, or Enter on the focused task) or following a #task-ID link shows
// its details. They come from the page's JSON (#bp-data), never from the
// SVG, and every text is set with textContent; the one exception is a
// task's description, which the build made with render/markdown (raw HTML
// dropped, unsafe URLs removed).
(function () {
  'use strict';

  var doc = document;
  var root = doc.documentElement;

  function readTasks() {
    var el = doc.getElementById('bp-data');
    try {
      return (el && JSON.parse(el.textContent).tasks) || {};
    } catch (e) {
      return {};
    }
  }

  function el(tag, cls, text) {
    var e = doc.createElement(tag);
    if (cls) {
      e.className = cls;
    }
    if (text !== undefined && text !== null) {
      e.textContent = text;
    }
    return e;
  }

  // link makes an anchor for {name, href}, or a span when there is no
  // page to go to. Hrefs come from the build and are relative.
  function link(item) {
    if (!item.href) {
      return el('span', null, item.name);
    }
    var a = el('a', null, item.name);
    a.setAttribute('href', item.href);
    return a;
  }

  function list(items) {
    var ul = el('ul', 'plain');
    items.forEach(function (it) {
      var li = el('li');
      li.appendChild(link(it));
      ul.appendChild(li);
    });
    return ul;
  }

  function fact(dl, term, value) {
    if (!value || (value.length !== undefined && value.length === 0)) {
      return;
    }
    var wrap = el('div');
    wrap.appendChild(el('dt', null, term));
    var dd = el('dd');
    if (typeof value === 'string') {
      dd.textContent = value;
    } else {
      dd.appendChild(value);
    }
    wrap.appendChild(dd);
    dl.appendChild(wrap);
  }

  function badges(t) {
    var p = el('p', 'badges');
    if (t.kind !== 'task') {
      p.appendChild(el('span', 'kind kind-' + t.kind, t.kindLabel));
    }
    if (t.stage) {
      p.appendChild(el('span', 'stage stage-' + t.stage, t.stageLabel));
    }
    if (t.value) {
      p.appendChild(el('span', 'value', t.value));
    }
    return p;
  }

  function nextSteps(t) {
    var ol = el('ul', 'next-steps');
    t.next.forEach(function (n) {
      var li = el('li');
      if (n.branch) {
        li.appendChild(el('span', 'branch', n.branch));
      }
      var a = el('a', null, n.label);
      a.setAttribute('href', n.href);
      li.appendChild(a);
      ol.appendChild(li);
    });
    return ol;
  }

  function panelBody(t) {
    var body = doc.createDocumentFragment();
    body.appendChild(badges(t));
    var dl = el('dl', 'facts-list');
    fact(dl, 'Role', t.role ? link(t.role) : null);
    fact(dl, 'Systems', t.systems ? list(t.systems) : null);
    fact(dl, 'Reads', t.reads ? list(t.reads) : null);
    fact(dl, 'Produces', t.produces ? list(t.produces) : null);
    fact(dl, 'Effort', t.effort);
    fact(dl, 'Service tiers', t.tiers ? t.tiers.join(', ') : null);
    fact(dl, 'Leads to', t.target ? link(t.target) : null);
    fact(dl, 'Outcome', t.outcome);
    body.appendChild(dl);
    if (t.desc) {
      var d = el('div', 'prose panel-desc');
      d.innerHTML = t.desc;
      body.appendChild(d);
    }
    if (t.next && t.next.length) {
      body.appendChild(el('h3', 'panel-sub', t.next.length > 1 ? 'Next steps' : 'Next step'));
      body.appendChild(nextSteps(t));
    }
    body.appendChild(el('p', 'task-id', 'Task ' + t.id));
    return body;
  }

  function TaskPanel(tasks) {
    this.data = { tasks: tasks };
    this.panel = doc.getElementById('bp-task-panel');
    this.current = null;
    this.returnTo = null;
  }

  TaskPanel.prototype.boxes = function (id) {
    return Array.prototype.filter.call(doc.querySelectorAll('.diagram .task[data-task]'), function (g) {
      return g.getAttribute('data-task') === id;
    });
  };

  TaskPanel.prototype.show = function (id, opts) {
    var t = this.data.tasks[id];
    if (!t || !this.panel) {
      return;
    }
    opts = opts || {};
    this.mark(id);
    var kicker = doc.getElementById('bp-panel-kicker');
    kicker.textContent = '';
    kicker.appendChild(link(t.sub));
    doc.getElementById('bp-panel-title').textContent = t.label;
    var body = doc.getElementById('bp-panel-body');
    body.textContent = '';
    body.appendChild(panelBody(t));
    body.scrollTop = 0;
    this.panel.hidden = false;
    root.classList.add('panel-open');
    this.current = id;
    var box = this.boxes(id)[0];
    if (opts.reveal && box) {
      reveal(box, opts.instant);
    }
    if (opts.focus) {
      this.returnTo = box || null;
      this.panel.focus();
    }
  };

  TaskPanel.prototype.mark = function (id) {
    Array.prototype.forEach.call(doc.querySelectorAll('.diagram .task.selected'), function (g) {
      g.classList.remove('selected');
      g.removeAttribute('aria-current');
    });
    if (id) {
      this.boxes(id).forEach(function (g) {
        g.classList.add('selected');
        g.setAttribute('aria-current', 'true');
      });
    }
  };

  TaskPanel.prototype.hide = function () {
    if (!this.panel || this.panel.hidden) {
      return;
    }
    // Ask before hiding: a hidden panel loses the focus to the body.
    var hadFocus = this.panel.contains(doc.activeElement);
    var back = this.returnTo || this.boxes(this.current)[0];
    this.panel.hidden = true;
    root.classList.remove('panel-open');
    this.mark(null);
    this.current = null;
    this.returnTo = null;
    if (back && hadFocus) {
      back.focus();
    }
    if (/^#task-/.test(window.location.hash)) {
      history.replaceState(null, '', window.location.pathname + window.location.search);
    }
  };

  TaskPanel.prototype.select = function (id, opts) {
    var row = doc.querySelector('tr[data-task="' + cssEscape(id) + '"]');
    if (row) {
      history.replaceState(null, '', '#' + row.id);
    }
    this.show(id, opts);
  };

  // reveal scrolls a task's box to the middle of the window and of its
  // diagram. On arrival from a link the browser scrolls to the task's row
  // first, so the diagram's turn comes after that.
  function reveal(box, instant) {
    // On a phone the panel covers the lower half: keep the box above it.
    var narrow = window.matchMedia && window.matchMedia('(max-width: 860px)').matches;
    var go = function () {
      box.scrollIntoView({ behavior: instant ? 'auto' : 'smooth', block: narrow ? 'start' : 'center', inline: 'center' });
    };
    if (instant) {
      window.setTimeout(go, 0);
    } else {
      go();
    }
  }

  function cssEscape(s) {
    return window.CSS && CSS.escape ? CSS.escape(s) : s.replace(/["\\]/g, '\\$&');
  }

  // fromHash selects the task a #task-ID fragment names: a link from a
  // role page, the search or the panel's next steps.
  TaskPanel.prototype.fromHash = function (instant) {
    var hash = decodeURIComponent(window.location.hash.slice(1));
    if (!/^task-/.test(hash)) {
      return;
    }
    var row = doc.getElementById(hash);
    if (row && row.getAttribute('data-task')) {
      this.show(row.getAttribute('data-task'), { reveal: true, instant: instant });
    }
  };

  TaskPanel.prototype.init = function () {
    var self = this;
    if (!self.panel) {
      return;
    }
    Array.prototype.forEach.call(doc.querySelectorAll('.diagram .task[data-task]'), function (g) {
      var id = g.getAttribute('data-task');
      if (!self.data.tasks[id]) {
        return;
      }
      g.setAttribute('role', 'button');
      g.setAttribute('aria-label', self.data.tasks[id].label + ', ' + self.data.tasks[id].kindLabel.toLowerCase() + ' details');
      g.addEventListener('click', function () { self.select(id); });
      g.addEventListener('keydown', function (ev) {
        if (ev.key === 'Enter' || ev.key === ' ') {
          ev.preventDefault();
          self.select(id, { focus: true });
        }
      });
    });
    // Links to a task on this page (the task lists, the panel's next
    // steps) select it in its map instead of jumping to its table row.
    doc.addEventListener('click', function (ev) {
      var a = ev.target.closest ? ev.target.closest('a[href^="#task-"]') : null;
      var row = a ? doc.getElementById(decodeURIComponent(a.getAttribute('href').slice(1))) : null;
      if (row && row.getAttribute('data-task')) {
        ev.preventDefault();
        self.select(row.getAttribute('data-task'), { reveal: true });
      }
    });
    doc.getElementById('bp-panel-close').addEventListener('click', function () { self.hide(); });
    doc.addEventListener('keydown', function (ev) {
      if (ev.key === 'Escape' && !self.panel.hidden) {
        self.hide();
      }
    });
    window.addEventListener('hashchange', function () { self.fromHash(false); });
    if (doc.readyState === 'complete') {
      self.fromHash(true);
    } else {
      window.addEventListener('load', function () { self.fromHash(true); });
    }
  };

  function init() {
    new TaskPanel(readTasks()).init();
  }

  if (doc.readyState === 'loading') {
    doc.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
