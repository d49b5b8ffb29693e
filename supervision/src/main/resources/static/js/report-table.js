// Sortable report tables: a click on a column heading sorts the rows by that column, a second click reverses.
// Cells carry their sortable value in data-value (numbers as numbers, names as text). Works offline; no library.
(function () {
  'use strict';
  var collator = new Intl.Collator(document.documentElement.lang || 'vi', {sensitivity: 'base', numeric: true});

  function cellValue(row, index) {
    var cell = row.children[index];
    return cell ? (cell.getAttribute('data-value') || cell.textContent.trim()) : '';
  }

  function sortBy(table, header, index, type) {
    var ascending = header.getAttribute('aria-sort') !== 'ascending';
    table.querySelectorAll('thead th').forEach(function (th) { th.removeAttribute('aria-sort'); });
    header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = cellValue(a, index), y = cellValue(b, index);
      var order = type === 'number' ? (parseFloat(x) || 0) - (parseFloat(y) || 0) : collator.compare(x, y);
      return ascending ? order : -order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest('table.sortable button.sort');
    if (!button) { return; }
    var header = button.closest('th');
    var table = button.closest('table');
    sortBy(table, header, Array.prototype.indexOf.call(header.parentNode.children, header), button.dataset.type);
  });
})();
