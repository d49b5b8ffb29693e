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
    var button = event.submitter;
    if (button) {
      button.setAttribute('aria-busy', 'true');
      // Keep the clicked button's name/value in the request although it is disabled below.
      if (button.name) {
        var hidden = document.createElement('input');
        hidden.type = 'hidden';
        hidden.name = button.name;
        hidden.value = button.value;
        form.appendChild(hidden);
      }
    }
    setTimeout(function () {
      form.querySelectorAll('button[type=submit]').forEach(function (b) { b.disabled = true; });
    }, 0);
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
