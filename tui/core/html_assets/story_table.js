// newsdiff HTML export, the story table: the toggle between the columns and the table.
// It reads only the page's own elements; no article text ever reaches this script.
(() => {
  "use strict";
  const columns = document.getElementById("columns");
  const story = document.getElementById("story");
  const toColumns = document.getElementById("view-columns");
  const toTable = document.getElementById("view-table");

  function showTable(on) {
    columns.hidden = on;
    story.hidden = !on;
    toTable.setAttribute("aria-pressed", String(on));
    toColumns.setAttribute("aria-pressed", String(!on));
  }

  toColumns.addEventListener("click", () => showTable(false));
  toTable.addEventListener("click", () => showTable(true));
  // A row's number links to its passage (or sentence) in the columns: they come back first.
  story.addEventListener("click", (event) => {
    if (event.target.closest("a")) showTable(false);
  });
})();
