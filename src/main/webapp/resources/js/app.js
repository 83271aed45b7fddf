/*
 * Page behaviour every page shares, after the GOV.UK error summary: when a page shows "There is a problem", the
 * summary takes focus so screen readers announce it; following one of its links focuses (and scrolls to) the field.
 */
(function () {
  'use strict';
  var summary = document.getElementById('error-summary');
  if (!summary) {
    return;
  }
  summary.focus();
  summary.addEventListener('click', function (event) {
    var link = event.target.closest('a[data-field]');
    if (!link) {
      return;
    }
    var field = document.getElementById(link.getAttribute('data-field'));
    if (field) {
      event.preventDefault();
      var input = field.matches('input, select, textarea, button') ? field
        : field.querySelector('input, select, textarea') || field;
      var label = document.querySelector('label[for="' + CSS.escape(input.id) + '"]');
      (label || field).scrollIntoView();
      input.focus({preventScroll: true});
    }
  });
}());
