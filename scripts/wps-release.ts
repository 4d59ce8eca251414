/**
 * The WPS 表格 add-in for the county server (SPEC §7.1), written by `npm run package` into release/…/wps/:
 *
 *   ribbon.xml, index.html, taskpane.html, …  the add-in itself (dist/wps), served from <base>wps/
 *   publish.html       online mode: a clerk opens it in a browser on the WPS computer and clicks 安装; it asks
 *                      WPS's local service (127.0.0.1:58890, as Kingsoft's wpsjs publish page does) to register
 *                      the add-in from <base>wps/
 *   publish.xml        the same registration as a file, for %appdata%\kingsoft\wps\jsaddons (Windows) or
 *                      ~/.local/share/Kingsoft/wps/jsaddons (Linux), where WPS keeps it
 *   anju.7z            offline/enterprise mode: the add-in packed as WPS expects (folder anju_<version>/)
 *   jsplugins.xml      enterprise mode: lists anju.7z (<jsplugin>) for WPS 专业版 with oem.ini pointing at it
 *   jsplugins-online.xml  enterprise mode without the package: lists <base>wps/ (<jspluginonline>)
 *   oem.ini.txt        the lines oem.ini needs ([Support] JsApiPlugin=true, [Server] JSPluginsServer=…)
 *
 * Every URL in these files lies under the base URL, except WPS's own local service on 127.0.0.1.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { sevenZip } from "./seven-zip";

export const ADDIN_NAME = "anju";
/** WPS's local service, which publish.html talks to (fixed by WPS; http on 58890). */
export const WPS_LOCAL_SERVICE = "http://127.0.0.1:58890";

function xmlAttr(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}

function filesUnder(dir: string): Array<[string, Uint8Array]> {
  const out: Array<[string, Uint8Array]> = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (!name.endsWith(".map")) out.push([relative(dir, p).split("\\").join("/"), readFileSync(p)]);
    }
  };
  walk(dir);
  return out;
}

export interface WpsReleaseFiles {
  /** Path under release/…/wps/ → contents. */
  readonly files: Record<string, string | Uint8Array>;
  /** The add-in's online URL (where ribbon.xml is). */
  readonly onlineUrl: string;
}

/** The publish and enterprise files for the add-in in `distWps`, served from `<base>wps/`. */
export function wpsRelease(base: URL, version: string, distWps: string): WpsReleaseFiles {
  const onlineUrl = new URL("wps/", base).href;
  const packageUrl = new URL(`wps/${ADDIN_NAME}.7z`, base).href;
  const folder = `${ADDIN_NAME}_${version}`;
  const archive = sevenZip(filesUnder(distWps).map(([p, b]) => [`${folder}/${p}`, b] as const));
  const attrs = (url: string, extra: string) =>
    `name="${ADDIN_NAME}" type="et" url="${xmlAttr(url)}"${extra} enable="enable_dev" install="null" customDomain=""`;
  const publishXml =
    `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n` +
    `  <jspluginonline ${attrs(onlineUrl, ' debug=""')}/>\n</jsplugins>\n`;
  const jsplugins =
    `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n` +
    `  <jsplugin ${attrs(packageUrl, ` version="${xmlAttr(version)}"`)}/>\n</jsplugins>\n`;
  const oem =
    `; 安居台账核查：WPS 专业版 oem.ini 需要的两段（合并进已有的 oem.ini，不要整份覆盖）\n` +
    `; Windows: <WPS 安装目录>\\office6\\cfgs\\oem.ini   Linux: /opt/kingsoft/wps-office/office6/cfgs/oem.ini\n` +
    `[Support]\nJsApiPlugin=true\n\n[Server]\nJSPluginsServer=${new URL("wps/jsplugins.xml", base).href}\n`;
  return {
    onlineUrl,
    files: {
      "publish.html": publishHtml({ name: ADDIN_NAME, url: onlineUrl, version }),
      "publish.xml": publishXml,
      "jsplugins.xml": jsplugins,
      "jsplugins-online.xml": publishXml,
      "oem.ini.txt": oem,
      [`${ADDIN_NAME}.7z`]: archive,
    },
  };
}

/** Every http(s) URL in a text that lies neither under `base` nor at WPS's local service. */
export function wpsUrlsOutside(text: string, base: URL): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/https?:\/\/[^\s"'<>)\\]+/g)) {
    const url = m[0];
    if (url.startsWith(base.href) || url === WPS_LOCAL_SERVICE || url.startsWith(`${WPS_LOCAL_SERVICE}/`))
      continue;
    if (url === "http://schemas.microsoft.com/office/2006/01/customui") continue;
    out.push(url);
  }
  return out;
}

/**
 * publish.html: ES5, no library. Asks WPS's local service for its version (starting it through the
 * ksoWPSCloudSvr:// protocol when it does not answer), then 安装 / 卸载 send `enable` / `disable` for the add-in
 * to /deployaddons/runParams as base64 JSON, the request Kingsoft's wpsjs publish page sends.
 */
export function publishHtml(addon: { name: string; url: string; version: string }): string {
  const data = JSON.stringify({
    name: addon.name,
    addonType: "et",
    online: "true",
    url: addon.url,
    version: addon.version,
    customDomain: "",
  });
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>安装 安居台账核查 WPS 加载项</title>
<style>
body { font-family: "Microsoft YaHei", sans-serif; margin: 24px; max-width: 720px; }
button { font-size: 16px; padding: 6px 18px; margin-right: 12px; }
#status { margin: 16px 0; padding: 10px; background: #f3f3f3; }
code { background: #f3f3f3; padding: 0 4px; }
</style>
</head>
<body>
<h1>安居台账核查 · WPS 表格加载项</h1>
<p>加载项地址：<code id="url"></code></p>
<p>请在<strong>装有 WPS 的这台电脑</strong>上用浏览器打开本页，WPS 已安装即可（不必打开）。点击“安装”后重新启动 WPS 表格，功能区会出现“安居核查”选项卡。</p>
<div id="status">正在连接本机 WPS 服务…</div>
<button id="install" disabled>安装</button><button id="remove" disabled>卸载</button>
<p>如果一直显示无法连接：请确认 WPS 为 2019 及以上版本（个人版 12.1.0.16910 起需在 WPS 中允许加载项），或请信息化管理员用 jsplugins.xml 方式部署（见使用说明）。</p>
<script>
(function () {
  var SERVICE = "${WPS_LOCAL_SERVICE}";
  var ADDON = ${data};
  var status = document.getElementById("status");
  document.getElementById("url").appendChild(document.createTextNode(ADDON.url));
  function say(text) { status.innerHTML = ""; status.appendChild(document.createTextNode(text)); }
  function b64(text) { return window.btoa(unescape(encodeURIComponent(text))); }
  function post(path, body, done, tries) {
    var xhr = new XMLHttpRequest();
    var finished = false;
    xhr.open("POST", SERVICE + path);
    xhr.timeout = 3000;
    xhr.onreadystatechange = function () {
      if (xhr.readyState !== 4 || finished) return;
      finished = true;
      if (xhr.status === 200) { done(null, xhr.responseText); return; }
      retry();
    };
    xhr.ontimeout = function () { if (!finished) { finished = true; retry(); } };
    function retry() {
      if (tries <= 0) { done(new Error("no answer"), ""); return; }
      if (tries === 3) { window.location.href = "ksoWPSCloudSvr://start=RelayHttpServer"; }
      setTimeout(function () { post(path, body, done, tries - 1); }, 1500);
    }
    xhr.send(body);
  }
  function command(cmd) {
    var body = {};
    for (var k in ADDON) if (ADDON.hasOwnProperty(k)) body[k] = ADDON[k];
    body.cmd = cmd;
    say(cmd === "enable" ? "正在安装…" : "正在卸载…");
    post("/deployaddons/runParams", b64(JSON.stringify(body)), function (err, text) {
      if (err || (text !== "OK" && text !== "")) { say("操作失败：" + (err ? "无法连接本机 WPS 服务" : text)); return; }
      say(cmd === "enable" ? "已安装。请重新启动 WPS 表格，在“安居核查”选项卡中使用。" : "已卸载。重新启动 WPS 后生效。");
    }, 3);
  }
  document.getElementById("install").onclick = function () { command("enable"); };
  document.getElementById("remove").onclick = function () { command("disable"); };
  post("/version", "{}", function (err, version) {
    if (err) { say("无法连接本机 WPS 服务（" + SERVICE + "）。请确认已安装 WPS，然后刷新本页。"); return; }
    say("已连接本机 WPS 服务（版本 " + version + "）。");
    document.getElementById("install").disabled = false;
    document.getElementById("remove").disabled = false;
  }, 3);
})();
</script>
</body>
</html>
`;
}
