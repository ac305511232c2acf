// src/core/span.ts
var span = (start, end) => {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start) {
    throw new RangeError(`invalid span [${start}, ${end})`);
  }
  return [start, end];
};

// src/core/message.ts
var message = (severity, code, input, reason, span2) => span2 ? { kind: "message", severity, code, input, reason, span: span2 } : { kind: "message", severity, code, input, reason };

// src/core/errors.ts
var OvertureError = class extends Error {
  name = "OvertureError";
  /** stable machine-readable code */
  code;
  constructor(code, message2, options) {
    super(message2, options);
    this.code = code;
  }
};
var ConfigError = class extends OvertureError {
  name = "ConfigError";
};

// src/core/article.ts
var article = (fields) => ({ kind: "article", ...fields });
var ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
var isIsoDate = (s) => {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t2 = new Date(Date.UTC(y, mo - 1, d));
  return t2.getUTCFullYear() === y && t2.getUTCMonth() === mo - 1 && t2.getUTCDate() === d;
};
var toIsoDate = (value) => {
  if (value == null) return null;
  const s = value.trim();
  if (s === "") return null;
  const head = s.slice(0, 10);
  if (isIsoDate(head)) return head;
  const t2 = Date.parse(s);
  if (Number.isNaN(t2)) return null;
  return new Date(t2).toISOString().slice(0, 10);
};

// src/core/document.ts
var SECTORS = ["GOV", "MIL", "LEG", "JUD", "PTY", "MED", "BUS", "CVL", "IGO"];
var LEVELS = ["head", "minister", "senior", "working"];
var PLOVER_TYPES = [
  "AGREE",
  "CONSULT",
  "SUPPORT",
  "CONCEDE",
  "COOPERATE",
  "AID",
  "RETREAT",
  "REQUEST",
  "ACCUSE",
  "REJECT",
  "THREATEN",
  "PROTEST",
  "SANCTION",
  "MOBILIZE",
  "COERCE",
  "ASSAULT"
];
var newDoc = (article2, messages = []) => ({
  kind: "document",
  article: article2,
  messages,
  tokens: [],
  sentences: [],
  chunks: [],
  times: [],
  mentions: [],
  events: []
});

// src/ingest/index.ts
import { stat } from "node:fs/promises";

// src/ingest/decode.ts
var utf8 = new TextDecoder("utf-8", { fatal: true });
var utf16le = new TextDecoder("utf-16le", { fatal: true });
var utf16be = new TextDecoder("utf-16be", { fatal: true });
var BINARY_MAGIC = [
  ["gzip", [31, 139]],
  ["zip", [80, 75, 3, 4]],
  ["PDF", [37, 80, 68, 70, 45]],
  ["PNG", [137, 80, 78, 71]],
  ["JPEG", [255, 216, 255]],
  ["GIF", [71, 73, 70, 56]],
  ["ELF executable", [127, 69, 76, 70]]
];
var startsWith = (bytes, magic) => bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
var binaryKind = (bytes) => {
  for (const [name, magic] of BINARY_MAGIC) if (startsWith(bytes, magic)) return name;
  const head = bytes.subarray(0, 8192);
  return head.includes(0) ? "binary data (NUL bytes)" : null;
};
var decode = (bytes, input) => {
  if (bytes.length === 0) return refuse(input, "empty", "the input is empty");
  if (startsWith(bytes, [255, 254]) || startsWith(bytes, [254, 255])) {
    const le = bytes[0] === 255;
    try {
      const text2 = (le ? utf16le : utf16be).decode(bytes);
      const note = message("warning", "utf16", input, `decoded as UTF-16${le ? "LE" : "BE"} (byte-order mark); offsets count UTF-16 code units of the decoded text`);
      return blank(text2) ? refuse(input, "empty", "the input has no text (only white space)") : { ok: true, text: text2, notes: [note] };
    } catch {
      return refuse(input, "invalid-utf16", `starts with a UTF-16${le ? "LE" : "BE"} byte-order mark but is not valid UTF-16`);
    }
  }
  const binary = binaryKind(bytes);
  if (binary) return refuse(input, "binary", `not text: looks like ${binary}`);
  let text;
  try {
    text = utf8.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    return refuse(input, "invalid-utf8", `not valid UTF-8 (first bad byte at offset ${at}); convert it to UTF-8 first`);
  }
  if (blank(text)) return refuse(input, "empty", "the input has no text (only white space)");
  return { ok: true, text, notes: [] };
};
var blank = (text) => text.trim() === "";
var refuse = (input, code, reason) => ({
  ok: false,
  problem: message("error", code, input, reason)
});
var firstInvalidUtf8 = (bytes) => {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const need = b < 128 ? 0 : (b & 224) === 192 ? 1 : (b & 240) === 224 ? 2 : (b & 248) === 240 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 192) !== 128) return i;
    i += need + 1;
  }
  return i;
};

// src/ingest/feed-reader.ts
import { SaxesParser } from "saxes";

// src/ingest/html-text.ts
import { parseHTML } from "linkedom";
var BLOCK = /* @__PURE__ */ new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "dd",
  "div",
  "dl",
  "dt",
  "figcaption",
  "figure",
  "footer",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "table",
  "tr",
  "ul",
  "br",
  "td",
  "th",
  "caption"
]);
var SKIP = /* @__PURE__ */ new Set(["script", "style", "noscript", "template", "iframe", "object", "svg", "head"]);
var TEXT_NODE = 3;
var ELEMENT_NODE = 1;
var htmlToText = (html) => {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return nodeText(document.body);
};
var nodeText = (root) => {
  const blocks = [];
  let current = "";
  const flush = () => {
    const t2 = current.replace(/[ \t\r\n\f\u00a0]+/g, " ").trim();
    if (t2) blocks.push(t2);
    current = "";
  };
  const walk = (node) => {
    if (node.nodeType === TEXT_NODE) {
      current += node.textContent ?? "";
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const tag = node.nodeName.toLowerCase();
    if (SKIP.has(tag)) return;
    const block = BLOCK.has(tag);
    if (block) flush();
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) walk(kids[i]);
    if (block) flush();
  };
  walk(root);
  flush();
  return blocks.join("\n\n");
};

// src/ingest/item.ts
var read = (article2, notes = []) => ({ kind: "read", article: article2, notes });
var skip = (problem) => ({ kind: "skip", problem });

// src/ingest/limits.ts
var DEFAULT_MAX_ARTICLE_BYTES = 5 * 1024 * 1024;
var defaultReadOptions = { maxArticleBytes: DEFAULT_MAX_ARTICLE_BYTES };
var formatBytes = (n2) => n2 >= 1024 * 1024 ? `${(n2 / 1024 / 1024).toFixed(1)} MB` : n2 >= 1024 ? `${(n2 / 1024).toFixed(1)} kB` : `${n2} B`;

// src/ingest/feed-reader.ts
var FIELDS = /* @__PURE__ */ new Set([
  "title",
  "link",
  "guid",
  "id",
  "pubdate",
  "published",
  "updated",
  "dc:date",
  "description",
  "summary",
  "content",
  "content:encoded",
  "source"
]);
async function* readFeed(chunks, input, baseId, options) {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const ready = [];
  const stack = [];
  let kind = null;
  let outlet = null;
  let feedTitleDepth = -1;
  let item = null;
  let itemDepth = -1;
  let field = null;
  let buffer = "";
  let xhtmlDepth = -1;
  let count = 0;
  let fatal = null;
  const fail = (code, reason) => {
    if (!fatal) fatal = message("error", code, input, reason);
  };
  parser.on("error", (err) => {
    const at = /(\d+):(\d+): (.*)$/.exec(err.message);
    fail("malformed-xml", at ? `malformed XML at line ${at[1]}, column ${at[2]}: ${at[3]}` : `malformed XML: ${err.message}`);
  });
  parser.on("doctype", (doctype) => {
    if (/<!ENTITY/i.test(doctype)) fail("xml-entities", 'declares XML entities in its DOCTYPE; refused unexpanded (entity-expansion attacks such as "billion laughs" are never expanded)');
  });
  parser.on("opentag", (tag) => {
    if (fatal) return;
    const name = tag.name.toLowerCase();
    if (stack.length === 0) {
      kind = name === "rss" ? "rss" : name === "feed" ? "atom" : name === "rdf:rdf" ? "rdf" : null;
      if (!kind) fail("not-a-feed", `not an RSS or Atom feed: the root element is <${tag.name}>`);
    }
    stack.push(name);
    const depth = stack.length;
    if (xhtmlDepth > 0) {
      buffer += `<${tag.name}${Object.entries(tag.attributes).map(([k, v]) => ` ${k}="${escapeAttr(String(v))}"`).join("")}>`;
      return;
    }
    if (!item && (name === "item" || name === "entry")) {
      item = { fields: /* @__PURE__ */ new Map(), link: null, contentType: null };
      itemDepth = depth;
      return;
    }
    if (!item && name === "title" && (depth === 2 || depth === 3 && stack[1] === "channel")) {
      feedTitleDepth = depth;
      buffer = "";
      return;
    }
    if (item && depth === itemDepth + 1 && FIELDS.has(name)) {
      field = name;
      buffer = "";
      const attrs = tag.attributes;
      if (name === "link" && attrs.href && (!attrs.rel || attrs.rel === "alternate") && !item.link) item.link = attrs.href;
      if (name === "content" || name === "summary") {
        item.contentType = attrs.type ?? null;
        if (attrs.type === "xhtml") xhtmlDepth = depth;
      }
    }
  });
  const onText = (t2) => {
    if (field || feedTitleDepth > 0) buffer += xhtmlDepth > 0 ? escapeText(t2) : t2;
  };
  parser.on("text", onText);
  parser.on("cdata", onText);
  parser.on("closetag", (tag) => {
    if (fatal) return;
    const depth = stack.length;
    stack.pop();
    if (xhtmlDepth > 0 && depth > xhtmlDepth) {
      buffer += `</${tag.name}>`;
      return;
    }
    if (depth === xhtmlDepth) xhtmlDepth = -1;
    if (depth === feedTitleDepth) {
      outlet = buffer.trim() || null;
      feedTitleDepth = -1;
      return;
    }
    if (item && field && depth === itemDepth + 1) {
      if (!item.fields.has(field)) item.fields.set(field, buffer);
      field = null;
      return;
    }
    if (item && depth === itemDepth) {
      count++;
      ready.push(finishItem(item, count));
      item = null;
      itemDepth = -1;
    }
  });
  const finishItem = (draft, n2) => {
    const f = draft.fields;
    const where = `${input} item ${n2}`;
    const html = f.get("content:encoded") ?? f.get("content") ?? f.get("description") ?? f.get("summary") ?? "";
    if (html.length > options.maxArticleBytes) {
      return skip(message("error", "too-large", where, `article is ${formatBytes(html.length)}, over the ${formatBytes(options.maxArticleBytes)} article limit (--max-article-size)`));
    }
    const text = draft.contentType === "text" ? html.trim() : htmlToText(html);
    if (text === "") return skip(message("error", "empty", where, "feed item has no text (no content, description or summary)"));
    const link = draft.link ?? (f.get("link")?.trim() || null);
    const id = f.get("guid")?.trim() || f.get("id")?.trim() || link || `${baseId}#${n2}`;
    const rawDate = f.get("pubdate") ?? f.get("published") ?? f.get("dc:date") ?? f.get("updated") ?? null;
    const date = toIsoDate(rawDate);
    const notes = [];
    if (rawDate && !date) notes.push(message("warning", "bad-date", where, `date "${rawDate.trim()}" is not a date; the article has no date`));
    return read(
      article({ id, text, date, title: htmlToText(f.get("title") ?? "") || null, outlet, url: link, input: where, format: "feed", header: null }),
      notes
    );
  };
  const drain = function* () {
    while (ready.length) yield ready.shift();
  };
  const decoder = new TextDecoder("utf-8", { fatal: true });
  for await (const chunk2 of chunks) {
    let text;
    try {
      text = decoder.decode(chunk2, { stream: true });
    } catch {
      fail("invalid-utf8", "not valid UTF-8; convert the feed to UTF-8 first");
      break;
    }
    parser.write(text);
    if (fatal) break;
    yield* drain();
  }
  if (!fatal) {
    parser.close();
    if (!fatal && kind === null) fail("not-a-feed", "not an RSS or Atom feed: no root element");
  }
  if (fatal) {
    yield* drain();
    yield skip(fatal);
    return;
  }
  yield* drain();
  if (count === 0) yield skip(message("warning", "empty-feed", input, "the feed has no items"));
}
var escapeText = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
var escapeAttr = (s) => escapeText(s).replace(/"/g, "&quot;");

// src/ingest/html-reader.ts
import { Readability } from "@mozilla/readability";
import { parseHTML as parseHTML2 } from "linkedom";
var DATE_META = [
  "article:published_time",
  "og:published_time",
  "datePublished",
  "pubdate",
  "publishdate",
  "date",
  "dc.date",
  "dc.date.issued",
  "dcterms.created",
  "sailthru.date",
  "parsely-pub-date"
];
var parseHtml = (html, id, input, pageUrl = null) => {
  const { document } = parseHTML2(html);
  const body = document.body;
  if (!/<body[\s>]/i.test(html) && !/<(p|div|article|main|section|h[1-6])[\s>]/i.test(html)) {
    return { ok: false, problem: message("error", "html-no-body", input, "HTML page has no body: nothing to read") };
  }
  const metaDate = findMetaDate(document);
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? meta(document, "og:url");
  const siteName = meta(document, "og:site_name") ?? meta(document, "application-name");
  const headTitle = meta(document, "og:title") ?? (document.querySelector("title")?.textContent?.trim() || null);
  const parsed = new Readability(document, { charThreshold: 200 }).parse();
  let text = parsed?.content ? htmlToText(parsed.content) : "";
  const notes = [];
  if (text.trim() === "") {
    const { document: fresh } = parseHTML2(html);
    text = fresh.body ? nodeText(fresh.body) : "";
    if (text.trim() !== "") notes.push(message("info", "html-no-main-content", input, "no main content found by Readability; using the whole body text"));
  }
  if (text.trim() === "" || !body) {
    return { ok: false, problem: message("error", "html-no-body", input, "HTML page has no readable text in its body") };
  }
  const url = canonical ?? pageUrl;
  return {
    ok: true,
    notes,
    article: article({
      id,
      text,
      date: toIsoDate(parsed?.publishedTime ?? metaDate),
      title: parsed?.title?.trim() || headTitle,
      outlet: parsed?.siteName?.trim() || siteName || hostOf(url),
      url,
      input,
      format: "html",
      header: null
    })
  };
};
var meta = (document, name) => {
  const el = document.querySelector(`meta[property="${name}"]`) ?? document.querySelector(`meta[name="${name}"]`) ?? document.querySelector(`meta[itemprop="${name}"]`);
  const v = el?.getAttribute("content")?.trim();
  return v ? v : null;
};
var findMetaDate = (document) => {
  for (const name of DATE_META) {
    const v = meta(document, name);
    if (v && toIsoDate(v)) return v;
  }
  const time = document.querySelector("time[datetime]")?.getAttribute("datetime");
  return time && toIsoDate(time) ? time : null;
};
var hostOf = (url) => {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return null;
  }
};

// src/ingest/lines.ts
var NL = 10;
var CR = 13;
async function* splitLines(chunks, maxLineBytes) {
  let parts = [];
  let size = 0;
  let number = 0;
  let overflow = false;
  const take = () => {
    number++;
    let bytes = parts.length === 1 ? parts[0] : Buffer.concat(parts, size);
    if (bytes.length && bytes[bytes.length - 1] === CR) bytes = bytes.subarray(0, bytes.length - 1);
    const line = overflow ? { number, bytes: new Uint8Array(0), tooLong: maxLineBytes } : { number, bytes, tooLong: null };
    parts = [];
    size = 0;
    overflow = false;
    return line;
  };
  for await (const chunk2 of chunks) {
    let from = 0;
    for (let nl = chunk2.indexOf(NL, from); nl !== -1; nl = chunk2.indexOf(NL, from)) {
      if (!overflow) parts.push(chunk2.subarray(from, nl));
      size += nl - from;
      if (size > maxLineBytes) overflow = true;
      yield take();
      from = nl + 1;
    }
    if (from < chunk2.length) {
      size += chunk2.length - from;
      if (size > maxLineBytes) {
        overflow = true;
        parts = [];
      }
      if (!overflow) parts.push(Uint8Array.prototype.slice.call(chunk2, from));
    }
  }
  if (size > 0 || parts.length > 0) yield take();
}

// src/ingest/jsonl-reader.ts
var utf82 = new TextDecoder("utf-8", { fatal: true });
async function* readJsonl(chunks, input, baseId, options) {
  for await (const line of splitLines(chunks, options.maxArticleBytes * 2)) {
    const where = `${input}:${line.number}`;
    if (line.tooLong !== null) {
      yield skip(message("error", "too-large", where, `line is over ${formatBytes(line.tooLong)} (twice the ${formatBytes(options.maxArticleBytes)} article limit, --max-article-size); skipped`));
      continue;
    }
    let raw;
    try {
      raw = utf82.decode(line.bytes);
    } catch {
      yield skip(message("error", "invalid-utf8", where, "line is not valid UTF-8"));
      continue;
    }
    if (raw.trim() === "") continue;
    yield parseLine(raw, where, `${baseId}:${line.number}`, options);
  }
}
var parseLine = (raw, where, fallbackId, options) => {
  let value;
  try {
    value = JSON.parse(raw);
  } catch (e) {
    return skip(message("error", "jsonl-not-json", where, `line is not JSON (${e.message})`));
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return skip(message("error", "jsonl-not-object", where, "line is JSON but not an object {id, text, \u2026}"));
  }
  const rec = value;
  if (typeof rec.text !== "string") {
    return skip(message("error", "jsonl-no-text", where, rec.text === void 0 ? 'line has no "text" field' : '"text" is not a string'));
  }
  if (rec.text.trim() === "") return skip(message("error", "empty", where, '"text" is empty'));
  if (rec.text.length > options.maxArticleBytes) {
    return skip(message("error", "too-large", where, `article is ${formatBytes(rec.text.length)}, over the ${formatBytes(options.maxArticleBytes)} article limit (--max-article-size)`));
  }
  const notes = [];
  const str2 = (k) => {
    const v = rec[k];
    if (v == null) return null;
    if (typeof v === "string") return v.trim() === "" ? null : v;
    if (typeof v === "number" && k === "id") return String(v);
    notes.push(message("warning", "jsonl-bad-field", where, `"${k}" is not a string; ignored`));
    return null;
  };
  const rawDate = str2("date");
  const date = toIsoDate(rawDate);
  if (rawDate && !date) notes.push(message("warning", "bad-date", where, `"date" ${JSON.stringify(rawDate)} is not a date; the article has no date`));
  const url = str2("url");
  return read(
    article({
      id: str2("id") ?? fallbackId,
      text: rec.text,
      date,
      title: str2("title"),
      outlet: str2("outlet"),
      url,
      input: where,
      format: "jsonl",
      header: null
    }),
    notes
  );
};

// src/ingest/sources.ts
import { createReadStream } from "node:fs";
import { lstat, readdir } from "node:fs/promises";
import { join } from "node:path";
import { createGunzip } from "node:zlib";
async function* walkFiles(dir) {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  for (const e of entries) {
    if (e.name.startsWith(".") || e.name === "node_modules") continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) yield* walkFiles(path);
    else if (e.isFile()) yield path;
    else if (e.isSymbolicLink()) {
      const target = await lstat(path).catch(() => null);
      if (target?.isFile()) yield path;
    }
  }
}
var fileChunks = (path) => createReadStream(path, { highWaterMark: 256 * 1024 });
var gunzip = (chunks) => {
  const z = createGunzip();
  void (async () => {
    try {
      for await (const c of chunks) if (!z.write(c)) await new Promise((r) => z.once("drain", r));
      z.end();
    } catch (e) {
      z.destroy(e);
    }
  })();
  return z;
};
var peek = async (chunks) => {
  const it = chunks[Symbol.asyncIterator]();
  let first = await it.next();
  while (!first.done && first.value.length === 0) first = await it.next();
  if (first.done) return { head: null, all: (async function* () {
  })() };
  const head = first.value;
  return {
    head,
    all: (async function* () {
      yield head;
      for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
    })()
  };
};
var collect = async (chunks, limit) => {
  const parts = [];
  let size = 0;
  for await (const c of chunks) {
    size += c.length;
    if (size > limit) return { bytes: null, size };
    parts.push(c);
  }
  return { bytes: Buffer.concat(parts, size), size };
};

// src/ingest/sniff.ts
var BY_EXTENSION = {
  txt: "text",
  text: "text",
  md: "text",
  html: "html",
  htm: "html",
  xhtml: "html",
  xml: "feed",
  rss: "feed",
  atom: "feed",
  rdf: "feed",
  jsonl: "jsonl",
  ndjson: "jsonl",
  json: "jsonl"
};
var formatFromName = (name) => {
  const parts = name.toLowerCase().split(".");
  if (parts.at(-1) === "gz") parts.pop();
  return parts.length > 1 ? BY_EXTENSION[parts.at(-1)] ?? null : null;
};
var formatFromContent = (head) => {
  const s = head.replace(/^\uFEFF/, "").trimStart();
  if (s.startsWith("{")) return "jsonl";
  if (s.startsWith("<")) {
    const lower = s.slice(0, 4096).toLowerCase();
    if (/<(rss|feed|rdf:rdf)[\s>]/.test(lower) && !/<html[\s>]/.test(lower)) return "feed";
    return "html";
  }
  return "text";
};
var isGzipBytes = (head) => head[0] === 31 && head[1] === 139;
var idFromName = (path) => {
  const base = path.split(/[\\/]/).pop() ?? path;
  const noGz = base.replace(/\.gz$/i, "");
  const dot = noGz.lastIndexOf(".");
  return dot > 0 ? noGz.slice(0, dot) : noGz;
};

// src/ingest/text-reader.ts
var DATE_HEADER = /^\s*date\s+(\S+)[ \t]*/;
var MAX_TITLE_LENGTH = 200;
var parsePlainText = (text, id, input) => {
  const notes = [];
  let date = null;
  let header = null;
  const m = DATE_HEADER.exec(text);
  if (m) {
    const value = m[1];
    header = span(0, m[0].length);
    if (isIsoDate(value)) date = value;
    else notes.push(message("warning", "bad-date-header", input, `date header "${value}" is not a date YYYY-MM-DD; the article has no date`, header));
  }
  const title = titleLine(text, header ? header[1] : 0);
  return {
    article: article({ id, text, date, title, outlet: null, url: null, input, format: "text", header }),
    notes
  };
};
var titleLine = (text, from) => {
  const lineEnd = text.indexOf("\n", from);
  const headerLineRest = from > 0 ? text.slice(from, lineEnd < 0 ? void 0 : lineEnd) : "";
  if (headerLineRest.trim() !== "") return null;
  const body = text.slice(from);
  const lead = body.match(/^\s*/)[0].length;
  const nl = body.indexOf("\n", lead);
  const line = body.slice(lead, nl < 0 ? void 0 : nl).trim();
  if (line === "" || line.length > MAX_TITLE_LENGTH || /[.:;,]$/.test(line)) return null;
  const after = nl < 0 ? "" : body.slice(nl + 1);
  return nl < 0 || /^\s*(\n|$)/.test(after) ? line : null;
};

// src/ingest/index.ts
var STDIN = "-";
async function* readInputs(inputs, options = defaultReadOptions, stdin = process.stdin) {
  for (const input of inputs) {
    if (input === STDIN) {
      yield* guarded("<stdin>", () => readStream(stdin, "<stdin>", "stdin", null, options));
      continue;
    }
    const info = await stat(input).catch((e) => e);
    if (info instanceof Error) {
      const reason = info.code === "ENOENT" ? "no such file or directory" : info.code === "EACCES" ? "permission denied" : info.message;
      yield skip(message("error", "unreadable", input, reason));
    } else if (info.isDirectory()) {
      for await (const file2 of walkFiles(input)) yield* readFile(file2, options);
    } else {
      yield* readFile(input, options);
    }
  }
}
var readFile = (path, options = defaultReadOptions) => guarded(path, () => readStream(fileChunks(path), path, idFromName(path), formatFromName(path), options));
async function* guarded(input, run) {
  try {
    yield* run();
  } catch (e) {
    const err = e;
    const reason = err.code === "Z_DATA_ERROR" || err.code === "Z_BUF_ERROR" ? `corrupt gzip data (${err.message})` : err.code === "EACCES" ? "permission denied" : err.message;
    yield skip(message("error", "unreadable", input, reason));
  }
}
async function* readStream(chunks, input, id, format, options) {
  let { head, all } = await peek(chunks);
  if (head && isGzipBytes(head)) ({ head, all } = await peek(gunzip(all)));
  if (!head) {
    yield skip(message("error", "empty", input, "the input is empty"));
    return;
  }
  const kind = format ?? formatFromContent(new TextDecoder("utf-8").decode(head.subarray(0, 4096)));
  if (kind === "jsonl") return yield* readJsonl(all, input, id, options);
  if (kind === "feed") return yield* readFeed(all, input, id, options);
  const { bytes, size } = await collect(all, options.maxArticleBytes);
  if (!bytes) {
    yield skip(message("error", "too-large", input, `article is over ${formatBytes(Math.max(size, options.maxArticleBytes + 1))}, beyond the ${formatBytes(options.maxArticleBytes)} article limit (--max-article-size); refused`));
    return;
  }
  const decoded = decode(bytes, input);
  if (!decoded.ok) {
    yield skip(decoded.problem);
    return;
  }
  if (kind === "html") {
    const html = parseHtml(decoded.text, id, input);
    yield html.ok ? read(html.article, [...decoded.notes, ...html.notes]) : skip(html.problem);
    return;
  }
  const text = parsePlainText(decoded.text, id, input);
  yield read(text.article, [...decoded.notes, ...text.notes]);
}

// src/actors/coref.ts
var corefer = (doc, mentions, res, keys) => {
  const text = doc.article.text;
  const out = [];
  for (const m of mentions) {
    if (isBareTitle(m, text)) out.push(titleAntecedent(m, out) ?? m);
    else if (isDescription(m)) out.push(descriptionAntecedent(m, out) ?? m);
    else out.push(m);
  }
  const people = out.filter((m) => m.kind === "person" && m.name);
  const extra = [];
  doc.sentences.forEach((s, si) => {
    const window = doc.sentences[Math.max(0, si - 2)].span[0];
    for (let i = s.tokens[0]; i < s.tokens[1]; i++) {
      const gender = PRONOUNS.get(keys[i]);
      const t2 = doc.tokens[i];
      if (!gender || t2.pos !== "PRON" && t2.pos !== "DET") continue;
      let ante;
      for (const m of people) {
        if (m.span[1] > t2.span[0]) break;
        if (m.span[0] >= window && (m.gender === gender || m.gender === null)) ante = m;
      }
      const opening = i === s.tokens[0] || i === s.tokens[0] + 1 && /^[“"]$/.test(keys[s.tokens[0]]);
      const comma = keys.indexOf(",", s.tokens[0]);
      const fronted = doc.tokens[s.tokens[0]].pos === "ADP" && comma > i && comma < s.tokens[1] && i - s.tokens[0] <= 3;
      const after = fronted ? people.find((m) => m.span[0] > doc.tokens[comma].span[0] && m.span[1] <= s.span[1] && (m.gender === gender || m.gender === null)) : void 0;
      if (after && doc.tokens.findIndex((t3) => t3.span[0] === after.span[0]) <= comma + 4) ante = after;
      else if (opening && si > 0) {
        const prev = doc.sentences[si - 1].span;
        const inPrev = (m) => m.span[0] >= prev[0] && m.span[1] <= prev[1] && (m.gender === gender || m.gender === null);
        const first = [people.find(inPrev), extra.find(inPrev)].filter((m) => m !== void 0).sort((a, b) => a.span[0] - b.span[0])[0];
        if (first) ante = first;
      }
      if (ante) extra.push({ ...ante, span: t2.span, how: "coref:pronoun", antecedent: ante.span });
    }
  });
  const year = Number((doc.article.date ?? "").slice(0, 4));
  if (year) {
    for (const m of text.matchAll(/\bthe (\d{2,3})-year-old\b/gi)) {
      const age = Number(m[1]);
      const span2 = [m.index, m.index + m[0].length];
      const ante = people.filter((p) => {
        const born = p.person ? res.personById.get(p.person)?.born : null;
        return born != null && p.span[0] < span2[0] && (year - born === age || year - born - 1 === age);
      }).at(-1);
      if (ante) extra.push({ ...ante, span: span2, how: "coref:age", antecedent: ante.span });
    }
  }
  return [...out, ...extra].sort((a, b) => a.span[0] - b.span[0]);
};
var PRONOUNS = /* @__PURE__ */ new Map([
  ["he", "m"],
  ["him", "m"],
  ["his", "m"],
  ["himself", "m"],
  ["she", "f"],
  ["her", "f"],
  ["hers", "f"],
  ["herself", "f"]
]);
var isDescription = (m) => m.how === "role" && m.kind === "person" && m.name === null && m.country !== null && m.level !== null;
var descriptionAntecedent = (m, before) => mostSalient(m, before.filter((x) => x.kind === "person" && x.name && x.span[1] <= m.span[0] && x.country === m.country && x.level === m.level), before, "coref:description");
var isBareTitle = (m, text) => m.how === "role" && m.kind === "person" && m.country === null && /\bthe\s+$/i.test(text.slice(Math.max(0, m.span[0] - 4), m.span[0]));
var titleAntecedent = (m, before) => {
  const words = (m.role ?? "").toLowerCase();
  return mostSalient(m, before.filter((x) => x.kind === "person" && x.span[1] <= m.span[0] && (x.role ?? "").toLowerCase().includes(words)), before, "coref:title");
};
var mostSalient = (m, candidates, before, how) => {
  const key = (x) => x.person ?? x.name ?? `${x.span[0]}`;
  const salience = /* @__PURE__ */ new Map();
  for (const x of before) if (x.kind === "person") salience.set(key(x), (salience.get(key(x)) ?? 0) + 1);
  let best = null;
  for (const x of candidates) if (!best || (salience.get(key(x)) ?? 0) >= (salience.get(key(best)) ?? 0)) best = x;
  return best ? { ...best, span: m.span, how, antecedent: best.span } : null;
};

// src/nlp/time/calendar.ts
var DAY_MS = 864e5;
var toDay = (y, m, d) => Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
var partsOf = (day) => {
  const date = new Date(day * DAY_MS);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
};
var isoOf = (day) => day === null ? null : new Date(day * DAY_MS).toISOString().slice(0, 10);
var weekdayOf = (day) => ((day + 4) % 7 + 7) % 7;
var daysInMonth = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();
var monthIv = (y, m) => ({ from: toDay(y, m, 1), to: toDay(y, m, daysInMonth(y, m)) });
var yearIv = (y) => ({ from: toDay(y, 1, 1), to: toDay(y, 12, 31) });
var dayIv = (day) => ({ from: day, to: day });
var weekIv = (day) => {
  const monday = day - (weekdayOf(day) + 6) % 7;
  return { from: monday, to: monday + 6 };
};
var unitIv = (unit, day) => {
  const { y, m } = partsOf(day);
  return unit === "week" ? weekIv(day) : unit === "month" ? monthIv(y, m) : yearIv(y);
};
var shift = (day, n2, unit) => {
  if (unit === "day") return day + n2;
  if (unit === "week") return day + 7 * n2;
  const { y, m, d } = partsOf(day);
  const months = unit === "month" ? n2 : unit === "year" ? 12 * n2 : 120 * n2;
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const ty = target.getUTCFullYear();
  const tm = target.getUTCMonth() + 1;
  return toDay(ty, tm, Math.min(d, daysInMonth(ty, tm)));
};
var shiftUnitIv = (unit, day, n2) => unitIv(unit, shift(unitIv(unit, day).from, n2, unit));
var HALF_DAYS = { day: 0, week: 3, month: 15, year: 182, decade: 1826 };
var SLACK_DAYS = { day: 0, week: 3, month: 10, year: 120, decade: 730 };
var partOf = (word) => {
  const w = (word ?? "").toLowerCase().replace(/\s+/g, " ").replace(/-$/, "");
  if (w === "early") return "early";
  if (w === "mid" || w === "middle") return "mid";
  if (w === "late") return "late";
  if (w === "beginning" || w === "start") return "begin";
  if (w === "end") return "end";
  if (w === "first half") return "first-half";
  if (w === "second half") return "second-half";
  return null;
};
var partIv = (iv, unit, part) => {
  const { y, m } = partsOf(iv.from);
  const clip = (from, to) => ({ from: Math.max(from, iv.from), to: Math.min(to, iv.to) });
  if (unit === "week") {
    const d = iv.from;
    const table2 = {
      early: [0, 1],
      begin: [0, 1],
      mid: [2, 3],
      late: [4, 6],
      end: [4, 6],
      "first-half": [0, 3],
      "second-half": [3, 6]
    };
    const [a2, b2] = table2[part];
    return { from: d + a2, to: d + b2 };
  }
  if (unit === "month") {
    const table2 = {
      early: [1, 10],
      begin: [1, 10],
      mid: [11, 20],
      late: [20, 31],
      end: [21, 31],
      "first-half": [1, 15],
      "second-half": [16, 31]
    };
    const [a2, b2] = table2[part];
    return clip(toDay(y, m, a2), toDay(y, m, Math.min(b2, daysInMonth(y, m))));
  }
  if (unit === "decade") {
    const table2 = {
      early: [0, 3],
      begin: [0, 2],
      mid: [4, 6],
      late: [7, 9],
      end: [8, 9],
      "first-half": [0, 4],
      "second-half": [5, 9]
    };
    const [a2, b2] = table2[part];
    return { from: yearIv(y + a2).from, to: yearIv(y + b2).to };
  }
  const table = {
    early: [1, 4],
    begin: [1, 2],
    mid: [5, 8],
    late: [9, 12],
    end: [11, 12],
    "first-half": [1, 6],
    "second-half": [7, 12]
  };
  const [a, b] = table[part];
  return { from: monthIv(y, a).from, to: monthIv(y, b).to };
};

// src/nlp/time/candidate.ts
var RANK_CHRONO = 0;
var RANK_FIXUP = 1;
var RANK_RELATIVE = 2;
var resolved = (iv, grain, rule) => iv === null ? { from: null, to: null, grain, rule: `${rule}-unresolved` } : { from: Math.min(iv.from, iv.to), to: Math.max(iv.from, iv.to), grain, rule };
var withRef = (ctx, grain, rule, f) => {
  if (ctx.ref === null) return resolved(null, grain, rule);
  const iv = f(ctx.ref);
  return iv === null ? null : resolved(iv, grain, rule);
};
var group = (m, name) => m.groups?.[name];

// src/nlp/time/chrono-pass.ts
import * as chrono from "chrono-node";

// src/nlp/time/chrono-filters.ts
var CHRONO_WORD_BLOCK = /^(?:now|right now|this day|the day|a day)$/i;
var UNIT_WORD = /\b(?:days?|weeks?|weekends?|months?|years?|hours?|minutes?|seconds?|quarters?|decades?|centur(?:y|ies)|fortnights?)\b/i;
var NAMED_WEEKDAY = /\b(?:Black|Good|Cyber|Super|Bloody|Ash|Holy|Palm|Easter|Maundy|Giving|Fat|Shrove)\s+$/;
var FULL_WEEKDAY = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/;
var FULL_MONTH = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;
var LOWER_MONTH_OR_DAY = /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/;
var MONTH_CUE_BEFORE = /\b(?:in|since|by|until|till|through|from|during|of|before|after|between|and|to|or|early|mid|late|last|this|next|end|beginning|start|middle|each|every|late-|mid-|early-)\s*$/i;
var DETERMINER_BEFORE = /\b(?:the|its|a|an|his|her|their|our|this|that|last|next)\s+$/i;
var NOUN_AFTER = /^(?:['’]s)?\s+(?!(?:on|for|of|in|to|against|and|with|at|from|by|is|was|has|had|said|says)\b)[a-z]/;
var CAPITALISED_WORD_BEFORE = /[A-Z][\w'’.-]*\s+$/;
var SENTENCE_START_BEFORE = /(?:^|[.!?:;"“”(\u2014]\s*)$/;
var isBareMonthFalsePositive = (s, start, end) => {
  const before = s.slice(Math.max(0, start - 25), start);
  const after = s.slice(end, end + 25);
  if (MONTH_CUE_BEFORE.test(before)) return false;
  const atSentenceStart = SENTENCE_START_BEFORE.test(before);
  if (!atSentenceStart && CAPITALISED_WORD_BEFORE.test(before)) return true;
  if (DETERMINER_BEFORE.test(before) && NOUN_AFTER.test(after)) return false;
  if (/^['’]s\s+[a-z]/.test(after) && !atSentenceStart) return false;
  return true;
};
var isWeekdayFalsePositive = (s, text, start) => !FULL_WEEKDAY.test(text) || NAMED_WEEKDAY.test(s.slice(Math.max(0, start - 12), start));
var isChronoFalsePositive = (r, ctx, text, start, end) => {
  const s = ctx.s;
  const c = r.start;
  if (r.tags().has("result/relativeDate") || UNIT_WORD.test(text) || CHRONO_WORD_BLOCK.test(text)) return true;
  if (/^[A-Z\s]+$/.test(text) && /[A-Z]{3}/.test(text)) return true;
  if (/USA\s+$/.test(s.slice(Math.max(0, start - 5), start))) return true;
  if (/^(?:Today|Tonight|Tomorrow|Yesterday)$/.test(text) && !SENTENCE_START_BEFORE.test(s.slice(Math.max(0, start - 3), start))) return true;
  if (/[\w/@#$-]/.test(s.charAt(start - 1)) || /^(?:[\w/@]|-\w)/.test(s.slice(end, end + 2))) return true;
  const dateKnown = ["day", "month", "year", "weekday"].some((k) => c.isCertain(k));
  if (!dateKnown) return true;
  if (LOWER_MONTH_OR_DAY.test(text)) return true;
  if (/^\d{1,4}[/.-]\d/.test(text) && !c.isCertain("year")) return true;
  const year = c.get("year");
  if (c.isCertain("year") && year !== null && (year < 1e3 || year > 2200)) return true;
  const dayKnown = c.isCertain("day");
  if (c.isCertain("weekday") && !dayKnown && !c.isCertain("month") && isWeekdayFalsePositive(s, text, start)) return true;
  if (c.isCertain("month") && !dayKnown && !c.isCertain("year")) {
    if (!FULL_MONTH.test(text)) return true;
    if (isBareMonthFalsePositive(s, start, end) && !/^(?:last|next|this)\s/i.test(text)) return true;
  }
  return false;
};

// src/nlp/time/tense.ts
var FUTURE_BEFORE = /\b(?:(?:will|won['’]t|shall|(?<!\b(?:appeared|appears|appear|seemed|seems|seem|believed|thought|known|said|reported|likely)\s+)to)\s+be\s+\w+|will|won['’]t|shall|\w+['’]ll|going\s+to|plans?\s+to|planning\s+to|intends?\s+to|expected\s+to|scheduled|slated|set\s+to|(?:is|are)\s+(?:to|coming)|to\s+be\s+held|upcoming|(?:the|this)\s+coming|next)\b/gi;
var FUTURE_AFTER = /^(?:['’]s)?[\s,]*(?:(?!(?:that|which|who|when|where|if|whether|and|but)\b)[\w'’-]+\s+){0,3}?(?:will|shall|\w+['’]ll|(?:is|are)\s+(?:scheduled|expected|set|due|slated))\b/i;
var CLAUSE_BREAK = /[,;:!?()"“”\u2013\u2014]|\.\s/g;
var clauseBefore = (s, start) => {
  const window = s.slice(Math.max(0, start - 80), start);
  let cut = 0;
  for (const m of window.matchAll(CLAUSE_BREAK)) cut = m.index + m[0].length;
  return window.slice(cut);
};
var REPORTING = /\b(?:said|says|told|announced|declared|confirmed|stated|reported|warned|added|wrote|tweeted|noted|indicated|signall?ed|revealed|insisted|argued|acknowledged|conceded|claimed|explained|asserted)\b/gi;
var lastMatchEnd = (re, s) => {
  let last = -1;
  for (const m of s.matchAll(re)) last = m.index + m[0].length;
  return last;
};
var REPORTING_JUST_BEFORE = new RegExp(`${REPORTING.source}(?:\\s+[\\w'\u2019.-]+){0,3}\\s*$`, "i");
var isFuture = (ctx, start, end) => {
  const before = clauseBefore(ctx.s, start);
  const future = lastMatchEnd(FUTURE_BEFORE, before);
  if (future >= 0 && future >= lastMatchEnd(REPORTING, before)) return true;
  if (future >= 0 || REPORTING_JUST_BEFORE.test(before)) return false;
  return FUTURE_AFTER.test(ctx.s.slice(end, end + 50));
};
var introducesYear = (s, start) => !/\b(?:since|until|till|by|before|after|from|through|to|the|a|an|its|his|her|their|our)\s+$/i.test(s.slice(Math.max(0, start - 10), start));
var NEAR_FUTURE_DAYS = 31;
var placeInYear = (ctx, ref, build, start, end) => {
  const y = partsOf(ref).y;
  const here = build(y);
  const mod = /\b(last|next|this)\s+$/i.exec(ctx.s.slice(Math.max(0, start - 6), start))?.[1]?.toLowerCase();
  if (mod === "this") return here;
  if (mod === "last") return here.to < ref ? here : build(y - 1);
  if (mod === "next") return here.from > ref ? here : build(y + 1);
  if (isFuture(ctx, start, end)) return here.to >= ref ? here : build(y + 1);
  return here.from <= ref + NEAR_FUTURE_DAYS ? here : build(y - 1);
};
var placeWeekday = (ctx, ref, weekday, start, end) => {
  const ahead = (weekday - weekdayOf(ref) + 7) % 7;
  const back = (weekdayOf(ref) - weekday + 7) % 7;
  return isFuture(ctx, start, end) ? ref + ahead : ref - back;
};

// src/nlp/time/chrono-pass.ts
var CHRONO_HINT = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s*\d|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[Tt]oday|[Tt]onight|[Tt]omorrow|[Yy]esterday|[Ll]ast\s+night|[Tt]his\s+(?:morning|afternoon|evening)|\d{1,4}[/.-]\d{1,2})/;
var HAS_YEAR_DIGITS = /\b\d{4}\b|['’]\d\d\b/;
var resolveComponent = (ctx, ref, c, text, start, end, yearOf = null) => {
  const get = (k) => c.get(k) ?? 0;
  const place = (build) => c.isCertain("year") ? build(get("year")) : yearOf !== null ? build(yearOf) : placeInYear(ctx, ref, build, start, end);
  if (c.isCertain("day")) {
    const m = get("month");
    const d = get("day");
    if (c.isCertain("weekday") && !c.isCertain("year") && yearOf === null) {
      const y = partsOf(ref).y;
      const fits = [y, y - 1, y + 1].map((yy) => toDay(yy, m, d)).filter((day) => weekdayOf(day) === get("weekday"));
      const nearest = fits.sort((p, q) => Math.abs(p - ref) - Math.abs(q - ref))[0];
      if (nearest !== void 0) return { iv: dayIv(nearest), weekday: false };
    }
    return { iv: place((y) => dayIv(toDay(y, m, d))), weekday: false };
  }
  if (c.isCertain("month")) {
    const m = get("month");
    return { iv: place((y) => monthIv(y, m)), weekday: false };
  }
  if (c.isCertain("weekday")) {
    if (/\b(?:last|next|this|past|coming)\b/i.test(text)) {
      const date = c.date();
      return { iv: dayIv(toDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())), weekday: false };
    }
    return { iv: dayIv(placeWeekday(ctx, ref, get("weekday"), start, end)), weekday: true };
  }
  if (c.isCertain("year")) return { iv: yearIv(get("year")), weekday: false };
  return null;
};
var grainOfComponent = (c) => c.isCertain("day") || c.isCertain("weekday") ? "day" : c.isCertain("month") ? "month" : "year";
var LEAD_IN = /(?:\b(?:[Ee]arly|[Ll]ate)\s+(?:on\s+)?|\b(?:[Ii]n|[Oo]n)\s+)$/;
var MONTH_LEAD_IN = /\b(?:(?:[Ii]n|[Ss]ince|[Uu]ntil)\s+)?(?:[Ll]ast|[Nn]ext|[Tt]his)\s+$/;
var chronoCandidate = (r, ctx, ref, offset) => {
  const lead = r.text.length - r.text.trimStart().length;
  const text = r.text.trim().replace(/(?:[\s,;:]+|\s+of)$/, "");
  let start = offset + r.index + lead;
  const end = start + text.length;
  if (text.length === 0 || isChronoFalsePositive(r, ctx, text, start, end)) return null;
  const endYear = r.end?.isCertain("year") ? r.end.get("year") : null;
  const absolute = (r.start.isCertain("year") || endYear !== null) && HAS_YEAR_DIGITS.test(text);
  const grain = r.end ? "range" : grainOfComponent(r.start);
  const before = ctx.s.slice(Math.max(0, start - 14), start);
  const monthOnly = grain === "month" && !r.start.isCertain("year");
  const rangeLead = r.end ? /\b(?:[Ff]rom|[Bb]etween)\s+$/.exec(before) : null;
  const leadIn = rangeLead ?? (monthOnly ? MONTH_LEAD_IN.exec(before) : null) ?? LEAD_IN.exec(before);
  if (leadIn) start -= leadIn[0].length;
  if (ref === null && !absolute) return { start, end, from: null, to: null, grain, rule: "chrono-unresolved", rank: RANK_CHRONO };
  const resolvedIv = chronoInterval(r, ctx, ref ?? 0, text, start, end, endYear);
  if (resolvedIv === null) return null;
  const iv = resolvedIv.iv;
  const rule = resolvedIv.weekday ? "weekday" : "chrono";
  const cand = { start, end, from: iv.from, to: iv.to, grain, rule, rank: RANK_CHRONO };
  if (absolute) return introducesYear(ctx.s, start) ? { ...cand, year: partsOf(iv.to).y } : cand;
  const reyear = guessedYearRebuilder(r);
  return reyear === null ? cand : { ...cand, inYear: reyear };
};
var chronoInterval = (r, ctx, ref, text, start, end, endYear) => {
  const startYearKnown = r.start.isCertain("year");
  const first = resolveComponent(ctx, ref, r.start, text, start, end, startYearKnown ? null : endYear);
  if (first === null || !r.end) return first;
  const last = resolveComponent(ctx, ref, r.end, text, start, end, partsOf(first.iv.from).y);
  if (last === null) return first;
  let from = first.iv.from;
  let to = last.iv.to;
  while (from > to && endYear !== null && !startYearKnown) from = shift(from, -1, "year");
  while (to < from) to = shift(to, 1, "year");
  return { iv: { from, to }, weekday: first.weekday };
};
var guessedYearRebuilder = (r) => {
  const c = r.start;
  if (r.end || c.isCertain("year") || !c.isCertain("month") || c.isCertain("weekday")) return null;
  const m = c.get("month") ?? 1;
  const d = c.get("day") ?? 1;
  return c.isCertain("day") ? (y) => dayIv(toDay(y, m, d)) : (y) => monthIv(y, m);
};
var CHRONO_OPTIONS = { forwardDate: false };
var NO_REF_INSTANT = new Date(Date.UTC(2e3, 0, 1, 12));
var ANCHOR_TAIL = /\b(?:after|before|following|prior\s+to|ahead\s+of|from|since)\s+/i;
var chronoCandidates = (ctx) => {
  const reference = { instant: ctx.ref === null ? NO_REF_INSTANT : new Date(ctx.ref * DAY_MS + DAY_MS / 2), timezone: 0 };
  const out = [];
  const read3 = (from, to, depth) => {
    for (const r of chrono.parse(ctx.s.slice(from, to), reference, CHRONO_OPTIONS)) {
      const c = chronoCandidate(r, ctx, ctx.ref, from);
      if (c) {
        out.push(c);
        continue;
      }
      const tail = depth === 0 ? ANCHOR_TAIL.exec(r.text) : null;
      if (tail) read3(from + r.index + tail.index + tail[0].length, from + r.index + r.text.length, depth + 1);
    }
  };
  read3(0, ctx.s.length, 0);
  return out;
};

// src/nlp/time/amounts.ts
var NUMBER_WORDS = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  "a dozen": 12
};
var AMOUNT_SRC = "(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|\\d{1,3}|a\\s+few|few|several|a\\s+couple(?:\\s+of)?|couple\\s+of|a\\s+dozen)";
var QUAL_SRC = "(?:nearly|almost|about|around|roughly|approximately|some|more\\s+than|less\\s+than|just\\s+over|just\\s+under|well\\s+over|over|under|at\\s+least|barely|just|only)";
var parseAmount = (word) => {
  if (word === void 0) return null;
  const w = word.toLowerCase().replace(/\s+/g, " ");
  if (/^\d+$/.test(w)) return { lo: Number(w), hi: Number(w), exact: true };
  if (w.includes("few")) return { lo: 2, hi: 5, exact: false };
  if (w === "several") return { lo: 3, hi: 7, exact: false };
  if (w.includes("couple")) return { lo: 2, hi: 2, exact: true };
  const n2 = NUMBER_WORDS[w];
  return n2 === void 0 ? null : { lo: n2, hi: n2, exact: true };
};
var VAGUE_PLURAL = { lo: 1, hi: 9, exact: false };
var hedgeOf = (q) => {
  const w = (q ?? "").toLowerCase();
  if (/nearly|almost|less|under|barely/.test(w)) return "less";
  if (/more|over|least/.test(w)) return "more";
  return "about";
};
var unitOf = (word) => {
  const w = word.toLowerCase().replace(/s$/, "");
  if (w === "day" || w === "night" || w === "morning" || w === "afternoon" || w === "evening") return "day";
  if (w === "week" || w === "month" || w === "year" || w === "decade") return w;
  if (w === "hour" || w === "minute") return "hour";
  return null;
};
var offsetIv = (iv, amount, unit, hedge, sign) => {
  if (unit === "hour") {
    const days = Math.ceil(amount.hi / 24);
    return sign > 0 ? { from: iv.from, to: iv.to + days } : { from: iv.from - days, to: iv.to };
  }
  const half = HALF_DAYS[unit];
  const slack = amount.exact && hedge === "about" ? SLACK_DAYS[unit] : 0;
  let loExtra = -slack;
  let hiExtra = slack;
  if (hedge === "less") loExtra -= half;
  if (hedge === "more") hiExtra += half;
  if (sign > 0) {
    return { from: shift(iv.from, amount.lo, unit) + loExtra, to: shift(iv.to, amount.hi, unit) + hiExtra };
  }
  return { from: shift(iv.from, -amount.hi, unit) - hiExtra, to: shift(iv.to, -amount.lo, unit) - loExtra };
};
var offsetGrain = (amount, unit, hedge) => amount.exact && unit === "day" && hedge === "about" ? "day" : "range";

// src/nlp/time/date-words.ts
var MONTH_NUMBER = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12
};
var monthNumber = (word) => MONTH_NUMBER[word.slice(0, 3).toLowerCase()] ?? 0;
var MONTH_SRC = "(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.)";
var YEAR_SRC = "(?:19|20)\\d\\d";

// src/nlp/time/fixups-article-relative.ts
var calUnit = (word) => {
  const w = (word ?? "").toLowerCase();
  return w === "week" || w === "month" || w === "year" ? w : null;
};
var earlierLaterFixUp = {
  name: "this-unit",
  re: /\b(?<when>earlier|later)\s+this\s+(?<u>week|month|year)\b/gi,
  resolve: (m, ctx) => {
    const unit = calUnit(group(m, "u"));
    const earlier = (group(m, "when") ?? "").toLowerCase() === "earlier";
    if (!unit) return null;
    return withRef(ctx, "range", "this-unit", (ref) => {
      const iv = unitIv(unit, ref);
      return earlier ? { from: iv.from, to: ref } : { from: ref, to: iv.to };
    });
  }
};
var thisLastNextFixUp = {
  name: "this-unit",
  re: /(?<!\bthe\s)\b(?<mod>this|last|next)\s+(?<u>week|month|year)\b(?!\s+of\b)/gi,
  resolve: (m, ctx, start, end) => {
    const unit = calUnit(group(m, "u"));
    if (!unit || /^[A-Z]/.test(group(m, "u") ?? "")) return null;
    const mod = (group(m, "mod") ?? "").toLowerCase();
    const grain = unit;
    return withRef(ctx, grain, `${mod}-${unit}`, (ref) => {
      if (mod === "last") return shiftUnitIv(unit, ref, -1);
      if (mod === "next") return shiftUnitIv(unit, ref, 1);
      const iv = unitIv(unit, ref);
      if (unit !== "month") return iv;
      return isFuture(ctx, start, end) ? { from: ref, to: iv.to } : { from: iv.from, to: ref };
    });
  }
};
var unitPartFixUp = {
  name: "unit-part",
  re: /\b(?:(?<part>early|late|mid)[\s-]+|the\s+(?<edge>end|beginning|start|middle|first\s+half|second\s+half)\s+of\s+)(?<mod>this|last|next|the)\s+(?<u>week|month|year)\b(?!\s+of\b)/gi,
  resolve: (m, ctx) => {
    const unit = calUnit(group(m, "u"));
    const part = partOf(group(m, "part") ?? group(m, "edge"));
    const mod = (group(m, "mod") ?? "").toLowerCase();
    if (!unit || !part) return null;
    const step = mod === "last" ? -1 : mod === "next" ? 1 : 0;
    return withRef(ctx, "range", "unit-part", (ref) => partIv(shiftUnitIv(unit, ref, step), unit, part));
  }
};
var monthOfYearFixUp = {
  name: "month-of-year",
  re: new RegExp(`\\b(?:[Ii]n\\s+)?(?<mon>${MONTH_SRC})\\s+(?:of\\s+)?(?<mod>this|last|next)\\s+year\\b`, "g"),
  resolve: (m, ctx) => {
    const month = monthNumber(group(m, "mon") ?? "");
    const mod = group(m, "mod");
    const step = mod === "last" ? -1 : mod === "next" ? 1 : 0;
    return withRef(ctx, "month", "month-of-year", (ref) => monthIv(partsOf(ref).y + step, month));
  }
};
var restOfUnitFixUp = {
  name: "rest-of-unit",
  re: /\bthe\s+(?:rest|remainder|balance)\s+of\s+(?:this|the)\s+(?<u>week|month|year)\b/gi,
  resolve: (m, ctx) => {
    const unit = calUnit(group(m, "u"));
    if (!unit) return null;
    return withRef(ctx, "range", "rest-of-unit", (ref) => ({ from: ref, to: unitIv(unit, ref).to }));
  }
};
var pastSpanFixUp = {
  name: "past-span",
  re: new RegExp(
    `\\b(?:(?:over|in|during|for|within|throughout|across)\\s+)?(?:the\\s+(?<mod>past|last|coming|next)|this\\s+past)\\s+(?:(?<amt>${AMOUNT_SRC})\\s+)?(?<u>days?|weeks?|months?|years?|decades?)\\b(?!\\s+of\\b)`,
    "gi"
  ),
  resolve: (m, ctx) => {
    const unitWord = group(m, "u") ?? "";
    const unit = unitOf(unitWord);
    const mod = (group(m, "mod") ?? "past").toLowerCase();
    const amountWord = group(m, "amt");
    const amount = parseAmount(amountWord);
    if (mod === "next" && amountWord === void 0 && !/s$/i.test(unitWord)) return null;
    if (!unit || unit === "hour") return null;
    const n2 = amount ? amount.hi : /s$/i.test(unitWord) ? 3 : 1;
    const forward = mod === "coming" || mod === "next";
    return withRef(
      ctx,
      "range",
      "past-span",
      (ref) => forward ? { from: ref, to: shift(ref, n2, unit) } : { from: shift(ref, -n2, unit), to: ref }
    );
  }
};
var RECENT = { days: [7, "day"], weeks: [4, "week"], months: [3, "month"], years: [5, "year"] };
var recentFixUp = {
  name: "recent",
  re: /\b(?:(?:in|over|during)\s+)?recent\s+(?<u>days|weeks|months|years)\b/gi,
  resolve: (m, ctx) => {
    const reach = RECENT[(group(m, "u") ?? "").toLowerCase()];
    if (!reach) return null;
    return withRef(ctx, "range", "recent", (ref) => ({ from: shift(ref, -reach[0], reach[1]), to: ref }));
  }
};
var agoFixUp = {
  name: "ago",
  re: new RegExp(`\\b(?:(?<q>${QUAL_SRC})\\s+)?(?<amt>${AMOUNT_SRC})\\s+(?<u>days?|weeks?|months?|years?|decades?)\\s+ago\\b`, "gi"),
  resolve: (m, ctx) => {
    const amount = parseAmount(group(m, "amt"));
    const unit = unitOf(group(m, "u") ?? "");
    if (!amount || !unit) return null;
    const hedge = hedgeOf(group(m, "q"));
    return withRef(ctx, offsetGrain(amount, unit, hedge), "ago", (ref) => offsetIv(dayIv(ref), amount, unit, hedge, -1));
  }
};
var weekendFixUp = {
  name: "weekend",
  re: /\b(?<mod>this\s+past|this|last|next|over\s+the|during\s+the|on\s+the|at\s+the)\s+weekend\b(?!s)/gi,
  resolve: (m, ctx, start, end) => {
    const mod = (group(m, "mod") ?? "").toLowerCase().replace(/\s+/g, " ");
    return withRef(ctx, "range", "weekend", (ref) => {
      const saturday = ref - (weekdayOf(ref) + 1) % 7;
      const weekend = (sat) => ({ from: sat, to: sat + 1 });
      const inWeekend = weekdayOf(ref) === 6 || weekdayOf(ref) === 0;
      if (mod === "last" || mod === "this past") return weekend(inWeekend ? saturday - 7 : saturday);
      if (mod === "next") return weekend(saturday + 7);
      if (inWeekend) return weekend(saturday);
      return weekend(isFuture(ctx, start, end) ? saturday + 7 : saturday);
    });
  }
};

// src/nlp/time/fixups-seasons.ts
var seasonOf = (word) => {
  const w = word.toLowerCase();
  return w === "autumn" ? "fall" : w;
};
var seasonIv = (season, y) => {
  if (season === "spring") return { from: toDay(y, 3, 1), to: toDay(y, 5, 31) };
  if (season === "summer") return { from: toDay(y, 6, 1), to: toDay(y, 8, 31) };
  if (season === "fall") return { from: toDay(y, 9, 1), to: toDay(y, 11, 30) };
  return { from: toDay(y, 12, 1), to: toDay(y + 1, 2, daysInMonth(y + 1, 2)) };
};
var placeSeason = (season, ref, mod, future) => {
  const y = partsOf(ref).y;
  const around = [y - 2, y - 1, y, y + 1].map((yy) => seasonIv(season, yy));
  const current = around.find((iv) => iv.from <= ref && ref <= iv.to);
  const lastEnded = [...around].reverse().find((iv) => iv.to < ref) ?? seasonIv(season, y - 1);
  const nextStarting = around.find((iv) => iv.from > ref) ?? seasonIv(season, y + 1);
  if (mod === "last" || mod === "past" || mod === "this past") return lastEnded;
  if (mod === "next" || mod === "coming") return nextStarting;
  if (current) return current;
  if (mod === "this") {
    if (season !== "winter") return seasonIv(season, y);
    return partsOf(ref).m <= 6 ? seasonIv("winter", y - 1) : seasonIv("winter", y);
  }
  return future ? nextStarting : lastEnded;
};
var SEASON_SRC = "(?:summer|fall|autumn|winter|spring)";
var isSeasonName = (seasonWord, s, matchEnd) => /^[A-Z]/.test(seasonWord) && /^\s+[A-Z]/.test(s.slice(matchEnd, matchEnd + 3));
var seasonFixUp = {
  name: "season",
  re: new RegExp(
    `\\b(?:(?:some\\s?time|in|during|over|through|throughout|by|since|until)\\s+)?(?<mod>this\\s+past|this|last|next|the\\s+coming|the\\s+past|the)\\s+(?:(?<part>early|late)\\s+)?(?<season>${SEASON_SRC})\\b(?!\\s+(?:of\\s+)?${YEAR_SRC})`,
    "gi"
  ),
  resolve: (m, ctx, start, end) => {
    const mod = (group(m, "mod") ?? "").toLowerCase().replace(/\s+/g, " ").replace(/^the /, "");
    if (mod === "the" && !/^(?:some\s?time|in|during|over|through|throughout|by|since|until)\s/i.test(m[0])) return null;
    if (mod === "the" && /^\s+of\b/.test(ctx.s.slice(end))) return null;
    if (isSeasonName(group(m, "season") ?? "", ctx.s, end)) return null;
    const season = seasonOf(group(m, "season") ?? "");
    return withRef(ctx, "season", "season", (ref) => placeSeason(season, ref, mod, isFuture(ctx, start, end)));
  }
};
var seasonYearFixUp = {
  name: "season",
  writesYear: true,
  re: new RegExp(
    `\\b(?:(?:in|during)\\s+)?(?:the\\s+)?(?:(?<season>${SEASON_SRC})\\s+(?:of\\s+)?(?<y>${YEAR_SRC})|(?<y2>${YEAR_SRC})\\s+(?<season2>${SEASON_SRC}))\\b`,
    "gi"
  ),
  resolve: (m, ctx, _start, end) => {
    const word = group(m, "season") ?? group(m, "season2") ?? "";
    if (isSeasonName(word, ctx.s, end)) return null;
    const season = seasonOf(word);
    const y = Number(group(m, "y") ?? group(m, "y2"));
    return resolved(seasonIv(season, season === "winter" ? y - 1 : y), "season", "season");
  }
};

// src/nlp/time/fixups-years.ts
var YEAR_RE = new RegExp(
  `\\b(?:(?:[Ii]n|[Dd]uring)\\s+)?(?<![$\xA3\u20AC\xA5#@/.,:\\u2013-])(?<y>${YEAR_SRC})\\b(?![.,:/]\\d|\\s*(?:%|percent|per\\s?cent)|\\s+(?:troops|soldiers|people|persons|men|women|children|residents|civilians|refugees|migrants|members|delegates|votes|voters|seats|miles|kilometers|kilometres|km|meters|metres|feet|ft|tons|tonnes|pounds|lbs|kg|barrels|dollars|euros|yuan|rubles|points|cases|deaths|jobs|units|hours|hrs|GMT|UTC|BST|EST|EDT|CET|local\\s+time|words|pages|rounds|missiles|rockets)\\b)`,
  "g"
);
var NOT_YEAR_BEFORE = /\b(?:about|around|nearly|almost|some|over|under|than|roughly|approximately|least|up\s+to|No\.?|number|Resolution|Flight|Route|Highway|Room|Article|Section|Chapter|Russell|Interstate|Model|Windows|[Tt]op|[Oo]nly|[Ee]xactly)\s*$/;
var yearFixUp = {
  name: "year",
  writesYear: true,
  re: YEAR_RE,
  resolve: (m, ctx, start) => {
    if (NOT_YEAR_BEFORE.test(ctx.s.slice(Math.max(0, start - 16), start))) return null;
    return resolved(yearIv(Number(group(m, "y"))), "year", "year");
  }
};
var yearRangeFixUp = {
  name: "year-range",
  re: new RegExp(
    `\\b(?:(?<between>[Bb]etween)\\s+|[Ff]rom\\s+)?(?<y1>${YEAR_SRC})\\s*(?<conn>-|\\u2013|\\u2014|to|and|until|through)\\s*(?<y2>(?:19|20)?\\d\\d)\\b(?![.,/]\\d)`,
    "g"
  ),
  resolve: (m) => {
    if (group(m, "conn") === "and" && group(m, "between") === void 0) return null;
    const y1 = Number(group(m, "y1"));
    const raw = group(m, "y2") ?? "";
    if (raw.length === 2 && /^[a-z]/i.test(group(m, "conn") ?? "")) return null;
    const y2 = raw.length === 2 ? Math.floor(y1 / 100) * 100 + Number(raw) : Number(raw);
    if (!(y2 > y1 && y2 - y1 < 100)) return null;
    return resolved({ from: yearIv(y1).from, to: yearIv(y2).to }, "range", "year-range");
  }
};
var decadeFixUp = {
  name: "decade",
  re: /\b(?:(?:in|during)\s+)?(?:the\s+)?(?:(?<part>early|mid|late)[\s-]+)?(?:(?<y>(?:19|20)\d0)|['’](?<yy>[3-9]0))['’]?s\b/gi,
  resolve: (m) => {
    const y = group(m, "y") !== void 0 ? Number(group(m, "y")) : 1900 + Number(group(m, "yy"));
    const iv = { from: yearIv(y).from, to: yearIv(y + 9).to };
    const part = partOf(group(m, "part"));
    return resolved(part ? partIv(iv, "decade", part) : iv, "range", "decade");
  }
};
var yearPartFixUp = {
  name: "year-part",
  writesYear: true,
  re: new RegExp(
    `\\b(?:[Ii]n\\s+)?(?:(?<part>[Ee]arly|[Mm]id|[Ll]ate)[\\s-]+|[Tt]he\\s+(?<edge>end|beginning|start|middle|first\\s+half|second\\s+half)\\s+of\\s+)(?<y>${YEAR_SRC})\\b(?![.,/]\\d)`,
    "g"
  ),
  resolve: (m) => {
    const part = partOf(group(m, "part") ?? group(m, "edge"));
    return part ? resolved(partIv(yearIv(Number(group(m, "y"))), "year", part), "range", "year-part") : null;
  }
};
var monthPartFixUp = {
  name: "month-part",
  re: new RegExp(
    `\\b(?:[Ii]n\\s+)?(?:(?<part>[Ee]arly|[Mm]id|[Ll]ate)[\\s-]+|[Tt]he\\s+(?<edge>end|beginning|start|middle|first\\s+half|second\\s+half)\\s+of\\s+)(?<mon>${MONTH_SRC})(?:,?\\s+(?:of\\s+)?(?<y>${YEAR_SRC})\\b)?`,
    "g"
  ),
  resolve: (m, ctx, start, end) => {
    const part = partOf(group(m, "part") ?? group(m, "edge"));
    const month = monthNumber(group(m, "mon") ?? "");
    if (!part || month === 0) return null;
    const y = group(m, "y");
    const build = (year) => partIv(monthIv(year, month), "month", part);
    if (y !== void 0) return resolved(build(Number(y)), "range", "month-part");
    return withRef(ctx, "range", "month-part", (ref) => placeInYear(ctx, ref, build, start, end));
  }
};
var namedDateFixUp = {
  name: "named-date",
  re: /(?<![\w/])9\/11(?![\w/])|\b(?:Sept?\.?|September)\s+11(?:th)?(?=,?\s+(?:terror(?:ist)?\s+)?attacks?\b)/g,
  resolve: () => resolved(dayIv(toDay(2001, 9, 11)), "day", "named-date")
};

// src/nlp/time/fixups.ts
var FIXUPS = [
  yearFixUp,
  yearRangeFixUp,
  decadeFixUp,
  yearPartFixUp,
  monthPartFixUp,
  seasonFixUp,
  seasonYearFixUp,
  earlierLaterFixUp,
  thisLastNextFixUp,
  unitPartFixUp,
  monthOfYearFixUp,
  restOfUnitFixUp,
  pastSpanFixUp,
  recentFixUp,
  agoFixUp,
  weekendFixUp,
  namedDateFixUp
];
var FIXUP_HINT = /\d|\b(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)|\b(?:day|week|month|year|ago|spring|summer|fall|autumn|winter|decade|later|earlier|recent|follow|subsequent|ensuing|night|morning|afternoon|evening|hour|minute)/i;
var runFixUps = (ctx, fixups, rank2) => {
  const out = [];
  for (const f of fixups) {
    f.re.lastIndex = 0;
    for (let m = f.re.exec(ctx.s); m !== null; m = f.re.exec(ctx.s)) {
      if (m[0].length === 0) {
        f.re.lastIndex++;
        continue;
      }
      const start = m.index;
      const end = m.index + m[0].trimEnd().length;
      const r = f.resolve(m, ctx, start, end);
      if (!r) continue;
      const cand = { start, end, from: r.from, to: r.to, grain: r.grain, rule: r.rule, rank: rank2 };
      const setsYear = r.from !== null && r.to !== null && f.writesYear === true && introducesYear(ctx.s, start);
      out.push(setsYear && (f !== yearFixUp || /^(?:in|during)\s/i.test(m[0])) ? { ...cand, year: partsOf(r.to ?? 0).y } : cand);
    }
  }
  return out;
};

// src/nlp/time/anchor-phrase.ts
var ANCHOR_PHRASE_MAX_WORDS = 12;
var CLAUSE_STOP = /,(?!\d)|[;:!?()[\]{}\u2013\u2014]|--|^-$/;
var OPENING_QUOTE = /^[“"‘]/;
var CLOSING_QUOTE = /”|(?<=\S)"|['’](?=[,.;:!?)\]])/;
var FINAL_PERIOD = /\.+(?=[^\w]*$|["”’)\]])/;
var ABBREVIATION = /(?:^|[^\w.])(?:(?:[A-Za-z]\.){2,}|[A-Z]\.|(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Capt|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|No|vs?)\.)$/;
var SUBORDINATOR = /^(?:when|whenever|while|whilst|because|as|which|that|who|whom|whose|where|whereas|although|though|if|unless|until|since|but)(?![\w'’-])/i;
var clauseEndIn = (word, quoted) => {
  const cuts = [];
  const stop = CLAUSE_STOP.exec(word);
  if (stop) cuts.push(stop.index);
  const quote = CLOSING_QUOTE.exec(word);
  if (quote && !quoted) cuts.push(quote.index);
  const period = FINAL_PERIOD.exec(word);
  if (period && !ABBREVIATION.test(word.slice(0, period.index + 1))) cuts.push(period.index);
  return cuts.length === 0 ? -1 : Math.min(...cuts);
};
var NEVER_LAST = /^(?:a|an|the|his|its|their|our|my|your|of|and|or|nor)$/i;
var DANGLING_WHEN_CUT = /^(?:in|on|at|by|for|with|to|from|into|onto|upon|about|against|during|between|among|amid|amidst|toward|towards|within|across|via)$/i;
var anchorPhraseEnd = (s, from) => {
  const WORD = /\S+/g;
  WORD.lastIndex = from;
  const kept = [];
  let cutShort = false;
  let quoted = false;
  for (let m = WORD.exec(s); m !== null; m = WORD.exec(s)) {
    const word = m[0];
    if (kept.length === ANCHOR_PHRASE_MAX_WORDS || kept.length > 0 && !quoted && SUBORDINATOR.test(word)) {
      cutShort = true;
      break;
    }
    if (OPENING_QUOTE.test(word)) quoted = true;
    const cut = clauseEndIn(word, quoted);
    if (cut >= 0) {
      if (cut > 0) kept.push({ text: word.slice(0, cut), end: m.index + cut });
      break;
    }
    if (CLOSING_QUOTE.test(word)) quoted = false;
    kept.push({ text: word, end: m.index + word.length });
  }
  for (let last = kept.at(-1); last !== void 0; last = kept.at(-1)) {
    if (!NEVER_LAST.test(last.text) && !(cutShort && DANGLING_WHEN_CUT.test(last.text))) break;
    kept.pop();
  }
  return kept.at(-1)?.end ?? from;
};

// src/nlp/time/relatives.ts
var UNIT_SRC = "(?:minute|hour|day|night|week|month|year|decade)";
var AFTER_RES = [
  new RegExp(
    `\\b(?:(?<q>${QUAL_SRC})\\s+)?(?:(?<amt>${AMOUNT_SRC})\\s+(?<u>${UNIT_SRC})s?|(?<plural>${UNIT_SRC})s)\\s+(?<dir>after|before|following|prior\\s+to|ahead\\s+of)\\s`,
    "gi"
  ),
  new RegExp(`\\b(?:on\\s+)?the\\s+(?<one>day|night|morning|evening|week|month|year)\\s+(?<dir>after|before)\\s`, "gi"),
  new RegExp(
    `\\b(?:in|during|over)\\s+the\\s+(?:(?:first|last|final)\\s+)?(?:(?<amt>${AMOUNT_SRC})\\s+)?(?<plural>days|weeks|months|years|hours)\\s+(?<dir>after|following|before|leading\\s+up\\s+to|preceding|since)\\s`,
    "gi"
  )
];
var LATER_RE = new RegExp(
  `\\b(?:(?<q>${QUAL_SRC})\\s+)?(?<amt>${AMOUNT_SRC})\\s+(?<u>${UNIT_SRC})s?\\s+(?<dir>later|earlier|afterwards?|before(?=\\s*(?:[,.;:!?)]|$)))`,
  "gi"
);
var FOLLOWED_RE = new RegExp(
  `\\b(?:(?:in|over|during)\\s+)?the\\s+(?:(?<amt>${AMOUNT_SRC})\\s+)?(?:(?<u>days|weeks|months|years)\\s+that\\s+followed|(?:following|subsequent|ensuing)\\s+(?:(?<amt2>${AMOUNT_SRC})\\s+)?(?<u2>days|weeks|months|years))\\b`,
  "gi"
);
var NEXT_DAY_RE = /\b(?:on\s+)?(?:the\s+(?<dir>next|following|previous|preceding|same)|that(?:\s+same)?)\s+(?<u>day|morning|afternoon|evening|night|week|month|year)\b/gi;
var RELATIVE_HINT = /\b(?:after|before|following|prior|ahead|later|earlier|afterwards?|followed|subsequent|ensuing|next|previous|preceding|same|that|since)\b/i;
var ANCHOR_WINDOW = 70;
var isResolved = (c) => c.from !== null && c.to !== null;
var isAttributiveYear = (s, c) => c.rule === "year" && /\b(?:the|a|an|its|his|her|their|our)\s+$/i.test(s.slice(Math.max(0, c.start - 8), c.start));
var anchorAfter = (s, from, chosen) => {
  const rest = s.slice(from, from + ANCHOR_WINDOW);
  const stop = /[;:!?()"“”\u2014]|,\s|\.\s/.exec(rest);
  const limit = from + (stop ? stop.index : rest.length);
  let best = null;
  for (const c of chosen) {
    if (c.start < from || c.start >= limit || !isResolved(c) || isAttributiveYear(s, c)) continue;
    if (best === null || c.start < best.start) best = c;
  }
  return best;
};
var anchorBefore = (before, chosen) => {
  let best = null;
  for (const c of chosen) {
    if (c.end <= before && isResolved(c) && (best === null || c.end > best.end)) best = c;
  }
  return best;
};
var unanchored = (start, end) => ({
  start,
  end,
  from: null,
  to: null,
  grain: "relative",
  rule: "relative-unanchored",
  rank: RANK_RELATIVE
});
var anchorIv = (c) => ({ from: c.from ?? 0, to: c.to ?? 0 });
var unanchoredEnd = (s, headEnd, from, taken) => {
  const end = anchorPhraseEnd(s, from);
  if (end <= from || taken.some((c) => c.start < end && from < c.end)) return headEnd;
  return end;
};
var afterCandidates = (ctx, chosen, others) => {
  const taken = [...chosen, ...others];
  const out = [];
  for (const re of AFTER_RES) {
    re.lastIndex = 0;
    for (let m = re.exec(ctx.s); m !== null; m = re.exec(ctx.s)) {
      const start = m.index;
      const headEnd = m.index + m[0].trimEnd().length;
      const dir = (group(m, "dir") ?? "").toLowerCase();
      const unit = unitOf(group(m, "u") ?? group(m, "plural") ?? group(m, "one") ?? "");
      const amount = group(m, "one") !== void 0 ? { lo: 1, hi: 1, exact: true } : parseAmount(group(m, "amt")) ?? VAGUE_PLURAL;
      if (!unit) continue;
      const anchor = anchorAfter(ctx.s, m.index + m[0].length, chosen);
      if (!anchor) {
        out.push(unanchored(start, unanchoredEnd(ctx.s, headEnd, m.index + m[0].length, taken)));
        continue;
      }
      const iv = anchorIv(anchor);
      const hedge = hedgeOf(group(m, "q"));
      let r;
      let grain;
      if (dir === "since") {
        r = ctx.ref === null ? null : { from: iv.from, to: ctx.ref };
        grain = "range";
      } else {
        const sign = /^(?:before|prior|ahead|leading|preceding)/.test(dir) ? -1 : 1;
        r = offsetIv(iv, amount, unit, hedge, sign);
        grain = offsetGrain(amount, unit, hedge);
      }
      if (r === null) out.push(unanchored(start, anchor.end));
      else out.push({ start, end: anchor.end, from: r.from, to: r.to, grain, rule: "relative-anchored", rank: RANK_RELATIVE });
    }
  }
  return out;
};
var laterCandidates = (ctx, chosen) => {
  const out = [];
  const add = (start, end, f) => {
    const anchor = anchorBefore(start, chosen);
    if (!anchor) {
      out.push(unanchored(start, end));
      return;
    }
    const r = f(anchorIv(anchor));
    out.push({ start, end, from: r.iv.from, to: r.to, grain: r.grain, rule: "relative-anchored", rank: RANK_RELATIVE });
  };
  LATER_RE.lastIndex = 0;
  for (let m = LATER_RE.exec(ctx.s); m !== null; m = LATER_RE.exec(ctx.s)) {
    const amount = parseAmount(group(m, "amt"));
    const unit = unitOf(group(m, "u") ?? "");
    if (!amount || !unit) continue;
    const hedge = hedgeOf(group(m, "q"));
    const sign = /^(?:later|after)/i.test(group(m, "dir") ?? "") ? 1 : -1;
    add(m.index, m.index + m[0].length, (iv) => {
      const r = offsetIv(iv, amount, unit, hedge, sign);
      return { iv: r, to: r.to, grain: offsetGrain(amount, unit, hedge) };
    });
  }
  FOLLOWED_RE.lastIndex = 0;
  for (let m = FOLLOWED_RE.exec(ctx.s); m !== null; m = FOLLOWED_RE.exec(ctx.s)) {
    const amount = parseAmount(group(m, "amt") ?? group(m, "amt2"));
    const unit = unitOf(group(m, "u") ?? group(m, "u2") ?? "");
    if (!unit || unit === "hour") continue;
    add(m.index, m.index + m[0].length, (iv) => {
      if (!amount) return { iv, to: null, grain: "relative" };
      const to = shift(iv.to, amount.hi, unit);
      return { iv: { from: iv.to + 1, to }, to, grain: "range" };
    });
  }
  NEXT_DAY_RE.lastIndex = 0;
  for (let m = NEXT_DAY_RE.exec(ctx.s); m !== null; m = NEXT_DAY_RE.exec(ctx.s)) {
    const unit = unitOf(group(m, "u") ?? "");
    if (!unit || unit === "hour" || unit === "decade") continue;
    const dir = (group(m, "dir") ?? "same").toLowerCase();
    const step = dir === "next" || dir === "following" ? 1 : dir === "same" ? 0 : -1;
    add(m.index, m.index + m[0].length, (iv) => {
      const r = unit === "day" ? { from: iv.from + step, to: iv.to + step } : unitIv(unit, shift(iv.from, step, unit));
      return { iv: r, to: r.to, grain: unit };
    });
  }
  return out;
};

// src/nlp/time/index.ts
var selectNonOverlapping = (cands) => {
  const order = [...cands].sort((a, b) => b.end - b.start - (a.end - a.start) || b.rank - a.rank || a.start - b.start);
  const chosen = [];
  for (const c of order) {
    if (!chosen.some((k) => c.start < k.end && k.start < c.end)) chosen.push(c);
  }
  return chosen.sort((a, b) => a.start - b.start);
};
var inheritYears = (chosen) => {
  let year;
  return chosen.map((c) => {
    if (c.year !== void 0) year = c.year;
    if (year === void 0 || c.inYear === void 0) return c;
    const iv = c.inYear(year);
    return { ...c, from: iv.from, to: iv.to };
  });
};
var findInRegion = (s, ref) => {
  const chronoHint = CHRONO_HINT.test(s);
  if (!chronoHint && !FIXUP_HINT.test(s)) return [];
  const ctx = { s, ref };
  const base = [...chronoHint ? chronoCandidates(ctx) : [], ...runFixUps(ctx, FIXUPS, RANK_FIXUP)];
  let chosen = inheritYears(selectNonOverlapping(base));
  if (RELATIVE_HINT.test(s)) {
    const later = laterCandidates(ctx, chosen);
    const relative = [...afterCandidates(ctx, chosen, later), ...later];
    if (relative.length > 0) chosen = selectNonOverlapping([...chosen, ...relative]);
  }
  return chosen;
};
var parseRef = (refDate) => {
  const m = refDate === null ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(refDate);
  return m ? toDay(Number(m[1]), Number(m[2]), Number(m[3])) : null;
};
function findTimes(text, refDate, regions) {
  const ref = parseRef(refDate);
  const out = [];
  for (const [a, b] of regions) {
    const r0 = Math.max(0, a);
    const r1 = Math.min(text.length, b);
    if (r1 <= r0) continue;
    for (const c of findInRegion(text.slice(r0, r1), ref)) {
      const [from, to] = c.from !== null && c.to !== null && c.from > c.to ? [c.to, c.from] : [c.from, c.to];
      out.push({ span: [r0 + c.start, r0 + c.end], start: isoOf(from), end: isoOf(to), grain: c.grain, rule: c.rule });
    }
  }
  out.sort((x, y) => x.span[0] - y.span[0] || y.span[1] - x.span[1]);
  const result = [];
  for (const t2 of out) {
    const prev = result[result.length - 1];
    if (prev && t2.span[0] < prev.span[1]) continue;
    result.push(t2);
  }
  return result;
}

// src/nlp/wink.ts
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
var instance = null;
var wink = () => {
  instance ??= winkNLP(model, ["sbd", "pos"]);
  return instance;
};

// src/nlp/tokenize.ts
var GLUED_POSSESSIVE = /^(\p{Lu}\p{Ll}+)(['’]s)(\p{Ll}{3,})$/u;
var tokenize = (doc) => {
  const { text, header } = doc.article;
  const prose = header ? " ".repeat(header[1] - header[0]) + text.slice(header[1]) : text;
  const nlp = wink();
  const its = nlp.its;
  const wdoc = nlp.readDoc(prose);
  const all = wdoc.tokens();
  const values = all.out(its.value);
  const pos = all.out(its.pos);
  const lemmas = all.out(its.lemma);
  const tokens = [];
  const index = new Int32Array(values.length + 1);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    index[i] = tokens.length;
    const value = values[i];
    const found = prose.startsWith(value, cursor) ? cursor : prose.indexOf(value, cursor);
    if (found < 0) continue;
    const start = found;
    const end = start + value.length;
    cursor = end;
    if (pos[i] === "SPACE" || end === start) continue;
    const glued = GLUED_POSSESSIVE.exec(value);
    if (glued) {
      const a = start + glued[1].length;
      const b = a + glued[2].length;
      tokens.push({ span: [start, a], pos: "PROPN", lemma: glued[1].toLowerCase() });
      tokens.push({ span: [a, b], pos: "PART", lemma: glued[2] });
      tokens.push({ span: [b, end], pos: "NOUN", lemma: glued[3].toLowerCase() });
      continue;
    }
    tokens.push({ span: [start, end], pos: pos[i], lemma: lemmas[i] ?? value.toLowerCase() });
  }
  index[values.length] = tokens.length;
  const sentences = [];
  for (const [first, last] of wdoc.sentences().out(its.span)) {
    const a = index[first];
    const b = index[last + 1];
    if (b > a) sentences.push({ span: [tokens[a].span[0], tokens[b - 1].span[1]], tokens: [a, b] });
  }
  return { ...doc, tokens, sentences };
};

// src/nlp/chunk.ts
var NAME_PARTICLES = /* @__PURE__ */ new Set(["of", "al", "el", "bin", "ibn", "de", "da", "del", "van", "von", "der", "la", "le", "du"]);
var chunk = (doc) => {
  const { tokens, sentences } = doc;
  const text = doc.article.text;
  const chunks = [];
  for (const s of sentences) {
    let i = s.tokens[0];
    const end = s.tokens[1];
    while (i < end) {
      if (tokens[i].pos !== "PROPN") {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < end) {
        const t2 = tokens[j];
        if (t2.pos === "PROPN") j++;
        else if (joins(text, tokens, j, end)) j += 2;
        else break;
      }
      chunks.push({ kind: "propn", span: [tokens[i].span[0], tokens[j - 1].span[1]], tokens: [i, j] });
      i = j;
    }
  }
  return { ...doc, chunks };
};
var joins = (text, tokens, j, end) => {
  const t2 = tokens[j];
  const next = tokens[j + 1];
  if (j + 1 >= end || !next || next.pos !== "PROPN") return false;
  const prev = tokens[j - 1];
  if (text.slice(t2.span[0], t2.span[1]) === "-") return prev.span[1] === t2.span[0] && t2.span[1] === next.span[0];
  return NAME_PARTICLES.has(t2.lemma) && text.charCodeAt(t2.span[0]) >= 97;
};

// src/nlp/index.ts
var resolveTimes = (doc) => ({
  ...doc,
  times: findTimes(
    doc.article.text,
    doc.article.date,
    doc.sentences.map((s) => s.span)
  )
});

// src/actors/gazetteer.ts
var normToken = (t2) => {
  const s = t2.toLowerCase();
  return /[^\x00-\x7f]/.test(s) ? s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[’‘`]/g, "'") : s;
};
var buildGazetteer = (dict) => {
  const root = { next: /* @__PURE__ */ new Map(), entries: [] };
  const nlp = wink();
  const its = nlp.its;
  let size = 0;
  const add = (name, entry) => {
    const tokens = nlp.readDoc(name).tokens().out(its.value).filter((t2) => t2.trim() !== "");
    if (tokens.length === 0) return;
    let node = root;
    for (const t2 of tokens) {
      const key = normToken(t2);
      let child = node.next.get(key);
      if (!child) {
        child = { next: /* @__PURE__ */ new Map(), entries: [] };
        node.next.set(key, child);
      }
      node = child;
    }
    node.entries.push(entry);
    size++;
  };
  const cased = (name) => /^\p{Lu}/u.test(name);
  dict.countries.forEach((c, index) => {
    const amb = new Set(c.ambiguous);
    for (const n2 of /* @__PURE__ */ new Set([...c.names, c.name])) add(n2, { kind: "country", index, form: "name", ambiguous: amb.has(n2), cased: cased(n2) });
    for (const n2 of c.demonyms) add(n2, { kind: "country", index, form: "demonym", ambiguous: amb.has(n2), cased: true });
    for (const n2 of c.metonyms) add(n2, { kind: "country", index, form: "metonym", ambiguous: amb.has(n2), cased: cased(n2) });
  });
  dict.persons.forEach((p, index) => {
    for (const n2 of /* @__PURE__ */ new Set([p.name, ...p.aliases])) add(n2, { kind: "person", index, cased: true });
  });
  dict.institutions.forEach((inst, index) => {
    for (const n2 of /* @__PURE__ */ new Set([inst.name, ...inst.aliases])) add(n2, { kind: "institution", index, cased: inst.generic ? false : cased(n2) });
  });
  dict.roles.forEach((r, index) => {
    for (const n2 of r.phrases) add(n2, { kind: "role", index, cased: false });
  });
  return { root, size };
};
var matchTokens = (gaz, keys, upper, from, to) => {
  const out = [];
  let i = from;
  while (i < to) {
    let node = gaz.root;
    let best = null;
    for (let j = i; j < to; j++) {
      node = node.next.get(keys[j]);
      if (!node) break;
      if (node.entries.length) {
        const ok = node.entries.filter((e) => !e.cased || upper[i]);
        if (ok.length) best = { tokens: [i, j + 1], entries: ok };
      }
    }
    if (best) {
      out.push(best);
      i = best.tokens[1];
    } else i++;
  }
  return out;
};

// src/actors/load.ts
import { Ajv } from "ajv";
import { readdirSync, readFileSync } from "node:fs";
import { basename, join as join2 } from "node:path";
import { fileURLToPath } from "node:url";

// src/actors/schema.ts
var strings = { type: "array", items: { type: "string", minLength: 1 } };
var sector = { enum: [...SECTORS, null] };
var level = { enum: [...LEVELS, null] };
var partialDate = { type: "string", pattern: "^\\d{4}(-\\d{2}(-\\d{2})?)?$" };
var country = { type: "string", pattern: "^([A-Z]{3})$" };
var file = (entry) => ({
  type: "object",
  required: ["about", "entries"],
  properties: { about: { type: "string", minLength: 1 }, entries: { type: "array", items: entry } }
});
var countriesSchema = file({
  type: "object",
  required: ["iso3", "name", "names", "demonyms", "metonyms"],
  properties: {
    iso3: country,
    name: { type: "string", minLength: 1 },
    names: strings,
    demonyms: strings,
    capital: { type: ["string", "null"] },
    metonyms: strings,
    ambiguous: strings
  }
});
var personsSchema = file({
  type: "object",
  required: ["name", "family", "country", "offices"],
  properties: {
    name: { type: "string", minLength: 1 },
    aliases: strings,
    family: { type: "string", minLength: 1 },
    country,
    gender: { enum: ["m", "f", null] },
    born: { type: ["integer", "null"], minimum: 1850, maximum: 2020 },
    offices: {
      type: "array",
      items: {
        type: "object",
        required: ["office", "title", "sector", "level", "from"],
        properties: {
          office: { type: "string", pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" },
          title: { type: "string", minLength: 1 },
          sector,
          level,
          from: partialDate,
          to: { oneOf: [partialDate, { type: "null" }] },
          country
        }
      }
    }
  }
});
var rolesSchema = file({
  type: "object",
  required: ["phrases", "sector", "level", "kind"],
  properties: {
    phrases: { ...strings, minItems: 1 },
    plural: strings,
    sector,
    level,
    office: { type: ["string", "null"] },
    country: { oneOf: [country, { type: "null" }] },
    kind: { enum: ["title", "noun", "group"] }
  }
});
var institutionsSchema = file({
  type: "object",
  required: ["name", "country", "sector"],
  properties: {
    name: { type: "string", minLength: 1 },
    aliases: strings,
    country: { oneOf: [{ type: "string", pattern: "^([A-Z]{3}|IGO)$" }, { type: "null" }] },
    sector,
    level,
    generic: { type: "boolean" },
    kind: { type: "string" }
  }
});

// src/actors/load.ts
var ACTORS_DIR = fileURLToPath(new URL("../../data/actors/", import.meta.url));
var ajv = new Ajv({ allErrors: false, strict: false });
var validators = {
  countries: ajv.compile(countriesSchema),
  persons: ajv.compile(personsSchema),
  roles: ajv.compile(rolesSchema),
  institutions: ajv.compile(institutionsSchema)
};
var readData = (path, validate) => {
  let value;
  try {
    value = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new ConfigError("actor-data", `${path}: cannot read actor data: ${e.message}`);
  }
  if (!validate(value)) {
    const err = validate.errors?.[0];
    const m = /^\/entries\/(\d+)(.*)$/.exec(err.instancePath);
    const entries = value.entries;
    const entry = m ? entries?.[Number(m[1])] : void 0;
    const label = entry ? `entry ${m[1]} (${String(entry.name ?? entry.iso3 ?? entry.phrases?.[0] ?? "?")})` : "file";
    throw new ConfigError("actor-data", `${path}: ${label}: ${m?.[2] || err.instancePath || "value"} ${err.message}`);
  }
  return value;
};
var widenDate = (d, edge) => {
  if (d.length === 10) return d;
  if (d.length === 4) return edge === "start" ? `${d}-01-01` : `${d}-12-31`;
  const [y, m] = d.split("-").map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return edge === "start" ? `${d}-01` : `${d}-${String(last).padStart(2, "0")}`;
};
var slug = (s) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
var str = (v) => typeof v === "string" ? v : null;
var arr = (v) => Array.isArray(v) ? v : [];
var loadDictionary = (dir = ACTORS_DIR) => {
  const countries = readData(join2(dir, "countries.json"), validators.countries).entries.map((e) => ({
    iso3: e.iso3,
    name: e.name,
    names: arr(e.names),
    demonyms: arr(e.demonyms),
    capital: str(e.capital),
    metonyms: arr(e.metonyms),
    ambiguous: arr(e.ambiguous)
  }));
  const persons = [];
  const ids = /* @__PURE__ */ new Map();
  const personDir = join2(dir, "persons");
  for (const name of readdirSync(personDir).filter((f) => f.endsWith(".json")).sort()) {
    const path = join2(personDir, name);
    const file2 = `persons/${basename(path)}`;
    readData(path, validators.persons).entries.forEach((e, i) => {
      const offices = e.offices.map((o) => {
        const office = {
          office: o.office,
          title: o.title,
          sector: o.sector,
          level: o.level ?? null,
          from: widenDate(o.from, "start"),
          to: o.to == null ? null : widenDate(o.to, "end"),
          narrowFrom: widenDate(o.from, "end"),
          narrowTo: o.to == null ? null : widenDate(o.to, "start"),
          country: str(o.country)
        };
        if (office.to !== null && office.to < office.from) {
          throw new ConfigError("actor-data", `${path}: entry ${i} (${String(e.name)}): office "${office.title}" ends (${office.to}) before it starts (${office.from})`);
        }
        return office;
      });
      const base = `${String(e.country).toLowerCase()}:${slug(e.name)}`;
      const seen = ids.get(base) ?? 0;
      ids.set(base, seen + 1);
      persons.push({
        id: seen === 0 ? base : `${base}-${seen + 1}`,
        name: e.name,
        aliases: arr(e.aliases),
        family: e.family,
        country: e.country,
        gender: e.gender ?? null,
        born: e.born ?? null,
        offices,
        file: file2
      });
    });
  }
  const roles = readData(join2(dir, "roles.json"), validators.roles).entries.map((e) => ({
    phrases: [...arr(e.phrases), ...arr(e.plural)],
    sector: e.sector ?? null,
    level: e.level ?? null,
    office: str(e.office),
    country: str(e.country),
    kind: e.kind
  }));
  const institutions = readData(join2(dir, "institutions.json"), validators.institutions).entries.map((e) => ({
    name: e.name,
    aliases: arr(e.aliases),
    country: str(e.country),
    sector: e.sector ?? null,
    level: e.level ?? null,
    generic: e.generic === true,
    kind: str(e.kind) ?? "institution"
  }));
  return { countries, persons, roles, institutions };
};
var cached = null;
var dictionary = () => cached ??= loadDictionary();

// src/actors/offices.ts
var LEVEL_RANK = { head: 4, minister: 3, senior: 2, working: 1 };
var levelRank = (l) => l ? LEVEL_RANK[l] ?? 0 : 0;
var holds = (o, date) => o.from <= date && (o.to === null || date <= o.to);
var officeAt = (p, date, prefer = null) => {
  const pool = date ? p.offices.filter((o) => holds(o, date)) : p.offices;
  if (prefer) {
    const preferred = pool.find((o) => o.office === prefer);
    if (preferred) return preferred;
  }
  let best = null;
  for (const o of pool) if (!best || levelRank(o.level) > levelRank(best.level) || levelRank(o.level) === levelRank(best.level) && o.from > best.from) best = o;
  return best;
};
var indexOffices = (dict, norm) => {
  const byKey = /* @__PURE__ */ new Map();
  const byCountry = /* @__PURE__ */ new Map();
  const family = /* @__PURE__ */ new Map();
  const push = (map, key, v) => {
    const list = map.get(key);
    if (list) list.push(v);
    else map.set(key, [v]);
  };
  dict.persons.forEach((person, index) => {
    for (const office of person.offices) {
      const country2 = office.country ?? person.country;
      push(byKey, `${country2}|${office.office}`, { person, office });
      push(byCountry, country2, { person, office });
    }
    const f = norm(person.family);
    family.set(f, [...family.get(f) ?? [], index]);
  });
  return {
    holder: (country2, office, date, words) => {
      const rank2 = (h) => `${/^acting\b/i.test(h.office.title) ? 0 : 1}${h.office.from}`;
      const best = (list) => {
        let top = null;
        for (const h of list) if (holds(h.office, date) && (!top || rank2(h) > rank2(top))) top = h;
        return top?.person ?? null;
      };
      const keyed = byKey.get(`${country2}|${office}`) ?? [];
      if (!words) return best(keyed);
      const w = words.toLowerCase();
      const deputy = /\b(vice|deputy|acting|first)\b/;
      const titled = (list) => list.filter((h) => {
        const t2 = h.office.title.toLowerCase();
        return t2.includes(w) && (deputy.test(w) || !deputy.test(t2));
      });
      return best(titled(keyed)) ?? best(titled(byCountry.get(country2) ?? [])) ?? best(keyed);
    },
    byFamily: (f) => family.get(f) ?? []
  };
};

// src/actors/resolve.ts
var GAP_POS = /* @__PURE__ */ new Set(["ADJ", "NOUN", "ADV", "CCONJ", "DET", "NUM", "PROPN"]);
var MAX_GAP = 3;
var TIME_NOUNS = /* @__PURE__ */ new Set(["weeks", "days", "months", "years", "week", "day", "month", "year", "time", "times", "night", "morning", "evening", "today", "yesterday"]);
var POSSESSIVE = /* @__PURE__ */ new Set(["'s", "'"]);
var resolveSentences = (doc, res, keys, upper) => {
  const ctx = { doc, res, keys, upper, known: /* @__PURE__ */ new Map() };
  const out = [];
  let c0 = 0;
  for (const s of doc.sentences) {
    const date = sentenceDate(doc, s.span);
    while (c0 < doc.chunks.length && doc.chunks[c0].tokens[0] < s.tokens[0]) c0++;
    let c1 = c0;
    while (c1 < doc.chunks.length && doc.chunks[c1].tokens[1] <= s.tokens[1]) c1++;
    const parts = partsOf2(ctx, s.tokens, doc.chunks.slice(c0, c1), date);
    c0 = c1;
    for (const m of clusterMentions(ctx, parts, s.tokens, date)) {
      out.push(m);
      remember(ctx, m);
    }
  }
  return out;
};
var remember = (ctx, m) => {
  if (m.kind !== "person" || !m.name) return;
  const p = m.person ? ctx.res.personById.get(m.person) : null;
  const family = (p?.family ?? m.name.split(/\s+/).at(-1) ?? "").toLowerCase();
  if (family) ctx.known.set(family, m);
};
var partsOf2 = (ctx, [from, to], chunks, date) => {
  const { doc, res, keys, upper } = ctx;
  const tokens = doc.tokens;
  const text = doc.article.text;
  const inChunk = new Int32Array(to - from).fill(-1);
  chunks.forEach((c, ci) => {
    for (let i = c.tokens[0]; i < c.tokens[1]; i++) inChunk[i - from] = ci;
  });
  const parts = [];
  const covered = /* @__PURE__ */ new Set();
  const matches = matchTokens(res.gaz, keys, upper, from, to);
  matches.forEach((m, mi) => {
    const entry = pickEntry(m.entries);
    if (!entry) return;
    const [a, b] = m.tokens;
    if (entry.kind === "country" && entry.form !== "demonym" || entry.kind === "institution" && !res.dict.institutions[entry.index].generic) {
      const ci = inChunk[a - from];
      const extends_ = (i) => i >= from && i < to && inChunk[i - from] === ci && upper[i] && !matches.some((o, oi) => oi !== mi && o.tokens[0] <= i && i < o.tokens[1]);
      if (ci >= 0 && (extends_(a - 1) || extends_(b))) return;
      if (/^-/.test(text.slice(tokens[b]?.span[0] ?? 0, (tokens[b]?.span[0] ?? 0) + 1)) && tokens[b]?.span[0] === tokens[b - 1].span[1]) return;
    }
    const next = tokens[b];
    const modifier = entry.kind === "role" && entry.cased === false || entry.kind === "institution" && res.dict.institutions[entry.index].generic;
    if (modifier && b - a === 1 && b < to && next && next.pos === "NOUN" && !TIME_NOUNS.has(keys[b]) && !matches.some((o) => o.tokens[0] === b)) return;
    parts.push({ kind: "gaz", tokens: m.tokens, entry, how: "dictionary" });
    for (let i = a; i < b; i++) covered.add(i);
  });
  const free = (i) => !covered.has(i) && upper[i];
  for (const c of chunks) {
    let i = c.tokens[0];
    const b = c.tokens[1];
    while (i < b) {
      while (i < b && !free(i)) i++;
      let j = i;
      while (j < b && (free(j) || j + 1 < b && free(j + 1) && !covered.has(j) && /^[-'’]$/.test(keys[j]))) j++;
      if (j > i) {
        const words = text.slice(tokens[i].span[0], tokens[j - 1].span[1]);
        if (/\p{L}/u.test(words)) parts.push(nameOrFamily(ctx, [i, j], words, date));
      }
      i = j;
    }
  }
  for (let i = from; i < to; i++) {
    if (covered.has(i) || !upper[i] || tokens[i].pos === "PROPN") continue;
    const antecedent = ctx.known.get(keys[i]);
    if (antecedent && !parts.some((p) => p.tokens[0] <= i && i < p.tokens[1])) parts.push({ kind: "ref", tokens: [i, i + 1], antecedent });
  }
  return parts.sort((x, y) => x.tokens[0] - y.tokens[0]);
};
var nameOrFamily = (ctx, tokens, words, date) => {
  const key = words.toLowerCase().replace(/[’']s$/, "");
  const antecedent = ctx.known.get(key);
  if (antecedent) return { kind: "ref", tokens, antecedent };
  if (/^\p{Lu}/u.test(words)) {
    const persons = ctx.res.dict.persons;
    const all = ctx.res.offices.byFamily(key);
    const holders = all.filter((i) => date ? officeAt(persons[i], date) !== null : persons[i].offices.some((o) => o.to === null));
    const index = holders.length === 1 ? holders[0] : holders.length === 0 && all.length === 1 ? all[0] : null;
    if (index !== null) return { kind: "gaz", tokens, entry: { kind: "person", index, cased: true }, how: holders.length ? "family-at-date" : "family" };
  }
  return { kind: "propn", tokens };
};
var pickEntry = (entries) => {
  for (const k of ["person", "institution", "country", "role"]) {
    const e = entries.find((x) => x.kind === k);
    if (e) return e;
  }
  return null;
};
var isRole = (p) => p.kind === "gaz" && p.entry.kind === "role";
var isPerson = (p) => p.kind === "gaz" && p.entry.kind === "person" || p.kind === "ref";
var isCountry = (p) => p.kind === "gaz" && p.entry.kind === "country";
var isInstitution = (p) => p.kind === "gaz" && p.entry.kind === "institution";
var isName = (p) => isPerson(p) || p.kind === "propn";
var hasName = (c) => c.parts.some((p, i) => i < c.tailFrom && isName(p));
var clusterMentions = (ctx, parts, [from], date) => {
  const { keys, doc } = ctx;
  const out = [];
  let cur = null;
  let prevEnd = from;
  const close = () => {
    if (cur) {
      const m = mentionOf(ctx, cur, date);
      if (m) out.push(m);
    }
    cur = null;
  };
  const start = (first, possessorCountry = null) => {
    const before = keys[first[0].tokens[0] - 1];
    return { parts: first, possessorCountry, tailFrom: Infinity, former: before === "former" || before === "ex" };
  };
  for (const part of parts) {
    if (cur) {
      const c = cur;
      const gap = [];
      for (let i = prevEnd; i < part.tokens[0]; i++) gap.push(i);
      const words = gap.map((i) => keys[i]).join(" ").replace(/’/g, "'");
      const last = c.parts[c.parts.length - 1];
      if (gap.length === 0) {
        if (c.tailFrom !== Infinity && isName(part) && isRole(last) && c.parts.length - 1 >= c.tailFrom) {
          c.parts.pop();
          close();
          cur = start([last, part]);
        } else c.parts.push(part);
      } else if (POSSESSIVE.has(words)) {
        const country2 = countryOfCluster(ctx, c, date);
        if (hasName(c)) {
          close();
          cur = start([part], country2);
        } else {
          c.parts.push(part);
          c.possessorCountry = country2;
        }
      } else if ((isRole(part) || isInstitution(part)) && gap.length <= MAX_GAP && !hasName(c) && !(isRole(part) && c.parts.some(isRole)) && gap.every((i) => GAP_POS.has(doc.tokens[i].pos) || POSSESSIVE.has(keys[i]))) {
        c.parts.push(part);
      } else if (isRole(part) && words === "," && hasName(c) && !isRole(last)) {
        c.tailFrom = Math.min(c.tailFrom, c.parts.length);
        c.parts.push(part);
      } else if ((isCountry(part) || isInstitution(part)) && (words === "of" || words === "of the") && c.parts.some((p) => isRole(p) || isName(p))) {
        c.tailFrom = Math.min(c.tailFrom, c.parts.length);
        c.parts.push(part);
      } else close();
    }
    cur ??= start([part]);
    prevEnd = part.tokens[1];
  }
  close();
  return out;
};
var countryOfCluster = (ctx, c, date) => {
  for (let i = c.parts.length - 1; i >= 0; i--) {
    const p = c.parts[i];
    if (p.kind === "ref") return p.antecedent.country;
    if (p.kind !== "gaz") continue;
    const e = p.entry;
    if (e.kind === "person") {
      const person = ctx.res.dict.persons[e.index];
      return officeAt(person, date)?.country ?? person.country;
    }
    if (e.kind === "country") return ctx.res.dict.countries[e.index].iso3;
    if (e.kind === "institution" && ctx.res.dict.institutions[e.index].country) return ctx.res.dict.institutions[e.index].country;
  }
  return c.possessorCountry;
};
var sentenceDate = (doc, span2) => {
  const own = doc.times.find((t2) => t2.span[0] >= span2[0] && t2.span[1] <= span2[1] && t2.end);
  const article2 = doc.article.date;
  if (!own?.end) return article2;
  return article2 && own.end > article2 ? article2 : own.end;
};
var entryOf = (p) => p.entry;
var mentionOf = (ctx, c, date) => {
  const { res, doc } = ctx;
  const tokens = doc.tokens;
  const text = doc.article.text;
  const head = c.parts.slice(0, c.tailFrom === Infinity ? c.parts.length : c.tailFrom);
  const all = c.parts;
  const roles = all.filter(isRole).map((p) => res.dict.roles[entryOf(p).index]);
  const institutions = all.filter(isInstitution).map((p) => res.dict.institutions[entryOf(p).index]);
  const countryParts = all.filter(isCountry);
  const lastCountry = countryParts.at(-1);
  const country2 = lastCountry ? res.dict.countries[entryOf(lastCountry).index].iso3 : null;
  const span2 = [tokens[(head[0] ?? all[0]).tokens[0]].span[0], tokens[(head.at(-1) ?? all.at(-1)).tokens[1] - 1].span[1]];
  const roleWords = all.filter(isRole).map((p) => text.slice(tokens[p.tokens[0]].span[0], tokens[p.tokens[1] - 1].span[1]));
  const officeKey = roles.find((r) => r.office)?.office ?? null;
  const inst = institutions[0] ?? null;
  const textCountry = country2 ?? inst?.country ?? c.possessorCountry ?? roles.find((r) => r.country)?.country ?? null;
  const named = head.filter(isName).at(-1);
  if (named?.kind === "ref") return { ...named.antecedent, span: span2, how: "coref:name", antecedent: named.antecedent.span };
  if (named?.kind === "gaz") {
    const person = res.dict.persons[named.entry.index];
    return personMention(span2, person, officeAt(person, date, officeKey), c.former, roleWords[0] ?? null, named.how);
  }
  const role = pickRole(roles);
  const group2 = role || inst ? null : demonymGroup(res, lastCountry, all, tokens, text);
  if (group2) return group2;
  if (named) {
    if (!role) return null;
    return {
      span: span2,
      kind: "person",
      name: text.slice(tokens[named.tokens[0]].span[0], tokens[named.tokens[1] - 1].span[1]),
      country: textCountry,
      sector: sectorOf(role, inst),
      level: c.former ? null : role.level,
      role: c.former ? `former ${roleWords.join(", ")}` : roleWords.join(", "),
      person: null,
      gender: null,
      how: "title",
      antecedent: null
    };
  }
  if (role) {
    if (role.office && textCountry && date && !c.former && role.kind !== "group") {
      const holder = res.offices.holder(textCountry, role.office, date, roleHead(roleWords[0]));
      if (holder) return personMention(span2, holder, officeAt(holder, date, role.office), false, roleWords[0] ?? null, "office-at-date");
    }
    return {
      span: span2,
      kind: role.kind === "group" ? "group" : "person",
      name: null,
      country: textCountry,
      sector: sectorOf(role, inst),
      level: c.former ? null : role.level,
      role: roleWords.join(", "),
      person: null,
      gender: null,
      how: "role",
      antecedent: null
    };
  }
  if (inst) {
    return { span: span2, kind: "institution", name: inst.name, country: inst.country ?? textCountry, sector: inst.sector, level: inst.level, role: null, person: null, gender: null, how: "institution", antecedent: null };
  }
  if (lastCountry) {
    const e = entryOf(lastCountry);
    if (e.kind !== "country") return null;
    if (e.form === "demonym") return null;
    const ctry = res.dict.countries[e.index];
    return { span: span2, kind: "country", name: ctry.name, country: ctry.iso3, sector: e.form === "metonym" ? "GOV" : null, level: null, role: null, person: null, gender: null, how: e.form, antecedent: null };
  }
  return null;
};
var roleHead = (words) => words?.replace(/^(former|the|top)\s+/i, "");
var demonymGroup = (res, lastCountry, all, tokens, text) => {
  if (!lastCountry || lastCountry.kind !== "gaz" || lastCountry.entry.kind !== "country" || lastCountry.entry.form !== "demonym") return null;
  const next = tokens[lastCountry.tokens[1]];
  const last = all.at(-1);
  if (!next || next.pos !== "NOUN" && next.pos !== "PROPN" || last !== lastCountry && last.tokens[0] !== lastCountry.tokens[1]) return null;
  const word = text.slice(next.span[0], next.span[1]);
  if (!/\p{Ll}s$/u.test(word)) return null;
  const ctry = res.dict.countries[lastCountry.entry.index];
  const start = tokens[lastCountry.tokens[0]].span[0];
  return { span: [start, next.span[1]], kind: "group", name: null, country: ctry.iso3, sector: "CVL", level: null, role: word.toLowerCase(), person: null, gender: null, how: "demonym-group", antecedent: null };
};
var pickRole = (roles) => roles.length === 0 ? null : [...roles].sort((a, b) => Number(Boolean(b.office)) - Number(Boolean(a.office)) || rank(b.level) - rank(a.level))[0];
var rank = (l) => l === "head" ? 4 : l === "minister" ? 3 : l === "senior" ? 2 : l === "working" ? 1 : 0;
var sectorOf = (role, inst) => inst?.sector && (!role?.sector || role.sector === "GOV") ? inst.sector : role?.sector ?? inst?.sector ?? null;
var personMention = (span2, p, office, former, roleWords, how) => ({
  span: span2,
  kind: "person",
  name: p.name,
  country: office?.country ?? p.country,
  sector: former ? null : office?.sector ?? null,
  level: former ? null : office?.level ?? null,
  role: former ? roleWords ? `former ${roleWords}` : null : office?.title ?? roleWords,
  person: p.id,
  gender: p.gender,
  how,
  antecedent: null
});

// src/actors/index.ts
var shared = null;
var resources = () => {
  if (!shared) {
    const dict = dictionary();
    shared = { dict, gaz: buildGazetteer(dict), offices: indexOffices(dict, (s) => normToken(s)), personById: new Map(dict.persons.map((p) => [p.id, p])) };
  }
  return shared;
};
var resolveActors = (doc) => {
  const res = resources();
  const text = doc.article.text;
  const keys = doc.tokens.map((t2) => normToken(text.slice(t2.span[0], t2.span[1])));
  const upper = doc.tokens.map((t2) => {
    const c = text.charCodeAt(t2.span[0]);
    return c >= 65 && c <= 90 ? true : c < 128 ? false : /^\p{Lu}/u.test(text.slice(t2.span[0], t2.span[0] + 2));
  });
  const mentions = corefer(doc, resolveSentences(doc, res, keys, upper), res, keys);
  return { ...doc, mentions };
};
var demonymCountry = (word) => {
  const res = resources();
  demonyms ??= new Map(res.dict.countries.flatMap((c) => c.demonyms.filter((d) => !c.ambiguous.includes(d)).map((d) => [d, { iso3: c.iso3, name: c.name }])));
  return demonyms.get(word) ?? null;
};
var demonyms = null;

// src/events/clauses.ts
var OPENERS = /* @__PURE__ */ new Set([
  "because",
  "while",
  "although",
  "though",
  "whereas",
  "which",
  "who",
  "whom",
  "whose",
  "where",
  "when",
  "if",
  "unless",
  "but",
  "since",
  "after",
  "before",
  "until",
  "as",
  "despite",
  "so"
]);
var RELATIVES = /* @__PURE__ */ new Set(["which", "who", "whom", "whose"]);
var BREAKS = /* @__PURE__ */ new Set([";", ":", "\u2014", "\u2013", "(", ")", "\u201C", "\u201D", '"']);
var clauseStarts = (f, pos, from, to) => {
  const starts = [from];
  for (let i = from + 1; i < to; i++) {
    const w = f.lower[i];
    const prev = f.lower[i - 1];
    const opener = f.lower[starts[starts.length - 1]];
    if (BREAKS.has(prev)) starts.push(i);
    else if (OPENERS.has(w)) starts.push(i);
    else if (prev === "," && (w === "and" || w === "but") && (pos[i + 1] === "PRON" || pos[i + 1] === "PROPN" || pos[i + 1] === "DET")) starts.push(i);
    else if (prev === "," && RELATIVES.has(opener) && (pos[i] === "VERB" || pos[i] === "AUX")) starts.push(i);
  }
  return [...new Set(starts)];
};
var clauseOf = (starts, to, i) => {
  let s = starts[0];
  let e = to;
  for (let k = 0; k < starts.length; k++) {
    if (starts[k] <= i) {
      s = starts[k];
      e = starts[k + 1] ?? to;
    }
  }
  return [s, e];
};

// src/events/arguments.ts
var BE = /* @__PURE__ */ new Set(["be", "get"]);
var PARTY_PREPS = /* @__PURE__ */ new Set(["against", "with", "to", "toward", "towards", "into", "on", "at", "from"]);
var SYMMETRIC = /* @__PURE__ */ new Set(["AGREE", "CONSULT", "COOPERATE"]);
var DETERMINERS = /* @__PURE__ */ new Set(["DET", "ADJ", "NUM", "PART", "ADV"]);
var argumentsOf = (doc, f, entry, trigger, clause, sentence, clauseStarts2, mentions) => {
  const tokens = doc.tokens;
  const at = (i) => tokens[Math.min(i, tokens.length - 1)].span[0];
  const trigStart = at(trigger[0]);
  const trigEnd = tokens[trigger[1] - 1].span[1];
  const usable = mentions.filter((m) => m.country !== null);
  const inRange = (m, a, b) => m.span[0] >= a && m.span[1] <= b;
  const clauseStart = at(clause[0]);
  const clauseEnd = tokens[clause[1] - 1].span[1];
  if (f.lower[trigger[1]] === "between") {
    const after = usable.filter((m) => inRange(m, trigEnd, clauseEnd)).slice(0, 2);
    if (after.length === 2) return { source: after[0], target: after[1] };
  }
  const place = placeModifier(doc, entry, trigger, usable);
  let target = targetAfter(tokens, f, entry, trigger, clause[1], usable) ?? targetInside(doc, trigger, usable) ?? place ?? demonymTarget(doc, f, trigger, clause[1]);
  const verbEnd = tokens[trigger[1] - 1].pos === "VERB" || tokens[trigger[1] - 1].pos === "ADP";
  const byIdx = !verbEnd ? -1 : f.lower[trigger[1]] === "by" ? trigger[1] : f.lower[trigger[1] + 1] === "by" ? trigger[1] + 1 : -1;
  const participle = tokens[trigger[0]].pos === "VERB" && f.lower[trigger[0]] !== f.lemma[trigger[0]] && !/ing$/.test(f.lower[trigger[0]]);
  const passive = entry.pos === "verb" && entry.passive && (byIdx >= 0 || trigger[0] > 0 && BE.has(f.lemma[trigger[0] - 1]) && participle);
  if (passive && byIdx >= 0) {
    const agent = usable.find((m) => m.span[0] >= tokens[byIdx].span[1] && m.span[0] - tokens[byIdx].span[1] < 4);
    const patient = nearestBefore(usable, clauseStart, trigStart) ?? subjectOfEarlierClause(f, usable, tokens, clauseStarts2, clause, sentence);
    if (agent) return { source: agent, target: patient ?? null };
  }
  let source = null;
  if (entry.pos === "noun") {
    const head = place ? tokens.findIndex((t2) => t2.span[0] === place.span[0]) : trigger[0];
    const possessive = head >= 1 && /^['’]s?$/.test(f.lower[head - 1]) ? head - 1 : -1;
    if (possessive >= 0) source = usable.find((m) => m.span[1] === tokens[possessive].span[0]) ?? null;
    else if (head >= 1) source = usable.find((m) => m.how === "coref:pronoun" && m.span[1] === tokens[head - 1].span[1]) ?? null;
  }
  const gerund = entry.pos === "verb" && /ing$/.test(f.lower[trigger[0]]) && trigger[0] > sentence[0] && (tokens[trigger[0] - 1].pos === "ADP" || f.lower[trigger[0] - 1] === ",");
  if (!source && gerund) source = subjectOfEarlierClause(f, usable, tokens, [sentence[0]], [trigger[0], clause[1]], sentence);
  source ??= nearestBefore(usable.filter((m) => m !== place), clauseStart, trigStart) ?? subjectOfEarlierClause(f, usable, tokens, clauseStarts2, clause, sentence);
  if (passive && byIdx < 0 && source && !target) {
    return { source: null, target: source };
  }
  if (!target && source && SYMMETRIC.has(entry.type)) {
    const next = usable.find((m) => m.span[0] > source.span[1] && m.span[1] <= trigStart && /^\s*(and|,)\s*(the\s+)?$/i.test(doc.article.text.slice(source.span[1], m.span[0])));
    if (next && next.country !== source.country) target = next;
    else {
      const prev = usable.filter((m) => m.span[1] < source.span[0] && m.span[0] >= clauseStart && /^\s*(and|,)\s*(the\s+)?$/i.test(doc.article.text.slice(m.span[1], source.span[0]))).at(-1);
      if (prev && prev.country !== source.country) {
        target = source;
        source = prev;
      }
    }
  }
  if (!target && entry.type === "PROTEST") {
    const at2 = usable.find((m) => m.span[0] > trigStart && m.span[1] <= clauseEnd && (m.kind === "country" || m.how === "metonym") && /\b(in|at)\s+(the\s+)?$/i.test(doc.article.text.slice(Math.max(0, m.span[0] - 8), m.span[0])));
    if (at2) target = at2;
  }
  if (target && source && (same(source, target) || source.person !== null && source.person === target.person)) target = null;
  const named = (m) => m.kind === "country" && (m.how === "name" || m.how === "metonym");
  if (target && source && named(source) && named(target) && source.country === target.country) target = null;
  return { source, target };
};
var same = (a, b) => a.span[0] === b.span[0] && a.span[1] === b.span[1];
var nearestBefore = (mentions, from, before) => mentions.filter((m) => m.span[0] >= from && m.span[1] <= before).at(-1) ?? null;
var subjectOfEarlierClause = (f, mentions, tokens, starts, clause, sentence) => {
  const earlier = starts.filter((s) => s < clause[0]).reverse();
  for (const s of earlier) {
    if (RELATIVES.has(f.lower[s])) continue;
    const next = starts.find((x) => x > s) ?? sentence[1];
    const inClause = mentions.filter((m) => m.span[0] >= tokens[s].span[0] && m.span[1] <= tokens[next - 1].span[1]);
    if (inClause.length === 0) continue;
    let verb = s;
    while (verb < next && tokens[verb].pos !== "VERB" && tokens[verb].pos !== "AUX") verb++;
    return inClause.filter((m) => m.span[1] <= tokens[Math.min(verb, next - 1)].span[0]).at(-1) ?? inClause[0];
  }
  return null;
};
var placeModifier = (doc, entry, trigger, mentions) => {
  if (entry.pos !== "noun" || trigger[0] === 0) return null;
  const before = doc.tokens[trigger[0] - 1].span;
  return mentions.find((m) => m.span[1] === before[1] && (m.kind === "country" || m.how === "metonym")) ?? null;
};
var targetInside = (doc, trigger, mentions) => {
  const a = doc.tokens[trigger[0]].span[1];
  const b = doc.tokens[trigger[1] - 1].span[0];
  return mentions.find((m) => m.span[0] >= a && m.span[0] < b) ?? null;
};
var demonymTarget = (doc, f, trigger, clauseEnd) => {
  for (let i = trigger[0] + 1; i < Math.min(clauseEnd, trigger[1] + 8); i++) {
    const word = doc.article.text.slice(doc.tokens[i].span[0], doc.tokens[i].span[1]);
    const c = demonymCountry(word);
    if (c) {
      return { span: doc.tokens[i].span, kind: "country", name: c.name, country: c.iso3, sector: null, level: null, role: null, person: null, gender: null, how: "demonym", antecedent: null };
    }
    if (f.lower[i] === "," || doc.tokens[i].pos === "VERB" && i >= trigger[1] && f.lower[i - 1] !== "to") break;
  }
  return null;
};
var targetAfter = (tokens, f, entry, trigger, clauseEnd, mentions) => {
  const startAt = (i2) => mentions.find((m) => m.span[0] === tokens[i2]?.span[0]);
  const preps = new Set(entry.target.filter((t2) => t2 !== "DIRECT"));
  let i = trigger[1];
  if (entry.target.includes("DIRECT")) {
    let k = i;
    if (f.lower[k] === "that") k++;
    while (k < clauseEnd && k < i + 5 && DETERMINERS.has(tokens[k].pos) && !startAt(k)) k++;
    const m = startAt(k);
    if (m) return m;
  }
  for (; i < Math.min(clauseEnd, trigger[1] + 8); i++) {
    if (!preps.has(f.lower[i])) continue;
    for (let k = i + 1; k < Math.min(clauseEnd, i + 5); k++) {
      const m = startAt(k);
      if (m) return m;
      if (tokens[k].pos === "VERB") break;
    }
  }
  const infinitive = (entry.type === "THREATEN" || entry.type === "AGREE") && (f.lower[trigger[1]] === "to" || f.lower[trigger[1] - 1] === "to");
  for (let k = trigger[1]; k < Math.min(clauseEnd, trigger[1] + (infinitive ? 10 : 6)); k++) {
    if (!PARTY_PREPS.has(f.lower[k])) continue;
    if (tokens.slice(trigger[1], k).some((t2, d) => t2.pos === "VERB" && !(infinitive && f.lower[trigger[1] + d - 1] === "to"))) break;
    for (let j = k + 1; j < Math.min(clauseEnd, k + 4); j++) {
      const m = startAt(j);
      if (m) return m;
      if (tokens[j].pos === "VERB") break;
    }
  }
  if (entry.pos === "noun") {
    for (let k = trigger[1]; k < Math.min(clauseEnd, trigger[1] + 6); k++) {
      if (f.lower[k] === "to" && tokens[k + 1]?.pos === "VERB") {
        for (let j = k + 2; j < Math.min(clauseEnd, k + 6); j++) {
          const m = startAt(j);
          if (m) return m;
        }
      }
    }
  }
  return null;
};

// src/events/phrase.ts
var GAP_MAX = 6;
var BREAK = /* @__PURE__ */ new Set([".", ";", ":", "!", "?", "(", ")", '"', "\u201C", "\u201D", "\u2014", "\u2013"]);
var compilePhrase = (pattern) => pattern.trim().toLowerCase().split(/\s+/).map((w) => w === "*" ? { kind: "gap" } : { kind: "word", alts: new Set(w.split("|")) });
var formsOf = (text, tokens) => ({
  lemma: tokens.map((t2) => t2.lemma.replace(/’/g, "'")),
  lower: tokens.map((t2) => text.slice(t2.span[0], t2.span[1]).toLowerCase().replace(/’/g, "'"))
});
var wordAt = (w, f, i) => w.alts.has(f.lemma[i]) || w.alts.has(f.lower[i]);
var matchPhrase = (p, f, i, end, k = 0) => {
  if (k === p.length) return i;
  const w = p[k];
  if (w.kind === "gap") {
    for (let skip2 = 0; skip2 <= GAP_MAX && i + skip2 <= end; skip2++) {
      if (skip2 > 0 && BREAK.has(f.lower[i + skip2 - 1])) break;
      const r = matchPhrase(p, f, i + skip2, end, k + 1);
      if (r >= 0) return r;
    }
    return -1;
  }
  if (i >= end || !wordAt(w, f, i)) return -1;
  return matchPhrase(p, f, i + 1, end, k + 1);
};
var firstWords = (p) => {
  const w = p[0];
  return w && w.kind === "word" ? [...w.alts] : [];
};
var phraseSet = (items) => {
  const index = /* @__PURE__ */ new Map();
  for (const { pattern, value } of items) {
    const phrase = compilePhrase(pattern);
    for (const w of firstWords(phrase)) {
      const list = index.get(w) ?? [];
      list.push({ phrase, value });
      index.set(w, list);
    }
  }
  return { index };
};
var findPhrases = (set2, f, from, to) => {
  const hits = [];
  const tryAll = (cands, i) => {
    if (!cands) return;
    for (const c of cands) {
      const e = matchPhrase(c.phrase, f, i, to);
      if (e > i) hits.push({ start: i, end: e, value: c.value });
    }
  };
  for (let i = from; i < to; i++) {
    tryAll(set2.index.get(f.lemma[i]), i);
    if (f.lower[i] !== f.lemma[i]) tryAll(set2.index.get(f.lower[i]), i);
  }
  return hits.length > 1 ? hits.sort((a, b) => a.start - b.start || b.end - a.end) : hits;
};

// src/events/attribution.ts
var AUTHOR = { kind: "author", who: null, via: null, hedge: null };
var STRENGTH = { author: 5, named: 4, anonymous: 3, "unnamed-sources": 2, document: 1 };
var stronger = (a, b) => STRENGTH[b.kind] > STRENGTH[a.kind] ? b : a;
var frames = (doc, lx, f, mentions) => {
  const text = doc.article.text;
  const own = doc.sentences.map((s, i) => frameOf(doc, lx, f, s.tokens, mentions[i]));
  const out = [...own];
  let depth = 0;
  let waiting = [];
  doc.sentences.forEach((s, i) => {
    const body = text.slice(s.span[0], s.span[1]);
    const gap = i > 0 ? text.slice(doc.sentences[i - 1].span[1], s.span[0]) : "";
    if (/\n\s*\n/.test(gap)) depth = 0;
    const quoted = depth > 0 || /^[“"]/.test(body);
    for (const ch of body) {
      if (ch === "\u201C") depth++;
      else if (ch === "\u201D") depth = Math.max(0, depth - 1);
      else if (ch === '"') depth = depth > 0 ? 0 : 1;
    }
    const frame = own[i];
    if (frame.attribution.kind !== "author" && /[”"]/.test(body)) {
      for (const w of waiting) out[w] = { attribution: frame.attribution, verb: null, hedgeToken: own[w].hedgeToken };
      waiting = [];
    } else if (quoted && frame.attribution.kind === "author") waiting.push(i);
    else if (!quoted) waiting = [];
  });
  return out;
};
var frameOf = (doc, lx, f, [from, to], inSentence) => {
  const { tokens } = doc;
  const hedges = findPhrases(lx.hedges, f, from, to);
  const hedge = hedges[0]?.value ?? null;
  const hedgeToken = hedges[0]?.start ?? -1;
  const spanOf = (a, b) => [tokens[a].span[0], tokens[b - 1].span[1]];
  const acc = hedges.find((h) => h.value === "according to");
  if (acc) {
    const who = inSentence.find((m) => m.span[0] >= tokens[acc.end - 1].span[1] && m.span[0] - tokens[acc.end - 1].span[1] < 8);
    const unnamed = findPhrases(lx.unnamed, f, acc.end, Math.min(to, acc.end + 4))[0];
    if (unnamed && !who) return { attribution: { kind: "unnamed-sources", who: spanOf(unnamed.start, unnamed.end), via: null, hedge: "according to" }, verb: null, hedgeToken };
    if (who) return { attribution: { ...speaker(who), hedge: "according to" }, verb: null, hedgeToken };
  }
  for (let i = from; i < to; i++) {
    if (tokens[i].pos !== "VERB" || !lx.reporting.has(f.lemma[i])) continue;
    const at = tokens[i].span;
    const before = inSentence.filter((m) => m.span[1] <= at[0] && at[0] - m.span[1] < 40).at(-1);
    const after = inSentence.find((m) => m.span[0] >= at[1] && m.span[0] - at[1] < 3);
    let who = before ?? after;
    const words = wordsBefore(f, from, i);
    if (!who) {
      const name = doc.chunks.find((c) => c.tokens[1] === i || c.tokens[0] === i + 1);
      if (name && name.tokens[0] >= from) return { attribution: { kind: "named", who: name.span, via: null, hedge }, verb: i, hedgeToken };
      const unnamed = findPhrases(lx.unnamed, f, Math.max(from, i - 5), i)[0];
      if (unnamed) return { attribution: { kind: "unnamed-sources", who: spanOf(unnamed.start, unnamed.end), via: null, hedge }, verb: i, hedgeToken };
      const docWord = words.find((w) => lx.documents.has(w.word));
      if (docWord) return { attribution: { kind: "document", who: spanOf(docWord.index, docWord.index + 1), via: null, hedge }, verb: i, hedgeToken };
      continue;
    }
    if (who.sector === "MED" && after && after !== who) who = after;
    const a = speaker(who);
    const outlet = f.lemma[i] === "tell" ? inSentence.find((m) => m.span[0] >= at[1] && m.span[0] - at[1] < 6 && m.sector === "MED") : void 0;
    return { attribution: { ...a, via: outlet ? outlet.span : null, hedge: hedge ?? a.hedge }, verb: i, hedgeToken };
  }
  return { attribution: hedge ? { ...AUTHOR, hedge } : AUTHOR, verb: null, hedgeToken };
};
var wordsBefore = (f, from, i) => {
  const out = [];
  for (let k = Math.max(from, i - 4); k < i; k++) out.push({ word: f.lemma[k], index: k });
  return out;
};
var speaker = (m) => {
  const kind = m.kind === "person" || m.kind === "group" ? m.name ? "named" : "anonymous" : "named";
  return { kind, who: m.span, via: null, hedge: null };
};

// src/events/details.ts
var countOf = (lx, f, trigger, clause) => {
  for (let i = Math.max(clause[0], trigger[0] - 2); i < trigger[1]; i++) {
    const n2 = lx.numbers.get(f.lower[i]) ?? (/^\d+$/.test(f.lower[i]) && Number(f.lower[i]) < 100 ? Number(f.lower[i]) : void 0);
    if (n2 && n2 > 1) return n2;
  }
  for (let i = clause[0]; i < clause[1]; i++) {
    const w = f.lower[i];
    if (w === "twice" || w === "repeatedly" || w === "thrice") return lx.numbers.get(w) ?? 2;
  }
  return 1;
};
var answerOf = (lx, f, sentence) => findPhrases(lx.answers, f, sentence[0], sentence[1])[0]?.value ?? null;
var dateOf = (doc, clause, sentence) => {
  const inside = (t2, s) => t2.span[0] >= s[0] && t2.span[1] <= s[1];
  return doc.times.find((t2) => inside(t2, clause)) ?? doc.times.find((t2) => inside(t2, sentence)) ?? null;
};
var locationOf = (doc, f, clause, mentions, args) => {
  const tokens = doc.tokens;
  for (let i = clause[0]; i < clause[1] - 1; i++) {
    if (f.lower[i] !== "in" && f.lower[i] !== "at") continue;
    const m = mentions.find((x) => x.span[0] === tokens[i + 1].span[0] || f.lower[i + 1] === "the" && x.span[0] === tokens[i + 2]?.span[0]);
    if (m && (m.kind === "country" || m.kind === "institution") && !args.includes(m)) return { span: m.span, country: m.country };
  }
  return null;
};

// src/events/modality.ts
var REACH = 4;
var GOVERNED_POS = /* @__PURE__ */ new Set(["AUX", "ADV", "PART", "VERB", "DET", "ADJ", "NUM", "PRON"]);
var modalityOf = (lx, f, tokens, trigger, clause, sentence, nounTrigger) => {
  const [t2] = trigger;
  const governs = (end) => {
    if (end > t2 || t2 - end > REACH) return false;
    for (let i = end; i < t2; i++) if (!GOVERNED_POS.has(tokens[i].pos)) return false;
    return true;
  };
  const wide = (set2) => findPhrases(set2, f, sentence[0], t2).filter((h) => h.end <= t2 && t2 - h.end <= 3);
  const near = (set2) => findPhrases(set2, f, clause[0], t2).filter((h) => governs(h.end));
  const neg = [...wide(lx.negComplement), ...near(lx.negBefore)].at(-1);
  if (neg) return { modality: "negated", cue: [neg.start, neg.end] };
  const cond = findPhrases(lx.conditional, f, clause[0], Math.min(clause[0] + 1, t2))[0];
  if (cond) return { modality: "hypothetical", cue: [cond.start, cond.end] };
  const fut = (nounTrigger ? findPhrases(lx.futureBefore, f, clause[0], t2).filter((h) => t2 - h.end <= 6) : near(lx.futureBefore)).at(-1);
  const hypo = [...wide(lx.advice), ...near(lx.hypoBefore)].at(-1);
  if (hypo && lx.reportedWould && f.lower[hypo.start] === "would" && hypo.end - hypo.start === 1) {
    const reporting = findReportingBefore(f, tokens, sentence[0], hypo.start);
    if (reporting === "announce") return { modality: "asserted", cue: null };
    if (reporting) return { modality: "future", cue: [hypo.start, hypo.end] };
  }
  if (fut && (!hypo || fut.start >= hypo.start)) return { modality: "future", cue: [fut.start, fut.end] };
  if (hypo) return { modality: "hypothetical", cue: [hypo.start, hypo.end] };
  if (nounTrigger) {
    for (let i = trigger[1]; i < Math.min(clause[1], trigger[1] + 8); i++) {
      if (tokens[i].pos === "VERB") break;
      const w = f.lower[i];
      if (w === "would" || w === "could" || w === "might") return { modality: "hypothetical", cue: [i, i + 1] };
      if (w === "will") return { modality: "future", cue: [i, i + 1] };
    }
  }
  const when = findPhrases(lx.futureTimes, f, clause[0], clause[1])[0];
  if (when) return { modality: "future", cue: [when.start, when.end] };
  return { modality: "asserted", cue: null };
};
var REPORTING_PAST = /* @__PURE__ */ new Set(["said", "told", "announced", "added", "stated", "declared", "indicated", "signaled", "signalled", "promised", "pledged", "vowed"]);
var findReportingBefore = (f, tokens, from, end) => {
  for (let i = end - 1; i >= Math.max(from, end - 6); i--) {
    if (REPORTING_PAST.has(f.lower[i]) && tokens[i].pos === "VERB") return f.lemma[i];
  }
  return null;
};
var cueSpan = (tokens, cue) => cue ? [tokens[cue[0]].span[0], tokens[cue[1] - 1].span[1]] : null;

// src/events/extract.ts
var VERBAL = /* @__PURE__ */ new Set(["VERB", "AUX"]);
var NOMINAL = /* @__PURE__ */ new Set(["NOUN", "PROPN"]);
var sentenceEvents = (doc, lx) => {
  const { tokens, article: article2 } = doc;
  const f = formsOf(article2.text, tokens);
  const pos = tokens.map((t2) => t2.pos);
  const bySentence = mentionsBySentence(doc);
  const sentenceFrames = frames(doc, lx, f, bySentence);
  const out = [];
  doc.sentences.forEach((s, si) => {
    const [from, to] = s.tokens;
    const mentions = bySentence[si];
    const starts = clauseStarts(f, pos, from, to);
    const frame = sentenceFrames[si];
    for (const hit of triggersIn(lx, f, pos, from, to)) {
      const entry = hit.value;
      const trig = [hit.start, hit.end];
      const clause = clauseOf(starts, to, hit.start);
      const args = argumentsOf(doc, f, entry, trig, clause, s.tokens, starts, mentions);
      if (!args.source) continue;
      let mod = modalityOf(lx, f, tokens, trig, clause, s.tokens, entry.pos === "noun");
      const pledge = mod.modality === "future" && lx.pledges.has(entry.type);
      if (pledge) mod = { modality: "asserted", cue: mod.cue };
      const clauseSpan = [tokens[clause[0]].span[0], tokens[clause[1] - 1].span[1]];
      const own = frame.verb !== null && frame.verb >= hit.start && frame.verb < hit.end || frame.verb !== null && f.lemma[frame.verb] === "announce" && frame.attribution.who !== null && frame.attribution.who[0] === args.source.span[0];
      out.push({
        type: pledge ? "AGREE" : entry.type,
        mode: pledge ? null : entry.mode,
        context: entry.context,
        source: args.source,
        target: args.target,
        modality: mod.modality,
        cue: cueSpan(tokens, mod.cue),
        count: countOf(lx, f, trig, clause),
        answer: entry.type === "REQUEST" ? answerOf(lx, f, s.tokens) : null,
        date: dateOf(doc, clauseSpan, s.span),
        location: locationOf(doc, f, clause, mentions, [args.source, args.target]),
        attribution: attributionFor(frame, own, trig),
        trigger: [tokens[hit.start].span[0], tokens[hit.end - 1].span[1]],
        rule: entry.pattern,
        sentences: [s.span]
      });
    }
  });
  return out;
};
var attributionFor = (frame, own, [start, end]) => {
  const a = own ? { kind: "author", who: null, via: null, hedge: frame.attribution.hedge } : frame.attribution;
  return a.hedge && frame.hedgeToken >= start && frame.hedgeToken < end ? { ...a, hedge: null } : a;
};
var mentionsBySentence = (doc) => {
  let m0 = 0;
  return doc.sentences.map((s) => {
    while (m0 < doc.mentions.length && doc.mentions[m0].span[0] < s.span[0]) m0++;
    let m1 = m0;
    while (m1 < doc.mentions.length && doc.mentions[m1].span[1] <= s.span[1]) m1++;
    return doc.mentions.slice(m0, m1);
  });
};
var triggersIn = (lx, f, pos, from, to) => {
  const hits = findPhrases(lx.triggers, f, from, to).filter((h) => {
    const head = h.value.pos === "verb" ? h.start : h.end - 1;
    return (h.value.pos === "verb" ? VERBAL : NOMINAL).has(pos[head]);
  });
  const kept = [];
  for (const h of [...hits].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
    if (!kept.some((k) => k.start < h.end && h.start < k.end)) kept.push(h);
  }
  const asked = (h) => kept.some((r) => r.value.type === "REQUEST" && r.end <= h.start && h.start - r.end <= 4 && f.lower.slice(r.end, h.start).includes("to"));
  return kept.filter((h) => !asked(h)).sort((a, b) => a.start - b.start);
};

// src/events/lexicon.ts
import { Ajv as Ajv2 } from "ajv";
import { readFileSync as readFileSync2 } from "node:fs";
import { fileURLToPath as fileURLToPath2 } from "node:url";
var LEXICON_DIR = fileURLToPath2(new URL("../../data/lexicon/", import.meta.url));
var triggerSchema = {
  type: "object",
  required: ["about", "entries"],
  properties: {
    about: { type: "string" },
    entries: {
      type: "array",
      items: {
        type: "object",
        required: ["pattern", "pos", "type", "target"],
        properties: {
          pattern: { type: "string", minLength: 1, pattern: "^[^*\\s]" },
          pos: { enum: ["verb", "noun"] },
          type: { enum: [...PLOVER_TYPES] },
          mode: { type: ["string", "null"] },
          target: { type: "array", items: { type: "string" } },
          context: { type: "array", items: { type: "string" } },
          passive: { type: "boolean" }
        }
      }
    }
  }
};
var read2 = (path) => {
  try {
    return JSON.parse(readFileSync2(path, "utf8"));
  } catch (e) {
    throw new ConfigError("lexicon", `${path}: cannot read lexicon: ${e.message}`);
  }
};
var set = (words) => phraseSet(words.map((pattern) => ({ pattern, value: true })));
var loadLexicon = (dir = LEXICON_DIR) => {
  const tpath = `${dir}triggers.json`;
  const raw = read2(tpath);
  const validate = new Ajv2({ strict: false }).compile(triggerSchema);
  if (!validate(raw)) {
    const err = validate.errors[0];
    throw new ConfigError("lexicon", `${tpath}: ${err.instancePath || "file"} ${err.message}`);
  }
  const entries = raw.entries.map(
    (e) => ({
      pattern: e.pattern,
      pos: e.pos,
      type: e.type,
      mode: e.mode ?? null,
      target: e.target,
      context: e.context ?? [],
      passive: e.passive !== false
    })
  );
  const c = read2(`${dir}cues.json`);
  const answers = phraseSet([
    ...c.answer.none.map((pattern) => ({ pattern, value: "none" })),
    ...c.answer.refused.map((pattern) => ({ pattern, value: "refused" })),
    ...c.answer.accepted.map((pattern) => ({ pattern, value: "accepted" }))
  ]);
  return {
    triggers: phraseSet(entries.map((value) => ({ pattern: value.pattern, value }))),
    negBefore: set(c.negation.before),
    negComplement: set(c.negation.complement),
    futureBefore: set(c.future.before),
    futureTimes: set(c.future.times),
    reportedWould: c.future.reported_would,
    conditional: set(c.hypothetical.conditional),
    hypoBefore: set(c.hypothetical.before),
    advice: set(c.hypothetical.advice),
    numbers: new Map(Object.entries(c.count.numbers)),
    answers,
    reporting: new Set(c.attribution.reporting),
    hedges: phraseSet(Object.entries(c.attribution.hedges).map(([pattern, value]) => ({ pattern, value }))),
    unnamed: set(c.attribution.unnamed),
    documents: new Set(c.attribution.documents),
    anonymity: set(c.attribution.anonymity),
    untargeted: new Set(c.untargeted.types),
    pledges: new Set(c.pledges.types)
  };
};
var cached2 = null;
var lexicon = () => cached2 ??= loadLexicon();

// src/events/merge.ts
var mergeEvents = (events) => {
  const out = [];
  for (const e of events) {
    const i = out.findIndex((o2) => sameHappening(o2, e));
    if (i < 0) {
      out.push(e);
      continue;
    }
    const o = out[i];
    out[i] = {
      ...o,
      source: specific(o.source, e.source),
      target: specific(o.target, e.target),
      count: Math.max(o.count, e.count),
      answer: o.answer ?? e.answer,
      date: o.date?.start ? o.date : e.date ?? o.date,
      location: o.location ?? e.location,
      attribution: stronger(o.attribution, e.attribution),
      sentences: [...o.sentences, ...e.sentences.filter((s) => !o.sentences.some((x) => x[0] === s[0]))]
    };
  }
  return out;
};
var sameHappening = (a, b) => (
  // one report with a target and one without, of the same kind of act from the same source
  // country, are one happening told twice only when the triggers agree or the source is one person
  a.type === b.type && a.modality === b.modality && (a.mode === b.mode || a.mode === null || b.mode === null) && // a person and a body of the same country ("Biden" shooting down the balloon, "the U.S.'s
  // decision to shoot it down") report one happening only under the same trigger
  (compatible(a.source, b.source) || a.rule === b.rule && a.source.country !== null && a.source.country === b.source.country) && (a.target === null || b.target === null || compatibleTarget(a.target, b.target)) && datesMeet(a, b)
);
var compatible = (a, b) => {
  const named = (m) => m.kind === "person" && m.name !== null;
  if (named(a) && named(b)) return a.person !== null && b.person !== null ? a.person === b.person : a.name === b.name;
  if (named(a) !== named(b)) return false;
  return a.country !== null && a.country === b.country && (a.sector === null || b.sector === null || a.sector === b.sector);
};
var compatibleTarget = (a, b) => a.person !== null && b.person !== null ? a.person === b.person : a.country !== null && a.country === b.country;
var datesMeet = (a, b) => {
  const as = a.date?.start;
  const bs = b.date?.start;
  if (!as || !bs) return true;
  return as <= (b.date?.end ?? bs) && bs <= (a.date?.end ?? as);
};
var specific = (a, b) => {
  if (!a) return b;
  if (!b) return a;
  const score = (m) => (m.person ? 4 : 0) + (m.name ? 2 : 0) + (m.level ? 1 : 0);
  return score(b) > score(a) ? b : a;
};

// src/events/index.ts
var extractEvents = (doc) => {
  const lx = lexicon();
  const events = mergeEvents(sentenceEvents(doc, lx)).filter((e) => e.target !== null || lx.untargeted.has(e.type));
  return { ...doc, events };
};

// src/pipeline.ts
var STAGES = [
  ["tokenize", tokenize],
  ["chunk", chunk],
  ["times", resolveTimes],
  ["actors", resolveActors],
  ["events", extractEvents]
];

// scratch/prof.ts
var n = 0;
var t = performance.now();
for await (const item of readInputs(["../shared/corpus/allsides-intl.jsonl.gz"])) {
  if (item.kind !== "read") continue;
  let doc = newDoc(item.article, item.notes);
  for (const [, stage] of STAGES) doc = stage(doc);
  if (++n === 1500) break;
}
console.log(n, performance.now() - t);
