// newsdiff HTML export: passage marking, columns lined up, n/p/u keys, column choice, entity links.
// It reads only the page's own attributes; no article text ever reaches this script.
(() => {
  "use strict";
  const columns = document.getElementById("columns");
  const status = document.getElementById("status");
  const stacked = window.matchMedia("(max-width: 700px)");
  const allColumns = [...columns.querySelectorAll(".col")];
  const versions = allColumns.length;
  // A sentence stands in one passage per fact it tells: data-p lists their numbers.
  const byPassage = new Map();
  for (const el of columns.querySelectorAll(".s[data-p]")) {
    for (const id of passagesOf(el)) {
      if (!byPassage.has(id)) byPassage.set(id, []);
      byPassage.get(id).push(el);
    }
  }
  const passageIds = [...byPassage.keys()].sort((a, b) => a - b);

  // Preferences kept by the browser; a refusal (private window, file:// in some browsers) only
  // means they are not remembered.
  function recall(key) {
    try {
      return window.localStorage.getItem(key);
    } catch (error) {
      return null;
    }
  }
  function remember(key, value) {
    try {
      window.localStorage.setItem(key, value);
    } catch (error) {
      // not remembered: the page still works
    }
  }

  // The finer mode (every wording difference marked), remembered across pages.
  const allWording = document.getElementById("all-wording");
  const WORDING_KEY = "newsdiff.allWording";
  function showAllWording(on) {
    document.body.classList.toggle("all-wording", on);
    allWording.checked = on;
  }
  showAllWording(recall(WORDING_KEY) === "1");
  allWording.addEventListener("change", () => {
    showAllWording(allWording.checked);
    remember(WORDING_KEY, allWording.checked ? "1" : "0");
  });

  let selected = null;
  let hovered = null;
  let cursor = null; // the sentence the reader is on: where u, U, n and p count from
  let clicked = null; // the sentence last clicked and the passage that click chose
  let statusTimer = 0;

  function passagesOf(el) {
    return el.dataset.p.split(" ").map(Number);
  }

  // The passage a sentence stands for: the selected one when the sentence tells it, else its first.
  function passageOf(el) {
    const ids = passagesOf(el);
    return ids.includes(selected) ? selected : ids[0];
  }

  function say(text, long) {
    status.textContent = text;
    status.classList.add("show");
    clearTimeout(statusTimer);
    statusTimer = setTimeout(() => status.classList.remove("show"), long ? 6000 : 2600);
  }

  function labelOf(col) {
    return col.querySelector(".col-head h2").textContent.trim();
  }

  function shownColumns() {
    return [...columns.querySelectorAll(".col:not([hidden])")];
  }

  // The column the reader is in: the cursor's, else the first one shown.
  function activeColumn() {
    const col = cursor && cursor.closest(".col");
    return col && !col.hidden ? col : shownColumns()[0];
  }

  function indexOf(sentence) {
    return Number(sentence.id.split("-")[2]);
  }

  const painted = { sel: [], hov: [] }; // what each class is on now: no page-wide queries

  function paint(id, cls) {
    for (const el of painted[cls]) el.classList.remove(cls);
    painted[cls] = id === null ? [] : byPassage.get(id) || [];
    for (const el of painted[cls]) el.classList.add(cls);
  }

  function moveCursor(el) {
    if (cursor) cursor.classList.remove("cur");
    cursor = el;
    if (!el) return;
    el.classList.add("cur");
    // Keyboard readers follow the cursor: focus goes where the next key acts.
    const focused = document.activeElement;
    if (focused && focused.matches(".s") && focused !== el) {
      rove(el);
      el.focus({ preventScroll: true });
    }
  }

  // The first sentence of each shown column among `els` (a passage's members).
  function firstPerColumn(els) {
    const firsts = new Map();
    for (const el of els) {
      const col = el.closest(".col");
      if (!col.hidden && !firsts.has(col)) firsts.set(col, el);
    }
    return [...firsts.values()];
  }

  // Put the columns in the window, then scroll each so these sentences' tops sit at one height,
  // a third of the way down the text (higher if one of them, near its column's start, cannot
  // come down that far).
  function lineUp(els) {
    const top = columns.getBoundingClientRect().top;
    if (Math.abs(top) > 1) window.scrollBy(0, top);
    const first = els[0] && els[0].closest(".col");
    if (first) {
      const box = first.getBoundingClientRect();
      const area = columns.getBoundingClientRect();
      if (box.left < area.left || box.right > area.right) {
        columns.scrollLeft += box.left - area.left;
      }
    }
    const place = () => {
      const bodies = els.map((el) => el.closest(".col-body"));
      const textTop = Math.max(...bodies.map((body) => body.getBoundingClientRect().top));
      const wanted = textTop + (window.innerHeight - textTop) / 3;
      const unscrolled = els.map((el, i) => el.getBoundingClientRect().top + bodies[i].scrollTop);
      const y = Math.min(wanted, ...unscrolled);
      els.forEach((el, i) => (bodies[i].scrollTop += el.getBoundingClientRect().top - y));
    };
    place();
    // Paragraphs off screen have only an estimated height (content-visibility): once the
    // browser has laid out the paragraphs there, settle on the measured places.
    requestAnimationFrame(() => requestAnimationFrame(place));
  }

  function select(id, source) {
    if (!byPassage.has(id)) {
      const range = passageIds.length ? `passages 1 to ${passageIds.length}` : "no passages";
      say(`Passage ${id} does not exist: this page has ${range}.`, true);
      return false;
    }
    selected = id;
    paint(id, "sel");
    const members = byPassage.get(id);
    const present = new Set(members.map((el) => el.closest(".col")));
    for (const col of allColumns) col.classList.toggle("lacks", !present.has(col));
    const active = activeColumn();
    const here = source || members.find((el) => el.closest(".col") === active);
    if (here || !cursor || cursor.closest(".col").hidden) moveCursor(here || members[0]);
    if (stacked.matches) {
      if (!source) (here || members[0]).scrollIntoView({ block: "center", behavior: "auto" });
    } else {
      lineUp(firstPerColumn(members));
    }
    const names = [...present].map(labelOf).join(", ");
    let told = "";
    if (source && passagesOf(source).length > 1) {
      const ids = passagesOf(source);
      told = ` · this sentence tells ${ids.length} facts (passages ${ids.join(", ")}): click it again for the next`;
    }
    say(`Passage ${id} of ${passageIds.length}: in ${present.size} of ${versions} versions (${names})${told}`);
    return true;
  }

  // A sentence no passage holds (one only its version has): the cursor goes there, alone.
  function visit(el) {
    selected = null;
    paint(null, "sel");
    for (const col of allColumns) col.classList.remove("lacks");
    moveCursor(el);
    if (stacked.matches) el.scrollIntoView({ block: "center", behavior: "auto" });
    else lineUp([el]);
  }

  function clear() {
    selected = null;
    clicked = null;
    paint(null, "sel");
    moveCursor(null);
    for (const col of allColumns) col.classList.remove("lacks");
    setHash(location.pathname + location.search);
  }

  function setHash(hash) {
    try {
      history.replaceState(null, "", hash);
    } catch (error) {
      // Some browsers refuse history changes on file:// pages; the selection still works.
    }
  }

  function flash(el) {
    for (const part of [el, ...columns.querySelectorAll(`[data-m="${el.id}"]`)]) {
      part.classList.remove("flash");
      void part.offsetWidth; // restart the animation when the same mention is shown again
      part.classList.add("flash");
    }
  }

  // A mention (m-…) or a discrepancy's words (x-…): scroll to it, mark its passage, flash it.
  function showSpot(id) {
    const el = document.getElementById(id);
    if (!el || !el.matches(".m, mark.x")) return false;
    el.scrollIntoView({ block: "center", inline: "nearest", behavior: "auto" });
    const sentence = el.closest(".s");
    if (sentence && sentence.dataset.p !== undefined) {
      selected = passageOf(sentence);
      paint(selected, "sel");
    }
    if (sentence) moveCursor(sentence);
    flash(el);
    return true;
  }

  function follow(hash) {
    const id = decodeURIComponent(hash.slice(1));
    const passage = /^p(\d+)$/.exec(id);
    if (passage) return select(Number(passage[1]), null);
    if (id.startsWith("m-") || id.startsWith("x-")) return showSpot(id);
    const sentence = document.getElementById(id);
    if (sentence && sentence.matches("#columns .s")) {
      if (sentence.dataset.p !== undefined) return select(passageOf(sentence), null);
      visit(sentence);
      return true;
    }
    return false;
  }

  // ------------------------------------------------------------ hovering: the other copies

  const cues = new Map(); // column -> its arrow, pointing at a hovered copy out of sight
  for (const col of allColumns) {
    const cue = document.createElement("span");
    cue.className = "cue";
    cue.setAttribute("aria-hidden", "true");
    col.append(cue);
    cues.set(col, cue);
  }

  function showCues(id) {
    for (const cue of cues.values()) cue.className = "cue";
    if (id === null || stacked.matches) return;
    for (const el of firstPerColumn(byPassage.get(id))) {
      const col = el.closest(".col");
      const body = el.closest(".col-body").getBoundingClientRect();
      const box = el.getBoundingClientRect();
      const cue = cues.get(col);
      if (box.bottom <= body.top) {
        cue.textContent = "↑";
        cue.style.top = `${body.top - col.getBoundingClientRect().top + 4}px`;
        cue.className = "cue up";
      } else if (box.top >= Math.min(body.bottom, window.innerHeight)) {
        cue.textContent = "↓";
        cue.style.top = "";
        cue.className = "cue down";
      }
    }
  }

  function hover(id) {
    hovered = id;
    paint(id, "hov");
    showCues(id);
  }

  columns.addEventListener("mouseover", (event) => {
    const el = event.target.closest(".s[data-p]");
    const id = el ? passageOf(el) : null;
    if (id !== hovered) hover(id);
  });
  columns.addEventListener("mouseleave", () => hover(null));

  function choose(el) {
    if (el.dataset.p === undefined) {
      visit(el);
      setHash(`#${el.id}`);
      return;
    }
    // Chosen again while the passage it chose is selected: the next fact the sentence tells.
    const ids = passagesOf(el);
    const again = clicked && clicked.el === el && clicked.id === selected;
    const id = again ? ids[(ids.indexOf(selected) + 1) % ids.length] : passageOf(el);
    select(id, el);
    clicked = { el, id };
    hover(id);
    setHash(`#p${id}`);
  }

  columns.addEventListener("click", (event) => {
    if (event.target.closest("a, button")) return;
    const el = event.target.closest(".s");
    if (!el || el.classList.contains("bp")) return;
    if (window.getSelection && String(window.getSelection()).length) return;
    choose(el);
  });

  // ------------------------------------------------------------ keyboard: one tab stop a column

  // Sentences take focus one column at a time: Tab enters a column at the sentence last read
  // there, the arrows move inside it, Enter chooses.
  for (const col of allColumns) {
    col.querySelectorAll(".s").forEach((el, i) => (el.tabIndex = i ? -1 : 0));
  }
  function rove(el) {
    const was = el.closest(".col-body").querySelector('.s[tabindex="0"]');
    if (was && was !== el) was.tabIndex = -1;
    el.tabIndex = 0;
  }
  columns.addEventListener("focusin", (event) => {
    if (event.target.matches(".s")) rove(event.target);
  });

  function stepSentence(el, direction) {
    const all = [...el.closest(".col-body").querySelectorAll(".s")];
    const next = all[all.indexOf(el) + direction];
    if (next) {
      rove(next);
      next.focus();
    }
  }

  // n and p as in the app: passage by passage in number order; from a sentence no passage
  // holds, the passage of the nearest sentence that way in its column, else the one after (before)
  // the last (first) passage that column has gone past.
  function nextPassage(direction) {
    if (!passageIds.length) return null;
    if (selected !== null) {
      const at = passageIds.indexOf(selected) + direction;
      return at >= 0 && at < passageIds.length ? passageIds[at] : null;
    }
    const sentences = [...activeColumn().querySelectorAll(".s")];
    const at = cursor && cursor.closest(".col") === activeColumn() ? sentences.indexOf(cursor) : -1;
    const ahead = [];
    const passed = [];
    sentences.forEach((el, i) => {
      if (at < 0 || (i - at) * direction > 0) ahead.push(el);
      else if (i !== at && el.dataset.p !== undefined) passed.push(...passagesOf(el));
    });
    for (const el of direction > 0 ? ahead : ahead.reverse()) {
      if (el.dataset.p === undefined) continue;
      const ids = passagesOf(el);
      return direction > 0 ? ids[0] : ids[ids.length - 1];
    }
    if (!passed.length) return direction > 0 ? passageIds[0] : passageIds[passageIds.length - 1];
    const id = direction > 0 ? Math.max(...passed) + 1 : Math.min(...passed) - 1;
    return byPassage.has(id) ? id : null;
  }

  function stepPassage(direction) {
    const id = nextPassage(direction);
    if (id === null) {
      const where = selected === null ? "" : ` (passage ${selected} of ${passageIds.length})`;
      say(`No more passages this way${where}`);
      return;
    }
    select(id, null);
    setHash(`#p${id}`);
  }

  // u and U as in the app: the next (previous) sentence only the reader's version has.
  function stepUnique(direction) {
    const col = activeColumn();
    const unique = [...col.querySelectorAll(".s.uni")];
    const from = cursor && cursor.closest(".col") === col ? indexOf(cursor) : null;
    const ordered = direction > 0 ? unique : unique.reverse();
    const target =
      from === null ? ordered[0] : ordered.find((el) => (indexOf(el) - from) * direction > 0);
    if (!target) {
      say(`No more sentences unique to ${labelOf(col)}`);
      return;
    }
    visit(target);
    setHash(`#${target.id}`);
    const all = [...col.querySelectorAll(".s.uni")];
    say(`Only in ${labelOf(col)}: unique sentence ${all.indexOf(target) + 1} of ${all.length}`);
  }

  const ACTIONS = {
    n: () => stepPassage(1),
    p: () => stepPassage(-1),
    u: () => stepUnique(1),
    U: () => stepUnique(-1),
  };

  document.addEventListener("keydown", (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return;
    const target = event.target;
    if (target.closest && target.closest("input, textarea, select, [contenteditable]")) return;
    if (event.key === "Escape") {
      clear();
      return;
    }
    if (target.matches && target.matches("#columns .s")) {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        if (!target.classList.contains("bp")) choose(target);
        return;
      }
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        stepSentence(target, event.key === "ArrowDown" ? 1 : -1);
        return;
      }
    }
    const action = ACTIONS[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  });

  // The phone's buttons for the same steps.
  for (const button of document.querySelectorAll(".stepper [data-key]")) {
    button.addEventListener("click", () => ACTIONS[button.dataset.key]());
  }

  // ------------------------------------------------------------ links

  // Entity names cycle through their mentions, a filled presence dot shows that version's
  // first one; every in-page link goes through follow().
  document.addEventListener("click", (event) => {
    const dot = event.target.closest(".dots .dot:not(.off)");
    if (dot) {
      const index = [...dot.parentNode.children].indexOf(dot);
      const link = dot.closest("li").querySelector("a.ent");
      const id = link.dataset.mentions.split(" ").find((m) => m.startsWith(`m-v${index}-`));
      if (id && follow(`#${id}`)) setHash(`#${id}`);
      return;
    }
    const link = event.target.closest('a[href^="#"]');
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey) return;
    let hash = link.getAttribute("href");
    const cycle = link.dataset.mentions ? link.dataset.mentions.split(" ") : null;
    if (cycle) {
      const next = (Number(link.dataset.at || -1) + 1) % cycle.length;
      link.dataset.at = String(next);
      hash = `#${cycle[next]}`;
      const col = document.getElementById(cycle[next]).closest(".col");
      say(`${link.textContent}: mention ${next + 1} of ${cycle.length}, in ${labelOf(col)}`);
    }
    if (!/^#(p\d+|m-|x-|s-)/.test(hash)) return;
    event.preventDefault();
    if (follow(hash)) setHash(hash);
  });

  window.addEventListener("hashchange", () => follow(location.hash));

  // ------------------------------------------------------------ columns shown and their order

  const bar = document.querySelector(".col-bar");
  const boxes = [...bar.querySelectorAll("input[data-col]")];
  const more = bar.querySelector(".more-cols");
  const COLUMNS_KEY = `newsdiff.columns:${allColumns.map(labelOf).join("\u241f")}`;

  function layout() {
    const order = [...columns.querySelectorAll(".col")].map((col) => allColumns.indexOf(col));
    const hidden = [];
    allColumns.forEach((col, v) => col.hidden && hidden.push(v));
    return { order, hidden };
  }

  function arrange(order, hidden) {
    for (const v of order) columns.append(allColumns[v]);
    allColumns.forEach((col, v) => {
      col.hidden = hidden.includes(v);
      boxes[v].checked = !col.hidden;
    });
    remember(COLUMNS_KEY, JSON.stringify({ order, hidden }));
    showOverflow();
  }

  // Columns wider than the window scroll sideways; the bar says so and the edge fades.
  function showOverflow() {
    const area = columns.getBoundingClientRect();
    const rects = shownColumns().map((col) => col.getBoundingClientRect());
    const right = rects.filter((rect) => rect.right > area.right + 1).length;
    const left = rects.filter((rect) => rect.left < area.left - 1).length;
    const sideways = right + left > 0 && !stacked.matches;
    columns.classList.toggle("overflowing", sideways);
    more.textContent = sideways
      ? `Columns out of sight: ${left} to the left, ${right} to the right (scroll sideways)`
      : "";
  }

  bar.addEventListener("change", (event) => {
    const box = event.target.closest("input[data-col]");
    if (!box) return;
    const { order, hidden } = layout();
    const v = Number(box.dataset.col);
    if (box.checked) arrange(order, hidden.filter((h) => h !== v));
    else if (hidden.length + 1 < versions) arrange(order, [...hidden, v]);
    else box.checked = true; // the last column stays
  });
  document.getElementById("col-reset").addEventListener("click", () => {
    arrange(allColumns.map((col, v) => v), []);
  });
  columns.addEventListener("click", (event) => {
    const button = event.target.closest(".col-tools button");
    if (!button) return;
    const col = button.closest(".col");
    const v = allColumns.indexOf(col);
    const { order, hidden } = layout();
    if (button.dataset.hide !== undefined) {
      if (hidden.length + 1 >= versions) return;
      arrange(order, [...hidden, v]);
      boxes[v].focus();
      return;
    }
    // Move past the next shown column that way.
    const shown = order.filter((x) => !hidden.includes(x));
    const at = shown.indexOf(v);
    const other = shown[at + Number(button.dataset.move)];
    if (other === undefined) return;
    const i = order.indexOf(v);
    const j = order.indexOf(other);
    order[i] = other;
    order[j] = v;
    arrange(order, hidden);
    button.focus();
  });

  try {
    const saved = JSON.parse(recall(COLUMNS_KEY) || "null");
    const valid = (list) =>
      Array.isArray(list) && list.every((v) => Number.isInteger(v) && v >= 0 && v < versions);
    const whole =
      saved && valid(saved.order) && saved.order.length === versions && new Set(saved.order).size === versions;
    if (whole && valid(saved.hidden) && saved.hidden.length < versions) {
      arrange(saved.order, saved.hidden);
    }
  } catch (error) {
    // a stored value this page cannot read: the story's order, every column
  }
  showOverflow();
  window.addEventListener("resize", showOverflow);
  columns.addEventListener("scroll", showOverflow, { passive: true });

  if (location.hash) {
    // The passage anchors serve pages read without scripts. Here select() places every column;
    // the browser's own jump to the anchor, once the page is parsed, would undo that.
    for (const anchor of columns.querySelectorAll(".anchor[id]")) anchor.removeAttribute("id");
    const found = follow(location.hash);
    if (!found && !/^#p\d+$/.test(location.hash) && !document.getElementById(location.hash.slice(1))) {
      say(`${decodeURIComponent(location.hash)}: no such place on this page`, true);
    }
  }
})();
