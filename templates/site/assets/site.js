// The site's behaviour on every page: the theme toggle, and the links and
// zoom of diagrams. The task details panel of module pages is tasks.js.
(function () {
  'use strict';

  var doc = document;
  var root = doc.documentElement;

  function readData() {
    var el = doc.getElementById('bp-data');
    if (!el) {
      return { links: {} };
    }
    try {
      var data = JSON.parse(el.textContent);
      data.links = data.links || {};
      return data;
    } catch (e) {
      return { links: {} };
    }
  }

  // ---- theme -----------------------------------------------------------

  function currentTheme() {
    var set = root.getAttribute('data-theme');
    if (set === 'dark' || set === 'light') {
      return set;
    }
    return window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }

  function initTheme() {
    var button = doc.getElementById('bp-theme');
    if (!button) {
      return;
    }
    var sync = function () {
      button.setAttribute('aria-pressed', currentTheme() === 'dark' ? 'true' : 'false');
    };
    sync();
    button.addEventListener('click', function () {
      var next = currentTheme() === 'dark' ? 'light' : 'dark';
      root.setAttribute('data-theme', next);
      try {
        window.localStorage.setItem('bp-theme', next);
      } catch (e) {
        // The choice then lasts for this page only.
      }
      sync();
    });
    if (window.matchMedia) {
      var mq = window.matchMedia('(prefers-color-scheme: dark)');
      if (mq.addEventListener) {
        mq.addEventListener('change', sync);
      }
    }
  }

  // ---- diagrams --------------------------------------------------------

  function go(href) {
    if (href.charAt(0) === '#') {
      var target = doc.getElementById(href.slice(1));
      if (target) {
        target.scrollIntoView({ behavior: 'smooth', block: 'start' });
        history.replaceState(null, '', href);
      }
      return;
    }
    window.location.href = href;
  }

  function titleOf(el) {
    var t = el.querySelector('title');
    return t ? t.textContent : '';
  }

  // textOf is the text a part of a diagram shows, line after line. A link's
  // name starts with what it shows (WCAG 2.5.3, label in name); its title,
  // the longer tooltip, stays its description.
  function textOf(el) {
    var lines = Array.prototype.map.call(el.querySelectorAll('text'), function (t) {
      return t.textContent.trim();
    });
    return lines.filter(Boolean).join(' ');
  }

  // Blocks of overviews and life cycles lead to a page or a section; a
  // block whose target has no page (a planned module) stops looking
  // clickable.
  function initBlockLinks(links) {
    var blocks = doc.querySelectorAll('.diagram .block[data-link]');
    Array.prototype.forEach.call(blocks, function (el) {
      var href = links[el.getAttribute('data-link')];
      if (!href) {
        el.classList.remove('linked');
        el.removeAttribute('tabindex');
        return;
      }
      el.setAttribute('role', 'link');
      el.setAttribute('aria-label', textOf(el) || titleOf(el) || el.getAttribute('data-link'));
      el.addEventListener('click', function () { go(href); });
      el.addEventListener('keydown', function (ev) {
        if (ev.key === 'Enter') {
          ev.preventDefault();
          go(href);
        }
      });
    });
  }

  // A diagram is drawn as one image (role img), whose parts assistive
  // technology ignores. Where its tasks and blocks can be used, it becomes
  // a labelled group so they can be reached.
  function exposeParts() {
    Array.prototype.forEach.call(doc.querySelectorAll('.diagram svg.blueprint'), function (svg) {
      if (svg.querySelector('.task[data-task], .block[role]')) {
        svg.setAttribute('role', 'group');
      }
    });
  }

  function initZoom() {
    var buttons = doc.querySelectorAll('.diagram .zoom-toggle');
    Array.prototype.forEach.call(buttons, function (button) {
      var fig = button.closest('.diagram');
      button.addEventListener('click', function () {
        var fit = fig.classList.toggle('fit');
        button.setAttribute('aria-pressed', fit ? 'true' : 'false');
      });
    });
  }

  function init() {
    initTheme();
    var data = readData();
    initBlockLinks(data.links);
    initZoom();
    exposeParts();
  }

  if (doc.readyState === 'loading') {
    doc.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
