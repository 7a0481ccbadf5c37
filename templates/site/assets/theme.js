// Applies the reader's saved theme before the page paints, so a dark
// reader never sees a flash of the light theme. Without a saved choice the
// style sheet follows the system setting (prefers-color-scheme).
(function () {
  'use strict';
  var saved = null;
  try {
    saved = window.localStorage.getItem('bp-theme');
  } catch (e) {
    // Storage can be disabled (private modes, strict file:// settings).
  }
  if (saved === 'dark' || saved === 'light') {
    document.documentElement.setAttribute('data-theme', saved);
  }
})();
