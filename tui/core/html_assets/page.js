// newsdiff HTML export: passage marking, column syncing, n/p keys, entity links.
// It reads only the page's own attributes; no article text ever reaches this script.
(() => {
  "use strict";
  const columns = document.getElementById("columns");
  const status = document.getElementById("status");
  const stacked = window.matchMedia("(max-width: 700px)");
  const still = window.matchMedia("(prefers-reduced-motion: reduce)");
  const versions = columns.querySelectorAll(".col").length;
  // A sentence stands in one passage per fact it tells: data-p lists their numbers.
  const byPassage = new Map();
  for (const el of columns.querySelectorAll(".s[data-p]")) {
    for (const id of passagesOf(el)) {
      if (!byPassage.has(id)) byPassage.set(id, []);
      byPassage.get(id).push(el);
    }
  }
  const passageIds = [...byPassage.keys()].sort((a, b) => a - b);
  // The finer mode (every wording difference marked), remembered across pages.
  const allWording = document.getElementById("all-wording");
  const WORDING_KEY = "newsdiff.allWording";
  function showAllWording(on) {
    document.body.classList.toggle("all-wording", on);
    allWording.checked = on;
  }
  try {
    showAllWording(window.localStorage.getItem(WORDING_KEY) === "1");
  } catch (error) {
    showAllWording(false); // storage refused (a private window, file:// in some browsers)
  }
  allWording.addEventListener("change", () => {
    showAllWording(allWording.checked);
    try {
      window.localStorage.setItem(WORDING_KEY, allWording.checked ? "1" : "0");
    } catch (error) {
      // not remembered: the page still toggles
    }
  });
  let selected = null;
  let hovered = null;
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

  function say(text) {
    status.textContent = text;
    status.classList.add("show");
    clearTimeout(statusTimer);
    statusTimer = setTimeout(() => status.classList.remove("show"), 2600);
  }

  function labelOf(col) {
    return col.querySelector(".col-head h2").textContent.trim();
  }

  const painted = { sel: [], hov: [] }; // what each class is on now: no page-wide queries

  function paint(id, cls) {
    for (const el of painted[cls]) el.classList.remove(cls);
    painted[cls] = id === null ? [] : byPassage.get(id) || [];
    for (const el of painted[cls]) el.classList.add(cls);
  }

  // Scroll one column's own text so `el` sits a third of the way down it.
  function bringIntoColumn(el) {
    const body = el.closest(".col-body");
    const offset = () =>
      el.getBoundingClientRect().top - body.getBoundingClientRect().top - body.clientHeight / 3;
    if (Math.abs(offset()) < body.clientHeight) {
      body.scrollTo({ top: body.scrollTop + offset(), behavior: still.matches ? "auto" : "smooth" });
      return;
    }
    // Paragraphs off screen have only an estimated height (content-visibility): jump near, and
    // once the browser has laid out the paragraphs there, settle on the measured place.
    body.scrollTop += offset();
    requestAnimationFrame(() => requestAnimationFrame(() => (body.scrollTop += offset())));
  }

  function select(id, source) {
    if (!byPassage.has(id)) return;
    selected = id;
    paint(id, "sel");
    const members = byPassage.get(id);
    const present = new Set(members.map((el) => el.closest(".col")));
    for (const col of columns.querySelectorAll(".col")) col.classList.toggle("lacks", !present.has(col));
    if (stacked.matches) {
      if (!source) members[0].scrollIntoView({ block: "center", behavior: still.matches ? "auto" : "smooth" });
    } else {
      const seen = new Set();
      for (const el of members) {
        const col = el.closest(".col");
        if (seen.has(col)) continue;
        seen.add(col);
        if (!source || col !== source.closest(".col")) bringIntoColumn(el);
      }
      if (!source && columns.getBoundingClientRect().top > window.innerHeight / 2) {
        columns.scrollIntoView({ block: "start", behavior: still.matches ? "auto" : "smooth" });
      }
    }
    const names = [...present].map(labelOf).join(", ");
    let told = "";
    if (source && passagesOf(source).length > 1) {
      const ids = passagesOf(source);
      told = ` · this sentence tells ${ids.length} facts (passages ${ids.join(", ")}): click it again for the next`;
    }
    say(`Passage ${id} of ${passageIds.length}: in ${present.size} of ${versions} versions (${names})${told}`);
  }

  function clear() {
    selected = null;
    clicked = null;
    paint(null, "sel");
    for (const col of columns.querySelectorAll(".col.lacks")) col.classList.remove("lacks");
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
    flash(el);
    return true;
  }

  function follow(hash) {
    const id = decodeURIComponent(hash.slice(1));
    const passage = /^p(\d+)$/.exec(id);
    if (passage) {
      select(Number(passage[1]), null);
      return true;
    }
    if (id.startsWith("m-") || id.startsWith("x-")) return showSpot(id);
    const sentence = document.getElementById(id);
    if (sentence && sentence.classList.contains("s") && sentence.dataset.p !== undefined) {
      select(passageOf(sentence), null);
      return true;
    }
    return false;
  }

  columns.addEventListener("mouseover", (event) => {
    const el = event.target.closest(".s[data-p]");
    const id = el ? passageOf(el) : null;
    if (id === hovered) return;
    hovered = id;
    paint(id, "hov");
  });
  columns.addEventListener("mouseleave", () => {
    hovered = null;
    paint(null, "hov");
  });
  columns.addEventListener("click", (event) => {
    if (event.target.closest("a")) return;
    const el = event.target.closest(".s[data-p]");
    if (!el || (window.getSelection && String(window.getSelection()).length)) return;
    // Clicked again while the passage it chose is selected: the next fact the sentence tells.
    const ids = passagesOf(el);
    const again = clicked && clicked.el === el && clicked.id === selected;
    const id = again ? ids[(ids.indexOf(selected) + 1) % ids.length] : passageOf(el);
    select(id, el);
    clicked = { el, id };
    hovered = id;
    paint(id, "hov");
    setHash(`#p${id}`);
  });

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

  document.addEventListener("keydown", (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return;
    if (event.target.closest && event.target.closest("input, textarea, select, [contenteditable]")) return;
    if (event.key === "Escape") {
      clear();
      return;
    }
    if (event.key !== "n" && event.key !== "p") return;
    if (!passageIds.length) return;
    let at = passageIds.indexOf(selected);
    if (event.key === "n") at = at < 0 ? 0 : Math.min(at + 1, passageIds.length - 1);
    else at = at < 0 ? passageIds.length - 1 : Math.max(at - 1, 0);
    event.preventDefault();
    select(passageIds[at], null);
    setHash(`#p${passageIds[at]}`);
  });

  if (location.hash) {
    // The passage anchors serve pages read without scripts. Here select() places every column;
    // the browser's own jump to the anchor, once the page is parsed, would undo that.
    for (const anchor of columns.querySelectorAll(".anchor[id]")) anchor.removeAttribute("id");
    follow(location.hash);
  }
})();
