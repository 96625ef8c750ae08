// Screenshots for the README, taken by Debian's headless Chromium over the DevTools protocol
// (Node's own WebSocket, no package). Called by scripts/screenshots/run.sh with the address of a
// running `serve --demo`, a back-office session, and the directory to write into.
//
//   node --experimental-websocket shoot.mjs BASE_URL SESSIONID CSRFTOKEN OUT_DIR

import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, existsSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const [base, sessionid, csrftoken, out] = process.argv.slice(2);
const shots = [
  // [file, path, width, height, what to wait for before the picture]
  ["banner.png", "/demo/shop", 1100, 760, "!!document.querySelector('[role=dialog]')"],
  ["policy.png", "/sites/shop/cookies-policy", 1100, 900, "document.readyState === 'complete'"],
  ["dashboard.png", "/admin/sites/shop/statistics", 1280, 1100, "document.readyState === 'complete'"],
  ["settings.png", "/admin/sites/shop", 1280, 1000, "document.readyState === 'complete'"],
];

const profile = mkdtempSync(join(tmpdir(), "cookiewarden-shots-"));
const chromium = spawn("/usr/bin/chromium", [
  "--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
  "--no-first-run", "--no-default-browser-check", "--remote-debugging-port=0",
  `--user-data-dir=${profile}`, "about:blank",
], { stdio: "ignore" });

async function devtoolsPort() {
  const file = join(profile, "DevToolsActivePort");
  for (let i = 0; i < 100; i++) {
    if (existsSync(file)) return readFileSync(file, "utf8").split("\n")[0];
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("Chromium did not open its DevTools port");
}

const port = await devtoolsPort();
const pages = await (await fetch(`http://127.0.0.1:${port}/json/list`)).json();
const socket = new WebSocket(pages.find((p) => p.type === "page").webSocketDebuggerUrl);
await new Promise((resolve, reject) => { socket.onopen = resolve; socket.onerror = reject; });
let next = 0;
const waiting = new Map();
socket.onmessage = (event) => {
  const message = JSON.parse(event.data);
  if (message.id && waiting.has(message.id)) {
    const { resolve, reject } = waiting.get(message.id);
    waiting.delete(message.id);
    message.error ? reject(new Error(message.error.message)) : resolve(message.result);
  }
};
const send = (method, params = {}) => new Promise((resolve, reject) => {
  const id = ++next;
  waiting.set(id, { resolve, reject });
  socket.send(JSON.stringify({ id, method, params }));
});

try {
  await send("Page.enable");
  await send("Network.enable");
  for (const [name, value] of [["sessionid", sessionid], ["csrftoken", csrftoken]]) {
    await send("Network.setCookie", { name, value, url: base });
  }
  for (const [file, path, width, height, ready] of shots) {
    await send("Emulation.setDeviceMetricsOverride", { width, height, deviceScaleFactor: 1, mobile: false });
    await send("Page.navigate", { url: base + path });
    for (let i = 0; i < 100; i++) {
      const { result } = await send("Runtime.evaluate", { expression: ready, returnByValue: true });
      if (result.value === true) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    await new Promise((r) => setTimeout(r, 300)); // the banner's entrance
    const { data } = await send("Page.captureScreenshot", { format: "png" });
    writeFileSync(join(out, file), Buffer.from(data, "base64"));
    console.log(`wrote ${join(out, file)}`);
  }
} finally {
  socket.close();
  chromium.kill();
  rmSync(profile, { recursive: true, force: true });
}
