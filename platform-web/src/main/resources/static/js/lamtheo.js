// A little progressive enhancement; every page works without it.
(function () {
  'use strict';
  // Double-submit guard: the first click wins, the button shows it is busy. The server is idempotent anyway.
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form.dataset.submitted === 'true') {
      event.preventDefault();
      return;
    }
    form.dataset.submitted = 'true';
    if (event.submitter) {
      event.submitter.setAttribute('aria-busy', 'true');
    }
    // Disabled only after the browser has taken the form's data (the clicked button's name and value included).
    setTimeout(function () {
      form.querySelectorAll('button[type=submit]').forEach(function (b) { b.disabled = true; });
    }, 0);
  });
  // Back/forward cache: a page shown again must not keep its buttons disabled.
  window.addEventListener('pageshow', function (event) {
    if (event.persisted) {
      document.querySelectorAll('form[data-submitted]').forEach(function (form) {
        delete form.dataset.submitted;
        form.querySelectorAll('button[type=submit]').forEach(function (b) { b.disabled = false; b.removeAttribute('aria-busy'); });
      });
    }
  });
  // "Back" on error pages: the previous page when there is one (no javascript: link, the CSP forbids those).
  document.addEventListener('click', function (event) {
    var back = event.target.closest('[data-back]');
    if (back && window.history.length > 1) {
      event.preventDefault();
      window.history.back();
    }
  });
  // Confirm destructive actions.
  document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-confirm]');
    if (button && !window.confirm(button.dataset.confirm)) {
      event.preventDefault();
    }
  });
  // Move focus to the first field in error so keyboard and screen-reader users land on it.
  document.addEventListener('DOMContentLoaded', function () {
    var first = document.querySelector('.has-error textarea, .has-error input, .has-error select, [data-focus]');
    if (first) { first.focus(); }
  });
})();
