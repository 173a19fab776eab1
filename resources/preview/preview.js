// Kiji's preview script. Runs in the ApplicationWorld (page scripts are disabled), so it
// shares the DOM with the page but none of the post's code can reach it.
(function () {
  "use strict";
  if (window.kiji) { return; }

  const state = { programmaticY: null, bridge: null, lastReportedLine: -1 };

  function content() { return document.getElementById("content"); }

  function parseBlocks(htmlList) {
    const template = document.createElement("template");
    template.innerHTML = htmlList.join("");
    return Array.from(template.content.children);
  }

  // Replace `removeCount` top-level blocks from `start` with the given HTML blocks, then
  // renumber every block's data-source-line. Only the changed blocks touch the DOM, so the
  // scroll position, images already decoded and the reader's place all stay put.
  // From this many blocks on, the page lays out and paints only the blocks in view
  // (preview.css, "kiji-long"): below it, a whole layout is as cheap as the bookkeeping.
  const LONG_POST_BLOCKS = 400;

  function patch(start, removeCount, htmlList, lines) {
    const root = content();
    const children = root.children;
    const anchor = children[start + removeCount] || null;
    for (let i = 0; i < removeCount && children[start]; i++) {
      root.removeChild(children[start]);
    }
    for (const node of parseBlocks(htmlList)) {
      root.insertBefore(node, anchor);
    }
    const long = children.length >= LONG_POST_BLOCKS;
    if (document.documentElement.classList.contains("kiji-long") !== long) {
      document.documentElement.classList.toggle("kiji-long", long);
    }
    if (lines) {
      for (let i = 0; i < lines.length && i < children.length; i++) {
        const value = String(lines[i]);
        if (children[i].getAttribute("data-source-line") !== value) {
          children[i].setAttribute("data-source-line", value);
        }
      }
    }
    return children.length;
  }

  function setHeader(html) { document.getElementById("post-header").innerHTML = html; }

  function setStyle(id, css) { document.getElementById(id).textContent = css; }

  function setTheme(dark) { document.documentElement.classList.toggle("dark", !!dark); }
  function setTypeface(mincho) { document.documentElement.classList.toggle("mincho", !!mincho); }
  function setJustified(on) { document.documentElement.classList.toggle("justified", !!on); }

  // Blocks with their first source line, in document order.
  function blockLines() {
    return Array.from(content().children, (el) => [Number(el.getAttribute("data-source-line")), el]);
  }

  // Scroll without reporting it back: the text pane asked for this position, so telling it
  // would only start a feedback loop. Scroll events that land elsewhere are the reader's.
  function scrollQuietly(y) {
    const limit = document.documentElement.scrollHeight - window.innerHeight;
    state.programmaticY = Math.round(Math.max(0, Math.min(y, limit)));
    window.scrollTo(0, y);
  }

  // Scroll so that source line `line` (fractional) sits at the top of the view.
  function scrollToLine(line) {
    const blocks = blockLines();
    if (!blocks.length) { return; }
    let before = blocks[0];
    let after = null;
    for (const entry of blocks) {
      if (entry[0] <= line) { before = entry; } else { after = entry; break; }
    }
    const top = (el) => el.getBoundingClientRect().top + window.scrollY;
    if (line <= blocks[0][0]) {
      // The start of the body: show the post header above it too.
      scrollQuietly(0);
      return;
    }
    let y = top(before[1]);
    if (after && after[0] > before[0]) {
      const ratio = Math.min(1, Math.max(0, (line - before[0]) / (after[0] - before[0])));
      y += (top(after[1]) - y) * ratio;
    } else if (line < before[0]) {
      y = 0;
    }
    scrollQuietly(Math.max(0, y - 8));
  }

  // The source line (fractional) at the top of the view: the inverse of scrollToLine.
  function lineAtTop() {
    const blocks = blockLines();
    if (!blocks.length) { return 0; }
    const y = window.scrollY + 8;
    let before = null;
    let after = null;
    for (const entry of blocks) {
      const t = entry[1].getBoundingClientRect().top + window.scrollY;
      if (t <= y) { before = [entry[0], t]; } else { after = [entry[0], t]; break; }
    }
    if (!before) { return 0; }
    if (!after || after[1] === before[1]) { return before[0]; }
    return before[0] + (after[0] - before[0]) * (y - before[1]) / (after[1] - before[1]);
  }

  function onScroll() {
    if (!state.bridge) { return; }
    if (state.programmaticY !== null && Math.abs(window.scrollY - state.programmaticY) <= 1) {
      return;
    }
    state.programmaticY = null;
    const line = lineAtTop();
    if (Math.abs(line - state.lastReportedLine) < 0.01) { return; }
    state.lastReportedLine = line;
    state.bridge.previewScrolled(line);
  }

  function connectBridge() {
    if (typeof QWebChannel === "undefined" || !window.qt || !qt.webChannelTransport) { return; }
    new QWebChannel(qt.webChannelTransport, (channel) => {
      state.bridge = channel.objects.kijiBridge || null;
    });
  }

  function contentText() { return content().innerText; }

  // An in-page link (footnote, table of contents): the page never navigates, we scroll.
  // Not quietly: the reader asked for it, so the text pane follows.
  function scrollToAnchor(name) {
    const target = document.getElementById(name) || document.getElementsByName(name)[0];
    if (!target) { return false; }
    target.scrollIntoView({ block: "start" });
    return true;
  }

  window.kiji = {
    patch, setHeader, setStyle, setTheme, setTypeface, setJustified, scrollToLine, lineAtTop, contentText, scrollToAnchor,
  };
  window.addEventListener("scroll", onScroll, { passive: true });
  connectBridge();
})();
