// report.html: sort a table by a column heading, filter it by the selects above it.
"use strict";
(function () {
  function key(row, col) {
    var cell = row.cells[col];
    if (!cell) { return ""; }
    var k = cell.getAttribute("data-sort");
    return k !== null ? k : cell.textContent.trim();
  }
  function sortBy(table, col, th) {
    var descending = th.getAttribute("aria-sort") === "ascending";
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = key(a, col), y = key(b, col);
      var c = x < y ? -1 : x > y ? 1 : 0;
      return descending ? -c : c;
    });
    rows.forEach(function (r) { body.appendChild(r); });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (h) { h.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", descending ? "descending" : "ascending");
  }
  function filter(bar, table) {
    var wanted = {};
    bar.querySelectorAll("select").forEach(function (s) { if (s.value) { wanted[s.getAttribute("data-key")] = s.value; } });
    var shown = 0, rows = table.tBodies[0].rows;
    Array.prototype.forEach.call(rows, function (r) {
      var ok = Object.keys(wanted).every(function (k) { return r.getAttribute("data-" + k) === wanted[k]; });
      r.hidden = !ok;
      if (ok) { shown++; }
    });
    var out = bar.querySelector("output");
    if (out) { out.textContent = shown + " of " + rows.length + " rows"; }
  }
  document.querySelectorAll("table.data").forEach(function (table) {
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, col) {
      var button = th.querySelector("button");
      if (button) { button.addEventListener("click", function () { sortBy(table, col, th); }); }
    });
  });
  document.querySelectorAll(".filters").forEach(function (bar) {
    var table = document.getElementById(bar.getAttribute("data-table"));
    bar.querySelectorAll("select").forEach(function (s) {
      s.addEventListener("change", function () { filter(bar, table); });
    });
  });
}());
