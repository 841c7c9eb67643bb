import path from 'node:path'
import {packageRoot} from '../util/package-root.js'

/** Where the build puts the page's bundled script and its CSS (`npm run build`: scripts/bundle-workbench.js). */
export const assetFolder = path.join(packageRoot, 'dist', 'server', 'assets')

/** The page's own assets by address: nothing else is served from disk but the files the draft names. */
export const assets: Record<string, {file: string; type: string}> = {
  '/assets/workbench.js': {file: 'workbench.js', type: 'text/javascript; charset=utf-8'},
  '/assets/workbench.css': {file: 'workbench.css', type: 'text/css; charset=utf-8'}
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
}

/**
 * The workbench page: a shell of landmarks and panels that the bundled script fills (the draft's text reaches the
 * page only through the API, as text). The token and the style nonce are in meta tags for the script to use.
 */
export function workbenchPage(token: string, nonce: string, draftName: string): string {
  const query = `?token=${encodeURIComponent(token)}`
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="easyread-token" content="${escapeAttribute(token)}">
<meta name="easyread-nonce" content="${escapeAttribute(nonce)}">
<title>${escapeAttribute(draftName)}: easyread workbench</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/workbench.css${query}">
<script type="module" src="/assets/workbench.js${query}"></script>
</head>
<body>
<header class="bar">
  <h1>easyread workbench: <span id="draft-name">${escapeAttribute(draftName)}</span></h1>
  <div class="actions">
    <button type="button" id="save" aria-keyshortcuts="Control+S">Save</button>
    <button type="button" id="export">Export</button>
    <label><input type="checkbox" id="count-pages"> count Word pages</label>
  </div>
  <p id="status" role="status" aria-live="polite">Loading the draft…</p>
</header>
<div id="disk-changed" class="banner" role="alert" hidden>
  <p>The draft file changed on disk since you opened it.</p>
  <button type="button" id="reload">Reload it from disk</button>
  <button type="button" id="keep">Keep my version</button>
</div>
<main class="work">
  <section class="editor-pane" aria-labelledby="editor-heading">
    <h2 id="editor-heading">Draft <span class="hint">(one sentence a line; F8 next problem, Shift+F8 previous)</span></h2>
    <p id="summary" class="summary"></p>
    <div id="editor"></div>
  </section>
  <section class="preview-pane" aria-labelledby="preview-heading">
    <h2 id="preview-heading">Preview</h2>
    <iframe id="preview" title="Preview of the easy-read rows" src="about:blank"></iframe>
  </section>
  <section class="tools-pane" aria-label="Tools">
    <div class="tabs" role="group" aria-label="Panels">
      <button type="button" class="tab" aria-controls="problems-panel" aria-pressed="true">Problems</button>
      <button type="button" class="tab" aria-controls="changes-panel" aria-pressed="false">Changes</button>
      <button type="button" class="tab" aria-controls="glossary-panel" aria-pressed="false">Glossary</button>
      <button type="button" class="tab" aria-controls="pictures-panel" aria-pressed="false">Pictures</button>
    </div>
    <div id="problems-panel" class="panel" tabindex="0" role="region" aria-labelledby="problems-heading"><h2 id="problems-heading">Problems</h2><ol id="problems"></ol></div>
    <div id="changes-panel" class="panel" tabindex="0" role="region" aria-labelledby="changes-heading" hidden><h2 id="changes-heading">Changes</h2><div id="changes"></div></div>
    <div id="glossary-panel" class="panel" tabindex="0" role="region" aria-labelledby="glossary-heading" hidden><h2 id="glossary-heading">Glossary</h2><div id="glossary"></div>
      <h3>Add a term</h3>
      <button type="button" id="load-suggestions">Show words the glossary does not explain</button>
      <ul id="suggestions"></ul>
    </div>
    <div id="pictures-panel" class="panel" tabindex="0" role="region" aria-labelledby="pictures-heading" hidden><h2 id="pictures-heading">Pictures</h2>
      <p id="picture-row">Put the cursor on a sentence to choose its picture.</p>
      <label for="picture-search">Search pictures by word</label>
      <input id="picture-search" type="search" autocomplete="off">
      <ul id="picture-results" class="picture-grid"></ul>
    </div>
  </section>
</main>
</body>
</html>
`
}
