// newsdiff HTML export, the story table: the toggle between the columns and the table, and its
// keys. It reads only the page's own elements; no article text ever reaches this script.
(() => {
  "use strict";
  const columns = document.getElementById("columns");
  const story = document.getElementById("story");
  const toColumns = document.getElementById("view-columns");
  const toTable = document.getElementById("view-table");
  const rows = [...story.querySelectorAll("tbody tr")];
  let current = -1; // the row n/p/u/U last went to

  function showTable(on) {
    columns.hidden = on;
    story.hidden = !on;
    toTable.setAttribute("aria-pressed", String(on));
    toColumns.setAttribute("aria-pressed", String(!on));
  }

  // To the next (1) or previous (-1) passage row, or row only one version has (unique).
  function step(direction, unique) {
    for (let i = current + direction; i >= 0 && i < rows.length; i += direction) {
      if (rows[i].classList.contains("row-u") === unique) {
        if (current >= 0) rows[current].classList.remove("current");
        current = i;
        rows[i].classList.add("current");
        rows[i].scrollIntoView({ block: "start" });
        return;
      }
    }
  }

  toColumns.addEventListener("click", () => showTable(false));
  toTable.addEventListener("click", () => showTable(true));
  // Every link in the page (a row's number, a discrepancy, an entity) leads into the columns:
  // they come back first, before the columns' own handler places them.
  document.addEventListener(
    "click",
    (event) => {
      if (!story.hidden && event.target.closest && event.target.closest('a[href^="#"]')) {
        showTable(false);
      }
    },
    true,
  );
  const KEYS = { n: [1, false], p: [-1, false], u: [1, true], U: [-1, true] };
  // Caught before the columns' own keys, which would move through hidden columns.
  document.addEventListener(
    "keydown",
    (event) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.target.closest && event.target.closest("input, textarea, select")) return;
      if (event.key === "t") {
        showTable(story.hidden);
      } else if (!story.hidden && KEYS[event.key]) {
        step(...KEYS[event.key]);
      } else {
        return;
      }
      event.preventDefault();
      event.stopImmediatePropagation();
    },
    true,
  );
})();
