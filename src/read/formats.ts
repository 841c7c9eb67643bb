/** Word files carry pictures, so they may be larger than text plans. */
export const maxDocxBytes = 50 * 1024 * 1024

/** Published plans carry pictures and fonts, so PDFs may be larger than text plans. */
export const maxPdfBytes = 50 * 1024 * 1024

/**
 * What the registry needs to know of the bytes readers before their code is loaded (mammoth for Word, PDF.js for
 * PDF are loaded only when such a plan is read): what they expect, their name in messages, their size limit.
 */
export const docxFormat = {input: 'bytes', name: 'Word documents', maxBytes: maxDocxBytes} as const
export const pdfFormat = {input: 'bytes', name: 'PDF files', maxBytes: maxPdfBytes} as const
