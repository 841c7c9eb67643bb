import {mkdir, mkdtemp, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'

/**
 * LibreOffice settings for every conversion: `BlockUntrustedRefererLinks` makes LibreOffice load no linked content
 * (a picture linked to a file on this machine, or to an address, which would tell a third party the file was
 * opened) for a document outside its trusted locations, which are none. Measured with LibreOffice 7.4: a .docx
 * whose picture links to a local PNG or to http://127.0.0.1 converts with neither drawn, and no request is made.
 */
const settings = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="BlockUntrustedRefererLinks" oor:op="fuse"><value>true</value></prop></item>
</oor:items>
`

/**
 * A new LibreOffice profile folder with links off, for one run (two runs sharing a profile clash). Returns the folder
 * and the `-env:UserInstallation` argument that points soffice at it; the caller removes the folder.
 */
export async function linksOffProfile(): Promise<{folder: string; argument: string}> {
  const folder = await mkdtemp(path.join(tmpdir(), 'easyread-soffice-'))
  await mkdir(path.join(folder, 'user'), {recursive: true})
  await writeFile(path.join(folder, 'user', 'registrymodifications.xcu'), settings)
  return {folder, argument: `-env:UserInstallation=file://${folder}`}
}
