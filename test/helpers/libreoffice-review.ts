import {execFile} from 'node:child_process'
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {promisify} from 'node:util'
import {strFromU8, strToU8, unzipSync, zipSync} from 'fflate'

const run = promisify(execFile)

/**
 * A LibreOffice Basic module that opens a Word file hidden, accepts (or rejects) every tracked change with Writer's
 * own commands, and saves the result as Word and as UTF-8 text; then LibreOffice quits.
 */
const module = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub Review(inUrl As String, outStem As String)
  Review1(inUrl, "AcceptAllTrackedChanges", outStem &amp; "-accepted")
  Review1(inUrl, "RejectAllTrackedChanges", outStem &amp; "-rejected")
  StarDesktop.terminate()
End Sub
Sub Review1(inUrl As String, command As String, outStem As String)
  Dim load(0) As New com.sun.star.beans.PropertyValue
  load(0).Name = "Hidden" : load(0).Value = True
  doc = StarDesktop.loadComponentFromURL(inUrl, "_blank", 0, load())
  dispatcher = createUnoService("com.sun.star.frame.DispatchHelper")
  dispatcher.executeDispatch(doc.CurrentController.Frame, ".uno:" &amp; command, "", 0, Array())
  Dim word(0) As New com.sun.star.beans.PropertyValue
  word(0).Name = "FilterName" : word(0).Value = "MS Word 2007 XML"
  doc.storeToURL(outStem &amp; ".docx", word())
  Dim text(1) As New com.sun.star.beans.PropertyValue
  text(0).Name = "FilterName" : text(0).Value = "Text (encoded)"
  text(1).Name = "FilterOptions" : text(1).Value = "UTF8,LF"
  doc.storeToURL(outStem &amp; ".txt", text())
  doc.close(True)
End Sub
</script:module>
`
export interface Reviewed {
  accepted: {docx: string; text: string}
  rejected: {docx: string; text: string}
}

/**
 * The same Word file without its comments' anchors: LibreOffice 7.4, headless, aborts while it makes the windows
 * of a document's comments (InterimItemWindow), so the review runs on the tracked changes alone. The changes
 * themselves (w:ins, w:del, paragraph marks) are untouched.
 */
function withoutCommentAnchors(bytes: Uint8Array): Uint8Array {
  const parts = unzipSync(bytes)
  parts['word/document.xml'] = strToU8(strFromU8(parts['word/document.xml']!).replace(/<w:commentRange(?:Start|End) w:id="\d+"\/>/g, '').replace(/<w:r>(?:<w:rPr>(?:(?!<\/w:r>)[\s\S])*?<\/w:rPr>)?<w:commentReference w:id="\d+"\/><\/w:r>/g, ''))
  return zipSync(parts)
}

/**
 * Accept all and reject all tracked changes of a Word file in LibreOffice (headless, its own profile, one run),
 * as a reviewer would in Writer; returns the two saved Word files and their text.
 */
export async function reviewInLibreOffice(docx: string, outFolder: string): Promise<Reviewed> {
  const profile = await mkdtemp(path.join(tmpdir(), 'easyread-review-'))
  try {
    const installation = `-env:UserInstallation=${pathToFileURL(profile).href}`
    // A first start makes the profile with its Standard Basic library; our module then takes Module1's place.
    await run('soffice', [installation, '--headless', '--norestore', '--terminate_after_init'], {timeout: 120_000})
    await writeFile(path.join(profile, 'user', 'basic', 'Standard', 'Module1.xba'), module)
    const stem = path.join(outFolder, path.basename(docx, '.docx'))
    const input = `${stem}-to-review.docx`
    await writeFile(input, withoutCommentAnchors(await readFile(docx)))
    const macro = `macro:///Standard.Module1.Review("${pathToFileURL(input).href}","${pathToFileURL(stem).href}")`
    await run('soffice', [installation, '--headless', '--norestore', '--nologo', macro], {timeout: 300_000})
    const read = async (kind: 'accepted' | 'rejected') => ({docx: `${stem}-${kind}.docx`, text: await readFile(`${stem}-${kind}.txt`, 'utf8')})
    return {accepted: await read('accepted'), rejected: await read('rejected')}
  } finally {
    await rm(profile, {recursive: true, force: true})
  }
}
